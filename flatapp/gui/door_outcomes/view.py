"""The door outcomes page (ui/door_outcomes.ui): choosing round, evening and team, showing the list, the
counts and the facade map. Typing in the grid is mixed in from ``keys``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget
from sqlalchemy.exc import SQLAlchemyError

from flatapp.gui import theme
from flatapp.gui.door_outcomes.controller import DoorOutcomeEntry
from flatapp.gui.door_outcomes.keys import SECOND_DIGIT_MS, DoorKeys
from flatapp.gui.door_outcomes.models import (
    COL_ADDRESS,
    COL_CODE,
    COL_COME_BACK,
    COL_EARLIER,
    COL_FLOOR,
    COL_NOTE,
    COL_OUTCOME,
    COL_TIME,
    DoorOutcomeTableModel,
)
from flatapp.gui.door_outcomes.style import QUIET_STYLE, disposition_label
from flatapp.gui.facade_map import FacadeMap
from flatapp.gui.generated.ui_door_outcomes import Ui_DoorOutcomeWidget
from flatapp.gui.message_line import show_message
from flatapp.services import door_outcomes as outcome_service
from flatapp.services import rounds as round_service
from flatapp.services.door_outcomes import DISPOSITION_ORDER, DoorOutcomeRow
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.round_rows import EveningRow, OutcomeRow, dutch_date
from flatapp.storage.database import Database

ALL_TEAMS = 0
OUTCOME_TEXT_MAX = 300   # px: a longer label the coordinator typed is elided (the tooltip has it)


class DoorOutcomeWidget(DoorKeys, QWidget):
    """Choose round, evening and team, then type the door list's outcomes with the keyboard."""

    attemptsChanged = Signal()

    def __init__(self, database: Database, building_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DoorOutcomeWidget()
        self.ui.setupUi(self)
        self.entry = DoorOutcomeEntry(database, building_id)
        self._outcomes: list[OutcomeRow] = []
        self._evenings: list[EveningRow] = []
        self._recorded = 0     # since the last activity-log row
        self._undone = 0
        self._logged_key: tuple | None = None
        self._pending_digit: tuple[int, str] | None = None   # (home id, digit) waiting for a second digit
        self._digit_timer = QTimer(self)
        self._digit_timer.setSingleShot(True)
        self._digit_timer.setInterval(SECOND_DIGIT_MS)
        self._digit_timer.timeout.connect(self._take_pending_digit)
        ui = self.ui

        self.model = DoorOutcomeTableModel(self)
        self.model.set_colours(outcome_service.disposition_colours())
        table = ui.doorTable
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.DoubleClicked)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setStyleSheet(
            f"QTableView {{ gridline-color: {theme.LINE}; }}"
            "QTableView::item { padding: 0px 4px; }"
            f"QTableView::item:selected {{ background: {theme.SELECTED_BG}; color: {theme.TEXT}; }}"
            f"QTableView::item:focus {{ border: 2px solid {theme.ACCENT}; }}"
        )
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        # The earlier visits and the outcome grow with their texts (_fit_columns).
        widths = {COL_CODE: "VO-000", COL_ADDRESS: "Kastanjelaan 12A", COL_FLOOR: "Verd.",
                  COL_TIME: "00:00",
                  COL_COME_BACK: "Terug om"}
        for column, sample in widths.items():
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 20)
        table.verticalHeader().hide()   # the paper list has no numbers; the count line shows progress
        table.installEventFilter(self)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.editRequested.connect(self._edited)

        self.facade_map = FacadeMap(ui.mapHolder)
        ui.mapLayout.addWidget(self.facade_map)
        self.facade_map.homeSelected.connect(self._map_selected)
        # The grid keeps the width its columns need (``_fit_columns``); the map takes what is left and scrolls.
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([700, 640])
        self._splitter_moved = False
        ui.splitter.splitterMoved.connect(lambda *_args: setattr(self, "_splitter_moved", True))
        ui.mainLayout.setStretchFactor(ui.splitter, 1)

        ui.keysLabel.setStyleSheet(QUIET_STYLE)
        ui.nextEveningLabel.setStyleSheet(QUIET_STYLE)
        font = ui.countLabel.font()
        font.setBold(True)
        ui.countLabel.setFont(font)
        ui.messageLabel.hide()

        ui.roundCombo.currentIndexChanged.connect(self._round_chosen)
        ui.eveningCombo.currentIndexChanged.connect(self._list_chosen)
        ui.teamCombo.currentIndexChanged.connect(self._list_chosen)

        self.reload()

    # --- public --------------------------------------------------------------------------------
    def set_building(self, building_id: int) -> None:
        self.flush_log()
        self.entry.building_id = building_id
        self.ui.roundCombo.setCurrentIndex(-1)
        self.reload()

    def reload(self, reset: bool = True) -> None:
        """Read the rounds again and show the chosen door list (``reset=False``: the same doors keep the
        cursor and the scroll position, only their cells change)."""
        combo = self.ui.roundCombo
        wanted = combo.currentData()
        rounds = self.entry.read(round_service.list_rounds, self.entry.building_id)
        self._fill(combo, [(f"{r.name} ({r.period_label})", r.id) for r in rounds], wanted)
        combo.setPlaceholderText(self.tr("nog geen ronde"))
        combo.setEnabled(bool(rounds))
        self.facade_map.set_homes(self.entry.read(list_home_rows, self.entry.building_id))
        self._round_chosen(reset=reset)

    def refresh_from_others(self) -> bool:
        """Page protocol: read the door list again where the cursor is (every typed outcome is saved at
        once; only a first digit still waiting for its second one makes the refresh wait)."""
        if self._pending_digit is not None:
            return False
        self.reload(reset=False)
        return True

    def current_round_id(self) -> int | None:
        data = self.ui.roundCombo.currentData()
        return int(data) if data is not None else None

    def current_evening_id(self) -> int | None:
        data = self.ui.eveningCombo.currentData()
        return int(data) if data is not None else None

    def current_team_id(self) -> int | None:
        data = self.ui.teamCombo.currentData()
        return int(data) if data not in (None, ALL_TEAMS) else None

    def select_round(self, round_id: int) -> None:
        index = self.ui.roundCombo.findData(round_id)
        if index >= 0:
            self.ui.roundCombo.setCurrentIndex(index)

    def save_pending(self) -> None:
        """Page protocol (flatapp.gui.main_window.pages): the visits are saved; the log row is written here."""
        self.flush_log()

    def flush_log(self) -> None:
        """Write one activity-log row for what was typed since the last one."""
        if self._logged_key is None or not (self._recorded or self._undone):
            return
        round_id, evening_id, team_id = self._logged_key
        try:
            self.entry.write(outcome_service.log_entry, round_id, evening_id, team_id,
                             self._recorded, self._undone)
        except (UserError, SQLAlchemyError):
            pass   # the round may be gone; the visits themselves are saved
        self._recorded = self._undone = 0

    # --- choosing -----------------------------------------------------------------------------
    @staticmethod
    def _fill(combo, items: Sequence[tuple[str, Any]], wanted: Any) -> None:
        combo.blockSignals(True)
        try:
            combo.clear()
            for label, data in items:
                combo.addItem(label, data)
            index = combo.findData(wanted) if wanted is not None else -1
            combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        finally:
            combo.blockSignals(False)

    def _round_chosen(self, _index: int = 0, reset: bool = True) -> None:
        ui = self.ui
        round_id = self.current_round_id()
        if round_id is None:
            self._outcomes, self._evenings = [], []
            self._fill(ui.eveningCombo, [], None)
            self._fill(ui.teamCombo, [], None)
        else:
            self._outcomes = self.entry.read(round_service.list_outcomes, round_id)
            self._evenings = self.entry.read(round_service.list_evenings, round_id)
            teams = self.entry.read(round_service.list_teams, round_id)
            wanted_evening = ui.eveningCombo.currentData()
            if not any(e.id == wanted_evening for e in self._evenings):
                wanted_evening = self._default_evening()
            self._fill(ui.eveningCombo, [(e.label, e.id) for e in self._evenings], wanted_evening)
            team_items = [(f"{t.name} ({', '.join(t.member_names)})" if t.members else t.name, t.id) for t in teams]
            team_items.append((self.tr("Alle teams"), ALL_TEAMS))
            self._fill(ui.teamCombo, team_items, ui.teamCombo.currentData())
        ui.eveningCombo.setEnabled(bool(self._evenings))
        ui.teamCombo.setEnabled(ui.teamCombo.count() > 0)
        ui.eveningCombo.setPlaceholderText(self.tr("nog geen avond"))
        ui.teamCombo.setPlaceholderText(self.tr("nog geen team"))
        self._show_keys()
        self._list_chosen(reset=reset)

    def _fit_columns(self) -> None:
        """The outcome and earlier-visits columns grow to their longest text on the list (never cut off at
        the default window size; a very long label the coordinator typed is elided, the tooltip has it), and
        the grid beside the map is as wide as its columns (the map scrolls) until the user moves the divider."""
        table, model = self.ui.doorTable, self.model
        metrics = table.fontMetrics()
        for column, least in ((COL_EARLIER, "24-11 niet thuis"), (COL_OUTCOME, "1  gesproken")):
            texts = [model.index(row, column).data() or "" for row in range(model.rowCount())]
            wanted = min(max(metrics.horizontalAdvance(text) for text in (least, *texts)), OUTCOME_TEXT_MAX) + 20
            if wanted > table.columnWidth(column):
                table.setColumnWidth(column, wanted)
        needed = sum(table.columnWidth(column) for column in range(COL_NOTE)) + metrics.horizontalAdvance(
            "Notitie bij de deur") + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
        sizes = self.ui.splitter.sizes()
        if not self._splitter_moved and sizes[0] < needed:
            self.ui.splitter.setSizes([needed, max(sum(sizes) - needed, 1)])

    def _default_evening(self) -> int | None:
        """The last evening up to today (the one just walked), else the first."""
        if not self._evenings:
            return None
        today = datetime.now().date()
        past = [e for e in self._evenings if e.date <= today]
        return (past[-1] if past else self._evenings[0]).id

    def _show_keys(self) -> None:
        if not self._outcomes:
            self.ui.keysLabel.setText("")
            return
        keys = " &nbsp;·&nbsp; ".join(f"<b>{o.code}</b> {o.label}" for o in self._outcomes if 0 <= o.code <= 99)
        self.ui.keysLabel.setText(
            self.tr("Toetsen: {keys} &nbsp;·&nbsp; <b>Del</b> laatste bezoek weg &nbsp;·&nbsp; "
                    "<b>Tab</b> naar tijd en notitie").format(keys=keys))

    def _list_chosen(self, _index: int = 0, reset: bool = True) -> None:
        self._drop_pending_digit()   # a digit typed for a door of the list that is no longer shown
        key = (self.current_round_id(), self.current_evening_id(), self.current_team_id())
        if key != self._logged_key:
            self.flush_log()
            self._logged_key = key if key[0] is not None and key[1] is not None else None
        self._show_list(reset=reset)

    # --- showing ------------------------------------------------------------------------------
    def _evening(self) -> EveningRow | None:
        evening_id = self.current_evening_id()
        return next((e for e in self._evenings if e.id == evening_id), None)

    def _show_list(self, reset: bool = False) -> None:
        round_id, evening = self.current_round_id(), self._evening()
        rows: list[DoorOutcomeRow] = []
        message = ""
        if round_id is None:
            message = self.tr("Deze flat heeft nog geen ronde; maak er een aan bij Ronde.")
        elif evening is None:
            message = self.tr("Deze ronde heeft nog geen avonden; plan eerst een avond.")
        else:
            self.model.set_default_time(evening.starts)
            try:
                rows = self.entry.read(outcome_service.evening_doors, round_id, evening.id, self.current_team_id())
            except UserError as error:
                message = str(error)
        if reset:
            self.model.set_rows([])
        self.model.set_rows(rows)
        self._fit_columns()
        if message:
            self._show_message(message, "error")
        elif reset:
            self._show_message(self._teamless_text(round_id, evening), "warning")
        self._show_map(round_id)
        self._show_counts(evening, rows)
        if reset and rows:
            self._go_to(0)

    def _teamless_text(self, round_id: int | None, evening: EveningRow | None) -> str:
        """Homes on no door list this evening are not in this grid either: say so, and where to fix it."""
        if round_id is None or evening is None:
            return ""
        groups = self.entry.read(round_service.teamless_homes, round_id, evening.id)
        if not groups:
            return ""
        return self.tr("{warning} Geef ze een team bij Ronde, tabblad Deuren per avond ('Woningen zonder team "
                       "verdelen'); daarna staan ze ook hier.").format(warning=round_service.teamless_warning(groups))

    def _show_map(self, round_id: int | None) -> None:
        colours = outcome_service.disposition_colours()
        latest = self.entry.read(outcome_service.latest_outcomes, round_id) if round_id is not None else {}
        self.facade_map.set_home_colours({home_id: QColor(colours.get(o.disposition, theme.WHITE))
                                          for home_id, o in latest.items()})
        legend = [(disposition_label(d), QColor(colours[d])) for d in DISPOSITION_ORDER]
        self.facade_map.set_legend(legend if round_id is not None else [])

    def _show_counts(self, evening: EveningRow | None, rows: Sequence[DoorOutcomeRow]) -> None:
        ui = self.ui
        if evening is None or not rows:
            ui.countLabel.setText("")
            ui.nextEveningLabel.setText("")
            return
        done = [r.latest for r in rows if r.latest is not None]
        counts = Counter(a.outcome_code for a in done)
        parts = [f"{counts[o.code]} {o.label}" for o in self._outcomes if counts.get(o.code)]
        text = self.tr("Avond {date}: {done} van {total} deuren ingevuld").format(
            date=dutch_date(evening.date), done=len(done), total=len(rows))
        ui.countLabel.setText(text + ("; " + ", ".join(parts) if parts else ""))
        final = ", ".join(o.label for o in self._outcomes if o.final)
        later = [e for e in self._evenings if (e.date, e.starts) > (evening.date, evening.starts)]
        if later:
            ui.nextEveningLabel.setText(self.tr(
                "De deurlijsten van {next} volgen hieruit: woningen met een afgeronde uitkomst ({final}) "
                "komen daar niet meer op. Verdeel de deuren van die avond opnieuw na het invoeren."
            ).format(next=later[0].label, final=final))
        else:
            ui.nextEveningLabel.setText(self.tr(
                "Een volgende avond krijgt alleen de deuren die nog open zijn: woningen met een afgeronde "
                "uitkomst ({final}) komen niet meer op de deurlijst.").format(final=final))

    def _show_message(self, text: str, kind: str = "error") -> None:
        show_message(self.ui.messageLabel, kind, text)

    def _go_to(self, row: int, column: int = COL_OUTCOME) -> None:
        table = self.ui.doorTable
        if 0 <= row < self.model.rowCount():
            table.setCurrentIndex(self.model.index(row, column))
            table.scrollTo(self.model.index(row, COL_CODE))   # up and down only: keep the door's address in view

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pending = self._pending_digit
        if pending is not None and (not current.isValid() or self.model.row_at(current.row()).home_id != pending[0]):
            self._take_pending_digit(move=False)   # clicked elsewhere: the digit is that door's code
        if current.isValid():
            self.facade_map.select_home(self.model.row_at(current.row()).home_id)

    def _map_selected(self, home_id: int) -> None:
        row = self.model.row_of_home(home_id)
        if row >= 0:
            self._go_to(row, max(self.ui.doorTable.currentIndex().column(), 0))

    # --- events -------------------------------------------------------------------------------
    def hideEvent(self, event) -> None:  # noqa: N802
        self._take_pending_digit(move=False)
        self.flush_log()
        super().hideEvent(event)
