"""Correcting a home in the detail panel: typed with the keyboard, saved in one transaction,
undone with Ctrl+Z, and refused in Dutch when invalid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from flatapp.gui.main_window import MainController
from flatapp.services.homes import list_home_rows
from tests.gui.keyboard import type_text


@pytest.fixture
def setup(qtbot, database, make_building):
    building_id = make_building("Testflat", [("A", 0, 1), ("A", 0, 2), ("B", 1, 11), ("B", 1, 12)])
    controller = MainController(database, remember=False)
    window = controller.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return controller, building_id


def stored(database, building_id: int, home_id: int):
    with database.session() as session:
        return next(row for row in list_home_rows(session, building_id) if row.id == home_id)


def pick_home(qtbot, controller, label: str) -> int:
    facade = controller.window.facade_map
    home_id = next(h for h in facade.home_ids() if facade.home(h).number_label == label)
    qtbot.mouseClick(facade.viewport(), Qt.MouseButton.LeftButton, pos=facade.cell_rect(home_id).center())
    return home_id


def replace_text(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def test_type_a_postcode_save_and_undo_with_ctrl_z(qtbot, setup, database):
    controller, building_id = setup
    home_id = pick_home(qtbot, controller, "11")
    panel = controller.window.detail_panel
    assert panel.home().id == home_id and panel.ui.postcodeEdit.text() == "1234 AB"
    replace_text(qtbot, panel.ui.postcodeEdit, "8601xa")
    assert panel.ui.saveButton.isEnabled()
    qtbot.keyClick(panel.ui.postcodeEdit, Qt.Key.Key_Return)
    assert stored(database, building_id, home_id).postcode == "8601 XA"  # normalised by the service
    assert panel.ui.postcodeEdit.text() == "8601 XA" and not panel.ui.saveButton.isEnabled()
    assert controller.undo_stack.count() == 1
    assert controller.window.ui.actionUndo.isEnabled()
    assert "corrigeren" in controller.window.ui.actionUndo.text()
    # The home list shows the new postcode too.
    table_model = controller.window.home_model
    assert table_model.home_at(table_model.row_of(home_id)).postcode == "8601 XA"

    # Focus is still in the postcode field: Ctrl+Z undoes the save in the database.
    qtbot.keyClick(panel.ui.postcodeEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(database, building_id, home_id).postcode == "1234 AB"
    assert panel.ui.postcodeEdit.text() == "1234 AB"
    assert controller.window.facade_map.selected_home() == home_id
    qtbot.keyClick(panel.ui.postcodeEdit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(database, building_id, home_id).postcode == "8601 XA"


def test_ctrl_z_while_typing_undoes_the_typing_first(qtbot, setup, database):
    controller, building_id = setup
    home_id = pick_home(qtbot, controller, "1")
    edit = controller.window.detail_panel.ui.cityEdit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End)
    type_text(edit, "x")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "Sneek"
    assert stored(database, building_id, home_id).city == "Sneek"


def test_dutch_text_and_several_fields_in_one_save(qtbot, setup, database):
    controller, building_id = setup
    home_id = pick_home(qtbot, controller, "2")
    ui = controller.window.detail_panel.ui
    replace_text(qtbot, ui.streetEdit, "Poëziestraat ’t Hoogt")
    replace_text(qtbot, ui.letterEdit, "b")
    ui.floorCombo.setFocus()
    qtbot.keyClick(ui.floorCombo, Qt.Key.Key_Down)  # BG → 1e
    assert ui.floorCombo.currentText() == "1e"
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    row = stored(database, building_id, home_id)
    assert (row.street, row.house_letter, row.floor) == ("Poëziestraat ’t Hoogt", "B", 1)
    assert controller.undo_stack.count() == 1
    # The map moved the home up a floor.
    facade = controller.window.facade_map
    assert facade.home(home_id).floor == 1
    controller.window.ui.actionUndo.trigger()
    row = stored(database, building_id, home_id)
    assert (row.street, row.house_letter, row.floor) == ("Teststraat", "", 0)


def test_an_invalid_postcode_shows_the_dutch_error_and_saves_nothing(qtbot, setup, database):
    controller, building_id = setup
    home_id = pick_home(qtbot, controller, "12")
    panel = controller.window.detail_panel
    replace_text(qtbot, panel.ui.postcodeEdit, "12345")
    replace_text(qtbot, panel.ui.cityEdit, "Leeuwarden")
    qtbot.keyClick(panel.ui.cityEdit, Qt.Key.Key_Return)
    assert panel.error_text() == "Postcode '12345' is niet van de vorm 1234 AB."
    assert panel.ui.errorFrame.isVisible()
    assert panel.ui.postcodeEdit.hasFocus()  # the cursor goes to the field the error is about
    row = stored(database, building_id, home_id)
    assert (row.postcode, row.city) == ("1234 AB", "Sneek")  # nothing of the save was written
    assert controller.undo_stack.count() == 0
    # The typed values stay, so the user can correct them.
    assert panel.ui.postcodeEdit.text() == "12345" and panel.ui.cityEdit.text() == "Leeuwarden"
    replace_text(qtbot, panel.ui.postcodeEdit, "8601 XB")
    qtbot.mouseClick(panel.ui.saveButton, Qt.MouseButton.LeftButton)
    assert panel.error_text() == ""
    assert stored(database, building_id, home_id).city == "Leeuwarden"


def test_a_duplicate_address_is_refused(qtbot, setup, database):
    controller, building_id = setup
    home_id = pick_home(qtbot, controller, "12")
    panel = controller.window.detail_panel
    replace_text(qtbot, panel.ui.numberEdit, "11")
    qtbot.keyClick(panel.ui.numberEdit, Qt.Key.Key_Return)
    assert "bestaat al in deze flat" in panel.error_text()
    assert stored(database, building_id, home_id).house_number == 12


def test_saving_nothing_adds_no_undo_step_and_revert_restores(qtbot, setup, database):
    controller, _ = setup
    pick_home(qtbot, controller, "1")
    ui = controller.window.detail_panel.ui
    assert not ui.saveButton.isEnabled()
    qtbot.keyClick(ui.streetEdit, Qt.Key.Key_Return)
    replace_text(qtbot, ui.postcodeEdit, "1234ab")  # the same postcode, written differently
    qtbot.keyClick(ui.postcodeEdit, Qt.Key.Key_Return)
    assert controller.undo_stack.count() == 0
    replace_text(qtbot, ui.cityEdit, "Joure")
    qtbot.mouseClick(ui.revertButton, Qt.MouseButton.LeftButton)
    assert ui.cityEdit.text() == "Sneek" and not ui.saveButton.isEnabled()


def test_undo_that_can_no_longer_apply_is_explained(qtbot, setup, database, monkeypatch):
    controller, building_id = setup
    warnings = []
    monkeypatch.setattr("flatapp.gui.main_window.controller.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    home_id = pick_home(qtbot, controller, "1")
    ui = controller.window.detail_panel.ui
    replace_text(qtbot, ui.numberEdit, "3")
    qtbot.keyClick(ui.numberEdit, Qt.Key.Key_Return)
    assert controller.undo_stack.count() == 1
    # Meanwhile another home gets number 1, so undoing would give two homes the same address.
    other = next(h for h in controller.window.facade_map.home_ids()
                 if controller.window.facade_map.home(h).number_label == "2")
    controller.editor.write(other, {"house_number": "1"}, controller.window.facade_map.home(other).version)
    controller.window.ui.actionUndo.trigger()
    assert warnings and "bestaat al" in warnings[0]
    assert stored(database, building_id, home_id).house_number == 3  # unchanged, nothing half done
    assert controller.undo_stack.count() == 0  # the step that cannot apply is dropped
