"""Door visits out and in: one row per attempt, for a coordinator who keeps them in Excel too.

Layout: ``Woning`` (home code), ``Datum`` (the evening, 25-11-2026), ``Tijd`` (19:45), ``Uitkomst``
(the code printed on the door list), ``Omschrijving`` (the code's label, for people; not read back),
``Team``, ``Later terug``, ``Notitie`` and ``Bezoek`` (the ring's number at that door that evening:
1, 2, …; optional on import). xlsx, or CSV as Dutch Excel expects it (``;``, UTF-8 with
BOM, CRLF); text Excel would run as a formula gets a leading ``'`` that the import takes off again.
The file is confidential (home codes, notes): its first line (CSV) or cell A1 (xlsx) says so, the header
follows; the import finds the header below that line.

The import reads the same layout with the address import's reader (Excel's CSV dialects, BOM,
Windows-1252, xlsx) and checks every row as the door grid does (``door_outcomes``): the home is one
of this block, the outcome code exists in this round, the time is a time, notes and come-back times
fit. The date must be one of the round's evenings (the attempt is kept on that evening); a time
outside that evening is saved with a warning, as in the grid. Team is optional (an attempt typed
without one stays without one, so a round trip is exact). Every problem is reported with the row as Excel shows it, the
column and a Dutch reason, and then nothing is saved.

Decision: an attempt is identified by home, evening, time and outcome code. A row identical to an
attempt already kept is skipped (importing the same file twice adds nothing); when only its team,
come-back time or note differ, the kept attempt takes them over ("bijgewerkt"). Two rows of the
same attempt in one file are refused as a mistake, unless their ``Bezoek`` numbers differ: the grid
can keep two identical rings (the evening's start time is the default time), and the export tells
them apart by that number, so a round trip keeps both. The n-th such ring in the file is the n-th
kept one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.dutch import counted
from flatapp.domain.tiers import Tier
from flatapp.importing import table_reader
from flatapp.services.activity import log_activity
from flatapp.services.door_outcomes import (
    COME_BACK_MAX,
    LATE_SLACK,
    NOTE_MAX,
    parse_entry_time,
    record_attempt,
    update_attempt,
)
from flatapp.services.errors import RowIssue, UserError
from flatapp.services.round_rows import dutch_date, wall_clock
from flatapp.services.rounds import get_round, parse_dutch_date
from flatapp.services.table_files import check_table_suffix, write_table
from flatapp.storage.models import Home
from flatapp.storage.round_models import DoorAttempt, Evening, OutcomeCode, Round, Team

HOME, DATE, TIME, OUTCOME, LABEL, TEAM, COME_BACK, NOTE, VISIT = (
    "Woning", "Datum", "Tijd", "Uitkomst", "Omschrijving", "Team", "Later terug", "Notitie", "Bezoek")
COLUMNS = (HOME, DATE, TIME, OUTCOME, LABEL, TEAM, COME_BACK, NOTE, VISIT)
VISIT_MAX = 99
REQUIRED = (HOME, DATE, TIME, OUTCOME)
SHEET = "Deurbezoeken"
_SECONDS = re.compile(r"^(\d{1,2}:\d{2}):00$")      # an xlsx time cell comes as 19:45:00


OutcomeIssue = RowIssue       # row, column (header name), Dutch message


@dataclass
class OutcomesImportResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0                                  # identical to an attempt already kept
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.added} deurbezoeken toegevoegd, {self.updated} bijgewerkt, "
                f"{self.skipped} al aanwezig (overgeslagen).")


class OutcomesImportError(UserError):
    """The file has problems; nothing was saved. ``issues`` lists them (row, column, reason)."""

    def __init__(self, message: str, issues: list[OutcomeIssue] | None = None) -> None:
        super().__init__(message)
        self.issues = list(issues or [])


# --- export ---------------------------------------------------------------------------------------

def outcome_table(session: Session, round_id: int) -> tuple[list[str], list[list[object]]]:
    """Header and rows of the export: every attempt of the round, oldest first."""
    get_round(session, round_id)
    attempts = session.scalars(select(DoorAttempt).where(DoorAttempt.round_id == round_id))
    rows = []
    visits: dict[tuple, int] = {}
    for attempt in sorted(attempts, key=lambda a: (wall_clock(a.at), a.id)):
        at = wall_clock(attempt.at)
        evening = session.get(Evening, attempt.evening_id) if attempt.evening_id is not None else None
        team = session.get(Team, attempt.team_id) if attempt.team_id is not None else None
        day = evening.date if evening is not None else at.date()
        door = (attempt.home_id, attempt.evening_id)
        visits[door] = visits.get(door, 0) + 1
        # Plain values: the writers neutralise formulas (flatapp.domain.export_cells), once.
        rows.append([attempt.home.code, dutch_date(day), f"{at:%H:%M}", attempt.outcome.code,
                     attempt.outcome.label, team.name if team else "", attempt.come_back or "",
                     attempt.note or "", visits[door]])
    return list(COLUMNS), rows


def export_outcomes(session: Session, round_id: int, path: Path) -> int:
    """Write the round's door visits to ``path`` (.xlsx or .csv) atomically; logs the export.
    Returns the number of rows written."""
    path = Path(path)
    check_table_suffix(path)
    round_ = get_round(session, round_id)
    header, rows = outcome_table(session, round_id)
    write_table(path, SHEET, header, rows, tier=Tier.CONFIDENTIAL)     # home codes, notes
    log_activity(session, "outcomes.export",
                 f"Deurbezoeken van ronde '{round_.name}' geëxporteerd naar {path.name} ({len(rows)} bezoeken)",
                 round_.building_id, tier=Tier.CONFIDENTIAL, target=str(path), round_id=round_id, file=str(path),
                 rows=len(rows))
    return len(rows)


# --- reading and checking -------------------------------------------------------------------------

def _is_header(record: list[str]) -> bool:
    names = {cell.strip().casefold() for cell in record}
    return HOME.casefold() in names and OUTCOME.casefold() in names


def _records(path: Path) -> tuple[list[list[str]], int]:
    try:
        return table_reader.read_records(path, _is_header)
    except table_reader.NoHeaderFound:
        raise OutcomesImportError(
            f"In '{path.name}' staat geen kopregel met de kolommen {', '.join(REQUIRED)} (maak het bestand "
            f"met 'flatapp outcomes export' of neem die kolomnamen over).") from None
    except table_reader.ImportFileError as error:
        raise OutcomesImportError(str(error)) from None


@dataclass
class _Row:
    number: int
    home: Home
    evening: Evening
    at: datetime
    outcome: OutcomeCode
    team: Team | None
    come_back: str
    note: str
    visit: int          # 0 when the file has no number


def _parse_time(text: str) -> time:
    seconds = _SECONDS.match(text)
    return parse_entry_time(seconds.group(1) if seconds else text)


def _evening_of(evenings: list[Evening], day: date, moment: time) -> Evening | None:
    """The evening on ``day`` the time belongs to (the nearest when a day has several)."""
    same_day = [e for e in evenings if e.date == day]
    if not same_day:
        return None
    at = datetime.combine(day, moment)

    def distance(evening: Evening) -> timedelta:
        starts, ends = datetime.combine(day, evening.starts), datetime.combine(day, evening.ends) + LATE_SLACK
        return max(starts - at, at - ends, timedelta(0))

    return min(same_day, key=lambda e: (distance(e), e.starts, e.id))


def _check_records(session: Session, round_id: int, records: list[list[str]],
                   header_index: int) -> tuple[list[_Row], list[OutcomeIssue]]:
    round_ = session.get(Round, round_id)
    header = [cell.strip() for cell in records[header_index]]
    header_row = header_index + 1
    issues: list[OutcomeIssue] = []
    position: dict[str, int] = {}
    known = {name.casefold(): name for name in COLUMNS}
    for index, name in enumerate(header):
        if not name:
            continue
        canonical = known.get(name.casefold())
        if canonical is None:
            issues.append(OutcomeIssue(header_row, name, f"onbekende kolom (bekend zijn: {', '.join(COLUMNS)})"))
        elif canonical in position:
            issues.append(OutcomeIssue(header_row, name, "deze kolom staat twee keer in de kopregel"))
        else:
            position[canonical] = index
    for name in REQUIRED:
        if name not in position:
            issues.append(OutcomeIssue(header_row, name, "deze kolom ontbreekt"))
    if issues:
        return [], issues

    homes = {h.code.upper(): h for h in session.scalars(select(Home).where(Home.building_id == round_.building_id))}
    outcomes = {o.code: o for o in session.scalars(select(OutcomeCode).where(OutcomeCode.round_id == round_id))}
    teams = {t.name.casefold(): t for t in session.scalars(select(Team).where(Team.round_id == round_id))}
    evenings = sorted(round_.evenings, key=lambda e: (e.date, e.starts, e.id))
    evening_dates = ", ".join(dict.fromkeys(dutch_date(e.date) for e in evenings)) or "nog geen"
    codes_text = ", ".join(f"{c} {o.label}" for c, o in sorted(outcomes.items()))
    rows: list[_Row] = []
    seen: dict[tuple, int] = {}
    for index in range(header_index + 1, len(records)):
        record = records[index]
        if not any(cell.strip() for cell in record):
            continue
        number = index + 1

        def cell(name: str) -> str:
            at = position.get(name)
            return record[at].strip() if at is not None and at < len(record) else ""

        row_issues: list[OutcomeIssue] = []

        def problem(column: str, message: str) -> None:
            row_issues.append(OutcomeIssue(number, column, message))

        home = None
        code = cell(HOME)
        if not code:
            problem(HOME, "de woningcode ontbreekt")
        else:
            home = homes.get(code.upper())
            if home is None:
                problem(HOME, f"woning {code} hoort niet bij flat '{round_.building.name}'")
        day = None
        if not cell(DATE):
            problem(DATE, "de datum ontbreekt")
        else:
            try:
                day = parse_dutch_date(cell(DATE).split(" ")[0])
            except UserError:
                problem(DATE, f"'{cell(DATE)}' is geen datum; schrijf hem als 25-11-2026")
        moment = None
        if not cell(TIME):
            problem(TIME, "de tijd ontbreekt")
        else:
            try:
                moment = _parse_time(cell(TIME))
            except UserError:
                problem(TIME, f"'{cell(TIME)}' is geen tijd; schrijf bijvoorbeeld 19:45")
        evening = None
        if day is not None and moment is not None:
            evening = _evening_of(evenings, day, moment)
            if evening is None:
                problem(DATE, f"{dutch_date(day)} is geen avond van ronde '{round_.name}' "
                              f"(avonden: {evening_dates})")
        outcome = None
        raw_outcome = cell(OUTCOME)
        raw_number = raw_outcome.removesuffix(".0")
        if not raw_outcome:
            problem(OUTCOME, "de uitkomstcode ontbreekt")
        elif not raw_number.isdigit() or int(raw_number) not in outcomes:
            problem(OUTCOME, f"uitkomstcode '{raw_outcome}' bestaat niet in deze ronde (geldig: {codes_text})")
        else:
            outcome = outcomes[int(raw_number)]
        team = None
        team_name = cell(TEAM)
        if team_name:
            team = teams.get(" ".join(team_name.split()).casefold())
            if team is None:
                known_teams = ", ".join(t.name for t in teams.values()) or "nog geen"
                problem(TEAM, f"team '{team_name}' bestaat niet in deze ronde (wel: {known_teams})")
        come_back = " ".join(cell(COME_BACK).split())
        if len(come_back) > COME_BACK_MAX:
            problem(COME_BACK, f"te lang ({len(come_back)} tekens, hoogstens {COME_BACK_MAX})")
        note = cell(NOTE)
        if len(note) > NOTE_MAX:
            problem(NOTE, f"te lang ({len(note)} tekens, hoogstens {NOTE_MAX})")
        visit = 0
        raw_visit = cell(VISIT).removesuffix(".0")
        if raw_visit:
            if not raw_visit.isdigit() or not 1 <= int(raw_visit) <= VISIT_MAX:
                problem(VISIT, f"'{cell(VISIT)}' is geen bezoeknummer (1–{VISIT_MAX})")
            else:
                visit = int(raw_visit)
        if not row_issues:
            at = datetime.combine(evening.date, moment)
            key = (home.id, evening.id, at, outcome.id, visit)
            if key in seen:
                problem("", f"hetzelfde bezoek (woning {home.code}, {dutch_date(at.date())} {at:%H:%M}, "
                            f"uitkomst {outcome.code}) staat al op rij {seen[key]}; waren het twee bezoeken, "
                            f"geef ze dan een eigen tijd of nummer ze in de kolom {VISIT}")
            else:
                seen[key] = number
                rows.append(_Row(number, home, evening, at, outcome, team, come_back, note, visit))
        issues.extend(row_issues)
    return rows, issues


# --- import ---------------------------------------------------------------------------------------

def import_outcomes(session: Session, round_id: int, path: Path) -> OutcomesImportResult:
    """Bring the rows of ``path`` in as door visits of the round; all or nothing.

    Raises ``OutcomesImportError`` (with ``issues``) when the file has problems; nothing is saved then.
    """
    path = Path(path)
    round_row = get_round(session, round_id)
    records, header_index = _records(path)
    rows, issues = _check_records(session, round_id, records, header_index)
    if issues:
        count = len(issues)
        raise OutcomesImportError(
            f"'{path.name}' is niet ingelezen: {counted(count, 'fout', 'fouten')} gevonden "
            f"(eerste: {issues[0]}). Er is niets opgeslagen.", issues)
    if not rows:
        raise OutcomesImportError(f"'{path.name}' bevat geen deurbezoeken om in te lezen.")
    # Identical rings pair up in order: the n-th of the file with the n-th kept one.
    kept: dict[tuple, list[DoorAttempt]] = {}
    for attempt in session.scalars(select(DoorAttempt).where(DoorAttempt.round_id == round_id)
                                   .order_by(DoorAttempt.id)):
        kept.setdefault((attempt.home_id, attempt.evening_id, wall_clock(attempt.at).replace(second=0, microsecond=0),
                         attempt.outcome_code_id), []).append(attempt)
    result = OutcomesImportResult()
    for row in sorted(rows, key=lambda r: (r.visit, r.number)):
        team_id = row.team.id if row.team is not None else None
        same = kept.get((row.home.id, row.evening.id, row.at, row.outcome.id))
        existing = same.pop(0) if same else None
        if existing is not None:
            if ((existing.team_id, existing.come_back or "", existing.note or "")
                    == (team_id, row.come_back, row.note)):
                result.skipped += 1
                continue
            existing.team_id = team_id
            recorded = update_attempt(session, existing.id, come_back=row.come_back, note=row.note,
                                      version=existing.version)
            result.updated += 1
        else:
            recorded = record_attempt(session, round_id, row.home.id, row.outcome.code, row.at,
                                      evening_id=row.evening.id, team_id=team_id,
                                      come_back=row.come_back, note=row.note)
            result.added += 1
        result.warnings.extend(f"rij {row.number}: {warning}" for warning in recorded.warnings)
    log_activity(session, "outcomes.import",
                 f"Deurbezoeken ingelezen in ronde '{round_row.name}' uit {path.name}: {result.summary()}",
                 round_row.building_id, round_id=round_id, file=str(path), added=result.added,
                 updated=result.updated, skipped=result.skipped)
    return result
