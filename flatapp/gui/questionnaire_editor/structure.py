"""Adding, removing and moving sections and questions in the questionnaire editor's tree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from flatapp.domain.questionnaire import QuestionType
from flatapp.gui.questionnaire_editor.draft import QuestionDraft, SectionDraft, _code_prefix
from flatapp.gui.questionnaire_editor.models import QuestionTreeModel

translate = QCoreApplication.translate


class TreeStructure:
    """The tree's buttons and shortcuts: new question or section, remove, up and down (mixed into the dialog)."""

    # ------------------------------------------------------------------ structure

    def _free_code(self, prefix: str) -> str:
        taken = {q.code for q in self._draft.questions()}
        number = 1
        while f"{prefix}{number}" in taken:
            number += 1
        return f"{prefix}{number}"

    def add_question(self) -> None:
        if self._draft is None:
            return
        kind, s, q = self._current()
        sections = self._draft.sections
        if not sections:
            sections.append(SectionDraft(
                self._free_section_code(), translate("QuestionnaireEditorDialog", "Nieuw onderdeel")))
        if kind is None or kind == QuestionTreeModel.GENERAL:
            s, q = 0, -1
        section = sections[s]
        neighbour = section.questions[q] if q >= 0 else (section.questions[-1] if section.questions else None)
        position = q + 1 if q >= 0 else len(section.questions)
        question = QuestionDraft(self._free_code(_code_prefix(neighbour.code) if neighbour else "V"), "",
                                 QuestionType.SINGLE)
        section.questions.insert(position, question)
        self._structure_changed(s, position)
        self.ui.textEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _free_section_code(self) -> str:
        taken = {s.code for s in self._draft.sections}
        number = 1
        while f"deel{number}" in taken:
            number += 1
        return f"deel{number}"

    def add_section(self) -> None:
        if self._draft is None:
            return
        kind, s, _q = self._current()
        position = s + 1 if kind in (QuestionTreeModel.SECTION, QuestionTreeModel.QUESTION) else len(self._draft.sections)
        self._draft.sections.insert(position, SectionDraft(
            self._free_section_code(), translate("QuestionnaireEditorDialog", "Nieuw onderdeel")))
        self._structure_changed(position, -1)
        self.ui.sectionTitleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.sectionTitleEdit.selectAll()

    def remove_current(self) -> None:
        kind, s, q = self._current()
        if self._draft is None or kind not in (QuestionTreeModel.QUESTION, QuestionTreeModel.SECTION):
            return
        sections = self._draft.sections
        if kind == QuestionTreeModel.QUESTION:
            del sections[s].questions[q]
            self._structure_changed(*self._valid_place((s, q if sections[s].questions else -1)))
            return
        section = sections[s]
        if section.questions:
            answer = QMessageBox.question(
                self, translate("QuestionnaireEditorDialog", "Onderdeel verwijderen"),
                translate("QuestionnaireEditorDialog",
                    "Het onderdeel ‘{title}’ met {count} vragen verwijderen?").format(
                    title=section.title, count=len(section.questions)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        del sections[s]
        self._structure_changed(*(self._valid_place((s, -1)) if sections else (-1, -1)))

    def move_current(self, delta: int) -> None:
        kind, s, q = self._current()
        if self._draft is None:
            return
        sections = self._draft.sections
        if kind == QuestionTreeModel.SECTION:
            target = s + delta
            if 0 <= target < len(sections):
                sections[s], sections[target] = sections[target], sections[s]
                self._structure_changed(target, -1)
            return
        if kind != QuestionTreeModel.QUESTION:
            return
        questions = sections[s].questions
        target = q + delta
        if 0 <= target < len(questions):
            questions[q], questions[target] = questions[target], questions[q]
            self._structure_changed(s, target)
        elif delta < 0 and s > 0:        # to the end of the section above
            sections[s - 1].questions.append(questions.pop(q))
            self._structure_changed(s - 1, len(sections[s - 1].questions) - 1)
        elif delta > 0 and s < len(sections) - 1:   # to the start of the section below
            sections[s + 1].questions.insert(0, questions.pop(q))
            self._structure_changed(s + 1, 0)

    def _structure_changed(self, section: int, question: int) -> None:
        self._tree.set_draft(self._draft)
        self.ui.treeView.expandAll()
        self._edited()
        self._select(section, question)
