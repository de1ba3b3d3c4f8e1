"""Drafts, completing, blind verification and the form's actions (mixed into ``InterviewEntryWidget``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from flatapp.domain.answers import DONT_KNOW_LABEL, open_required
from flatapp.gui.conflicts import MERGE, MINE, conflict_handler
from flatapp.gui.interview_form.fields import _without_code
from flatapp.services.errors import UserError
from flatapp.services.interview_outcome import EveningNeeded
from flatapp.services.interviews import AnswersInvalid, InterviewConflict

translate = QCoreApplication.translate


class FormSaving:
    """Keep every change as a draft, save a form as complete (Ctrl+Enter), or the blind second typing."""

    def show_history(self) -> None:
        """Ctrl+H: the corrections of the complete form that is open (who, when, old → new, why)."""
        if self.mode == "verify":
            return
        row = self.interview
        if row is None or not row.is_complete:
            self._status(translate("InterviewEntryWidget", "Geschiedenis is er alleen van een afgerond formulier: "
                                   "typ eerst de woning van dat formulier."), "info")
            return
        from flatapp.gui.interview_history import InterviewHistoryDialog

        dialog = InterviewHistoryDialog(self.controller.history(row.id), self.questionnaire, self._form_label(), self,
                                        sources=self.controller.sources(row.id), page_image=self.controller.page_image)
        self.history_dialog = dialog            # for tests: the dialog on show
        try:
            dialog.exec()
        finally:
            self.history_dialog = None
            dialog.deleteLater()

    def discard_draft(self) -> None:
        """'Concept weggooien': after a confirmation the draft is deleted and the home is not yet entered."""
        if self.mode == "verify" or self.interview is None or self.interview.is_complete or self.home is None:
            return
        self._save_timer.stop()
        answer = QMessageBox.question(
            self, translate("InterviewEntryWidget", "Concept weggooien"),
            translate("InterviewEntryWidget", "Het concept van {form} weggooien? Alle antwoorden die op dit "
                      "formulier zijn getypt gaan verloren; dit kan niet ongedaan worden gemaakt.").format(
                form=self._form_label()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.save_draft_now()               # what was typed meanwhile is still kept
            return
        row = self.interview                    # the box took the focus: the field's last typing was saved
        if row is None or row.is_complete or self.home is None:
            return
        try:
            self.controller.delete_draft(row.id, row.version)
        except UserError as error:              # another window saved or completed it
            self._conflict(error)
            return
        form = self._form_label()
        self._show_form(self.home, self.respondent, None, answers={})
        for field in self.fields.values():
            field.set_state(current=False)
        self._show_counts()
        if self._offered is not None and self._offered.id == row.id:
            self._offer_draft()
        self._status(translate("InterviewEntryWidget", "Het concept van {form} is weggegooid; voor dit formulier "
                               "is niets meer opgeslagen.").format(form=form), "ok")
        self.focus_next(None)

    def second_respondent(self) -> None:
        """An explicit extra respondent in the same home: a new, empty form numbered 2, 3, …"""
        if self.home is None:
            return
        self.save_draft_now()
        number = self.controller.next_respondent(self.home.id)
        self._show_form(self.home, number, None, answers={})
        self._status(translate("InterviewEntryWidget", "Nieuw formulier voor bewoner {n} van woning {code}.").format(
            n=number, code=self.home.code), "info")
        self.focus_next(None)

    # --- saving ----------------------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if self.mode != "verify" and self.home is not None:
            self._save_timer.start()

    def save_draft_now(self) -> None:
        """Keep what is typed as a draft (nothing when nothing changed or nothing is typed yet)."""
        self._save_timer.stop()
        if self.mode == "verify" or self.home is None or self._loading:
            return
        answers, _problems = self.collect()
        if self.interview is None and not answers:
            return
        if self.interview is not None and answers == self.interview.answers:
            return
        if self.interview is not None and self.interview.is_complete:
            # A complete form is corrected as a whole (checked, with history) by Ctrl+Enter.
            self._status(translate("InterviewEntryWidget", "Correctie van een afgerond formulier: Ctrl+Enter "
                                   "slaat de wijziging op."), "info")
            return
        version = self.interview.version if self.interview is not None else None
        try:
            self.interview = self.controller.save_draft(self.home.id, answers, version, self.respondent)
        except InterviewConflict as error:
            self._conflict(error, retry=self.save_draft_now)
            return
        except UserError as error:
            self._status(str(error), "error")
            return
        if version is None:
            self._show_counts()
            self._show_home_info()
        self.draftSaved.emit(self.interview.id)

    def _conflict(self, error: Exception, retry=None) -> None:
        """Another window or user saved this form first. With the conflict dialog installed the user
        chooses per question (``gui/conflict_dialog.py``): keep theirs or merge saves again on top of the
        stored version (``retry``) with the chosen answers shown in the form; cancel leaves the typing as
        it is, unsaved. Otherwise (or on 'the other's version') the stored version is shown."""
        home = self.home
        data = getattr(error, "data", None)
        handler = conflict_handler()
        if home is not None and retry is not None and handler is not None and data is not None and \
                data.current is not None:
            typed, _problems = self.collect()
            resolution = handler(error)
            if resolution is None:
                self._status(translate("InterviewEntryWidget", "Niet opgeslagen: {form} is intussen door iemand "
                                       "anders opgeslagen. Uw invoer staat er nog.").format(form=self._form_label()),
                             "error")
                return
            if resolution.choice in (MINE, MERGE):
                stored = self.controller.open(home.id, self.respondent)
                if stored is not None:
                    answers = dict(typed)
                    for code, value in (resolution.values if resolution.choice == MERGE else {}).items():
                        if value is None:
                            answers.pop(code, None)
                        else:
                            answers[code] = value
                    self._show_form(home, self.respondent, stored, answers=answers)
                    retry()
                    return
        message = translate("InterviewEntryWidget", "Dit formulier is intussen in een ander venster gewijzigd "
                            "({reason}). De opgeslagen versie is opnieuw geladen; controleer uw invoer.").format(
            reason=str(error).rstrip("."))
        if home is not None:
            row = self.controller.open(home.id, self.respondent)
            self._show_form(home, self.respondent, row, answers=row.answers if row else {})
        self._status(message, "error")

    def complete(self) -> None:
        """Ctrl+Enter: save as complete and open an empty form; with errors keep the draft and point at them."""
        if self.mode == "verify":
            self._save_verification()
            return
        answers, problems = self.collect()
        if self.home is None:
            if any(field.text().strip() for field in self.fields.values()):
                self._home_error(translate("InterviewEntryWidget", "Typ eerst de woning van dit formulier."))
            else:
                self._status(translate("InterviewEntryWidget", "Het formulier is leeg; er is niets opgeslagen."),
                             "error")
                self.ui.homeEdit.setFocus()
            return
        if not answers and not problems:
            self._status(translate("InterviewEntryWidget", "Het formulier is leeg; er is niets opgeslagen."),
                         "error")
            self.focus_next(None)
            return
        self.attempted = True
        self._refresh_checks()
        if self.errors:
            self.save_draft_now()
            self._point_at_errors(len(self.errors))
            return
        self._save_timer.stop()
        version = self.interview.version if self.interview is not None else None
        try:
            try:
                row = self.controller.complete(self.home.id, answers, version, self.respondent)
            except EveningNeeded as needed:
                evening_id = self._ask_evening(needed)
                if evening_id is None:
                    self.save_draft_now()
                    self._status(translate("InterviewEntryWidget", "Niet afgerond: kies de avond van dit "
                                           "gesprek. Het concept is bewaard."), "error")
                    return
                row = self.controller.complete(self.home.id, answers, version, self.respondent, evening_id)
        except InterviewConflict as error:
            self._conflict(error, retry=self.complete)
            return
        except AnswersInvalid as error:
            for item in error.errors:
                if item.question in self.fields:
                    self.errors.setdefault(item.question, _without_code(item))
                    self.fields[item.question].set_state(error=_without_code(item))
            self.save_draft_now()
            self._point_at_errors(len(error.errors))
            return
        except UserError as error:
            self.save_draft_now()
            self._status(str(error), "error")
            return
        code = self.home.code
        self.interviewCompleted.emit(row.id, code)
        self.new_form(message=translate("InterviewEntryWidget", "Opgeslagen: woning {code}").format(code=code))

    def _ask_evening(self, needed: EveningNeeded) -> int | None:
        """On which evening was this form filled in? The last one is offered; Enter takes it."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("InterviewEntryWidget", "Op welke avond was dit gesprek?"))
        dialog.setLabelText(translate("InterviewEntryWidget", "Bij woning {code} staat nog geen 'gesproken' bij "
                                      "de deuruitkomsten.\nKies de avond van dit gesprek; daar wordt "
                                      "'gesproken' vastgelegd.").format(code=needed.home_code))
        labels = [choice.label for choice in needed.evenings]
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(labels[-1])
        self.evening_dialog = dialog            # for tests: the question on show
        try:
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            return needed.evenings[labels.index(dialog.textValue())].id
        finally:
            self.evening_dialog = None
            dialog.deleteLater()
            self.window().activateWindow()      # the typing goes on here, not in the closed question

    def _point_at_errors(self, count: int) -> None:
        """Say which questions are still open (required, neither answered nor '?') and what else is wrong."""
        answers, _problems = self.collect()
        missing = [q.code for q in open_required(self.questionnaire, answers)]
        others = count - len([code for code in missing if code in self.errors])
        parts = []
        if missing:
            parts.append(translate("InterviewEntryWidget", "nog open: {codes} (typ het antwoord, of ? voor "
                                   "'{dont_know}')").format(codes=", ".join(missing), dont_know=DONT_KNOW_LABEL))
        if others == 1:
            parts.append(translate("InterviewEntryWidget", "1 fout (rood)"))
        elif others > 1:
            parts.append(translate("InterviewEntryWidget", "{n} fouten (rood)").format(n=others))
        kept = "" if self.mode == "verify" else translate("InterviewEntryWidget", " Het concept is bewaard.")
        text = translate("InterviewEntryWidget", "Nog niet compleet: {what}.").format(what="; ".join(parts)) + kept
        self._status(text, "error")
        first = next((q for q in self.questions if q.code in self.errors and not self.fields[q.code].skipped), None)
        if first is not None:
            self.fields[first.code].editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_verification(self) -> None:
        if self.home is None or self.interview is None:
            self._status(translate("InterviewEntryWidget", "Typ eerst een woning uit de steekproef."), "error")
            self.ui.homeEdit.setFocus()
            return
        answers, _problems = self.collect()
        if not answers:
            self._status(translate("InterviewEntryWidget", "Het formulier is leeg; er is niets opgeslagen."),
                         "error")
            self.focus_next(None)
            return
        missing = [q.code for q in open_required(self.questionnaire, answers)]
        if missing:                 # the second typing is a whole form too, or it differs by omission
            self.attempted = True
            self._refresh_checks()
            self._point_at_errors(len(missing))
            return
        try:
            differences = self.controller.save_verification(self.interview.id, answers)
        except UserError as error:
            self._status(str(error), "error")
            return
        interview_id, code = self.interview.id, self.home.code
        self.verified.emit(interview_id, len(differences))
        self.new_form(message=translate("InterviewEntryWidget", "Tweede invoer opgeslagen: woning {code} "
                                        "({n} verschillen)").format(code=code, n=len(differences)))
