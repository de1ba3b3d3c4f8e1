"""`flatapp db copy`: a whole database into a new one, SQLite and PostgreSQL both ways, checked row by row."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from flatapp.cli import main
from flatapp.demo import create_demo_database
from flatapp.storage import copy as copying
from flatapp.storage.copy import copy_database, table_checksum
from flatapp.storage.database import DatabaseRefused, open_database
from tests.storage.test_postgresql import postgres_url  # noqa: F401  (the throwaway server, a fixture)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path)
    return path


def checksums(target, passphrase: str | None = None) -> dict[str, tuple[int, str]]:
    database = open_database(target, passphrase=passphrase)
    try:
        with database.engine.connect() as connection:
            return {t.name: (t.rows, t.checksum) for t in map(lambda table: table_checksum(connection, table),
                                                                copying._tables())}
    finally:
        database.dispose()


def test_a_copy_of_a_copy_equals_the_original(demo_file, tmp_path):
    source = open_database(demo_file)
    try:
        report = copy_database(source, tmp_path / "kopie.sqlite")
    finally:
        source.dispose()
    assert report.rows > 1000 and "aantallen en controlegetallen van elke tabel zijn gelijk" in report.summary()
    rows = {table.name: table.rows for table in report.tables}
    assert rows["home"] == 198 and rows["interview"] > 90 and rows["activity_log"] > 0
    copy = open_database(tmp_path / "kopie.sqlite")
    try:
        again = copy_database(copy, tmp_path / "kopie2.sqlite")
    finally:
        copy.dispose()
    assert checksums(tmp_path / "kopie2.sqlite") == checksums(demo_file)
    assert again.tables == report.tables


def test_an_existing_file_is_never_written_over(demo_file, tmp_path):
    existing = tmp_path / "bestaat.sqlite"
    existing.write_bytes(b"van iemand anders")
    source = open_database(demo_file)
    try:
        with pytest.raises(DatabaseRefused, match="bestaat al"):
            copy_database(source, existing)
    finally:
        source.dispose()
    assert existing.read_bytes() == b"van iemand anders"


def test_a_copy_that_does_not_check_out_is_removed(demo_file, tmp_path, monkeypatch):
    real = copying.table_checksum
    calls = {"n": 0}

    def tampered(connection, table):
        found = real(connection, table)
        calls["n"] += 1
        return copying.TableCopy(found.name, found.rows, "verkeerd") if calls["n"] == 1 else found

    monkeypatch.setattr(copying, "table_checksum", tampered)
    source = open_database(demo_file)
    try:
        with pytest.raises(DatabaseRefused, match="De kopie klopt niet"):
            copy_database(source, tmp_path / "mislukt.sqlite")
    finally:
        source.dispose()
    assert list(tmp_path.glob("mislukt*")) == []


def _new_server_database(server_url: str, name: str) -> str:
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server_url.rsplit("/", 1)[0] + f"/{name}"


def test_laptop_to_server_and_back(demo_file, tmp_path, postgres_url):  # noqa: F811
    server = _new_server_database(postgres_url, "kantoor")
    assert main(["db", "copy", str(demo_file), server]) == 0
    assert checksums(server) == checksums(demo_file)
    # The server's ids go on after the copied ones: a new row gets a fresh id.
    database = open_database(server)
    try:
        with database.engine.begin() as connection:
            before = connection.execute(text("SELECT MAX(id) FROM activity_log")).scalar()
            connection.execute(text("INSERT INTO activity_log (at, \"user\", action, summary, details, tier, target) "
                                    "VALUES (now(), 'test', 'test', '', '{}', '', '')"))
            assert connection.execute(text("SELECT MAX(id) FROM activity_log")).scalar() == before + 1
            connection.execute(text("DELETE FROM activity_log WHERE action = 'test'"))
    finally:
        database.dispose()
    back = tmp_path / "terug.sqlite"
    assert main(["db", "copy", server, str(back)]) == 0
    assert checksums(back) == checksums(demo_file)


def test_a_server_database_with_tables_is_refused_and_left_alone(demo_file, postgres_url):  # noqa: F811
    server = _new_server_database(postgres_url, "bezet")
    engine = create_engine(server)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE boekhouding (id integer)"))
    source = open_database(demo_file)
    try:
        with pytest.raises(DatabaseRefused):
            copy_database(source, server)
    finally:
        source.dispose()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM boekhouding")).scalar() == 0
    engine.dispose()


def test_an_encrypted_laptop_database_to_the_server_and_back_encrypted(demo_file, tmp_path, postgres_url,  # noqa: F811
                                                                       monkeypatch, capsys):
    """The passphrase of an encrypted source is asked as for every command (here FLATAPP_PASSPHRASE); the
    way back makes a new encrypted file with --encrypt (FLATAPP_NEW_PASSPHRASE). Without it: refused."""
    from flatapp.storage.database import is_encrypted_database

    monkeypatch.setattr("flatapp.cli_support._interactive", lambda: False)
    laptop = tmp_path / "laptop.sqlite"
    laptop.write_bytes(demo_file.read_bytes())
    monkeypatch.setenv("FLATAPP_PASSPHRASE", "wachtwoord van de laptop")
    assert main(["db", "encrypt", str(laptop)]) == 0
    assert is_encrypted_database(laptop)
    server = _new_server_database(postgres_url, "versleuteld")

    monkeypatch.delenv("FLATAPP_PASSPHRASE")
    capsys.readouterr()
    assert main(["db", "copy", str(laptop), server]) == 1
    assert "FLATAPP_PASSPHRASE" in capsys.readouterr().err
    engine = create_engine(server)
    assert inspect(engine).get_table_names() == []      # nothing made on the server
    engine.dispose()

    monkeypatch.setenv("FLATAPP_PASSPHRASE", "wachtwoord van de laptop")
    assert main(["db", "copy", str(laptop), server]) == 0
    monkeypatch.delenv("FLATAPP_PASSPHRASE")
    assert checksums(server) == checksums(demo_file)

    back = tmp_path / "mee-naar-de-tent.sqlite"
    monkeypatch.setenv("FLATAPP_NEW_PASSPHRASE", "wachtwoord voor de tent")
    assert main(["db", "copy", server, str(back), "--encrypt"]) == 0
    assert is_encrypted_database(back)
    assert checksums(back, passphrase="wachtwoord voor de tent") == checksums(demo_file)
