"""Rows built by hand for the printing tests: a small block, outcome codes, a questionnaire."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from flatapp.domain.questionnaire import Option, Question, Questionnaire, QuestionType, Section, SkipRule
from flatapp.services.homes import HomeRow
from flatapp.services.round_rows import AttemptRow, DoorRow, EveningRow, OutcomeRow, TeamDoorList

OUTCOMES = tuple(
    OutcomeRow(index, code, label, disposition, final, asks_time)
    for index, (code, label, disposition, final, asks_time) in enumerate([
        (1, "gesproken", "interview", True, False),
        (2, "deels gesproken", "partial", False, False),
        (3, "niet thuis", "non_contact", False, False),
        (4, "weigering", "refusal", True, False),
        (5, "later terugkomen", "non_contact", False, True),
        (6, "geen woning / leegstand", "not_eligible", True, False),
        (7, "taalbarrière", "other", False, False),
        (8, "niet bereikbaar", "non_contact", False, False),
        (9, "niet meer aanbellen", "refusal", True, False),
    ], start=1)
)

TUESDAY = EveningRow(1, date(2026, 11, 24), time(18, 30), time(20, 30))
THURSDAY = EveningRow(2, date(2026, 11, 26), time(19, 0), time(21, 0))


def make_homes(count: int = 24, street: str = "Kastanjelaan") -> list[HomeRow]:
    """Homes over two entrances and several floors, in walking order."""
    homes = []
    for index in range(count):
        entrance = "A" if index < count // 2 else "B"
        floor = (index % max(1, count // 2)) // 4
        homes.append(HomeRow(
            id=index + 1, code=f"TST-{index + 1:03d}", street=street, house_number=10 + index,
            house_letter="", addition="II" if index % 5 == 0 else "", postcode="8601 AB", city="Sneek",
            entrance=entrance, entrance_position=0 if entrance == "A" else 1, floor=floor,
            vhe_code=f"V{index}", unit_type="woning",
        ))
    return homes


def door(home: HomeRow, earlier: tuple[AttemptRow, ...] = ()) -> DoorRow:
    return DoorRow(home.id, home.code, home.address, home.postcode, home.entrance, home.floor,
                   home.floor_label, earlier)


def team_lists(homes: list[HomeRow], evening: EveningRow, teams: int = 3,
               members: tuple[str, ...] = ("Anna de Vries", "Joost"), earlier=None) -> list[TeamDoorList]:
    """Split ``homes`` into ``teams`` consecutive runs (as the planner would, keeping walking order)."""
    size = -(-len(homes) // teams)
    lists = []
    for number in range(teams):
        chunk = homes[number * size:(number + 1) * size]
        doors = tuple(door(h, (earlier or {}).get(h.id, ())) for h in chunk)
        lists.append(TeamDoorList("Najaarsronde 2026", "Testflat", f"Team {number + 1}", members,
                                  evening, doors, OUTCOMES))
    return lists


def attempt(day: int, hour: int, code: int, label: str, come_back: str = "", note: str = "") -> AttemptRow:
    return AttemptRow(datetime(2026, 11, day, hour, 15), code, label, come_back, note)


CONSENT_TEXT = (
    "Mogen wij uw verhaal anoniem laten zien op de bijeenkomst voor de bewoners? Wij noemen nooit uw "
    "naam of huisnummer, en u kunt uw toestemming altijd intrekken bij het opbouwwerk — ook later nog."
)


def make_questionnaire() -> Questionnaire:
    Q, T = Question, QuestionType
    return Questionnaire(
        title="Kennen en helpen",
        intro="Wij zijn vrijwilligers. Het gesprek duurt tien minuten.",
        sections=(
            Section("kennen", "Buren kennen", (
                Q("KN1", "Hoeveel buren kent u bij naam?", T.SINGLE,
                  (Option(0, "Geen"), Option(1, "1 of 2"), Option(2, "3 tot en met 5"), Option(3, "Meer dan 5"))),
                Q("KN2", "Welke buren zijn dat?", T.HOMES, skip_if=SkipRule("KN1", (0,))),
                Q("KN3", "Groet u buren?", T.YES_NO),
                Q("KN4", "Hoeveel jaar woont u hier?", T.NUMBER, minimum=0, maximum=99),
            )),
            Section("helpen", "Helpen", (
                Q("HP1", "Zou u een buur helpen met de container?", T.YES_NO),
                Q("HP2", "Waarmee zou u helpen?", T.MULTIPLE,
                  (Option(1, "Container buitenzetten"), Option(2, "Boodschappen"), Option(9, "Anders")),
                  skip_if=SkipRule("HP1", (2,))),
                Q("HP3", "Wat vindt u goed aan wonen hier?", T.LONG_TEXT),
            )),
            Section("cbs", "Uitspraken", (
                Q("SC1", "De mensen kennen elkaar in deze flat nauwelijks.", T.AGREEMENT, reversed=True),
                Q("SC2", "Ik voel me thuis bij de mensen in deze flat.", T.AGREEMENT),
            ), optional=True),
            Section("contact", "Toestemming", (
                Q("VH1", CONSENT_TEXT, T.YES_NO, consent=True),
                Q("CT1", "Naam", T.SHORT_TEXT, personal=True, skip_if=SkipRule("VH1", (2,))),
            )),
        ),
        closing="Hartelijk dank voor uw tijd!",
    )


@pytest.fixture
def homes() -> list[HomeRow]:
    return make_homes()


@pytest.fixture
def questionnaire() -> Questionnaire:
    return make_questionnaire()


@pytest.fixture(scope="session")
def approved_demo(tmp_path_factory):
    """The demo round with every consented quote approved: content, resident names, addresses."""
    from flatapp.demo import create_demo_database
    from flatapp.services.homes import list_home_rows
    from flatapp.services.quotes import approve_quote, list_quotes
    from flatapp.storage.database import open_database
    from flatapp.storage.interview_models import Interview
    from flatapp.tent.service import tent_content

    folder = tmp_path_factory.mktemp("approved-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FLATAPP_HOME", str(folder / "home"))
        path = folder / "demo.sqlite"
        create_demo_database(path)
        db = open_database(path, backup_dir=folder / "backups")
        try:
            with db.session() as session, session.begin():
                for quote in list_quotes(session, 1):
                    approve_quote(session, quote.interview_id, quote.source_text)
            with db.session() as session:
                content = tent_content(session, 1)
                names = {json.loads(i.answers).get("CT2") for i in session.scalars(select(Interview))}
                addresses = {home.address for home in list_home_rows(session, 1)}
        finally:
            db.dispose()
    return content, {n for n in names if n}, addresses
