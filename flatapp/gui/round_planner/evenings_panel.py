"""The Avonden tab of the round planner: add, change and remove a round's evenings."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt

from flatapp.gui.round_planner.controller import _FAILED
from flatapp.services import rounds as round_service

translate = QCoreApplication.translate


class EveningsPanel:
    """The Avonden tab of the round planner; mixed into ``RoundPlannerWidget``."""

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
            self._show_error(self.ui.eveningErrorLabel,
                             translate("RoundPlannerWidget", "Kies eerst de avond die weg moet."))
            return
        if not self._confirm(translate("RoundPlannerWidget", "Avond verwijderen"),
                             translate("RoundPlannerWidget", "De avond van {label} verwijderen? De verdeling van de "
                                       "deuren op die avond gaat dan ook weg.").format(label=evening.label)):
            return
        if self._run(self.ui.eveningErrorLabel, None, round_service.remove_evening, evening.id,
                     evening.version) is not _FAILED:
            self._reload_detail()

    def _evening_edited(self, evening_id: int, day: date, starts, ends) -> None:
        if self._run(self.ui.eveningErrorLabel, None, round_service.update_evening, evening_id, day, starts,
                     ends, self._version_of(self._detail and self._detail.evenings, evening_id)) is not _FAILED:
            self._reload_detail()
            self._select_row(self.ui.eveningTable, evening_id)
