"""Check the rows of an address export and turn the good ones into ``HomeRecord``s.

Every problem becomes a ``RowIssue`` with the row number Excel shows, the column's header text
and a Dutch reason; a row with any issue gives no record. Totals lines and units that are not
homes (garage, berging …) are passed over as notices, not issues.

The work goes column by column: an export repeats its streets, postcodes, floors and types, so
each distinct value is cleaned once and rows only look the results up. Most cells are already
clean ('1234 AB', single spaces, a plain number): a column's distinct values are tested at once in C
and only the irregular ones go through the per-value parsers, and records, duplicates and rows
passed over are found with set and zip operations rather than a Python loop per row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from functools import partial
from itertools import compress, filterfalse

from flatapp.domain.addresses import (
    clean_addition,
    clean_letter,
    normalise_postcode,
    parse_floor,
    parse_house_number,
)
from flatapp.importing.model import FIELD_LABELS, ColumnMapping, HomeRecord, ImportPlan, RawTable, RowIssue
from flatapp.importing.table_reader import ImportFileError, column_letter, paused_gc
from flatapp.importing.text_safety import garbled_original

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
    rows, numbers = table.rows, table.row_numbers
    types = cells.column("unit_type")
    non_home_types = {text for text in set(types) if is_non_home(text)}
    problems: dict[int, list[tuple[str, str]]] = {}      # row index -> (field, Dutch reason)
    # The same order as the columns' issues within a row had before (the final sort is stable).
    streets = _clean_column("street", cells.column("street"), _street, problems,
                            irregular=_irregular_text(MAX_LENGTH["street"], required=True))
    houses = _house_column(cells, problems)
    postcodes = _clean_column("postcode", cells.column("postcode"), _postcode, problems, irregular=_irregular_postcodes)
    floors = (_clean_column("floor", cells.column("floor"), parse_floor, problems) if cells.has("floor")
              else [None] * len(rows))
    cities, vhe_codes, entrances, unit_types = (
        _clean_column(field, cells.column(field), _text_up_to(MAX_LENGTH[field]), problems,
                      irregular=_irregular_text(MAX_LENGTH[field]))
        for field in ("city", "vhe_code", "entrance", "unit_type"))
    for field in ("street", "city", "entrance"):
        _flag_garbled(field, cells.column(field), problems)
    # Rows passed over: non-homes, and totals lines (only a row without street or postcode can be one).
    passed: set[int] = set()
    candidates = {index for index in problems if streets[index] is None or postcodes[index] is None}
    if non_home_types:
        candidates.update(compress(range(len(rows)), map(non_home_types.__contains__, types)))
    for index in sorted(candidates):
        non_home = types[index] in non_home_types
        if non_home or is_totals_line(rows[index]):
            _pass_over(plan, cells, rows[index], numbers[index], non_home=non_home)
            passed.add(index)
    for index, first in _exact_copies(rows).items():
        if index not in passed:                   # a copy of a totals line or garage is passed over already
            plan.copies += 1
            plan.notices.append(RowIssue(numbers[index], cells.header("street"),
                                         f"precies gelijk aan rij {numbers[first]}: één keer geïmporteerd"))
            passed.add(index)
    for index in sorted(problems):
        if index not in passed:
            plan.issues.extend(RowIssue(numbers[index], cells.header(field), reason) for field, reason in problems[index])
    if table.cut_off and len(rows) - 1 not in passed:
        last = rows[-1]
        position = max((i for i, cell in enumerate(last) if cell), default=0)
        plan.issues.append(RowIssue(numbers[-1], table.header[position] or f"kolom {column_letter(position)}",
                                    f"de rij lijkt afgebroken: {table.cut_off}. Is het bestand helemaal "
                                    "gekopieerd of opgeslagen? Haal het opnieuw op, of laat deze rij weg"))
    duplicates = _duplicates(numbers, postcodes, houses, vhe_codes, passed)
    rejected = _report_duplicates(plan, cells, duplicates) | {issue.row_number for issue in plan.issues}
    columns = [numbers, streets, houses, postcodes, cities, vhe_codes, floors, entrances, unit_types]
    if rejected or len(passed) > 100:
        keep = [number not in rejected for number in numbers]
        for index in passed:
            keep[index] = False
        columns = [list(compress(column, keep)) for column in columns]
        passed = set()
    else:                                          # a totals line or a few garages: made, then dropped
        for index in passed:
            columns[2][index] = (None, None, None)
    numbers, streets, houses, postcodes, cities, vhe_codes, floors, entrances, unit_types = columns
    house_numbers, letters, additions = zip(*houses) if houses else ((), (), ())
    plan.records = list(map(_new_record, zip(numbers, streets, house_numbers, letters, additions, postcodes,
                                             cities, vhe_codes, floors, entrances, unit_types)))
    for index in sorted(passed, reverse=True):
        del plan.records[index]
    plan.issues.sort(key=lambda issue: (issue.row_number, cells.order(issue.column)))
    return plan


# A HomeRecord from a tuple of its fields in order, without a Python call per record.
_new_record = partial(tuple.__new__, HomeRecord)


def _duplicates(numbers: list[int], postcodes: Sequence, houses: Sequence, vhe_codes: Sequence,
                passed: set[int]) -> dict[tuple[str, object], list[int]]:
    """Rows (by number) sharing an address or a VHE code, by (field, key); rows passed over and cells
    that failed their check take no part."""
    filled_codes = list(filter(None, vhe_codes))
    if len(set(zip(postcodes, houses))) == len(numbers) and len(set(filled_codes)) == len(filled_codes):
        return {}                                # the common case, found in C: nothing repeats
    addresses: dict[tuple, int] = {}             # address key / VHE code -> first row with it
    codes: dict[str, int] = {}
    duplicates: dict[tuple[str, object], list[int]] = {}
    for index, (number, postcode, house, vhe_code) in enumerate(zip(numbers, postcodes, houses, vhe_codes)):
        if index in passed:
            continue
        if house is not None and postcode is not None:
            _remember(addresses, duplicates, "house_number", (postcode, *house), number)
        if vhe_code:
            _remember(codes, duplicates, "vhe_code", vhe_code, number)
    return duplicates


def _exact_copies(rows: list[list[str]]) -> dict[int, int]:
    """Rows that repeat an earlier row cell for cell: index -> index of the first such row."""
    if len(set(map(tuple, rows))) == len(rows):
        return {}                                # the common case, found in C
    first: dict[tuple, int] = {}
    copies: dict[int, int] = {}
    for index, row in enumerate(map(tuple, rows)):
        earlier = first.setdefault(row, index)
        if earlier != index:
            copies[index] = earlier
    return copies


def _flag_garbled(field: str, cells: Sequence[str], problems: dict[int, list[tuple[str, str]]]) -> None:
    """Text that is UTF-8 read as Windows-1252 ('DÃ³umastraat') is refused, never stored or written
    over a good name."""
    distinct = set(cells)
    if not any(mark in "".join(distinct) for mark in "ÃÂÅâ"):
        return                                   # one scan: the common case
    garbled = {text: original for text in distinct if (original := garbled_original(text)) is not None}
    if not garbled:
        return
    for index, cell in enumerate(cells):
        if cell in garbled:
            problems.setdefault(index, []).append((field, (
                f"'{cell}' bevat verminkte tekens (bedoeld is waarschijnlijk '{garbled[cell]}'): de tekst is "
                "eerder met een verkeerde tekenset gelezen en zo opgeslagen. Vraag een nieuwe export (Excel-werkmap "
                "of 'CSV UTF-8') en importeer die")))


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


def _clean_column(field: str, cells: Sequence[Hashable], parse: Callable,
                  problems: dict[int, list[tuple[str, str]]],
                  irregular: Callable[[set], set] | None = None) -> Sequence:
    """The clean value of every cell, None where ``parse`` raised; the reasons go into ``problems``.

    ``parse`` runs once per distinct cell. ``irregular`` picks from the distinct cells at once the
    ones ``parse`` might change or refuse; the others are known to come out as they are.
    """
    distinct = set(cells)
    results, failures = {}, {}
    for cell in distinct if irregular is None else irregular(distinct):
        try:
            results[cell] = parse(cell)
        except ValueError as error:
            results[cell] = None
            failures[cell] = (getattr(error, "field", field), str(error))
    if failures:                                  # rare: only then walk the rows to find them
        for index, cell in enumerate(cells):
            if cell in failures:
                problems.setdefault(index, []).append(failures[cell])
    if not results:
        return cells                              # every cell was clean already
    return list(map(results.get, cells, cells))   # a cell not in ``results`` stays as it is


def _irregular_text(limit: int, required: bool = False) -> Callable[[set], set]:
    """The texts ``_text_up_to(limit)`` (or, when required, ``_street``) might change or refuse: all of
    them unless none has a space at either end, a run of spaces, other white space or too many
    characters; an empty one when required."""
    def irregular(texts: set) -> set:
        odd = {""} & texts if required else set()
        rest = texts - odd if odd else texts
        if not rest:
            return odd
        joined = "\x00".join(rest)            # NUL is no white space: every text keeps its own ends
        if (max(map(len, rest)) <= limit and "\x00 " not in joined and " \x00" not in joined
                and " ".join(joined.split()) == joined):
            return odd
        return texts
    return irregular


_PLAIN_POSTCODE = re.compile(r"[1-9][0-9]{3} [A-Z]{2}").fullmatch


def _irregular_postcodes(texts: set) -> set:
    """The postcodes not written '1234 AB' already (``_postcode`` keeps those as they are)."""
    return set(filterfalse(_PLAIN_POSTCODE, texts))


_PLAIN_NUMBER = re.compile(r"0*[1-9][0-9]{0,4}").fullmatch     # 1 to 5 digits, not 0
_PLAIN_LETTER = re.compile(r"[A-Za-z]?").fullmatch
_PLAIN_ADDITION = re.compile(r"(?:[A-Za-z0-9]{1,6})?").fullmatch


def _house_column(cells: _Cells, problems: dict[int, list[tuple[str, str]]]) -> Sequence:
    """(number, letter, addition) of every row, None where the cells fail (reasons into ``problems``).

    A row whose number is 1 to 5 digits (not 0), whose letter is one ASCII letter or empty and whose
    addition is 1 to 6 ASCII letters or digits or empty gets those, upper-cased, from ``_house``:
    such rows are done column by column, each distinct cell once; the other rows go through
    ``_house`` once per distinct (number, letter, addition).
    """
    columns = [cells.column(field) for field in ("house_number", "house_letter", "addition")]
    distinct = [set(column) for column in columns]
    odd = [set(filterfalse(plain, values)) for plain, values in
           zip((_PLAIN_NUMBER, _PLAIN_LETTER, _PLAIN_ADDITION), distinct)]
    numbers = {text: int(text) for text in distinct[0] - odd[0] if len(text) <= 5}
    odd[0] = distinct[0] - numbers.keys()
    upper = {text: text.upper() for text in (distinct[1] | distinct[2])}
    houses: list = list(zip(map(numbers.get, columns[0]), map(upper.__getitem__, columns[1]),
                            map(upper.__getitem__, columns[2])))
    if not any(odd):
        return houses
    flags = [map(values.__contains__, column) for values, column in zip(odd, columns)]
    rows = list(compress(range(len(houses)), map(any, zip(*flags))))
    if cells.has("house_letter") or cells.has("addition"):
        parts: list = [(columns[0][index], columns[1][index], columns[2][index]) for index in rows]
    else:
        parts = [columns[0][index] for index in rows]
    found: dict[int, list[tuple[str, str]]] = {}
    fixed = _clean_column("house_number", parts, _house, found)
    for index, house in zip(rows, fixed):
        houses[index] = house
    for position, reasons in found.items():
        problems.setdefault(rows[position], []).extend(reasons)
    return houses


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
    if len(text) == 7 and text.isascii() and text[4] == " " and text[:4].isdigit() and text[0] != "0" and text[5:].isalpha() \
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
