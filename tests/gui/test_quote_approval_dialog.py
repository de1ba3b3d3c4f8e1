"""Citaten beoordelen: edit and approve with Ctrl+Enter, reject, live hints and counter, errors in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from flatapp.gui.quote_approval_dialog import QuoteApprovalDialog
from flatapp.services import rounds
from flatapp.services.quotes import MAX_QUOTE_LENGTH, approved_quotes, list_quotes
from tests.gui.keyboard import type_text
from tests.gui.tent_fixtures import open_demo

DEMO_ROUND = 1


@pytest.fixture
def demo_database(tmp_path_factory, tmp_path):
    database = open_demo(tmp_path_factory, tmp_path)
    yield database
    database.dispose()


def open_dialog(qtbot, database, round_id=DEMO_ROUND) -> QuoteApprovalDialog:
    dialog = QuoteApprovalDialog(database, round_id, "Najaar 2026")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


def replace_text(edit, text: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def statuses(database) -> dict[int, str]:
    with database.session() as session:
        return {row.interview_id: row.status for row in list_quotes(session, DEMO_ROUND)}


def test_an_edited_quote_is_approved_with_ctrl_enter(qtbot, demo_database):
    dialog = open_dialog(qtbot, demo_database)
    ui = dialog.ui
    assert ui.stack.currentWidget() is ui.workPage
    assert dialog.model.rowCount() == 10
    first = dialog.current_quote()
    assert first.status == "new"
    assert ui.originalEdit.isReadOnly() and ui.originalEdit.toPlainText() == first.source_text
    assert ui.publicEdit.toPlainText() == first.source_text          # prefilled with what was told
    assert dialog.model.index(0, 0).data() == "nog beoordelen"

    # Live hints while typing: a name and a house number are flagged.
    replace_text(ui.publicEdit, "Buurvrouw Anja van nummer 12 doet boodschappen voor me — heel fijn.")
    hints = ui.hintsLabel.text()
    assert "Anja" in hints and "huisnummer" in hints
    assert ui.counterLabel.text() == f"67 / {MAX_QUOTE_LENGTH} tekens"

    edited = "Een buurvrouw doet boodschappen voor me — heel fijn."
    replace_text(ui.publicEdit, edited)
    assert dialog.hint_texts() == []
    assert "Geen getallen" in ui.hintsLabel.text()

    QTest.keyClick(ui.publicEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with demo_database.session() as session:
        assert approved_quotes(session, DEMO_ROUND) == (edited,)
    assert statuses(demo_database)[first.interview_id] == "approved"
    assert dialog.model.index(0, 0).data() == "goedgekeurd"
    assert ui.messageLabel.text().startswith("Goedgekeurd:")
    # On to the next story that still waits; the approved one shows its approved text when chosen again.
    assert dialog.current_quote().interview_id != first.interview_id
    assert dialog.current_quote().status == "new"
    qtbot.mouseClick(ui.quoteTable.viewport(), Qt.MouseButton.LeftButton,
                     pos=ui.quoteTable.visualRect(dialog.model.index(0, 1)).center())
    assert ui.publicEdit.toPlainText() == edited
    assert "Goedgekeurd door" in ui.decisionLabel.text()


def test_reject_and_errors_stay_in_the_dialog(qtbot, demo_database):
    dialog = open_dialog(qtbot, demo_database)
    ui = dialog.ui
    target = dialog.current_quote().interview_id
    qtbot.mouseClick(ui.rejectButton, Qt.MouseButton.LeftButton)
    assert statuses(demo_database)[target] == "rejected"
    assert dialog.model.index(dialog.model.row_of(target), 0).data() == "afgewezen"

    # Too long: the counter turns red and the service's Dutch sentence is shown; nothing is saved.
    current = dialog.current_quote().interview_id
    replace_text(ui.publicEdit, "lang " * 90)
    assert ui.counterLabel.text() == f"449 / {MAX_QUOTE_LENGTH} tekens"
    qtbot.mouseClick(ui.approveButton, Qt.MouseButton.LeftButton)
    assert "maak het korter dan 400 tekens" in ui.messageLabel.text()
    assert statuses(demo_database)[current] == "new"
    # Empty: also refused with a sentence.
    replace_text(ui.publicEdit, "")
    QTest.keyClick(ui.publicEdit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert "leeg" in ui.messageLabel.text()
    with demo_database.session() as session:
        assert approved_quotes(session, DEMO_ROUND) == ()


def test_a_round_without_stories_says_so(qtbot, database, make_building):
    building_id = make_building("Lege flat")
    with database.session() as session, session.begin():
        round_id = rounds.create_round(session, building_id, "Voorjaar").id
    dialog = open_dialog(qtbot, database, round_id)
    assert dialog.ui.stack.currentWidget() is dialog.ui.emptyPage
    assert dialog.ui.emptyLabel.isVisible()
    assert "nog geen verhalen" in dialog.ui.emptyLabel.text()
    assert dialog.current_quote() is None
    assert not dialog.approve_current()
