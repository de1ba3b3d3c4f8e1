"""Encryption at rest: a stolen laptop (or a copied file, its -wal, a backup) reveals nothing.

Opening needs the passphrase, a wrong one changes nothing, a foreign file is still refused as before,
and encrypt / decrypt / rekey keep every row and leave the original intact when they fail halfway.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from flatapp.demo import DEMO_BUILDING, DEMO_ROUND, create_demo_database
from flatapp.storage import cipher, encryption
from flatapp.storage.database import (
    SQLITE_MAGIC,
    DatabaseRefused,
    NotAFlatAppDatabase,
    PassphraseRequired,
    WrongPassphrase,
    is_encrypted_database,
    open_database,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PASSPHRASE = 'een "lange" zin met \'quotes\' en één accent'
STREET = b"Kastanjelaan"              # every home of the demo block is on it
RESIDENT = "Wietske Zwartbroek"       # a resident's name typed into an interview


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")
            if path.with_name(path.name + suffix).exists()]


def hits(path: Path, *needles: bytes) -> int:
    data = path.read_bytes()
    return sum(data.count(needle) for needle in needles)


def add_named_draft(database, name: str = RESIDENT) -> None:
    """An interview draft with the resident's name on a home of the demo block that has none yet."""
    from flatapp.services.buildings import get_building
    from flatapp.services.interviews import list_interviews, save_draft
    from flatapp.storage.models import Home
    from flatapp.storage.round_models import Round

    with database.session() as session, session.begin():
        building = get_building(session, DEMO_BUILDING)
        round_id = session.scalar(select(Round.id).where(Round.name == DEMO_ROUND))
        done = {row.home_id for row in list_interviews(session, round_id)}
        home_id = next(home for home in session.scalars(select(Home.id).where(Home.building_id == building.id))
                       if home not in done)
        save_draft(session, round_id, home_id, {"CT1": 1, "CT2": name}, None)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    """The plain demo database, made once (copied for each test that changes it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path)
    return path


@pytest.fixture
def demo(tmp_path, demo_template) -> Path:
    path = tmp_path / "flats.sqlite"
    shutil.copyfile(demo_template, path)
    return path


# --- opening -----------------------------------------------------------------------------------------
def test_new_encrypted_database_opens_with_its_passphrase_only(tmp_path):
    path = tmp_path / "geheim.sqlite"
    database = open_database(path, create=True, passphrase=PASSPHRASE)
    assert database.encrypted and database.status().up_to_date
    database.dispose()
    header = path.read_bytes()[:16]
    assert header != SQLITE_MAGIC and cipher.is_flatapp_salt(header)
    assert is_encrypted_database(path)

    before = digest(path)
    with pytest.raises(PassphraseRequired, match="versleuteld"):
        open_database(path)
    with pytest.raises(WrongPassphrase, match="klopt niet"):
        open_database(path, passphrase=PASSPHRASE + "x", backup_dir=tmp_path / "backups")
    # A wrong key creates and changes nothing: no -wal/-shm, no backup, the same bytes.
    assert digest(path) == before and companions(path) == [] and not (tmp_path / "backups").exists()

    # The same passphrase typed with a decomposed é (macOS) opens it too.
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    database = open_database(path, passphrase=decomposed)
    assert database.check_passphrase(PASSPHRASE) and not database.check_passphrase("iets anders")
    database.dispose()


def test_a_copied_file_opens_elsewhere_with_the_passphrase_alone(tmp_path):
    path = tmp_path / "a" / "geheim.sqlite"
    path.parent.mkdir()
    open_database(path, create=True, passphrase=PASSPHRASE).dispose()
    copy = tmp_path / "b" / "kopie.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)            # the salt travels in the file's header, nothing beside it
    database = open_database(copy, passphrase=PASSPHRASE)
    assert database.status().integrity == "ok"
    database.dispose()


def test_a_foreign_binary_file_is_refused_as_before_and_never_written(tmp_path):
    plain_message = None
    text = tmp_path / "notities.sqlite"
    text.write_text("geen database")
    with pytest.raises(NotAFlatAppDatabase) as refused:
        open_database(text)
    plain_message = str(refused.value).replace(str(text), "PAD")

    random_file = tmp_path / "willekeurig.sqlite"
    random_file.write_bytes(os.urandom(8 * cipher.PAGE_SIZE))     # page-sized, yet no FlatApp salt
    before = digest(random_file)
    for passphrase in (None, PASSPHRASE):
        with pytest.raises(NotAFlatAppDatabase) as refused:
            open_database(random_file, passphrase=passphrase, backup_dir=tmp_path / "backups")
        assert str(refused.value).replace(str(random_file), "PAD") == plain_message
    assert not is_encrypted_database(random_file)
    with pytest.raises(NotAFlatAppDatabase):
        encryption.decrypt_database(random_file, PASSPHRASE)
    with pytest.raises(NotAFlatAppDatabase):
        encryption.encrypt_database(random_file, PASSPHRASE)
    assert digest(random_file) == before and companions(random_file) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notities.sqlite", "willekeurig.sqlite"]


def test_a_forged_salt_is_only_asked_a_passphrase_and_left_alone(tmp_path):
    forged = tmp_path / "vervalst.sqlite"
    forged.write_bytes(cipher.new_salt() + os.urandom(2 * cipher.PAGE_SIZE - cipher.SALT_SIZE))
    before = digest(forged)
    with pytest.raises(PassphraseRequired):
        open_database(forged)
    with pytest.raises(WrongPassphrase):
        open_database(forged, passphrase=PASSPHRASE)
    assert digest(forged) == before and companions(forged) == []


def test_a_short_passphrase_makes_nothing(tmp_path):
    path = tmp_path / "nieuw.sqlite"
    with pytest.raises(DatabaseRefused, match="te kort"):
        open_database(path, create=True, passphrase="kort")
    assert not path.exists()


def test_upgrade_backup_of_an_encrypted_database_is_encrypted(tmp_path):
    old = tmp_path / "oud.sqlite"
    shutil.copyfile(FIXTURES / "schema_0005.sqlite", old)
    encryption.encrypt_database(old, PASSPHRASE)
    database = open_database(old, passphrase=PASSPHRASE, backup_dir=tmp_path / "backups")
    assert database.status().up_to_date
    database.dispose()
    (backup,) = (tmp_path / "backups").iterdir()
    assert "voor-upgrade-0005" in backup.name
    assert backup.read_bytes()[:16] == old.read_bytes()[:16]   # the same salt: the same passphrase opens it
    reopened = open_database(backup, passphrase=PASSPHRASE, upgrade=False)
    assert reopened.status().current == "0005"
    reopened.dispose()


# --- encrypt, decrypt, rekey ---------------------------------------------------------------------------
def counts_of(path: Path, passphrase: str | None) -> dict[str, int]:
    key = None if passphrase is None else cipher.derive_key(passphrase, cipher.file_salt(path))
    connection = cipher.connect(path, key, read_only=True)
    try:
        return cipher.table_counts(connection)
    finally:
        connection.close()


def test_encrypt_decrypt_rekey_keep_every_row(demo, tmp_path):
    original = counts_of(demo, None)
    assert original["home"] == 198 and original["interview"] > 50

    result = encryption.encrypt_database(demo, PASSPHRASE)
    assert result.counts == original
    assert is_encrypted_database(demo) and counts_of(demo, PASSPHRASE) == original
    assert hits(demo, STREET) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flats.sqlite"]      # no copy left beside it
    with pytest.raises(DatabaseRefused, match="al versleuteld"):
        encryption.encrypt_database(demo, PASSPHRASE)

    with pytest.raises(WrongPassphrase):
        encryption.rekey_database(demo, "niet het wachtwoord", "een nieuw wachtwoord")
    encryption.rekey_database(demo, PASSPHRASE, "een nieuw wachtwoord")
    with pytest.raises(WrongPassphrase):
        open_database(demo, passphrase=PASSPHRASE)
    assert counts_of(demo, "een nieuw wachtwoord") == original

    encryption.decrypt_database(demo, "een nieuw wachtwoord")
    assert demo.read_bytes()[:16] == SQLITE_MAGIC and counts_of(demo, None) == original
    with pytest.raises(DatabaseRefused, match="niet versleuteld"):
        encryption.decrypt_database(demo, "een nieuw wachtwoord")
    database = open_database(demo)
    assert database.status().integrity == "ok" and not database.encrypted
    database.dispose()


def test_encrypt_tells_of_plain_backups_left_behind(demo, tmp_path):
    database = open_database(demo)
    old_backup = database.backup(tmp_path / "backups")
    database.dispose()
    result = encryption.encrypt_database(demo, PASSPHRASE, backup_dir=tmp_path / "backups")
    assert result.plain_backups == [old_backup]


def test_a_failure_before_the_swap_leaves_the_original_intact(demo, monkeypatch):
    original = counts_of(demo, None)

    def killed(_source, _target):
        raise KeyboardInterrupt        # as if the process stopped right before the rename

    monkeypatch.setattr(encryption, "_replace", killed)
    with pytest.raises(KeyboardInterrupt):
        encryption.encrypt_database(demo, PASSPHRASE)
    assert demo.read_bytes()[:16] == SQLITE_MAGIC and counts_of(demo, None) == original
    assert sorted(p.name for p in demo.parent.iterdir()) == ["flats.sqlite"]
    database = open_database(demo)
    assert database.status().integrity == "ok"
    database.dispose()

    # A copy left by a process killed harder (no clean-up) is replaced by the next try.
    monkeypatch.undo()
    leftover = demo.with_name(demo.name + encryption.TEMPORARY_SUFFIX)
    leftover.write_bytes(b"half geschreven")
    encryption.encrypt_database(demo, PASSPHRASE)
    assert not leftover.exists() and counts_of(demo, PASSPHRASE) == original


def test_a_copy_that_does_not_match_is_never_swapped_in(demo, monkeypatch):
    before = digest(demo)
    real_export = cipher.export

    def lossy_export(connection, target, key):
        real_export(connection, target, key)
        lossy = cipher.connect(target, key)
        lossy.execute("DELETE FROM interview WHERE id = (SELECT max(id) FROM interview)")
        lossy.commit()
        lossy.close()

    monkeypatch.setattr(cipher, "export", lossy_export)
    with pytest.raises(DatabaseRefused, match="klopt niet met het origineel"):
        encryption.encrypt_database(demo, PASSPHRASE)
    assert digest(demo) == before
    assert sorted(p.name for p in demo.parent.iterdir()) == ["flats.sqlite"]


def test_a_server_is_refused(tmp_path):
    with pytest.raises(DatabaseRefused, match="PostgreSQL"):
        encryption.encrypt_database("postgresql+psycopg://server/flatapp", PASSPHRASE)


# --- the byte search ----------------------------------------------------------------------------------
def test_byte_search_of_file_wal_and_backup_finds_nothing(demo, tmp_path):
    name = RESIDENT.encode("utf-8")
    # The search works: the plain database shows the street, and the name written into its -wal.
    plain = open_database(demo)
    add_named_draft(plain, "Plain Pietersen")
    wal = demo.with_name(demo.name + "-wal")
    assert hits(demo, STREET) > 0 and hits(wal, b"Plain Pietersen") > 0
    plain_backup = plain.backup(tmp_path / "plain-backups")
    assert hits(plain_backup, STREET, b"Plain Pietersen") > 0
    plain.dispose()

    encryption.encrypt_database(demo, PASSPHRASE)
    database = open_database(demo, passphrase=PASSPHRASE)
    add_named_draft(database)              # written, not yet checkpointed: it sits in the -wal
    assert wal.stat().st_size > 0
    backup = database.backup(tmp_path / "backups")
    for path in (demo, wal, backup):
        assert hits(path, STREET, name, b"Voorbeeldflat", b"CREATE TABLE") == 0, path
    database.dispose()
    assert hits(demo, STREET, name) == 0
    # … and the data is all there for whoever has the passphrase, in the backup too.
    reopened = open_database(backup, passphrase=PASSPHRASE)
    with reopened.session() as session:
        from flatapp.storage.interview_models import Interview

        assert any(RESIDENT in (row.answers or "") for row in session.scalars(select(Interview)))
    reopened.dispose()
