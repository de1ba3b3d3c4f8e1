"""Sign-up lines out to and in from Excel / CSV, for a team that types the sheets in a spreadsheet.

Columns (Dutch headers; case, spaces and accents do not matter): ``Onderwerp``, ``Naam``,
``Huisnummer`` (or the sheet's ``Huisnummer of telefoonnummer``), ``Telefoon``, ``E-mail``,
``Mag contact`` and ``Organiseren`` (j/ja/x/1 for yes; n/nee/empty for no). ``Onderwerp`` and ``Naam``
must be there. The export adds ``Woning`` (the matched home's code) and ``Adres``; the import reads
``Woning`` only when the house number is empty, so an exported file reads back as it was.

The file is read by the address import's reader (``;`` or ``,``, Windows-1252 or UTF-8 with BOM, xlsx;
a title or tier line above the header). Every row goes through ``sign_ups.add_sign_up`` (the same
matching, merging and consent as typing it in); a line that is already there (the same resident on the
same topic) is skipped, so importing a file twice adds nothing. Every problem is reported with the row
as Excel shows it, and then the import raises: the caller's transaction is rolled back, nothing is
half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from flatapp.domain.dutch import counted
from flatapp.domain.tiers import Tier
from flatapp.importing import table_reader
from flatapp.importing.column_mapping import normalise_header
from flatapp.services.activity import log_activity
from flatapp.services.errors import RowIssue, UserError
from flatapp.services.rounds import get_round
from flatapp.services.sign_ups import (
    AlreadySignedUp,
    SignUpInput,
    add_sign_up,
    home_matcher,
    list_sign_ups,
    looks_like_phone,
    parse_yes_no,
)
from flatapp.services.table_files import check_table_suffix, write_table

TOPIC, NAME, HOUSE, PHONE, EMAIL, CONTACT, ORGANISE, HOME, ADDRESS = (
    "Onderwerp", "Naam", "Huisnummer", "Telefoon", "E-mail", "Mag contact", "Organiseren", "Woning", "Adres")
EXPORT_COLUMNS = (TOPIC, NAME, HOUSE, PHONE, EMAIL, CONTACT, ORGANISE, HOME, ADDRESS)
REQUIRED = (TOPIC, NAME)
SHEET = "Inschrijvingen"
_NAMES = {
    TOPIC: ("onderwerp", "thema", "lijst"),
    NAME: ("naam", "name", "voorenachternaam"),
    HOUSE: ("huisnummer", "huisnr", "nummer", "huisnummeroftelefoonnummer", "huisnummeroftelefoon"),
    PHONE: ("telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "06"),
    EMAIL: ("email", "emailadres", "emailnietverplicht", "mail"),
    CONTACT: ("magcontact", "contact", "toestemming", "magcontactopnemen"),
    ORGANISE: ("organiseren", "wilorganiseren", "meeorganiseren", "wilhelpenorganiseren", "organiseert"),
    HOME: ("woning", "woningcode"),
    ADDRESS: ("adres",),
}
_BY_HEADER = {name: column for column, names in _NAMES.items() for name in names}


@dataclass
class SignUpsImportResult:
    added: int = 0
    skipped: int = 0                 # already there: the same resident on the same topic
    unmatched: int = 0               # saved with a house number that is no home of the block
    new_persons: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.added} inschrijvingen ingelezen ({self.new_persons} nieuwe bewoners), {self.skipped} al "
                "aanwezig (overgeslagen)")
        if self.unmatched:
            text += f", {self.unmatched} met een huisnummer dat niet bij een woning van de flat hoort"
        return text + "."


class SignUpsImportError(UserError):
    """The file has problems; nothing was saved. ``issues`` lists them (row, column, reason)."""

    def __init__(self, message: str, issues: list[RowIssue] | None = None) -> None:
        super().__init__(message)
        self.issues = list(issues or [])


# --- export ---------------------------------------------------------------------------------------------

def sign_up_table(session: Session, round_id: int) -> tuple[list[str], list[list[object]]]:
    rows = []
    for row in list_sign_ups(session, round_id):
        rows.append([row.topic, row.name, row.house_text, row.phone, row.email, "ja" if row.may_contact else "nee",
                     "ja" if row.wants_to_organise else "nee", row.home_code, row.address])
    return list(EXPORT_COLUMNS), rows


def export_sign_ups(session: Session, round_id: int, path: Path) -> int:
    """Every sheet line of the round to .csv or .xlsx (Vertrouwelijk: names, phones); logged."""
    path = Path(path)
    check_table_suffix(path)
    round_ = get_round(session, round_id)
    header, rows = sign_up_table(session, round_id)
    write_table(path, SHEET, header, rows, tier=Tier.CONFIDENTIAL)
    log_activity(session, "signups.export",
                 f"Inschrijvingen van ronde '{round_.name}' opgeslagen als {path.name} ({len(rows)} regels)",
                 round_.building_id, tier=Tier.CONFIDENTIAL, target=str(path), round_id=round_id, rows=len(rows))
    return len(rows)


# --- import ---------------------------------------------------------------------------------------------

def _column(cell: str) -> str | None:
    return _BY_HEADER.get(normalise_header(cell))


def _is_header(record: list[str]) -> bool:
    found = {_column(cell) for cell in record}
    return TOPIC in found and NAME in found


def _records(path: Path) -> tuple[list[list[str]], int]:
    try:
        return table_reader.read_records(path, _is_header)
    except table_reader.NoHeaderFound:
        raise SignUpsImportError(
            f"In '{path.name}' staat geen kopregel met de kolommen {', '.join(REQUIRED)} (en verder "
            f"{HOUSE}, {PHONE}, {CONTACT}, {ORGANISE}). Zet die namen boven de kolommen en lees het opnieuw "
            "in.") from None
    except table_reader.ImportFileError as error:
        raise SignUpsImportError(str(error)) from None


def _positions(header: list[str], header_row: int) -> tuple[dict[str, int], list[RowIssue]]:
    positions: dict[str, int] = {}
    issues: list[RowIssue] = []
    for index, cell in enumerate(header):
        name = cell.strip()
        if not name:
            continue
        column = _column(name)
        if column is None:
            issues.append(RowIssue(header_row, name, "onbekende kolom (bekend zijn: "
                                                     f"{', '.join(EXPORT_COLUMNS)})"))
        elif column in positions:
            issues.append(RowIssue(header_row, name, f"de kolom {column} staat twee keer in de kopregel"))
        else:
            positions[column] = index
    return positions, issues


def import_sign_ups(session: Session, round_id: int, path: Path) -> SignUpsImportResult:
    """Read the sheet lines of ``path`` into the round; all or nothing (raises ``SignUpsImportError``
    with ``issues``, after which the caller rolls back)."""
    path = Path(path)
    round_ = get_round(session, round_id)
    records, header_index = _records(path)
    positions, issues = _positions(records[header_index], header_index + 1)
    if issues:
        raise SignUpsImportError(f"'{path.name}' is niet ingelezen: de kopregel klopt niet (eerste: {issues[0]}). "
                                 "Er is niets opgeslagen.", issues)
    matcher = home_matcher(session, round_id)
    result = SignUpsImportResult()
    for index in range(header_index + 1, len(records)):
        record = records[index]
        if not any(cell.strip() for cell in record):
            continue
        number = index + 1

        def cell(name: str) -> str:
            at = positions.get(name)
            return " ".join(record[at].split()) if at is not None and at < len(record) else ""

        row_issues: list[RowIssue] = []
        flags = []
        for column, what in ((CONTACT, "mag contact"), (ORGANISE, "organiseren")):
            try:
                flags.append(parse_yes_no(cell(column), what))
            except ValueError as error:
                row_issues.append(RowIssue(number, column, str(error)))
                flags.append(False)
        house, phone = cell(HOUSE) or cell(HOME), cell(PHONE)
        if not phone and looks_like_phone(house):
            house, phone = "", house
        if row_issues:
            issues.extend(row_issues)
            continue
        entry = SignUpInput(cell(TOPIC), cell(NAME), house, phone, flags[0], flags[1], cell(EMAIL))
        try:
            added = add_sign_up(session, round_id, entry, matcher)
        except AlreadySignedUp:
            result.skipped += 1
            continue
        except UserError as error:
            message = str(error).replace("; de regel is niet bewaard.", "").replace(" de regel is niet bewaard.", "")
            issues.append(RowIssue(number, "", message.rstrip(".")))
            continue
        result.added += 1
        result.new_persons += added.person_created
        result.unmatched += bool(added.row.house_text) and not added.row.matched
        result.warnings.extend(f"rij {number}: {w}" for w in added.warnings if "trok eerder" in w)
    if issues:
        count = len(issues)
        raise SignUpsImportError(
            f"'{path.name}' is niet ingelezen: {counted(count, 'fout', 'fouten')} gevonden (eerste: "
            f"{issues[0]}). Er is niets opgeslagen; verbeter het bestand en lees het opnieuw in.", issues)
    if not result.added and not result.skipped:
        raise SignUpsImportError(f"'{path.name}' bevat geen inschrijvingen om in te lezen.")
    log_activity(session, "signups.import",
                 f"Inschrijvingen ingelezen in ronde '{round_.name}' uit {path.name}: {result.summary()}",
                 round_.building_id, tier=Tier.CONFIDENTIAL, round_id=round_id, file=str(path),
                 added=result.added, skipped=result.skipped, unmatched=result.unmatched)
    return result
