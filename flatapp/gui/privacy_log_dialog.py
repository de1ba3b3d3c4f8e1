"""The privacy log for the privacy officer (FG): a filterable table of the privacy-relevant log lines,
newest first, with a CSV export (which is itself logged)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flatapp.gui.row_table_model import ModelIndex, RowTableModel
from flatapp.gui.runner import ServiceRunner, error_line
from flatapp.privacy.log import KINDS, PrivacyLogRow, export_privacy_log, privacy_log
from flatapp.storage.database import Database


class PrivacyLogModel(RowTableModel):
    context = "PrivacyLogModel"
    headers = (QT_TRANSLATE_NOOP("PrivacyLogModel", "Datum en tijd"), QT_TRANSLATE_NOOP("PrivacyLogModel", "Gebruiker"),
               QT_TRANSLATE_NOOP("PrivacyLogModel", "Soort"), QT_TRANSLATE_NOOP("PrivacyLogModel", "Niveau"),
               QT_TRANSLATE_NOOP("PrivacyLogModel", "Naar"), QT_TRANSLATE_NOOP("PrivacyLogModel", "Flat"),
               QT_TRANSLATE_NOOP("PrivacyLogModel", "Omschrijving"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: PrivacyLogRow = self.row_at(index.row())
        values = (row.moment, row.user, row.kind_label, row.tier_label, row.target, row.building, row.summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.summary if index.column() == 6 else (row.target or None)
        return values[index.column()]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PrivacyLogDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.database = database
        self.runner = ServiceRunner(database)
        self.setWindowTitle(self.tr("Privacylogboek"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Elke uitvoer met persoonsgegevens, elke afdruk met namen, elke wijziging van "
                               "toestemming, elk wissen en opschonen en elke publicatie: wie, wanneer, wat en "
                               "waarheen. Nieuwste bovenaan."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        filters = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Alle soorten"), None)
        for key, (label, _prefixes) in KINDS.items():
            self.kind_combo.addItem(label, key)
        today = today or date.today()
        self.since_edit = QDateEdit(_qdate(date(today.year - 1, today.month, min(today.day, 28))), self)
        self.until_edit = QDateEdit(_qdate(today), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
        kind_label = QLabel(self.tr("&Soort:"), self)
        kind_label.setBuddy(self.kind_combo)
        since_label = QLabel(self.tr("&Vanaf:"), self)
        since_label.setBuddy(self.since_edit)
        until_label = QLabel(self.tr("&Tot en met:"), self)
        until_label.setBuddy(self.until_edit)
        for widget in (kind_label, self.kind_combo, since_label, self.since_edit, until_label, self.until_edit):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.model = PrivacyLogModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        bottom.addWidget(self.count_label, 1)
        self.export_button = QPushButton(self.tr("&Exporteren als CSV…"), self)
        self.export_button.setAutoDefault(False)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.since_edit.dateChanged.connect(self.reload)
        self.until_edit.dateChanged.connect(self.reload)
        self.export_button.clicked.connect(self.export_csv)
        close.clicked.connect(self.reject)
        self.resize(1000, 520)
        self.reload()

    def filters(self) -> dict:
        return {"kind": self.kind_combo.currentData(), "since": _day(self.since_edit.date()),
                "until": _day(self.until_edit.date())}

    def reload(self, *_args) -> None:
        rows = self.runner.read(privacy_log, **self.filters())
        self.model.set_rows(rows)
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        self.count_label.setText(self.tr("1 regel") if len(rows) == 1 else
                                 self.tr("{count} regels").format(count=len(rows)))
        self.export_button.setEnabled(bool(rows) and not self.database.read_only)   # the export is logged

    def export_csv(self, path: str | None = None) -> Path | None:
        if not path:
            suggested = str(Path.home() / "privacylogboek.csv")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Privacylogboek exporteren"), suggested,
                                                        self.tr("CSV voor Excel (*.csv);;Excel-werkmap (*.xlsx)"))
        if not path:
            return None
        try:
            self.runner.run_slow(self, self.tr("Privacylogboek exporteren…"), export_privacy_log, self.model.rows(),
                                 Path(path))
        except Exception as error:      # a full disk, a folder that cannot be written: one Dutch line
            QMessageBox.warning(self, self.tr("Privacylogboek exporteren"), error_line(error))
            return None
        self.reload()               # the export itself is a line of the log
        return Path(path)
