"""Which doors are still open on an evening, and splitting them over the teams (also after auto_teams)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from flatapp.domain.walking_order import floor_coverage, split_walking_order
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.round_rows import wall_clock
from flatapp.services.rounds.lookup import _evening, _evening_key, _evening_of_round, _evening_row, _round
from flatapp.services.rounds.rows import EveningAssignment, TeamAssignmentRow, TeamRow
from flatapp.services.rounds.teams import _team, list_teams
from flatapp.services.versioned import ConflictData, VersionConflict, claim_version, conflict_message, differences_of
from flatapp.storage.interview_models import COMPLETE, Interview
from flatapp.storage.models import Home
from flatapp.storage.round_models import (
    Assignment,
    DoorAttempt,
    Evening,
    Round,
    Team,
    TeamMember,
)


def _attempts_before(session: Session, round_: Round, evening: Evening | None) -> list[DoorAttempt]:
    """The round's door visits recorded before ``evening`` (all of them for None), oldest first."""
    attempts = list(session.scalars(select(DoorAttempt).where(DoorAttempt.round_id == round_.id)))
    if evening is not None:
        keys = {e.id: _evening_key(e) for e in round_.evenings}
        limit = _evening_key(evening)
        starts = datetime.combine(evening.date, evening.starts)

        def before(attempt: DoorAttempt) -> bool:
            if attempt.evening_id is not None and attempt.evening_id in keys:
                return keys[attempt.evening_id] < limit
            return wall_clock(attempt.at) < starts

        attempts = [a for a in attempts if before(a)]
    return sorted(attempts, key=lambda a: (wall_clock(a.at), a.id))


def _closed_ids(attempts: Iterable[DoorAttempt]) -> set[int]:
    return {a.home_id for a in attempts if a.outcome.final}


def _interviewed_ids(session: Session, round_id: int) -> set[int]:
    """Homes with a completed interview in the round: done, whatever their door outcomes say."""
    return set(session.scalars(select(Interview.home_id).where(Interview.round_id == round_id,
                                                               Interview.status == COMPLETE)))


def _done_ids(session: Session, round_: Round, evening: Evening | None,
              attempts: Iterable[DoorAttempt] | None = None) -> set[int]:
    """Homes no team visits any more on ``evening``: a final outcome before it, or a completed interview."""
    if attempts is None:
        attempts = _attempts_before(session, round_, evening)
    return _closed_ids(attempts) | _interviewed_ids(session, round_.id)


def _open_rows(session: Session, round_: Round, evening: Evening | None) -> list[HomeRow]:
    closed = _done_ids(session, round_, evening)
    return [home for home in list_home_rows(session, round_.building_id) if home.id not in closed]


def open_homes(session: Session, round_id: int, evening_id: int | None = None) -> list[HomeRow]:
    """Homes still to visit on that evening (now, for None), in walking order: no final outcome
    (interview, partial, refusal, 'niet meer aanbellen', vacant) among the visits recorded before,
    and no completed interview."""
    round_ = _round(session, round_id)
    evening = _evening_of_round(session, round_, evening_id) if evening_id is not None else None
    return _open_rows(session, round_, evening)


def _assignment(session: Session, round_: Round, evening: Evening) -> EveningAssignment:
    homes = list_home_rows(session, round_.building_id)
    closed = _done_ids(session, round_, evening)
    open_rows = [h for h in homes if h.id not in closed]
    assigned = session.execute(select(Assignment.home_id, Assignment.team_id, Assignment.version)
                               .where(Assignment.evening_id == evening.id)).all()
    team_of_home = {home_id: team_id for home_id, team_id, _version in assigned}
    open_by_floor: dict[tuple, int] = {}
    for home in open_rows:
        key = (home.entrance_position, home.entrance, home.floor)
        open_by_floor[key] = open_by_floor.get(key, 0) + 1
    teams = []
    for team in list_teams(session, round_.id):
        mine = [h for h in open_rows if team_of_home.get(h.id) == team.id]
        coverage, runs = floor_coverage(mine, open_by_floor) if mine else ("", 0)
        teams.append(TeamAssignmentRow(team.id, team.name, team.position, team.member_names, len(mine),
                                       coverage, runs))
    return EveningAssignment(
        evening=_evening_row(evening),
        teams=tuple(teams),
        team_of_home={h.id: team_of_home[h.id] for h in open_rows if h.id in team_of_home},
        open_home_ids=tuple(h.id for h in open_rows),
        closed_home_ids=tuple(h.id for h in homes if h.id in closed),
        unassigned_home_ids=tuple(h.id for h in open_rows if h.id not in team_of_home),
        stale_home_ids=tuple(h.id for h in homes if h.id in closed and h.id in team_of_home),
        assignment_versions={home_id: version for home_id, _team, version in assigned},
    )


def _check_ready(session: Session, round_: Round, need_evenings: bool = True) -> None:
    homes = session.scalar(select(func.count(Home.id)).where(Home.building_id == round_.building_id)) or 0
    if not homes:
        raise UserError(f"Flat '{round_.building.name}' heeft nog geen woningen; importeer eerst de adreslijst.")
    if need_evenings and not round_.evenings:
        raise UserError(f"Ronde '{round_.name}' heeft nog geen avonden; plan eerst een avond.")
    if not round_.teams:
        raise UserError(f"Ronde '{round_.name}' heeft nog geen teams; deel eerst de vrijwilligers in teams in.")


def assigned_door_counts(session: Session, round_id: int) -> dict[int, int]:
    """Evening id → the number of doors assigned to a team that evening (evenings not split: absent)."""
    rows = session.execute(
        select(Assignment.evening_id, func.count(Assignment.id)).join(Evening, Evening.id == Assignment.evening_id)
        .where(Evening.round_id == round_id).group_by(Assignment.evening_id)
    )
    return {evening_id: int(count) for evening_id, count in rows}


def evening_assignment(session: Session, round_id: int, evening_id: int) -> EveningAssignment:
    """The current assignment of one evening (possibly empty), for the planner."""
    round_ = _round(session, round_id)
    return _assignment(session, round_, _evening_of_round(session, round_, evening_id))


def assign_doors(session: Session, round_id: int, evening_id: int) -> EveningAssignment:
    """Split the evening's open homes over the round's teams (replacing that evening's assignment)."""
    round_ = _round(session, round_id)
    evening = _evening_of_round(session, round_, evening_id)
    _check_ready(session, round_)
    open_rows = _open_rows(session, round_, evening)
    label = _evening_row(evening).label
    if not open_rows:
        raise UserError(f"Op {label} zijn er geen deuren meer te doen: elke woning is al afgerond.")
    teams = sorted(round_.teams, key=lambda t: (t.position, t.id))
    session.execute(delete(Assignment).where(Assignment.evening_id == evening.id))
    for team, run in zip(teams, split_walking_order(open_rows, len(teams))):
        for home in run:
            session.add(Assignment(evening_id=evening.id, team_id=team.id, home_id=home.id))
    session.flush()
    log_activity(session, "round.assign", f"{len(open_rows)} deuren verdeeld over {len(teams)} teams "
                 f"voor {label} (ronde '{round_.name}')", round_.building_id, round_id=round_.id,
                 evening_id=evening.id)
    return _assignment(session, round_, evening)


def move_home(session: Session, evening_id: int, home_id: int, team_id: int, version: int | None
              ) -> EveningAssignment:
    """Give one door on one evening to another team of the same round. ``version`` is the version of the
    door's assignment the screen showed (None: it showed the door without a team); refused when someone
    gave the door to a team meanwhile."""
    evening = _evening(session, evening_id)
    round_ = evening.round
    home = session.get(Home, home_id)
    if home is None:
        raise UserError("Deze woning bestaat niet (meer).")
    if home.building_id != round_.building_id:
        raise UserError(f"Woning {home.code} hoort niet bij flat '{round_.building.name}' van ronde '{round_.name}'.")
    team = _team(session, team_id)
    if team.round_id != round_.id:
        raise UserError(f"{team.name} hoort bij ronde '{team.round.name}', niet bij ronde '{round_.name}'; "
                        f"kies een team van deze ronde.")
    closed = _done_ids(session, round_, evening)
    if home.id in closed:
        raise UserError(f"Woning {home.code} is vóór {_evening_row(evening).label} al afgerond (of heeft een "
                        f"ingevoerde vragenlijst) en staat niet meer op de deurlijst.")
    current = session.scalar(select(Assignment).where(Assignment.evening_id == evening.id,
                                                      Assignment.home_id == home.id))
    what = f"De deur van woning {home.code} op {_evening_row(evening).label}"
    labels = {"team_id": "het team"}

    def team_name(_field: str, value: object) -> str:
        other = session.get(Team, value) if value is not None else None
        return other.name if other is not None else "(geen team)"
    if current is None and version is not None:     # the screen showed a team, and it is gone
        data = ConflictData("assignment", None, what, version, None)
        raise VersionConflict(conflict_message(data), data)
    if current is None:
        session.add(Assignment(evening_id=evening.id, team_id=team.id, home_id=home.id))
    elif version is None:                            # given to a team after the screen showed none
        data = ConflictData("assignment", current.id, what, 0, current.version,
                            differences_of({"team_id": current.team_id}, {"team_id": team.id}, labels, team_name),
                            current.changed_by, current.changed_at)
        raise VersionConflict(conflict_message(data), data)
    else:
        claim_version(session, Assignment, current.id, version, what, labels, {"team_id": team.id},
                      values={"team_id": team.id}, show=team_name)
    session.flush()
    return _assignment(session, round_, evening)


def auto_teams(session: Session, round_id: int) -> list[TeamRow]:
    """Replace the round's teams by pairs of volunteers in the order they were added; an odd one out
    joins the last pair (a team of three). Evenings whose doors were already split are split again
    over the new teams."""
    round_ = _round(session, round_id)
    volunteers = sorted(round_.volunteers, key=lambda v: v.id)
    if len(volunteers) < 2:
        raise UserError(f"Voor teams van twee zijn minstens twee vrijwilligers nodig; "
                        f"deze ronde heeft er {len(volunteers)}.")
    visits = session.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.round_id == round_id)) or 0
    if visits and round_.teams:
        raise UserError("Er zijn al bezoeken ingevoerd; pas de teams daarom met de hand aan "
                        "in plaats van ze opnieuw in te delen.")
    distributed = list(session.scalars(
        select(Assignment.evening_id).join(Evening, Evening.id == Assignment.evening_id)
        .where(Evening.round_id == round_id).distinct()
    ))
    for team in list(round_.teams):
        session.execute(delete(Assignment).where(Assignment.team_id == team.id))
        session.delete(team)
    session.flush()
    session.expire(round_, ["teams"])
    groups = [volunteers[i:i + 2] for i in range(0, len(volunteers) - 1, 2)]
    if len(volunteers) % 2:
        groups[-1].append(volunteers[-1])
    for position, group in enumerate(groups, start=1):
        team = Team(round=round_, name=f"Team {position}", position=position)
        session.add(team)
        for volunteer in group:
            team.members.append(TeamMember(volunteer=volunteer))
    session.flush()
    for evening_id in distributed:
        if _open_rows(session, round_, _evening(session, evening_id)):
            assign_doors(session, round_id, evening_id)
    log_activity(session, "round.teams", f"{len(groups)} teams ingedeeld voor ronde '{round_.name}'",
                 round_.building_id, round_id=round_.id)
    return list_teams(session, round_id)
