"""Guess which column of an address export feeds which home field, by the header text.

Names are compared after normalising: lower case, accents dropped, everything but letters and
digits removed ("VHE-nummer" → "vhenummer", "Huis nr." → "huisnr"). An exact hit on a known
name is a *strong* match; a known name inside a longer header ("Straatnaam adres") is a *weak*
guess that makes the mapping not confident, so the GUI asks the user to confirm it.
"""

from __future__ import annotations

import re
import unicodedata

from flatapp.importing.model import HOME_FIELDS, ColumnMapping

# BAG names first, then the variants corporations and Excel users write.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "street": ("openbareruimtenaam", "openbareruimte", "straat", "straatnaam", "straatnm", "adresstraat"),
    "house_number": ("huisnummer", "huisnr", "huisno", "hnr", "hsnr", "nr", "nummer", "huisnum"),
    "house_letter": ("huisletter", "letter", "hl", "huisltr"),
    "addition": ("huisnummertoevoeging", "huisnrtoevoeging", "huisnummertoev", "huisnrtoev", "toevoeging",
                 "toev", "hnrtoev", "tv"),
    "postcode": ("postcode", "pc", "postcd", "pstcd"),
    "city": ("woonplaatsnaam", "woonplaats", "plaats", "plaatsnaam", "stad"),
    "vhe_code": ("vhe", "vhenummer", "vhenr", "vhecode", "vheid", "eenheid", "eenheidnummer", "eenheidnr",
                 "eenheidsnummer", "eenheidcode", "verhuureenheid", "verhuureenheidnummer", "vhenrs"),
    "floor": ("verdieping", "etage", "bouwlaag", "verdiepingnr", "verdiepingnummer", "etagenr", "woonlaag"),
    "entrance": ("portiek", "trappenhuis", "ingang", "opgang", "portieknr", "portieknummer", "trappenhuisnr",
                 "ingangnr", "opgangnr"),
    "unit_type": ("soort", "type", "soorteenheid", "typeeenheid", "eenheidsoort", "eenheidtype", "soortvhe",
                  "typevhe", "objecttype", "soortobject", "woningtype", "soortwoning", "typewoning",
                  "eenheidssoort"),
}

_EXACT: dict[str, str] = {name: field for field, names in SYNONYMS.items() for name in names}
# Inside a longer header only names of 4+ characters count; "nr" or "pc" would match anything.
_PARTIAL = [(name, field) for name, field in _EXACT.items() if len(name) >= 4]

STRONG, WEAK = 2, 1


def normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def match_field(header_cell: str) -> tuple[str | None, int]:
    """(field, STRONG|WEAK) for one header cell, or (None, 0) when it means nothing to us."""
    name = normalise_header(header_cell)
    if not name:
        return None, 0
    if name in _EXACT:
        return _EXACT[name], STRONG
    # The name found earliest wins, then the longest: "soort verhuureenheid" is a type, not a VHE code.
    hits = [(name.find(known), -len(known), field) for known, field in _PARTIAL if known in name]
    return (min(hits)[2], WEAK) if hits else (None, 0)


def header_score(cells: list[str]) -> int:
    """How much a row looks like a header: cells naming a known field (0 unless one is exact)."""
    matches = [match_field(cell)[1] for cell in cells]
    return sum(1 for m in matches if m) if STRONG in matches else 0


def guess_mapping(header: list[str]) -> ColumnMapping:
    """Map header cells to home fields. Strong matches win over weak ones; the first column wins a tie."""
    best: dict[str, tuple[int, int]] = {}   # field -> (strength, column index)
    doubtful = False
    for index, cell in enumerate(header):
        field, strength = match_field(cell)
        if field is None:
            continue
        if field in best:
            if strength > best[field][0]:
                best[field] = (strength, index)
            elif strength == STRONG == best[field][0]:
                doubtful = True  # two columns both called e.g. "Plaats": the user should pick one
            continue
        best[field] = (strength, index)
    columns: dict[str, int | None] = {field: None for field in HOME_FIELDS}
    for field, (strength, index) in best.items():
        columns[field] = index
        doubtful = doubtful or strength == WEAK
    mapping = ColumnMapping(columns=columns)
    mapping.confident = not doubtful and not mapping.missing_required()
    return mapping


