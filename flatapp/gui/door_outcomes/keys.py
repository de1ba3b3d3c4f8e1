"""Typing in the door grid: a digit records an outcome (two-digit codes wait ``SECOND_DIGIT_MS`` for the
second digit), Backspace/Delete takes tonight's last visit back, and edits of time, come-back time and
note; mixed into ``DoorOutcomeWidget`` (its texts keep that context)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy.exc import SQLAlchemyError

from flatapp.gui.conflicts import ConflictReloaded
from flatapp.gui.door_outcomes.models import COL_COME_BACK, COL_NOTE, COL_TIME, EDITABLE_COLUMNS
from flatapp.services import door_outcomes as outcome_service
from flatapp.services.door_outcomes import RecordedAttempt
from flatapp.services.errors import UserError

translate = QCoreApplication.translate

SECOND_DIGIT_MS = 700   # how long a digit that could start a two-digit code waits for the second
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                 Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock)


class DoorKeys:
    """The grid's keys; mixed into ``DoorOutcomeWidget``."""

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
            text = translate("DoorOutcomeWidget", "Uitkomst {digit}… typ nog een cijfer voor {choices}; Enter of even "
                             "wachten geeft {digit}.").format(digit=digit, choices=choices)
        else:
            text = translate("DoorOutcomeWidget", "Uitkomst {digit}… typ nog een cijfer voor {choices}.").format(
                digit=digit, choices=choices)
        self._show_message(text, "info")

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
            self._show_message(translate("DoorOutcomeWidget", "Opslaan is niet gelukt: {reason}").format(reason=error))
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
            self._show_message(translate("DoorOutcomeWidget", "Woning {code} heeft op deze avond nog geen bezoek om weg "
                                         "te halen.").format(code=door.code), "warning")
            return None
        try:
            removed = self.entry.write(outcome_service.undo_attempt, door.latest.id, door.latest.version)
        except ConflictReloaded as error:       # the other's correction stands: show the door as saved
            self._after_change(())
            self._show_message(str(error))
            return None
        except UserError as error:
            self._show_message(str(error))
            return None
        self._undone += 1
        self._after_change(())
        self._show_message(translate("DoorOutcomeWidget", "Bezoek weggehaald: woning {code}, {label}.").format(
            code=door.code, label=removed.label), "info")
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
                    self._update(latest, at=datetime.combine(latest.at.date(), value))
            elif latest is None:
                self.model.set_pending(row, column, text.strip())
            elif column == COL_COME_BACK:
                self._update(latest, come_back=text)
            else:
                self._update(latest, note=text)
        except ConflictReloaded as error:
            self._after_change(())
            self._show_message(str(error))
            return
        except UserError as error:
            self._show_message(str(error))
            QTimer.singleShot(0, lambda: self._go_to(row, column))
            return
        self._show_message("")
        # Before an outcome: back to the outcome column of this door; after one: the next door.
        target = row if latest is None else min(row + 1, self.model.rowCount() - 1)
        QTimer.singleShot(0, lambda: self._go_to(target))

    def _update(self, latest: RecordedAttempt, **changes: Any) -> None:
        updated = self.entry.write(outcome_service.update_attempt, latest.id, **changes, version=latest.version)
        self._after_change(updated.warnings)

    def _after_change(self, warnings: Sequence[str]) -> None:
        self._show_list()
        if warnings:
            self._show_message(" ".join(warnings), "warning")
        else:
            self._show_message("")
        self.attemptsChanged.emit()
