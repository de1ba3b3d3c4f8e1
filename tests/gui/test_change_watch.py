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
