"""Opening databases: new, older (backed up and upgraded), newer, damaged and foreign files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from flatapp.resources import migrations_dir
from flatapp.storage.database import (
    DamagedDatabase,
    DatabaseRefused,
    NewerDatabase,
    NotAFlatAppDatabase,
    head_revision,
    known_revisions,
    open_database,
)
from flatapp.storage.models import Home

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_at_head_with_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "new.sqlite", create=True)
    assert db.status().current == head_revision()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_every_released_schema_has_a_fixture():
    revisions = {path.name.split("_")[0] for path in (migrations_dir() / "versions").glob("*.py")}
    assert revisions == known_revisions()
    fixtures = {path.stem.removeprefix("schema_") for path in FIXTURES.glob("schema_*.sqlite")}
    assert revisions <= fixtures, f"make a fixture: python tests/storage/make_fixture.py {revisions - fixtures}"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite")), ids=lambda p: p.stem)
def test_older_fixture_is_backed_up_then_upgraded_with_data_kept(tmp_path, fixture, monkeypatch):
    # From 0010 the fixture has users: work as its coordinator (a login that is not a user is refused).
    monkeypatch.setattr("flatapp.services.access.os_login", lambda: "coordinator")
    work = tmp_path / "office.sqlite"
    shutil.copy(fixture, work)
    revision = fixture.stem.removeprefix("schema_")
    backups = tmp_path / "backups"

    db = open_database(work, backup_dir=backups)
    assert db.status().up_to_date
    with db.session() as session:
        homes = session.scalars(select(Home).order_by(Home.code)).all()
    assert [h.code for h in homes] == [f"FF-{n:03d}" for n in range(1, 7)]
    assert homes[-1].floor == 2
    if revision >= "0004":                   # rounds and interviews exist from 0003 and 0004 on
        _round_and_interviews_survive(db, revision)
    if revision >= "0009":
        from flatapp.services.users import list_users

        with db.session() as session:
            assert [(u.name, u.role.value, u.rounds) for u in list_users(session)] == [
                ("coordinator", "coordinator", ()), ("invoerder", "invoerder", ("Fixtureronde",))]
    db.dispose()

    copies = list(backups.glob("*.sqlite")) if backups.exists() else []
    if revision == head_revision():
        assert copies == []  # nothing to upgrade, nothing to back up
    else:
        assert len(copies) == 1
        with sqlite3.connect(copies[0]) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
            assert connection.execute("SELECT count(*) FROM home").fetchone()[0] == 6


def _round_and_interviews_survive(db, revision: str) -> None:
    from flatapp.analysis.results import compute_results
    from flatapp.services.quotes import approved_quotes
    from flatapp.storage.interview_models import Interview
    from tests.storage.make_fixture import STORY

    with db.session() as session:
        answers = {i.home_id: i.answers for i in session.scalars(select(Interview))}
        assert set(answers) == {1, 2} and STORY in answers[1]
        results = compute_results(session, 1)
        assert results.round_name == "Fixtureronde" and results.response.complete == 2
        assert results.quotes == (STORY,)            # the consent typed before 0006 still counts
        if revision >= "0005":
            assert approved_quotes(session, 1) == ("De lift doet het weer.",)


def test_newer_database_is_refused_and_untouched(tmp_path):
    work = tmp_path / "newer.sqlite"
    shutil.copy(FIXTURES / f"schema_{head_revision()}.sqlite", work)
    with sqlite3.connect(work) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digest(work)
    with pytest.raises(NewerDatabase, match="nieuwere versie van FlatApp"):
        open_database(work, backup_dir=tmp_path / "backups")
    assert digest(work) == before
    assert not (tmp_path / "backups").exists()


def test_damaged_database_is_refused_and_untouched(tmp_path):
    work = tmp_path / "damaged.sqlite"
    shutil.copy(FIXTURES / f"schema_{head_revision()}.sqlite", work)
    data = bytearray(work.read_bytes())
    data[4096 * 2: 4096 * 2 + 2000] = b"\xff" * 2000  # wipe part of a b-tree page
    work.write_bytes(bytes(data))
    before = digest(work)
    with pytest.raises(DamagedDatabase, match="beschadigd"):
        open_database(work)
    assert digest(work) == before


def test_text_file_is_not_a_flatapp_database(tmp_path):
    work = tmp_path / "adressen.sqlite"
    work.write_text("straat;huisnummer\n", encoding="utf-8")
    with pytest.raises(NotAFlatAppDatabase, match="geen SQLite-bestand"):
        open_database(work)
    assert work.read_text(encoding="utf-8") == "straat;huisnummer\n"


def test_other_applications_sqlite_is_refused_and_untouched(tmp_path):
    work = tmp_path / "other.sqlite"
    with sqlite3.connect(work) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    connection.close()
    before = digest(work)
    with pytest.raises(NotAFlatAppDatabase, match="geen FlatApp-database"):
        open_database(work)
    assert digest(work) == before


def test_folder_and_missing_file_are_refused(tmp_path):
    with pytest.raises(DatabaseRefused, match="map"):
        open_database(tmp_path)
    with pytest.raises(DatabaseRefused, match="bestaat niet"):
        open_database(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()


def test_empty_file_becomes_a_new_database(tmp_path):
    work = tmp_path / "leeg.sqlite"
    work.touch()
    db = open_database(work)
    assert db.status().up_to_date
    db.dispose()


def test_in_memory_database_keeps_its_tables():
    db = open_database(":memory:")
    with db.session() as session:
        assert session.scalars(select(Home)).all() == []
    db.dispose()


def test_revision_graph_read_as_text_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from flatapp.storage.database import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert known_revisions() == {revision.revision for revision in script.walk_revisions()}
    assert [head_revision()] == list(script.get_heads())


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    open_database(tmp_path / "ready.sqlite", create=True).dispose()
    code = (
        "import sys; from flatapp.storage.database import open_database; "
        f"open_database({str(tmp_path / 'ready.sqlite')!r}).dispose(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
