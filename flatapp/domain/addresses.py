"""Dutch address parts: postcodes, house numbers with letter and addition, floors.

Every parser returns a value or raises ``ValueError`` with a Dutch reason that can be
shown to a coordinator as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
# 12, 12A, 12 A, 12-3, 12-II, 12 A 3, 12A-bis, 12 hs; leading zeros (000016A) are padding, not digits
_HOUSE = re.compile(
    r"^\s*0*(?P<number>[0-9]{1,5})\s*(?:(?P<letter>[A-Za-z])(?![A-Za-z]))?\s*[-/ ]?\s*(?P<addition>[A-Za-z0-9]{1,6})?\s*$"
)


def normalise_postcode(text: str) -> str:
    """'1234ab', '1234 AB', ' 1234  ab ' → '1234 AB'."""
    match = _POSTCODE.match(text or "")
    if not match:
        raise ValueError(f"postcode '{text.strip()}' is niet van de vorm 1234 AB")
    return f"{match.group(1)} {match.group(2).upper()}"


@dataclass(frozen=True)
class HouseNumber:
    number: int
    letter: str = ""
    addition: str = ""

    def label(self) -> str:
        """As printed on a door: 12, 12A, 12-3, 12A-3."""
        text = f"{self.number}{self.letter}"
        return f"{text}-{self.addition}" if self.addition else text


def parse_house_number(text: str) -> HouseNumber:
    """Split a house number written in one field, e.g. '12-3', '12 A', '12-II', '12A-3'."""
    raw = (text or "").strip()
    if not raw:
        raise ValueError("huisnummer ontbreekt")
    match = _HOUSE.match(raw)
    if not match:
        raise ValueError(f"huisnummer '{raw}' is niet te begrijpen (verwacht bijv. 12, 12A, 12-3)")
    number = int(match.group("number"))
    if number < 1 or number > 99999:
        raise ValueError(f"huisnummer '{raw}' ligt buiten 1–99999")
    return HouseNumber(number, (match.group("letter") or "").upper(), (match.group("addition") or "").upper())


def parse_number_only(text: str) -> int:
    """A house number column that should hold only digits (letters belong in their own column)."""
    raw = (text or "").strip()
    if raw.endswith(".0") and raw[:-2].isdigit():  # Excel wrote 12 as 12.0
        raw = raw[:-2]
    if not raw:
        raise ValueError("huisnummer ontbreekt")
    if not raw.isdigit():
        raise ValueError(f"huisnummer '{raw}' is geen getal")
    number = int(raw)
    if number < 1 or number > 99999:
        raise ValueError(f"huisnummer '{raw}' ligt buiten 1–99999")
    return number


def clean_letter(text: str) -> str:
    raw = (text or "").strip().upper()
    if raw and not re.fullmatch(r"[A-Z]", raw):
        raise ValueError(f"huisletter '{text.strip()}' moet één letter zijn")
    return raw


def clean_addition(text: str) -> str:
    raw = (text or "").strip().upper().lstrip("-").strip()
    if raw.endswith(".0") and raw[:-2].isdigit():
        raw = raw[:-2]
    if raw and not re.fullmatch(r"[A-Z0-9]{1,6}", raw):
        raise ValueError(f"toevoeging '{text.strip()}' is niet te begrijpen (hoogstens 6 letters of cijfers)")
    return raw


_FLOOR_WORDS = {
    "bg": 0, "b.g.": 0, "b.g": 0, "begane grond": 0, "beganegrond": 0, "parterre": 0, "pt": 0,
    "hs": 0, "huis": 0, "sous": -1, "souterrain": -1, "kelder": -1, "kld": -1,
}
_FLOOR_NUMBER = re.compile(
    r"^(?:verdieping\s*|etage\s*|bouwlaag\s*)?(-?\d{1,2})(?:\.0)?\s*(?:e|ste|de|e\s*verdieping|e\s*etage|hoog)?$"
)


def parse_floor(text: str) -> int:
    """'BG', 'begane grond', '0', '1e', '2', '3e verdieping', 'etage 4' → floor number (0 = ground)."""
    raw = " ".join((text or "").strip().lower().split())
    if not raw:
        raise ValueError("verdieping ontbreekt")
    if raw in _FLOOR_WORDS:
        return _FLOOR_WORDS[raw]
    match = _FLOOR_NUMBER.match(raw)
    if not match:
        raise ValueError(f"verdieping '{text.strip()}' is niet te begrijpen (verwacht bijv. BG, 0, 1e, 2)")
    floor = int(match.group(1))
    if floor < -2 or floor > 60:
        raise ValueError(f"verdieping '{text.strip()}' ligt buiten -2 tot 60")
    return floor


def floor_label(floor: int) -> str:
    """Dutch floor name for screens and print: BG, 1e, 2e, K (basement)."""
    if floor == 0:
        return "BG"
    if floor < 0:
        return "K" if floor == -1 else f"K{-floor}"
    return f"{floor}e"


def format_address(street: str, number: int, letter: str = "", addition: str = "") -> str:
    return f"{street} {HouseNumber(number, letter, addition).label()}".strip()
