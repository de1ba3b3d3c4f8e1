"""Dates and numbers as Dutch users write them: 25-11-2026, 19:42, 6,3 and 48,5%. Pure; no Qt."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal


def dutch_date(value: date) -> str:
    """25-11-2026, as Dutch users write dates."""
    return value.strftime("%d-%m-%Y")


def wall_clock(value: datetime) -> datetime:
    """Local wall-clock time without a zone: an aware value is converted, a naive one already is local
    (door visits are typed in as the volunteers' own times)."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value


def dutch_moment(moment: datetime | None) -> str:
    """A moment the database keeps in UTC (utc_now; SQLite hands it back without a zone) as the local
    25-11-2026 19:42; '' for None."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def dutch_number(value: float | None, digits: int = 1) -> str:
    """6.25 → '6,3'; None → '–'."""
    if value is None:
        return "–"
    # Half up, as people round by hand (62.5 → 63), not Python's half-to-even.
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{digits}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def dutch_percent(fraction: float | None, digits: int = 1) -> str:
    """0.4848 → '48,5%'; None → '–'."""
    if fraction is None:
        return "–"
    return dutch_number(fraction * 100, digits) + "%"


def counted(number: int, one: str, many: str) -> str:
    """3, 'formulier', 'formulieren' → '3 formulieren'; 1 → '1 formulier'."""
    return f"{number} {one if number == 1 else many}"
