"""A demo database per test (made once, copied), with groups, members, sign-ups and actions added."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import select

from flatapp.demo import create_demo_database
from flatapp.services.homes import list_home_rows
from flatapp.storage.database import open_database
from flatapp.storage.interview_models import Interview
from flatapp.storage.round_models import Volunteer
from tests.reporting.followup_data import NAMES, add_followup


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path)
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    """The demo database with follow-up data: {'db': Database, 'path': str, 'round': id, ...}."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    database = open_database(path)
    with database.session() as session, session.begin():
        made = add_followup(session, 1)
        ids = {"persons": [p.id for p in made["persons"]], "groups": [g.id for g in made["groups"]]}
    yield {"db": database, "path": str(path), "round": 1, **ids}
    database.dispose()


def secrets(session) -> set[str]:
    """Every name FlatApp knows in the demo (CT2 on the forms, persons, volunteers), e-mail addresses, and
    every home's code and 'street number'."""
    found = set(NAMES)
    for answers in session.scalars(select(Interview.answers)):
        data = json.loads(answers)
        found |= {str(data[key]).strip() for key in ("CT2", "CT3") if data.get(key)}
    found |= set(session.scalars(select(Volunteer.name)))
    for home in list_home_rows(session, 1):
        found |= {home.code, f"{home.street} {home.house_number}"}
    return {s for s in found if len(s) > 3}
