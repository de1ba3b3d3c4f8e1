"""The round planner's widget (ui/round_planner.ui): choosing and saving a round, showing it, and the shared helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QDate,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from flatapp.gui import theme
from flatapp.gui.conflicts import ConflictReloaded
from flatapp.gui.generated.ui_round_planner import Ui_RoundPlannerWidget
from flatapp.services import rounds as round_service
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow
from flatapp.services.rounds import EveningAssignment, RoundDetail
from flatapp.storage.database import Database

try:  # built by another engineer; the planner works without it (no map, no moving on the map)
    from flatapp.gui.facade_map import FacadeMap
except ImportError:  # pragma: no cover - only while the map is not there yet
    FacadeMap = None  # type: ignore[assignment,misc]

from flatapp.gui.round_planner.controller import _FAILED, RoundPlanner
from flatapp.gui.round_planner.doors_panel import DoorsPanel
from flatapp.gui.round_planner.evenings_panel import EveningsPanel
from flatapp.gui.round_planner.models import (
    COL_ASSIGN_COVERAGE,
    AssignmentTableModel,
    DutchDateDelegate,
    EveningTableModel,
    TeamTableModel,
    VolunteerTableModel,
    _RowModel,
)
from flatapp.gui.round_planner.style import ERROR_STYLE, NOTICE_STYLE, QUIET_STYLE
from flatapp.gui.round_planner.teams_panel import TeamsPanel

T = TypeVar("T")


class RoundPlannerWidget(EveningsPanel, TeamsPanel, DoorsPanel, QWidget):
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
        ui.teamlessLabel.setStyleSheet(theme.text_style(theme.WARNING_DARK))
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
        self._shown_form = self._round_form()
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

    def _round_form(self) -> dict[str, object]:
        ui = self.ui
        period = ui.periodCheck.isChecked()
        return dict(
            name=ui.nameEdit.text(),
            period_start=ui.periodStartEdit.date().toPython() if period else None,
            period_end=ui.periodEndEdit.date().toPython() if period else None,
            questionnaire_version_id=ui.questionnaireCombo.currentData(),
            optional_sections=round_service.CBS_SECTION if ui.cbsCheck.isChecked() else "",
        )

    def refresh_from_others(self) -> bool:
        """Page protocol: read everything again, unless the round's form holds an unsaved change."""
        if self.has_unsaved_edits():
            return False
        self.reload()
        return True

    def has_unsaved_edits(self) -> bool:
        """True while the round's form holds something typed but not saved: another user's change then
        waits (the main window's change watch), and a save based on the old version meets the conflict
        dialog."""
        return self._round_id is not None and self._round_form() != getattr(self, "_shown_form", None)

    def save_round(self) -> None:
        ui = self.ui
        values = self._round_form()
        if self._round_id is None:
            row = self._run(ui.roundErrorLabel, self._field_for_round, round_service.create_round,
                            self.planner.building_id, **values)
        else:
            row = self._run(ui.roundErrorLabel, self._field_for_round, round_service.update_round,
                            self._round_id, **values, version=self._detail.round.version if self._detail else None)
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

    # --- volunteers ----------------------------------------------------------------------------

    # --- teams ---------------------------------------------------------------------------------

    # --- doors ---------------------------------------------------------------------------------

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
        except ConflictReloaded as error:      # the user took the other's version: show it
            self.reload()
            self._show_error(label, str(error))
            return _FAILED
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

    def _version_of(self, rows, row_id: int) -> int | None:
        """The version of the row the planner shows (an evening, volunteer or team of the round)."""
        return next((row.version for row in rows or () if row.id == row_id), None)

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
