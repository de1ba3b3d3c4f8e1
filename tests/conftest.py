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


@pytest.fixture
def database(tmp_path, migrated_template) -> Database:
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
