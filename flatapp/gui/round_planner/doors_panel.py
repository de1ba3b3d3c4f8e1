"""The Deuren verdelen tab of the round planner: the split of an evening's doors, homes without a team, moves."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent

from flatapp.gui import theme
from flatapp.gui.round_planner.controller import _FAILED
from flatapp.gui.round_planner.style import CLOSED_COLOUR, _swatch, team_colour
from flatapp.services import rounds as round_service
from flatapp.services.rounds import EveningAssignment

translate = QCoreApplication.translate


class DoorsPanel:
    """The Deuren verdelen tab of the round planner; mixed into ``RoundPlannerWidget``."""

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
        ui.distributeButton.setText(translate("RoundPlannerWidget", "Deuren opnieuw verdelen")
                                    if assignment and assignment.is_distributed
                                    else translate("RoundPlannerWidget", "Deuren verde&len"))
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
            self.ui.teamlessLabel.setText(translate("RoundPlannerWidget",
                "Woningen zonder team verdeeld over {teams}. Print de deurlijsten van deze avonden opnieuw.")
                .format(teams=teams))
            self.ui.teamlessFrame.show()
            self.ui.assignTeamlessButton.setEnabled(False)

    def _status_text(self, assignment: EveningAssignment | None) -> str:
        if self._detail is None:
            return ""
        if not self._detail.evenings:
            return translate("RoundPlannerWidget", "Plan eerst een avond (tabblad Avonden).")
        if assignment is None:
            return ""
        if not self._detail.teams:
            return translate("RoundPlannerWidget",
                             "Deel eerst de vrijwilligers in teams in (tabblad Vrijwilligers en teams).")
        todo = len(assignment.open_home_ids)
        parts = [translate("RoundPlannerWidget", "{count} deuren te doen").format(count=todo)]
        if assignment.closed_home_ids:
            parts.append(translate("RoundPlannerWidget", "{count} al afgerond").format(
                count=len(assignment.closed_home_ids)))
        if not assignment.is_distributed:
            parts.append(translate("RoundPlannerWidget", "nog niet verdeeld: kies 'Deuren verdelen'"))
        elif assignment.unassigned_home_ids:
            parts.append(translate("RoundPlannerWidget", "{count} nog zonder team").format(
                count=len(assignment.unassigned_home_ids)))
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
            legend.append((translate("RoundPlannerWidget", "afgerond"), CLOSED_COLOUR))
        if assignment.unassigned_home_ids:
            legend.append((translate("RoundPlannerWidget", "nog zonder team"), QColor(theme.WHITE)))
        self.facade_map.set_legend(legend)

    def distribute(self) -> None:
        evening_id = self.current_evening_id()
        if self._round_id is None or evening_id is None:
            return
        if self._assignment is not None and self._assignment.is_distributed and not self._confirm(
                translate("RoundPlannerWidget", "Deuren opnieuw verdelen"),
                translate("RoundPlannerWidget", "Deze avond is al verdeeld. Opnieuw verdelen maakt verplaatste "
                                                "woningen ongedaan. Doorgaan?")):
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
            ui.selectedHomeLabel.setText(translate("RoundPlannerWidget", "Kies een woning op de kaart."))
        else:
            team_id = assignment.team_of_home.get(home.id) if assignment else None
            if assignment is not None and home.id in assignment.closed_home_ids:
                where = translate("RoundPlannerWidget", "al afgerond")
            elif team_id is None:
                where = translate("RoundPlannerWidget", "nog zonder team")
            else:
                where = translate("RoundPlannerWidget", "nu bij {team}").format(team=self._team_name(team_id))
                index = ui.moveTeamCombo.findData(team_id)
                if index >= 0:
                    ui.moveTeamCombo.setCurrentIndex(index)
            ui.selectedHomeLabel.setText(translate(
                "RoundPlannerWidget", "{code} · {address} · {floor} · {where}").format(
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
            self._show_error(self.ui.assignErrorLabel,
                             translate("RoundPlannerWidget", "Kies eerst een woning op de kaart."))
            return
        seen = self._assignment.assignment_versions.get(home_id) if self._assignment is not None else None
        if self._run(self.ui.assignErrorLabel, None, round_service.move_home, evening_id, home_id,
                     team_id, seen) is not _FAILED:
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
