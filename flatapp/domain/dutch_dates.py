"""Dates and times as Dutch users type them (25-11-2026, 18:30, an evening 25-11-2026 18:30-20:30) and a
round's period in words. Pure; no Qt, no database."""

from __future__ import annotations

import re
from datetime import date, time

from flatapp.domain.dutch import dutch_date
from flatapp.domain.errors import UserError

_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def period_label(start: date | None, end: date | None) -> str:
    """'01-11-2026 t/m 30-11-2026', 'vanaf …', 'tot en met …' or 'geen periode'."""
    if start and end:
        return f"{dutch_date(start)} t/m {dutch_date(end)}"
    if start:
        return f"vanaf {dutch_date(start)}"
    if end:
        return f"tot en met {dutch_date(end)}"
    return "geen periode"


def parse_dutch_date(text: str, what: str = "datum") -> date:
    """'25-11-2026' (also 25/11/2026, 25.11.2026); a UserError naming the value otherwise."""
    match = _DATE.match(text or "")
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise UserError(f"De {what} '{(text or '').strip()}' is geen geldige datum; schrijf hem als DD-MM-JJJJ, "
                    f"bijvoorbeeld 25-11-2026.")


def parse_time(text: str, what: str = "tijd") -> time:
    """'18:30' or '18.30'; a UserError naming the value otherwise."""
    match = _TIME.match(text or "")
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if 0 <= hours <= 23 and 0 <= minutes <= 59:
            return time(hours, minutes)
    raise UserError(f"De {what} '{(text or '').strip()}' is geen geldige tijd; schrijf hem als UU:MM, "
                    f"bijvoorbeeld 18:30.")


def parse_evening(text: str) -> tuple[date, time, time]:
    """'25-11-2026 18:30-20:30' (a dash, en dash or 'tot' between the times)."""
    raw = " ".join((text or "").split())
    match = re.match(r"^(\S+)\s+(\S+?)\s*(?:-|–|—|tot)\s*(\S+)$", raw)
    if not match:
        raise UserError(f"De avond '{raw}' is niet te begrijpen; schrijf bijvoorbeeld '25-11-2026 18:30-20:30'.")
    day = parse_dutch_date(match.group(1), "datum van de avond")
    return day, parse_time(match.group(2), "begintijd"), parse_time(match.group(3), "eindtijd")
