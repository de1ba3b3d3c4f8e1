"""Saving a record that two people may edit at once: the save names the version it was based on.

The UPDATE only matches that version (``WHERE version = :seen``), so two windows (or a window and the
command line) cannot overwrite each other, not even in two transactions at once: on PostgreSQL the second
UPDATE waits for the first transaction and then no longer matches; SQLite writes one transaction at a time.
A stale save or delete is refused with ``VersionConflict``: a Dutch message that names, per field, the
value saved meanwhile and the value the user wanted, and the same as data (``differences``, who saved it
and when) for the conflict dialog, which can save again on top of the newer version.

Two ways in:
- ``save_versioned``: write plain column values (a group's name, a volunteer's phone);
- ``claim_version``: raise the version first and then change the record in the ORM (a team with its
  members, a home with its checks); a delete claims too, so a stale delete is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError


def shown(value: object) -> str:
    """A value as the message shows it: dates as 25-11-2026, nothing as '(leeg)'."""
    if value is None or value == "" or value == () or value == []:
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(item) for item in value)
    if hasattr(value, "isoformat") and hasattr(value, "hour"):     # a time of day
        return value.strftime("%H:%M")
    return f"'{value}'"


@dataclass(frozen=True)
class FieldDifference:
    """One field on which the saved record and the user's edit differ."""

    field: str
    label: str
    theirs: object          # saved meanwhile by the other
    yours: object           # what this user wanted to save
    theirs_text: str = ""
    yours_text: str = ""


@dataclass
class ConflictData:
    """What a conflict is about, as data for the dialog (the message says the same in Dutch)."""

    kind: str                       # the table: 'home', 'round', 'team', …
    record_id: int | None
    what: str                       # "Woning VF-001"
    seen: int | None                # the version the edit was based on
    current: int | None             # the version saved meanwhile (None: the record was removed)
    differences: list[FieldDifference] = field(default_factory=list)
    changed_by: str = ""
    changed_at: datetime | None = None
    deleting: bool = False


class VersionConflict(UserError):
    """Someone else saved the record after it was opened; nothing was saved.

    ``data`` (a ``ConflictData``) carries the record kind and id, the fields, the other's values and
    the user's; it is None only for the old message-only conflicts.
    """

    def __init__(self, message: str, data: ConflictData | None = None) -> None:
        super().__init__(message)
        self.data = data

    # Short ways to the data, for callers and tests.
    @property
    def kind(self) -> str:
        return self.data.kind if self.data else ""

    @property
    def record_id(self) -> int | None:
        return self.data.record_id if self.data else None

    @property
    def current_version(self) -> int | None:
        return self.data.current if self.data else None

    @property
    def differences(self) -> list[FieldDifference]:
        return self.data.differences if self.data else []

    @property
    def theirs(self) -> dict[str, object]:
        return {d.field: d.theirs for d in self.differences}

    @property
    def yours(self) -> dict[str, object]:
        return {d.field: d.yours for d in self.differences}


def differences_of(current: Mapping[str, object], wanted: Mapping[str, object], labels: Mapping[str, str],
                   show: Callable[[str, object], str] | None = None) -> list[FieldDifference]:
    """The fields where ``wanted`` differs from ``current`` (the record as saved meanwhile)."""
    def text(name: str, value: object) -> str:
        return show(name, value) if show is not None else shown(value)

    return [FieldDifference(name, labels.get(name, name), current.get(name), value,
                            text(name, current.get(name)), text(name, value))
            for name, value in wanted.items() if current.get(name) != value]


def conflict_message(data: ConflictData) -> str:
    """'<what> is intussen door iemand anders gewijzigd (versie 3, u werkte met versie 2): status is nu
    'klaar', u wilde 'bezig'. Open het opnieuw; er is niets opgeslagen.'"""
    if data.current is None:
        return (f"{data.what} is intussen door iemand anders verwijderd; er is niets "
                f"{'verwijderd' if data.deleting else 'opgeslagen'}.")
    who = f" door {data.changed_by}" if data.changed_by else " door iemand anders"
    detail = "; ".join(f"{d.label} is nu {d.theirs_text}, u wilde {d.yours_text}" for d in data.differences)
    detail = ": " + detail if detail else ""
    if data.deleting:
        return (f"{data.what} is intussen{who} gewijzigd (versie {data.current}, u werkte met versie "
                f"{data.seen}); er is niets verwijderd. Open het opnieuw en kijk of het weg moet.")
    return (f"{data.what} is intussen{who} gewijzigd (versie {data.current}, u werkte met versie "
            f"{data.seen}){detail}. Open het opnieuw en kijk of uw wijziging nog nodig is; er is niets opgeslagen.")


def _actor(session: Session) -> str:
    from flatapp.services.activity import current_user

    return current_user(session)


def _stamp(session: Session, model: type) -> dict[str, object]:
    """The columns a save sets beside the version: who and when, where the table has them."""
    from flatapp.storage.base import utc_now

    columns = model.__table__.c
    stamp: dict[str, object] = {}
    if "changed_by" in columns:
        stamp["changed_by"] = _actor(session)
    if "changed_at" in columns:
        stamp["changed_at"] = utc_now()
    return stamp


def raise_conflict(session: Session, model: type, record_id: int, seen: int | None, what: str,
                   labels: Mapping[str, str], wanted: Mapping[str, object], *, deleting: bool = False,
                   current_values: Callable[[Any], Mapping[str, object]] | None = None,
                   show: Callable[[str, object], str] | None = None) -> None:
    """Read the record as saved meanwhile and raise the VersionConflict that compares it with ``wanted``."""
    session.expire_all()
    record = session.get(model, record_id)
    if record is None:
        data = ConflictData(model.__tablename__, record_id, what, seen, None, deleting=deleting)
        raise VersionConflict(conflict_message(data), data)
    current = current_values(record) if current_values else {name: getattr(record, name) for name in wanted}
    data = ConflictData(model.__tablename__, record_id, what, seen, record.version,
                        differences_of(current, wanted, labels, show),
                        getattr(record, "changed_by", "") or "", getattr(record, "changed_at", None) or
                        getattr(record, "updated_at", None), deleting)
    raise VersionConflict(conflict_message(data), data)


def claim_version(session: Session, model: type, record_id: int, seen: int | None, what: str,
                  labels: Mapping[str, str] | None = None, wanted: Mapping[str, object] | None = None, *,
                  deleting: bool = False, current_values: Callable[[Any], Mapping[str, object]] | None = None,
                  show: Callable[[str, object], str] | None = None, values: Mapping[str, object] | None = None
                  ) -> int:
    """Raise the record's version from ``seen`` to ``seen + 1`` (with ``values`` written in the same
    statement), or raise VersionConflict when someone saved (or removed) it meanwhile. Returns the new
    version. ``seen=None`` is refused: every update and delete names the version it was based on."""
    if seen is None:
        raise UserError(f"{what}: de versie waarop de wijziging is gebaseerd ontbreekt; er is niets "
                        f"{'verwijderd' if deleting else 'opgeslagen'}.")
    result = session.execute(
        update(model).where(model.id == record_id, model.version == seen)
        .values(**(values or {}), **_stamp(session, model), version=seen + 1)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        raise_conflict(session, model, record_id, seen, what, labels or {}, wanted or values or {},
                       deleting=deleting, current_values=current_values, show=show)
    record = session.identity_map.get(session.identity_key(model, record_id))
    if record is not None:
        session.expire(record)
    return seen + 1


def save_versioned(session: Session, record: object, seen: int | None, values: Mapping[str, object],
                   what: str, labels: Mapping[str, str]) -> None:
    """Write ``values`` to ``record`` when its version is still ``seen``; raise VersionConflict otherwise."""
    model = type(record)
    claim_version(session, model, record.id, seen, what, labels, values, values=values)
    session.refresh(record)


def version_of(session: Session, model: type, record_id: int) -> int | None:
    """The version saved now (None: no such record); the command line bases its one-shot edits on it."""
    return session.scalar(select(model.version).where(model.id == record_id))
