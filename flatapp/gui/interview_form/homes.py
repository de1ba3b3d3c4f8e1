"""Finding the home of a paper form and showing its form (mixed into ``InterviewEntryWidget``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow
from flatapp.services.interviews import InterviewRow, pick_home

translate = QCoreApplication.translate


class HomeChoice:
    """The home field: type a code or house number, pick from the list, open that home's form."""

    # --- the home --------------------------------------------------------------------------------
    def _home_typed(self, text: str) -> None:
        text = text.strip()
        self.ui.homeErrorLabel.hide()
        if not text:
            self._completer_model.setStringList([])
            self.completer.popup().hide()
            return
        rows = self._find_homes(text)
        self._completer_model.setStringList([_home_choice(row) for row in rows])
        if rows and self.isVisible():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _find_homes(self, text: str) -> list[HomeRow]:
        rows = self.controller.find_homes(text)
        if self.mode == "verify" and self.targets:
            rows = [row for row in rows if row.id in self.targets]
        return rows

    def _home_chosen(self, choice: str) -> None:
        self.ui.homeEdit.setText(choice.split()[0])
        self._home_entered()

    def _home_entered(self) -> None:
        text = self.ui.homeEdit.text().strip()
        self.completer.popup().hide()
        if not text:
            self._home_error(translate("InterviewEntryWidget", "Typ de woningcode of het huisnummer."))
            return
        if self.home is not None and text.upper() in (self.home.code.upper(), self.home.number_label.upper()):
            self.focus_next(None)
            return
        rows = self._find_homes(text)
        row = pick_home(rows, text)
        if row is not None:
            self.open_home(row)
            return
        if not rows:
            if self.mode == "verify":
                message = translate("InterviewEntryWidget", "Woning '{text}' zit niet in de steekproef van "
                                    "deze flat.").format(text=text)
            else:
                message = translate("InterviewEntryWidget", "Woning '{text}' hoort niet bij deze flat.").format(
                    text=text)
            self._home_error(message)
            return
        self._home_error(translate("InterviewEntryWidget", "'{text}' past bij meer woningen ({which}); "
                                   "typ de woningcode.").format(text=text, which=", ".join(r.code for r in rows[:5])))

    def _home_error(self, message: str) -> None:
        self.ui.homeErrorLabel.setText(message)
        self.ui.homeErrorLabel.show()
        self.ui.homeEdit.setFocus()
        self.ui.homeEdit.selectAll()

    def open_home(self, home: HomeRow, respondent: int = 1) -> None:
        """Start on this home's form: its existing interview (or the sample's, blind) or a new one."""
        self.save_draft_now()
        if self.mode == "verify":
            target = self.targets.get(home.id)
            if target is None:
                self._home_error(translate("InterviewEntryWidget", "Woning {code} zit niet in de steekproef."
                                           ).format(code=home.code))
                return
            self._show_form(home, target.respondent, None, answers={})
            self.interview = target
            self._status(translate("InterviewEntryWidget", "Typ het formulier van woning {code} opnieuw, "
                                   "zonder naar de eerste invoer te kijken.").format(code=home.code), "info")
        else:
            try:
                row = self.controller.open(home.id, respondent)
            except UserError as error:
                self._home_error(str(error))
                return
            self._show_form(home, respondent, row, answers=row.answers if row else {})
            if row is not None:
                state = (translate("InterviewEntryWidget", "compleet") if row.status == "complete"
                         else translate("InterviewEntryWidget", "concept"))
                self._status(translate("InterviewEntryWidget", "Woning {code} had al een formulier ({state}); "
                                       "dat is geopend, er komt geen tweede.").format(code=home.code, state=state),
                             "info")
            else:
                self._status("", "info")
        self.focus_next(None)

    def _show_form(self, home: HomeRow | None, respondent: int, row: InterviewRow | None,
                   answers: dict) -> None:
        self._save_timer.stop()
        self._loading = True
        try:
            self.home = home
            self.respondent = respondent
            self.interview = row
            self.touched = set(answers) if row is not None else set()
            self.attempted = False
            for question in self.questions:
                field = self.fields[question.code]
                field.show_value(answers.get(question.code), self.homes)
                field.render_options()
            self.ui.homeEdit.setText(home.code if home else "")
            self.ui.homeErrorLabel.hide()
        finally:
            self._loading = False
        self._refresh_checks()
        self._show_home_info()

    def _show_home_info(self) -> None:
        ui = self.ui
        self._show_form_actions()
        if self.home is None:
            ui.homeInfoLabel.setText("")
            ui.secondRespondentButton.setEnabled(False)
            return
        text = f"{self.home.address} · {self.home.floor_label}"
        if self.respondent > 1:
            text += " · " + translate("InterviewEntryWidget", "bewoner {n}").format(n=self.respondent)
        ui.homeInfoLabel.setText(text)
        ui.secondRespondentButton.setEnabled(self.mode != "verify" and self.interview is not None)

    def _show_form_actions(self) -> None:
        """'Geschiedenis…' beside a complete form (enabled once corrected), 'Concept weggooien' beside a
        draft: never both, so the home row keeps its room."""
        ui = self.ui
        if self.mode == "verify":
            return
        row = self.interview
        complete = row is not None and row.is_complete
        ui.historyButton.setVisible(complete)
        ui.historyButton.setEnabled(complete and bool(self.controller.history(row.id)))
        ui.discardButton.setVisible(row is not None and not row.is_complete)

    def _form_label(self) -> str:
        code = self.home.code if self.home is not None else ""
        if self.respondent > 1:
            return translate("InterviewEntryWidget", "woning {code}, bewoner {n}").format(code=code, n=self.respondent)
        return translate("InterviewEntryWidget", "woning {code}").format(code=code)



def _home_choice(row: HomeRow) -> str:
    return f"{row.code}   {row.address} · {row.floor_label}"
