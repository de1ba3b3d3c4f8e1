"""The home list: a thin table model over plain ``HomeRow``s and a search/sort proxy."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from flatapp.services.homes import HomeRow

COL_CODE = 0
COL_ADDRESS = 1
COL_POSTCODE = 2
COL_ENTRANCE = 3
COL_FLOOR = 4
COL_VHE = 5
COLUMN_COUNT = 6

HOME_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a text key; the proxy compares the real keys itself

_HEADERS = {
    COL_CODE: lambda: QCoreApplication.translate("HomeTableModel", "Code"),
    COL_ADDRESS: lambda: QCoreApplication.translate("HomeTableModel", "Adres"),
    COL_POSTCODE: lambda: QCoreApplication.translate("HomeTableModel", "Postcode"),
    COL_ENTRANCE: lambda: QCoreApplication.translate("HomeTableModel", "Portiek"),
    COL_FLOOR: lambda: QCoreApplication.translate("HomeTableModel", "Verdieping"),
    COL_VHE: lambda: QCoreApplication.translate("HomeTableModel", "VHE"),
}
_DIGITS = re.compile(r"(\d+)")
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
# The roles data() answers; a view asks for many more (font, colours, check state …) for every cell.
_ROLES = frozenset((*_TEXT_ROLES, HOME_ID_ROLE, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole))

ModelIndex = QModelIndex | QPersistentModelIndex


def natural_key(text: str) -> tuple:
    """'VF-2' before 'VF-10'; digits compare as numbers, the rest without case."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in _DIGITS.split(text))


class HomeTableModel(QAbstractTableModel):
    """Read-only rows; the views replace them with ``set_rows`` after every change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[HomeRow] = []
        self._order_keys: dict[int, list[tuple]] = {}  # column → per row (sort key, walking order)

    # --- data -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[HomeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._order_keys = {}
        self.endResetModel()

    def order_key(self, row: int, column: int) -> tuple:
        """The key the list sorts on: the column's sort key, ties broken by walking order.
        Made once per column for all rows (sorting asks for it many times per row)."""
        keys = self._order_keys.get(column)
        if keys is None:
            keys = self._order_keys[column] = [(self.sort_key(home, column), home.walking_key())
                                               for home in self._rows]
        return keys[row]

    def rows(self) -> list[HomeRow]:
        return list(self._rows)

    def row_of(self, home_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == home_id:
                return number
        return None

    def home_at(self, row: int) -> HomeRow:
        return self._rows[row]

    # --- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and section in _HEADERS:
            return _HEADERS[section]()
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        home = self._rows[row]
        column = index.column()
        if role in _TEXT_ROLES:
            return self.display_text(home, column)
        if role == HOME_ID_ROLE:
            return home.id
        if role == SORT_ROLE:
            return repr(self.sort_key(home, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_FLOOR:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- what is shown, sorted and searched ---------------------------------------------------
    @staticmethod
    def display_text(home: HomeRow, column: int) -> str:
        if column == COL_CODE:
            return home.code
        if column == COL_ADDRESS:
            return home.address
        if column == COL_POSTCODE:
            return home.postcode
        if column == COL_ENTRANCE:
            return home.entrance
        if column == COL_FLOOR:
            return home.floor_label
        if column == COL_VHE:
            return home.vhe_code
        return ""

    @staticmethod
    def sort_key(home: HomeRow, column: int) -> tuple:
        if column == COL_CODE:
            return natural_key(home.code)
        if column == COL_ADDRESS:
            return (home.street.casefold(), home.house_number, home.house_letter, natural_key(home.addition))
        if column == COL_POSTCODE:
            return (home.postcode, home.house_number, home.house_letter, natural_key(home.addition))
        if column == COL_ENTRANCE:
            return (home.entrance_position, natural_key(home.entrance), home.floor, home.house_number)
        if column == COL_FLOOR:
            return (home.floor, home.entrance_position, home.house_number, home.house_letter)
        if column == COL_VHE:
            return natural_key(home.vhe_code)
        return ()

    @staticmethod
    def search_text(home: HomeRow) -> str:
        parts = [HomeTableModel.display_text(home, column) for column in range(COLUMN_COUNT)]
        parts += [home.number_label, home.city, home.postcode.replace(" ", "")]
        return " ".join(parts).casefold()


class HomeFilterProxy(QSortFilterProxyModel):
    """Search across all columns (every word must match somewhere); sorts numbers as numbers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search_text(self) -> str:
        return " ".join(self._words)

    def _home_model(self) -> HomeTableModel:
        model = self.sourceModel()
        assert isinstance(model, HomeTableModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        haystack = HomeTableModel.search_text(self._home_model().home_at(source_row))
        return all(word in haystack for word in self._words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        model = self._home_model()
        column = left.column()
        # Equal sort keys fall back on walking order: a stable, meaningful tie-break.
        return model.order_key(left.row(), column) < model.order_key(right.row(), column)

    def home_id(self, proxy_row: int) -> int | None:
        index = self.index(proxy_row, 0)
        return index.data(HOME_ID_ROLE) if index.isValid() else None

    def proxy_row_of(self, home_id: int) -> int | None:
        source_row = self._home_model().row_of(home_id)
        if source_row is None:
            return None
        index = self.mapFromSource(self._home_model().index(source_row, 0))
        return index.row() if index.isValid() else None
