"""A home's consent per purpose and its privacy actions, under the address fields (view only).

A small table (round, purpose, answer, how, date) and four buttons: withdraw the selected consent,
record consent given by phone or in writing, the access letter, and erasing the household. The panel
emits what the user asked for; ``gui.privacy_controller`` does it (with confirmation) and refills it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flatapp.domain.consent import PURPOSE_SHORT, SOURCE_LABELS, ConsentRow
from flatapp.domain.dutch import dutch_moment
from flatapp.gui import theme
from flatapp.gui.row_table_model import ModelIndex, RowTableModel

VISIBLE_ROWS = 3
# Column order: the purpose first (it stretches and elides), the round last.
COL_PURPOSE, COL_STATE, COL_SOURCE, COL_DATE, COL_ROUND = range(5)


class ConsentTableModel(RowTableModel):
    context = "ConsentTableModel"
    headers = (QT_TRANSLATE_NOOP("ConsentTableModel", "Doel"), QT_TRANSLATE_NOOP("ConsentTableModel", "Antwoord"),
               QT_TRANSLATE_NOOP("ConsentTableModel", "Hoe"), QT_TRANSLATE_NOOP("ConsentTableModel", "Datum"),
               QT_TRANSLATE_NOOP("ConsentTableModel", "Ronde"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: ConsentRow = self.row_at(index.row())
        who = f" (bewoner {row.respondent})" if row.respondent != 1 else ""
        moment = row.withdrawn_at or row.recorded_at
        values = (PURPOSE_SHORT.get(row.purpose, row.purpose) + who, row.state_label,
                  SOURCE_LABELS.get(row.source, row.source), dutch_moment(moment)[:10], row.round_name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (row.purpose_label + who, row.note) if part)
        return values[index.column()]


class HomeConsentPanel(QWidget):
    withdrawRequested = Signal(object)   # the ConsentRow to withdraw
    recordRequested = Signal()
    accessRequested = Signal()
    eraseRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("homeConsentPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        title_row = QHBoxLayout()
        self.title = QLabel(self.tr("Toestemming en privacy"), self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.empty_label = QLabel(self.tr("nog geen toestemming vastgelegd"), self)
        self.empty_label.setStyleSheet(theme.QUIET_STYLE)
        self.empty_label.setWordWrap(True)
        title_row.addWidget(self.title)
        title_row.addWidget(self.empty_label, 1)
        layout.addLayout(title_row)
        self.model = ConsentTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("consentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)          # Tab moves on to the buttons
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PURPOSE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        row_height = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        # Three rows when there is room; down to one when the window is small (the splitter may squeeze it).
        self.table.setMaximumHeight(header.sizeHint().height() + VISIBLE_ROWS * row_height + 4)
        self.table.setMinimumHeight(header.sizeHint().height() + row_height + 4)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.table)

        buttons = QHBoxLayout()      # short texts, one row: the side panel stays narrow
        buttons.setSpacing(6)
        self.withdraw_button = QPushButton(self.tr("&Intrekken…"), self)
        self.withdraw_button.setToolTip(self.tr("De gekozen toestemming intrekken, met de datum van vandaag (Delete)"))
        self.record_button = QPushButton(self.tr("&Vastleggen…"), self)
        self.record_button.setToolTip(self.tr("Toestemming vastleggen die de bewoner telefonisch of schriftelijk gaf"))
        self.access_button = QPushButton(self.tr("In&zage…"), self)
        self.access_button.setToolTip(self.tr("Inzage: een brief (PDF) met alles wat over deze woning is opgeslagen"))
        self.erase_button = QPushButton(self.tr("Wi&ssen…"), self)
        self.erase_button.setToolTip(self.tr("Alle persoonsgegevens van deze woning wissen (na bevestiging)"))
        self.erase_button.setStyleSheet(theme.text_style(theme.ERROR))
        for button in (self.withdraw_button, self.record_button, self.access_button, self.erase_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(56)      # a narrow window may shorten them rather than widen the panel
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.withdraw_button.clicked.connect(self._withdraw)
        self.record_button.clicked.connect(self.recordRequested)
        self.access_button.clicked.connect(self.accessRequested)
        self.erase_button.clicked.connect(self.eraseRequested)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._withdraw)
        self.set_rows([])

    def set_rows(self, rows: Sequence[ConsentRow]) -> None:
        self.model.set_rows(rows)
        has_rows = bool(rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
        self._update_buttons()

    def rows(self) -> list[ConsentRow]:
        return self.model.rows()

    def selected_row(self) -> ConsentRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def set_actions_enabled(self, enabled: bool) -> None:
        """Off for a read-only database: look, do not change."""
        for button in (self.record_button, self.access_button, self.erase_button):   # the letter is logged
            button.setEnabled(enabled)
        self._writable = enabled
        self._update_buttons()

    def _update_buttons(self, *_args: QModelIndex) -> None:
        row = self.selected_row()
        self.withdraw_button.setEnabled(getattr(self, "_writable", True) and row is not None and row.active)

    def _withdraw(self) -> None:
        row = self.selected_row()
        if row is not None and row.active and self.withdraw_button.isEnabled():
            self.withdrawRequested.emit(row)
