"""Loading, saving and copying questionnaire versions in the editor: its calls to the services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from flatapp.domain.questionnaire import Questionnaire, QuestionnaireError
from flatapp.gui.conflicts import ConflictReloaded
from flatapp.gui.questionnaire_editor.draft import Draft
from flatapp.gui.questionnaire_editor.style import _STYLE_INFO, _STYLE_NOTICE
from flatapp.services.errors import UserError
from flatapp.services.questionnaires import (
    DefinitionError,
    copy_questionnaire,
    ensure_builtin_questionnaire,
    list_questionnaires,
    save_definition,
    version_definition,
    version_info,
)

translate = QCoreApplication.translate



def _save_definition(session, version_id: int, questionnaire, version: int | None) -> int:
    """Store the edit based on ``version`` (a stale one goes to the conflict dialog); the id that holds it."""
    return save_definition(session, version_id, questionnaire, version).id

class VersionStore:
    """Load a stored version, save the draft (a new version when frozen) or copy it (mixed into the dialog)."""

    # ------------------------------------------------------------------ loading

    def _builtin_version_id(self) -> int | None:
        try:
            return self._runner.write(ensure_builtin_questionnaire).id
        except (UserError, QuestionnaireError, SQLAlchemyError) as error:
            self._show_error(translate("QuestionnaireEditorDialog",
                "De vragenlijst ‘Kennen en helpen’ kon niet worden klaargezet: {error}").format(error=error))
            return None

    def _load_versions(self) -> None:
        try:
            self._rows = self._runner.read(list_questionnaires)
        except SQLAlchemyError as error:
            self._show_error(translate("QuestionnaireEditorDialog",
                "De vragenlijsten konden niet worden gelezen: {error}").format(error=error))
            self._rows = []
        combo = self.ui.versionCombo
        with QSignalBlocker(combo):
            combo.clear()
            for row in self._rows:
                for version in row.versions:
                    text = translate("QuestionnaireEditorDialog",
                        "{name} · versie {number}").format(name=row.name, number=version.number)
                    if version.frozen:
                        text += translate("QuestionnaireEditorDialog", " (vastgezet)")
                    combo.addItem(text, version.id)
            self._select_in_combo()

    def _select_in_combo(self) -> None:
        if self._info is not None:
            index = self.ui.versionCombo.findData(self._info.id)
            if index >= 0:
                self.ui.versionCombo.setCurrentIndex(index)

    def load_version(self, version_id: int, keep_place: bool = False) -> bool:
        """Show a stored version (unsaved edits are dropped; ask first). False when it cannot be read."""
        place = self._tree.location(self.ui.treeView.currentIndex()) if keep_place else (0, 0)
        try:
            info, questionnaire = self._runner.read(lambda session: (
                version_info(session, version_id), version_definition(session, version_id)))
        except (UserError, SQLAlchemyError) as error:
            self._show_error(str(error))
            return False
        self._info = info
        self._draft = Draft.from_questionnaire(questionnaire)
        self._tree.set_draft(self._draft)
        self.ui.treeView.expandAll()
        self._select_in_combo()
        self._set_dirty(False)
        self._clear_error()
        self._update_notice()
        self._select(*self._valid_place(place))
        return True

    def _valid_place(self, place: tuple[int, int]) -> tuple[int, int]:
        s, q = place
        sections = self._draft.sections if self._draft else []
        if not sections:
            return -1, -1
        if s < 0:
            return -1, -1
        s = min(s, len(sections) - 1)
        if q >= 0:
            if not sections[s].questions:
                return s, -1
            q = min(q, len(sections[s].questions) - 1)
        return s, q

    def _update_notice(self) -> None:
        info, ui = self._info, self.ui
        if info is None:
            return
        if info.frozen:
            ui.noticeLabel.setText(translate("QuestionnaireEditorDialog",
                "Versie {number} is vastgezet, omdat er al antwoorden mee zijn ingevoerd. Als u opslaat, "
                "maakt FlatApp een nieuwe versie {next}; versie {number} blijft zoals hij is.").format(
                number=info.number, next=info.next_number))
            ui.noticeLabel.setStyleSheet(_STYLE_NOTICE)
            ui.noticeLabel.show()
            ui.saveButton.setText(translate("QuestionnaireEditorDialog",
                "&Opslaan als versie {next}").format(next=info.next_number))
        else:
            ui.saveButton.setText(translate("QuestionnaireEditorDialog", "&Opslaan"))
            if info.round_count:
                ui.noticeLabel.setText(translate("QuestionnaireEditorDialog",
                    "Deze versie hoort bij {count} ronde(s) waarvoor nog geen antwoorden zijn ingevoerd. "
                    "Wijzigingen gelden ook voor die ronde(s).").format(count=info.round_count))
                ui.noticeLabel.setStyleSheet(_STYLE_INFO)
                ui.noticeLabel.show()
            else:
                ui.noticeLabel.hide()
        self.setWindowTitle(translate("QuestionnaireEditorDialog",
            "Vragenlijst bewerken – {name}, versie {number}").format(
            name=info.name, number=info.number))

    # ------------------------------------------------------------------ saving

    def _finish_table_edit(self) -> None:
        """An answer still being typed in the table counts (its editor commits when it loses focus)."""
        focus = QApplication.focusWidget()
        view = self.ui.optionsView
        if focus is not None and focus is not view and view.isAncestorOf(focus):
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._code_finished()

    def _build(self) -> Questionnaire | None:
        try:
            return self._draft.build()
        except QuestionnaireError as error:
            self._show_definition_error(DefinitionError.from_error(error))
            return None

    def _write(self, store, failure: str, *args) -> int | None:
        """Run ``store(session, *args)`` in one transaction; its version id, or None with the error shown
        at the field (definition), in the message line (rule) or as ``failure`` (database). When the user
        took the other's version in the conflict dialog, that version is shown."""
        try:
            return self._runner.write(store, *args)
        except ConflictReloaded as error:
            if self._info is not None:
                self._load_versions()
                self.load_version(self._info.id, keep_place=True)
            self._show_error(str(error))
        except DefinitionError as error:
            self._show_definition_error(error)
        except UserError as error:
            self._show_error(str(error))
        except SQLAlchemyError as error:
            self._show_error(failure.format(error=error))
        return None

    def save(self) -> bool:
        """Validate and store; True when stored. The message line says what happened."""
        if self._info is None or self._draft is None:
            return False
        self._finish_table_edit()
        self._clear_error()
        questionnaire = self._build()
        if questionnaire is None:
            return False
        before = self._info
        version_id = self._write(_save_definition, translate("QuestionnaireEditorDialog",
                                     "Opslaan is mislukt; er is niets veranderd. ({error})"),
                                 before.id, questionnaire, before.version)
        if version_id is None:
            return False
        self._load_versions()
        self.load_version(version_id, keep_place=True)
        if version_id != before.id:
            self.ui.stateLabel.setText(translate("QuestionnaireEditorDialog",
                "Opgeslagen als nieuwe versie {number}; versie {old} is niet veranderd.").format(
                number=self._info.number, old=before.number))
        else:
            self.ui.stateLabel.setText(translate("QuestionnaireEditorDialog", "Opgeslagen."))
        self.saved.emit(version_id)
        return True

    def _show_definition_error(self, error: DefinitionError) -> None:
        self._show_error(str(error))
        ui = self.ui
        if error.question_index is not None and self._draft is not None:
            place = self._draft.locate(error.question_index)
            if place is None:
                return
            self._select(*place)
            question = self._draft.sections[place[0]].questions[place[1]]
            earlier = {q.code for q in self._draft.questions()[:error.question_index]}
            widgets = {
                "code": ui.codeEdit, "text": ui.textEdit, "options": ui.optionsView, "range": ui.minimumSpin,
                "skip_answers": ui.skipAnswersEdit,
                "skip_if": ui.skipCombo if question.skip_question not in earlier else ui.skipAnswersEdit,
            }
            widget = widgets.get(error.field)
        elif error.section_index is not None:
            self._select(error.section_index, -1)
            widget = ui.sectionCodeEdit
        else:
            widget = None
        if widget is not None:
            self._mark_invalid(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ other questionnaires

    def _confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user saved or chose to drop it."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, translate("QuestionnaireEditorDialog", "Wijzigingen niet opgeslagen"),
            translate("QuestionnaireEditorDialog",
                "Er zijn wijzigingen in de vragenlijst die nog niet zijn opgeslagen. Wilt u ze opslaan?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _version_chosen(self, index: int) -> None:
        version_id = self.ui.versionCombo.itemData(index)
        if self._info is not None and version_id == self._info.id:
            return
        if not self._confirm_discard():
            self._select_in_combo()
            return
        self.load_version(version_id)

    def _default_copy_name(self) -> str:
        taken = {row.name.lower() for row in self._rows}
        base = translate("QuestionnaireEditorDialog", "{name} (kopie)").format(name=self._info.name)
        name, number = base, 2
        while name.lower() in taken:
            name = f"{base} {number}"
            number += 1
        return name

    def copy_current(self, name: str | None = None) -> bool:
        """A new questionnaire with what is on screen (unsaved edits included); the original stays."""
        if self._info is None or self._draft is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self, translate("QuestionnaireEditorDialog", "Kopie maken"),
                translate("QuestionnaireEditorDialog",
                    "Naam van de nieuwe vragenlijst (het origineel blijft zoals het is):"),
                QLineEdit.EchoMode.Normal, self._default_copy_name())
            if not ok:
                return False
        self._finish_table_edit()
        self._clear_error()
        questionnaire = self._build() if self._dirty else None
        if self._dirty and questionnaire is None:
            return False
        source_id = self._info.id

        def copy(session) -> int:
            version = copy_questionnaire(session, source_id, name)
            if questionnaire is not None:
                version = save_definition(session, version.id, questionnaire, version.version)
            return version.id

        version_id = self._write(copy, translate("QuestionnaireEditorDialog",
            "De kopie is niet gemaakt; er is niets veranderd. ({error})"))
        if version_id is None:
            return False
        self._load_versions()
        self.load_version(version_id, keep_place=True)
        self.ui.stateLabel.setText(translate("QuestionnaireEditorDialog",
            "Kopie ‘{name}’ gemaakt; u bewerkt nu de kopie.").format(
            name=self._info.name))
        self.saved.emit(version_id)
        return True
