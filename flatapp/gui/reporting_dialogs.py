"""Reporting back from the window: the round's sender and tent, planning the next round, and the PDFs
(report, invitations, the update handout). Every change and every PDF goes through the same services as
the command line (``flatapp.services.round_settings``, ``flatapp.reporting.service``), one transaction
each; a mistake shows the service's Dutch sentence in one red line and nothing is saved.

* ``SenderSettingsDialog`` — "Afzender en tent…" in the round planner.
* ``CopyRoundDialog`` — "Vervolgronde plannen…" in the round planner.
* ``ReportingDialog`` — Ronde › Rapport…, Uitnodigingen…, Wat is er gebeurd?… (choose the round, the
  kind, for a group invitation the group and the meeting, and save as PDF).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from flatapp.gui import theme
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.message_line import show_message
from flatapp.gui.runner import ServiceRunner, error_line
from flatapp.services.errors import UserError
from flatapp.services.output_files import safe_file_name
from flatapp.storage.database import Database

ERROR_STYLE = theme.ERROR_STYLE
DONE_STYLE = theme.DONE_STYLE
LAST_FOLDER_KEY = "printing/lastFolder"
REPORT, TENT_INVITATION, GROUP_INVITATION, UPDATE_HANDOUT = range(4)


translate = QCoreApplication.translate   # literal calls only, so that pyside6-lupdate finds every text


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _time_edit(parent: QWidget, value: QTime) -> QTimeEdit:
    edit = QTimeEdit(value, parent)
    edit.setDisplayFormat("HH:mm")
    return edit


def _date_edit(parent: QWidget, value: QDate) -> QDateEdit:
    edit = QDateEdit(value, parent)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    return edit


class _LogoField(QWidget):
    """A path with a 'Kiezen…' button (PNG or JPG)."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.title = title
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("ReportingDialogs", "geen logo"))
        self.button = QPushButton(translate("ReportingDialogs", "Kiezen…"), self)
        self.button.setAutoDefault(False)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._choose)

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.title, self.edit.text(),
                                                    translate("ReportingDialogs", "Afbeeldingen (*.png *.jpg *.jpeg)"))
        if path:
            self.edit.setText(path)


class SenderSettingsDialog(RememberingDialog):
    """Who signs the round's letters, both organisations, and the tent's date, times and place."""

    settings_key = "sender_settings"

    def __init__(self, database: Database, round_id: int, parent: QWidget | None = None) -> None:
        from flatapp.services.round_settings import DEFAULT_TENT_PLACE, letter_settings

        super().__init__(parent)
        self.database, self.round_id = database, round_id
        self.runner = ServiceRunner(database)
        settings = self.runner.read(letter_settings, round_id)
        self.setWindowTitle(translate("ReportingDialogs", "Afzender en tent — {round}").format(round=settings.round_name))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)

        sender = QGroupBox(translate("ReportingDialogs", "Afzender van brieven en uitnodigingen"), self)
        form = QFormLayout(sender)
        self.nameEdit = QLineEdit(sender)
        self.roleEdit = QLineEdit(sender)
        self.roleEdit.setPlaceholderText(translate("ReportingDialogs", "bijvoorbeeld opbouwwerker"))
        self.phoneEdit = QLineEdit(sender)
        self.emailEdit = QLineEdit(sender)
        self.organisationEdit = QLineEdit(sender)
        self.organisationLogo = _LogoField(sender, translate("ReportingDialogs", "Logo van de organisatie"))
        self.corporationEdit = QLineEdit(sender)
        self.corporationLogo = _LogoField(sender, translate("ReportingDialogs", "Logo van de woningcorporatie"))
        for label, widget in ((translate("ReportingDialogs", "&Naam"), self.nameEdit), (translate("ReportingDialogs", "&Functie"), self.roleEdit),
                              (translate("ReportingDialogs", "&Telefoon"), self.phoneEdit), (translate("ReportingDialogs", "&E-mail"), self.emailEdit),
                              (translate("ReportingDialogs", "&Organisatie"), self.organisationEdit),
                              (translate("ReportingDialogs", "Logo organisatie"), self.organisationLogo),
                              (translate("ReportingDialogs", "&Woningcorporatie"), self.corporationEdit),
                              (translate("ReportingDialogs", "Logo corporatie"), self.corporationLogo)):
            form.addRow(label, widget)
        layout.addWidget(sender)

        tent = QGroupBox(translate("ReportingDialogs", "De tent"), self)
        form = QFormLayout(tent)
        self.tentCheck = QCheckBox(translate("ReportingDialogs", "&Datum van de tent is bekend"), tent)
        self.tentDateEdit = _date_edit(tent, QDate.currentDate().addDays(21))
        self.tentStartEdit = _time_edit(tent, QTime(16, 0))
        self.tentEndEdit = _time_edit(tent, QTime(19, 0))
        self.placeEdit = QLineEdit(tent)
        self.placeEdit.setPlaceholderText(DEFAULT_TENT_PLACE)
        times = QWidget(tent)
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tentStartEdit)
        row.addWidget(QLabel(translate("ReportingDialogs", "tot"), times))
        row.addWidget(self.tentEndEdit)
        row.addStretch(1)
        form.addRow(self.tentCheck)
        form.addRow(translate("ReportingDialogs", "D&atum"), self.tentDateEdit)
        form.addRow(translate("ReportingDialogs", "Tijd"), times)
        form.addRow(translate("ReportingDialogs", "&Plaats"), self.placeEdit)
        layout.addWidget(tent)
        self.tentCheck.toggled.connect(self._tent_toggled)
        self._fill(settings)

        self.messageLabel = _message_label(self)
        layout.addWidget(self.messageLabel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("ReportingDialogs", "&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("ReportingDialogs", "Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self, settings) -> None:
        """Show the round's settings as saved (at opening, and after taking another user's version)."""
        self.version = settings.version
        for edit, text in ((self.nameEdit, settings.sender_name), (self.roleEdit, settings.sender_role),
                           (self.phoneEdit, settings.sender_phone), (self.emailEdit, settings.sender_email),
                           (self.organisationEdit, settings.organisation),
                           (self.organisationLogo.edit, settings.organisation_logo),
                           (self.corporationEdit, settings.corporation_name),
                           (self.corporationLogo.edit, settings.corporation_logo), (self.placeEdit, settings.tent_place)):
            edit.setText(text)
        if settings.tent_date:
            self.tentDateEdit.setDate(QDate(settings.tent_date))
        if settings.tent_starts:
            self.tentStartEdit.setTime(QTime(settings.tent_starts))
        if settings.tent_ends:
            self.tentEndEdit.setTime(QTime(settings.tent_ends))
        self.tentCheck.setChecked(settings.tent_date is not None)
        self._tent_toggled(self.tentCheck.isChecked())

    def _tent_toggled(self, on: bool) -> None:
        for widget in (self.tentDateEdit, self.tentStartEdit, self.tentEndEdit):
            widget.setEnabled(on)

    def values(self) -> dict:
        tent = self.tentCheck.isChecked()
        return dict(
            sender_name=self.nameEdit.text(), sender_role=self.roleEdit.text(), sender_phone=self.phoneEdit.text(),
            sender_email=self.emailEdit.text(), organisation=self.organisationEdit.text(),
            organisation_logo=self.organisationLogo.edit.text(), corporation_name=self.corporationEdit.text(),
            corporation_logo=self.corporationLogo.edit.text(), tent_place=self.placeEdit.text(),
            tent_date=self.tentDateEdit.date().toPython() if tent else None,
            tent_starts=self.tentStartEdit.time().toPython() if tent else None,
            tent_ends=self.tentEndEdit.time().toPython() if tent else None,
        )

    def save(self) -> bool:
        from flatapp.gui.conflicts import ConflictReloaded
        from flatapp.services.round_settings import letter_settings, update_letter_settings

        try:
            self.runner.write(update_letter_settings, self.round_id, version=self.version, **self.values())
        except ConflictReloaded as reloaded:
            self._fill(self.runner.read(letter_settings, self.round_id))
            show_message(self.messageLabel, "info", str(reloaded))
            return False
        except UserError as error:
            show_message(self.messageLabel, "error", str(error))
            self.adjustSize()
            return False
        self.accept()
        return True


class CopyRoundDialog(RememberingDialog):
    """Plan the next round on the same block: a name and a period; the rest is copied."""

    settings_key = "copy_round"

    def __init__(self, database: Database, round_id: int, parent: QWidget | None = None) -> None:
        from flatapp.services.rounds import get_round

        super().__init__(parent)
        self.database, self.round_id = database, round_id
        self.new_round_id: int | None = None
        self.runner = ServiceRunner(database)
        source = self.runner.read(get_round, round_id)
        self.setWindowTitle(translate("ReportingDialogs", "Vervolgronde plannen"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ReportingDialogs", "Een nieuwe ronde op {building} met dezelfde vragenlijst, vrijwilligers, teams, afzender "
                           "en corporatie als '{round}'. Avonden, bezoeken en antwoorden horen bij de nieuwe ronde.")
                       .format(building=source.building_name, round=source.name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        start = QDate(source.period_start).addYears(1) if source.period_start else QDate.currentDate().addYears(1)
        end = QDate(source.period_end).addYears(1) if source.period_end else start.addDays(28)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setText(_suggested_name(source.name))
        self.startEdit = _date_edit(self, start)
        self.endEdit = _date_edit(self, end)
        form.addRow(translate("ReportingDialogs", "&Naam"), self.nameEdit)
        form.addRow(translate("ReportingDialogs", "&Van"), self.startEdit)
        form.addRow(translate("ReportingDialogs", "&Tot en met"), self.endEdit)
        layout.addLayout(form)
        self.messageLabel = _message_label(self)
        layout.addWidget(self.messageLabel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ReportingDialogs", "&Plannen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("ReportingDialogs", "Annuleren"))
        buttons.accepted.connect(self.plan)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def plan(self) -> bool:
        from flatapp.services.round_settings import copy_round

        try:
            row = self.runner.write(copy_round, self.round_id, self.nameEdit.text(), self.startEdit.date().toPython(),
                                    self.endEdit.date().toPython())
        except UserError as error:
            show_message(self.messageLabel, "error", str(error))
            self.adjustSize()
            return False
        self.new_round_id = row.id
        self.accept()
        return True


def _suggested_name(name: str) -> str:
    """'Najaar 2026' → 'Najaar 2027'; otherwise '<name> (vervolg)'."""
    import re

    match = re.search(r"(19|20)\d\d(?!.*\d)", name)
    if match:
        year = int(match.group(0)) + 1
        return name[:match.start()] + str(year) + name[match.end():]
    return f"{name} (vervolg)"


class ReportingDialog(RememberingDialog):
    """Choose a round and what to make (report, invitations, update handout) and save it as PDF."""

    settings_key = "reporting"

    def __init__(self, database: Database, building_id: int, kind: int = REPORT,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.building_id = database, building_id
        self.runner = ServiceRunner(database)
        self.last_printed = None
        self.setWindowTitle(translate("ReportingDialogs", "Terugkoppeling"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kindCombo = QComboBox(self)
        for label in (translate("ReportingDialogs", "Rapport voor gebiedsteam en corporatie (intern)"),
                      translate("ReportingDialogs", "Uitnodiging voor de tent, per woning (openbaar)"),
                      translate("ReportingDialogs", "Uitnodiging voor een werkgroep, per lid met toestemming (vertrouwelijk)"),
                      translate("ReportingDialogs", "'Wat is er gebeurd?' voor alle bewoners (openbaar)")):
            self.kindCombo.addItem(label)
        self.roundCombo = QComboBox(self)
        form.addRow(translate("ReportingDialogs", "&Wat"), self.kindCombo)
        form.addRow(translate("ReportingDialogs", "&Ronde"), self.roundCombo)
        layout.addLayout(form)

        self.groupBox = QGroupBox(translate("ReportingDialogs", "Bijeenkomst van de werkgroep"), self)
        group_form = QFormLayout(self.groupBox)
        self.groupCombo = QComboBox(self.groupBox)
        self.meetingDateEdit = _date_edit(self.groupBox, QDate.currentDate().addDays(14))
        times = QWidget(self.groupBox)
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.meetingStartEdit = _time_edit(times, QTime(19, 30))
        self.meetingEndEdit = _time_edit(times, QTime(21, 0))
        row.addWidget(self.meetingStartEdit)
        row.addWidget(QLabel(translate("ReportingDialogs", "tot"), times))
        row.addWidget(self.meetingEndEdit)
        row.addStretch(1)
        self.placeEdit = QLineEdit(self.groupBox)
        self.placeEdit.setPlaceholderText(translate("ReportingDialogs", "bijvoorbeeld in de ontmoetingsruimte van portiek A"))
        self.agendaEdit = QLineEdit(self.groupBox)
        self.agendaEdit.setPlaceholderText(translate("ReportingDialogs", "wat er op tafel ligt (één zin)"))
        group_form.addRow(translate("ReportingDialogs", "&Werkgroep"), self.groupCombo)
        group_form.addRow(translate("ReportingDialogs", "&Datum"), self.meetingDateEdit)
        group_form.addRow(translate("ReportingDialogs", "Tijd"), times)
        group_form.addRow(translate("ReportingDialogs", "&Plaats"), self.placeEdit)
        group_form.addRow(translate("ReportingDialogs", "&Agenda"), self.agendaEdit)
        layout.addWidget(self.groupBox)

        self.hintLabel = QLabel(self)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(theme.QUIET_STYLE)
        layout.addWidget(self.hintLabel)
        self.messageLabel = _message_label(self)
        layout.addWidget(self.messageLabel)
        buttons = QDialogButtonBox(self)
        self.saveButton = buttons.addButton(translate("ReportingDialogs", "&Opslaan als PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(translate("ReportingDialogs", "Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

        self.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        self._fill()
        self.kindCombo.setCurrentIndex(kind)
        self._kind_chosen(kind)

    def _fill(self) -> None:
        rows, groups = self.runner.read(_rounds_and_groups, self.building_id)
        for row in rows:
            self.roundCombo.addItem(row.name, row.id)
        for name in groups:
            self.groupCombo.addItem(name)
        self.saveButton.setEnabled(bool(rows))
        if not rows:
            self._show(translate("ReportingDialogs", "Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad "
                           "'Ronde voorbereiden'."), error=True)

    def _kind_chosen(self, kind: int) -> None:
        self.groupBox.setVisible(kind == GROUP_INVITATION)
        hints = {
            REPORT: translate("ReportingDialogs", "Intern: geen namen, geen woningcodes, geen cijfers over minder dan 10 bewoners, alleen "
                        "goedgekeurde citaten."),
            TENT_INVITATION: translate("ReportingDialogs", "Datum, tijd en plaats van de tent en de contactpersoon komen uit Ronde "
                                 "voorbereiden › Afzender en tent…"),
            GROUP_INVITATION: translate("ReportingDialogs", "Alleen leden die toestemming gaven om benaderd te worden, krijgen een "
                                  "uitnodiging. Het afdrukken wordt gelogd."),
            UPDATE_HANDOUT: translate("ReportingDialogs", "Openbaar: uit de publicatie en de werkgroepen (aantallen, nooit namen)."),
        }
        self.hintLabel.setText(hints.get(kind, ""))
        self.adjustSize()

    def round_id(self) -> int | None:
        return self.roundCombo.currentData()

    def default_file_name(self) -> str:
        kind = self.kindCombo.currentIndex()
        words = {REPORT: translate("ReportingDialogs", "Rapport"), TENT_INVITATION: translate("ReportingDialogs", "Uitnodigingen tent"),
                 GROUP_INVITATION: translate("ReportingDialogs", "Uitnodigingen werkgroep"), UPDATE_HANDOUT: translate("ReportingDialogs", "Wat is er gebeurd")}
        parts = [words[kind], self.roundCombo.currentText()]
        if kind == GROUP_INVITATION:
            parts.append(self.groupCombo.currentText())
        return safe_file_name(*parts, suffix=".pdf")

    def write(self, target: Path):
        """Write the chosen PDF (one transaction) on a worker thread with a progress dialog; raises UserError
        with a Dutch sentence."""
        round_id = self.round_id()
        if round_id is None:
            raise UserError(translate("ReportingDialogs", "Kies eerst een ronde."))
        kind = self.kindCombo.currentIndex()
        meeting = None
        if kind == GROUP_INVITATION:
            if not self.groupCombo.currentText():
                raise UserError(translate("ReportingDialogs", "Deze flat heeft nog geen werkgroep; maak er eerst een aan."))
            meeting = dict(group=self.groupCombo.currentText(), day=self.meetingDateEdit.date().toPython(),
                           starts=self.meetingStartEdit.time().toPython(), ends=self.meetingEndEdit.time().toPython(),
                           place=self.placeEdit.text(), agenda=self.agendaEdit.text(), today=date.today())
        label = translate("ReportingDialogs", "{what} maken en opslaan…").format(what=self.kindCombo.currentText())
        return self.runner.run_slow(self, label, _print, kind, round_id, target, meeting)

    def save_to(self, target: Path) -> bool:
        try:
            printed = self.write(target)
        except Exception as error:      # a full disk, a folder that cannot be written: one line
            self._show(error_line(error), error=True)
            return False
        self.last_printed = printed
        lines = [translate("ReportingDialogs", "Opgeslagen: {summary}").format(summary=printed.summary())]
        lines += [translate("ReportingDialogs", "Let op: {notice}").format(notice=n) for n in printed.notices]
        self._show("\n".join(lines))
        return True

    def save_pdf(self) -> bool:
        folder = QSettings().value(LAST_FOLDER_KEY) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(self, translate("ReportingDialogs", "Opslaan als PDF"),
                                                    str(Path(folder) / self.default_file_name()),
                                                    translate("ReportingDialogs", "PDF-bestanden (*.pdf)"))
        if not path:
            return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        if self.save_to(target):
            QSettings().setValue(LAST_FOLDER_KEY, str(target.parent))
            return True
        return False

    def _show(self, text: str, error: bool = False) -> None:
        self.messageLabel.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.messageLabel.setText(text)
        self.adjustSize()


def _rounds_and_groups(session, building_id: int) -> tuple[list, list[str]]:
    """The block's rounds and the names of its working groups (by name)."""
    from flatapp.services.groups import list_groups
    from flatapp.services.rounds import list_rounds

    return list_rounds(session, building_id), sorted(group.name for group in list_groups(session, building_id))


def _print(session, kind: int, round_id: int, target: Path, meeting: dict | None):
    """The chosen PDF, as the command line prints it (flatapp.reporting.service); runs on a worker thread."""
    from flatapp.reporting import service

    if kind == REPORT:
        return service.print_report(session, round_id, target)
    if kind == TENT_INVITATION:
        return service.print_tent_invitations(session, round_id, target)
    if kind == UPDATE_HANDOUT:
        return service.print_update_handout(session, round_id, target)
    meeting = dict(meeting or {})
    return service.print_group_invitations(session, round_id, meeting.pop("group"), target, **meeting)


__all__ = ["CopyRoundDialog", "ReportingDialog", "SenderSettingsDialog"]
