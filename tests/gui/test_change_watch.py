"""Two people on one database: the main window shows the other's change within a few seconds, and never
throws away what is being typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from flatapp.gui.main_window import MainController, change_watch
from flatapp.services.homes import list_home_rows, update_home
from flatapp.storage.database import open_database


def street_shown(controller: MainController, home_id: int) -> str:
    return controller._homes[home_id].street


def start(qtbot, database, monkeypatch) -> MainController:
    monkeypatch.setattr(change_watch, "REFRESH_MS", 100)
    controller = MainController(database, remember=False)
    qtbot.addWidget(controller.window)
    controller.window.show()
    qtbot.waitExposed(controller.window)
    qtbot.waitUntil(lambda: controller._seen is not None)      # its first look, right after the first paint
    return controller


def test_a_change_made_elsewhere_appears_within_the_poll(qtbot, database, make_building, monkeypatch):
    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    controller = start(qtbot, database, monkeypatch)
    other = open_database(database.url)              # a second computer on the same database
    try:
        with other.session() as s, s.begin():
            home = list_home_rows(s, building_id)[0]
            home_id = home.id
            update_home(s, home_id, {"street": "Nieuwe Straat"}, home.version)
        qtbot.waitUntil(lambda: street_shown(controller, home_id) == "Nieuwe Straat", timeout=3000)
        assert "iemand anders" in controller.window.statusBar().currentMessage()
        model = controller.window.home_model
        texts = [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                 for r in range(model.rowCount()) for c in range(model.columnCount())]
        assert any("Nieuwe Straat" in str(text) for text in texts)
    finally:
        other.dispose()


def test_what_is_being_typed_is_kept_until_it_is_saved(qtbot, database, make_building, monkeypatch):
    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    controller = start(qtbot, database, monkeypatch)
    with database.session() as s:
        first, second = (row.id for row in list_home_rows(s, building_id))
    controller.select_home(first)
    panel = controller.window.detail_panel
    panel.ui.streetEdit.setText("Half getypt")                  # not saved yet
    assert panel.is_dirty()
    other = open_database(database.url)
    try:
        with other.session() as s, s.begin():
            update_home(s, second, {"street": "Door een ander"}, 1)
        qtbot.waitUntil(lambda: "zodra u uw wijziging" in controller.window.statusBar().currentMessage(),
                        timeout=3000)
        assert panel.ui.streetEdit.text() == "Half getypt" and street_shown(controller, second) != "Door een ander"
        panel.ui.streetEdit.setText(street_shown(controller, first))   # typed back: nothing unsaved any more
        qtbot.waitUntil(lambda: street_shown(controller, second) == "Door een ander", timeout=3000)
    finally:
        other.dispose()


def _round_with_volunteer(database, building_id):
    from datetime import date

    from flatapp.services.rounds import add_volunteer, create_round

    with database.session() as s, s.begin():
        row = create_round(s, building_id, "Najaar 2026", period_start=date(2026, 11, 1),
                           period_end=date(2026, 11, 30))
        add_volunteer(s, row.id, "Anna", "06-12345678")
    return row.id


def volunteers_shown(planner) -> list[str]:
    model = planner.volunteer_model
    return [model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def test_the_round_planner_shows_another_users_change_within_the_poll(qtbot, database, make_building, monkeypatch):
    from flatapp.services.rounds import add_volunteer, list_volunteers, update_volunteer

    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    round_id = _round_with_volunteer(database, building_id)
    controller = start(qtbot, database, monkeypatch)
    controller.show_round_planner()
    planner = controller._pages["round"]
    assert volunteers_shown(planner) == ["Anna"]
    other = open_database(database.url)               # a second computer on the same database
    try:
        with other.session() as s, s.begin():
            anna = list_volunteers(s, round_id)[0]
            update_volunteer(s, anna.id, "Anna de Vries", anna.phone, anna.version)
            add_volunteer(s, round_id, "Bert")
        qtbot.waitUntil(lambda: volunteers_shown(planner) == ["Anna de Vries", "Bert"], timeout=3000)
        # The planner now holds the new version: a save from it is not refused.
        assert [v.version for v in planner._detail.volunteers] == [2, 1]
    finally:
        other.dispose()


def test_a_half_typed_round_form_is_untouched_and_the_save_meets_the_conflict(qtbot, database, make_building,
                                                                               monkeypatch):
    from flatapp.gui.conflicts import set_conflict_handler
    from flatapp.services.rounds import add_volunteer, get_round, update_round

    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    round_id = _round_with_volunteer(database, building_id)
    controller = start(qtbot, database, monkeypatch)
    controller.show_round_planner()
    planner = controller._pages["round"]
    planner.ui.nameEdit.setText("Najaar half getypt")              # not saved yet
    assert planner.has_unsaved_edits()
    other = open_database(database.url)
    try:
        with other.session() as s, s.begin():
            update_round(s, round_id, name="Herfst 2026", version=get_round(s, round_id).version)
            add_volunteer(s, round_id, "Bert")
        qtbot.waitUntil(lambda: "Gewijzigd door een ander" in controller.window.statusBar().currentMessage(),
                        timeout=3000)
        assert planner.ui.nameEdit.text() == "Najaar half getypt" and volunteers_shown(planner) == ["Anna"]
        asked = []
        set_conflict_handler(lambda conflict: asked.append(conflict) or None)     # cancel: nothing saved
        try:
            planner.save_round()
        finally:
            set_conflict_handler(None)
        [conflict] = asked
        assert [(d.field, d.theirs, d.yours) for d in conflict.differences] == [
            ("name", "Herfst 2026", "Najaar half getypt")]
        assert planner.ui.nameEdit.text() == "Najaar half getypt"
        assert "intussen" in planner.ui.roundErrorLabel.text()
        with database.session() as s:
            assert get_round(s, round_id).name == "Herfst 2026"
    finally:
        other.dispose()


def _round_with_evening(database, building_id):
    from datetime import date, time

    from flatapp.services import rounds

    with database.session() as s, s.begin():
        row = rounds.create_round(s, building_id, "Najaar 2026", period_start=date(2026, 11, 1),
                                  period_end=date(2026, 11, 30))
        evening = rounds.add_evening(s, row.id, date(2026, 11, 24), time(18, 30), time(20, 30))
        for name in ("Anna", "Bert"):
            rounds.add_volunteer(s, row.id, name)
        rounds.auto_teams(s, row.id)
        rounds.assign_doors(s, row.id, evening.id)
    return row.id, evening.id


def test_the_door_grid_shows_anothers_outcome_and_keeps_the_cursor(qtbot, database, make_building, monkeypatch):
    from datetime import datetime

    from flatapp.gui.door_outcomes.view import ALL_TEAMS
    from flatapp.services.door_outcomes import record_attempt

    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2), ("A", 2, 3)])
    round_id, evening_id = _round_with_evening(database, building_id)
    controller = start(qtbot, database, monkeypatch)
    grid = controller.page("doors")
    grid.ui.teamCombo.setCurrentIndex(grid.ui.teamCombo.findData(ALL_TEAMS))
    rows = grid.model.rows()
    assert len(rows) == 3 and not any(row.tonight for row in rows)
    grid.ui.doorTable.setCurrentIndex(grid.model.index(2, 1))
    other = open_database(database.url)               # a typist on another computer
    try:
        with other.session() as s, s.begin():
            record_attempt(s, round_id, rows[0].home_id, 1, datetime(2026, 11, 24, 19, 0), evening_id)
        qtbot.waitUntil(lambda: bool(grid.model.rows()[0].tonight), timeout=3000)
        assert grid.ui.doorTable.currentIndex().row() == 2          # the cursor did not jump
    finally:
        other.dispose()


def test_the_forms_page_counts_anothers_form_and_never_replaces_the_typing(qtbot, database, make_building,
                                                                            monkeypatch):
    from flatapp.services import interviews

    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2), ("A", 2, 3)])
    round_id, _evening_id = _round_with_evening(database, building_id)
    controller = start(qtbot, database, monkeypatch)
    form = controller.page("forms").form
    with database.session() as s:
        first, second, _third = (row.id for row in list_home_rows(s, building_id))
    form._show_form(next(home for home in form.homes if home.id == first), 1, None, answers={})
    form.fields["KN1"].editor.setText("2")                        # typed, not yet saved
    other = open_database(database.url)
    try:
        with other.session() as s, s.begin():
            interviews.save_draft(s, round_id, second, {"KN1": 1}, None)
        qtbot.waitUntil(lambda: "1 concept" in form.ui.countLabel.text(), timeout=3000)
        assert form.home.id == first and form.fields["KN1"].text() == "2"
        form.save_draft_now()
        [mine] = [row for row in form.controller.drafts() if row.home_id == first]
        with other.session() as s, s.begin():            # the other corrects this very draft
            interviews.save_draft(s, round_id, first, {"KN1": 3}, mine.version)
        qtbot.waitUntil(lambda: form.fields["KN1"].text() == "3", timeout=3000)
        assert "iemand anders" in form.status_text()
    finally:
        other.dispose()
