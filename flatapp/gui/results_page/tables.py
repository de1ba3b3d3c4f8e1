"""The results page's table models: the comparison of two rounds, the open answers, the response rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from flatapp.analysis.compare import Comparison, ComparisonRow, format_difference, format_value
from flatapp.analysis.model import EveningAttempts, ResponseGroup
from flatapp.charts.figures import dutch_percent
from flatapp.gui import theme
from flatapp.gui.row_table_model import RowTableModel

translate = QCoreApplication.translate

# Differences in the comparison: green is better, red is worse (text colour and a light fill).
BETTER_TEXT, BETTER_FILL = QColor(theme.BETTER), QColor(theme.BETTER_BG)
WORSE_TEXT, WORSE_FILL = QColor(theme.WORSE), QColor(theme.WORSE_BG)
_ROOT = QModelIndex()


# --- the comparison table ----------------------------------------------------------------------

class ComparisonModel(QAbstractTableModel):
    """A thin read-only model over ``Comparison.rows``: part, figure, before, after, difference."""

    SECTION, LABEL, BEFORE, AFTER, DIFFERENCE = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._rows: tuple[ComparisonRow, ...] = ()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._rows = comparison.rows if comparison is not None else ()
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        comparison = self.comparison
        if section == self.SECTION:
            return translate("ResultsPage", "Onderdeel")
        if section == self.LABEL:
            return translate("ResultsPage", "Cijfer")
        if section == self.BEFORE:
            return comparison.before.title if comparison else translate("ResultsPage", "Voor")
        if section == self.AFTER:
            return comparison.after.title if comparison else translate("ResultsPage", "Na")
        if section == self.DIFFERENCE:
            return translate("ResultsPage", "Verschil")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SECTION:
                first = index.row() == 0 or self._rows[index.row() - 1].section != row.section
                return row.section if first else ""
            if column == self.LABEL:
                return row.label
            if column == self.BEFORE:
                return format_value(row.before, row.unit)
            if column == self.AFTER:
                return format_value(row.after, row.unit)
            return format_difference(row.difference, row.unit)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.BEFORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.DIFFERENCE and row.verdict:
            if role == Qt.ItemDataRole.ForegroundRole:
                return BETTER_TEXT if row.verdict > 0 else WORSE_TEXT
            if role == Qt.ItemDataRole.BackgroundRole:
                return BETTER_FILL if row.verdict > 0 else WORSE_FILL
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("ResultsPage", "beter") if row.verdict > 0 else translate("ResultsPage", "slechter")
        if role == Qt.ItemDataRole.FontRole and column in (self.SECTION, self.DIFFERENCE):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_data(self, row: int) -> ComparisonRow:
        return self._rows[row]


class OpenAnswersModel(RowTableModel):
    """The distinct answers to one open question: rows of (answer, how many respondents gave it)."""

    headers = (QT_TRANSLATE_NOOP("ResultsPage", "Antwoord"), QT_TRANSLATE_NOOP("ResultsPage", "Aantal"))
    context = "ResultsPage"
    ANSWER, COUNT = range(2)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        text, count = self.row_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.ANSWER:
                return text
            return str(count) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None



def _group_rows(groups: Sequence[ResponseGroup]) -> list[list[str]]:
    """Occupied homes (the base; the title says so), complete interviews and RR1 = interviews / occupied."""
    return [[g.label, str(g.eligible), str(g.interviews), dutch_percent(g.rr1)] for g in groups]


def _evening_rows(evenings: Sequence[EveningAttempts]) -> list[list[str]]:
    return [[e.label, str(e.attempts), str(e.interviews)] for e in evenings]
