"""The paper-form entry screen, driven with the keyboard alone (QKeyEvents, so Dutch text works)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from flatapp.gui.interview_form import SAVE_DELAY_MS, InterviewEntryWidget
from flatapp.services import interviews
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import create_round
from tests.answers_fill import complete_filled


class Typist:
    """Sends keys to whatever has the focus, as a person would, and counts every key pressed."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def _send(self, key, text: str = "", modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
        self.count += 1

    def type(self, text: str) -> None:
        for char in text:
            if char.isdigit():
                key = Qt.Key(Qt.Key.Key_0.value + int(char))
            elif char == " ":
                key = Qt.Key.Key_Space
            else:
                key = Qt.Key.Key_unknown
            self._send(key, char)

    def enter(self) -> None:
        self._send(Qt.Key.Key_Return, "\r")

    def ctrl_enter(self) -> None:
        self._send(Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.ControlModifier)

    def key(self, key) -> None:
        self._send(key)


@pytest.fixture
def round_setup(database, make_building):
    building_id = make_building("Vogelflat")
    with database.session() as session, session.begin():
        round_id = create_round(session, building_id, "Voorjaar 2026").id
    with database.session() as session:
        homes = list_home_rows(session, building_id)
    return round_id, {home.number_label: home for home in homes}


def show_entry(qtbot, database, round_id: int, mode: str = "entry") -> InterviewEntryWidget:
    """The entry form on screen, the cursor in the home field, as a typist finds it."""
    widget = InterviewEntryWidget(database, round_id, mode=mode)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.ui.homeEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.ui.homeEdit)
    return widget


@pytest.fixture
def open_form(qtbot, database):
    def make(round_id: int, mode: str = "entry") -> InterviewEntryWidget:
        return show_entry(qtbot, database, round_id, mode)

    return make


def stored(database, round_id):
    with database.session() as session:
        return interviews.list_interviews(session, round_id)


def focused_code(widget: InterviewEntryWidget) -> str | None:
    focus = QApplication.focusWidget()
    if focus is widget.ui.homeEdit:
        return "home"
    return next((code for code, field in widget.fields.items() if field.editor is focus), None)


def finish_with_question_marks(widget: InterviewEntryWidget, typist: Typist) -> None:
    """After a Ctrl+Enter that said which questions are open: mark each '?' (the cursor waits there)."""
    for _ in range(len(widget.fields)):
        if "nog open" not in widget.status_text():
            return
        typist.type("?"); typist.ctrl_enter()
    raise AssertionError(widget.status_text())


def test_one_whole_typical_form_by_keyboard_with_keystroke_count(database, round_setup, open_form, qtbot):
    round_id, homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)

    # A typical "Kennen en helpen" paper form: knows 3-5 neighbours (names two), greets, chats, no
    # visits, would help (boodschappen, container), might ask for help, a short remark about the flat
    # with an accent, bothered by noise, would join the coffee morning but organise nothing, no story,
    # no contact, 65-75, lives alone. Empty optional text fields are passed with one Enter.
    typist.type("12"); typist.enter()                 # home by house number
    assert focused_code(widget) == "KN1"
    typist.type("2")                                   # single choice: the code moves on by itself
    assert focused_code(widget) == "KN2"
    typist.type("11 14"); typist.enter()               # which neighbours: house numbers
    assert "11" in widget.fields["KN2"].info_label.text()
    typist.type("1"); typist.type("1"); typist.type("2")   # KN3 KN4 KN5 yes/no
    typist.type("1")                                   # HP1
    assert focused_code(widget) == "HP2"
    typist.type("2 1"); typist.enter()                 # HP2 multiple
    typist.enter()                                     # HP3 empty
    typist.type("2")                                   # HP4
    assert focused_code(widget) == "WO1"
    typist.type("Rustig en privé"); typist.enter()     # WO1 long text: Enter moves on
    typist.type("2"); typist.enter()                   # WO2
    typist.enter()                                     # WO3 empty
    typist.type("3"); typist.enter()                   # ON1
    typist.type("6"); typist.enter()                   # ON2
    typist.enter()                                     # ON3 empty
    typist.enter()                                     # VH1 empty
    typist.enter()                                     # VH2 empty
    typist.type("2")                                   # CT1 no → CT2, CT3 skipped
    assert focused_code(widget) == "PR1"
    assert widget.fields["CT2"].skipped and widget.fields["CT3"].skipped
    typist.type("4"); typist.type("1")                 # PR1, PR2
    typist.ctrl_enter()

    print(f"\nkeystrokes for one typical 'Kennen en helpen' form: {typist.count}")
    assert typist.count <= 60
    assert typist.count == 50
    [row] = stored(database, round_id)
    assert row.status == "complete"
    assert row.home_code == homes["12"].code
    assert row.answers == {
        "KN1": 2, "KN2": [homes["11"].code, homes["14"].code], "KN3": 1, "KN4": 1, "KN5": 2,
        "HP1": 1, "HP2": [1, 2], "HP4": 2, "WO1": "Rustig en privé", "WO2": [2], "ON1": [3], "ON2": [6],
        "CT1": 2, "PR1": 4, "PR2": 1,
    }
    assert "Opgeslagen: woning " + homes["12"].code in widget.status_text()
    assert focused_code(widget) == "home"
    assert widget.ui.homeEdit.text() == ""
    assert all(not field.text() for field in widget.fields.values())


def test_skip_rules_grey_out_and_enter_passes_them(round_setup, open_form, qtbot):
    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("1"); typist.enter()
    typist.type("0")                                   # knows nobody → KN2 does not apply
    assert widget.fields["KN2"].skipped
    assert not widget.fields["KN2"].editor.isEnabled()
    assert focused_code(widget) == "KN3"
    typist.key(Qt.Key.Key_Up)                          # ↑ goes back over the skipped question too
    assert focused_code(widget) == "KN1"
    typist.key(Qt.Key.Key_Backspace); typist.type("1")
    assert not widget.fields["KN2"].skipped
    assert focused_code(widget) == "KN2"


def test_unknown_code_and_home_not_in_block_show_inline_errors(round_setup, open_form, qtbot):
    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("12"); typist.enter()
    typist.type("9")
    assert focused_code(widget) == "KN1"               # not a code: no jump
    typist.enter()
    assert focused_code(widget) == "KN1"               # the first Enter shows the error and stays
    assert "bestaat niet" in widget.fields["KN1"].error_label.text()
    typist.key(Qt.Key.Key_Backspace); typist.type("1")
    assert widget.fields["KN1"].error_label.text() == ""
    assert focused_code(widget) == "KN2"
    typist.type("11, 99"); typist.enter()
    assert "99 is geen woning in deze flat" in widget.fields["KN2"].error_label.text()
    assert focused_code(widget) == "KN2"


def test_home_not_in_block_is_refused_at_the_home_field(round_setup, open_form, qtbot):
    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("77"); typist.enter()
    assert "hoort niet bij deze flat" in widget.ui.homeErrorLabel.text()
    assert focused_code(widget) == "home"


def test_ctrl_enter_with_errors_keeps_a_draft_and_focuses_the_error(database, round_setup, open_form, qtbot):
    round_id, homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("12"); typist.enter()
    typist.type("2")
    typist.type("11, 99"); typist.enter(); typist.enter()   # 99 is not in the block
    typist.ctrl_enter()
    assert "Nog niet compleet" in widget.status_text()
    assert focused_code(widget) == "KN2"
    [row] = stored(database, round_id)
    assert row.status == "draft"
    assert row.answers == {"KN1": 2, "KN2": [homes["11"].code]}


def test_ctrl_enter_on_an_empty_form_saves_nothing(database, round_setup, open_form, qtbot):
    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.ctrl_enter()
    assert "leeg" in widget.status_text()
    typist.type("12"); typist.enter()
    typist.ctrl_enter()
    assert "leeg" in widget.status_text()
    assert stored(database, round_id) == []


def test_draft_survives_a_crash_and_is_offered_back(database, round_setup, open_form, qtbot):
    round_id, homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("12"); typist.enter()
    typist.type("0"); typist.type("1")                 # KN1 0 skips KN2; KN3 1
    # KN3 is not left: the debounced save alone must keep it.
    qtbot.waitUntil(lambda: [r.answers for r in stored(database, round_id)] == [{"KN1": 0, "KN3": 1}],
                    timeout=SAVE_DELAY_MS * 5)
    widget._save_timer.stop()
    widget.deleteLater()                               # the window is gone, as after a crash
    qtbot.wait(10)

    again = open_form(round_id)
    code = homes["12"].code
    assert again.draft_offer_text() == f"Er is een niet-afgemaakt formulier voor woning {code}. Verder gaan?"
    again.ui.resumeButton.click()
    assert again.fields["KN1"].text() == "0"
    assert again.fields["KN3"].text() == "1"
    assert again.draft_offer_text() == ""
    assert focused_code(again) == "KN1"


def test_typing_a_home_with_an_interview_opens_it(database, round_setup, open_form, qtbot):
    round_id, homes = round_setup
    home = homes["21"]
    with database.session() as session, session.begin():
        complete_filled(session, round_id, home.id, {"KN1": 0, "KN3": 1, "WO1": "Fijn hier"}, None)
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("21"); typist.enter()
    assert widget.fields["KN1"].text() == "0"
    assert widget.fields["WO1"].text() == "Fijn hier"
    assert widget.fields["KN2"].skipped
    assert "had al een formulier" in widget.status_text()
    assert widget.ui.secondRespondentButton.isEnabled()
    widget.ui.secondRespondentButton.click()           # a second respondent only on purpose
    assert widget.respondent == 2
    assert widget.fields["KN1"].text() == ""
    typist.type("1"); typist.ctrl_enter()
    assert "nog open: KN3, KN4, KN5, HP1, HP4, WO2, ON1, ON2, CT1" in widget.status_text()
    assert sorted((r.respondent, r.status) for r in stored(database, round_id)) == [(1, "complete"), (2, "draft")]
    for _ in range(9):                  # the cursor waits at the first open question: mark it '?'
        assert focused_code(widget) in ("KN3", "KN4", "KN5", "HP1", "HP4", "WO2", "ON1", "ON2", "CT1")
        typist.type("?"); typist.ctrl_enter()
    rows = stored(database, round_id)
    assert sorted((r.respondent, r.status) for r in rows) == [(1, "complete"), (2, "complete")]
    second = next(r for r in rows if r.respondent == 2)
    assert second.answers["KN1"] == 1 and second.answers["CT1"] == "?" and "HP2" not in second.answers


def test_changing_a_complete_form_is_a_correction_by_ctrl_enter(database, round_setup, open_form, qtbot):
    round_id, homes = round_setup
    home = homes["21"]
    with database.session() as session, session.begin():
        complete_filled(session, round_id, home.id, {"KN1": 0}, None)
    open_form(round_id)
    typist = Typist(qtbot)
    typist.type("21"); typist.enter()
    typist.key(Qt.Key.Key_Backspace); typist.type("1")
    qtbot.wait(SAVE_DELAY_MS + 100)
    [row] = stored(database, round_id)
    assert row.answers["KN1"] == 0 and row.status == "complete"   # not a draft behind the user's back
    typist.ctrl_enter()
    [row] = stored(database, round_id)
    assert row.answers["KN1"] == 1 and row.status == "complete"


def test_a_save_from_another_window_gives_a_clear_message_and_reloads(database, round_setup, open_form, qtbot):
    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("12"); typist.enter()
    typist.type("1")
    widget.save_draft_now()
    [row] = stored(database, round_id)
    with database.session() as session, session.begin():   # the other window
        interviews.save_draft(session, round_id, row.home_id, {"KN1": 3}, row.version)
    typist.type("2")                                   # KN2 field gets a value → save → conflict
    widget.save_draft_now()
    assert "ander venster" in widget.status_text()
    assert widget.fields["KN1"].text() == "3"


def test_mouse_selects_and_ticks_options(database, round_setup, open_form, qtbot):
    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("12"); typist.enter()
    widget.fields["KN1"].options_label.linkActivated.emit("2")
    assert widget.fields["KN1"].text() == "2"
    widget.fields["HP2"].options_label.linkActivated.emit("3")
    widget.fields["HP2"].options_label.linkActivated.emit("1")
    assert widget.fields["HP2"].text() == "1 3"
    widget.fields["HP2"].editor.setFocus()
    typist.key(Qt.Key.Key_Down)                        # ↓ marks option 1, Space toggles it
    typist.key(Qt.Key.Key_Space)
    assert widget.fields["HP2"].text() == "3"


def test_screenshot_with_an_error(round_setup, open_form, qtbot, tmp_path):
    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("12"); typist.enter()
    typist.type("2")
    typist.type("11, 99"); typist.enter()
    typist.ctrl_enter()                                # errors: stays, says so, keeps the draft
    assert "Nog niet compleet" in widget.status_text()
    assert widget.ui.countLabel.text() == "0 afgerond · 1 concept"
    assert not widget.grab().isNull()


def test_home_field_autocompletes_within_the_block(round_setup, open_form, qtbot):
    round_id, homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("2")
    choices = widget._completer_model.stringList()
    assert choices and all(choice.split()[0] in {h.code for h in homes.values()} for choice in choices)
    assert any("Teststraat 21" in choice for choice in choices)
    chosen = next(choice for choice in choices if "Teststraat 23 " in choice)
    widget.completer.activated.emit(chosen)            # picked in the popup (arrow keys + Enter)
    assert widget.home is not None and widget.home.code == homes["23"].code
    assert focused_code(widget) == "KN1"


# --- correction history and throwing a draft away ---------------------------------------------------

def ctrl_h(qtbot) -> None:
    """Through Qt's shortcut handling (QTest sends the ShortcutOverride a real key press gets)."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)


def test_history_of_a_corrected_form_shows_labels_by_ctrl_h(database, round_setup, open_form, qtbot):
    from PySide6.QtCore import QTimer

    round_id, homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    typist.type("12"); typist.enter()
    typist.type("2")                                   # KN1: 3 tot en met 5 buren
    typist.type("11"); typist.enter()                  # KN2
    typist.ctrl_enter()
    finish_with_question_marks(widget, typist)
    [row] = stored(database, round_id)
    assert row.status == "complete"

    typist.type("12"); typist.enter()                  # open it again: complete, nothing corrected yet
    assert widget.ui.historyButton.isVisible() and not widget.ui.historyButton.isEnabled()
    assert widget.ui.discardButton.isHidden()          # never offered for a complete form
    assert focused_code(widget) == "KN1"
    typist.type("1")                                   # KN1: 1 of 2 buren (the code replaces the selection)
    typist.type("11 14"); typist.enter()               # KN2
    widget.fields["HP2"].editor.setFocus()
    typist.type("2 5")                                 # HP2 was unanswered
    typist.ctrl_enter()                                # the correction, checked and kept in the history
    assert "Opgeslagen" in widget.status_text()

    typist.type("12"); typist.enter()
    assert widget.ui.historyButton.isEnabled()
    seen = {}

    def look():
        dialog = widget.history_dialog
        seen["rows"] = dialog.model.texts()
        seen["headers"] = [dialog.model.headerData(c, Qt.Orientation.Horizontal)
                           for c in range(dialog.model.columnCount())]
        seen["intro"] = dialog.ui.introLabel.text()
        seen["empty_shown"] = dialog.ui.emptyLabel.isVisible()
        dialog.reject()

    QTimer.singleShot(0, look)
    ctrl_h(qtbot)
    assert widget.history_dialog is None               # closed again
    c11, c14 = homes["11"].code, homes["14"].code
    assert seen["headers"] == ["Datum en tijd", "Door", "Vraag", "Oud antwoord", "Nieuw antwoord", "Reden"]
    assert [r[2:] for r in seen["rows"]] == [
        ("KN1 Hoeveel buren in deze flat kent u bij naam?", "3 tot en met 5 buren", "1 of 2 buren", "correctie"),
        ("KN2 Welke buren zijn dat? Noem hun huisnummers.", c11, f"{c11}, {c14}", "correctie"),
        ("HP2 Waarmee zou u een buur willen helpen?", "(geen antwoord)",
         "Boodschappen doen, Een praatje, gezelschap", "correctie"),
    ]
    import re

    assert all(re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", r[0]) for r in seen["rows"])
    assert all(r[1] for r in seen["rows"])             # the OS account
    assert homes["12"].code in seen["intro"] and not seen["empty_shown"]


def test_history_shortcut_on_a_draft_or_an_empty_form_explains(database, round_setup, open_form, qtbot):
    round_id, _homes = round_setup
    widget = open_form(round_id)
    ctrl_h(qtbot)
    assert widget.history_dialog is None
    assert "alleen van een afgerond formulier" in widget.status_text()


def test_an_empty_history_says_so(database, round_setup, qtbot):
    from flatapp.gui.interview_history import InterviewHistoryDialog
    from flatapp.services.questionnaires import questionnaire_for_round

    round_id, _homes = round_setup
    with database.session() as session:
        questionnaire = questionnaire_for_round(session, round_id)
    dialog = InterviewHistoryDialog([], questionnaire, "woning VF-001")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.historyTable.isHidden()
    assert dialog.ui.emptyLabel.isVisible()
    assert "niet gecorrigeerd" in dialog.ui.emptyLabel.text()


@pytest.fixture
def answer_question(monkeypatch):
    """QMessageBox.question answers as told and records what it asked."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def install(answer):
        def question(parent, title, text, buttons, default):
            asked.append((title, text, default))
            focus = QApplication.focusWidget()
            if focus is not None:
                focus.clearFocus()             # as the modal box takes the focus (the field saves on leaving)
            return answer
        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        return asked

    return install


def type_a_draft(widget, typist, database, round_id):
    typist.type("12"); typist.enter()
    typist.type("2")
    widget.save_draft_now()
    [row] = stored(database, round_id)
    assert row.status == "draft"
    assert widget.ui.discardButton.isVisible()
    assert widget.ui.historyButton.isHidden()          # a draft has no history
    return row


def test_discard_a_draft_after_yes(database, round_setup, open_form, qtbot, answer_question):
    from PySide6.QtWidgets import QMessageBox

    round_id, homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    type_a_draft(widget, typist, database, round_id)
    typist.type("11")                                  # still being typed: lost as well
    asked = answer_question(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(widget.ui.discardButton, Qt.MouseButton.LeftButton)
    [(title, text, default)] = asked
    assert title == "Concept weggooien"
    assert homes["12"].code in text and "gaan verloren" in text
    assert default == QMessageBox.StandardButton.No
    assert stored(database, round_id) == []
    qtbot.wait(SAVE_DELAY_MS + 100)                    # nothing comes back by a late save
    assert stored(database, round_id) == []
    assert widget.home is not None and widget.home.code == homes["12"].code
    assert widget.ui.homeEdit.text() == homes["12"].code
    assert widget.interview is None
    assert all(not field.text() for field in widget.fields.values())
    assert widget.ui.discardButton.isHidden()
    assert "weggegooid" in widget.status_text()
    assert widget.ui.countLabel.text() == "0 afgerond · 0 concept"


def test_discard_a_draft_answered_no_keeps_it(database, round_setup, open_form, qtbot, answer_question):
    from PySide6.QtWidgets import QMessageBox

    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    type_a_draft(widget, typist, database, round_id)
    answer_question(QMessageBox.StandardButton.No)
    widget.ui.discardButton.click()
    [row] = stored(database, round_id)
    assert row.status == "draft" and row.answers == {"KN1": 2}
    assert widget.fields["KN1"].text() == "2"
    assert widget.ui.discardButton.isVisible()


def test_discard_after_another_window_saved_gives_the_conflict_message(database, round_setup, open_form, qtbot,
                                                                        answer_question):
    from PySide6.QtWidgets import QMessageBox

    round_id, _homes = round_setup
    widget = open_form(round_id)
    typist = Typist(qtbot)
    row = type_a_draft(widget, typist, database, round_id)
    with database.session() as session, session.begin():   # the other window
        interviews.save_draft(session, round_id, row.home_id, {"KN1": 3}, row.version)
    answer_question(QMessageBox.StandardButton.Yes)
    widget.ui.discardButton.click()
    assert "ander venster" in widget.status_text()
    [again] = stored(database, round_id)
    assert again.answers == {"KN1": 3}
    assert widget.fields["KN1"].text() == "3"


def test_verify_mode_offers_neither_history_nor_discard(round_setup, open_form):
    round_id, _homes = round_setup
    widget = open_form(round_id, mode="verify")
    assert widget.ui.historyButton.isHidden() and widget.ui.discardButton.isHidden()


def typed_over_anothers_save(widget, typist, database, round_id):
    """KN1=1 saved as a draft, then another user saves KN1=3 on it, then this typist types KN2=2."""
    typist.type("12"); typist.enter()
    typist.type("1")
    widget.save_draft_now()
    [row] = stored(database, round_id)
    with database.session() as session, session.begin():   # the other user
        interviews.save_draft(session, round_id, row.home_id, {"KN1": 3}, row.version)
    typist.type("2")
    widget.save_draft_now()


def test_a_conflicting_form_shows_both_answers_per_question_and_keeps_mine(database, round_setup, open_form, qtbot,
                                                                            conflict_choice):
    round_id, _homes = round_setup
    shown = conflict_choice(lambda dialog: dialog.keep_mine.click())
    widget = open_form(round_id)
    typed_over_anothers_save(widget, Typist(qtbot), database, round_id)
    [dialog] = shown
    rows = {dialog.table.item(r, 0).text().split()[0]: r for r in range(dialog.table.rowCount())}
    assert set(rows) == {"KN1", "KN2"}
    assert dialog.table.cellWidget(rows["KN1"], 2).text() == "'3'"        # the other's answer beside mine
    [row] = stored(database, round_id)
    assert row.answers == {"KN1": 1, "KN2": ["VO-002"]} and row.version == 3
    assert widget.fields["KN1"].text() == "1" and widget.interview.version == 3


def test_a_conflicting_form_merges_per_question(database, round_setup, open_form, qtbot, conflict_choice):
    round_id, _homes = round_setup

    def take_their_kn1(dialog):
        dialog.choose_field("KN1", theirs=True)
        dialog.merge.click()
    conflict_choice(take_their_kn1)
    widget = open_form(round_id)
    typed_over_anothers_save(widget, Typist(qtbot), database, round_id)
    [row] = stored(database, round_id)
    assert row.answers == {"KN1": 3, "KN2": ["VO-002"]}
    assert widget.fields["KN1"].text() == "3" and widget.fields["KN2"].text() == "2"


def test_a_conflicting_form_cancelled_keeps_the_typing_and_saves_nothing(database, round_setup, open_form, qtbot,
                                                                         conflict_choice):
    round_id, _homes = round_setup
    conflict_choice(lambda dialog: dialog.cancel.click())
    widget = open_form(round_id)
    typed_over_anothers_save(widget, Typist(qtbot), database, round_id)
    [row] = stored(database, round_id)
    assert row.answers == {"KN1": 3}
    assert widget.fields["KN1"].text() == "1" and widget.fields["KN2"].text() == "2"
    assert "Niet opgeslagen" in widget.status_text()


def test_a_conflicting_form_takes_the_others_version(database, round_setup, open_form, qtbot, conflict_choice):
    round_id, _homes = round_setup
    conflict_choice(lambda dialog: dialog.take_theirs.click())
    widget = open_form(round_id)
    typed_over_anothers_save(widget, Typist(qtbot), database, round_id)
    [row] = stored(database, round_id)
    assert row.answers == {"KN1": 3}
    assert widget.fields["KN1"].text() == "3" and widget.fields["KN2"].text() == ""
