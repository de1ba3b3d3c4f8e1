"""Tent › Opvolglijst…: status with the keys 1–4 or the combo, note in place, undo, filter, export, conflict."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import select

from flatapp.demo import DEMO_ROUND
from flatapp.gui.follow_up_list import COL_NAME, COL_NOTE, COL_SOURCE, COL_STATUS, FollowUpDialog
from flatapp.services.follow_up import get_follow_up, set_follow_up
from flatapp.services.rounds import find_round
from flatapp.storage.models import ActivityLog
from tests.gui.keyboard import type_text


@pytest.fixture
def dialog(qtbot, demo_database):
    with demo_database.session() as s:
        round_id = find_round(s, DEMO_ROUND).id
    dialog = FollowUpDialog(demo_database, round_id, DEMO_ROUND)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 600)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


def row_named(dialog, name: str) -> int:
    return next(i for i, row in enumerate(dialog.model.rows()) if row.name == name)


def stored(dialog, person_id: int):
    with dialog.controller.database.session() as s:
        return get_follow_up(s, person_id)


def test_the_list_shows_forms_and_sheets_and_is_logged(dialog):
    model = dialog.model
    assert model.rowCount() >= 20
    sietske = row_named(dialog, "Sietske Dijkstra")
    assert model.index(sietske, COL_SOURCE).data() == \
        "inschrijflijst: Afval van balkons (organiseren), Groepsapp per portiek"
    assert model.index(sietske, COL_STATUS).data() == "doet mee"
    both = [i for i in range(model.rowCount())
            if model.index(i, COL_SOURCE).data().startswith("formulier; inschrijflijst: ")]
    assert len(both) == 2                                # on the form and on a sheet: one person each
    names = {row.name for row in model.rows()}
    assert "Fenna Bouma" not in names                    # no "mag contact" on her sheet
    assert model.index(row_named(dialog, "Gerrit Zwart"), 1).data() == "niet gevonden: 99"
    with dialog.controller.database.session() as s:
        logged = s.scalar(select(ActivityLog).where(ActivityLog.action == "followup.show"))
        assert logged.tier == "vertrouwelijk" and logged.target == "scherm"


def test_status_with_the_keys_and_undo(dialog):
    harm = row_named(dialog, "Harm Kuipers")
    dialog.table.setCurrentIndex(dialog.model.index(harm, COL_NAME))
    person_id = dialog.model.row_at(harm).person_id
    QTest.keyClick(dialog.table, Qt.Key.Key_3)
    assert stored(dialog, person_id).status == "doet mee"
    assert dialog.model.index(harm, COL_STATUS).data() == "doet mee"
    assert dialog.message_label.text() == "Harm Kuipers: doet mee"
    QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(dialog, person_id).status == "gebeld"
    QTest.keyClick(dialog.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(dialog, person_id).status == "doet mee"


def test_status_with_the_combo_and_a_note_typed_in_place(qtbot, dialog):
    jelle = row_named(dialog, "Jelle Visser")
    person_id = dialog.model.row_at(jelle).person_id
    dialog.table.setCurrentIndex(dialog.model.index(jelle, COL_STATUS))
    QTest.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentText() == "1 te bellen"
    QTest.keyClick(editor, Qt.Key.Key_Down)
    QTest.keyClick(editor, Qt.Key.Key_Return)         # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: stored(dialog, person_id).status == "gebeld", timeout=2000)

    jelle = row_named(dialog, "Jelle Visser")
    dialog.table.setCurrentIndex(dialog.model.index(jelle, COL_NOTE))
    QTest.keyClick(dialog.table, Qt.Key.Key_F2)
    type_text(QApplication.focusWidget(), "Belt vrijdag terug – wil de app beheren")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(dialog, person_id).note == "Belt vrijdag terug – wil de app beheren", timeout=2000)
    # In the note column the digits are text, not a status.
    assert stored(dialog, person_id).status == "gebeld"


def test_filter_and_export(dialog, tmp_path):
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("doet mee"))
    assert {row.name for row in dialog.model.rows()} == {"Sietske Dijkstra", "Youssef El Amrani"}
    target = tmp_path / "opvolg.csv"
    assert dialog.export_to(target)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0].startswith("# Vertrouwelijk") and len(rows) == 4
    assert "Vertrouwelijk: 2 bewoners opgeslagen" in dialog.message_label.text()
    with dialog.controller.database.session() as s:
        logged = s.scalar(select(ActivityLog).where(ActivityLog.action == "followup.export"))
        assert logged.target == str(target)
    assert not dialog.export_to(tmp_path / "opvolg.txt")
    assert "eindigt op .xlsx of .csv" in dialog.message_label.text()


def test_a_change_made_elsewhere_meanwhile_is_not_overwritten(dialog):
    trijntje = row_named(dialog, "Trijntje Hoekstra")
    shown = dialog.model.row_at(trijntje)
    with dialog.controller.database.session() as s, s.begin():       # another window saves first
        set_follow_up(s, shown.person_id, shown.version, status="gebeld", note="In de andere computer")
    dialog.table.setCurrentIndex(dialog.model.index(trijntje, COL_NAME))
    QTest.keyClick(dialog.table, Qt.Key.Key_4)
    assert "intussen gewijzigd" in dialog.message_label.text()
    assert stored(dialog, shown.person_id).status == "gebeld"
    assert dialog.model.row_at(row_named(dialog, "Trijntje Hoekstra")).status == "gebeld"      # reloaded


def test_the_tent_menu_opens_both_screens(qtbot, monkeypatch, demo_database):
    from flatapp.gui.sign_up_entry import SignUpEntryDialog
    from tests.gui.test_slide_show import start_main

    opened = []
    for dialog_class in (SignUpEntryDialog, FollowUpDialog):
        monkeypatch.setattr(dialog_class, "exec", lambda self: opened.append(self) or 0)
    controller = start_main(qtbot, demo_database)
    ui = controller.window.ui
    assert ui.actionEnterSignUps.isEnabled() and ui.actionFollowUp.isEnabled()
    ui.actionEnterSignUps.trigger()
    entry = opened[-1]
    assert isinstance(entry, SignUpEntryDialog) and entry.round_combo.currentText() == DEMO_ROUND
    entry.topic_combo.setEditText("Koffieochtend")
    assert entry.model.rowCount() == 5
    ui.actionFollowUp.trigger()
    assert isinstance(opened[-1], FollowUpDialog) and opened[-1].model.rowCount() >= 20
