"""Responses out and in: one row per complete interview, one column per question code.

Layout: ``Woning`` (home code), ``Huisnummer`` (house number label, for people), ``Respondent``,
``Avond`` (the evening of the interview, 25-11-2026; optional on import: the round's last evening),
then a column per question code in questionnaire order. Codes, not labels; multiple choice as
``1;3``; ``?`` for "wil niet zeggen / weet niet"; neighbours ("homes") as house number labels ``12;14;31-2`` (the home code where a label is
not unique in the block); numbers stay numbers. CSV as Dutch Excel expects it: ``;``, UTF-8 with
BOM, CRLF. Text that Excel would run as a formula (starts with = + - @, tab or CR) gets a leading
``'`` (OWASP CSV injection); the import takes that ``'`` off again, so a round trip is exact. The file
is confidential (every answer per home): its first line (CSV) or cell A1 (xlsx) says so and the header
follows; the import finds the header below that line.

The import reads the same layout (xlsx or CSV), checks every row before anything is written and
reports problems with the row as Excel shows it, the column and a Dutch reason. All or nothing,
unless ``skip_invalid``. An interview that exists (same home and respondent) is updated, with one
InterviewChange (reason 'import') per changed answer, never duplicated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from flatapp.domain.answers import (
    DONT_KNOW,
    check_answers,
    home_lookup,
    is_dont_know,
    normalise_answers,
    parse_codes,
    parse_home_list,
    takes_dont_know,
)
from flatapp.domain.dutch import counted
from flatapp.domain.questionnaire import Questionnaire, QuestionType
from flatapp.domain.tiers import Tier
from flatapp.importing import table_reader
from flatapp.services.activity import log_activity
from flatapp.services.consent import record_from_form
from flatapp.services.errors import RowIssue, UserError
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.interview_outcome import (
    INTERVIEW_DISPOSITION,
    EveningChoice,
    ensure_interview_outcome,
    evening_choices,
)
from flatapp.services.interviews import COMPLETE, REASON_IMPORT, RESPONDENT_MAX, list_interviews
from flatapp.services.interviews.storing import _freeze_if_needed, _questionnaire, _record_changes, _round_info
from flatapp.services.round_rows import dutch_date
from flatapp.services.rounds import parse_dutch_date
from flatapp.services.table_files import check_table_suffix, write_table
from flatapp.storage.base import utc_now
from flatapp.storage.interview_models import Interview
from flatapp.storage.round_models import DoorAttempt, Evening, OutcomeCode

HOME_COLUMN, LABEL_COLUMN, RESPONDENT_COLUMN = "Woning", "Huisnummer", "Respondent"
# The evening the interview was held (25-11-2026): its "gesproken" door outcome. Optional on import:
# without it a home without that outcome gets it on the round's last evening.
EVENING_COLUMN = "Avond"
FIXED_COLUMNS = (HOME_COLUMN, LABEL_COLUMN, RESPONDENT_COLUMN, EVENING_COLUMN)
LIST_SEPARATOR = ";"
_NUMBER_TYPES = {QuestionType.SINGLE, QuestionType.YES_NO, QuestionType.AGREEMENT, QuestionType.NUMBER}


ResponseIssue = RowIssue       # row, column (header name), Dutch message


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_rows: int = 0
    outcomes_added: int = 0     # "gesproken" door outcomes recorded for homes that had none
    issues: list[ResponseIssue] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.created} gesprekken toegevoegd, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd"
        if self.outcomes_added:
            text += f"; bij {self.outcomes_added} woningen 'gesproken' vastgelegd bij de deuruitkomsten"
        if self.skipped_rows:
            text += f"; {self.skipped_rows} rijen met fouten overgeslagen"
        return text + "."


class ResponsesImportError(UserError):
    """The file has problems; nothing was imported. ``issues`` lists them (row, column, reason)."""

    def __init__(self, message: str, issues: list[ResponseIssue] | None = None) -> None:
        super().__init__(message)
        self.issues = list(issues or [])


# --- cells ----------------------------------------------------------------------------------------

def _labels_of(homes: list[HomeRow]) -> dict[str, str]:
    """Home code → what the export writes: the house number label, or the code when not unique."""
    lookup = home_lookup(homes)
    return {h.code: h.number_label if lookup.get(h.number_label.upper()) == h.code else h.code for h in homes}


def _cell(question, value: object, labels: dict[str, str]) -> object:
    if value is None:
        return ""
    if is_dont_know(question, value):
        return DONT_KNOW
    kind = question.type
    if kind in _NUMBER_TYPES:
        return value if isinstance(value, int) else str(value)
    if kind is QuestionType.MULTIPLE:
        return LIST_SEPARATOR.join(str(v) for v in value) if isinstance(value, list) else str(value)
    if kind is QuestionType.HOMES:
        return LIST_SEPARATOR.join(labels.get(v, v) for v in value) if isinstance(value, list) else str(value)
    return str(value)


# --- export ---------------------------------------------------------------------------------------

def response_table(session: Session, round_id: int) -> tuple[list[str], list[list[object]]]:
    """Header and rows of the export (complete interviews, by home code and respondent)."""
    info = _round_info(session, round_id)
    questionnaire = _questionnaire(info)
    questions = questionnaire.questions()
    homes = list_home_rows(session, info.building_id)
    labels = _labels_of(homes)
    evenings = _interview_evenings(session, round_id)
    header = list(FIXED_COLUMNS) + [q.code for q in questions]
    rows: list[list[object]] = []
    for interview in list_interviews(session, round_id, status=COMPLETE):
        label = labels.get(interview.home_code, interview.home_code)
        evening = evenings.get(interview.home_id)
        row: list[object] = [interview.home_code, label, interview.respondent,
                             dutch_date(evening) if evening else ""]
        row += [_cell(q, interview.answers.get(q.code), labels) for q in questions]
        rows.append(row)
    return header, rows


def _interview_evenings(session: Session, round_id: int) -> dict[int, date]:
    """Home id → the date of the evening of its (first) "gesproken" door outcome."""
    rows = session.execute(
        select(DoorAttempt.home_id, Evening.date)
        .join(OutcomeCode, DoorAttempt.outcome_code_id == OutcomeCode.id)
        .join(Evening, DoorAttempt.evening_id == Evening.id)
        .where(DoorAttempt.round_id == round_id, OutcomeCode.disposition == INTERVIEW_DISPOSITION)
        .order_by(DoorAttempt.at.desc()))
    return {home_id: day for home_id, day in rows}


def export_responses(session: Session, round_id: int, path: Path) -> int:
    """Write the round's complete interviews to ``path`` (.xlsx or .csv) atomically; logs the export.
    Returns the number of rows written."""
    path = Path(path)
    check_table_suffix(path)
    info = _round_info(session, round_id)
    header, rows = response_table(session, round_id)
    write_table(path, "Antwoorden", header, rows, tier=Tier.CONFIDENTIAL)     # every answer per home
    log_activity(session, "responses.export",
                 f"Antwoorden van ronde '{info.name}' geëxporteerd naar {path.name} ({len(rows)} gesprekken)",
                 info.building_id, tier=Tier.CONFIDENTIAL, target=str(path), round_id=round_id, file=str(path),
                 rows=len(rows))
    return len(rows)


# --- reading the file -----------------------------------------------------------------------------

def _is_header(record: list[str]) -> bool:
    names = {cell.strip().casefold() for cell in record}
    return HOME_COLUMN.casefold() in names or LABEL_COLUMN.casefold() in names


def _records(path: Path) -> tuple[list[list[str]], int]:
    """(records as Excel shows them, index of the header record), read by the address import's
    reader (file checks, encodings, cell text) with the responses layout's own header."""
    try:
        return table_reader.read_records(path, _is_header)
    except table_reader.NoHeaderFound:
        raise ResponsesImportError(
            f"In '{path.name}' staat geen kopregel met de kolommen {HOME_COLUMN}, {LABEL_COLUMN} en "
            f"{RESPONDENT_COLUMN} (maak het bestand met 'flatapp responses export' of neem die kolomnamen over)."
        ) from None
    except table_reader.ImportFileError as error:
        raise ResponsesImportError(str(error)) from None


def _parse_cell(question, text: str, homes: list[HomeRow], lookup) -> tuple[object, str]:
    """(value, '') or (None, Dutch reason)."""
    if text == DONT_KNOW and takes_dont_know(question):
        return DONT_KNOW, ""
    kind = question.type
    if kind in _NUMBER_TYPES:
        raw = text.replace(" ", "")
        if raw.endswith(".0"):
            raw = raw[:-2]
        try:
            return int(raw), ""
        except ValueError:
            return None, f"'{text}' is geen getal"
    if kind is QuestionType.MULTIPLE:
        try:
            return parse_codes(text), ""
        except ValueError as error:
            return None, str(error)
    if kind is QuestionType.HOMES:
        codes, errors = parse_home_list(text, homes, lookup)
        return (None, "; ".join(errors)) if errors else (codes, "")
    return text, ""


# What a person typed for one question, checked as in an import (the scan review's handwritten fields).
parse_typed_answer = _parse_cell


@dataclass
class _Row:
    number: int
    home: HomeRow
    respondent: int
    answers: dict
    evening_id: int | None = None


def _evening_by_date(evenings: list[EveningChoice]) -> dict[date, int]:
    """Date → the round's (first) evening on it."""
    by_date: dict[date, int] = {}
    for choice in evenings:
        by_date.setdefault(choice.date, choice.id)
    return by_date


def _parse_evening_cell(text: str, by_date: dict[date, int]) -> tuple[int | None, str]:
    """(evening id, '') or (None, Dutch reason) for a cell like 25-11-2026 (or 2026-11-25 from Excel)."""
    raw = text.strip().split(" ")[0]
    try:
        day = date.fromisoformat(raw) if len(raw) == 10 and raw[4] == "-" else parse_dutch_date(raw)
    except (ValueError, UserError):
        return None, f"'{text}' is geen datum; schrijf de avond als DD-MM-JJJJ, bijvoorbeeld 25-11-2026"
    if day not in by_date:
        known = ", ".join(dutch_date(d) for d in sorted(by_date)) or "geen"
        return None, f"op {dutch_date(day)} was geen avond van deze ronde (avonden: {known})"
    return by_date[day], ""


def _check_file(records: list[list[str]], header_index: int, questionnaire: Questionnaire,
                homes: list[HomeRow], source: str,
                evenings: dict[date, int] | None = None) -> tuple[list[_Row], list[ResponseIssue], int]:
    header = [cell.strip() for cell in records[header_index]]
    header_row = header_index + 1
    by_code = {q.code.casefold(): q for q in questionnaire.questions()}
    issues: list[ResponseIssue] = []
    columns: dict[int, object] = {}
    fixed: dict[str, int] = {}
    for position, name in enumerate(header):
        if not name:
            continue
        folded = name.casefold()
        if folded in (c.casefold() for c in FIXED_COLUMNS):
            fixed[next(c for c in FIXED_COLUMNS if c.casefold() == folded)] = position
        elif folded in by_code:
            if by_code[folded] in columns.values():
                issues.append(ResponseIssue(header_row, name, "deze vraag staat twee keer in de kopregel"))
            columns[position] = by_code[folded]
        else:
            issues.append(ResponseIssue(header_row, name, "onbekende kolom: deze vraag staat niet in de "
                                                          "vragenlijst van deze ronde"))
    for question in questionnaire.questions():
        if question not in columns.values():
            issues.append(ResponseIssue(header_row, question.code, "deze kolom ontbreekt (elke vraag van de "
                                                                   "vragenlijst heeft een kolom, ook als die leeg is)"))
    if HOME_COLUMN not in fixed and LABEL_COLUMN not in fixed:
        issues.append(ResponseIssue(header_row, "", f"de kolom {HOME_COLUMN} (of {LABEL_COLUMN}) ontbreekt"))
    if issues:
        return [], issues, 0
    by_code_home = {h.code.upper(): h for h in homes}
    lookup = home_lookup(homes)
    by_label = {key: code for key, code in lookup.items()}
    rows: list[_Row] = []
    seen: dict[tuple[int, int], int] = {}
    bad_rows = 0
    for index in range(header_index + 1, len(records)):
        record = records[index]
        if not any(cell.strip() for cell in record):
            continue
        number = index + 1
        cells = record + [""] * (len(header) - len(record))

        def cell(name: str) -> str:
            return cells[fixed[name]].strip() if name in fixed else ""

        row_issues: list[ResponseIssue] = []
        home = None
        code_text = cell(HOME_COLUMN)
        label_text = cell(LABEL_COLUMN)
        if code_text:
            home = by_code_home.get(code_text.upper())
            if home is None:
                row_issues.append(ResponseIssue(number, HOME_COLUMN, f"woning {code_text} hoort niet bij deze flat"))
        elif label_text:
            found, errors = parse_home_list(label_text, homes, by_label)
            if errors or len(found) != 1:
                row_issues.append(ResponseIssue(number, LABEL_COLUMN, "; ".join(errors) or
                                                f"'{label_text}' is niet één woning"))
            else:
                home = by_code_home[found[0].upper()]
        else:
            row_issues.append(ResponseIssue(number, HOME_COLUMN, "de woning ontbreekt"))
        respondent = 1
        respondent_text = cell(RESPONDENT_COLUMN)
        if respondent_text:
            raw = respondent_text[:-2] if respondent_text.endswith(".0") else respondent_text
            if not raw.isdigit() or not 1 <= int(raw) <= RESPONDENT_MAX:
                row_issues.append(ResponseIssue(number, RESPONDENT_COLUMN,
                                                f"'{respondent_text}' is geen respondentnummer (1–{RESPONDENT_MAX})"))
            else:
                respondent = int(raw)
        evening_id = None
        evening_text = cell(EVENING_COLUMN)
        if evening_text:
            evening_id, reason = _parse_evening_cell(evening_text, evenings or {})
            if reason:
                row_issues.append(ResponseIssue(number, EVENING_COLUMN, reason))
        answers: dict[str, object] = {}
        for position, question in columns.items():
            text = cells[position].strip() if position < len(cells) else ""
            if not text:
                continue
            value, reason = _parse_cell(question, text, homes, lookup)
            if reason:
                row_issues.append(ResponseIssue(number, header[position], reason))
            else:
                answers[question.code] = value
        answers = normalise_answers(questionnaire, answers)
        if not row_issues:
            for error in check_answers(questionnaire, answers, set(by_code_home[c.upper()].code for c in
                                                                    _named(questionnaire, answers)
                                                                    if c.upper() in by_code_home)):
                message = error.message
                prefix = f"{error.question}: "
                if message.startswith(prefix):
                    message = message[len(prefix):]
                row_issues.append(ResponseIssue(number, error.question, message))
        if home is not None and not row_issues:
            key = (home.id, respondent)
            if key in seen:
                row_issues.append(ResponseIssue(number, HOME_COLUMN,
                                                f"woning {home.code} (respondent {respondent}) staat al op rij {seen[key]}"))
            else:
                seen[key] = number
        if row_issues:
            issues.extend(row_issues)
            bad_rows += 1
        else:
            rows.append(_Row(number, home, respondent, answers, evening_id))
    return rows, issues, bad_rows


def _named(questionnaire: Questionnaire, answers: dict) -> set[str]:
    named: set[str] = set()
    for question in questionnaire.questions():
        value = answers.get(question.code)
        if question.type is QuestionType.HOMES and isinstance(value, list):
            named.update(value)
    return named


def import_responses(session: Session, round_id: int, path: Path, skip_invalid: bool = False) -> ImportResult:
    """Bring the rows of ``path`` in as complete interviews; all or nothing unless ``skip_invalid``.

    Raises ``ResponsesImportError`` (with ``issues``) when the file has problems and nothing was written.
    """
    path = Path(path)
    info = _round_info(session, round_id)
    questionnaire = _questionnaire(info)
    homes = list_home_rows(session, info.building_id)
    choices = evening_choices(session, round_id)
    with table_reader.paused_gc():
        records, header_index = _records(path)
        rows, issues, bad_rows = _check_file(records, header_index, questionnaire, homes, path.name,
                                             _evening_by_date(choices))
    header_problem = bool(issues) and not rows and bad_rows == 0
    if issues and (not skip_invalid or header_problem):
        count = len(issues)
        raise ResponsesImportError(
            f"'{path.name}' is niet ingelezen: {counted(count, 'fout', 'fouten')} gevonden "
            f"(eerste: {issues[0]}). Er is niets opgeslagen.", issues)
    if not rows:
        raise ResponsesImportError(f"'{path.name}' bevat geen gesprekken om in te lezen.", issues)
    result = ImportResult(issues=issues, skipped_rows=bad_rows)
    existing = {(row[1], row[2]): row for row in session.execute(
        select(Interview.id, Interview.home_id, Interview.respondent, Interview.answers, Interview.status)
        .where(Interview.round_id == round_id))}
    now = utc_now()
    new_rows = []
    for row in rows:
        encoded = json.dumps(row.answers, ensure_ascii=False, sort_keys=True)
        found = existing.get((row.home.id, row.respondent))
        if found is None:
            new_rows.append({"round_id": round_id, "home_id": row.home.id, "respondent": row.respondent,
                             "status": COMPLETE, "answers": encoded, "entered_by": "import", "version": 1,
                             "created_at": now, "updated_at": now})
            result.created += 1
            continue
        old = json.loads(found.answers or "{}")
        if old == row.answers and found.status == COMPLETE:
            result.unchanged += 1
            continue
        session.execute(update(Interview).where(Interview.id == found.id)
                        .values(answers=encoded, status=COMPLETE, version=Interview.version + 1, updated_at=now)
                        .execution_options(synchronize_session=False))
        _record_changes(session, found.id, old, row.answers, REASON_IMPORT)
        result.updated += 1
    if new_rows:
        session.execute(insert(Interview), new_rows)
    for row in rows:
        record_from_form(session, round_id, row.home.id, row.respondent, row.answers)
    # One truth with the door outcomes: a form without an evening counts on the round's last one.
    last_evening = choices[-1].id if choices else None
    for row in rows:
        result.outcomes_added += ensure_interview_outcome(session, round_id, row.home.id, row.home.code,
                                                          row.evening_id or last_evening)
    if result.created or result.updated:
        _freeze_if_needed(session, info)
    log_activity(session, "responses.import",
                 f"Antwoorden ingelezen in ronde '{info.name}' uit {path.name}: {result.summary()}",
                 info.building_id, round_id=round_id, file=str(path), created=result.created,
                 updated=result.updated, skipped_rows=bad_rows)
    return result
