"""Tent › Inschrijvingen invoeren…: sheets typed in by keyboard, like a user (no mouse)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from flatapp.gui.sign_up_entry import SignUpEntryDialog
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import create_round
from flatapp.storage.followup_models import Person, SignUp
from tests.gui.keyboard import type_text

HOMES = [("A", 0, 10), ("A", 0, 12, "A"), ("A", 1, 12, "", "2"), ("A", 1, 14), ("B", 2, 16)]


@pytest.fixture
def block(database, make_building):
    building_id = make_building("Tentflat", HOMES)
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar").id
        homes = {h.number_label: h for h in list_home_rows(s, building_id)}
    return building_id, round_id, homes


def open_dialog(qtbot, database, block) -> SignUpEntryDialog:
    building_id, round_id, _homes = block
    dialog = SignUpEntryDialog(database, building_id, round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


def focus() -> object:
    return QApplication.focusWidget()


def enter() -> None:
    QTest.keyClick(focus(), Qt.Key.Key_Return)


def type_line(name: str, house: str, contact: str, organise: str) -> None:
    """Name ⏎ house ⏎ contact-key ⏎ organise-key ⏎, always into the widget that has the focus."""
    type_text(focus(), name)
    enter()
    type_text(focus(), house)
    enter()
    if contact:
        QTest.keyClick(focus(), Qt.Key.Key_Space) if contact == " " else type_text(focus(), contact)
    enter()
    if organise:
        type_text(focus(), organise)
    enter()


def lines(database) -> list[tuple]:
    with database.session() as s:
        return [(p.name, s_.house_text, p.phone, s_.topic, s_.may_contact, s_.wants_to_organise)
                for s_, p in s.execute(select(SignUp, Person).join(Person).order_by(SignUp.id))]


def test_a_sheet_typed_in_by_keyboard(qtbot, database, block):
    _building_id, _round_id, homes = block
    dialog = open_dialog(qtbot, database, block)
    assert dialog.topic_combo.lineEdit().hasFocus()
    assert "Koffieochtend" in [dialog.topic_combo.itemText(i) for i in range(dialog.topic_combo.count())]
    type_text(focus(), "Koffieochtend")
    enter()
    assert dialog.name_edit.hasFocus()

    type_text(focus(), "Jan de Vriës")
    enter()
    assert dialog.house_edit.hasFocus()
    type_text(focus(), "12a")
    assert dialog.match_label.text() == f"{homes['12A'].code} · Teststraat 12A"
    enter()
    assert dialog.contact_box.hasFocus()
    type_text(focus(), "j")
    assert dialog.contact_box.isChecked() and dialog.contact_box.text() == "ja"
    enter()
    assert dialog.organise_box.hasFocus()
    enter()                                          # organiseren: nee (left empty) – the line is saved
    assert dialog.name_edit.hasFocus() and dialog.name_edit.text() == "" and not dialog.contact_box.isChecked()
    assert dialog.model.rowCount() == 1
    assert "Bewaard: Jan de Vriës" in dialog.message_label.text()

    type_line("Renée", "99", " ", "j")                 # space ticks the box; 99 is no home of the block
    assert lines(database)[-1] == ("Renée", "99", "", "Koffieochtend", True, True)
    assert dialog.model.rowCount() == 2
    home_cell = dialog.model.index(1, 1).data()
    assert home_cell == "niet gevonden: 99"
    assert dialog.model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a11d1d"
    assert "2 regels op dit blad · 1 met een huisnummer dat niet in de flat voorkomt" == dialog.count_label.text()

    type_text(focus(), "Ed")
    enter()
    type_text(focus(), "06-12345678")
    assert dialog.match_label.text() == "telefoonnummer"
    for _ in range(3):
        enter()
    assert lines(database)[-1] == ("Ed", "", "06-12345678", "Koffieochtend", False, False)
    assert "niet op de opvolglijst" in dialog.message_label.text()       # no "mag contact"


def test_the_same_resident_on_a_second_sheet_and_errors_in_the_message_line(qtbot, database, block):
    dialog = open_dialog(qtbot, database, block)
    type_text(focus(), "Koffieochtend")
    enter()
    type_line("Jan", "14", "j", "")
    dialog.topic_combo.setFocus()
    dialog.topic_combo.lineEdit().selectAll()
    type_text(focus(), "Buurtbarbecue")                      # a new topic, typed
    enter()
    assert dialog.model.rowCount() == 0
    type_line("jan", "14", "j", "j")
    assert "Dezelfde bewoner" in dialog.message_label.text()
    with database.session() as s:
        assert len(list(s.scalars(select(Person)))) == 1
    # An empty line: the message line says so, nothing is saved.
    enter()
    enter()
    enter()
    enter()
    assert "leeg" in dialog.message_label.text()
    assert dialog.message_label.styleSheet().startswith("color: #a11d1d")
    # The same resident again on this sheet.
    type_line("Jan", "14", "j", "")
    assert "staat al op de lijst 'Buurtbarbecue'" in dialog.message_label.text()
    assert len(lines(database)) == 2


def test_ctrl_z_takes_back_the_last_line_and_ctrl_y_puts_it_back(qtbot, database, block):
    dialog = open_dialog(qtbot, database, block)
    type_text(focus(), "Groen rond de flat")
    enter()
    type_line("Anna", "10", "j", "")
    type_line("Bert", "16", "j", "j")
    assert dialog.model.rowCount() == 2 and dialog.name_edit.hasFocus()
    QTest.keyClick(focus(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row[0] for row in lines(database)] == ["Anna"]
    assert dialog.model.rowCount() == 1 and "Ongedaan gemaakt" in dialog.message_label.text()
    QTest.keyClick(focus(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [row[0] for row in lines(database)] == ["Anna", "Bert"]
    # While typing a name, Ctrl+Z undoes the typing, not a line.
    type_text(focus(), "Kees")
    QTest.keyClick(focus(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.name_edit.text() == "" and len(lines(database)) == 2
    # Delete on the table removes the chosen line; Ctrl+Z brings it back.
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    QTest.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [row[0] for row in lines(database)] == ["Bert"]
    QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(row[0] for row in lines(database)) == ["Anna", "Bert"]
