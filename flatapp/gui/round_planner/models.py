"""The round planner's table models (evenings, volunteers, teams, the split) and the Dutch date editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import QDateTimeEdit, QStyledItemDelegate, QWidget

from flatapp.gui.round_planner.controller import CONTEXT
from flatapp.gui.round_planner.style import team_colour
from flatapp.gui.row_table_model import RowTableModel
from flatapp.services.round_rows import DUTCH_WEEKDAYS, EveningRow, dutch_date
from flatapp.services.rounds import TeamAssignmentRow, TeamRow, VolunteerRow

translate = QCoreApplication.translate


ModelIndex = QModelIndex | QPersistentModelIndex


class _RowModel(RowTableModel):
    """Read-only rows; ``headers`` marked with QT_TRANSLATE_NOOP("RoundPlanner", ...)."""

    context = CONTEXT


COL_EVENING_DATE, COL_EVENING_DAY, COL_EVENING_STARTS, COL_EVENING_ENDS, COL_EVENING_DOORS = range(5)


class EveningTableModel(_RowModel):
    """Evenings; date and times are edited in place (``editRequested`` carries the new values)."""

    headers = (
        QT_TRANSLATE_NOOP("RoundPlanner", "Datum"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Dag"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Van"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Tot"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Deuren"),
    )
    editRequested = Signal(int, object, object, object)   # evening id, date, starts, ends

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._doors: dict[int, int] = {}

    def set_door_counts(self, counts: dict[int, int]) -> None:
        """Evening id → doors assigned (shown in the last column)."""
        self._doors = dict(counts)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_EVENING_DOORS), self.index(len(self._rows) - 1, COL_EVENING_DOORS))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        evening: EveningRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_EVENING_DOORS:
                count = self._doors.get(evening.id)
                if count:
                    return QCoreApplication.translate("RoundPlanner", "{count} verdeeld over de teams").format(
                        count=count)
                return QCoreApplication.translate("RoundPlanner", "nog niet verdeeld")
            return {COL_EVENING_DATE: dutch_date(evening.date), COL_EVENING_DAY: DUTCH_WEEKDAYS[evening.date.weekday()],
                    COL_EVENING_STARTS: f"{evening.starts:%H:%M}", COL_EVENING_ENDS: f"{evening.ends:%H:%M}"}[column]
        if role == Qt.ItemDataRole.EditRole:
            return {COL_EVENING_DATE: QDate(evening.date), COL_EVENING_STARTS: QTime(evening.starts),
                    COL_EVENING_ENDS: QTime(evening.ends)}.get(column)
        if role == Qt.ItemDataRole.UserRole:
            return evening.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.column() in (COL_EVENING_DATE, COL_EVENING_STARTS, COL_EVENING_ENDS)
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        evening: EveningRow = self._rows[index.row()]
        day, starts, ends = evening.date, evening.starts, evening.ends
        if index.column() == COL_EVENING_DATE and isinstance(value, QDate):
            day = value.toPython()
        elif index.column() == COL_EVENING_STARTS and isinstance(value, QTime):
            starts = value.toPython()
        elif index.column() == COL_EVENING_ENDS and isinstance(value, QTime):
            ends = value.toPython()
        else:
            return False
        if (day, starts, ends) != (evening.date, evening.starts, evening.ends):
            self.editRequested.emit(evening.id, day, starts, ends)
        return False   # the rows are reloaded once the service saved the change


COL_VOLUNTEER_NAME, COL_VOLUNTEER_PHONE, COL_VOLUNTEER_TEAM = range(3)


class VolunteerTableModel(_RowModel):
    headers = (
        QT_TRANSLATE_NOOP("RoundPlanner", "Naam"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Telefoon"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Team"),
    )
    editRequested = Signal(int, str, str)   # volunteer id, name, phone

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        volunteer: VolunteerRow = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (volunteer.name, volunteer.phone, volunteer.team_name)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return volunteer.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() != COL_VOLUNTEER_TEAM else flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == COL_VOLUNTEER_TEAM:
            return False
        volunteer: VolunteerRow = self._rows[index.row()]
        name, phone = volunteer.name, volunteer.phone
        if index.column() == COL_VOLUNTEER_NAME:
            name = str(value)
        else:
            phone = str(value)
        if (name, phone) != (volunteer.name, volunteer.phone):
            self.editRequested.emit(volunteer.id, name, phone)
        return False


COL_TEAM_NAME, COL_TEAM_MEMBERS = range(2)


class TeamTableModel(_RowModel):
    headers = (
        QT_TRANSLATE_NOOP("RoundPlanner", "Team"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Leden"),
    )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        team: TeamRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return team.name if index.column() == COL_TEAM_NAME else ", ".join(team.member_names)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == COL_TEAM_NAME:
            return team_colour(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return team.id
        return None


COL_ASSIGN_TEAM, COL_ASSIGN_DOORS, COL_ASSIGN_COVERAGE = range(3)


class AssignmentTableModel(_RowModel):
    """One evening: per team its doors and the entrances/floors they are on (members as a tooltip)."""

    headers = (
        QT_TRANSLATE_NOOP("RoundPlanner", "Team"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Deuren"),
        QT_TRANSLATE_NOOP("RoundPlanner", "Portieken en verdiepingen"),
    )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        team: TeamAssignmentRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # One line per entrance: 'A: 6e (deels), 7e–10e' over 'B: BG–1e'.
            coverage = team.coverage.replace("; ", "\n") if team.coverage else "–"
            return (team.team_name, team.door_count, coverage)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ASSIGN_TEAM:
            return team_colour(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ASSIGN_DOORS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(team.members)
        if role == Qt.ItemDataRole.UserRole:
            return team.team_id
        return None


class DutchDateDelegate(QStyledItemDelegate):
    """Date cells edit as 25-11-2026 and times as 19:30, whatever the system locale says."""

    def createEditor(self, parent: QWidget, option, index: ModelIndex) -> QWidget:  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QDateTimeEdit):
            editor.setDisplayFormat("dd-MM-yyyy" if isinstance(index.data(Qt.ItemDataRole.EditRole), QDate) else "HH:mm")
            if isinstance(index.data(Qt.ItemDataRole.EditRole), QDate):
                editor.setCalendarPopup(True)
        return editor
