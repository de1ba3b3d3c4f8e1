"""Planning a round: the round, its evenings, volunteers and teams, and who rings which door.

``RoundPlannerWidget`` holds the widgets (layout in ui/round_planner.ui) and reacts to them;
every change goes through ``RoundPlanner``, which runs one service call in one transaction and
hands back plain rows. Tables are thin models over those rows. A bad input shows the service's
Dutch message at the section it belongs to and nothing is saved.

The facade map (``flatapp.gui.facade_map``) shows the evening's split, one colour per team;
the coordinator selects a home and gives it to another team with the combo box or the keys 1–9.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from flatapp.gui.block_services import BlockServices
from flatapp.gui.generated.ui_round_planner import Ui_RoundPlannerWidget
from flatapp.gui.row_table_model import RowTableModel
from flatapp.services import rounds as round_service
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.round_rows import DUTCH_WEEKDAYS, EveningRow, dutch_date
from flatapp.services.rounds import (
    EveningAssignment,
    RoundDetail,
    RoundRow,
    TeamAssignmentRow,
    TeamRow,
    VolunteerRow,
)
from flatapp.storage.database import Database

try:  # built by another engineer; the planner works without it (no map, no moving on the map)
    from flatapp.gui.facade_map import FacadeMap
except ImportError:  # pragma: no cover - only while the map is not there yet
    FacadeMap = None  # type: ignore[assignment,misc]

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex

# One colour per team, after Okabe & Ito (told apart with the common colour-vision deficiencies);
# the map picks black or white text on each. More teams than colours reuse them, lighter.
TEAM_COLOURS = ("#56b4e9", "#e69f00", "#009e73", "#f0e442", "#cc79a7", "#0072b2", "#d55e00",
                "#a6761d", "#7570b3", "#66a61e")
CLOSED_COLOUR = QColor("#d5d9de")
ERROR_STYLE = "color: #9b1c12;"
QUIET_STYLE = "color: #444f5c;"
# Homes on no door list: amber, as a notice the coordinator must act on (not an error of theirs).
NOTICE_STYLE = "QFrame#teamlessFrame { background: #fff4d6; border: 1px solid #e6c46b; border-radius: 4px; }"


def team_colour(index: int) -> QColor:
    colour = QColor(TEAM_COLOURS[index % len(TEAM_COLOURS)])
    return colour.lighter(100 + 25 * (index // len(TEAM_COLOURS))) if index >= len(TEAM_COLOURS) else colour


def _swatch(colour: QColor, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return pixmap


# The controller and the table models translate in the context "RoundPlanner"; the widget's
# self.tr() uses its class name, "RoundPlannerWidget" (as does ui/round_planner.ui).
# Literal calls only, so that pyside6-lupdate finds every text.
CONTEXT = "RoundPlanner"


# --- controller: one service call, one transaction, plain rows back --------------------------------

class RoundPlanner(BlockServices):
    """Runs the round services for one block; no widgets."""

    def rounds(self) -> list[RoundRow]:
        return self.read(round_service.list_rounds, self.building_id)

    def homes(self) -> list[HomeRow]:
        return self.read(list_home_rows, self.building_id)

    def questionnaire_choices(self) -> list[tuple[str, int | None]]:
        """(label, version id) per questionnaire version; the built-in one (None) when none exist yet."""
        from flatapp.services.questionnaires import BUILTIN_NAME, list_questionnaires

        choices = []
        for questionnaire in self.read(list_questionnaires):
            for version in reversed(questionnaire.versions):
                label = QCoreApplication.translate("RoundPlanner", "{name}, versie {number}")
                choices.append((label.format(name=questionnaire.name, number=version.number), version.id))
        if not choices:
            choices.append((QCoreApplication.translate("RoundPlanner", "{name} (ingebouwd)").format(
                name=BUILTIN_NAME), None))
        return choices


# --- table models ----------------------------------------------------------------------------------

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


# --- the widget ------------------------------------------------------------------------------------

class RoundPlannerWidget(QWidget):
    """Choose or create a round of one block and plan it. ``roundChanged(round_id)`` (0: none)."""

    roundChanged = Signal(int)

    def __init__(self, database: Database, building_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RoundPlannerWidget()
        self.ui.setupUi(self)
        self.planner = RoundPlanner(database, building_id)
        self._round_id: int | None = None
        self._detail: RoundDetail | None = None
        self._assignment: EveningAssignment | None = None
        self._homes: list[HomeRow] = []
        self._loading = False
        ui = self.ui

        self.evening_model = EveningTableModel(self)
        self.volunteer_model = VolunteerTableModel(self)
        self.team_model = TeamTableModel(self)
        self.assignment_model = AssignmentTableModel(self)
        for table, model in ((ui.eveningTable, self.evening_model), (ui.volunteerTable, self.volunteer_model),
                             (ui.teamTable, self.team_model), (ui.assignmentTable, self.assignment_model)):
            self._setup_table(table, model)
        ui.eveningTable.setItemDelegate(DutchDateDelegate(ui.eveningTable))
        ui.eveningTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        ui.volunteerTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        ui.assignmentTable.setWordWrap(True)
        ui.assignmentTable.horizontalHeader().setSectionResizeMode(COL_ASSIGN_COVERAGE, QHeaderView.ResizeMode.Stretch)
        ui.assignmentTable.setStyleSheet("QTableView::item { padding: 3px 6px; }")
        ui.assignmentTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.teamTable.horizontalHeader().setStretchLastSection(True)

        for label in (ui.roundErrorLabel, ui.eveningErrorLabel, ui.volunteerErrorLabel, ui.teamErrorLabel,
                      ui.assignErrorLabel):
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        ui.membersList.setSpacing(2)
        for label in (ui.eveningsHint, ui.moveHint, ui.assignStatusLabel, ui.membersLabel, ui.noRoundLabel):
            label.setStyleSheet(QUIET_STYLE)
        today = QDate.currentDate()
        for edit in (ui.periodStartEdit, ui.periodEndEdit, ui.eveningDateEdit):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(today)
        ui.periodEndEdit.setDate(today.addDays(28))
        ui.eveningStartEdit.setTime(QTime(18, 30))
        ui.eveningEndEdit.setTime(QTime(20, 30))
        ui.teamlessFrame.setStyleSheet(NOTICE_STYLE)
        ui.teamlessLabel.setStyleSheet("color: #5c4200;")
        ui.teamlessFrame.hide()
        ui.doorsSplitter.setStretchFactor(0, 1)
        ui.doorsSplitter.setStretchFactor(1, 2)

        self.facade_map = None
        if FacadeMap is not None:
            self.facade_map = FacadeMap(ui.mapHolder)
            ui.mapLayout.addWidget(self.facade_map)
            self.facade_map.homeSelected.connect(self._home_selected)
            self.facade_map.installEventFilter(self)
        else:  # pragma: no cover
            missing = QLabel(self.tr("De gevelkaart is in deze versie nog niet beschikbaar."), ui.mapHolder)
            missing.setWordWrap(True)
            ui.mapLayout.addWidget(missing)
            ui.moveHint.hide()

        # Round
        ui.roundCombo.currentIndexChanged.connect(self._round_chosen)
        ui.newRoundButton.clicked.connect(self.start_new_round)
        ui.saveRoundButton.clicked.connect(self.save_round)
        ui.nameEdit.returnPressed.connect(self.save_round)
        ui.periodCheck.toggled.connect(self._period_toggled)
        self._add_reporting_buttons()
        # Evenings
        ui.addEveningButton.clicked.connect(self.add_evening)
        ui.removeEveningButton.clicked.connect(self.remove_evening)
        for edit in (ui.eveningDateEdit, ui.eveningStartEdit, ui.eveningEndEdit):
            edit.installEventFilter(self)
        self.evening_model.editRequested.connect(self._evening_edited)
        # Volunteers and teams
        ui.volunteerNameEdit.returnPressed.connect(self._name_entered)
        ui.volunteerPhoneEdit.returnPressed.connect(self.add_volunteer)
        ui.addVolunteerButton.clicked.connect(self.add_volunteer)
        ui.removeVolunteerButton.clicked.connect(self.remove_volunteer)
        self.volunteer_model.editRequested.connect(self._volunteer_edited)
        ui.autoTeamsButton.clicked.connect(self.auto_teams)
        ui.teamTable.selectionModel().currentRowChanged.connect(self._team_chosen)
        ui.saveMembersButton.clicked.connect(self.save_members)
        ui.newTeamButton.clicked.connect(self.new_team)
        ui.removeTeamButton.clicked.connect(self.remove_team)
        # Doors
        ui.assignEveningCombo.currentIndexChanged.connect(self._evening_chosen)
        ui.distributeButton.clicked.connect(self.distribute)
        ui.assignTeamlessButton.clicked.connect(self.assign_teamless)
        ui.moveButton.clicked.connect(self.move_selected_home)

        self.reload()

    # --- setup helpers -------------------------------------------------------------------------
    def _add_reporting_buttons(self) -> None:
        """'Afzender en tent…' and 'Vervolgronde plannen…' under the round's fields (flatapp.gui.reporting_dialogs)."""
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        box = self.ui.roundBox
        self.senderButton = QPushButton(self.tr("Afzender en tent…"), box)
        self.senderButton.setObjectName("senderButton")
        self.senderButton.setToolTip(self.tr("Wie de brieven ondertekent, de woningcorporatie en de datum, tijd en "
                                             "plaats van de tent"))
        self.copyButton = QPushButton(self.tr("Vervolgronde plannen…"), box)
        self.copyButton.setObjectName("copyRoundButton")
        self.copyButton.setToolTip(self.tr("Een nieuwe ronde op deze flat met dezelfde vragenlijst, vrijwilligers en "
                                           "instellingen"))
        for button in (self.senderButton, self.copyButton):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.senderButton)
        row.addWidget(self.copyButton)
        self.ui.roundLayout.addLayout(row, 4, 0, 1, 5)
        self.senderButton.clicked.connect(self.edit_sender)
        self.copyButton.clicked.connect(self.plan_next_round)

    def edit_sender(self) -> None:
        from flatapp.gui.reporting_dialogs import SenderSettingsDialog

        if self._round_id is None:
            return
        dialog = SenderSettingsDialog(self.planner.database, self._round_id, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def plan_next_round(self) -> None:
        from flatapp.gui.reporting_dialogs import CopyRoundDialog

        if self._round_id is None:
            return
        dialog = CopyRoundDialog(self.planner.database, self._round_id, self)
        try:
            if dialog.exec() and dialog.new_round_id is not None:
                self._round_id = dialog.new_round_id
                self.reload()
        finally:
            dialog.deleteLater()

    def _setup_table(self, table: QTableView, model: _RowModel) -> None:
        table.setModel(model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setHighlightSections(False)

    # --- public --------------------------------------------------------------------------------
    def current_round_id(self) -> int | None:
        return self._round_id

    def current_evening_id(self) -> int | None:
        data = self.ui.assignEveningCombo.currentData()
        return int(data) if data is not None else None

    def save_pending(self) -> None:
        """Page protocol (flatapp.gui.main_window.pages): nothing waits, every change is saved at once."""

    def set_building(self, building_id: int) -> None:
        self.planner.building_id = building_id
        self._round_id = None
        self.reload()

    def reload(self) -> None:
        """Read everything again (rounds, homes, questionnaires) and show the current round."""
        self._homes = self.planner.homes()
        if self.facade_map is not None:
            self.facade_map.set_empty_text(self.tr("Deze flat heeft nog geen woningen; importeer eerst de adreslijst."))
            self.facade_map.set_homes(self._homes)
        self._fill_questionnaires()
        rows = self.planner.rounds()
        wanted = self._round_id if any(r.id == self._round_id for r in rows) else (rows[0].id if rows else None)
        combo = self.ui.roundCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            for row in rows:
                combo.addItem(f"{row.name} ({row.period_label})", row.id)
            combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else -1)
        finally:
            combo.blockSignals(False)
        combo.setEnabled(bool(rows))
        combo.setPlaceholderText(self.tr("nog geen ronde"))
        self._show_round(wanted)

    # --- round ---------------------------------------------------------------------------------
    def _fill_questionnaires(self) -> None:
        combo = self.ui.questionnaireCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            for label, version_id in self.planner.questionnaire_choices():
                combo.addItem(label, version_id)
        finally:
            combo.blockSignals(False)

    def _round_chosen(self, _index: int) -> None:
        data = self.ui.roundCombo.currentData()
        self._show_round(int(data) if data is not None else None)

    def start_new_round(self) -> None:
        """Empty the round fields for a new round ('Ronde aanmaken' saves it)."""
        self.ui.roundCombo.blockSignals(True)
        self.ui.roundCombo.setCurrentIndex(-1)
        self.ui.roundCombo.blockSignals(False)
        self._show_round(None)
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_round(self, round_id: int | None) -> None:
        ui = self.ui
        self._round_id = round_id
        self._detail = self.planner.read(round_service.round_detail, round_id) if round_id is not None else None
        self._clear_errors()
        detail = self._detail
        self._loading = True
        try:
            if detail is None:
                ui.nameEdit.clear()
                ui.periodCheck.setChecked(True)
                today = QDate.currentDate()
                ui.periodStartEdit.setDate(today)
                ui.periodEndEdit.setDate(today.addDays(28))
                ui.questionnaireCombo.setCurrentIndex(0)
                ui.cbsCheck.setChecked(False)
                ui.saveRoundButton.setText(self.tr("Ronde aan&maken"))
            else:
                row = detail.round
                ui.nameEdit.setText(row.name)
                has_period = row.period_start is not None or row.period_end is not None
                ui.periodCheck.setChecked(has_period)
                if row.period_start:
                    ui.periodStartEdit.setDate(QDate(row.period_start))
                if row.period_end:
                    ui.periodEndEdit.setDate(QDate(row.period_end))
                index = ui.questionnaireCombo.findData(row.questionnaire_version_id)
                if index < 0:
                    ui.questionnaireCombo.addItem(row.questionnaire_label, row.questionnaire_version_id)
                    index = ui.questionnaireCombo.count() - 1
                ui.questionnaireCombo.setCurrentIndex(index)
                ui.cbsCheck.setChecked(row.asks_cbs)
                ui.saveRoundButton.setText(self.tr("Wijzigingen &opslaan"))
        finally:
            self._loading = False
        self._period_toggled(ui.periodCheck.isChecked())
        ui.tabs.setEnabled(detail is not None)
        self.senderButton.setEnabled(detail is not None)
        self.copyButton.setEnabled(detail is not None)
        ui.noRoundLabel.setVisible(detail is None)
        self._show_detail()
        self.roundChanged.emit(round_id or 0)

    def _period_toggled(self, on: bool) -> None:
        self.ui.periodStartEdit.setEnabled(on)
        self.ui.periodEndEdit.setEnabled(on)
        self.ui.periodToLabel.setEnabled(on)

    def save_round(self) -> None:
        ui = self.ui
        period = ui.periodCheck.isChecked()
        values = dict(
            name=ui.nameEdit.text(),
            period_start=ui.periodStartEdit.date().toPython() if period else None,
            period_end=ui.periodEndEdit.date().toPython() if period else None,
            questionnaire_version_id=ui.questionnaireCombo.currentData(),
            optional_sections=round_service.CBS_SECTION if ui.cbsCheck.isChecked() else "",
        )
        if self._round_id is None:
            row = self._run(ui.roundErrorLabel, self._field_for_round, round_service.create_round,
                            self.planner.building_id, **values)
        else:
            row = self._run(ui.roundErrorLabel, self._field_for_round, round_service.update_round,
                            self._round_id, **values)
        if row is not _FAILED:
            self._round_id = row.id
            self.reload()
            if not self._detail or not self._detail.evenings:
                ui.tabs.setCurrentWidget(ui.eveningsTab)
                ui.eveningDateEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_for_round(self, message: str) -> QWidget:
        text = message.lower()
        if "periode" in text or "avond" in text:
            return self.ui.periodStartEdit
        if "vragenlijst" in text or "blok" in text:
            return self.ui.questionnaireCombo
        return self.ui.nameEdit

    # --- showing a round -----------------------------------------------------------------------
    def _show_detail(self) -> None:
        detail = self._detail
        ui = self.ui
        self.evening_model.set_rows(detail.evenings if detail else ())
        self.volunteer_model.set_rows(detail.volunteers if detail else ())
        chosen_team = self._chosen_team_id()
        self.team_model.set_rows(detail.teams if detail else ())
        self._select_row(ui.teamTable, chosen_team)
        self._fill_members()
        if detail and detail.round.period_start and not detail.evenings:
            ui.eveningDateEdit.setDate(QDate(detail.round.period_start))
        combo = ui.assignEveningCombo
        evening_id = self.current_evening_id()
        combo.blockSignals(True)
        try:
            combo.clear()
            for evening in detail.evenings if detail else ():
                combo.addItem(evening.label, evening.id)
            index = combo.findData(evening_id) if evening_id is not None else -1
            combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
        finally:
            combo.blockSignals(False)
        self._fill_move_combo()
        self._refresh_assignment()

    def _select_row(self, table: QTableView, row_id: int | None) -> None:
        model = table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(Qt.ItemDataRole.UserRole) == row_id:
                table.selectRow(row)
                return

    def _reload_detail(self) -> None:
        if self._round_id is not None:
            self._detail = self.planner.read(round_service.round_detail, self._round_id)
            self._refresh_round_combo_label()
        self._show_detail()

    def _refresh_round_combo_label(self) -> None:
        combo = self.ui.roundCombo
        index = combo.findData(self._round_id)
        if index >= 0 and self._detail is not None:
            row = self._detail.round
            combo.setItemText(index, f"{row.name} ({row.period_label})")

    # --- evenings ------------------------------------------------------------------------------
    def add_evening(self) -> None:
        if self._round_id is None:
            return
        ui = self.ui
        day = ui.eveningDateEdit.date().toPython()
        row = self._run(ui.eveningErrorLabel, lambda _m: ui.eveningDateEdit, round_service.add_evening,
                        self._round_id, day, ui.eveningStartEdit.time().toPython(), ui.eveningEndEdit.time().toPython())
        if row is not _FAILED:
            self._reload_detail()
            self._select_row(ui.eveningTable, row.id)
            ui.eveningDateEdit.setDate(QDate(day + timedelta(days=2)))   # ready for the next evening
            ui.eveningDateEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_evening(self) -> None:
        evening = self._current_row(self.ui.eveningTable, self.evening_model)
        if evening is None:
            self._show_error(self.ui.eveningErrorLabel, self.tr("Kies eerst de avond die weg moet."))
            return
        if not self._confirm(self.tr("Avond verwijderen"),
                             self.tr("De avond van {label} verwijderen? De verdeling van de deuren op die avond "
                                     "gaat dan ook weg.").format(label=evening.label)):
            return
        if self._run(self.ui.eveningErrorLabel, None, round_service.remove_evening, evening.id) is not _FAILED:
            self._reload_detail()

    def _evening_edited(self, evening_id: int, day: date, starts, ends) -> None:
        if self._run(self.ui.eveningErrorLabel, None, round_service.update_evening, evening_id, day, starts,
                     ends) is not _FAILED:
            self._reload_detail()
            self._select_row(self.ui.eveningTable, evening_id)

    # --- volunteers ----------------------------------------------------------------------------
    def _name_entered(self) -> None:
        self.ui.volunteerPhoneEdit.setFocus(Qt.FocusReason.TabFocusReason)
        self.ui.volunteerPhoneEdit.selectAll()

    def add_volunteer(self) -> None:
        if self._round_id is None:
            return
        ui = self.ui

        def field(message: str) -> QWidget:
            return ui.volunteerPhoneEdit if "telefoon" in message.lower() else ui.volunteerNameEdit

        row = self._run(ui.volunteerErrorLabel, field, round_service.add_volunteer, self._round_id,
                        ui.volunteerNameEdit.text(), ui.volunteerPhoneEdit.text())
        if row is not _FAILED:
            ui.volunteerNameEdit.clear()
            ui.volunteerPhoneEdit.clear()
            self._reload_detail()
            self._select_row(ui.volunteerTable, row.id)
            ui.volunteerNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_volunteer(self) -> None:
        volunteer = self._current_row(self.ui.volunteerTable, self.volunteer_model)
        if volunteer is None:
            self._show_error(self.ui.volunteerErrorLabel, self.tr("Kies eerst de vrijwilliger die weg moet."))
            return
        if self._run(self.ui.volunteerErrorLabel, None, round_service.remove_volunteer, volunteer.id) is not _FAILED:
            self._reload_detail()

    def _volunteer_edited(self, volunteer_id: int, name: str, phone: str) -> None:
        if self._run(self.ui.volunteerErrorLabel, None, round_service.update_volunteer, volunteer_id, name,
                     phone) is not _FAILED:
            self._reload_detail()

    # --- teams ---------------------------------------------------------------------------------
    def auto_teams(self) -> None:
        if self._round_id is None:
            return
        if self._detail and self._detail.teams and not self._confirm(
                self.tr("Teams opnieuw indelen"),
                self.tr("De bestaande teams worden vervangen door tweetallen. Avonden waarvan de deuren al "
                        "verdeeld waren, worden opnieuw verdeeld. Doorgaan?")):
            return
        if self._run(self.ui.teamErrorLabel, None, round_service.auto_teams, self._round_id) is not _FAILED:
            self._reload_detail()

    def _chosen_team_id(self) -> int | None:
        team = self._current_row(self.ui.teamTable, self.team_model)
        return team.id if team is not None else None

    def _team_chosen(self, *_args) -> None:
        self._fill_members()

    def _fill_members(self) -> None:
        """A tick per volunteer: ticked are the members of the chosen team."""
        members = self.ui.membersList
        team = self._current_row(self.ui.teamTable, self.team_model)
        members.clear()
        for volunteer in self._detail.volunteers if self._detail else ():
            text = volunteer.name
            if volunteer.team_id is not None and (team is None or volunteer.team_id != team.id):
                text = self.tr("{name} (in {team})").format(name=volunteer.name, team=volunteer.team_name)
            item = QListWidgetItem(text, members)
            item.setData(Qt.ItemDataRole.UserRole, volunteer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            in_team = team is not None and volunteer.team_id == team.id
            item.setCheckState(Qt.CheckState.Checked if in_team else Qt.CheckState.Unchecked)
        has_team = team is not None
        self.ui.saveMembersButton.setEnabled(has_team)
        self.ui.removeTeamButton.setEnabled(has_team)

    def _checked_volunteers(self) -> list[int]:
        members = self.ui.membersList
        return [int(members.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(members.count())
                if members.item(i).checkState() == Qt.CheckState.Checked]

    def save_members(self) -> None:
        team_id = self._chosen_team_id()
        if team_id is None:
            return
        if self._run(self.ui.teamErrorLabel, lambda _m: self.ui.membersList, round_service.update_team, team_id,
                     volunteer_ids=self._checked_volunteers()) is not _FAILED:
            self._reload_detail()

    def new_team(self) -> None:
        if self._round_id is None:
            return
        row = self._run(self.ui.teamErrorLabel, lambda _m: self.ui.membersList, round_service.create_team,
                        self._round_id, "", self._checked_volunteers())
        if row is not _FAILED:
            self._reload_detail()
            self._select_row(self.ui.teamTable, row.id)

    def remove_team(self) -> None:
        team = self._current_row(self.ui.teamTable, self.team_model)
        if team is None:
            return
        if not self._confirm(self.tr("Team verwijderen"),
                             self.tr("{team} verwijderen? De deuren van dit team komen op elke avond zonder team "
                                     "te staan.").format(team=team.name)):
            return
        if self._run(self.ui.teamErrorLabel, None, round_service.remove_team, team.id) is not _FAILED:
            self._reload_detail()

    # --- doors ---------------------------------------------------------------------------------
    def _evening_chosen(self, _index: int) -> None:
        self._refresh_assignment()

    def _fill_move_combo(self) -> None:
        combo = self.ui.moveTeamCombo
        combo.clear()
        for position, team in enumerate(self._detail.teams if self._detail else ()):
            label = f"{position + 1}. {team.name}" if position < 9 else team.name
            combo.addItem(_swatch(team_colour(position)), label, team.id)   # the swatch matches the map

    def _refresh_assignment(self) -> None:
        ui = self.ui
        evening_id = self.current_evening_id()
        if self._round_id is None or evening_id is None:
            self._assignment = None
        else:
            self._assignment = self.planner.read(round_service.evening_assignment, self._round_id, evening_id)
        assignment = self._assignment
        self.evening_model.set_door_counts(self.planner.read(round_service.assigned_door_counts, self._round_id)
                                           if self._round_id is not None else {})
        self.assignment_model.set_rows(assignment.teams if assignment else ())
        ui.distributeButton.setEnabled(evening_id is not None)
        ui.distributeButton.setText(self.tr("Deuren opnieuw verdelen") if assignment and assignment.is_distributed
                                    else self.tr("Deuren verde&len"))
        ui.assignStatusLabel.setText(self._status_text(assignment))
        self._refresh_teamless()
        self._colour_map()
        self._home_selected(self.facade_map.selected_home() if self.facade_map else None)

    def _refresh_teamless(self) -> None:
        """Say which homes are on no door list (split evenings only) and offer to divide them."""
        ui = self.ui
        groups = self.planner.read(round_service.teamless_homes, self._round_id) if self._round_id else []
        ui.teamlessFrame.setVisible(bool(groups))
        ui.assignTeamlessButton.setEnabled(bool(groups))
        if groups:
            ui.teamlessLabel.setText(round_service.teamless_warning(groups))

    def teamless_text(self) -> str:
        """The notice about homes without a team on show ('' when hidden), for tests and screenshots."""
        return self.ui.teamlessLabel.text() if not self.ui.teamlessFrame.isHidden() else ""

    def assign_teamless(self) -> None:
        """Give every home without a team to a team, near the doors that team already has."""
        if self._round_id is None:
            return
        done = self._run(self.ui.assignErrorLabel, None, round_service.assign_teamless, self._round_id)
        if done is _FAILED:
            return
        self._refresh_assignment()
        if done:
            given: dict[str, int] = {}
            for row in done:
                for team, codes in row.given.items():
                    given[team] = given.get(team, 0) + len(codes)
            teams = ", ".join(f"{team} ({count})" for team, count in given.items())
            self.ui.teamlessLabel.setText(self.tr(
                "Woningen zonder team verdeeld over {teams}. Print de deurlijsten van deze avonden opnieuw.")
                .format(teams=teams))
            self.ui.teamlessFrame.show()
            self.ui.assignTeamlessButton.setEnabled(False)

    def _status_text(self, assignment: EveningAssignment | None) -> str:
        if self._detail is None:
            return ""
        if not self._detail.evenings:
            return self.tr("Plan eerst een avond (tabblad Avonden).")
        if assignment is None:
            return ""
        if not self._detail.teams:
            return self.tr("Deel eerst de vrijwilligers in teams in (tabblad Vrijwilligers en teams).")
        todo = len(assignment.open_home_ids)
        parts = [self.tr("{count} deuren te doen").format(count=todo)]
        if assignment.closed_home_ids:
            parts.append(self.tr("{count} al afgerond").format(count=len(assignment.closed_home_ids)))
        if not assignment.is_distributed:
            parts.append(self.tr("nog niet verdeeld: kies 'Deuren verdelen'"))
        elif assignment.unassigned_home_ids:
            parts.append(self.tr("{count} nog zonder team").format(count=len(assignment.unassigned_home_ids)))
        return " · ".join(parts)

    def _colour_map(self) -> None:
        if self.facade_map is None:
            return
        assignment = self._assignment
        if assignment is None:
            self.facade_map.set_home_colours({})
            self.facade_map.set_legend([])
            return
        index_of = {team.team_id: position for position, team in enumerate(assignment.teams)}
        colours = {home_id: CLOSED_COLOUR for home_id in assignment.closed_home_ids}
        for home_id, team_id in assignment.team_of_home.items():
            colours[home_id] = team_colour(index_of.get(team_id, 0))
        self.facade_map.set_home_colours(colours)
        legend = [(f"{team.team_name} ({team.door_count})", team_colour(position))
                  for position, team in enumerate(assignment.teams)]
        if assignment.closed_home_ids:
            legend.append((self.tr("afgerond"), CLOSED_COLOUR))
        if assignment.unassigned_home_ids:
            legend.append((self.tr("nog zonder team"), QColor("#ffffff")))
        self.facade_map.set_legend(legend)

    def distribute(self) -> None:
        evening_id = self.current_evening_id()
        if self._round_id is None or evening_id is None:
            return
        if self._assignment is not None and self._assignment.is_distributed and not self._confirm(
                self.tr("Deuren opnieuw verdelen"),
                self.tr("Deze avond is al verdeeld. Opnieuw verdelen maakt verplaatste woningen ongedaan. Doorgaan?")):
            return
        result = self._run(self.ui.assignErrorLabel, lambda _m: self.ui.distributeButton, round_service.assign_doors,
                           self._round_id, evening_id)
        if result is not _FAILED:
            self._refresh_assignment()

    def _home_selected(self, home_id: int | None) -> None:
        ui = self.ui
        home = self.facade_map.home(home_id) if self.facade_map is not None and home_id is not None else None
        assignment = self._assignment
        can_move = home is not None and assignment is not None and home.id in assignment.open_home_ids \
            and ui.moveTeamCombo.count() > 0
        if home is None:
            ui.selectedHomeLabel.setText(self.tr("Kies een woning op de kaart."))
        else:
            team_id = assignment.team_of_home.get(home.id) if assignment else None
            if assignment is not None and home.id in assignment.closed_home_ids:
                where = self.tr("al afgerond")
            elif team_id is None:
                where = self.tr("nog zonder team")
            else:
                where = self.tr("nu bij {team}").format(team=self._team_name(team_id))
                index = ui.moveTeamCombo.findData(team_id)
                if index >= 0:
                    ui.moveTeamCombo.setCurrentIndex(index)
            ui.selectedHomeLabel.setText(self.tr("{code} · {address} · {floor} · {where}").format(
                code=home.code, address=home.address, floor=home.floor_label, where=where))
        ui.moveTeamCombo.setEnabled(can_move)
        ui.moveButton.setEnabled(can_move)

    def _team_name(self, team_id: int) -> str:
        for team in self._detail.teams if self._detail else ():
            if team.id == team_id:
                return team.name
        return ""

    def move_selected_home(self) -> None:
        team_id = self.ui.moveTeamCombo.currentData()
        if team_id is not None:
            self.move_home_to(int(team_id))

    def move_home_to(self, team_id: int) -> None:
        """Give the home selected on the map to ``team_id`` on the chosen evening."""
        evening_id = self.current_evening_id()
        home_id = self.facade_map.selected_home() if self.facade_map is not None else None
        if evening_id is None or home_id is None:
            self._show_error(self.ui.assignErrorLabel, self.tr("Kies eerst een woning op de kaart."))
            return
        if self._run(self.ui.assignErrorLabel, None, round_service.move_home, evening_id, home_id,
                     team_id) is not _FAILED:
            self._refresh_assignment()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            ui = self.ui
            if watched in (ui.eveningDateEdit, ui.eveningStartEdit, ui.eveningEndEdit) \
                    and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_evening()
                return True
            if watched is self.facade_map and Qt.Key.Key_1 <= key <= Qt.Key.Key_9 \
                    and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                position = key - Qt.Key.Key_1
                if position < ui.moveTeamCombo.count():
                    self.move_home_to(int(ui.moveTeamCombo.itemData(position)))
                return True
        return super().eventFilter(watched, event)

    # --- shared helpers ------------------------------------------------------------------------
    def _current_row(self, table: QTableView, model: _RowModel) -> Any:
        index = table.currentIndex()
        selected = table.selectionModel().selectedRows() if table.selectionModel() else []
        if selected:
            index = selected[0]
        if not index.isValid() or index.row() >= model.rowCount():
            return None
        return model.row_at(index.row())

    def _run(self, label: QLabel, field: Callable[[str], QWidget] | None, function: Callable[..., T],
             *args: Any, **kwargs: Any) -> T | object:
        """One save through the planner; a refusal is shown at ``label`` (and the field gets the focus).

        Returns the service's result, or ``_FAILED``."""
        self._clear_errors()
        try:
            return self.planner.write(function, *args, **kwargs)
        except UserError as error:
            message = str(error)
        except SQLAlchemyError as error:
            message = self.tr("Opslaan lukte niet door een fout in de database; er is niets gewijzigd. ({error})"
                              ).format(error=type(error).__name__)
        self._show_error(label, message)
        if field is not None:
            widget = field(message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return _FAILED

    def _show_error(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()

    def _clear_errors(self) -> None:
        ui = self.ui
        for label in (ui.roundErrorLabel, ui.eveningErrorLabel, ui.volunteerErrorLabel, ui.teamErrorLabel,
                      ui.assignErrorLabel):
            label.clear()
            label.hide()

    def error_texts(self) -> dict[str, str]:
        """The messages on show, by section (for tests and the main window's status)."""
        ui = self.ui
        labels = {"round": ui.roundErrorLabel, "evening": ui.eveningErrorLabel, "volunteer": ui.volunteerErrorLabel,
                  "team": ui.teamErrorLabel, "assign": ui.assignErrorLabel}
        return {name: label.text() for name, label in labels.items() if label.text()}

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class _Failed:
    """What ``RoundPlannerWidget._run`` returns when the service refused (None is a valid result)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "_FAILED"


_FAILED: Any = _Failed()
