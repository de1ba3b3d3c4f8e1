"""Renaming door outcome codes: typed in the table, saved at once, bad labels refused in Dutch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from flatapp.gui.outcome_codes_dialog import COL_LABEL, OutcomeCodesDialog
from flatapp.services import rounds
from tests.gui.keyboard import type_text


@pytest.fixture
def round_id(database, make_building):
    building_id = make_building("Codeflat")
    with database.session() as session, session.begin():
        return rounds.create_round(session, building_id, "Najaar").id


def edit_label(qtbot, dialog, row: int, text: str) -> None:
    table = dialog.ui.codeTable
    table.setCurrentIndex(dialog.model.index(row, COL_LABEL))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)  # the delegate's editor that F2 opened
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call.
    qtbot.waitUntil(lambda: table.findChild(QLineEdit) is None or not table.findChild(QLineEdit).isVisible())


def test_label_typed_in_the_table_is_saved(qtbot, database, round_id, qtmodeltester):
    dialog = OutcomeCodesDialog(database, round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == list(range(1, 10))
    edit_label(qtbot, dialog, 2, "niemand thuis – één keer")
    with database.session() as session:
        labels = {o.code: o.label for o in rounds.list_outcomes(session, round_id)}
    assert labels[3] == "niemand thuis – één keer"
    assert "Opgeslagen: 3" in dialog.ui.messageLabel.text()


def test_empty_or_duplicate_label_is_refused_and_nothing_changes(qtbot, database, round_id):
    dialog = OutcomeCodesDialog(database, round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with database.session() as session:
        before = {o.code: o.label for o in rounds.list_outcomes(session, round_id)}
    edit_label(qtbot, dialog, 0, before[4])
    assert "heet al" in dialog.ui.messageLabel.text()
    assert not dialog.rename(dialog.model.row_at(0).id, "   ")
    assert "mag niet leeg zijn" in dialog.ui.messageLabel.text()
    with database.session() as session:
        assert {o.code: o.label for o in rounds.list_outcomes(session, round_id)} == before
