"""Retention dates and the purge, for the coordinator and the privacy officer.

Every round with its retention date and state; the date of the chosen round can be changed; the purge
removes the round's personal data after a confirmation that names what goes (earlier than the date only
when the coordinator says so); backups that still hold the data are listed and removed on request.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flatapp.domain.dutch import dutch_date
from flatapp.gui import theme
from flatapp.gui.row_table_model import ModelIndex, RowTableModel
from flatapp.gui.runner import ServiceRunner
from flatapp.privacy.compact import compact_storage
from flatapp.privacy.retention import (
    BackupFile,
    RetentionRow,
    backups_before,
    backups_holding,
    delete_backups,
    plan_purge,
    purge_round,
    retention_rows,
    set_retention,
)
from flatapp.services.errors import UserError
from flatapp.storage.database import Database

DUE_COLOUR = QColor(theme.ERROR_BG)
translate = QCoreApplication.translate


class RetentionModel(RowTableModel):
    context = "RetentionModel"
    headers = (QT_TRANSLATE_NOOP("RetentionModel", "Flat"), QT_TRANSLATE_NOOP("RetentionModel", "Ronde"),
               QT_TRANSLATE_NOOP("RetentionModel", "Bewaren tot en met"), QT_TRANSLATE_NOOP("RetentionModel", "Stand"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: RetentionRow = self.row_at(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DUE_COLOUR) if row.due else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.building_name, row.round_name, dutch_date(row.retention_until), row.state_label)[index.column()]


def ask_purge(parent: QWidget, row: RetentionRow, lines: list[str]) -> bool:
    """The confirmation names what the purge removes; before the date it says so and asks for that."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RetentionDialog", "Opschonen"))
    if row.due or row.purged_at is not None:
        box.setText(translate("RetentionDialog", "De persoonsgegevens van ronde '{name}' opschonen?")
                    .format(name=row.round_name))
    else:
        box.setText(translate("RetentionDialog", "De bewaartermijn van ronde '{name}' loopt nog tot en met {date}. "
                              "Nu al opschonen?").format(name=row.round_name, date=dutch_date(row.retention_until)))
    items = "".join(f"<li>{line}</li>" for line in lines)
    box.setInformativeText(translate("RetentionDialog", "Dit wordt verwijderd:<ul>{items}</ul>De cijfers en de "
                                     "publicaties blijven. Dit kan niet ongedaan worden gemaakt.").format(items=items))
    text = translate("RetentionDialog", "Opschonen") if row.due else translate("RetentionDialog", "Nu opschonen")
    purge = box.addButton(text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("RetentionDialog", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is purge


class RetentionDialog(QDialog):
    def __init__(self, database: Database, backups: Path, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.database = database
        self.runner = ServiceRunner(database)
        self.backups = Path(backups)
        self.today = today or date.today()
        self._purged_at: datetime | None = None
        self.setWindowTitle(self.tr("Bewaartermijnen en opschonen"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Persoonsgegevens van een ronde (namen, contactgegevens, verhalen, open antwoorden, "
                               "wie wie kent) worden bewaard tot de bewaartermijn; daarna worden ze opgeschoond. "
                               "De cijfers en de publicaties blijven."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RetentionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        date_label = QLabel(self.tr("&Bewaren tot en met:"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setCalendarPopup(True)
        date_label.setBuddy(self.date_edit)
        self.change_button = QPushButton(self.tr("Termijn &wijzigen"), self)
        self.purge_button = QPushButton(self.tr("&Opschonen…"), self)
        for widget in (date_label, self.date_edit, self.change_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.purge_button)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.backup_title = QLabel(self)
        self.backup_title.setWordWrap(True)
        layout.addWidget(self.backup_title)
        self.backup_list = QListWidget(self)
        self.backup_list.setMaximumHeight(self.backup_list.fontMetrics().height() * 5 + 10)
        layout.addWidget(self.backup_list)
        bottom = QHBoxLayout()
        self.delete_backups_button = QPushButton(self.tr("Reservekopieën &verwijderen…"), self)
        close = QPushButton(self.tr("Sluiten"), self)
        bottom.addWidget(self.delete_backups_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        for button in (self.change_button, self.purge_button, self.delete_backups_button, close):
            button.setAutoDefault(False)

        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.change_button.clicked.connect(self.change_date)
        self.purge_button.clicked.connect(self.purge)
        self.delete_backups_button.clicked.connect(self.remove_backups)
        close.clicked.connect(self.reject)
        writable = not database.read_only
        for button in (self.change_button, self.purge_button, self.delete_backups_button):
            button.setEnabled(writable)
        self.resize(820, 520)
        self.reload()

    # --- reading -----------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        rows = self.runner.read(retention_rows, today=self.today)
        self.model.set_rows(rows)
        wanted = next((i for i, r in enumerate(rows) if r.round_id == keep), None)
        if wanted is None:
            wanted = next((i for i, r in enumerate(rows) if r.due), 0 if rows else None)
        if wanted is not None:
            self.table.selectRow(wanted)
        self._row_chosen()
        self._list_backups(rows)

    def current(self) -> RetentionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_round(self, round_id: int) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.round_id == round_id:
                self.table.selectRow(index)

    def _row_chosen(self, *_args) -> None:
        row = self.current()
        has_row = row is not None and not self.database.read_only
        self.change_button.setEnabled(has_row and row.purged_at is None)
        self.purge_button.setEnabled(has_row)
        self.date_edit.setEnabled(has_row and row.purged_at is None)
        if row is not None:
            until = row.retention_until
            self.date_edit.setDate(QDate(until.year, until.month, until.day))

    def backup_files(self) -> list[BackupFile]:
        return [self.backup_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.backup_list.count())]

    def _list_backups(self, rows: list[RetentionRow]) -> None:
        if self._purged_at is not None:
            files = backups_before(self.backups, self._purged_at)
            title = self.tr("Deze reservekopieën zijn van vóór het opschonen en bevatten de persoonsgegevens nog:")
        else:
            files = backups_holding(self.backups, [r for r in rows if r.due])
            title = self.tr("Deze reservekopieën bevatten nog persoonsgegevens van een ronde waarvan de bewaartermijn "
                            "verstreken is:")
        self.backup_list.clear()
        for backup in files:
            self.backup_list.addItem(backup.label)
            self.backup_list.item(self.backup_list.count() - 1).setData(Qt.ItemDataRole.UserRole, backup)
        self.backup_title.setText(title if files else self.tr("Geen oude reservekopieën in {folder}.")
                                  .format(folder=self.backups))
        self.backup_list.setVisible(bool(files))
        self.delete_backups_button.setVisible(bool(files))

    # --- writing -----------------------------------------------------------------------------------
    def change_date(self) -> None:
        row = self.current()
        if row is None:
            return
        value = self.date_edit.date()
        try:
            changed = self.runner.write(set_retention, row.round_id, date(value.year(), value.month(), value.day()),
                                        today=self.today)
        except UserError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Ronde '{name}': bewaren tot en met {date}.").format(
            name=changed.round_name, date=dutch_date(changed.retention_until)))
        self.reload(keep=row.round_id)

    def purge(self) -> bool:
        row = self.current()
        if row is None:
            return False
        plan = self.runner.read(plan_purge, row.round_id)
        if not ask_purge(self, row, plan.lines()):
            return False
        moment = datetime.now()
        try:
            result = self.runner.write(purge_round, row.round_id, now=not row.due, today=self.today)
        except UserError as error:
            self.message.setText(str(error))
            return False
        compacted = compact_storage(self.database.engine)
        self._purged_at = moment
        self.message.setText(self.tr("Ronde '{name}' is opgeschoond. {compact}").format(
            name=result.plan.round_name, compact=compacted.text))
        self.reload(keep=row.round_id)
        return True

    def remove_backups(self) -> list[Path]:
        files = self.backup_files()
        if not files:
            return []
        answer = QMessageBox.question(
            self, self.tr("Reservekopieën verwijderen"),
            self.tr("{count} reservekopieën verwijderen uit {folder}? Ze bevatten persoonsgegevens die niet langer "
                    "bewaard mogen worden.").format(count=len(files), folder=self.backups),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return []
        try:
            removed = self.runner.write(delete_backups, files)
        except UserError as error:
            self.message.setText(str(error))
            return []
        self.message.setText(self.tr("{count} reservekopieën verwijderd.").format(count=len(removed)))
        self.reload(keep=self.current().round_id if self.current() else None)
        return removed
