"""Saving a record that two people may edit at once: the save names the version it was based on.

The UPDATE only matches that version (``WHERE version = :seen``), so two windows (or a window and the
command line) cannot overwrite each other, not even in two transactions at once. A stale save is refused
with a Dutch message that names, per field, the value saved meanwhile and the value the user wanted.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import update
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError


class VersionConflict(UserError):
    """Someone else saved the record after it was opened; nothing was saved."""


def shown(value: object) -> str:
    """A value as the message shows it: dates as 25-11-2026, nothing as '(leeg)'."""
    from datetime import date

    if value is None or value == "":
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return f"'{value}'"


def conflict_message(what: str, current: object, seen: int, labels: Mapping[str, str],
                     wanted: Mapping[str, object]) -> str:
    """'<what> is intussen door iemand anders gewijzigd (versie 3, u werkte met versie 2): status is nu
    'klaar', u wilde 'bezig'. Open het opnieuw; er is niets opgeslagen.'"""
    differences = []
    for field, value in wanted.items():
        now = getattr(current, field)
        if now != value:
            differences.append(f"{labels.get(field, field)} is nu {shown(now)}, u wilde {shown(value)}")
    detail = ": " + "; ".join(differences) if differences else ""
    return (f"{what} is intussen door iemand anders gewijzigd (versie {current.version}, u werkte met versie "
            f"{seen}){detail}. Open het opnieuw en kijk of uw wijziging nog nodig is; er is niets opgeslagen.")


def save_versioned(session: Session, record: object, seen: int | None, values: Mapping[str, object],
                   what: str, labels: Mapping[str, str]) -> None:
    """Write ``values`` to ``record`` when its version is still ``seen``; raise VersionConflict otherwise.

    ``seen=None`` is refused: every update names the version it was based on.
    """
    model = type(record)
    if seen is None:
        raise UserError(f"{what}: de versie waarop de wijziging is gebaseerd ontbreekt; er is niets opgeslagen.")
    session.refresh(record)
    if record.version != seen:
        raise VersionConflict(conflict_message(what, record, seen, labels, values))
    result = session.execute(
        update(model).where(model.id == record.id, model.version == seen)
        .values(**values, version=seen + 1).execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.refresh(record)
        raise VersionConflict(conflict_message(what, record, seen, labels, values))
    session.refresh(record)
