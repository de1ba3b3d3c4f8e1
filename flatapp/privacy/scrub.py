"""Copies of removed text in the activity log: replaced, so the log keeps that something happened but
not what the resident said. Used by the erasure of a home and the purge of a round."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.storage.models import ActivityLog

REMOVED = "[gewist]"


def _variants(text: str) -> list[str]:
    """The text as typed and as it stands inside JSON (quotes, newlines and backslashes escaped)."""
    escaped = json.dumps(text, ensure_ascii=False)[1:-1]
    ascii_escaped = json.dumps(text)[1:-1]
    return list(dict.fromkeys((text, escaped, ascii_escaped)))


def scrub_activity_log(session: Session, texts: Sequence[str], building_id: int | None = None) -> int:
    """Replace every occurrence of ``texts`` (longest first) in the log's summaries and details by
    '[gewist]'; returns how many log lines changed. ``building_id`` limits the search to the block's
    lines and those of no block."""
    if not texts:
        return 0
    patterns = [variant for text in texts for variant in _variants(text)]
    query = select(ActivityLog)
    if building_id is not None:
        query = query.where((ActivityLog.building_id == building_id) | ActivityLog.building_id.is_(None))
    changed = 0
    for entry in session.scalars(query):
        summary, details = entry.summary or "", entry.details or ""
        new_summary, new_details = summary, details
        for pattern in patterns:
            if pattern in new_summary:
                new_summary = new_summary.replace(pattern, REMOVED)
            if pattern in new_details:
                new_details = new_details.replace(pattern, REMOVED)
        if (new_summary, new_details) != (summary, details):
            entry.summary, entry.details = new_summary, new_details
            changed += 1
    session.flush()
    return changed
