"""A round's evenings: plan, move, remove and find them (inside the round's period, never overlapping)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from flatapp.domain.dutch_dates import period_label
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.round_rows import EveningRow, dutch_date
from flatapp.services.rounds.lookup import _evening, _evening_key, _evening_row, _round
from flatapp.services.versioned import claim_version
from flatapp.storage.round_models import (
    Assignment,
    DoorAttempt,
    Evening,
    Round,
)


def _check_in_period(day: date, start: date | None, end: date | None, new: bool = False) -> None:
    if (start and day < start) or (end and day > end):
        period = period_label(start, end)
        which = "de nieuwe periode" if new else "de periode van de ronde"
        raise UserError(f"De avond van {dutch_date(day)} valt buiten {which} ({period}).")


def _check_evening(round_: Round, day: date, starts: time, ends: time, evening_id: int | None = None) -> None:
    if not isinstance(day, date) or not isinstance(starts, time) or not isinstance(ends, time):
        raise UserError("Geef de avond een datum, een begintijd en een eindtijd.")
    if ends <= starts:
        raise UserError(f"De avond eindigt ({ends:%H:%M}) niet na het begin ({starts:%H:%M}); "
                        f"de eindtijd moet later zijn dan de begintijd.")
    _check_in_period(day, round_.period_start, round_.period_end)
    for other in round_.evenings:
        if other.id == evening_id or other.date != day:
            continue
        if starts < other.ends and other.starts < ends:
            raise UserError(f"Deze avond overlapt met de avond van {_evening_row(other).label}.")


def list_evenings(session: Session, round_id: int) -> list[EveningRow]:
    evenings = session.scalars(select(Evening).where(Evening.round_id == round_id))
    return [_evening_row(e) for e in sorted(evenings, key=_evening_key)]


def add_evening(session: Session, round_id: int, day: date, starts: time, ends: time) -> EveningRow:
    round_ = _round(session, round_id)
    _check_evening(round_, day, starts, ends)
    evening = Evening(round=round_, date=day, starts=starts, ends=ends)
    session.add(evening)
    session.flush()
    row = _evening_row(evening)
    log_activity(session, "round.evening", f"Avond {row.label} toegevoegd aan ronde '{round_.name}'",
                 round_.building_id, round_id=round_.id)
    return row


EVENING_LABELS = {"day": "de datum", "starts": "de begintijd", "ends": "de eindtijd"}


def update_evening(session: Session, evening_id: int, day: date, starts: time, ends: time,
                   version: int | None = None) -> EveningRow:
    """Move an evening, based on ``version`` (refused when someone changed it meanwhile)."""
    evening = _evening(session, evening_id)
    _check_evening(evening.round, day, starts, ends, evening.id)
    claim_version(session, Evening, evening_id, version, f"De avond van {_evening_row(evening).label}",
                  EVENING_LABELS, {"day": day, "starts": starts, "ends": ends},
                  current_values=lambda e: {"day": e.date, "starts": e.starts, "ends": e.ends},
                  values={"date": day, "starts": starts, "ends": ends})
    evening = _evening(session, evening_id)
    session.refresh(evening)
    return _evening_row(evening)


def remove_evening(session: Session, evening_id: int, version: int | None = None) -> None:
    """Remove an evening (and its door assignment); refused once visits of that evening are entered, or
    when someone changed it after ``version``."""
    evening = _evening(session, evening_id)
    claim_version(session, Evening, evening_id, version, f"De avond van {_evening_row(evening).label}",
                  deleting=True)
    evening = _evening(session, evening_id)
    visits = session.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.evening_id == evening_id)) or 0
    label = _evening_row(evening).label
    if visits:
        raise UserError(f"Op de avond van {label} zijn al {visits} bezoeken ingevoerd; "
                        f"die avond wordt daarom niet verwijderd.")
    round_ = evening.round
    session.execute(delete(Assignment).where(Assignment.evening_id == evening_id))
    session.delete(evening)
    session.flush()
    session.expire(round_, ["evenings"])
    log_activity(session, "round.evening", f"Avond {label} verwijderd uit ronde '{round_.name}'",
                 round_.building_id, round_id=round_.id)


def find_evening(session: Session, round_id: int, day: date, starts: time | None = None) -> EveningRow:
    """The round's evening on ``day`` (and at ``starts`` when two evenings share a day)."""
    evenings = list_evenings(session, round_id)
    matching = [e for e in evenings if e.date == day and (starts is None or e.starts == starts)]
    if len(matching) == 1:
        return matching[0]
    known = "; ".join(e.label for e in evenings) or "nog geen avonden"
    if matching:
        raise UserError(f"Op {dutch_date(day)} zijn er meerdere avonden; noem ook de begintijd ({known}).")
    raise UserError(f"De ronde heeft geen avond op {dutch_date(day)} (wel: {known}).")
