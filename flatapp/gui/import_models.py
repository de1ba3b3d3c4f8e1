"""Thin table models for the import dialog: checked homes (preview) and row issues."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from flatapp.domain.addresses import floor_label
from flatapp.gui.row_table_model import RowTableModel
from flatapp.importing.model import HomeRecord

_Index = QModelIndex | QPersistentModelIndex


class HomePreviewModel(RowTableModel):
    """The homes a file will give, as the coordinator will see them in the app."""

    COL_ROW, COL_STREET, COL_NUMBER, COL_LETTER, COL_ADDITION, COL_POSTCODE, COL_CITY, \
        COL_VHE, COL_ENTRANCE, COL_FLOOR, COL_TYPE = range(11)
    COLUMN_COUNT = 11

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [
            self.tr("Rij"), self.tr("Straat"), self.tr("Huisnummer"), self.tr("Letter"),
            self.tr("Toevoeging"), self.tr("Postcode"), self.tr("Plaats"), self.tr("VHE-nummer"),
            self.tr("Portiek"), self.tr("Verdieping"), self.tr("Soort"),
        ]

    @classmethod
    def text(cls, record: HomeRecord, column: int) -> str:
        if column == cls.COL_ROW:
            return str(record.row_number)
        if column == cls.COL_NUMBER:
            return str(record.house_number)
        if column == cls.COL_FLOOR:
            return "" if record.floor is None else floor_label(record.floor)
        attribute = {
            cls.COL_STREET: "street", cls.COL_LETTER: "house_letter", cls.COL_ADDITION: "addition",
            cls.COL_POSTCODE: "postcode", cls.COL_CITY: "city", cls.COL_VHE: "vhe_code",
            cls.COL_ENTRANCE: "entrance", cls.COL_TYPE: "unit_type",
        }.get(column)
        return "" if attribute is None else str(getattr(record, attribute) or "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_ROW, self.COL_NUMBER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_ROW:
            return QApplication.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        return None

    def empty_columns(self) -> list[int]:
        """Columns without a single value (the file has no such data): the view hides them."""
        return [column for column in range(self.COLUMN_COUNT)
                if column != self.COL_ROW and not any(self.text(r, column) for r in self._rows)]


class IssueModel(RowTableModel):
    """Rows of the file with a reason: rejected rows, or (``muted``) rows skipped on purpose."""

    COL_ROW, COL_COLUMN, COL_REASON = range(3)
    COLUMN_COUNT = 3

    def __init__(self, muted: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._muted = muted
        self.headers = [self.tr("Rij"), self.tr("Kolom"), self.tr("Reden")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        issue = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_ROW:
                return str(issue.row_number)
            if column == self.COL_COLUMN:
                return issue.column
            if column == self.COL_REASON:
                return issue.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted:
            return QApplication.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        return None

    def as_text(self) -> str:
        """Tab-separated with a header line: pastes as columns in Excel and reads well in a mail."""
        lines = ["\t".join(self.headers)]
        for issue in self._rows:
            cells = (str(issue.row_number), issue.column, issue.reason)
            lines.append("\t".join(" ".join(cell.split()) for cell in cells))
        return "\n".join(lines) + "\n"


class AddressChangeModel(RowTableModel):
    """The homes an import would give another address: row, home, before → after."""

    COL_ROW, COL_HOME, COL_BEFORE, COL_AFTER = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Rij"), self.tr("Woning"), self.tr("Nu"), self.tr("Wordt")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(change.row_number), change.code, change.before, change.after)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
