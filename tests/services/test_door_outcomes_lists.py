"""Door lists that miss no home: a home without a team gets a last page and a warning; a home with a
completed interview is never on a list."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time

import pytest
from sqlalchemy import select

from flatapp.printing.round_printing import print_door_lists
from flatapp.services.homes import entrance_for, next_home_codes
from flatapp.services.rounds import add_evening, add_volunteer, assign_doors, auto_teams, create_round
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Building, Home

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture
def planned(database, make_building):
    building = make_building()
    with database.session() as s, s.begin():
        round_ = create_round(s, building, "Najaar 2026")
        evening = add_evening(s, round_.id, date(2026, 11, 24), time(18, 30), time(20, 30))
        for name in ("Anna", "Bert", "Carla", "Dirk"):
            add_volunteer(s, round_.id, name)
        teams = auto_teams(s, round_.id)
        assign_doors(s, round_.id, evening.id)
        place = s.get(Building, building)
        new = Home(building=place, entrance=entrance_for(s, place, "B"), code=next_home_codes(s, place, 1)[0],
                   street="Nieuwbouwstraat", house_number=7, postcode="1234 AB", city="Sneek", vhe_code="N1", floor=2)
        s.add(new)
        interviewed = s.scalar(select(Home).where(Home.building_id == building).order_by(Home.code).limit(1))
        s.add(Interview(round_id=round_.id, home_id=interviewed.id, status="complete", answers="{}"))
        s.flush()
        return {"round": round_.id, "evening": evening.id, "team": teams[0].id, "new": new.code,
                "interviewed": interviewed.code}


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_whole_evening_ends_with_the_homes_no_team_has(database, planned, tmp_path):
    target = tmp_path / "deurlijsten.pdf"
    with database.session() as s, s.begin():
        printed = print_door_lists(s, planned["round"], planned["evening"], target)
    assert printed.warning.startswith("1 woning heeft geen team op dinsdag 24-11-2026 en staat op geen deurlijst: "
                                      f"{planned['new']} (Nieuwbouwstraat 7).")
    assert "Ze staan op de laatste pagina." in printed.warning
    assert "Let op: 1 woning heeft geen team" in printed.summary()
    pages = _text(target).split("\f")
    assert "Niet op een deurlijst: 1 woning" in pages[-2]           # the text ends with a form feed
    assert "Nieuwbouwstraat 7" in pages[-2] and "Woningen zonder team verdelen" in pages[-2]
    team_pages = "".join(pages[:-2])
    assert "Nieuwbouwstraat 7" not in team_pages
    assert planned["interviewed"] not in "".join(pages)             # a completed interview: on no list


def test_one_teams_paper_warns_but_carries_no_extra_page(database, planned, tmp_path):
    target = tmp_path / "team1.pdf"
    with database.session() as s, s.begin():
        printed = print_door_lists(s, planned["round"], planned["evening"], target, team_id=planned["team"])
    assert printed.warning and "laatste pagina" not in printed.warning
    assert "Niet op een deurlijst" not in _text(target)
