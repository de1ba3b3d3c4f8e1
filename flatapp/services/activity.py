"""The activity log: one row per import, correction or export, written in the same transaction."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.roles import Action
from flatapp.domain.tiers import Tier
from flatapp.services.access import actor_of, require
from flatapp.storage.models import ActivityLog


def current_user(session: Session) -> str:
    """The name of who is working in ``session`` (their login), for the log and 'entered by'."""
    return actor_of(session).name


# Where a logged output went that is not an export: the screen (a window, a command's output).
SCREEN_TARGETS = ("", "scherm")


def check_output(session: Session, tier: Tier | None, target: str) -> None:
    """The one check of every logged output: a confidential view needs the coordinator's rights, an
    internal one the partner's, and whatever leaves the app (a file, the printer) the right to export it."""
    if tier is None:
        return
    if target not in SCREEN_TARGETS:
        require(session, Action.EXPORT_INTERNAL if tier is Tier.INTERNAL else Action.EXPORT, where=target)
    if tier is Tier.CONFIDENTIAL:
        require(session, Action.VIEW_CONFIDENTIAL)
    elif tier is Tier.INTERNAL:
        require(session, Action.VIEW_INTERNAL)


def log_activity(
    session: Session, action: str, summary: str, building_id: int | None = None, *,
    tier: Tier | None = None, target: str = "", **details: object
) -> ActivityLog:
    """Add one log line. ``tier``/``target``: what left the database and where to (a file name,
    'scherm', 'printer'); every confidential output and every privacy act is logged with them.
    Refused (AccessDenied, the transaction rolls back) when the user's role may not see or export it."""
    check_output(session, tier, target)
    entry = ActivityLog(
        user=current_user(session),
        action=action,
        building_id=building_id,
        summary=summary,
        details=json.dumps(details, ensure_ascii=False, default=str),
        tier=tier.value if tier is not None else "",
        target=target,
    )
    session.add(entry)
    return entry


def recent_activity(session: Session, building_id: int | None = None, limit: int = 50) -> list[ActivityLog]:
    query = select(ActivityLog).order_by(ActivityLog.id.desc()).limit(limit)
    if building_id is not None:
        query = query.where(ActivityLog.building_id == building_id)
    return list(session.scalars(query))
