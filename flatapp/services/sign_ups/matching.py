"""Matching what a resident wrote to a home of the block, and the small parsers of a line (phone digits,
names, yes/no)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from flatapp.domain.addresses import parse_house_number
from flatapp.domain.answers import home_lookup
from flatapp.domain.rows import HomeRow
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.sign_ups.constants import NO_WORDS, PHONE_MIN_DIGITS, YES_WORDS
from flatapp.storage.round_models import Round

# --- matching a house number ------------------------------------------------------------------------


@dataclass(frozen=True)


class HomeMatch:
    """What the house-number box matched: a home of the block, or a Dutch reason why not."""

    text: str                 # as typed, tidied
    home_id: int | None = None
    code: str = ""
    address: str = ""
    problem: str = ""         # '' when matched or when nothing was typed

    @property
    def matched(self) -> bool:
        return self.home_id is not None

    @property
    def label(self) -> str:
        """'VF-012 · Kastanjelaan 12' or the reason it matched nothing."""
        return f"{self.code} · {self.address}" if self.matched else self.problem


class HomeMatcher:
    """The block's homes in memory, so a screen can match every keystroke without the database."""

    def __init__(self, homes: Sequence[HomeRow]):
        self._lookup = home_lookup(homes)
        self._by_code = {home.code: home for home in homes}

    def match(self, text: str) -> HomeMatch:
        raw = " ".join((text or "").split())
        if not raw:
            return HomeMatch("")
        key = raw.upper()
        if key not in self._lookup:
            try:
                key = parse_house_number(raw).label().upper()
            except ValueError:
                return HomeMatch(raw, problem=f"'{raw}' is geen huisnummer of woningcode")
        if key not in self._lookup:
            return HomeMatch(raw, problem=f"{raw} is geen woning in deze flat (niet gekoppeld, wel bewaard)")
        code = self._lookup[key]
        if code is None:
            return HomeMatch(raw, problem=f"{raw} komt meer dan één keer voor in deze flat; typ de woningcode")
        home = self._by_code[code]
        return HomeMatch(raw, home.id, home.code, home.address)


def _round(session: Session, round_id: int) -> Round:
    """The round (without loading the round services: the privacy modules that use this one load at start)."""
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer).")
    return round_


def home_matcher(session: Session, round_id: int) -> HomeMatcher:
    round_ = _round(session, round_id)
    return HomeMatcher(list_home_rows(session, round_.building_id))


# --- small parsers ----------------------------------------------------------------------------------
def phone_digits(text: str) -> str:
    """The digits of a phone number, '+31 6' written as '06': '06-123 45 678' → '0612345678'."""
    raw = (text or "").strip()
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+31"):
        digits = "0" + digits[2:]
    elif raw.startswith("0031"):
        digits = "0" + digits[4:]
    return digits


def looks_like_phone(text: str) -> bool:
    """'0612345678', '06-12 34 56 78', '+31 6 …', '0515-412345' are phone numbers; '12', '12-2', '12a' not."""
    raw = (text or "").strip()
    if not raw or re.search(r"[A-Za-z]", raw):
        return False
    return raw.startswith("+") or len(re.sub(r"\D", "", raw)) >= PHONE_MIN_DIGITS


def split_house_or_phone(text: str) -> tuple[str, str]:
    """The sheet's one box 'Huisnummer of telefoonnummer' → (house text, phone)."""
    raw = " ".join((text or "").split())
    return ("", raw) if looks_like_phone(raw) else (raw, "")


def name_key(name: str) -> str:
    """A name compared ignoring case and spaces: 'Jan  de Vries' and 'jan devries' are the same."""
    return "".join((name or "").split()).casefold()


def _surname(name: str) -> str:
    words = re.findall(r"[^\W\d_]+", (name or "").casefold())
    return words[-1] if words else ""


def may_be_same_resident(form_name: str, sheet_name: str) -> bool:
    """Whether the name on a form (CT2) and on a sheet of the same home can be one resident: the same name
    ignoring case and spaces, the same surname ('M. Bakker' and 'Marieke Bakker'), or one of them empty."""
    if not name_key(form_name) or not name_key(sheet_name) or name_key(form_name) == name_key(sheet_name):
        return True
    surname = _surname(form_name)
    return len(surname) >= 2 and surname == _surname(sheet_name)


def parse_yes_no(text: str | bool | None, what: str) -> bool:
    """'j', 'ja', 'x', '1' → True; '', 'n', 'nee', '0' → False; otherwise a Dutch ValueError."""
    if isinstance(text, bool):
        return text
    raw = " ".join(str(text or "").split()).casefold().rstrip(".")
    if raw.endswith(".0") and raw[:-2].isdigit():
        raw = raw[:-2]
    if raw in YES_WORDS:
        return True
    if raw in NO_WORDS:
        return False
    raise ValueError(f"'{text}' bij {what} is geen ja of nee (schrijf j, ja of x voor ja; n, nee of leeg voor nee)")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())
