"""layout_for: the layout of a printed page rebuilt from the database equals the one recorded while it
was printed (a form page, a door list page, the teamless page), and None for what is not in the database
or no longer draws the same."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from flatapp.printing.round_printing import print_door_lists, print_questionnaires
from flatapp.scanning import layouts as layouts_module
from flatapp.scanning.layouts import layout_for
from flatapp.scanning.page_layout import PageLayout
from flatapp.scanning.readings import PageId, PageKind, door_list_subject
from flatapp.services.door_outcomes import record_attempt
from flatapp.services.homes import entrance_for, next_home_codes
from flatapp.services.rounds import add_evening, add_volunteer, assign_doors, auto_teams, create_round, get_round
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Building, Home
from tests.printing.layoutcheck import assert_boxes_drawn, assert_layout_sane, read_page_ids, render_page

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")


@pytest.fixture
def planned(database, make_building):
    """A block of 36 homes, a round with one evening, three teams with their doors, and a home
    added after the doors were divided (on no team's list: the teamless page)."""
    building = make_building(homes=[(entrance, floor, 100 * (entrance == "B") + 10 * floor + i)
                                    for entrance in "AB" for floor in range(3)
                                    for i in range(1, 7)])
    with database.session() as s, s.begin():
        round_ = create_round(s, building, "Najaar 2026")
        evening = add_evening(s, round_.id, date(2026, 11, 24), time(18, 30), time(20, 30))
        other = add_evening(s, round_.id, date(2026, 11, 26), time(18, 30), time(20, 30))
        for name in ("Anna", "Bert", "Carla", "Dirk", "Eva", "Fred"):
            add_volunteer(s, round_.id, name)
        teams = auto_teams(s, round_.id)
        assign_doors(s, round_.id, evening.id)
        place = s.get(Building, building)
        s.add(Home(building=place, entrance=entrance_for(s, place, "B"), code=next_home_codes(s, place, 1)[0],
                   street="Nieuwbouwstraat", house_number=7, postcode="1234 AB", city="Sneek", vhe_code="N1",
                   floor=2))
        s.flush()
        return {"round": round_.id, "evening": evening.id, "other_evening": other.id,
                "teams": [t.id for t in teams], "version": round_.questionnaire_version_id}


def test_a_form_page_rebuilt_equals_the_printed_one(database, planned, tmp_path):
    printed: list[PageLayout] = []
    target = tmp_path / "vragenlijsten.pdf"
    layouts_module._FORMS.clear()
    with database.session() as s, s.begin():
        print_questionnaires(s, planned["round"], target, layouts=printed)
        version = get_round(s, planned["round"]).questionnaire_version_id
    assert version and all(layout.page_id.layout == version for layout in printed)
    per_home = max(layout.page_id.page for layout in printed)
    assert 2 <= per_home <= 4                                    # the lighter paper: at most 4 A4 pages
    first, second = printed[:per_home], printed[per_home:2 * per_home]
    assert [layout.page_id.page for layout in first] == list(range(1, per_home + 1))
    assert len({layout.page_id.subject for layout in printed}) == len(printed) // per_home
    with database.session() as s:
        for layout in first + second + printed[-per_home:]:
            assert layout_for(s, layout.page_id) == layout
        # A page past the form's last page is no page of it.
        assert layout_for(s, replace(first[0].page_id, page=per_home + 1)) is None
    # What the reader relies on: the page id read from the paper, the boxes where the layout says.
    for number, layout in enumerate(first, start=1):
        assert_layout_sane(layout)
        image = render_page(target, number, dpi=150)
        assert read_page_ids(image) == [layout.page_id]
        assert_boxes_drawn(image, layout, dpi=150)


def test_form_layouts_are_drawn_once_per_questionnaire(database, planned, monkeypatch):
    layouts_module._FORMS.clear()
    calls = []
    original = layouts_module._form_pages
    monkeypatch.setattr(layouts_module, "_form_pages", lambda *args: calls.append(args) or original(*args))
    with database.session() as s:
        homes = [h.code for h in s.scalars(select(Home).order_by(Home.code))]
        found = [layout_for(s, PageId(PageKind.FORM, planned["round"], code, planned["version"], 1))
                 for code in homes[:5]]
    assert len(calls) == 1
    assert [layout.page_id.subject for layout in found] == homes[:5]
    assert all(layout.boxes == found[0].boxes for layout in found)


def test_a_door_list_page_rebuilt_equals_the_printed_one(database, planned, tmp_path):
    printed: list[PageLayout] = []
    with database.session() as s, s.begin():
        print_door_lists(s, planned["round"], planned["evening"], tmp_path / "deurlijsten.pdf", layouts=printed)
    subjects = [layout.page_id.subject for layout in printed]
    assert set(subjects) == {door_list_subject(planned["evening"], team) for team in planned["teams"]} | {
        door_list_subject(planned["evening"], None)}                   # T0: the homes without a team
    with database.session() as s:
        for layout in printed:
            assert layout_for(s, layout.page_id) == layout
    # One team's own paper draws the same pages as that team's pages in the whole evening's print.
    own: list[PageLayout] = []
    with database.session() as s, s.begin():
        print_door_lists(s, planned["round"], planned["evening"], tmp_path / "team.pdf",
                         team_id=planned["teams"][1], layouts=own)
    assert own == [layout for layout in printed
                   if layout.page_id.subject == door_list_subject(planned["evening"], planned["teams"][1])]


def _first_team_pages(database, planned, tmp_path) -> list[PageLayout]:
    """The first team's door list printed on its own; the layout of each page."""
    printed: list[PageLayout] = []
    with database.session() as s, s.begin():
        print_door_lists(s, planned["round"], planned["evening"], tmp_path / "d.pdf",
                         team_id=planned["teams"][0], layouts=printed)
    return printed


def test_a_door_list_read_back_after_that_evenings_outcomes_still_has_its_layout(database, planned, tmp_path):
    first = _first_team_pages(database, planned, tmp_path)[0]
    codes = sorted({box.target for box in first.boxes})
    with database.session() as s, s.begin():
        for code, outcome in zip(codes[:3], (1, 4, 3)):          # gesproken, weigering, niet thuis
            home = s.scalar(select(Home).where(Home.code == code))
            record_attempt(s, planned["round"], home.id, outcome, datetime(2026, 11, 24, 19, 0),
                           evening_id=planned["evening"], team_id=planned["teams"][0])
        home = s.scalar(select(Home).where(Home.code == codes[0]))
        s.add(Interview(round_id=planned["round"], home_id=home.id, status="complete", answers="{}"))
    with database.session() as s:
        assert layout_for(s, first.page_id) == first


def test_a_door_list_that_changed_since_printing_is_not_placed(database, planned, tmp_path):
    first = _first_team_pages(database, planned, tmp_path)[0]
    code = sorted({box.target for box in first.boxes})[1]
    with database.session() as s, s.begin():
        # An interview completed since (not on this evening): the door is closed and leaves the list.
        home = s.scalar(select(Home).where(Home.code == code))
        s.add(Interview(round_id=planned["round"], home_id=home.id, status="complete", answers="{}"))
    with database.session() as s:
        assert layout_for(s, first.page_id) is None


def test_what_is_not_in_the_database_has_no_layout(database, planned, tmp_path):
    round_id, evening, version = planned["round"], planned["evening"], planned["version"]
    printed = _first_team_pages(database, planned, tmp_path)
    with database.session() as s:
        code = s.scalars(select(Home.code).order_by(Home.code)).first()
        form = PageId(PageKind.FORM, round_id, code, version, 1)
        assert layout_for(s, form) is not None
        assert layout_for(s, replace(form, round_id=round_id + 99)) is None      # no such round
        assert layout_for(s, replace(form, subject="X-999")) is None             # no such home
        assert layout_for(s, replace(form, layout=version + 99)) is None         # no such version
        assert layout_for(s, replace(form, page=0)) is None
        team = planned["teams"][0]
        doors = printed[0].page_id
        assert layout_for(s, doors) == printed[0]
        assert layout_for(s, replace(doors, subject=door_list_subject(evening + 99, team))) is None
        assert layout_for(s, replace(doors, subject=door_list_subject(evening, team + 99))) is None
        assert layout_for(s, replace(doors, subject=door_list_subject(None, team))) is None
        assert layout_for(s, replace(doors, subject="E1")) is None
        # An evening whose doors were never divided over the teams: no door list was printed.
        assert layout_for(s, replace(doors, subject=door_list_subject(planned["other_evening"], team))) is None
        # A check that does not match what the list draws now; a page past the list's last page.
        assert layout_for(s, replace(doors, layout=doors.layout % 9999 + 1)) is None
        assert layout_for(s, replace(doors, page=len(printed) + 1)) is None
