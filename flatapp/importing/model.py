"""What the address import passes between its steps: raw table → mapping → plan → result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

# The fields a home can get from an address export, in the order the mapping step shows them.
HOME_FIELDS: tuple[str, ...] = (
    "street", "house_number", "house_letter", "addition", "postcode", "city",
    "vhe_code", "floor", "entrance", "unit_type",
)
REQUIRED_FIELDS: tuple[str, ...] = ("street", "house_number", "postcode")

# Dutch labels for the mapping step and for error messages ("column" in a RowIssue uses these
# only when the file has no header of its own for that column).
FIELD_LABELS: dict[str, str] = {
    "street": "Straat",
    "house_number": "Huisnummer",
    "house_letter": "Huisletter",
    "addition": "Toevoeging",
    "postcode": "Postcode",
    "city": "Plaats",
    "vhe_code": "VHE-nummer",
    "floor": "Verdieping",
    "entrance": "Portiek / ingang",
    "unit_type": "Soort eenheid",
}


@dataclass
class RawTable:
    """A sheet or CSV as text cells, with where it came from."""

    source: str                 # file name as the user knows it
    header: list[str]           # the header cells as written in the file
    rows: list[list[str]]       # data rows, every row as long as the header, cells stripped
    header_row_number: int      # the header's row number as Excel shows it (1-based)
    row_numbers: list[int]      # Excel row number of every data row (blank lines skipped)
    encoding: str = ""          # for CSV: 'utf-8-sig', 'utf-8' or 'cp1252'
    delimiter: str = ""         # for CSV: ';', ',' or '\t'
    sheet: str = ""             # for xlsx: the sheet read
    cut_off: str = ""           # why the last row looks cut off (a CSV without a final line break)


@dataclass
class ColumnMapping:
    """Which column (index into RawTable.header) feeds which home field; None = not in the file."""

    columns: dict[str, int | None]
    # False when a required field was not found or a column was matched on a weak guess:
    # the GUI then shows the mapping step before the preview.
    confident: bool = True

    def missing_required(self) -> list[str]:
        return [name for name in REQUIRED_FIELDS if self.columns.get(name) is None]


class HomeRecord(NamedTuple):
    """One checked, normalised home from the file (a named tuple: 50,000 of them are made in C)."""

    row_number: int             # Excel row number
    street: str
    house_number: int
    house_letter: str
    addition: str
    postcode: str               # '1234 AB'
    city: str
    vhe_code: str               # '' when absent
    floor: int | None           # None when the file has no floor column
    entrance: str               # '' when absent
    unit_type: str


@dataclass(frozen=True)
class RowIssue:
    row_number: int             # as Excel shows it (header row counted)
    column: str                 # the column's header text in the file
    reason: str                 # Dutch, e.g. "postcode '12345' is niet van de vorm 1234 AB"

    def __str__(self) -> str:
        return f"rij {self.row_number}, kolom {self.column}: {self.reason}"


@dataclass
class ImportPlan:
    """The outcome of checking a file, before anything is written."""

    records: list[HomeRecord] = field(default_factory=list)
    issues: list[RowIssue] = field(default_factory=list)
    skipped_non_homes: int = 0           # berging, garage, bedrijfsruimte … (type column)
    skipped_totals: int = 0              # 'Totaal: 198' lines at the bottom
    copies: int = 0                      # rows equal cell for cell to an earlier row, imported once
    # Rows that were passed over on purpose (totals line, non-home), shown to the user but
    # not blocking: e.g. RowIssue(201, "Straatnaam", "totaalregel, overgeslagen").
    notices: list[RowIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_non_homes: int = 0
    skipped_totals: int = 0
    copies: int = 0
    issues: list[RowIssue] = field(default_factory=list)
    written: bool = False

    @property
    def rejected_rows(self) -> int:
        """Rows refused (a row with three problems counts once)."""
        return len({issue.row_number for issue in self.issues})

    def summary(self) -> str:
        """One Dutch line for the CLI and the GUI."""
        if not self.written:
            return (f"Niets geïmporteerd: {self.rejected_rows} rij(en) afgekeurd. "
                    "Verbeter het bestand of kies 'alleen de goede rijen importeren'.")
        parts = [f"{self.created} nieuw", f"{self.updated} bijgewerkt", f"{self.unchanged} ongewijzigd"]
        if self.skipped_non_homes:
            parts.append(f"{self.skipped_non_homes} geen woning (overgeslagen)")
        if self.skipped_totals:
            parts.append(f"{self.skipped_totals} totaalregel(s) overgeslagen")
        if self.copies:
            parts.append(f"{self.copies} dubbele rij(en) (precies gelijk) één keer geïmporteerd")
        if self.issues:
            parts.append(f"{self.rejected_rows} rij(en) afgekeurd en niet geïmporteerd")
        return "Woningen geïmporteerd: " + ", ".join(parts) + "."
