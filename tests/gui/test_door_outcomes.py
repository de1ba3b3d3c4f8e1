"""Typing door outcomes with the keyboard alone: one key per outcome, a time, a note, Delete to
undo; the database and the facade map follow."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from flatapp.gui.door_outcomes import (
    COL_EARLIER,
    COL_NOTE,
    COL_OUTCOME,
    COL_TIME,
    DoorOutcomeTableModel,
    DoorOutcomeWidget,
)
from flatapp.services.door_outcomes import disposition_colours, evening_doors
from flatapp.services.rounds import add_evening, add_volunteer, assign_doors, auto_teams, create_round, list_teams
from flatapp.storage.round_models import DoorAttempt

TUE = date(2026, 11, 24)

KEYS = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab, "\b": Qt.Key.Key_Backspace, "\x7f": Qt.Key.Key_Delete}


def press(text: str) -> None:
    """Type into whatever has the focus, one QKeyEvent per character (also for non-ASCII text);
    '\\r' is Enter, '\\x7f' Delete."""
    for char in text:
        key = KEYS.get(char)
        if key is None:
            key = Qt.Key(ord(char)) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
            if char.isascii() and char.isalpha():
                key = Qt.Key(ord(char.upper()))
        shown = "" if char in KEYS and char not in "\r\t" else char
        target = QApplication.focusWidget()
        assert target is not None
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, shown))
        QApplication.processEvents()
    QApplication.processEvents()


def attempts(database) -> list[tuple]:
    with database.session() as s:
        rows = s.scalars(select(DoorAttempt).order_by(DoorAttempt.id))
        return [(a.home_id, a.outcome.code, a.at, a.note, a.evening_id, a.team_id) for a in rows]


@pytest.fixture
def plan(database, make_building):
    building = make_building()   # 12 homes: A, BG–2e, 4 a floor
    with database.session() as s, s.begin():
        round_ = create_round(s, building, "Najaar 2026")
        evening = add_evening(s, round_.id, TUE, time(18, 30), time(20, 30))
        for name in ("Anna", "Bert", "Carla", "Dirk"):
            add_volunteer(s, round_.id, name)
        teams = auto_teams(s, round_.id)
        assign_doors(s, round_.id, evening.id)
        doors = [d.home_id for d in evening_doors(s, round_.id, evening.id, teams[0].id)]
    return {"building": building, "round": round_.id, "evening": evening.id, "team": teams[0].id, "doors": doors}


@pytest.fixture
def widget(qtbot, database, plan) -> DoorOutcomeWidget:
    view = DoorOutcomeWidget(database, plan["building"])
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    assert QTest.qWaitForWindowActive(view)
    view.ui.doorTable.setFocus()
    QApplication.processEvents()
    return view


def test_opens_on_the_first_team_and_its_printed_list(widget, plan):
    assert widget.current_round_id() == plan["round"]
    assert widget.current_evening_id() == plan["evening"]
    assert widget.current_team_id() == plan["team"]
    assert [r.home_id for r in widget.model.rows()] == plan["doors"]
    index = widget.ui.doorTable.currentIndex()
    assert (index.row(), index.column()) == (0, COL_OUTCOME)
    assert "1</b> gesproken" in widget.ui.keysLabel.text()
    assert "0 van 6 deuren ingevuld" in widget.ui.countLabel.text()
    assert "niet meer op de deurlijst" in widget.ui.nextEveningLabel.text()


def test_outcome_keys_down_the_grid(widget, database, plan):
    press("134")
    stored = attempts(database)
    starts = datetime(2026, 11, 24, 18, 30)
    assert stored == [(plan["doors"][0], 1, starts, "", plan["evening"], plan["team"]),
                      (plan["doors"][1], 3, starts, "", plan["evening"], plan["team"]),
                      (plan["doors"][2], 4, starts, "", plan["evening"], plan["team"])]
    assert widget.ui.doorTable.currentIndex().row() == 3
    assert widget.model.index(1, COL_OUTCOME).data() == "3  niet thuis"
    assert ("Avond 24-11-2026: 3 van 6 deuren ingevuld; 1 gesproken, 1 niet thuis, 1 weigering"
            in widget.ui.countLabel.text())


def test_time_then_outcome_then_note(widget, database, plan):
    table = widget.ui.doorTable
    press("\t")                       # Tab: from the outcome column to the time column
    assert table.currentIndex().column() == COL_TIME
    press("1945\r")                   # a time before the outcome: kept for this door
    assert table.currentIndex().column() == COL_OUTCOME and table.currentIndex().row() == 0
    assert widget.model.index(0, COL_TIME).data() == "19:45"
    press("3")
    assert attempts(database)[0][1:3] == (3, datetime(2026, 11, 24, 19, 45))
    assert table.currentIndex().row() == 1
    # Back up to the first door, a note in Dutch (non-ASCII), and a corrected time.
    table.setCurrentIndex(widget.model.index(0, COL_NOTE))
    press("hond blaft, bel kapot – één keer\r")
    assert attempts(database)[0][3] == "hond blaft, bel kapot – één keer"
    assert table.currentIndex().row() == 1   # a door with an outcome: on to the next door
    table.setCurrentIndex(widget.model.index(0, COL_TIME))
    press("20:05\r")
    assert attempts(database)[0][2] == datetime(2026, 11, 24, 20, 5)
    assert len(attempts(database)) == 1


def test_note_before_the_outcome_goes_with_it(widget, database):
    table = widget.ui.doorTable
    table.setCurrentIndex(widget.model.index(0, COL_NOTE))
    press("komt zaterdag terug\r")
    assert table.currentIndex().column() == COL_OUTCOME
    press("5")
    assert attempts(database)[0][1] == 5 and attempts(database)[0][3] == "komt zaterdag terug"
    assert widget.model.index(0, COL_OUTCOME + 2).data() == "wanneer?"
    assert "zonder tijd om terug te komen" in widget.ui.messageLabel.text()


def test_bad_time_is_refused_at_the_field(widget, database):
    table = widget.ui.doorTable
    table.setCurrentIndex(widget.model.index(0, COL_TIME))
    press("2575\r")
    assert "geen geldige tijd" in widget.ui.messageLabel.text()
    assert widget.model.index(0, COL_TIME).data() == "18:30"
    assert attempts(database) == []


def test_several_attempts_and_delete_undoes(widget, database, plan):
    table = widget.ui.doorTable
    press("3")
    table.setCurrentIndex(widget.model.index(0, COL_OUTCOME))
    press("1")                                    # rang again later that evening: spoke
    assert [a[1] for a in attempts(database)] == [3, 1]
    assert widget.model.index(0, COL_OUTCOME).data().startswith("1  gesproken")
    assert "niet thuis" in widget.model.index(0, COL_OUTCOME - 1).data()
    table.setCurrentIndex(widget.model.index(0, COL_OUTCOME))
    press("\x7f")                                 # Delete: the last attempt goes
    assert [a[1] for a in attempts(database)] == [3]
    press("\b")                                   # Backspace: the one before too
    assert attempts(database) == []
    press("\x7f")                                 # nothing left: a message, no error
    assert "nog geen bezoek" in widget.ui.messageLabel.text()


def test_unknown_code_names_the_valid_ones(widget, database):
    press("0")
    assert "Uitkomstcode 0 bestaat niet" in widget.ui.messageLabel.text()
    assert "3 niet thuis" in widget.ui.messageLabel.text()
    assert attempts(database) == []
    assert widget.ui.doorTable.currentIndex().row() == 0


def test_facade_colours_follow_the_latest_outcome(widget, plan):
    colours = disposition_colours()
    facade = widget.facade_map
    first, second = plan["doors"][:2]
    assert facade.home_colour(first) == QColor("#ffffff")
    press("13")
    assert facade.home_colour(first) == QColor(colours["interview"])
    assert facade.home_colour(second) == QColor(colours["non_contact"])
    assert [label for label, _ in facade.legend()][:2] == ["gesproken", "deels"]
    widget.ui.doorTable.setCurrentIndex(widget.model.index(0, COL_OUTCOME))
    press("\x7f")
    assert facade.home_colour(first) == QColor("#ffffff")
    assert facade.selected_home() == first


def test_other_team_and_activity_log(widget, database, plan):
    from flatapp.storage.models import ActivityLog

    press("11")
    with database.session() as s:
        other = list_teams(s, plan["round"])[1].id
    widget.ui.teamCombo.setCurrentIndex(widget.ui.teamCombo.findData(other))
    assert all(r.team_id == other for r in widget.model.rows())
    with database.session() as s:
        entry = s.scalar(select(ActivityLog).where(ActivityLog.action == "round.outcomes"))
        assert entry is not None and "2 deurbezoeken ingevoerd van Team 1" in entry.summary


def test_model(qtmodeltester, widget):
    press("13")
    qtmodeltester.check(widget.model)
    assert isinstance(widget.model, DoorOutcomeTableModel)


def test_no_round_yet(qtbot, database, make_building):
    building = make_building("Lege flat")
    view = DoorOutcomeWidget(database, building)
    qtbot.addWidget(view)
    assert "nog geen ronde" in view.ui.messageLabel.text()
    assert view.model.rowCount() == 0


# --- codes of two digits ------------------------------------------------------------------------

@pytest.fixture
def twelve_codes(database, plan):
    """The round's codes 1–9 and three the coordinator added: 10, 11 and 12."""
    from flatapp.storage.round_models import OutcomeCode

    with database.session() as s, s.begin():
        for code, label in ((10, "brief afgegeven"), (11, "buurtbewoner verwezen"), (12, "afspraak gemaakt")):
            s.add(OutcomeCode(round_id=plan["round"], code=code, label=label, disposition="other"))
    return plan


@pytest.fixture
def wide_widget(twelve_codes, widget) -> DoorOutcomeWidget:
    widget.reload()
    widget.ui.doorTable.setFocus()
    widget.ui.doorTable.setCurrentIndex(widget.model.index(0, COL_OUTCOME))
    QApplication.processEvents()
    return widget


def test_two_digits_quickly_make_a_two_digit_code(wide_widget, database, plan):
    widget = wide_widget
    assert "<b>12</b> afspraak gemaakt" in widget.ui.keysLabel.text()
    press("1")
    assert attempts(database) == []                       # waits for a second digit
    assert widget.pending_digit() == "1"
    assert "Uitkomst 1…" in widget.ui.messageLabel.text() and "10, 11, 12" in widget.ui.messageLabel.text()
    assert widget.ui.doorTable.currentIndex().row() == 0
    press("2")
    assert [(a[0], a[1]) for a in attempts(database)] == [(plan["doors"][0], 12)]
    assert widget.pending_digit() == ""
    assert widget.ui.doorTable.currentIndex().row() == 1
    assert widget.model.index(0, COL_OUTCOME).data() == "12  afspraak gemaakt"
    assert not widget.ui.messageLabel.isVisible()


def test_one_digit_and_waiting_records_it(qtbot, wide_widget, database, plan):
    widget = wide_widget
    press("1")
    assert attempts(database) == []
    qtbot.waitUntil(lambda: len(attempts(database)) == 1, timeout=3000)
    assert [(a[0], a[1]) for a in attempts(database)] == [(plan["doors"][0], 1)]
    assert widget.pending_digit() == ""
    assert widget.ui.doorTable.currentIndex().row() == 1


def test_one_digit_then_enter_or_another_key_records_it(wide_widget, database, plan):
    widget = wide_widget
    press("1\r")
    assert [(a[0], a[1]) for a in attempts(database)] == [(plan["doors"][0], 1)]
    assert widget.ui.doorTable.currentIndex().row() == 1   # Enter took the code, no extra move
    # A digit that cannot start a two-digit code records at once, also right after a waiting one.
    press("3")
    assert [a[1] for a in attempts(database)] == [1, 3]
    press("15")                                            # no code 15: 1 for this door, 5 for the next
    assert [(a[0], a[1]) for a in attempts(database)][2:] == [(plan["doors"][2], 1), (plan["doors"][3], 5)]
    assert widget.ui.doorTable.currentIndex().row() == 4
    press("11")
    assert attempts(database)[-1][:2] == (plan["doors"][4], 11)


def test_without_two_digit_codes_a_digit_records_at_once(widget, database, plan):
    press("1")
    assert [(a[0], a[1]) for a in attempts(database)] == [(plan["doors"][0], 1)]
    assert widget.pending_digit() == "" and not widget._digit_timer.isActive()
    assert widget.ui.doorTable.currentIndex().row() == 1


def test_undo_with_two_digit_codes(wide_widget, database, plan):
    widget = wide_widget
    table = widget.ui.doorTable
    press("12")
    table.setCurrentIndex(widget.model.index(0, COL_OUTCOME))
    press("\x7f")                                          # Delete: the recorded 12 goes
    assert attempts(database) == []
    press("1")
    press("\b")                                            # Backspace while waiting: the digit goes
    assert widget.pending_digit() == "" and not widget._digit_timer.isActive()
    QTest.qWait(900)
    assert attempts(database) == []
    assert table.currentIndex().row() == 0
    press("10")
    assert [(a[0], a[1]) for a in attempts(database)] == [(plan["doors"][0], 10)]


def test_clicking_another_door_takes_the_waiting_digit(wide_widget, database, plan):
    widget = wide_widget
    press("1")
    widget.ui.doorTable.setCurrentIndex(widget.model.index(3, COL_OUTCOME))
    assert [(a[0], a[1]) for a in attempts(database)] == [(plan["doors"][0], 1)]
    assert widget.ui.doorTable.currentIndex().row() == 3   # the cursor stays where it was put


def test_homes_on_no_door_list_are_named_above_the_grid(qtbot, database, plan):
    """A home added after the split is in no team's grid: the page says so instead of staying silent."""
    from flatapp.services.homes import entrance_for, next_home_codes
    from flatapp.storage.models import Building, Home

    with database.session() as s, s.begin():
        building = s.get(Building, plan["building"])
        code = next_home_codes(s, building, 1)[0]
        s.add(Home(building=building, entrance=entrance_for(s, building, "A"), code=code, street="Teststraat",
                   house_number=99, postcode="1234 AB", city="Sneek", vhe_code="N99", floor=1))
    view = DoorOutcomeWidget(database, plan["building"])
    qtbot.addWidget(view)
    view.show()
    QApplication.processEvents()
    label = view.ui.messageLabel
    assert label.isVisible()
    assert label.text().startswith(f"1 woning heeft geen team op dinsdag 24-11-2026 en staat op geen deurlijst: "
                                   f"{code} (Teststraat 99).")
    assert "Woningen zonder team verdelen" in label.text()
    assert code not in {r.code for r in view.model.rows()}


def test_nothing_is_cut_off_at_the_default_window_size(qtbot, demo_database):
    """The round and team combos show their whole text and the outcome texts fit their cells, in the page
    area of the window's default 1280 × 760 (the demo block: long team names, 'niet bereikbaar')."""
    view = DoorOutcomeWidget(demo_database, 1)
    qtbot.addWidget(view)
    view.resize(1260, 640)
    view.show()
    QApplication.processEvents()
    ui = view.ui
    assert ui.teamCombo.currentText().startswith("Team 1 (") and "," in ui.teamCombo.currentText()
    for combo in (ui.roundCombo, ui.eveningCombo, ui.teamCombo):
        text = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() >= text + 30, (combo.objectName(), combo.currentText(), combo.width(), text)
    table, model = ui.doorTable, view.model
    metrics = table.fontMetrics()
    for column in (COL_OUTCOME, COL_EARLIER):
        widest = max(metrics.horizontalAdvance(model.index(row, column).data() or "") for row in range(model.rowCount()))
        assert table.columnWidth(column) >= widest + 8, (column, table.columnWidth(column), widest)
    # The whole grid (up to the note) is in view beside the map, without scrolling sideways.
    right = table.columnViewportPosition(COL_NOTE) + 60
    assert right <= table.viewport().width()
