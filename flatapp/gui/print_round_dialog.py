"""Print a round's paper from the GUI: door lists, paper questionnaires, letters — PDF or printer.

The PDFs come from flatapp.printing.round_printing, the same code as `flatapp doorlists|forms|letters`.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from flatapp.gui import theme
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_print_round_dialog import Ui_PrintRoundDialog
from flatapp.gui.message_line import show_message
from flatapp.gui.runner import ServiceRunner, error_line
from flatapp.printing.round_printing import (
    PrintedPdf,
    print_door_lists,
    print_letters,
    print_questionnaires,
)
from flatapp.services import rounds
from flatapp.services.errors import UserError
from flatapp.services.output_files import safe_file_name
from flatapp.storage.database import Database

translate = QCoreApplication.translate

DOOR_LISTS, FORMS, LETTERS = 0, 1, 2
LAST_FOLDER_KEY = "printing/lastFolder"
DUPLEX_KEY = "printing/formsDuplex"
ERROR_STYLE = theme.ERROR_STYLE
DONE_STYLE = theme.DONE_STYLE
NOTICE_STYLE = theme.NOTICE_STYLE     # saved, but with something to look at


class PrintRoundDialog(RememberingDialog):
    """Choose a round and what to print; save it as PDF or send it to a printer."""

    settings_key = "print_round"

    def __init__(self, database: Database, building_id: int, kind: int = DOOR_LISTS,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PrintRoundDialog()
        self.ui.setupUi(self)
        self.database = database
        self.runner = ServiceRunner(database)
        self.building_id = building_id
        self.last_printed: PrintedPdf | None = None
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(ui.optionsStack.setCurrentIndex)
        ui.roundCombo.currentIndexChanged.connect(self._round_chosen)
        ui.logoButton.clicked.connect(self._choose_logo)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.printButton.clicked.connect(self.print_now)
        ui.closeButton.clicked.connect(self.reject)
        ui.duplexCheck.setChecked(bool(QSettings().value(DUPLEX_KEY, False, type=bool)))
        ui.duplexCheck.toggled.connect(lambda checked: QSettings().setValue(DUPLEX_KEY, checked))
        for hint in (ui.doorListHint, ui.formsHint, ui.lettersHint):
            hint.setStyleSheet(theme.QUIET_STYLE)
        self._fill_rounds()
        ui.kindCombo.setCurrentIndex(kind)
        ui.optionsStack.setCurrentIndex(kind)

    # --- filling ------------------------------------------------------------------------------
    def _fill_rounds(self) -> None:
        round_rows = self.runner.read(rounds.list_rounds, self.building_id)
        combo = self.ui.roundCombo
        combo.clear()
        for row in round_rows:
            combo.addItem(row.name, row.id)
        has_round = bool(round_rows)
        for widget in (self.ui.saveButton, self.ui.printButton, self.ui.optionsStack, self.ui.kindCombo):
            widget.setEnabled(has_round)
        if not has_round:
            self._show_error(translate("PrintRoundDialog", "Deze flat heeft nog geen ronde. Maak eerst een "
                                       "ronde aan op het tabblad 'Ronde voorbereiden'."))

    def round_id(self) -> int | None:
        return self.ui.roundCombo.currentData()

    def _round_chosen(self, _index: int) -> None:
        round_id = self.round_id()
        ui = self.ui
        ui.eveningCombo.clear()
        ui.teamCombo.clear()
        if round_id is None:
            return
        evenings, teams, row = self.runner.read(lambda session: (
            rounds.list_evenings(session, round_id), rounds.list_teams(session, round_id),
            rounds.get_round(session, round_id)))
        upcoming = next((i for i, e in enumerate(evenings) if e.date >= date.today()), 0)
        for evening in evenings:
            ui.eveningCombo.addItem(evening.label, evening.id)
        ui.eveningCombo.setCurrentIndex(upcoming if evenings else -1)
        ui.teamCombo.addItem(translate("PrintRoundDialog", "Alle teams"), None)
        for team in teams:
            ui.teamCombo.addItem(team.name, team.id)
        ui.organisationEdit.setText(row.organisation)
        ui.letterTextEdit.setPlainText(row.letter_text or rounds.DEFAULT_LETTER_TEXT)
        self._round_version = row.version       # the letter's texts are saved on top of this version

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("PrintRoundDialog", "Logo kiezen"), self.ui.logoEdit.text(),
            translate("PrintRoundDialog", "Afbeeldingen (*.png *.jpg *.jpeg)"))
        if path:
            self.ui.logoEdit.setText(path)

    # --- making the PDF -----------------------------------------------------------------------
    def default_file_name(self) -> str:
        round_name = self.ui.roundCombo.currentText() or translate("PrintRoundDialog", "ronde")
        kind = self.ui.kindCombo.currentIndex()
        if kind == DOOR_LISTS:
            evening = self.ui.eveningCombo.currentText().split(",")[0]
            team = self.ui.teamCombo.currentText() if self.ui.teamCombo.currentData() else ""
            parts = [translate("PrintRoundDialog", "Deurlijsten"), round_name, evening, team]
        elif kind == FORMS:
            parts = [translate("PrintRoundDialog", "Vragenlijsten"), round_name]
        else:
            parts = [translate("PrintRoundDialog", "Brieven"), round_name]
        return safe_file_name(*parts, suffix=".pdf")     # never a path from a round's or team's name

    def write(self, target: Path, sent_to: str | None = None) -> PrintedPdf:
        """Write the chosen PDF (one transaction: the letter text is kept with the round) on a worker
        thread with a progress dialog (200 forms take seconds); ``sent_to`` is what the activity log names
        as the target when it is not the file ('printer')."""
        round_id = self.round_id()
        if round_id is None:
            raise UserError(translate("PrintRoundDialog", "Kies eerst een ronde."))
        ui = self.ui
        kind = ui.kindCombo.currentIndex()
        # Read every choice here, in the GUI thread; the work below only sees plain values.
        if kind == DOOR_LISTS:
            evening_id, team_id = ui.eveningCombo.currentData(), ui.teamCombo.currentData()
            if evening_id is None:
                raise UserError(translate("PrintRoundDialog", "Deze ronde heeft nog geen avonden; plan "
                                          "eerst een avond."))

            def work(session):
                return print_door_lists(session, round_id, evening_id, target, team_id=team_id, sent_to=sent_to)
            label = translate("PrintRoundDialog", "Deurlijsten maken…")
        elif kind == FORMS:
            which = "open" if ui.openHomesRadio.isChecked() else "all"
            duplex = ui.duplexCheck.isChecked()

            def work(session):
                return print_questionnaires(session, round_id, target, which=which, duplex=duplex, sent_to=sent_to)
            label = translate("PrintRoundDialog", "Vragenlijsten maken…")
        else:
            organisation, letter_text = ui.organisationEdit.text(), ui.letterTextEdit.toPlainText()
            logo = ui.logoEdit.text().strip().strip('"')

            # Saved first, in this thread, so a conflict with another user's edit reaches the dialog.
            row = self.runner.write(rounds.update_round, round_id, organisation=organisation,
                                    letter_text=letter_text, version=getattr(self, "_round_version", None))
            self._round_version = row.version

            def work(session):
                return print_letters(session, round_id, target, logo=Path(logo) if logo else None, sent_to=sent_to)
            label = translate("PrintRoundDialog", "Brieven maken…")
        return ServiceRunner(self.database).run_slow(self, label, work)

    def save_pdf(self) -> bool:
        folder = QSettings().value(LAST_FOLDER_KEY) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("PrintRoundDialog", "Opslaan als PDF"), str(Path(folder) / self.default_file_name()),
            translate("PrintRoundDialog", "PDF-bestanden (*.pdf)"))
        if not path:
            return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        printed = self._run(target)
        if printed is None:
            return False
        QSettings().setValue(LAST_FOLDER_KEY, str(target.parent))
        self._show_done(translate("PrintRoundDialog", "Opgeslagen: {summary}").format(summary=printed.summary()),
                        printed.notices)
        return True

    def print_now(self) -> bool:
        from flatapp.gui.print_pdf import print_pdf

        with tempfile.TemporaryDirectory(prefix="flatapp-print-") as folder:
            printed = self._run(Path(folder) / self.default_file_name(), sent_to="printer")
            if printed is None:
                return False
            try:
                if not print_pdf(printed.path, self):
                    return False
            except UserError as error:
                self._show_error(str(error))
                return False
        self._show_done(translate("PrintRoundDialog", "Naar de printer gestuurd: {what} ({pages} pagina's).")
                        .format(what=printed.what, pages=printed.pages), printed.notices)
        return True

    def _run(self, target: Path, sent_to: str | None = None) -> PrintedPdf | None:
        try:
            printed = self.write(target, sent_to)
        except Exception as error:          # UserError, a disk or database fault: one Dutch line
            self._show_error(error_line(error))
            return None
        self.last_printed = printed
        return printed

    def _show_error(self, text: str) -> None:
        show_message(self.ui.messageLabel, "error", text)

    def _show_done(self, text: str, notices: tuple[str, ...] = ()) -> None:
        """The result, and a line per thing to look at, in amber: homes the door lists leave out (no
        team), also after sending to the printer, and every text the PDF had to shorten."""
        warning = self.last_printed.warning if self.last_printed is not None else ""
        notices = ((warning,) if warning and warning not in text else ()) + tuple(notices)
        lines = [text] + [translate("PrintRoundDialog", "Let op: {notice}").format(notice=n) for n in notices]
        self.ui.messageLabel.setStyleSheet(NOTICE_STYLE if notices or warning else DONE_STYLE)
        self.ui.messageLabel.setWordWrap(True)
        self.ui.messageLabel.setText("\n".join(lines))

