"""A throwaway PostgreSQL server for the tests: one cluster in a temporary folder on a loopback port.

The test session starts one on first need and stops it at its end (tests/conftest.py, `pg_server`); with
FLATAPP_TEST_PG_URL set it uses that server instead. `scripts/test.sh` (and so CI) sets FLATAPP_REQUIRE_PG=1:
a test that needs PostgreSQL then fails instead of being skipped. A developer's plain `pytest` on a machine
without the server skips those tests and says why.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

URL_ENV, REQUIRE_ENV = "FLATAPP_TEST_PG_URL", "FLATAPP_REQUIRE_PG"


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoServer(Exception):
    """PostgreSQL cannot be started here (not installed, or root without runuser)."""


@contextmanager
def throwaway_server(password: str | None = None) -> Iterator[str]:
    """A new cluster (fsync off) and the URL of its 'postgres' database, as the superuser 'flatapp'.

    Without ``password`` every login is trusted; with one, logins over TCP must give their password
    (scram, as on an office server) and ``password`` is the superuser's, in the URL."""
    bin_dir = pg_bin()
    if bin_dir is None:
        raise NoServer("the PostgreSQL server is not installed (Debian: apt-get install postgresql)")
    as_postgres: list[str] = []
    if os.geteuid() == 0:                      # the server refuses to run as root
        if shutil.which("runuser") is None:
            raise NoServer("running as root without runuser")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="flatapp-pg-"))
    authentication = ["-A", "trust"]
    if password is not None:
        (folder / "pw").write_text(password)
        authentication = ["--auth-host=scram-sha-256", "--auth-local=trust", f"--pwfile={folder / 'pw'}"]
    if as_postgres:
        for path in (folder, *folder.iterdir()):
            shutil.chown(path, "postgres")
    data = folder / "data"
    port = free_port()
    try:
        subprocess.run([*as_postgres, str(bin_dir / "initdb"), "-D", str(data), *authentication, "--no-sync",
                        "-E", "UTF8", "-U", "flatapp"], check=True, capture_output=True)
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c max_connections=200"
        subprocess.run([*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l",
                        str(folder / "log"), "start"], check=True, capture_output=True)
    except subprocess.CalledProcessError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise NoServer(f"the server did not start: {error.stderr.decode(errors='replace')[-500:]}") from None
    login = "flatapp" if password is None else f"flatapp:{password}"
    try:
        yield f"postgresql+psycopg://{login}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def server_or_skip(password: str | None = None) -> Iterator[str]:
    """throwaway_server for a test: fails under FLATAPP_REQUIRE_PG=1 when it cannot start, else skips."""
    import pytest

    try:
        with throwaway_server(password) as url:
            yield url
    except NoServer as why:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"PostgreSQL is required here (FLATAPP_REQUIRE_PG=1) but: {why}")
        pytest.skip(f"no PostgreSQL for the shared-office tests: {why}")


def database_url(server_url: str, name: str) -> str:
    return server_url.rsplit("/", 1)[0] + f"/{name}"


def create_database(server_url: str, name: str, template: str | None = None) -> str:
    """A new database on the server (a copy of ``template`` when given); returns its URL."""
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            copy = f' TEMPLATE "{template}"' if template else ""
            connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    finally:
        engine.dispose()
    return database_url(server_url, name)


def drop_database(server_url: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()
