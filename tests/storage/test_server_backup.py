"""The README's shared-office commands, run for real on the throwaway server: a laptop's database copied
to a database the owner login owns, a backup with pg_dump and a restore with pg_restore into a new
database, which then holds exactly the laptop's rows. A restore made the wrong way (as the superuser, so
the tables are not the owner's) gets a Dutch sentence instead of an unexpected error."""

from __future__ import annotations

import os
import subprocess

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from flatapp.cli import main
from tests import pg_server as server
from tests.storage.test_copy import checksums, demo_file  # noqa: F401  (a fixture)

_count = iter(range(1, 1000))


def _as(url: str, user: str, database: str, driver: bool = True) -> str:
    """The server's URL for another login and database (libpq's form without the driver)."""
    found = make_url(url).set(username=user, database=database)
    if not driver:
        found = found.set(drivername="postgresql")
    return found.render_as_string(hide_password=False)


def _superuser(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _tool(name: str, *args: str) -> None:
    subprocess.run([str(server.pg_bin() / name), *args], check=True, capture_output=True, timeout=120)


def test_backup_and_restore_as_the_readme_says(demo_file, pg_server, tmp_path, capsys):  # noqa: F811
    number = f"{os.getpid()}_{next(_count)}"
    owner, live, restored, wrong = (f"owner_{number}", f"kantoor_{number}", f"terug_{number}", f"fout_{number}")
    # createuser --createrole flatapp_owner; createdb --owner flatapp_owner --encoding UTF8 flatapp
    _superuser(pg_server, f'CREATE ROLE "{owner}" LOGIN CREATEROLE',
               f'CREATE DATABASE "{live}" OWNER "{owner}" ENCODING \'UTF8\'')
    try:
        assert main(["db", "copy", str(demo_file), _as(pg_server, owner, live)]) == 0
        dump = tmp_path / "flatapp-2026-12-05.dump"
        _tool("pg_dump", "--format=custom", f"--file={dump}", _as(pg_server, owner, live, driver=False))

        _superuser(pg_server, f'CREATE DATABASE "{restored}" OWNER "{owner}"')
        _tool("pg_restore", "--no-owner", f"--dbname={_as(pg_server, owner, restored, driver=False)}", str(dump))
        assert checksums(_as(pg_server, owner, restored)) == checksums(demo_file)
        capsys.readouterr()
        assert main(["--db", _as(pg_server, owner, restored), "buildings"]) == 0
        assert "Voorbeeldflat" in capsys.readouterr().out

        # Restored by the superuser with --no-owner: the tables are the superuser's, not the owner's.
        _superuser(pg_server, f'CREATE DATABASE "{wrong}" OWNER "{owner}"')
        superuser = make_url(pg_server).username
        _tool("pg_restore", "--no-owner", f"--dbname={_as(pg_server, superuser, wrong, driver=False)}", str(dump))
        assert main(["--db", _as(pg_server, owner, wrong), "buildings"]) == 1
        error = capsys.readouterr().err
        assert "weigert deze login de tabel 'alembic_version' (geen rechten)" in error
        assert "onverwachte fout" not in error
    finally:
        for name in (live, restored, wrong):
            server.drop_database(pg_server, name)
        _superuser(pg_server, f'DROP ROLE IF EXISTS "{owner}"')


@pytest.fixture(autouse=True)
def _no_libpq_defaults(monkeypatch):
    """The tools connect with the URLs above only, not with a developer's PGUSER/PGDATABASE."""
    for name in ("PGUSER", "PGDATABASE", "PGPASSWORD", "PGHOST", "PGPORT"):
        monkeypatch.delenv(name, raising=False)
