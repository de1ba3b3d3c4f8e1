"""Shared fixtures: offscreen Qt, a private FLATAPP_HOME and a fresh database per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from flatapp.storage.database import Database, open_database  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def flatapp_home(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real database."""
    home = tmp_path_factory.mktemp("flatapp-home")
    monkeypatch.setenv("FLATAPP_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """One empty database at the newest schema, made once per run: copying it is much cheaper than
    running every migration again for each of the hundreds of tests that want a fresh database."""
    path = tmp_path_factory.mktemp("template") / "head.sqlite"
    open_database(path, create=True).dispose()
    return path


# Tests in these folders run on SQLite and on PostgreSQL (the shared-office option): one parametrised
# `database` fixture, so nothing is SQLite-only by accident. GUI tests and the rest stay on SQLite.
ON_BOTH = ("storage", "services", "importing", "analysis", "tent", "disclosure")
TESTS = Path(__file__).resolve().parent


def pytest_generate_tests(metafunc):
    if "database" not in metafunc.fixturenames or "db_kind" in metafunc.fixturenames and any(
            "db_kind" in marker.args for marker in metafunc.definition.iter_markers("parametrize")):
        return
    relative = Path(str(metafunc.definition.path)).resolve().relative_to(TESTS)
    if relative.parts[0] in ON_BOTH and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("db_kind", ["sqlite", "postgresql"], indirect=True)


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): a test of the laptop's SQLite file itself; not run "
                                       "on PostgreSQL too")


@pytest.fixture
def db_kind(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """The URL of the run's throwaway PostgreSQL server (see tests/pg_server.py)."""
    from tests import pg_server as server

    if os.environ.get(server.URL_ENV):
        yield os.environ[server.URL_ENV]
        return
    with server.server_or_skip() as url:
        yield url


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """One database at the newest schema on the server, copied (CREATE DATABASE … TEMPLATE) per test."""
    from tests import pg_server as server

    name = f"flatapp_template_{os.getpid()}"
    server.drop_database(pg_server, name)
    open_database(server.create_database(pg_server, name)).dispose()
    yield name
    server.drop_database(pg_server, name)


_pg_count = iter(range(1, 1_000_000))


@pytest.fixture
def database(request, db_kind, tmp_path, migrated_template) -> Database:
    if db_kind == "postgresql":
        from tests import pg_server as server

        url_of_server = request.getfixturevalue("pg_server")
        name = f"t{os.getpid()}_{next(_pg_count)}"
        db = open_database(server.create_database(url_of_server, name, template=request.getfixturevalue("pg_template")))
        yield db
        db.dispose()
        server.drop_database(url_of_server, name)
        return
    target = tmp_path / "test.sqlite"
    for suffix in ("", "-wal"):
        part = migrated_template.with_name(migrated_template.name + suffix)
        if part.exists():
            shutil.copy(part, target.with_name(target.name + suffix))
    db = open_database(target, backup_dir=tmp_path / "backups")
    yield db
    db.dispose()


@pytest.fixture
def session(database):
    with database.session() as session:
        yield session


@pytest.fixture
def make_building(database):
    """Factory: a block with homes given as (entrance, floor, number[, letter, addition]) tuples."""
    from flatapp.services.buildings import create_building
    from flatapp.services.homes import entrance_for, next_home_codes
    from flatapp.storage.models import Home

    def make(name: str = "Testflat", homes: list[tuple] | None = None, postcode: str = "1234 AB") -> int:
        with database.session() as session, session.begin():
            building = create_building(session, name, "Sneek")
            specs = homes or [("A", floor, 10 * floor + i) for floor in range(3) for i in range(1, 5)]
            codes = next_home_codes(session, building, len(specs))
            for code, spec in zip(codes, specs):
                entrance, floor, number, *rest = spec
                letter = rest[0] if rest else ""
                addition = rest[1] if len(rest) > 1 else ""
                session.add(Home(
                    building=building, entrance=entrance_for(session, building, entrance), code=code,
                    street="Teststraat", house_number=number, house_letter=letter, addition=addition,
                    postcode=postcode, city="Sneek", vhe_code=f"V{code}", floor=floor,
                ))
            return building.id

    return make


@pytest.fixture
def scan_round(database, make_building):
    """A block of 12 homes (house numbers 1-4, 11-14, 21-24) with a round of two evenings (24 and 26
    November 2026): the scan tests' round (services, command line and review screen)."""
    from datetime import date, time

    from flatapp.services.homes import list_home_rows
    from flatapp.services.interviews import round_questionnaire
    from flatapp.services.rounds import add_evening, create_round
    from flatapp.storage.round_models import Round

    building_id = make_building("Scanflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar 2026", optional_sections="cbs").id
        evenings = [add_evening(s, round_id, day, time(18, 30), time(20, 30)).id
                    for day in (date(2026, 11, 24), date(2026, 11, 26))]
        homes = {str(h.house_number): h for h in list_home_rows(s, building_id)}
        version_id = s.get(Round, round_id).questionnaire_version_id
        questionnaire = round_questionnaire(s, round_id)
    return {"round": round_id, "evenings": evenings, "homes": homes, "building": building_id,
            "version": version_id, "questionnaire": questionnaire}
