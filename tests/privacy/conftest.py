"""A demo database (the Voorbeeldflat with its round), made once per session and copied per test, and a
household in it with every kind of personal data: a story with consent and an approved quote, a name
and contact details, corrections, a double entry, consent recorded by phone with a note, a door visit
with a note, ties both ways."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from flatapp.demo import DEMO_ROUND, create_demo_database
from flatapp.domain.answers import decode_answers
from flatapp.services.activity import log_activity
from flatapp.services.consent import set_consent
from flatapp.services.interviews import complete_interview, open_interview
from flatapp.services.quotes import approve_quote
from flatapp.services.rounds import find_round
from flatapp.storage.database import open_database
from flatapp.storage.interview_models import COMPLETE, Interview, VerificationEntry
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import STORY
from flatapp.storage.round_models import DoorAttempt

STORY_TEXT = "Mevrouw Wietske Zonderland bakt elke zondag appeltaart voor de hele galerij"
CONTACT_NAME = "Wietske Zonderland-Haaksma"
CONTACT_WAY = "wietske.zonderland@voorbeeldmail.nl"
OLD_NAME = "W. Zonderland oud"
DOOR_NOTE = "Hondje blaft hard, aanbellen bij de zijdeur van Zonderland"
CONSENT_NOTE = "Belde zelf op 06-41234567 Zonderland"
QUOTE_TEXT = "Een buurvrouw bakt elke zondag appeltaart voor de galerij"
SECRETS = (STORY_TEXT, CONTACT_NAME, CONTACT_WAY, OLD_NAME, DOOR_NOTE, CONSENT_NOTE, "Zonderland")


@dataclass(frozen=True)
class Household:
    home_id: int
    code: str
    round_id: int
    building_id: int


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "voorbeeld.sqlite"
    create_demo_database(path)
    return path


def _pick_home(session, round_id: int) -> Home:
    """A complete interview with a story, contact details, that names others and is named by others."""
    interviews = list(session.scalars(select(Interview).where(Interview.round_id == round_id,
                                                              Interview.status == COMPLETE)))
    codes = {i.home_id: session.get(Home, i.home_id).code for i in interviews}
    named_by: dict[str, int] = {}
    for interview in interviews:
        for code in decode_answers(interview.answers).get("KN2", []):
            named_by[code] = named_by.get(code, 0) + 1
    for interview in sorted(interviews, key=lambda i: i.id):
        answers = decode_answers(interview.answers)
        if answers.get("KN2") and named_by.get(codes[interview.home_id]) and answers.get("CT1") == 1:
            return session.get(Home, interview.home_id)
    raise AssertionError("no suitable home in the demo round")


@pytest.fixture
def demo(tmp_path, demo_template):
    path = tmp_path / "voorbeeld.sqlite"
    shutil.copy(demo_template, path)
    database = open_database(path)
    yield database
    database.dispose()


@pytest.fixture
def household(demo) -> Household:
    with demo.session() as session, session.begin():
        round_id = find_round(session, DEMO_ROUND).id
        home = _pick_home(session, round_id)
        row = open_interview(session, round_id, home.id)
        answers = dict(row.answers, VH1="Eerste versie van het verhaal", VH2=1, CT2=OLD_NAME, CT3=CONTACT_WAY)
        row = complete_interview(session, round_id, home.id, answers, row.version)
        answers = dict(row.answers, VH1=STORY_TEXT, CT2=CONTACT_NAME)
        row = complete_interview(session, round_id, home.id, answers, row.version)      # corrections
        session.add(VerificationEntry(interview_id=row.id, entered_by="tweede", answers=json.dumps(
            dict(answers, CT2=CONTACT_NAME + " (dubbel)"), ensure_ascii=False)))
        approve_quote(session, row.id, QUOTE_TEXT)
        set_consent(session, round_id, home.id, STORY, True, "mondeling", note=CONSENT_NOTE)
        attempt = session.scalars(select(DoorAttempt).where(DoorAttempt.home_id == home.id)).first()
        attempt.note, attempt.come_back = DOOR_NOTE, "zaterdag 11:00"
        # A copy of the household's words in the log (as a correction or import line might hold).
        log_activity(session, "interview.correct", f"Woning {home.code}: naam gecorrigeerd tot {CONTACT_NAME}",
                     home.building_id, home=home.code, new=CONTACT_NAME, story=STORY_TEXT)
        building_id = home.building_id
        code = home.code
    return Household(home.id, code, round_id, building_id)


def database_bytes(database) -> bytes:
    file = database.file
    data = file.read_bytes()
    wal = file.with_name(file.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


TODAY = date(2027, 1, 15)
