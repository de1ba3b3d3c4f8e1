"""Check the rows of an address export and turn the good ones into ``HomeRecord``s.

Every problem becomes a ``RowIssue`` with the row number Excel shows, the column's header text
and a Dutch reason; a row with any issue gives no record. Totals lines and units that are not
homes (garage, berging …) are passed over as notices, not issues.

The work goes column by column: an export repeats its streets, postcodes, floors and types, so
each distinct value is cleaned once and rows only look the results up (50,000 rows stay cheap).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence

from flatapp.domain.addresses import (
    clean_addition,
    clean_letter,
    normalise_postcode,
    parse_floor,
    parse_house_number,
)
from flatapp.importing.model import FIELD_LABELS, ColumnMapping, HomeRecord, ImportPlan, RawTable, RowIssue
from flatapp.importing.table_reader import ImportFileError, paused_gc

# Column widths of the home table: a longer value would fail on PostgreSQL.
MAX_LENGTH = {"street": 120, "city": 80, "vhe_code": 40, "entrance": 40, "unit_type": 40}

# A type column naming one of these is not a home; words that do mean a home win.
_HOME_WORDS = ("woning", "woon", "appartement", "kamer", "flat", "studio", "maisonnette")
_NON_HOME_WORDS = (
    "berging", "garage", "parkeer", "parkeren", "carport", "bedrijf", "winkel", "kantoor", "opslag",
    "stalling", "scootmobiel", "kelderbox", "box", "praktijk", "maatschappelijk", "antenne", "zendmast",
    "technische ruimte", "algemene ruimte", "hobbyruimte", "bog", "mog",
)
# Short words only as a whole word ("bog" must not hit "boog").
_NON_HOME_PATTERN = re.compile("|".join(re.escape(w) if len(w) > 3 else rf"\b{w}\b" for w in _NON_HOME_WORDS))

# "Totaal", "Aantal: 198", "Totaal aantal woningen 198", or a lone count.
_TOTAL_WORDS = {"totaal", "totaal:", "eindtotaal", "subtotaal", "total", "aantal", "som", "count"}
_TOTAL_FILLER = {"woningen", "eenheden", "vhe", "vhes", "adressen", "regels", "rijen", "records", "units",
                 "verhuureenheden", "stuks"}
_WORD = re.compile(r"[a-zà-ÿ]+")
_COUNT = re.compile(r"\d[\d. ]*")
_EXCEL_INT = re.compile(r"^(\d+)\.0+$")     # 12.0: a whole number that went through a float


def check_rows(table: RawTable, mapping: ColumnMapping) -> ImportPlan:
    missing = mapping.missing_required()
    if missing:
        labels = ", ".join(FIELD_LABELS[name] for name in missing)
        raise ImportFileError(f"In '{table.source}' is geen kolom aangewezen voor: {labels}.")
    with paused_gc():
        return _check(table, mapping)


def _check(table: RawTable, mapping: ColumnMapping) -> ImportPlan:
    cells = _Cells(table, mapping)
    plan = ImportPlan()
    non_home = _each(cells.column("unit_type"), is_non_home)
    problems: dict[int, list[tuple[str, str]]] = {}      # row index -> (field, Dutch reason)
    values = [
        _clean_column("street", cells.column("street"), _street, problems),
        _clean_column("house_number", cells.house_parts(), _house, problems),
        _clean_column("postcode", cells.column("postcode"), _postcode, problems),
        (_clean_column("floor", cells.column("floor"), parse_floor, problems) if cells.has("floor")
         else [None] * len(table.rows)),
        *(_clean_column(field, cells.column(field), _text_up_to(MAX_LENGTH[field]), problems)
          for field in ("city", "vhe_code", "entrance", "unit_type")),
    ]
    addresses: dict[tuple, int] = {}          # address key / VHE code -> first row with it
    vhe_codes: dict[str, int] = {}
    duplicates: dict[tuple[str, object], list[int]] = {}
    records = []
    rows = enumerate(zip(table.rows, table.row_numbers, non_home, *values))
    for index, (row, number, skip, street, house, postcode, floor, city, vhe_code, entrance, unit_type) in rows:
        if skip or (street is None or postcode is None) and is_totals_line(row):
            _pass_over(plan, cells, row, number, non_home=skip)
            continue
        if house is not None and postcode is not None:
            _remember(addresses, duplicates, "house_number", (postcode, *house), number)
        if vhe_code:
            _remember(vhe_codes, duplicates, "vhe_code", vhe_code, number)
        if index in problems:
            plan.issues.extend(RowIssue(number, cells.header(field), reason) for field, reason in problems[index])
        else:
            records.append(HomeRecord(number, street, *house, postcode, city, vhe_code, floor, entrance, unit_type))
    rejected = _report_duplicates(plan, cells, duplicates) | {issue.row_number for issue in plan.issues}
    plan.records = [record for record in records if record.row_number not in rejected]
    plan.issues.sort(key=lambda issue: (issue.row_number, cells.order(issue.column)))
    return plan


def is_non_home(unit_type: str) -> bool:
    text = " ".join(unit_type.lower().split())
    if not text or any(word in text for word in _HOME_WORDS):
        return False
    return _NON_HOME_PATTERN.search(text) is not None


def is_totals_line(cells: list[str]) -> bool:
    filled = [cell for cell in cells if cell]
    if not filled or len(filled) > 3:
        return False
    if len(filled) == 1 and _COUNT.fullmatch(filled[0]):
        return True                                # only a count: "198"
    words = _WORD.findall(" ".join(filled).lower())
    if not words or not any(word in _TOTAL_WORDS for word in words):
        return False
    return all(word in _TOTAL_WORDS or word in _TOTAL_FILLER for word in words)


class _Cells:
    """The table's cells by home field; a field the mapping leaves out reads as empty cells."""

    def __init__(self, table: RawTable, mapping: ColumnMapping):
        self.table = table
        self.index = {field: index for field, index in mapping.columns.items() if index is not None}
        # One transposition in C instead of a loop per field.
        self._columns = list(zip(*table.rows)) or [()] * len(table.header)
        self._empty = ("",) * len(table.rows)

    def has(self, field: str) -> bool:
        return field in self.index

    def column(self, field: str) -> tuple[str, ...]:
        return self._columns[self.index[field]] if field in self.index else self._empty

    def house_parts(self) -> tuple | list[tuple[str, str, str]]:
        """The number cells, or (number, letter, addition) triples when the file has those columns."""
        if not (self.has("house_letter") or self.has("addition")):
            return self.column("house_number")
        return list(zip(self.column("house_number"), self.column("house_letter"), self.column("addition")))

    def header(self, field: str) -> str:
        return self.table.header[self.index[field]] or FIELD_LABELS[field]

    def order(self, header_text: str) -> int:
        try:
            return self.table.header.index(header_text)
        except ValueError:
            return len(self.table.header)


class _CellError(ValueError):
    """A problem found while cleaning one field that belongs to another column (letter, addition)."""

    def __init__(self, field: str, reason: str):
        super().__init__(reason)
        self.field = field


def _each(values: Sequence[Hashable], compute: Callable) -> list:
    """``compute`` once per distinct value, looked up for every cell."""
    results = {value: compute(value) for value in set(values)}
    return list(map(results.__getitem__, values))


def _clean_column(field: str, cells: Sequence[Hashable], parse: Callable,
                  problems: dict[int, list[tuple[str, str]]]) -> list:
    """The clean value of every cell, None where ``parse`` raised; the reasons go into ``problems``."""
    results, failures = {}, {}
    for cell in set(cells):
        try:
            results[cell] = parse(cell)
        except ValueError as error:
            results[cell] = None
            failures[cell] = (getattr(error, "field", field), str(error))
    if failures:                                  # rare: only then walk the rows to find them
        for index, cell in enumerate(cells):
            if cell in failures:
                problems.setdefault(index, []).append(failures[cell])
    return list(map(results.__getitem__, cells))


def _street(text: str) -> str:
    street = _street_text(text)
    if not street:
        raise ValueError("straat ontbreekt")
    return street


def _text_up_to(limit: int) -> Callable[[str], str]:
    def clean(text: str) -> str:
        joined = " ".join(text.split())          # inner runs of spaces or line breaks become one space
        if len(joined) > limit:
            raise ValueError(f"'{joined[:20]}…' is te lang (hoogstens {limit} tekens)")
        return joined
    return clean


_street_text = _text_up_to(MAX_LENGTH["street"])


def _postcode(text: str) -> str:
    if not text:
        raise ValueError("postcode ontbreekt")
    if len(text) == 7 and text[4] == " " and text[:4].isdigit() and text[0] != "0" and text[5:].isalpha() \
            and text[5:].isupper() and text[5:].isascii():
        return text                               # already '1234 AB', as most exports write it
    return normalise_postcode(text)


def _house(cells: str | tuple[str, str, str]) -> tuple[int, str, str]:
    """(number, letter, addition). The number column may hold all three ('12A-3', '12-II') as long
    as the letter and addition columns do not say something else."""
    raw, letter_cell, addition_cell = (cells, "", "") if isinstance(cells, str) else cells
    if raw.isascii() and raw.isdigit() and not letter_cell and not addition_cell and 0 < int(raw) < 100000:
        return int(raw), "", ""                   # the common case, without a regular expression
    parsed = parse_house_number(_EXCEL_INT.sub(r"\1", raw))
    parts = {"house_letter": parsed.letter, "addition": parsed.addition}
    for field, cell, cleaner in (("house_letter", letter_cell, clean_letter),
                                 ("addition", addition_cell, clean_addition)):
        if not cell:
            continue
        try:
            part = cleaner(cell)
        except ValueError as error:
            raise _CellError(field, str(error)) from None
        if parts[field] and parts[field] != part:
            raise _CellError(field, f"{FIELD_LABELS[field].lower()} '{part}' strijdt met huisnummer '{raw}'")
        parts[field] = part
    return parsed.number, parts["house_letter"], parts["addition"]


def _pass_over(plan: ImportPlan, cells: _Cells, row: list[str], number: int, non_home: bool) -> None:
    if non_home:
        plan.skipped_non_homes += 1
        unit_type = row[cells.index["unit_type"]]
        plan.notices.append(RowIssue(number, cells.header("unit_type"), f"geen woning ({unit_type}), overgeslagen"))
    else:
        plan.skipped_totals += 1
        column = next(cells.table.header[i] or FIELD_LABELS["street"] for i, cell in enumerate(row) if cell)
        plan.notices.append(RowIssue(number, column, "totaalregel, overgeslagen"))


def _remember(first_rows: dict, duplicates: dict, field: str, key: object, number: int) -> None:
    first = first_rows.setdefault(key, number)
    if first != number:
        duplicates.setdefault((field, key), [first]).append(number)


def _report_duplicates(plan: ImportPlan, cells: _Cells, duplicates: dict[tuple[str, object], list[int]]) -> set[int]:
    """Every row of a duplicated address or VHE code gets an issue naming the other row(s)."""
    text = {"house_number": "zelfde adres als", "vhe_code": "zelfde VHE-nummer als"}
    for (field, _), numbers in duplicates.items():
        for number in numbers:
            others = [str(other) for other in numbers if other != number]
            shown = ", ".join(others[:5]) + (" …" if len(others) > 5 else "")
            plan.issues.append(RowIssue(number, cells.header(field), f"{text[field]} rij {shown}"))
    return {number for numbers in duplicates.values() for number in numbers}
