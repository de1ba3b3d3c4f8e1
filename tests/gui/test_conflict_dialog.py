"""Two people edit the same home: the second save is refused as stale and the conflict dialog shows both
versions field by field; keep mine, take the other's, or merge per field (through the runner, so no screen
catches the conflict itself)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from flatapp.gui.conflict_dialog import ConflictDialog, ask_user
from flatapp.gui.conflicts import set_conflict_handler
from flatapp.gui.main_window import MainController
from flatapp.services.homes import home_row, list_home_rows, update_home
from flatapp.storage.database import open_database


@pytest.fixture
def answer(conflict_choice):
    """The real conflict dialog as handler (tests/gui/conftest.py); ``act(dialog)`` clicks in it."""
    return conflict_choice


def open_window(qtbot, database, building_id):
    controller = MainController(database, remember=False)
    qtbot.addWidget(controller.window)
    controller.window.show()
    qtbot.waitExposed(controller.window)
    with database.session() as s:
        home = list_home_rows(s, building_id)[0]
    controller.select_home(home.id)
    return controller, home


def saved_meanwhile(database, home, changes):
    other = open_database(database.url)            # another computer on the same database
    try:
        with other.session() as s, s.begin():
            update_home(s, home.id, changes, home.version)
    finally:
        other.dispose()


def type_and_save(qtbot, controller, street, city=None):
    ui = controller.window.detail_panel.ui
    ui.streetEdit.setText(street)
    if city is not None:
        ui.cityEdit.setText(city)
    controller.window.detail_panel.request_save()


def current(database, home_id):
    with database.session() as s:
        return home_row(s, home_id)


def test_keep_mine_saves_on_top_of_the_other_version(qtbot, database, make_building, answer):
    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    controller, home = open_window(qtbot, database, building_id)
    dialogs = answer(lambda dialog: dialog.keep_mine.click())
    saved_meanwhile(database, home, {"street": "Straat van de ander"})
    type_and_save(qtbot, controller, "Mijn straat")
    [dialog] = dialogs
    table = dialog.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "De straat"
    assert table.cellWidget(0, 1).text() == "'Mijn straat'" and table.cellWidget(0, 2).text() == "'Straat van de ander'"
    assert "versie 2" in dialog.summary.text() and "versie 1" in dialog.summary.text()
    saved = current(database, home.id)
    assert (saved.street, saved.version) == ("Mijn straat", 3)
    assert controller.window.detail_panel.home().street == "Mijn straat"
    assert not controller.window.detail_panel.is_dirty()


def test_take_theirs_saves_nothing_and_shows_the_other_version(qtbot, database, make_building, answer):
    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    controller, home = open_window(qtbot, database, building_id)
    answer(lambda dialog: dialog.take_theirs.click())
    saved_meanwhile(database, home, {"street": "Straat van de ander"})
    type_and_save(qtbot, controller, "Mijn straat")
    assert current(database, home.id).street == "Straat van de ander"
    panel = controller.window.detail_panel
    assert panel.ui.streetEdit.text() == "Straat van de ander" and not panel.is_dirty()
    assert panel.home().version == 2


def test_merge_takes_a_choice_per_field(qtbot, database, make_building, answer):
    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    controller, home = open_window(qtbot, database, building_id)

    def merge(dialog):
        assert dialog.table.rowCount() == 2, [d.field for d in dialog.conflict.differences]
        assert dialog.merge.isVisible()
        dialog.choose_field("street", theirs=True)        # their street, my city
        dialog.merge.click()
    answer(merge)
    saved_meanwhile(database, home, {"street": "Straat van de ander", "city": "Leeuwarden"})
    type_and_save(qtbot, controller, "Mijn straat", city="Drachten")
    saved = current(database, home.id)
    assert (saved.street, saved.city, saved.version) == ("Straat van de ander", "Drachten", 3)


def test_cancel_keeps_what_was_typed_and_says_why(qtbot, database, make_building, answer):
    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    controller, home = open_window(qtbot, database, building_id)
    answer(lambda dialog: dialog.cancel.click())
    saved_meanwhile(database, home, {"street": "Straat van de ander"})
    type_and_save(qtbot, controller, "Mijn straat")
    panel = controller.window.detail_panel
    assert panel.ui.streetEdit.text() == "Mijn straat" and panel.is_dirty()
    assert "intussen" in panel.error_text() and "niets opgeslagen" in panel.error_text()
    assert current(database, home.id).street == "Straat van de ander"


def test_the_installed_handler_shows_the_dialog_modally(qtbot, database, make_building):
    """``ask_user`` (what the app installs) runs the dialog over the window; the user's click answers it."""
    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    controller, home = open_window(qtbot, database, building_id)
    set_conflict_handler(ask_user)
    clicked = []

    def click_when_shown():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConflictDialog):
            clicked.append(dialog)
            dialog.keep_mine.click()
        else:
            QTimer.singleShot(20, click_when_shown)
    try:
        saved_meanwhile(database, home, {"street": "Straat van de ander"})
        QTimer.singleShot(20, click_when_shown)
        type_and_save(qtbot, controller, "Mijn straat")
    finally:
        set_conflict_handler(None)
    assert clicked and current(database, home.id).street == "Mijn straat"
