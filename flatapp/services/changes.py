"""What another user changed, asked cheaply: a few numbers that change whenever someone changes the blocks,
a block's homes or its rounds (round, evenings, volunteers, teams and their members, door assignments, door
visits, interviews). The window asks every few seconds and reads the screen again only when they differ, on SQLite and
on PostgreSQL alike.

It is one SELECT of scalar subqueries. Every edit raises a record's version (``flatapp.services.versioned``),
so per table the count, the highest id and the sum of the versions change with every insert, delete and
update."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Building, Home
from flatapp.storage.round_models import Assignment, DoorAttempt, Evening, Round, Team, TeamMember, Volunteer


def _summary(model, *where) -> list:
    """count, highest id and sum of versions of ``model``'s rows matching ``where``."""
    columns = [func.count(model.id), func.max(model.id)]
    if "version" in model.__table__.c:
        columns.append(func.coalesce(func.sum(model.version), 0))
    return [select(column).where(*where).scalar_subquery() for column in columns]


def block_fingerprint(session: Session, building_id: int | None) -> tuple:
    parts = _summary(Building)
    if building_id is not None:
        rounds = select(Round.id).where(Round.building_id == building_id)
        evenings = select(Evening.id).where(Evening.round_id.in_(rounds))
        teams = select(Team.id).where(Team.round_id.in_(rounds))
        parts += _summary(Home, Home.building_id == building_id)
        parts.append(select(func.max(Home.updated_at)).where(Home.building_id == building_id).scalar_subquery())
        parts += _summary(Round, Round.building_id == building_id)
        for model in (Evening, Volunteer, Team, DoorAttempt, Interview):
            parts += _summary(model, model.round_id.in_(rounds))
        parts += _summary(TeamMember, TeamMember.team_id.in_(teams))
        parts += _summary(Assignment, Assignment.evening_id.in_(evenings))
    return tuple(session.execute(select(*parts)).one())
