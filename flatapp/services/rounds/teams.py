"""A round's volunteers and the teams they walk in."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError
from flatapp.services.rounds.lookup import _clean, _round
from flatapp.services.rounds.rows import PHONE_MAX, TEAM_NAME_MAX, VOLUNTEER_NAME_MAX, TeamRow, VolunteerRow
from flatapp.services.versioned import claim_version, shown
from flatapp.storage.round_models import (
    Assignment,
    Round,
    Team,
    TeamMember,
    Volunteer,
)

_PHONE = re.compile(r"^[0-9+()\-\s./]{0,40}$")


def _volunteer(session: Session, volunteer_id: int) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        raise UserError("Deze vrijwilliger bestaat niet (meer).")
    return volunteer


def _check_volunteer(session: Session, round_id: int, name: str, phone: str,
                     volunteer_id: int | None = None) -> tuple[str, str]:
    clean = _clean(name)
    if not clean:
        raise UserError("Vul de naam van de vrijwilliger in.")
    if len(clean) > VOLUNTEER_NAME_MAX:
        raise UserError(f"De naam van de vrijwilliger is te lang (hoogstens {VOLUNTEER_NAME_MAX} tekens).")
    number = _clean(phone)
    if len(number) > PHONE_MAX or not _PHONE.match(number):
        raise UserError(f"Telefoonnummer '{number}' klopt niet: gebruik alleen cijfers, spaties, + en -, "
                        f"bijvoorbeeld 06-12345678.")
    if number and sum(ch.isdigit() for ch in number) < 6:
        raise UserError(f"Telefoonnummer '{number}' is te kort.")
    same = session.scalar(select(Volunteer.id).where(
        Volunteer.round_id == round_id, func.lower(Volunteer.name) == clean.lower()))
    if same is not None and same != volunteer_id:
        raise UserError(f"'{clean}' staat al bij de vrijwilligers van deze ronde; "
                        f"voeg bijvoorbeeld een achternaam of voorletter toe.")
    return clean, number


def _team_of_volunteer(session: Session, round_id: int) -> dict[int, Team]:
    rows = session.execute(
        select(TeamMember.volunteer_id, Team).join(Team, Team.id == TeamMember.team_id).where(Team.round_id == round_id)
    )
    return {volunteer_id: team for volunteer_id, team in rows}


def _volunteer_row(volunteer: Volunteer, team: Team | None) -> VolunteerRow:
    return VolunteerRow(volunteer.id, volunteer.name, volunteer.phone or "",
                        team.id if team else None, team.name if team else "", volunteer.version)


def list_volunteers(session: Session, round_id: int) -> list[VolunteerRow]:
    """The round's volunteers in the order they were added (each with the team they are in)."""
    teams = _team_of_volunteer(session, round_id)
    volunteers = session.scalars(select(Volunteer).where(Volunteer.round_id == round_id).order_by(Volunteer.id))
    return [_volunteer_row(v, teams.get(v.id)) for v in volunteers]


def add_volunteer(session: Session, round_id: int, name: str, phone: str = "") -> VolunteerRow:
    round_ = _round(session, round_id)
    clean, number = _check_volunteer(session, round_id, name, phone)
    volunteer = Volunteer(round=round_, name=clean, phone=number)
    session.add(volunteer)
    session.flush()
    return _volunteer_row(volunteer, None)


VOLUNTEER_LABELS = {"name": "de naam", "phone": "het telefoonnummer"}
TEAM_LABELS = {"name": "de naam", "volunteer_ids": "de vrijwilligers"}


def update_volunteer(session: Session, volunteer_id: int, name: str, phone: str = "",
                     version: int | None = None) -> VolunteerRow:
    """Change a volunteer's name and phone, based on ``version`` (refused when stale)."""
    volunteer = _volunteer(session, volunteer_id)
    clean, number = _check_volunteer(session, volunteer.round_id, name, phone, volunteer.id)
    claim_version(session, Volunteer, volunteer_id, version, f"Vrijwilliger {volunteer.name}", VOLUNTEER_LABELS,
                  {"name": clean, "phone": number}, values={"name": clean, "phone": number})
    session.refresh(volunteer)
    return _volunteer_row(volunteer, _team_of_volunteer(session, volunteer.round_id).get(volunteer.id))


def remove_volunteer(session: Session, volunteer_id: int, version: int | None = None) -> None:
    """Remove a volunteer (and take them out of their team); refused when the team would be empty, or
    when someone changed the volunteer after ``version``."""
    volunteer = _volunteer(session, volunteer_id)
    claim_version(session, Volunteer, volunteer_id, version, f"Vrijwilliger {volunteer.name}", deleting=True)
    team = _team_of_volunteer(session, volunteer.round_id).get(volunteer.id)
    if team is not None and len(team.members) <= 1:
        raise UserError(f"{volunteer.name} is de enige in {team.name}; een team zonder vrijwilligers kan niet. "
                        f"Zet eerst iemand anders in {team.name} of verwijder het team.")
    session.execute(delete(TeamMember).where(TeamMember.volunteer_id == volunteer.id))
    if team is not None:
        session.expire(team, ["members"])
    session.delete(volunteer)
    session.flush()


def _team(session: Session, team_id: int) -> Team:
    team = session.get(Team, team_id)
    if team is None:
        raise UserError("Dit team bestaat niet (meer).")
    return team


def _team_row(session: Session, team: Team) -> TeamRow:
    members = sorted((m.volunteer for m in team.members), key=lambda v: v.id)
    return TeamRow(team.id, team.name, team.position, tuple(_volunteer_row(v, team) for v in members), team.version)


def list_teams(session: Session, round_id: int) -> list[TeamRow]:
    teams = session.scalars(select(Team).where(Team.round_id == round_id).order_by(Team.position, Team.id))
    return [_team_row(session, team) for team in teams]


def _check_members(session: Session, round_: Round, volunteer_ids: Sequence[int], team_name: str,
                   team_id: int | None = None) -> list[Volunteer]:
    ids = list(dict.fromkeys(int(v) for v in volunteer_ids or ()))
    if not ids:
        raise UserError(f"{team_name} heeft geen vrijwilligers; kies minstens één vrijwilliger voor het team.")
    taken = _team_of_volunteer(session, round_.id)
    volunteers = []
    for volunteer_id in ids:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None or volunteer.round_id != round_.id:
            raise UserError(f"Een gekozen vrijwilliger hoort niet bij ronde '{round_.name}'.")
        other = taken.get(volunteer_id)
        if other is not None and other.id != team_id:
            raise UserError(f"{volunteer.name} zit al in {other.name}; iemand kan in één ronde maar in één team.")
        volunteers.append(volunteer)
    return volunteers


def _check_team_name(session: Session, round_: Round, name: str, team_id: int | None = None) -> str:
    clean = _clean(name)
    if not clean:
        numbers = [int(m.group(1)) for t in round_.teams if (m := re.fullmatch(r"Team (\d+)", t.name))]
        clean = f"Team {max(numbers, default=len(round_.teams)) + 1}"
    if len(clean) > TEAM_NAME_MAX:
        raise UserError(f"De naam van het team is te lang (hoogstens {TEAM_NAME_MAX} tekens).")
    same = session.scalar(select(Team.id).where(Team.round_id == round_.id, func.lower(Team.name) == clean.lower()))
    if same is not None and same != team_id:
        raise UserError(f"Deze ronde heeft al een team met de naam '{clean}'.")
    return clean


def create_team(session: Session, round_id: int, name: str, volunteer_ids: Sequence[int]) -> TeamRow:
    """A team of the given volunteers (an empty name becomes 'Team n')."""
    round_ = _round(session, round_id)
    clean = _check_team_name(session, round_, name)
    volunteers = _check_members(session, round_, volunteer_ids, clean)
    position = max((t.position for t in round_.teams), default=0) + 1
    team = Team(round=round_, name=clean, position=position)
    session.add(team)
    for volunteer in volunteers:
        team.members.append(TeamMember(volunteer=volunteer))
    session.flush()
    return _team_row(session, team)


def _team_values(team: Team) -> dict[str, object]:
    return {"name": team.name, "volunteer_ids": tuple(sorted(m.volunteer_id for m in team.members))}


def _team_shown(session: Session) -> Callable[[str, object], str]:
    """Members shown by name in a conflict, not by id."""
    def show(field: str, value: object) -> str:
        if field == "volunteer_ids":
            names = [session.get(Volunteer, v).name for v in value or () if session.get(Volunteer, v) is not None]
            return ", ".join(names) or "(niemand)"
        return shown(value)
    return show


def update_team(session: Session, team_id: int, name: str | None = None,
                volunteer_ids: Sequence[int] | None = None, version: int | None = None) -> TeamRow:
    """Rename a team and/or set its members, based on ``version`` (refused when stale)."""
    team = _team(session, team_id)
    round_ = team.round
    clean = team.name if name is None else _check_team_name(session, round_, name, team.id)
    wanted: dict[str, object] = {"name": clean}
    if volunteer_ids is not None:
        wanted["volunteer_ids"] = tuple(sorted(dict.fromkeys(int(v) for v in volunteer_ids)))
    claim_version(session, Team, team_id, version, team.name, TEAM_LABELS, wanted, current_values=_team_values,
                  show=_team_shown(session))
    team = _team(session, team_id)
    if volunteer_ids is not None:
        volunteers = _check_members(session, round_, volunteer_ids, clean, team.id)
        wanted = {v.id for v in volunteers}
        for member in list(team.members):
            if member.volunteer_id not in wanted:
                team.members.remove(member)
        present = {m.volunteer_id for m in team.members}
        for volunteer in volunteers:
            if volunteer.id not in present:
                team.members.append(TeamMember(volunteer=volunteer))
    team.name = clean
    session.flush()
    return _team_row(session, team)


def remove_team(session: Session, team_id: int, version: int | None = None) -> None:
    """Remove a team; its doors on every evening become unassigned (visits keep their outcome). Refused
    when someone changed the team after ``version``."""
    team = _team(session, team_id)
    claim_version(session, Team, team_id, version, team.name, deleting=True)
    round_ = team.round
    session.execute(delete(Assignment).where(Assignment.team_id == team.id))
    session.delete(team)
    session.flush()
    session.expire(round_, ["teams"])
