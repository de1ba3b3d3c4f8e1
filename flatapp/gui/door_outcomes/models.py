"""The door grid's table model: one team's door list of one evening in the printed order, with what
was typed but not yet saved (a time, a come-back time, a note before the outcome)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from flatapp.gui.door_outcomes.style import DEFAULT_TEXT, WARN_TEXT, tint
from flatapp.services import door_outcomes as outcome_service
from flatapp.services.door_outcomes import DoorOutcomeRow

ModelIndex = QModelIndex | QPersistentModelIndex

(COL_CODE, COL_ADDRESS, COL_FLOOR, COL_EARLIER, COL_OUTCOME, COL_TIME, COL_COME_BACK,
 COL_NOTE) = range(8)
EDITABLE_COLUMNS = (COL_TIME, COL_COME_BACK, COL_NOTE)
HOME_ID_ROLE = Qt.ItemDataRole.UserRole


class DoorOutcomeTableModel(QAbstractTableModel):
    """The doors of one list; what is typed before an outcome is kept as pending per door.

    ``editRequested(row, column, text)`` carries a typed time, come-back time or note; the widget
    saves it (or keeps it pending) and calls ``set_rows`` / ``set_pending``.
    """

    # Marked for lupdate here, translated where they are shown.
    headers = (
        QT_TRANSLATE_NOOP("DoorOutcomes", "Code"), QT_TRANSLATE_NOOP("DoorOutcomes", "Adres"),
        QT_TRANSLATE_NOOP("DoorOutcomes", "Verd."), QT_TRANSLATE_NOOP("DoorOutcomes", "Eerdere bezoeken"),
        QT_TRANSLATE_NOOP("DoorOutcomes", "Uitkomst"), QT_TRANSLATE_NOOP("DoorOutcomes", "Tijd"),
        QT_TRANSLATE_NOOP("DoorOutcomes", "Terug om"), QT_TRANSLATE_NOOP("DoorOutcomes", "Notitie"),
    )
    editRequested = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[DoorOutcomeRow] = []
        self._pending: dict[int, dict[int, str]] = {}   # home id → column → text
        self._default_time = time(0, 0)
        self._colours: dict[str, QColor] = {}

    # --- content ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[DoorOutcomeRow]) -> None:
        """New rows; the same doors in the same order only refresh their cells (the cursor stays)."""
        rows = list(rows)
        if [r.home_id for r in rows] == [r.home_id for r in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self._pending = {}
        self.endResetModel()

    def set_default_time(self, value: time) -> None:
        self._default_time = value

    def set_colours(self, colours: dict[str, str]) -> None:
        self._colours = {key: tint(QColor(value)) for key, value in colours.items()}

    def rows(self) -> list[DoorOutcomeRow]:
        return list(self._rows)

    def row_at(self, row: int) -> DoorOutcomeRow:
        return self._rows[row]

    def row_of_home(self, home_id: int) -> int:
        for row, door in enumerate(self._rows):
            if door.home_id == home_id:
                return row
        return -1

    def pending(self, home_id: int, column: int) -> str:
        return self._pending.get(home_id, {}).get(column, "")

    def set_pending(self, row: int, column: int, text: str) -> None:
        home_id = self._rows[row].home_id
        values = self._pending.setdefault(home_id, {})
        if text:
            values[column] = text
        else:
            values.pop(column, None)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def clear_pending(self, row: int) -> None:
        self._pending.pop(self._rows[row].home_id, None)

    def time_for(self, row: int) -> time:
        """The time an outcome key on this row is recorded with."""
        text = self.pending(self._rows[row].home_id, COL_TIME)
        return outcome_service.parse_entry_time(text) if text else self._default_time

    # --- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("DoorOutcomes", self.headers[section]) if 0 <= section < len(self.headers) else None
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE_COLUMNS else flags

    def _text(self, door: DoorOutcomeRow, column: int) -> str:
        latest = door.latest
        if column == COL_CODE:
            return door.code
        if column == COL_ADDRESS:
            return door.address
        if column == COL_FLOOR:
            return door.floor_label
        if column == COL_EARLIER:   # short: day and outcome (the tooltip has times and come-back times)
            return "; ".join(f"{attempt.at:%d-%m} {attempt.outcome_label}" for attempt in door.previous)
        if column == COL_OUTCOME:
            if latest is None:
                return ""
            count = len(door.tonight)
            text = f"{latest.outcome_code}  {latest.outcome_label}"
            return text + QCoreApplication.translate("DoorOutcomes", " ({count}e keer)").format(count=count) if count > 1 else text
        if column == COL_TIME:
            if latest is not None:
                return f"{latest.at:%H:%M}"
            pending = self.pending(door.home_id, COL_TIME)
            return pending or f"{self._default_time:%H:%M}"
        if column == COL_COME_BACK:
            if latest is not None:
                return latest.come_back or (QCoreApplication.translate("DoorOutcomes", "wanneer?") if latest.needs_come_back else "")
            return self.pending(door.home_id, COL_COME_BACK)
        if column == COL_NOTE:
            return latest.note if latest is not None else self.pending(door.home_id, COL_NOTE)
        return ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        door = self._rows[index.row()]
        column = index.column()
        latest = door.latest
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(door, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_COME_BACK and latest is not None:
                return latest.come_back
            return self._text(door, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_OUTCOME and latest is not None:
            return self._colours.get(latest.disposition)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_TIME and latest is None and not self.pending(door.home_id, COL_TIME):
                return DEFAULT_TEXT
            if column == COL_COME_BACK and latest is not None and latest.needs_come_back:
                return WARN_TEXT
            if column == COL_EARLIER:
                return DEFAULT_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_EARLIER and door.previous:
                return "\n".join(attempt.label for attempt in door.previous)
            if column == COL_OUTCOME and door.tonight:
                return "\n".join(attempt.label for attempt in door.tonight)
            if column == COL_NOTE and latest is not None and latest.note:
                return latest.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_FLOOR, COL_TIME):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == HOME_ID_ROLE:
            return door.home_id
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE_COLUMNS:
            return False
        text = str(value if value is not None else "")
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.editRequested.emit(index.row(), index.column(), text)
        return False   # the widget saves it and refreshes the row
