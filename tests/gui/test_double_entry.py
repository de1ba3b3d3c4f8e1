"""Double entry: type a sample again blind, see only the differences, pick the right value with 1 / 2."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from flatapp.gui.double_entry import COMPARE_TAB, ENTRY_TAB, DoubleEntryDialog
from flatapp.services import interviews
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import create_round
from tests.answers_fill import complete_filled
from tests.gui.test_interview_form import Typist, finish_with_question_marks

FIRST_ENTRY = {
    "1": {"KN1": 1, "KN2": ["12"], "KN3": 1, "WO1": "Rustig en privé"},
    "2": {"KN1": 0, "KN3": 2},
    "3": {"KN1": 3, "KN3": 1, "PR1": 2},
}


@pytest.fixture
def round_with_forms(database, make_building):
    building_id = make_building("Vogelflat")
    with database.session() as session, session.begin():
        round_id = create_round(session, building_id, "Voorjaar 2026").id
    with database.session() as session:
        homes = {h.number_label: h for h in list_home_rows(session, building_id)}
    with database.session() as session, session.begin():
        for number, answers in FIRST_ENTRY.items():
            encoded = dict(answers)
            if "KN2" in encoded:
                encoded["KN2"] = [homes[n].code for n in encoded["KN2"]]
            complete_filled(session, round_id, homes[number].id, encoded, None)
    return round_id, homes


def answers_of(database, round_id):
    with database.session() as session:
        return {row.home_code: row.answers for row in interviews.list_interviews(session, round_id)}


def test_type_sample_blind_compare_and_resolve(database, round_with_forms, qtbot):
    round_id, homes = round_with_forms
    dialog = DoubleEntryDialog(database, round_id)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "0 van 3" in dialog.stats_text()

    dialog.ui.allButton.click()
    dialog.ui.sampleButton.click()
    assert dialog.ui.tabs.currentIndex() == ENTRY_TAB
    entry = dialog.entry
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.ui.homeEdit)
    typist = Typist(qtbot)

    # Home 1: the second typist reads KN1 as 2 instead of 1 (and names 12 as well).
    typist.type("1"); typist.enter()
    assert all(not f.text() for f in entry.fields.values())      # blind: the first answers stay hidden
    typist.type("2"); typist.type("12"); typist.enter(); typist.type("1")
    entry.fields["WO1"].editor.setFocus()
    typist.type("Rustig en privé")
    typist.ctrl_enter()
    finish_with_question_marks(entry, typist)        # the rest as on paper: '?' (weet niet) both times
    assert "1 verschillen" in entry.status_text()
    # Home 2: the same as the first typing.
    typist.type("2"); typist.enter(); typist.type("0"); typist.type("2"); typist.ctrl_enter()
    finish_with_question_marks(entry, typist)
    assert "0 verschillen" in entry.status_text()
    # Home 77 is not in the sample (not even in the block).
    typist.type("77"); typist.enter()
    assert "steekproef" in entry.ui.homeErrorLabel.text()
    entry.ui.homeEdit.clear()
    # Home 3: KN3 typed as 2, PR1 left empty.
    # (the Enter right after KN1's code only confirms it; the second Enter passes the empty KN2)
    typist.type("3"); typist.enter(); typist.type("3"); typist.enter(); typist.enter(); typist.type("2")
    typist.ctrl_enter()
    finish_with_question_marks(entry, typist)
    assert "2 verschillen" in entry.status_text()

    # The whole sample is typed: on to the differences.
    assert dialog.ui.tabs.currentIndex() == COMPARE_TAB
    model = dialog.model
    rows = [(i.home_code, i.difference.question, i.difference.first, i.difference.second) for i in model.items]
    code1, code3 = homes["1"].code, homes["3"].code
    assert rows == [(code1, "KN1", 1, 2), (code3, "KN3", 1, 2), (code3, "PR1", 2, None)]
    assert model.data(model.index(0, model.COL_FIRST)) == "1 (1 of 2 buren)"
    assert model.data(model.index(2, model.COL_SECOND)) == "— (leeg)"

    table = dialog.ui.differenceTable
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    typist.type("1")     # KN1 of home 1: the paper says 1 (first entry right)
    typist.type("2")     # KN3 of home 3: the second entry is right
    assert model.items[2].chosen is None
    typist.ctrl_enter()  # home 3 is not fully chosen yet: only home 1 is stored
    assert [i.difference.question for i in model.items] == ["KN3", "PR1"]
    assert model.items[0].chosen is None           # reloaded from the database
    table.selectRow(0)
    typist.type("2"); typist.type("1")
    dialog.ui.resolveButton.click()
    assert model.rowCount() == 0

    stored = answers_of(database, round_id)
    assert stored[code1]["KN1"] == 1
    assert {k: v for k, v in stored[code3].items() if v != "?"} == {"KN1": 3, "KN3": 2, "PR1": 2}
    assert "3 van 3" in dialog.stats_text()
    rates = {dialog.ui.rateTable.item(r, 0).text().split()[0]: dialog.ui.rateTable.item(r, 1).text()
             for r in range(dialog.ui.rateTable.rowCount())}
    assert rates["KN1"] == "1 / 3"
    assert rates["KN3"] == "1 / 3"


def test_model_passes_the_model_tester(database, round_with_forms, qtmodeltester):
    round_id, _homes = round_with_forms
    dialog = DoubleEntryDialog(database, round_id)
    with database.session() as session, session.begin():
        row = interviews.list_interviews(session, round_id)[0]
        from flatapp.services.double_entry import save_verification

        save_verification(session, row.id, {"KN1": 2})
    dialog.load_differences()
    assert dialog.model.rowCount() > 0
    qtmodeltester.check(dialog.model)
    dialog.deleteLater()


def test_sample_without_complete_forms_says_so(database, make_building, qtbot):
    building_id = make_building("Leegflat")
    with database.session() as session, session.begin():
        round_id = create_round(session, building_id, "Leeg").id
    dialog = DoubleEntryDialog(database, round_id)
    qtbot.addWidget(dialog)
    dialog.ui.sampleButton.click()
    assert "geen afgeronde formulieren" in dialog.ui.sampleStatusLabel.text()
    assert dialog.ui.tabs.currentIndex() == 0

