"""The questionnaire editor driven with the keyboard; every test checks what is in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy import func, select

from flatapp.domain.questionnaire import QuestionType, to_dict
from flatapp.gui.questionnaire_editor import (
    Draft,
    OptionTableModel,
    QuestionnaireEditorDialog,
    QuestionTreeModel,
    parse_codes,
)
from flatapp.services.questionnaires import (
    ensure_builtin_questionnaire,
    freeze_version,
    list_questionnaires,
    load_template,
    version_definition,
)
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from tests.gui.keyboard import type_text

DUTCH_TEXT = "Hoeveel buren kent u bij naam – ook van café ‘De Één’?"




@pytest.fixture(autouse=True)
def questions_asked(monkeypatch) -> list[str]:
    """QMessageBox.question answers "Discard" and is recorded instead of shown (never a modal box)."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_editor(qtbot, database, version_id: int | None = None) -> QuestionnaireEditorDialog:
    dialog = QuestionnaireEditorDialog(database, version_id)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 680)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def choose(qtbot, dialog: QuestionnaireEditorDialog, code: str) -> None:
    """Walk the tree with the arrow keys until the question is chosen."""
    tree = dialog.ui.treeView
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(60):
        question = dialog._current_question()
        if question is not None and question.code == code:
            return
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    raise AssertionError(f"question {code} not reached with the keyboard")


def stored(database, version_id: int):
    with database.session() as session:
        return version_definition(session, version_id)


def version_rows(database) -> list[tuple[int, bool]]:
    with database.session() as session:
        return [(v.number, v.frozen) for v in session.scalars(select(QuestionnaireVersion).order_by(QuestionnaireVersion.id))]


def save_with_keyboard(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


# ------------------------------------------------------------------------------------------

def test_opens_on_the_builtin_questionnaire(qtbot, database):
    dialog = open_editor(qtbot, database)
    info = dialog.version_info()
    assert info is not None and (info.name, info.number, info.frozen) == ("Kennen en helpen", 1, False)
    assert dialog.ui.versionCombo.currentText() == "Kennen en helpen · versie 1"
    assert dialog.ui.pages.currentWidget() is dialog.ui.questionPage
    assert dialog.ui.codeEdit.text() == "KN1"
    assert not dialog.ui.noticeLabel.isVisibleTo(dialog)
    assert dialog.ui.saveButton.text() == "&Opslaan"


def test_change_text_and_add_an_option_with_the_keyboard(qtbot, database):
    dialog = open_editor(qtbot, database)
    version_id = dialog.version_info().id
    ui = dialog.ui
    choose(qtbot, dialog, "KN1")

    # The question text: select all, type Dutch text.
    ui.textEdit.setFocus()
    qtbot.keyClick(ui.textEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(ui.textEdit, DUTCH_TEXT)
    assert dialog.is_dirty() and dialog.state_text() == "Niet opgeslagen wijzigingen"
    assert DUTCH_TEXT in dialog._tree.data(ui.treeView.currentIndex())

    # A new answer: the button by keyboard (Space), the label typed into the open cell, Enter.
    ui.addOptionButton.setFocus()
    qtbot.keyClick(ui.addOptionButton, Qt.Key.Key_Space)
    editor = QApplication.focusWidget()
    assert editor is not None and ui.optionsView.isAncestorOf(editor)
    type_text(editor, "Weet ik niet (één)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert dialog._options.rowCount() == 5

    save_with_keyboard(qtbot, dialog)
    assert dialog.error_text() == ""
    assert dialog.state_text() == "Opgeslagen."
    assert not dialog.is_dirty()

    question = stored(database, version_id).question("KN1")
    assert question.text == DUTCH_TEXT
    assert [(o.code, o.label) for o in question.options][-1] == (4, "Weet ik niet (één)")
    assert version_rows(database) == [(1, False)]          # edited in place
    # The rest is untouched.
    template = load_template()
    assert stored(database, version_id).question("SC1") == template.question("SC1")


def test_an_invalid_edit_shows_the_error_at_the_field_and_saves_nothing(qtbot, database):
    dialog = open_editor(qtbot, database)
    version_id = dialog.version_info().id
    with database.session() as session:
        before = session.get(QuestionnaireVersion, version_id).definition
    ui = dialog.ui
    choose(qtbot, dialog, "KN2")
    ui.codeEdit.setFocus()
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.codeEdit, "KN1")
    save_with_keyboard(qtbot, dialog)

    assert dialog.error_text() == "De code KN1 komt twee keer voor."
    assert ui.errorLabel.isVisibleTo(dialog)
    assert dialog._current_question() is dialog.draft().sections[0].questions[1]   # the second KN1
    assert ui.codeEdit.property("invalid") is True and QApplication.focusWidget() is ui.codeEdit
    assert dialog.is_dirty()
    with database.session() as session:
        assert session.get(QuestionnaireVersion, version_id).definition == before

    # Typing again clears the message; a clean save works.
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(ui.codeEdit, "9")
    assert dialog.error_text() == "" and not ui.codeEdit.property("invalid")
    save_with_keyboard(qtbot, dialog)
    assert dialog.error_text() == ""
    definition = stored(database, version_id)
    assert [q.code for q in definition.questions()][:3] == ["KN1", "KN9", "KN3"]
    # Its skip rule still points at the real KN1, not at itself.
    assert definition.question("KN9").skip_if.question == "KN1"


def test_mark_a_question_sensitive_with_keyboard_and_mouse(qtbot, database):
    dialog = open_editor(qtbot, database)
    version_id = dialog.version_info().id
    ui = dialog.ui
    check = ui.sensitiveCheck
    assert check.text() == "Gevoelig: in openbare uitvoer nooit 0% of 100%"

    # The template marks WO2 (nuisance about named things); the mark is shown.
    choose(qtbot, dialog, "WO2")
    assert check.isEnabled() and check.isChecked()

    # KN3 (yes/no): tabbed to from "Persoonsgegevens" (past the disabled "Omgekeerd scoren"), ticked
    # with the space bar.
    choose(qtbot, dialog, "KN3")
    assert check.isEnabled() and not check.isChecked() and not ui.reversedCheck.isEnabled()
    ui.personalCheck.setFocus()
    qtbot.keyClick(ui.personalCheck, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is check
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked() and dialog.is_dirty()

    # HP1 (single choice) ticked with the mouse.
    choose(qtbot, dialog, "HP1")
    assert not check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked()

    # Not for a homes, text or number question: disabled, and the tooltip says why.
    other = next(q for q in dialog.draft().questions() if q.type is QuestionType.HOMES)
    choose(qtbot, dialog, other.code)
    assert not check.isEnabled() and not check.isChecked()
    assert "Alleen voor keuzevragen" in check.toolTip()

    save_with_keyboard(qtbot, dialog)
    assert dialog.error_text() == "" and dialog.state_text() == "Opgeslagen."
    definition = stored(database, version_id)
    assert definition.question("KN3").sensitive is True
    assert definition.question("HP1").sensitive is True
    assert definition.question("WO2").sensitive is True             # kept when saved in the editor
    assert definition.question(other.code).sensitive is False
    assert [q.code for q in definition.questions() if q.sensitive] == ["KN3", "HP1", "WO2"]

    # Unticked again with the keyboard and saved: gone.
    choose(qtbot, dialog, "KN3")
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert dialog.save()
    assert stored(database, version_id).question("KN3").sensitive is False


def test_a_frozen_version_keeps_its_sensitive_marks(qtbot, database):
    with database.session() as session, session.begin():
        v1 = ensure_builtin_questionnaire(session).id
        freeze_version(session, v1)
    dialog = open_editor(qtbot, database, v1)
    choose(qtbot, dialog, "KN4")
    dialog.ui.sensitiveCheck.setFocus()
    qtbot.keyClick(dialog.ui.sensitiveCheck, Qt.Key.Key_Space)
    save_with_keyboard(qtbot, dialog)
    assert dialog.error_text() == ""
    info = dialog.version_info()
    assert info.number == 2
    assert stored(database, info.id).question("KN4").sensitive is True
    assert stored(database, v1).question("KN4").sensitive is False        # version 1 is not changed
    assert stored(database, v1) == load_template()


def test_moving_a_question_above_its_skip_source_is_refused(qtbot, database):
    dialog = open_editor(qtbot, database)
    version_id = dialog.version_info().id
    choose(qtbot, dialog, "KN1")
    qtbot.keyClick(dialog.ui.treeView, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)   # KN1 below KN2
    assert [q.code for q in dialog.draft().sections[0].questions][:2] == ["KN2", "KN1"]
    assert dialog._current_question().code == "KN1"
    assert dialog.save() is False
    assert "vraag KN2: de sla-over-regel verwijst naar vraag KN1" in dialog.error_text()
    assert dialog._current_question().code == "KN2"
    assert stored(database, version_id) == load_template()


def test_skip_answers_must_be_numbers(qtbot, database):
    dialog = open_editor(qtbot, database)
    version_id = dialog.version_info().id
    choose(qtbot, dialog, "KN2")
    edit = dialog.ui.skipAnswersEdit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "geen")
    assert dialog.save() is False
    assert "alleen antwoordcodes" in dialog.error_text()
    assert QApplication.focusWidget() is edit
    assert stored(database, version_id) == load_template()


def test_saving_a_frozen_version_says_so_and_makes_version_2(qtbot, database):
    with database.session() as session, session.begin():
        v1 = ensure_builtin_questionnaire(session).id
        freeze_version(session, v1)
    dialog = open_editor(qtbot, database, v1)
    ui = dialog.ui
    assert ui.noticeLabel.isVisibleTo(dialog)
    assert "Versie 1 is vastgezet" in ui.noticeLabel.text() and "nieuwe versie 2" in ui.noticeLabel.text()
    assert ui.saveButton.text() == "&Opslaan als versie 2"
    assert ui.versionCombo.currentText() == "Kennen en helpen · versie 1 (vastgezet)"

    choose(qtbot, dialog, "KN4")
    ui.textEdit.setFocus()
    qtbot.keyClick(ui.textEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(ui.textEdit, "Praat u weleens met buren – even een praatje?")
    save_with_keyboard(qtbot, dialog)

    assert dialog.error_text() == ""
    assert dialog.state_text() == "Opgeslagen als nieuwe versie 2; versie 1 is niet veranderd."
    info = dialog.version_info()
    assert (info.number, info.frozen) == (2, False)
    assert ui.versionCombo.currentText() == "Kennen en helpen · versie 2"
    assert not ui.noticeLabel.isVisibleTo(dialog) and ui.saveButton.text() == "&Opslaan"
    assert dialog._current_question().code == "KN4"       # the place is kept
    assert version_rows(database) == [(1, True), (2, False)]
    assert stored(database, v1) == load_template()
    assert stored(database, info.id).question("KN4").text == "Praat u weleens met buren – even een praatje?"


def test_copy_keeps_the_original_and_carries_unsaved_edits(qtbot, database, monkeypatch):
    dialog = open_editor(qtbot, database)
    original = dialog.version_info().id
    choose(qtbot, dialog, "KN3")
    dialog.ui.helpEdit.setFocus()
    type_text(dialog.ui.helpEdit, "Ook ‘hoi’ zeggen telt.")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Kennen en helpen Sneek", True))
    dialog.ui.copyButton.setFocus()
    qtbot.keyClick(dialog.ui.copyButton, Qt.Key.Key_Space)

    assert dialog.error_text() == ""
    info = dialog.version_info()
    assert info.name == "Kennen en helpen Sneek" and info.id != original and not dialog.is_dirty()
    assert "Kopie ‘Kennen en helpen Sneek’ gemaakt" in dialog.state_text()
    assert stored(database, original) == load_template()
    assert stored(database, info.id).question("KN3").help == "Ook ‘hoi’ zeggen telt."
    with database.session() as session:
        assert [r.name for r in list_questionnaires(session)] == ["Kennen en helpen", "Kennen en helpen Sneek"]
    # A second copy with the same name is refused with a clear message.
    assert dialog.copy_current("kennen en helpen sneek") is False
    assert "al een vragenlijst met de naam" in dialog.error_text()


def test_add_move_and_remove_questions(qtbot, database, questions_asked):
    dialog = open_editor(qtbot, database)
    version_id = dialog.version_info().id
    ui = dialog.ui
    choose(qtbot, dialog, "KN5")
    qtbot.keyClick(ui.treeView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = dialog._current_question()
    assert new.code == "KN6" and QApplication.focusWidget() is ui.textEdit
    type_text(ui.textEdit, "Weet u wie uw buren zijn?")
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(QuestionType.YES_NO))
    assert not ui.questionForm.isRowVisible(ui.rangeWidget)
    assert dialog._options.is_fixed() and dialog._options.rowCount() == 2
    ui.treeView.setFocus()
    qtbot.keyClick(ui.treeView, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # into "Elkaar helpen"
    assert [q.code for q in dialog.draft().sections[1].questions][:2] == ["KN6", "HP1"]
    assert dialog.save()
    definition = stored(database, version_id)
    assert [q.code for q in definition.sections[1].questions][:2] == ["KN6", "HP1"]
    assert definition.question("KN6").type is QuestionType.YES_NO

    ui.treeView.setFocus()
    ui.removeButton.click()
    assert dialog.save()
    assert "KN6" not in [q.code for q in stored(database, version_id).questions()]
    assert questions_asked == []          # a question goes without asking; a section with questions asks


def test_renaming_a_question_keeps_skip_rules_pointing_at_it(qtbot, database):
    dialog = open_editor(qtbot, database)
    version_id = dialog.version_info().id
    choose(qtbot, dialog, "CT1")
    edit = dialog.ui.codeEdit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "CONTACT")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert dialog.save(), dialog.error_text()
    definition = stored(database, version_id)
    assert definition.question("CT2").skip_if.question == "CONTACT"
    assert definition.question("CT3").skip_if.question == "CONTACT"


def test_closing_with_unsaved_changes_asks(qtbot, database, questions_asked):
    dialog = open_editor(qtbot, database)
    choose(qtbot, dialog, "KN1")
    dialog.ui.helpEdit.setFocus()
    type_text(dialog.ui.helpEdit, "x")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions_asked) == 1 and "nog niet zijn opgeslagen" in questions_asked[0]
    assert not dialog.isVisible()
    assert stored(database, dialog.version_info().id) == load_template()


def test_the_models_pass_the_model_tester(qtmodeltester):
    draft = Draft.from_questionnaire(load_template())
    tree = QuestionTreeModel()
    tree.set_draft(draft)
    qtmodeltester.check(tree)
    assert tree.rowCount() == 1 + len(draft.sections)
    assert tree.kind(tree.index_for(4, 0)) == QuestionTreeModel.QUESTION
    assert tree.location(tree.index_for(4, 0)) == (4, 0)
    options = OptionTableModel()
    options.set_options(draft.sections[0].questions[0].options)
    qtmodeltester.check(options)
    assert options.data(options.index(0, OptionTableModel.COL_LABEL)) == "Geen (0 buren)"
    assert not options.setData(options.index(0, OptionTableModel.COL_CODE), "nul")


def test_draft_round_trip_and_code_parsing():
    template = load_template()
    assert to_dict(Draft.from_questionnaire(template).build()) == to_dict(template)
    assert parse_codes("0") == (0,)
    assert parse_codes("1, 2") == (1, 2) and parse_codes("1 of 2") == (1, 2) and parse_codes("2;2") == (2,)
    assert parse_codes("") == ()
    assert parse_codes("een") is None


def test_the_dialog_fits_a_small_laptop_screen(qtbot, database):
    dialog = open_editor(qtbot, database)
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    with database.session() as session:
        assert session.scalar(select(func.count(QuestionnaireVersion.id))) == 1
