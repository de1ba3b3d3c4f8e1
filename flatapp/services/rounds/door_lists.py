"""The door list each team carries on one evening: its open doors in walking order with earlier visits."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.round_rows import (
    AttemptRow,
    DoorRow,
    TeamDoorList,
    wall_clock,
)
from flatapp.services.rounds.doors import _attempts_before, _check_ready, _closed_ids, _interviewed_ids
from flatapp.services.rounds.lookup import _evening_of_round, _evening_row, _round
from flatapp.services.rounds.outcomes import list_outcomes
from flatapp.services.rounds.teams import _team, list_teams
from flatapp.storage.round_models import Assignment, DoorAttempt


def door_lists(session: Session, round_id: int, evening_id: int, team_id: int | None = None,
               keep_visited: bool = False) -> list[TeamDoorList]:
    """The paper each team carries on one evening: its doors still open, in walking order, each with
    its earlier visits (time, outcome, come-back time; never notes), and the round's outcome codes.
    Never names or answers. A home with a completed interview is never on it, whatever its door
    outcomes say; ``keep_visited`` (the entry grid) keeps such a home on the evening it was visited,
    so what was typed for that evening stays in view."""
    round_ = _round(session, round_id)
    _check_ready(session, round_)
    evening = _evening_of_round(session, round_, evening_id)
    if team_id is not None:
        team = _team(session, team_id)
        if team.round_id != round_.id:
            raise UserError(f"{team.name} hoort niet bij ronde '{round_.name}'.")
    label = _evening_row(evening).label
    attempts = _attempts_before(session, round_, evening)
    interviewed = _interviewed_ids(session, round_.id)
    if keep_visited:
        interviewed -= set(session.scalars(select(DoorAttempt.home_id).where(
            DoorAttempt.round_id == round_.id, DoorAttempt.evening_id == evening.id)))
    closed = _closed_ids(attempts) | interviewed
    earlier: dict[int, list[AttemptRow]] = {}
    for attempt in attempts:
        earlier.setdefault(attempt.home_id, []).append(AttemptRow(
            at=wall_clock(attempt.at), outcome_code=attempt.outcome.code,
            outcome_label=attempt.outcome.label, come_back=attempt.come_back or ""))
    team_of_home = dict(session.execute(
        select(Assignment.home_id, Assignment.team_id).where(Assignment.evening_id == evening.id)).all())
    if not team_of_home:
        raise UserError(f"De deuren van {label} zijn nog niet over de teams verdeeld; "
                        f"kies eerst 'Deuren verdelen'.")
    outcomes = tuple(list_outcomes(session, round_id))
    evening_row = _evening_row(evening)
    doors: dict[int, list[DoorRow]] = {}
    for home in list_home_rows(session, round_.building_id):
        owner = team_of_home.get(home.id)
        if owner is None or home.id in closed:
            continue
        doors.setdefault(owner, []).append(DoorRow(
            home_id=home.id, code=home.code, address=home.address, postcode=home.postcode,
            entrance=home.entrance, floor=home.floor, floor_label=home.floor_label,
            earlier=tuple(earlier.get(home.id, ()))))
    lists = []
    for team in list_teams(session, round_id):
        if team_id is not None and team.id != team_id:
            continue
        if not doors.get(team.id):
            if team_id is not None:
                raise UserError(f"{team.name} heeft op {label} geen deuren.")
            continue
        lists.append(TeamDoorList(round_name=round_.name, building_name=round_.building.name,
                                  team_name=team.name, members=team.member_names, evening=evening_row,
                                  doors=tuple(doors[team.id]), outcomes=outcomes,
                                  round_id=round_.id, team_id=team.id))
    return lists
