"""Edit the labels of a round's door outcome codes (the numbers on the door list stay fixed)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from flatapp.gui import theme
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_outcome_codes_dialog import Ui_OutcomeCodesDialog
from flatapp.gui.message_line import show_message
from flatapp.gui.row_table_model import RowTableModel
from flatapp.gui.runner import ServiceRunner
from flatapp.services.errors import UserError
from flatapp.services.round_rows import OutcomeRow
from flatapp.services.rounds import list_outcomes, update_outcome_label
from flatapp.storage.database import Database

translate = QCoreApplication.translate

COL_CODE, COL_LABEL, COL_MEANING, COL_FINAL = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("OutcomeCodes", "Code"), QT_TRANSLATE_NOOP("OutcomeCodes", "Omschrijving"),
    QT_TRANSLATE_NOOP("OutcomeCodes", "Telt voor de respons als"),
    QT_TRANSLATE_NOOP("OutcomeCodes", "Daarna nog aanbellen?"),
)
MEANINGS = {
    "interview": QT_TRANSLATE_NOOP("OutcomeCodes", "gesprek"),
    "partial": QT_TRANSLATE_NOOP("OutcomeCodes", "deels gesprek"),
    "refusal": QT_TRANSLATE_NOOP("OutcomeCodes", "weigering"),
    "non_contact": QT_TRANSLATE_NOOP("OutcomeCodes", "niet bereikt"),
    "not_eligible": QT_TRANSLATE_NOOP("OutcomeCodes", "valt buiten de ronde"),
    "other": QT_TRANSLATE_NOOP("OutcomeCodes", "overig"),
}


class OutcomeCodeModel(RowTableModel):
    """The round's outcome codes; only the label column is editable."""

    headers = HEADERS
    context = "OutcomeCodes"
    labelEdited = Signal(int, str)   # outcome id, new label

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: OutcomeRow = self.row_at(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_CODE:
                return row.code
            if column == COL_LABEL:
                return row.label
            if column == COL_MEANING:
                return translate("OutcomeCodes", MEANINGS.get(row.disposition, MEANINGS["other"]))
            if column == COL_FINAL:
                return translate("OutcomeCodes", "nee, klaar") if row.final else translate("OutcomeCodes", "ja")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CODE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == COL_LABEL else flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_LABEL:
            return False
        row: OutcomeRow = self.row_at(index.row())
        if str(value) != row.label:
            self.labelEdited.emit(row.id, str(value))   # the dialog saves and reloads the rows
        return True


class OutcomeCodesDialog(RememberingDialog):
    settings_key = "outcome_codes"

    def __init__(self, database: Database, round_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutcomeCodesDialog()
        self.ui.setupUi(self)
        self.database = database
        self.runner = ServiceRunner(database)
        self.round_id = round_id
        self.model = OutcomeCodeModel(self)
        table = self.ui.codeTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        self.ui.introLabel.setStyleSheet(theme.QUIET_STYLE)
        self.model.labelEdited.connect(self.rename)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()
        table.setCurrentIndex(self.model.index(0, COL_LABEL))

    def reload(self) -> None:
        self.model.set_rows(self.runner.read(list_outcomes, self.round_id))

    def rename(self, outcome_id: int, label: str) -> bool:
        try:
            row = self.runner.write(update_outcome_label, outcome_id, label)
        except UserError as error:
            show_message(self.ui.messageLabel, "error", str(error))
            return False
        show_message(self.ui.messageLabel, "ok", translate("OutcomeCodes", "Opgeslagen: {code} {label}")
                                     .format(code=row.code, label=row.label))
        self.reload()
        return True
