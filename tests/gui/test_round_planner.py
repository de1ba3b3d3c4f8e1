"""The round planner as a coordinator uses it: keyboard first, Dutch messages at the field,
every change in the database in one piece (or not at all)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from flatapp.gui.round_planner import (
    COL_ASSIGN_DOORS,
    AssignmentTableModel,
    EveningTableModel,
    RoundPlannerWidget,
    team_colour,
)
from flatapp.services.homes import list_home_rows
from flatapp.storage.round_models import Assignment, Evening, Round, Team, TeamMember, Volunteer
from tests.gui.keyboard import type_text


def tab_into(widget) -> None:
    """Give a field the focus as the Tab key does (a date or time field then selects its first part)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)


def count(database, model, *where) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(model.id)).where(*where)) or 0


@pytest.fixture
def block(make_building) -> int:
    """Two entrances × 3 floors × 4 doors = 24 homes."""
    return make_building("Testflat", [(e, f, i * 12 + f * 4 + d) for i, e in enumerate("AB")
                                      for f in range(3) for d in range(1, 5)])


@pytest.fixture
def planner(qtbot, database, block) -> RoundPlannerWidget:
    widget = RoundPlannerWidget(database, block)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)
    return widget


def new_round(qtbot, planner: RoundPlannerWidget, name: str = "Najaar 2026") -> None:
    ui = planner.ui
    ui.periodStartEdit.setDate(QDate(2026, 11, 1))
    ui.periodEndEdit.setDate(QDate(2026, 11, 30))
    tab_into(ui.nameEdit)
    qtbot.keyClicks(ui.nameEdit, name)
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)


def add_evening_by_keyboard(qtbot, planner: RoundPlannerWidget, day: str, starts: str, ends: str) -> None:
    ui = planner.ui
    tab_into(ui.eveningDateEdit)
    qtbot.keyClicks(ui.eveningDateEdit, day)          # '24112026': each part moves on when full
    tab_into(ui.eveningStartEdit)
    qtbot.keyClicks(ui.eveningStartEdit, starts)
    tab_into(ui.eveningEndEdit)
    qtbot.keyClicks(ui.eveningEndEdit, ends)
    qtbot.keyClick(ui.eveningEndEdit, Qt.Key.Key_Return)


def add_volunteer_by_keyboard(qtbot, planner: RoundPlannerWidget, name: str, phone: str = "") -> None:
    ui = planner.ui
    tab_into(ui.volunteerNameEdit)
    type_text(ui.volunteerNameEdit, name)
    qtbot.keyClick(ui.volunteerNameEdit, Qt.Key.Key_Return)     # on to the phone
    assert QApplication.focusWidget() is ui.volunteerPhoneEdit
    type_text(ui.volunteerPhoneEdit, phone)
    qtbot.keyClick(ui.volunteerPhoneEdit, Qt.Key.Key_Return)    # saves


def test_plan_a_round_with_the_keyboard_and_move_a_home(qtbot, planner, database, block):
    ui = planner.ui
    assert not ui.tabs.isEnabled()                      # nothing to plan before the round exists
    new_round(qtbot, planner)
    assert planner.error_texts() == {}
    assert count(database, Round) == 1 and ui.tabs.isEnabled()
    assert ui.roundCombo.currentText() == "Najaar 2026 (01-11-2026 t/m 30-11-2026)"

    # Evenings: typed, Enter saves; an overlapping one is refused at the field.
    add_evening_by_keyboard(qtbot, planner, "24112026", "1830", "2030")
    add_evening_by_keyboard(qtbot, planner, "26112026", "1900", "2100")
    assert [(r.date.day, f"{r.starts:%H:%M}") for r in planner.evening_model.rows()] == [(24, "18:30"), (26, "19:00")]
    add_evening_by_keyboard(qtbot, planner, "24112026", "1930", "2100")
    assert "overlapt met de avond van dinsdag 24-11-2026, 18:30–20:30" in planner.error_texts()["evening"]
    assert ui.eveningErrorLabel.isVisible()
    assert count(database, Evening) == 2

    # Volunteers: Dutch names typed as key presses; a missing name is refused.
    ui.tabs.setCurrentWidget(ui.teamsTab)
    add_volunteer_by_keyboard(qtbot, planner, "Joëlle de Vries", "06-12345678")
    for name in ("Anna", "Bert", "Cees"):
        add_volunteer_by_keyboard(qtbot, planner, name)
    add_volunteer_by_keyboard(qtbot, planner, "", "0612345678")
    assert planner.error_texts()["volunteer"] == "Vul de naam van de vrijwilliger in."
    assert QApplication.focusWidget() is ui.volunteerNameEdit
    with database.session() as session:
        assert [(v.name, v.phone) for v in session.scalars(select(Volunteer).order_by(Volunteer.id))] == [
            ("Joëlle de Vries", "06-12345678"), ("Anna", ""), ("Bert", ""), ("Cees", "")]

    # Teams: pairs.
    qtbot.mouseClick(ui.autoTeamsButton, Qt.MouseButton.LeftButton)
    assert [t.member_names for t in planner.team_model.rows()] == [("Joëlle de Vries", "Anna"), ("Bert", "Cees")]
    assert count(database, Team) == 2

    # Doors: split the first evening.
    ui.tabs.setCurrentWidget(ui.doorsTab)
    assert ui.assignEveningCombo.currentText() == "dinsdag 24-11-2026, 18:30–20:30"
    qtbot.mouseClick(ui.distributeButton, Qt.MouseButton.LeftButton)
    evening_id = planner.current_evening_id()
    assert count(database, Assignment, Assignment.evening_id == evening_id) == 24
    model = planner.assignment_model
    assert [model.index(r, COL_ASSIGN_DOORS).data() for r in range(model.rowCount())] == [12, 12]
    assert [row.coverage for row in model.rows()] == ["A: BG–2e", "B: BG–2e"]
    assert planner.evening_model.index(0, 4).data() == "24 verdeeld over de teams"

    # Move one home of team 1 to team 2: click it on the map, press 2.
    facade = planner.facade_map
    team_ids = [row.team_id for row in model.rows()]
    home_id = next(h for h in facade.home_ids() if facade.home(h).number_label == "1")   # A, BG
    qtbot.mouseClick(facade.viewport(), Qt.MouseButton.LeftButton, pos=facade.cell_rect(home_id).center())
    assert "nu bij Team 1" in ui.selectedHomeLabel.text()
    qtbot.keyClick(facade, Qt.Key.Key_2)
    with database.session() as session:
        owner = session.scalar(select(Assignment.team_id).where(Assignment.evening_id == evening_id,
                                                                Assignment.home_id == home_id))
    assert owner == team_ids[1]
    assert [model.index(r, COL_ASSIGN_DOORS).data() for r in range(model.rowCount())] == [11, 13]
    assert facade.home_colour(home_id) == team_colour(1)
    assert "nu bij Team 2" in ui.selectedHomeLabel.text()

    # ... and back with the combo box and the button.
    ui.moveTeamCombo.setCurrentIndex(0)
    qtbot.mouseClick(ui.moveButton, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert session.scalar(select(Assignment.team_id).where(Assignment.home_id == home_id,
                                                               Assignment.evening_id == evening_id)) == team_ids[0]
    assert planner.error_texts() == {}


def test_team_without_volunteers_is_refused_at_the_field(qtbot, planner, database):
    new_round(qtbot, planner)
    ui = planner.ui
    ui.tabs.setCurrentWidget(ui.teamsTab)
    for name in ("Anna", "Bert"):
        add_volunteer_by_keyboard(qtbot, planner, name)
    qtbot.mouseClick(ui.autoTeamsButton, Qt.MouseButton.LeftButton)
    ui.teamTable.selectRow(0)
    for row in range(ui.membersList.count()):
        ui.membersList.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(ui.saveMembersButton, Qt.MouseButton.LeftButton)
    assert planner.error_texts()["team"].startswith("Team 1 heeft geen vrijwilligers")
    assert count(database, TeamMember) == 2


def test_a_bad_round_name_and_period_are_refused(qtbot, planner, database):
    ui = planner.ui
    ui.periodStartEdit.setDate(QDate(2026, 11, 30))
    ui.periodEndEdit.setDate(QDate(2026, 11, 1))
    qtbot.keyClicks(ui.nameEdit, "Najaar")
    qtbot.mouseClick(ui.saveRoundButton, Qt.MouseButton.LeftButton)
    assert planner.error_texts()["round"] == "De periode eindigt (01-11-2026) vóór hij begint (30-11-2026)."
    assert QApplication.focusWidget() is ui.periodStartEdit
    ui.nameEdit.clear()
    ui.periodCheck.setChecked(False)
    qtbot.mouseClick(ui.saveRoundButton, Qt.MouseButton.LeftButton)
    assert "Geef de ronde een naam" in planner.error_texts()["round"]
    assert count(database, Round) == 0


def test_redistributing_asks_first(qtbot, planner, database, monkeypatch):
    new_round(qtbot, planner)
    ui = planner.ui
    add_evening_by_keyboard(qtbot, planner, "24112026", "1830", "2030")
    for name in ("Anna", "Bert", "Cees"):
        add_volunteer_by_keyboard(qtbot, planner, name)
    qtbot.mouseClick(ui.autoTeamsButton, Qt.MouseButton.LeftButton)
    assert [len(t.members) for t in planner.team_model.rows()] == [3]     # odd: a team of three
    qtbot.mouseClick(ui.distributeButton, Qt.MouseButton.LeftButton)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(ui.distributeButton, Qt.MouseButton.LeftButton)
    assert asked and "al verdeeld" in asked[0]
    assert count(database, Assignment) == 24


def test_table_models_pass_the_model_tester(qtmodeltester, planner, qtbot):
    new_round(qtbot, planner)
    add_evening_by_keyboard(qtbot, planner, "24112026", "1830", "2030")
    evenings = EveningTableModel()
    evenings.set_rows(planner.evening_model.rows())
    qtmodeltester.check(evenings)
    qtmodeltester.check(AssignmentTableModel())


def test_screenshot_of_the_demo_sized_block(qtbot, database, make_building, tmp_path):
    """198 homes over 3 entrances × 11 floors, split over 5 teams; FLATAPP_SHOTS=dir keeps the PNG."""
    from datetime import date, time

    from flatapp.services import rounds

    homes = [(e, f, i * 66 + f * 6 + d) for i, e in enumerate("ABC") for f in range(11) for d in range(1, 7)]
    building_id = make_building("Voorbeeldflat", homes)
    with database.session() as session, session.begin():
        row = rounds.create_round(session, building_id, "Najaar 2026", period_start=date(2026, 11, 1),
                                  period_end=date(2026, 11, 30), optional_sections="cbs")
        evening = rounds.add_evening(session, row.id, date(2026, 11, 24), time(18, 30), time(20, 30))
        rounds.add_evening(session, row.id, date(2026, 11, 26), time(18, 30), time(20, 30))
        for name in ("Anna de Vries", "Joëlle Bakker", "Bert Hoekstra", "Cees van Dijk", "Dirk Visser", "Els Smit",
                     "Fenna de Boer", "Gerrit Mulder", "Hanneke Bos", "Ids Kramer"):
            rounds.add_volunteer(session, row.id, name, "06-12345678")
        rounds.auto_teams(session, row.id)
        rounds.assign_doors(session, row.id, evening.id)
    widget = RoundPlannerWidget(database, building_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.ui.tabs.setCurrentWidget(widget.ui.doorsTab)
    facade = widget.facade_map
    qtbot.mouseClick(facade.viewport(), Qt.MouseButton.LeftButton, pos=facade.cell_rect(facade.home_ids()[0]).center())
    QTest.qWait(50)
    sizes = [r.door_count for r in widget.assignment_model.rows()]
    assert len(sizes) == 5 and sum(sizes) == 198 and max(sizes) - min(sizes) <= 2
    assert len(facade.legend()) == 5
    target = Path(os.environ.get("FLATAPP_SHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(target / "round_planner.png"))
    for name, tab in (("evenings", widget.ui.eveningsTab), ("teams", widget.ui.teamsTab)):
        widget.ui.tabs.setCurrentWidget(tab)
        QTest.qWait(20)
        assert widget.grab().save(str(target / f"round_planner_{name}.png"))
    with database.session() as session:
        assert len(list_home_rows(session, building_id)) == 198


def test_homes_without_a_team_are_named_and_one_click_divides_them(qtbot, database, block, tmp_path):
    """Two homes arrive after the split: the doors tab says so; 'Woningen zonder team verdelen' fixes it."""
    from datetime import date, time

    from flatapp.services import rounds
    from flatapp.services.homes import entrance_for, next_home_codes
    from flatapp.storage.models import Building, Home

    with database.session() as session, session.begin():
        row = rounds.create_round(session, block, "Najaar 2026")
        evenings = [rounds.add_evening(session, row.id, date(2026, 11, day), time(18, 30), time(20, 30)).id
                    for day in (24, 26)]
        for name in ("Anna", "Bert", "Cees", "Dirk"):
            rounds.add_volunteer(session, row.id, name)
        rounds.auto_teams(session, row.id)
        for evening in evenings:
            rounds.assign_doors(session, row.id, evening)
        building = session.get(Building, block)
        codes = next_home_codes(session, building, 2)
        place = entrance_for(session, building, "B")
        for code, number in zip(codes, (90, 91)):
            session.add(Home(building=building, entrance=place, code=code, street="Nieuwbouwstraat",
                             house_number=number, postcode="1234 AB", city="Sneek", vhe_code=f"N{code}", floor=2))
    widget = RoundPlannerWidget(database, block)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    ui = widget.ui
    ui.tabs.setCurrentWidget(ui.doorsTab)
    QTest.qWait(20)
    assert ui.teamlessFrame.isVisible() and ui.assignTeamlessButton.isEnabled()
    assert widget.teamless_text().startswith(
        "2 woningen hebben geen team op dinsdag 24-11-2026 en donderdag 26-11-2026 en staan op geen deurlijst: "
        f"{codes[0]} (Nieuwbouwstraat 90), {codes[1]} (Nieuwbouwstraat 91)")
    assert "2 nog zonder team" in ui.assignStatusLabel.text()
    target = Path(os.environ.get("FLATAPP_SHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(target / "round_planner_teamless.png"))

    qtbot.mouseClick(ui.assignTeamlessButton, Qt.MouseButton.LeftButton)
    assert widget.error_texts() == {}
    assert "Woningen zonder team verdeeld over Team 2 (4)" in ui.teamlessLabel.text()
    assert not ui.assignTeamlessButton.isEnabled()
    assert "nog zonder team" not in ui.assignStatusLabel.text()
    with database.session() as session:
        new_ids = set(session.scalars(select(Home.id).where(Home.code.in_(codes))))
    assert count(database, Assignment, Assignment.home_id.in_(new_ids)) == 4          # both homes, both evenings
    ui.assignEveningCombo.setCurrentIndex(1)                                          # a fresh look: all done
    assert widget.teamless_text() == "" and not ui.teamlessFrame.isVisible()
