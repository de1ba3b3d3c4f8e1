"""The Vrijwilligers en teams tab of the round planner: volunteers, automatic pairs and each team's members."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from flatapp.gui.round_planner.controller import _FAILED
from flatapp.services import rounds as round_service

translate = QCoreApplication.translate


class TeamsPanel:
    """The Vrijwilligers en teams tab of the round planner; mixed into ``RoundPlannerWidget``."""

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
            self._show_error(self.ui.volunteerErrorLabel,
                             translate("RoundPlannerWidget", "Kies eerst de vrijwilliger die weg moet."))
            return
        if self._run(self.ui.volunteerErrorLabel, None, round_service.remove_volunteer, volunteer.id,
                     volunteer.version) is not _FAILED:
            self._reload_detail()

    def _volunteer_edited(self, volunteer_id: int, name: str, phone: str) -> None:
        if self._run(self.ui.volunteerErrorLabel, None, round_service.update_volunteer, volunteer_id, name,
                     phone, self._version_of(self._detail and self._detail.volunteers, volunteer_id)) is not _FAILED:
            self._reload_detail()

    def auto_teams(self) -> None:
        if self._round_id is None:
            return
        if self._detail and self._detail.teams and not self._confirm(
                translate("RoundPlannerWidget", "Teams opnieuw indelen"),
                translate("RoundPlannerWidget", "De bestaande teams worden vervangen door tweetallen. Avonden "
                                                "waarvan de deuren al verdeeld waren, worden opnieuw verdeeld. "
                                                "Doorgaan?")):
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
                text = translate("RoundPlannerWidget", "{name} (in {team})").format(name=volunteer.name,
                                                                                   team=volunteer.team_name)
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
                     volunteer_ids=self._checked_volunteers(),
                     version=self._version_of(self._detail and self._detail.teams, team_id)) is not _FAILED:
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
        if not self._confirm(translate("RoundPlannerWidget", "Team verwijderen"),
                             translate("RoundPlannerWidget", "{team} verwijderen? De deuren van dit team komen op "
                                       "elke avond zonder team te staan.").format(team=team.name)):
            return
        if self._run(self.ui.teamErrorLabel, None, round_service.remove_team, team.id,
                     team.version) is not _FAILED:
            self._reload_detail()
