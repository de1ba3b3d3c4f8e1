"""The property pages of the questionnaire editor: what the tree's current row shows, and its edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt

from flatapp.domain.questionnaire import QuestionType
from flatapp.gui.questionnaire_editor.draft import (
    DEFAULT_RANGE,
    FIXED_OPTIONS,
    FREE_OPTIONS,
    SENSITIVE_TYPES,
    QuestionDraft,
    SectionDraft,
    _one_line,
)
from flatapp.gui.questionnaire_editor.models import OptionTableModel, QuestionTreeModel

translate = QCoreApplication.translate


class PropertyPanels:
    """The pages on the right (general, section, question) and the edits made in them (mixed into the dialog)."""

    # ------------------------------------------------------------------ tree and pages

    def _current(self) -> tuple[str | None, int, int]:
        index = self.ui.treeView.currentIndex()
        s, q = self._tree.location(index)
        return self._tree.kind(index), s, q

    def _current_question(self) -> QuestionDraft | None:
        kind, s, q = self._current()
        return self._draft.sections[s].questions[q] if kind == QuestionTreeModel.QUESTION else None

    def _current_section(self) -> SectionDraft | None:
        kind, s, _q = self._current()
        return self._draft.sections[s] if kind == QuestionTreeModel.SECTION else None

    def _select(self, section: int, question: int = -1) -> None:
        index = self._tree.index_for(section, question)
        selection = self.ui.treeView.selectionModel()
        unchanged = selection.currentIndex() == index
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.ui.treeView.scrollTo(index)
        if unchanged:                  # no currentChanged signal: show it here
            self._show_item(index)

    def select_question(self, code: str) -> bool:
        """Choose a question by code (as a click in the tree would)."""
        if self._draft is None:
            return False
        for s, section in enumerate(self._draft.sections):
            for q, question in enumerate(section.questions):
                if question.code == code:
                    self._select(s, q)
                    return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._code_finished()
        self._show_item(current)

    def _show_item(self, index: QModelIndex) -> None:
        ui = self.ui
        kind = self._tree.kind(index)
        self._shown_question = None
        self._loading = True
        try:
            if kind == QuestionTreeModel.QUESTION:
                self._fill_question(*self._tree.location(index))
                ui.pages.setCurrentWidget(ui.questionPage)
            elif kind == QuestionTreeModel.SECTION:
                self._fill_section(self._tree.location(index)[0])
                ui.pages.setCurrentWidget(ui.sectionPage)
            else:
                draft = self._draft
                ui.titleEdit.setText(draft.title if draft else "")
                ui.introEdit.setPlainText(draft.intro if draft else "")
                ui.closingEdit.setPlainText(draft.closing if draft else "")
                ui.pages.setCurrentWidget(ui.generalPage)
        finally:
            self._loading = False
        self._update_tree_buttons()
        ui.editorScroll.verticalScrollBar().setValue(0)

    def _fill_section(self, s: int) -> None:
        ui, section = self.ui, self._draft.sections[s]
        ui.sectionHeading.setText(translate("QuestionnaireEditorDialog", "Onderdeel {number} van {total}").format(
            number=s + 1, total=len(self._draft.sections)))
        ui.sectionTitleEdit.setText(section.title)
        ui.sectionCodeEdit.setText(section.code)
        ui.sectionOptionalCheck.setChecked(section.optional)
        ui.sectionHint.setText(translate("QuestionnaireEditorDialog",
            "{count} vragen. De code van een optioneel onderdeel gebruikt een ronde om het aan of uit te "
            "zetten; verander hem liever niet meer als er al rondes mee gepland zijn.").format(
            count=len(section.questions)))

    def _fill_question(self, s: int, q: int) -> None:
        ui, question = self.ui, self._draft.sections[s].questions[q]
        flat = sum(len(x.questions) for x in self._draft.sections[:s]) + q
        ui.questionHeading.setText(translate("QuestionnaireEditorDialog",
            "Vraag {number} van {total} · {section}").format(
            number=flat + 1, total=len(self._draft.questions()), section=self._draft.sections[s].title))
        self._shown_question = question
        self._code_at_load = question.code
        ui.codeEdit.setText(question.code)
        ui.textEdit.setPlainText(question.text)
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(question.type))
        ui.requiredCheck.setChecked(question.required)
        ui.consentCheck.setChecked(question.consent)
        ui.personalCheck.setChecked(question.personal)
        ui.reversedCheck.setChecked(question.reversed)
        ui.sensitiveCheck.setChecked(question.sensitive)
        low, high = DEFAULT_RANGE
        ui.minimumSpin.setValue(question.minimum if question.minimum is not None else low)
        ui.maximumSpin.setValue(question.maximum if question.maximum is not None else high)
        ui.helpEdit.setText(question.help)
        ui.skipAnswersEdit.setText(question.skip_answers)
        self._fill_skip_combo(question, flat)
        self._show_type(question)

    def _fill_skip_combo(self, question: QuestionDraft, flat: int) -> None:
        combo = self.ui.skipCombo
        earlier = self._draft.questions()[:flat]
        combo.clear()
        combo.addItem(translate("QuestionnaireEditorDialog", "(nooit overslaan)"), "")
        for other in earlier:
            combo.addItem(f"{other.code} – {_one_line(other.text, 60)}", other.code)
        if question.skip_question and combo.findData(question.skip_question) < 0:
            combo.addItem(translate("QuestionnaireEditorDialog",
                "{code} (staat niet vóór deze vraag)").format(code=question.skip_question),
                          question.skip_question)
        combo.setCurrentIndex(max(0, combo.findData(question.skip_question)))
        self._update_skip_hint(question)

    def _update_skip_hint(self, question: QuestionDraft) -> None:
        ui = self.ui
        ui.skipAnswersEdit.setEnabled(bool(question.skip_question))
        if not question.skip_question:
            ui.skipHint.setText(translate("QuestionnaireEditorDialog", "Deze vraag wordt altijd gesteld."))
            return
        source = next((q for q in self._draft.questions() if q.code == question.skip_question), None)
        if source is None:
            ui.skipHint.setText(translate("QuestionnaireEditorDialog",
                "Vraag {code} bestaat niet (meer).").format(code=question.skip_question))
        elif source.type is QuestionType.NUMBER:
            ui.skipHint.setText(translate("QuestionnaireEditorDialog",
                "Antwoord op {code} is een getal van {low} tot en met {high}.").format(
                code=source.code, low=source.minimum, high=source.maximum))
        elif source.effective_options():
            codes = " · ".join(f"{code} = {label}" for code, label in source.effective_options())
            ui.skipHint.setText(translate("QuestionnaireEditorDialog",
                "Antwoordcodes van {code}: {codes}").format(code=source.code, codes=codes))
        else:
            ui.skipHint.setText(translate("QuestionnaireEditorDialog",
                "Vraag {code} heeft geen antwoordcodes; kies een keuzevraag.").format(
                code=source.code))

    def _show_type(self, question: QuestionDraft) -> None:
        ui = self.ui
        form = ui.questionForm
        form.setRowVisible(ui.rangeWidget, question.type is QuestionType.NUMBER)
        has_options = question.type in FREE_OPTIONS or question.type in FIXED_OPTIONS
        form.setRowVisible(ui.optionsWidget, has_options)
        if question.type in FREE_OPTIONS:
            self._options.set_options(question.options)
            ui.fixedOptionsLabel.setText(translate("QuestionnaireEditorDialog",
                "De code is wat de vrijwilliger omcirkelt en wat later wordt ingetypt (0 tot en met 99)."))
        elif question.type in FIXED_OPTIONS:
            self._options.set_options(None, question.effective_options())
            ui.fixedOptionsLabel.setText(translate("QuestionnaireEditorDialog",
                "Dit soort vraag heeft vaste antwoorden met vaste codes."))
        else:
            self._options.set_options(None, [])
        for button in (ui.addOptionButton, ui.removeOptionButton, ui.optionUpButton, ui.optionDownButton):
            button.setVisible(question.type in FREE_OPTIONS)
        ui.reversedCheck.setEnabled(question.type is QuestionType.AGREEMENT or question.reversed)
        # A mark left on a question whose type changed stays, and can still be taken off (it only makes
        # the public figures stricter); a new one is only for the questions shown as percentages.
        choice = question.type in SENSITIVE_TYPES
        ui.sensitiveCheck.setEnabled(choice or question.sensitive)
        ui.sensitiveCheck.setToolTip(self._sensitive_tip if choice else translate("QuestionnaireEditorDialog",
            "Alleen voor keuzevragen (één antwoord, meerdere antwoorden of ja / nee): alleen die staan als "
            "percentage op de poster, in de folder en op de dia’s."))
        self._fit_options_height()
        self._update_option_buttons()

    def _fit_options_height(self) -> None:
        """The table shows every answer (up to 12) without scrolling, and room for one more."""
        view = self.ui.optionsView
        rows = min(max(self._options.rowCount() + (0 if self._options.is_fixed() else 1), 3), 12)
        height = (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                  + 2 * view.frameWidth() + 2)
        view.setMinimumHeight(height)
        view.setMaximumHeight(height if rows < 12 else 16777215)

    def _update_tree_buttons(self) -> None:
        kind, s, q = self._current()
        ui = self.ui
        sections = self._draft.sections if self._draft else []
        if kind == QuestionTreeModel.QUESTION:
            last_section = s == len(sections) - 1
            can_up = q > 0 or s > 0
            can_down = q < len(sections[s].questions) - 1 or not last_section
        elif kind == QuestionTreeModel.SECTION:
            can_up, can_down = s > 0, s < len(sections) - 1
        else:
            can_up = can_down = False
        ui.upButton.setEnabled(can_up)
        ui.downButton.setEnabled(can_down)
        ui.removeButton.setEnabled(kind in (QuestionTreeModel.QUESTION, QuestionTreeModel.SECTION))
        ui.addQuestionButton.setEnabled(self._draft is not None)
        ui.addSectionButton.setEnabled(self._draft is not None)

    def _update_option_buttons(self) -> None:
        ui = self.ui
        row = ui.optionsView.currentIndex().row()
        editable = not self._options.is_fixed()
        count = self._options.rowCount()
        ui.addOptionButton.setEnabled(editable)
        ui.removeOptionButton.setEnabled(editable and 0 <= row < count)
        ui.optionUpButton.setEnabled(editable and 0 < row < count)
        ui.optionDownButton.setEnabled(editable and 0 <= row < count - 1)

    # ------------------------------------------------------------------ field edits

    def _set_general(self, name: str, value: str) -> None:
        if self._loading or self._draft is None:
            return
        setattr(self._draft, name, value)
        self._tree.refresh(self._tree.index_for(-1))
        self._edited()

    def _set_section(self, name: str, value) -> None:
        section = self._current_section()
        if self._loading or section is None:
            return
        setattr(section, name, value)
        self._tree.refresh(self.ui.treeView.currentIndex())
        self._edited()

    def _set_question(self, name: str, value) -> None:
        question = self._current_question()
        if self._loading or question is None:
            return
        setattr(question, name, value)
        self._tree.refresh(self.ui.treeView.currentIndex())
        self._edited()

    def _code_finished(self) -> None:
        """A renamed question keeps the skip rules that point at it."""
        question = self._shown_question
        if question is None or self._draft is None:
            return
        old, new = self._code_at_load, question.code
        codes = [q.code for q in self._draft.questions()]
        # Only a real rename: the old code is gone (it was no duplicate) and the new one is unique.
        if old and new and old != new and old not in codes and codes.count(new) == 1:
            for other in self._draft.questions():
                if other.skip_question == old:
                    other.skip_question = new
        self._code_at_load = new

    def _type_changed(self, _index: int) -> None:
        question = self._current_question()
        if self._loading or question is None:
            return
        question.type = QuestionType(self.ui.typeCombo.currentData())
        if question.type is QuestionType.NUMBER and (question.minimum is None or question.maximum is None):
            question.minimum, question.maximum = self.ui.minimumSpin.value(), self.ui.maximumSpin.value()
        self._tree.refresh(self.ui.treeView.currentIndex())
        self._edited()
        self._show_type(question)

    def _skip_question_changed(self, _index: int) -> None:
        question = self._current_question()
        if self._loading or question is None:
            return
        question.skip_question = self.ui.skipCombo.currentData() or ""
        self._update_skip_hint(question)
        self._edited()

    def _options_edited(self) -> None:
        if not self._loading:
            self._edited()
        self._fit_options_height()
        self._update_option_buttons()

    def add_option(self) -> None:
        question = self._current_question()
        if question is None or question.type not in FREE_OPTIONS:
            return
        row = self._options.add()
        view = self.ui.optionsView
        index = self._options.index(row, OptionTableModel.COL_LABEL)
        view.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.edit(index)

    def remove_option(self) -> None:
        if self._options.is_fixed():
            return
        row = self.ui.optionsView.currentIndex().row()
        self._options.remove(row)
        if self._options.rowCount():
            self.ui.optionsView.setCurrentIndex(self._options.index(min(row, self._options.rowCount() - 1), 1))

    def _move_option(self, delta: int) -> None:
        if self._options.is_fixed():
            return
        current = self.ui.optionsView.currentIndex()
        row = self._options.move(current.row(), delta)
        self.ui.optionsView.setCurrentIndex(self._options.index(row, max(0, current.column())))
