"""Typing in the door outcomes after an evening, at typing speed.

``DoorOutcomeWidget`` (layout in ui/door_outcomes.ui) shows one team's door list of one evening in
the printed order. In the grid:

- a digit in the code, address, floor, earlier-visits or outcome column records that outcome code
  for the door (the numbers printed on the list) and moves the cursor to the next door. When the
  round has codes 10 and up and the digit could start one of them ('1' with codes 10–12), the grid
  waits ``SECOND_DIGIT_MS`` for a second digit: a second digit that makes an existing code records
  that code; Enter, any other key or the wait running out records the one-digit code. Without
  codes of two digits every digit records at once;
- the time column takes a time ("1945", "19:45"); before an outcome it is the time used for it
  (default: the evening's start), after one it corrects that visit's time. The same holds for the
  come-back time and the note. Enter there brings the cursor back to the outcome column;
- Backspace or Delete removes this evening's last visit at that door (undo).

Every key press that changes something is one service call in one transaction
(``flatapp.services.door_outcomes``). The facade map beside the grid colours every home of the
block by its latest outcome in the round.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime, time
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget
from sqlalchemy.exc import SQLAlchemyError

from flatapp.gui.block_services import BlockServices
from flatapp.gui.facade_map import FacadeMap
from flatapp.gui.generated.ui_door_outcomes import Ui_DoorOutcomeWidget
from flatapp.services import door_outcomes as outcome_service
from flatapp.services import rounds as round_service
from flatapp.services.door_outcomes import DISPOSITION_ORDER, DoorOutcomeRow, RecordedAttempt
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.round_rows import EveningRow, OutcomeRow, dutch_date
from flatapp.storage.database import Database

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex

ERROR_STYLE = "color: #9b1c12;"
WARNING_STYLE = "color: #7a4b00;"
QUIET_STYLE = "color: #444f5c;"
DEFAULT_TEXT = QColor("#6b7682")     # a default time not typed yet
WARN_TEXT = QColor("#9a5b00")
WHITE = QColor("#ffffff")
SECOND_DIGIT_MS = 700   # how long a digit that could start a two-digit code waits for the second
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                 Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock)


def disposition_label(disposition: str) -> str:
    """The legend's Dutch word for an AAPOR disposition group."""
    labels = {
        "interview": QCoreApplication.translate("DoorOutcomes", "gesproken"),
        "partial": QCoreApplication.translate("DoorOutcomes", "deels"),
        "non_contact": QCoreApplication.translate("DoorOutcomes", "niet bereikt"),
        "refusal": QCoreApplication.translate("DoorOutcomes", "geweigerd"),
        "not_eligible": QCoreApplication.translate("DoorOutcomes", "valt af"),
        "other": QCoreApplication.translate("DoorOutcomes", "anders"),
    }
    return labels.get(disposition, disposition)


def tint(colour: QColor, amount: float = 0.35) -> QColor:
    """``colour`` mixed with white: a calm cell background that keeps dark text readable."""
    return QColor(round(255 + (colour.red() - 255) * amount), round(255 + (colour.green() - 255) * amount),
                  round(255 + (colour.blue() - 255) * amount))


# --- controller: one service call, one transaction, plain rows back --------------------------------

class DoorOutcomeEntry(BlockServices):
    """Runs the services for one block; no widgets."""


# --- the grid's model ------------------------------------------------------------------------------

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


# --- the widget ------------------------------------------------------------------------------------

ALL_TEAMS = 0


class DoorOutcomeWidget(QWidget):
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
            "QTableView { gridline-color: #d5dae0; }"
            "QTableView::item { padding: 0px 4px; }"
            "QTableView::item:selected { background: #dce8f8; color: #1b2430; }"
            "QTableView::item:focus { border: 2px solid #1456c0; }"
        )
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        # Sized to fit beside the facade map at 1366 px; long text is elided (the tooltip has it all).
        widths = {COL_CODE: "VO-000", COL_ADDRESS: "Kastanjelaan 12A", COL_FLOOR: "Verd.",
                  COL_EARLIER: "24-11 19:40 niet", COL_OUTCOME: "1  gesproken", COL_TIME: "00:00",
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
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([700, 640])
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

    def reload(self) -> None:
        """Read the rounds again and show the chosen door list."""
        combo = self.ui.roundCombo
        wanted = combo.currentData()
        rounds = self.entry.read(round_service.list_rounds, self.entry.building_id)
        self._fill(combo, [(f"{r.name} ({r.period_label})", r.id) for r in rounds], wanted)
        combo.setPlaceholderText(self.tr("nog geen ronde"))
        combo.setEnabled(bool(rounds))
        self.facade_map.set_homes(self.entry.read(list_home_rows, self.entry.building_id))
        self._round_chosen()

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

    def _round_chosen(self, _index: int = 0) -> None:
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
        self._list_chosen()

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

    def _list_chosen(self, _index: int = 0) -> None:
        self._drop_pending_digit()   # a digit typed for a door of the list that is no longer shown
        key = (self.current_round_id(), self.current_evening_id(), self.current_team_id())
        if key != self._logged_key:
            self.flush_log()
            self._logged_key = key if key[0] is not None and key[1] is not None else None
        self._show_list(reset=True)

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
        if message:
            self._show_message(message, ERROR_STYLE)
        elif reset:
            self._show_message(self._teamless_text(round_id, evening), WARNING_STYLE)
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
        self.facade_map.set_home_colours({home_id: QColor(colours.get(o.disposition, "#ffffff"))
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

    def _show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))

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

    # --- typing -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.ui.doorTable and event.type() == QEvent.Type.KeyPress and self._key_pressed(event):
            return True
        return super().eventFilter(watched, event)

    def _key_pressed(self, event: QKeyEvent) -> bool:
        table = self.ui.doorTable
        index = table.currentIndex()
        if not index.isValid() or table.state() == QAbstractItemView.State.EditingState:
            return False
        text = event.text()
        digit = text if len(text) == 1 and text in "0123456789" else ""
        if self._pending_digit is not None:
            home_id, first = self._pending_digit
            if event.key() in MODIFIER_KEYS:
                return False   # Shift and the like on their own decide nothing
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._drop_pending_digit()   # undo the digit that was not recorded yet
                self._show_message("")
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._drop_pending_digit()
                self._show_message("")
                return True
            if digit and index.column() not in EDITABLE_COLUMNS and int(first + digit) in self._codes():
                row = self.model.row_of_home(home_id)
                self._drop_pending_digit()
                self.record_row(row, int(first + digit))
                return True
            self._take_pending_digit()   # Enter or another key: the one-digit code
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return True
            index = table.currentIndex()
            if not index.isValid():
                return True
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.undo_row(index.row())
            return True
        if index.column() not in EDITABLE_COLUMNS and digit:
            longer = sorted(code for code in self._codes() if code >= 10 and str(code).startswith(digit))
            if longer:
                self._wait_for_second_digit(index.row(), digit, longer)
            else:
                self.record_row(index.row(), int(digit))
            return True
        return False

    # --- two-digit codes -------------------------------------------------------------------
    def _codes(self) -> set[int]:
        return {outcome.code for outcome in self._outcomes}

    def pending_digit(self) -> str:
        """The digit typed for the current door that waits for a second one ('' when none)."""
        return self._pending_digit[1] if self._pending_digit is not None else ""

    def _wait_for_second_digit(self, row: int, digit: str, longer: Sequence[int]) -> None:
        self._pending_digit = (self.model.row_at(row).home_id, digit)
        self._digit_timer.start()
        choices = ", ".join(str(code) for code in longer)
        if int(digit) in self._codes():
            text = self.tr("Uitkomst {digit}… typ nog een cijfer voor {choices}; Enter of even wachten "
                           "geeft {digit}.").format(digit=digit, choices=choices)
        else:
            text = self.tr("Uitkomst {digit}… typ nog een cijfer voor {choices}.").format(
                digit=digit, choices=choices)
        self._show_message(text, QUIET_STYLE)

    def _drop_pending_digit(self) -> None:
        self._digit_timer.stop()
        self._pending_digit = None

    def _take_pending_digit(self, move: bool = True) -> None:
        """Record the waiting digit as a one-digit code (Enter, another key, or the wait ran out)."""
        pending = self._pending_digit
        self._drop_pending_digit()
        if pending is None:
            return
        row = self.model.row_of_home(pending[0])
        if row >= 0:
            self.record_row(row, int(pending[1]), move=move)

    def record_row(self, row: int, code: int, move: bool = True) -> RecordedAttempt | None:
        """Record outcome ``code`` for the door on ``row`` (with its pending time and note);
        ``move`` puts the cursor on the next door."""
        round_id, evening = self.current_round_id(), self._evening()
        if round_id is None or evening is None or not 0 <= row < self.model.rowCount():
            return None
        door = self.model.row_at(row)
        try:
            at = datetime.combine(evening.date, self.model.time_for(row))
            recorded = self.entry.write(
                outcome_service.record_attempt, round_id, door.home_id, code, at, evening.id,
                door.team_id, come_back=self.model.pending(door.home_id, COL_COME_BACK),
                note=self.model.pending(door.home_id, COL_NOTE))
        except UserError as error:
            self._show_message(str(error))
            return None
        except SQLAlchemyError as error:
            self._show_message(self.tr("Opslaan is niet gelukt: {reason}").format(reason=error))
            return None
        self._recorded += 1
        self.model.clear_pending(row)
        self._after_change(recorded.warnings)
        if move:
            self._go_to(row + 1 if row + 1 < self.model.rowCount() else row)
        return recorded

    def undo_row(self, row: int) -> RecordedAttempt | None:
        """Remove this evening's last visit at the door on ``row``."""
        round_id, evening = self.current_round_id(), self._evening()
        if round_id is None or evening is None or not 0 <= row < self.model.rowCount():
            return None
        door = self.model.row_at(row)
        if door.latest is None:
            self._show_message(self.tr("Woning {code} heeft op deze avond nog geen bezoek om weg te halen.")
                               .format(code=door.code), WARNING_STYLE)
            return None
        try:
            removed = self.entry.write(outcome_service.undo_attempt, door.latest.id)
        except UserError as error:
            self._show_message(str(error))
            return None
        self._undone += 1
        self._after_change(())
        self._show_message(self.tr("Bezoek weggehaald: woning {code}, {label}.").format(
            code=door.code, label=removed.label), QUIET_STYLE)
        return removed

    def _edited(self, row: int, column: int, text: str) -> None:
        door = self.model.row_at(row)
        latest = door.latest
        evening = self._evening()
        try:
            if column == COL_TIME:
                value = outcome_service.parse_entry_time(text) if text.strip() else None
                if latest is None:
                    self.model.set_pending(row, column, f"{value:%H:%M}" if value else "")
                elif value is not None and evening is not None:
                    self._update(latest.id, at=datetime.combine(latest.at.date(), value))
            elif latest is None:
                self.model.set_pending(row, column, text.strip())
            elif column == COL_COME_BACK:
                self._update(latest.id, come_back=text)
            else:
                self._update(latest.id, note=text)
        except UserError as error:
            self._show_message(str(error))
            QTimer.singleShot(0, lambda: self._go_to(row, column))
            return
        self._show_message("")
        # Before an outcome: back to the outcome column of this door; after one: the next door.
        target = row if latest is None else min(row + 1, self.model.rowCount() - 1)
        QTimer.singleShot(0, lambda: self._go_to(target))

    def _update(self, attempt_id: int, **changes: Any) -> None:
        updated = self.entry.write(outcome_service.update_attempt, attempt_id, **changes)
        self._after_change(updated.warnings)

    def _after_change(self, warnings: Sequence[str]) -> None:
        self._show_list()
        if warnings:
            self._show_message(" ".join(warnings), WARNING_STYLE)
        else:
            self._show_message("")
        self.attemptsChanged.emit()

    # --- events -------------------------------------------------------------------------------
    def hideEvent(self, event) -> None:  # noqa: N802
        self._take_pending_digit(move=False)
        self.flush_log()
        super().hideEvent(event)
