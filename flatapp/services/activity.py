"""The activity log: one row per import, correction or export, written in the same transaction."""

from __future__ import annotations

import getpass
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.tiers import Tier
from flatapp.storage.models import ActivityLog


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services, containers)
        return ""


def log_activity(
    session: Session, action: str, summary: str, building_id: int | None = None, *,
    tier: Tier | None = None, target: str = "", **details: object
) -> ActivityLog:
    """Add one log line. ``tier``/``target``: what left the database and where to (a file name,
    'scherm', 'printer'); every confidential output and every privacy act is logged with them."""
    entry = ActivityLog(
        user=current_user(),
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
