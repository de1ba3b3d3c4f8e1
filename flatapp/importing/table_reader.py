"""Read a corporation's address export (xlsx or CSV) into text cells, as the user sees them in Excel.

CSV as Dutch Excel writes it: ';' (or ',' / tab), Windows-1252 or UTF-8 with or without BOM, CRLF,
a title line or blank lines above the header, empty lines at the bottom. The header row is the
first of the top rows in which several cells are known column names. Row numbers are kept as
Excel shows them, so a message "rij 14" points at the row the user sees.

Nothing in a file is trusted: only a regular file is opened (a device or FIFO would never end) and
at most MAX_FILE_BYTES are read; a workbook is known by its bytes, not its name; control characters
and escape sequences are removed (``text_safety``); a formula is never evaluated; a CSV that ends
in the middle of its last row is marked (``RawTable.cut_off``) so that row is refused.
"""

from __future__ import annotations

import csv
import gc
import io
import os
import stat
import zipfile
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from datetime import date, datetime, time
from itertools import compress
from operator import itemgetter
from pathlib import Path

from flatapp.domain.errors import UserError
from flatapp.domain.export_cells import restore
from flatapp.importing.column_mapping import header_score, match_field, normalise_header
from flatapp.importing.model import RawTable
from flatapp.importing.text_safety import (
    MIXED_ENCODING,
    decode_mostly_utf8,
    has_unsafe,
    may_hold_neutralised,
    remove_unsafe,
)

HEADER_SEARCH_ROWS = 15
DELIMITERS = (";", "\t", ",")          # on a tie the Dutch Excel one wins
XLSX_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
# An address list of the largest corporation is a few MB; more is no address list, and reading
# stops there instead of filling the memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # old .xls, .doc
_BINARY_MAGIC = {
    b"\x89PNG": "een afbeelding (PNG)", b"\xff\xd8\xff": "een afbeelding (JPEG)", b"GIF8": "een afbeelding (GIF)",
    b"%PDF": "een PDF-document", b"\x1f\x8b": "een gecomprimeerd bestand (gzip)",
    b"Rar!": "een gecomprimeerd bestand (rar)", b"7z\xbc\xaf": "een gecomprimeerd bestand (7z)",
}


class ImportFileError(UserError):
    """The file cannot be read as an address table; the message names the file and why."""


@contextmanager
def paused_gc():
    """Hold the cyclic garbage collector during bulk work on a big export.

    Reading, checking and writing 50,000 rows creates millions of small acyclic objects; the
    collector kept walking them all and took 30-40 % of the time. Nested use is fine.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class NoHeaderFound(ImportFileError):
    """The file was read, but no row in the first rows looks like the wanted header."""


def read_records(path: Path, is_header: Callable[[list[str]], bool]) -> tuple[list[list[str]], int]:
    """Every record of a CSV or of the first sheet where ``is_header`` accepts a row among the first
    rows, with that row's index; for tables of another layout than an address list (the responses).

    The same checks, encodings and cell text as ``read_table``; raises ImportFileError (Dutch),
    NoHeaderFound when no header row was found.
    """
    path = Path(path)
    if _file_kind(path) == "xlsx":
        workbook = _open_workbook(path)
        try:
            for name in workbook.sheetnames:
                worksheet = workbook[name]
                if not hasattr(worksheet, "iter_rows"):  # a chart sheet
                    continue
                records = _sheet_records(path, worksheet)
                found = _first_header(records, is_header)
                if found is not None:
                    return records, found
        finally:
            workbook.close()
        raise NoHeaderFound(f"In {_name(path)} staat geen herkenbare kopregel.")
    text, _encoding = _checked_text(path)
    best: tuple[list[list[str]], int] | None = None
    for delimiter in DELIMITERS:
        records = _parse(path, text, delimiter)
        found = _first_header(records, is_header)
        if found is not None and (best is None or len(records[found]) > len(best[0][best[1]])):
            best = (records, found)
    if best is None:
        raise NoHeaderFound(f"In {_name(path)} staat geen herkenbare kopregel.")
    records, found = best
    if may_hold_neutralised(text):      # FlatApp's own CSV export: the original text, as from an xlsx
        records = [[restore(cell) for cell in record] for record in records]
    return records, found


def _first_header(records: list[list[str]], is_header: Callable[[list[str]], bool]) -> int | None:
    return next((i for i, record in enumerate(records[:HEADER_SEARCH_ROWS]) if is_header(record)), None)


def list_sheets(path: Path) -> list[str]:
    """Sheet names of a workbook (for the sheet chooser); [] for a CSV."""
    path = Path(path)
    if _file_kind(path) != "xlsx":
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_table(path: Path, sheet: str | None = None) -> RawTable:
    """Read the table; without ``sheet`` the first sheet with a recognisable header is used."""
    path = Path(path)
    with paused_gc():
        if _file_kind(path) == "xlsx":
            return _read_xlsx(path, sheet)
        return _read_csv(path)


# ---------------------------------------------------------------- what kind of file

def _name(path: Path) -> str:
    return f"'{path.name}'"


def _file_kind(path: Path) -> str:
    """'xlsx' or 'csv'; raises ImportFileError for anything that is not a table file."""
    if not path.exists():
        raise ImportFileError(f"Het bestand {_name(path)} bestaat niet (meer) op {path.parent}.")
    if path.is_dir():
        raise ImportFileError(f"{_name(path)} is een map, geen bestand. Kies een Excel- of CSV-bestand.")
    _check_plain_file(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise ImportFileError(f"Het bestand {_name(path)} kan niet gelezen worden ({error.strerror}).") from None
    if not head:
        raise ImportFileError(f"Het bestand {_name(path)} is leeg.")
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"                             # by its content: also an .xlsx named .csv or .txt
    if head.startswith(_OLE_MAGIC):
        raise ImportFileError(
            f"Het bestand {_name(path)} is in het oude Excel-formaat (.xls) of een ander Office-bestand. "
            "Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV."
        )
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise ImportFileError(f"Het bestand {_name(path)} is {what}, geen Excel- of CSV-bestand.")
    if path.suffix.lower() in XLSX_SUFFIXES:
        if b"\x00" not in head and (b";" in head or b"," in head or b"\t" in head):
            raise ImportFileError(
                f"Het bestand {_name(path)} heet {path.suffix}, maar is geen Excel-werkmap: het is een "
                "tekstbestand (CSV). Geef het de extensie .csv en kies het opnieuw, of open het in Excel "
                "en sla het op als Excel-werkmap (.xlsx)."
            )
        raise ImportFileError(
            f"Het bestand {_name(path)} is geen geldig Excel-bestand (.xlsx) en kan niet geopend worden."
        )
    return "csv"


def _check_plain_file(path: Path) -> None:
    """Refuse a device, pipe or socket before reading it (reading /dev/zero or a FIFO never ends),
    and a file far too big to be an address list."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise ImportFileError(f"Het bestand {_name(path)} kan niet gelezen worden ({error.strerror}).") from None
    if not stat.S_ISREG(info.st_mode):
        what = ("een apparaat" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
                else "een pijp (FIFO)" if stat.S_ISFIFO(info.st_mode)
                else "een socket" if stat.S_ISSOCK(info.st_mode) else "geen gewoon bestand")
        raise ImportFileError(
            f"{_name(path)} is {what}, geen bestand met een adreslijst. Kies een Excel- of CSV-bestand."
        )
    if info.st_size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"Het bestand {_name(path)} is {info.st_size // (1024 * 1024)} MB groot; een adreslijst is "
            f"hoogstens enkele MB's (FlatApp leest tot {MAX_FILE_BYTES // (1024 * 1024)} MB). "
            "Is dit wel de adreslijst? Maak anders een lijst van alleen de flat."
        )


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, never more than MAX_FILE_BYTES (a file may grow after the check)."""
    _check_plain_file(path)
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            f"Het bestand {_name(path)} is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB; "
            "dat is geen adreslijst van een flat."
        )
    return data


# ---------------------------------------------------------------- xlsx

def _open_workbook(path: Path, formulas: bool = False):
    import openpyxl  # heavy; only needed for workbooks

    if not zipfile.is_zipfile(path):
        raise ImportFileError(
            f"Het bestand {_name(path)} lijkt afgebroken of beschadigd: het begint als een Excel-werkmap, "
            "maar het einde ontbreekt. Is het helemaal gedownload of gekopieerd? Haal het opnieuw op, "
            "of sla het in Excel opnieuw op."
        )
    if "xl/workbook.xml" not in _zip_names(path):
        raise ImportFileError(
            f"Het bestand {_name(path)} is een zip-bestand maar geen Excel-werkmap; "
            "kies het .xlsx- of CSV-bestand zelf."
        )
    data = io.BytesIO(_read_bytes(path))
    try:
        # From the bytes, not the name: openpyxl refuses an .xlsx named .csv or .txt by its suffix.
        return openpyxl.load_workbook(data, read_only=True, data_only=not formulas)
    except Exception as error:  # openpyxl raises many kinds for a damaged or encrypted file
        raise ImportFileError(
            f"Het Excel-bestand {_name(path)} kan niet geopend worden ({type(error).__name__}). "
            "Is het beschadigd of met een wachtwoord beveiligd? Sla het in Excel opnieuw op of als CSV."
        ) from None


def _zip_names(path: Path) -> set[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return set()


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise ImportFileError(
                f"Het werkblad '{sheet}' bestaat niet in {_name(path)} (wel: {', '.join(names)})."
            )
        tried: list[str] = []
        for name in [sheet] if sheet is not None else names:
            worksheet = workbook[name]
            if not hasattr(worksheet, "iter_rows"):  # a chart sheet
                continue
            records = _with_uncached_formulas(path, name, _sheet_records(path, worksheet))
            found = _find_header(records)
            if found is not None:
                return _build_table(path, records, found, sheet=name)
            tried.append(name)
    finally:
        workbook.close()
    where = f"het werkblad '{sheet}'" if sheet is not None else f"de werkbladen ({', '.join(tried) or 'geen'})"
    raise _no_header(path, where + " van ")


def _sheet_records(path: Path, worksheet) -> list[list[str]]:
    """Every row of a sheet as text; a damaged sheet (broken XML, a damaged zip member) is refused."""
    try:
        worksheet.reset_dimensions()  # some exporters write a wrong sheet size
        return [[_cell_text(value) for value in row] for row in worksheet.iter_rows(values_only=True)]
    except (MemoryError, KeyboardInterrupt):
        raise
    except Exception as error:  # noqa: BLE001 - lxml/expat/zipfile raise many kinds for a damaged sheet
        raise ImportFileError(
            f"Het werkblad '{worksheet.title}' in {_name(path)} is beschadigd: de gegevens erin zijn niet "
            f"te lezen ({type(error).__name__}). Open het bestand in Excel en sla het opnieuw op "
            "(of als CSV), en importeer dan opnieuw."
        ) from None


def _with_uncached_formulas(path: Path, sheet: str, records: list[list[str]]) -> list[list[str]]:
    """A formula cell without a value stored by Excel (files written by other programs) reads as its
    formula text, never evaluated and never silently empty; a cell with a stored value keeps it."""
    if not _has_formulas(path):
        return records
    workbook = _open_workbook(path, formulas=True)
    try:
        formulas = _sheet_records(path, workbook[sheet])
    finally:
        workbook.close()
    for record, formula_row in zip(records, formulas):
        for position, (value, formula) in enumerate(zip(record, formula_row)):
            if not value and formula.startswith("="):
                record[position] = formula
    return records


def _has_formulas(path: Path) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(_read_bytes(path))) as archive:
            return any(b"<f>" in archive.read(name) or b"<f " in archive.read(name)
                       for name in archive.namelist() if name.startswith("xl/worksheets/"))
    except (zipfile.BadZipFile, OSError, KeyError):
        return False


def _cell_text(value: object) -> str:
    """A cell as Excel shows it: 12 not 12.0, dates as dd-mm-jjjj; text without control characters.
    A formula is never evaluated: the workbook is read with the values Excel stored."""
    if isinstance(value, str):
        text = remove_unsafe(value).strip() if has_unsafe(value) else value.strip()
        return restore(text)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M") if value.time() != time() else value.strftime("%d-%m-%Y")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value).strip()


# ---------------------------------------------------------------- CSV

def _checked_text(path: Path) -> tuple[str, str]:
    """(the file as text, its encoding), refused when it is binary, empty or a web page."""
    text, encoding = decode_text(path, _read_bytes(path))
    if text.count("\x00") > 16 or _looks_binary(text[:65536]):
        raise ImportFileError(f"Het bestand {_name(path)} is geen tekst- of CSV-bestand (het bevat binaire gegevens).")
    if not text.strip(" \t\r\n;,"):              # nothing, or only separators Excel left behind
        raise ImportFileError(f"Het bestand {_name(path)} is leeg.")
    if text.lstrip()[:15].lower().startswith(("<html", "<!doctype", "<table", "<?xml")):
        raise ImportFileError(
            f"Het bestand {_name(path)} is een webpagina of XML, geen CSV. "
            "Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV."
        )
    return remove_unsafe(text), encoding


def _read_csv(path: Path) -> RawTable:
    text, encoding = _checked_text(path)
    best: tuple | None = None
    for delimiter in DELIMITERS:
        sample = _parse(path, text, delimiter, limit=HEADER_SEARCH_ROWS + 5)
        found = _find_header(sample)
        if found is None:
            continue
        score = (header_score(sample[found]), _consistency(sample[found:]))
        if best is None or score > best[0]:
            best = (score, delimiter)
    if best is None:
        raise _no_header(path, "")
    delimiter = best[1]
    records = _parse(path, text, delimiter)
    if may_hold_neutralised(text):
        records = [[restore(cell) for cell in record] for record in records]
    table = _build_table(path, records, _find_header(records), sheet="")
    table.encoding, table.delimiter = encoding, delimiter
    if not text.endswith(("\n", "\r")):
        table.cut_off = _cut_off_reason(text, table)
    return table


def _cut_off_reason(text: str, table: RawTable) -> str:
    """Why the last row of a file without a final line break looks cut off, or ''.

    Excel and every export end with a line break; a file that stops without one was cut off when
    its last row is shorter than the others, ends inside quotes, or its last value is the
    beginning of a value found elsewhere in its column ('Wonin' where the others say 'Woning').
    """
    last = table.rows[-1]
    last_line = text[text.rfind("\n") + 1:]
    if last_line.count('"') % 2:
        return "het bestand houdt op midden in een waarde tussen aanhalingstekens"
    used = max(_used_width(row) for row in table.rows[-50:])
    if _used_width(last) < used and len(table.rows) > 1:
        return (f"de laatste rij heeft {_used_width(last)} gevulde kolommen, de rijen erboven {used}; "
                "het bestand houdt midden in deze rij op")
    position = _used_width(last) - 1
    if position < 0:
        return ""
    value = last[position]
    if value.isdigit() or not last_line.rstrip('"').endswith(value):
        return ""                                 # a number may be a prefix (4 of 40); a delimiter followed
    others = Counter(row[position] for row in table.rows[:-1])
    if value not in others and any(count > 1 and other.startswith(value) and len(other) > len(value)
                                   for other, count in others.items()):
        return (f"de laatste waarde '{value}' is het begin van een waarde in dezelfde kolom; "
                "het bestand houdt midden in deze rij op")
    return ""


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """A text file as Dutch Windows users save it (BOM, UTF-16, UTF-8 or Windows-1252) → (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]             # Excel's "Unicode-tekst"
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            if encoding.startswith("utf-8"):
                # One encoding for the whole file: UTF-8 with a few stray Windows-1252 bytes stays
                # UTF-8 (one pasted 'é' must not turn every 'ó' of the file into 'Ã³').
                mixed = decode_mostly_utf8(data[3:] if encoding == "utf-8-sig" else data)
                if mixed is not None:
                    return mixed, MIXED_ENCODING
            continue
    if encodings[0] == "utf-8":
        return data.decode("latin-1"), "latin-1"  # cp1252 leaves five bytes undefined
    raise ImportFileError(f"De tekens in {_name(path)} zijn niet te lezen (geen geldige {encodings[0]}).")


def _looks_binary(sample: str) -> bool:
    # Escape sequences and a few stray controls in a cell are removed, not taken for binary data.
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\x1b")
    return controls > max(8, len(sample) // 100)


_SAMPLE_CHARS = 1 << 16


def _parse(path: Path, text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    """Records as Excel shows them: one per row, a quoted line break stays inside its cell."""
    if limit is not None and len(text) > _SAMPLE_CHARS:
        # The first records of a big file from its head only. One record more than asked for
        # proves the asked ones complete; else (very long or broken records) the whole text.
        try:
            head = _parse(path, text[:_SAMPLE_CHARS], delimiter, limit + 1)
        except ImportFileError:
            head = []
        if len(head) > limit:
            return head[:limit]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    strip = str.strip
    try:
        if limit is None:
            records = [list(map(strip, record)) for record in reader]
        for record in reader if limit is not None else ():
            records.append(list(map(strip, record)))
            if len(records) >= limit:
                break
    except csv.Error as error:  # e.g. a runaway quote that swallows the rest of the file
        raise ImportFileError(
            f"Het bestand {_name(path)} is vanaf regel {reader.line_num} niet als CSV te lezen ({error})."
        ) from None
    return records


def _consistency(records: list[list[str]]) -> int:
    """How many rows have the most common number of cells (a wrong delimiter gives ragged rows)."""
    widths = Counter(len(r) for r in records if any(r))
    return widths.most_common(1)[0][1] if widths else 0


# ---------------------------------------------------------------- header and rows

def _find_header(records: list[list[str]]) -> int | None:
    for index, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        if header_score(record) >= 2:
            return index
    return None


def _no_header(path: Path, where: str) -> ImportFileError:
    return ImportFileError(
        f"In {where}{_name(path)} staat geen herkenbare kopregel: in de eerste {HEADER_SEARCH_ROWS} "
        "rijen is geen rij met kolomnamen als Straat, Huisnummer en Postcode gevonden."
    )


def _build_table(path: Path, records: list[list[str]], header_index: int, sheet: str) -> RawTable:
    header = list(records[header_index])
    below = records[header_index + 1:]
    filled = list(map(any, below))                    # a blank line is counted, not kept
    rows: list[list[str]] = list(compress(below, filled))
    numbers: list[int] = list(compress(range(header_index + 2, len(records) + 1), filled))
    width = max(_used_width(header), _rows_width(rows))
    header = (header + [""] * width)[:width]
    _refuse_same_names(path, header, header_index + 1)
    for position, cell in enumerate(header):
        if not cell and any(len(row) > position and row[position] for row in rows):
            header[position] = f"kolom {column_letter(position)}"  # data without a header name
    if set(map(len, rows)) - {width}:
        for index, row in enumerate(rows):
            if len(row) != width:                     # only ragged rows are copied
                rows[index] = row[:width] if len(row) > width else row + [""] * (width - len(row))
    if not rows:
        raise ImportFileError(
            f"Het bestand {_name(path)} bevat alleen een kopregel (rij {header_index + 1}), geen adressen."
        )
    return RawTable(source=path.name, header=header, rows=rows, header_row_number=header_index + 1,
                    row_numbers=numbers, sheet=sheet)


def _refuse_same_names(path: Path, header: list[str], row_number: int) -> None:
    """Two columns with the same name that FlatApp would read (two 'Straat' columns): which is meant?"""
    seen: dict[str, int] = {}
    for position, cell in enumerate(header):
        name = normalise_header(cell)
        if not name or match_field(cell)[0] is None:
            continue                                # an unused column may repeat ('Opmerking' twice)
        if name in seen:
            first = seen[name]
            raise ImportFileError(
                f"In {_name(path)} heten twee kolommen (nagenoeg) hetzelfde: kolom {column_letter(first)} "
                f"'{header[first]}' en kolom {column_letter(position)} '{cell}' (kopregel op rij {row_number}). "
                "FlatApp weet dan niet welke de juiste is. Geef één van beide een andere naam of "
                "verwijder de overbodige kolom, en importeer opnieuw."
            )
        seen[name] = position


def _rows_width(rows: list[list[str]]) -> int:
    """The widest used width of the rows: the last filled cell of the row where it is furthest right."""
    lengths = set(map(len, rows))
    if len(lengths) != 1:
        return max(map(_used_width, rows), default=0)
    length = lengths.pop()                            # all alike, as a table mostly is: column by column
    while length and not any(map(itemgetter(length - 1), rows)):
        length -= 1
    return length


def _used_width(cells: list[str]) -> int:
    for position in range(len(cells), 0, -1):
        if cells[position - 1]:
            return position
    return 0


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column names the coordinator sees in Excel."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
