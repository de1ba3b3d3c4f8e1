"""The shared-office option: the same migrations and services on a throwaway PostgreSQL server.

The server binaries are on the Debian image but not running; the fixture starts one in a
temporary folder on a loopback port and stops it again. Skipped where PostgreSQL is not installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from flatapp.services.homes import list_home_rows, update_home
from flatapp.storage.database import NewerDatabase, head_revision, open_database

pytest.importorskip("psycopg")


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="flatapp-pg-"))
    if as_postgres:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    port = _free_port()
    subprocess.run([*as_postgres, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "--no-sync",
                    "-E", "UTF8", "-U", "flatapp"], check=True, capture_output=True)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
    subprocess.run([*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l",
                    str(folder / "log"), "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://flatapp@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


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
        update_home(session, rows[0].id, {"postcode": "8601ab"})
    with db.session() as session:
        assert session.execute(text("SELECT postcode FROM home ORDER BY house_number")).scalars().all() == [
            "8601 AB", "8601 AA"]

    # A newer schema on the server is refused just as a newer file is.
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    with pytest.raises(NewerDatabase):
        open_database(postgres_url)
