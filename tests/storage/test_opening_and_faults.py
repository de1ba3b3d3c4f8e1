"""Opening is not creating; refused files are left as found; ordinary faults say what to do."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import event, text

from flatapp import cli
from flatapp.services.buildings import create_building
from flatapp.storage import faults, location
from flatapp.storage.database import DatabaseRefused, NotAFlatAppDatabase, open_database
from flatapp.storage.faults import describe_fault

COMPANIONS = ("-wal", "-shm", "-journal")


def leftovers(path: Path) -> list[str]:
    return [suffix for suffix in COMPANIONS if path.with_name(path.name + suffix).exists()]


# --- opening is not creating ----------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["mijn-flats.sqlite", "sub/map/flats.sqlite"])
def test_a_mistyped_path_or_missing_folder_creates_nothing(tmp_path, typed):
    target = tmp_path / typed
    with pytest.raises(DatabaseRefused, match="bestaat niet") as refused:
        open_database(target)
    assert "niets gemaakt" in str(refused.value)
    assert not target.exists() and not (tmp_path / "sub").exists()


@pytest.mark.parametrize("typed, reason", [
    ("file:flats.sqlite?mode=rwc", "'file:'-adres"),
    ("\\\\server\\share\\flats.sqlite", "netwerkschijf"),
    ("//server/share/flats.sqlite", "netwerkschijf"),
])
def test_file_uris_and_unc_paths_are_refused(tmp_path, monkeypatch, typed, reason):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseRefused, match=reason):
        open_database(typed)
    assert list(tmp_path.iterdir()) == []


def test_a_database_on_a_network_mount_is_refused_with_the_postgresql_pointer(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    good = share / "flats.sqlite"
    open_database(good, create=True).dispose()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//nas/team {share} cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(location, "MOUNTS", mounts)
    with pytest.raises(DatabaseRefused, match="netwerkschijf") as refused:
        open_database(good)
    assert "PostgreSQL" in str(refused.value)
    assert leftovers(good) == []


def test_db_create_makes_a_new_database_and_never_over_a_file(tmp_path, capsys):
    target = tmp_path / "nieuw.sqlite"
    assert cli.main(["db", "create", str(target)]) == 0
    assert "Nieuwe database gemaakt" in capsys.readouterr().out
    open_database(target).dispose()                              # a real, current FlatApp database
    assert cli.main(["db", "create", str(target)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert cli.main(["buildings", "--db", str(tmp_path / "typfout.sqlite")]) == 1
    assert "bestaat niet" in capsys.readouterr().err and not (tmp_path / "typfout.sqlite").exists()


def test_a_refused_wal_file_keeps_no_wal_or_shm_beside_it(tmp_path):
    other = tmp_path / "ander-programma.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE recepten (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    assert leftovers(other) == []
    before = other.read_bytes()
    with pytest.raises(NotAFlatAppDatabase):
        open_database(other)
    assert leftovers(other) == [] and other.read_bytes() == before


# --- ordinary faults ------------------------------------------------------------------------------

@pytest.mark.sqlite_only   # the SQLite file itself (a server has its own)
def test_a_locked_database_says_to_wait_and_saves_nothing(database):
    holder = sqlite3.connect(database.file, timeout=0.1)
    holder.execute("BEGIN IMMEDIATE")                 # another window is writing
    try:
        @event.listens_for(database.engine, "connect")
        def short_wait(dbapi_connection, _record):
            dbapi_connection.execute("PRAGMA busy_timeout=100")

        database.engine.dispose()
        with pytest.raises(Exception) as caught, database.session() as session, session.begin():
            create_building(session, "Bezet", "Sneek")
        assert describe_fault(caught.value) == faults.LOCKED
    finally:
        holder.rollback()
        holder.close()
    with database.session() as session:
        assert session.scalar(text("SELECT count(*) FROM building WHERE name = 'Bezet'")) == 0


@pytest.mark.sqlite_only   # the SQLite file itself (a server has its own)
def test_a_full_disk_says_to_make_room_and_saves_nothing(database):
    @event.listens_for(database.engine, "connect")
    def no_room(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")    # SQLITE_FULL on the next page

    database.engine.dispose()
    with pytest.raises(Exception) as caught, database.session() as session, session.begin():
        for number in range(200):
            create_building(session, f"Flat {number} " + "x" * 80, "Sneek")
    assert describe_fault(caught.value) == faults.FULL
    assert "Maak ruimte vrij" in faults.FULL


def test_an_unreachable_postgresql_server_is_named_with_what_to_do(capsys):
    url = "postgresql+psycopg://flatapp@127.0.0.1:9/flatapp?connect_timeout=2"    # nothing listens on 9
    assert cli.main(["buildings", "--db", url]) == 1
    message = capsys.readouterr().err
    assert "PostgreSQL-server is niet bereikbaar (127.0.0.1, poort 9)" in message
    assert "onverwachte fout" not in message


def test_a_refused_login_says_so_without_the_password():
    class OperationalError(Exception):      # as psycopg raises it
        __module__ = "psycopg"

    error = OperationalError('connection to server at "db", port 5432 failed: FATAL:  password authentication '
                             'failed for user "typist"')
    assert describe_fault(error) == faults.BAD_LOGIN and "wachtwoord" in faults.BAD_LOGIN


def test_faults_that_are_no_database_faults_stay_unexpected():
    assert describe_fault(ValueError("iets anders")) is None
    assert describe_fault(OSError(28, "No space left on device")) == faults.FULL


@pytest.fixture
def immutable(tmp_path):
    """A database file nobody may change (chattr +i: refused even to root), made writable again after."""
    path = tmp_path / "alleen-lezen.sqlite"
    database = open_database(path, create=True)
    with database.session() as session, session.begin():
        create_building(session, "Leesflat", "Sneek")
    database.dispose()
    for suffix in COMPANIONS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode != 0:
        pytest.skip("chattr +i is not available on this file system")
    yield path
    subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database_opens_read_only_and_refuses_changes(immutable, capsys):
    database = open_database(immutable)
    try:
        assert database.read_only
        with database.session() as session:
            assert session.scalar(text("SELECT name FROM building")) == "Leesflat"
        with pytest.raises(Exception) as caught, database.session() as session, session.begin():
            create_building(session, "Nieuw", "Sneek")
        assert describe_fault(caught.value) == faults.READ_ONLY
    finally:
        database.dispose()
    assert cli.main(["buildings", "--db", str(immutable)]) == 0          # reading still works
    assert "Leesflat" in capsys.readouterr().out
    assert leftovers(immutable) == []


def test_the_window_says_read_only_in_a_banner(immutable, qtbot):
    from tests.gui.test_main_window import start

    database = open_database(immutable)
    controller = start(qtbot, database)
    banner = controller.window.read_only_banner
    assert banner.isVisible() and banner.text().startswith("Alleen lezen")
    assert "(alleen lezen)" in controller.window.windowTitle()
