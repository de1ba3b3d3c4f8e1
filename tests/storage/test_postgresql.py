"""The shared-office option: the same migrations and services on a throwaway PostgreSQL server.

Each module gets a new database on the run's throwaway server (tests/pg_server.py). Under scripts/test.sh
(and so in CI) a server that cannot start fails these tests; a plain pytest without the server skips them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flatapp.services.homes import list_home_rows, update_home
from flatapp.storage.database import NewerDatabase, head_revision, open_database
from tests import pg_server as pg_server_module

pytest.importorskip("psycopg")


def _pg_bin() -> Path | None:
    return pg_server_module.pg_bin()


def _free_port() -> int:
    return pg_server_module.free_port()


_count = iter(range(1, 1000))


@pytest.fixture(scope="module")
def postgres_url(pg_server):
    """A new, empty database on the run's throwaway server (tests/pg_server.py)."""
    name = f"module{os.getpid()}_{next(_count)}"
    url = pg_server_module.create_database(pg_server, name)
    yield url
    pg_server_module.drop_database(pg_server, name)


def test_migrations_and_services_run_on_postgresql(postgres_url, tmp_path):
    from sqlalchemy import text

    db = open_database(postgres_url)
    assert db.status().current == head_revision()

    from flatapp.services.home_import import import_homes_file

    source = tmp_path / "adressen.csv"
    source.write_bytes(
        "Straat;Huisnummer;Postcode;Verdieping;Portiek\r\n"
        "Dóumastraat;12;8601 AA;BG;A\r\nDóumastraat;14;8601 AA;1e;A\r\n".encode("cp1252")
    )
    with db.session() as session, session.begin():
        result = import_homes_file(session, source, "Postgresflat")
    assert result.written and result.created == 2
    with db.session() as session, session.begin():
        rows = list_home_rows(session, session.execute(text("SELECT id FROM building")).scalar())
        update_home(session, rows[0].id, {"postcode": "8601ab"}, rows[0].version)
    with db.session() as session:
        assert session.execute(text("SELECT postcode FROM home ORDER BY house_number")).scalars().all() == [
            "8601 AB", "8601 AA"]

    # A newer schema on the server is refused just as a newer file is.
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    with pytest.raises(NewerDatabase):
        open_database(postgres_url)
