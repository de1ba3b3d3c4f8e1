"""The privacy log: every line of the activity log that a privacy officer (FG) must be able to see.

A line is privacy-relevant when it records something leaving the database with a tier (an export, a
print with names, a publication, an access letter), a privacy act ('privacy.…': consent, erasure,
purge, retention, backups), or an export, print or publication logged before tiers were recorded
(the action names of KINDS). Newest first, dates as 25-11-2026 19:42.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from flatapp.domain.dutch import dutch_moment
from flatapp.domain.tiers import Tier
from flatapp.services.activity import log_activity
from flatapp.services.table_files import write_table
from flatapp.storage.models import ActivityLog, Building

PRIVACY_PREFIX = "privacy."

# Kinds of privacy-relevant work, for the filter: key → (Dutch label, action prefixes).
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "consent": ("Toestemming", ("privacy.consent",)),
    "erase": ("Gegevens gewist", ("privacy.erase",)),
    "purge": ("Opgeschoond en bewaartermijn", ("privacy.purge", "privacy.retention", "privacy.backups")),
    "access": ("Inzage", ("privacy.access",)),
    "record": ("Verwerkingsregister en logboek", ("privacy.record", "privacy.log")),
    "publication": ("Publicatie", ("publication", "tent")),
    "export": ("Export", ("results.export", "responses.export", "outcomes.export", "results.compare")),
    "print": ("Afgedrukt", ("print.",)),
}
HEADER = ("Datum en tijd", "Gebruiker", "Soort", "Handeling", "Niveau", "Naar", "Flat", "Omschrijving")


@dataclass(frozen=True)
class PrivacyLogRow:
    id: int
    at: datetime
    user: str
    action: str
    tier: str              # 'vertrouwelijk', 'intern', 'openbaar' or ''
    target: str
    building: str
    summary: str

    @property
    def moment(self) -> str:
        return dutch_moment(self.at)

    @property
    def kind(self) -> str:
        return kind_of(self.action)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind][0] if self.kind in KINDS else "Overig"

    @property
    def tier_label(self) -> str:
        return Tier(self.tier).label if self.tier in {t.value for t in Tier} else ""

    def cells(self) -> list[str]:
        return [self.moment, self.user, self.kind_label, self.action, self.tier_label, self.target,
                self.building, self.summary]


def kind_of(action: str) -> str:
    for key, (_label, prefixes) in KINDS.items():
        if action.startswith(prefixes):
            return key
    return "other"


def _utc(day: date, end: bool = False) -> datetime:
    """The start (or end) of a local day as the naive UTC the database keeps."""
    moment = datetime.combine(day + timedelta(days=1) if end else day, time.min).astimezone()
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def privacy_log(session: Session, *, building_id: int | None = None, kind: str | None = None,
                since: date | None = None, until: date | None = None, limit: int | None = None) -> list[PrivacyLogRow]:
    """The privacy-relevant lines, newest first; ``kind`` a key of KINDS (or 'other'), ``since``/``until``
    local days (both included)."""
    query = (select(ActivityLog, Building.name).outerjoin(Building, Building.id == ActivityLog.building_id)
             .where(or_(ActivityLog.tier != "", ActivityLog.action.startswith(PRIVACY_PREFIX),
                        *(ActivityLog.action.startswith(prefix) for _label, prefixes in KINDS.values()
                          for prefix in prefixes)))
             .order_by(ActivityLog.at.desc(), ActivityLog.id.desc()))
    if building_id is not None:
        query = query.where(ActivityLog.building_id == building_id)
    if since is not None:
        query = query.where(ActivityLog.at >= _utc(since))
    if until is not None:
        query = query.where(ActivityLog.at < _utc(until, end=True))
    rows = [PrivacyLogRow(e.id, e.at, e.user or "", e.action, e.tier or "", e.target or "", name or "",
                          e.summary or "") for e, name in session.execute(query)]
    if kind is not None:
        rows = [row for row in rows if row.kind == kind]
    return rows[:limit] if limit is not None else rows


def export_privacy_log(session: Session, rows: list[PrivacyLogRow], target: Path) -> int:
    """Write ``rows`` to .csv (as Dutch Excel reads it) or .xlsx; the export itself is logged."""
    target = Path(target)
    write_table(target, "Privacylogboek", HEADER, [row.cells() for row in rows], tier=Tier.CONFIDENTIAL)
    log_activity(session, "privacy.log", f"Privacylogboek ({len(rows)} regels) opgeslagen als {target.name}",
                 None, tier=Tier.CONFIDENTIAL, target=str(target), lines=len(rows))
    return len(rows)

