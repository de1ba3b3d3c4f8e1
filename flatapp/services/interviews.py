"""Entering paper forms: drafts while typing, completing, corrections with history, second respondents.

Every function takes a Session; the caller owns the transaction (one save = one transaction).
A ``UserError`` leaves nothing written: every check runs before the first write.

Concurrency: each interview has a ``version``; a save names the version it was based on and the
UPDATE only matches that version (``WHERE version = :seen``), so two windows saving the same form
cannot overwrite each other, not even in two transactions at once. A save with ``version=None``
means "a new form"; when that home (and respondent) already has an interview, ``InterviewConflict``
tells the GUI to open the existing one instead.

Speed: the entry form saves a draft on every field change. Every lookup here goes through an index
(primary keys, the unique (round, home, respondent) and (building, code) indexes); the round's
questionnaire is parsed once per definition and cached.

Answers are encoded as described in ``flatapp.domain.answers``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlalchemy import String, cast, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from flatapp.domain.addresses import HouseNumber, parse_house_number
from flatapp.domain.answers import FieldError, check_answers, decode_answers, normalise_answers
from flatapp.domain.questionnaire import Questionnaire, QuestionType, parse_round_questionnaire
from flatapp.services.activity import current_user
from flatapp.services.consent import record_from_form
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow
from flatapp.services.interview_outcome import ensure_interview_outcome
from flatapp.services.questionnaires import freeze_version
from flatapp.storage.base import utc_now
from flatapp.storage.interview_models import COMPLETE, DRAFT, Interview, InterviewChange  # noqa: F401 (re-exported)
from flatapp.storage.models import Entrance, Home
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from flatapp.storage.round_models import Round

REASON_CORRECTION = "correctie"
REASON_DOUBLE_ENTRY = "dubbele invoer"
REASON_IMPORT = "import"
RESPONDENT_MAX = 20


# --- rows and errors ------------------------------------------------------------------------------

@dataclass(frozen=True)
class InterviewRow:
    id: int
    round_id: int
    home_id: int
    home_code: str
    home_label: str            # 'Kastanjelaan 12-3'
    respondent: int
    status: str                # 'draft' or 'complete'
    answers: dict
    version: int
    entered_by: str
    updated_at: datetime | None

    @property
    def is_complete(self) -> bool:
        return self.status == COMPLETE


@dataclass(frozen=True)
class ChangeRow:
    id: int
    at: datetime
    user: str
    question: str
    old_value: object          # decoded JSON; None when the question was unanswered
    new_value: object
    reason: str


@dataclass(frozen=True)
class InterviewCounts:
    complete: int
    draft: int


class InterviewConflict(UserError):
    """Someone (another window) saved or created this form meanwhile; nothing was saved.

    ``interview_id`` is the interview to open instead (None when it no longer exists).
    """

    def __init__(self, message: str, interview_id: int | None = None) -> None:
        super().__init__(message)
        self.interview_id = interview_id


class AnswersInvalid(UserError):
    """The answers do not pass the checks; ``errors`` says which field and why. Nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        count = len(errors)
        head = "1 fout" if count == 1 else f"{count} fouten"
        lines = "; ".join(error.message for error in errors[:5])
        more = f" (en nog {count - 5})" if count > 5 else ""
        super().__init__(f"Het formulier is niet afgerond: {head}: {lines}{more}. Er is niets opgeslagen als afgerond.")
        self.errors = list(errors)


class InterviewIsComplete(UserError):
    """A complete interview is changed with ``complete_interview`` (checked, with history), not as a draft."""


# --- internals ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _RoundInfo:
    id: int
    name: str
    building_id: int
    version_id: int | None
    frozen: bool
    definition: str
    sections: str


@dataclass(frozen=True)
class _HomeInfo:
    id: int
    building_id: int
    code: str
    label: str


def _round_info(session: Session, round_id: int) -> _RoundInfo:
    row = session.execute(
        select(Round.id, Round.name, Round.building_id, Round.questionnaire_version_id,
               QuestionnaireVersion.frozen, QuestionnaireVersion.definition, Round.optional_sections)
        .outerjoin(QuestionnaireVersion, QuestionnaireVersion.id == Round.questionnaire_version_id)
        .where(Round.id == round_id)
    ).first()
    if row is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer).")
    return _RoundInfo(row[0], row[1], row[2], row[3], bool(row[4]), row[5] or "", row[6] or "")


@lru_cache(maxsize=32)
def _parse_questionnaire(definition: str, sections: str) -> Questionnaire:
    return parse_round_questionnaire(definition, sections)


def _questionnaire(info: _RoundInfo) -> Questionnaire:
    if info.version_id is None or not info.definition:
        raise UserError(f"Ronde '{info.name}' heeft nog geen vragenlijst; kies eerst een vragenlijst.")
    try:
        return _parse_questionnaire(info.definition, info.sections)
    except (ValueError, TypeError) as error:
        raise UserError(f"De vragenlijst van ronde '{info.name}' is beschadigd ({error}).") from None


def round_questionnaire(session: Session, round_id: int) -> Questionnaire:
    """The round's questionnaire (cached per definition; same result as questionnaire_for_round)."""
    return _questionnaire(_round_info(session, round_id))


def _label(street: str, number: int, letter: str, addition: str) -> str:
    return f"{street} {HouseNumber(number, letter or '', addition or '').label()}"


def _home(session: Session, info: _RoundInfo, home_id: int) -> _HomeInfo:
    row = session.execute(
        select(Home.id, Home.building_id, Home.code, Home.street, Home.house_number, Home.house_letter,
               Home.addition).where(Home.id == home_id)
    ).first()
    if row is None:
        raise UserError("Deze woning bestaat niet (meer).")
    home = _HomeInfo(row[0], row[1], row[2], _label(row[3], row[4], row[5], row[6]))
    if home.building_id != info.building_id:
        raise UserError(f"Woning {home.code} ({home.label}) hoort niet bij de flat van ronde '{info.name}'.")
    return home


def _check_respondent(respondent: int) -> int:
    if not isinstance(respondent, int) or isinstance(respondent, bool) or not 1 <= respondent <= RESPONDENT_MAX:
        raise UserError(f"Respondent {respondent} is ongeldig (1 tot en met {RESPONDENT_MAX}).")
    return respondent


def _encode(answers: dict) -> str:
    try:
        return json.dumps(answers, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise UserError(f"De antwoorden kunnen niet worden opgeslagen ({error}).") from None


_COLUMNS = (Interview.id, Interview.status, Interview.version, Interview.answers, Interview.entered_by,
            Interview.updated_at)


def _existing(session: Session, round_id: int, home_id: int, respondent: int):
    return session.execute(
        select(*_COLUMNS).where(Interview.round_id == round_id, Interview.home_id == home_id,
                                Interview.respondent == respondent)
    ).first()


def _who(respondent: int) -> str:
    return "" if respondent == 1 else f" (respondent {respondent})"


def _clean_answers(questionnaire: Questionnaire, answers: object) -> dict:
    if not isinstance(answers, dict):
        raise UserError("De antwoorden moeten per vraagcode worden doorgegeven.")
    return normalise_answers(questionnaire, answers)


def _homes_named(questionnaire: Questionnaire, answers: dict) -> set[str]:
    named: set[str] = set()
    for question in questionnaire.questions():
        value = answers.get(question.code)
        if question.type is QuestionType.HOMES and isinstance(value, list):
            named.update(v for v in value if isinstance(v, str))
    return named


def existing_home_codes(session: Session, building_id: int, codes: set[str]) -> set[str]:
    """Those of ``codes`` that are homes of the block (one indexed query, no scan of the block)."""
    if not codes:
        return set()
    return set(session.scalars(select(Home.code).where(Home.building_id == building_id, Home.code.in_(codes))))


def _check(session: Session, info: _RoundInfo, questionnaire: Questionnaire, answers: dict) -> None:
    homes = existing_home_codes(session, info.building_id, _homes_named(questionnaire, answers))
    errors = check_answers(questionnaire, answers, homes)
    if errors:
        raise AnswersInvalid(errors)


def _record_changes(session: Session, interview_id: int, old: dict, new: dict, reason: str) -> int:
    """One InterviewChange per question whose answer changed; returns how many."""
    user = current_user(session)
    now = utc_now()
    rows = [
        {"interview_id": interview_id, "at": now, "user": user, "question": code,
         "old_value": json.dumps(old.get(code), ensure_ascii=False),
         "new_value": json.dumps(new.get(code), ensure_ascii=False), "reason": reason}
        for code in sorted(set(old) | set(new), key=lambda c: (list(new) + list(old)).index(c))
        if old.get(code) != new.get(code)
    ]
    if rows:
        session.execute(insert(InterviewChange), rows)
    return len(rows)


def _write(session: Session, info: _RoundInfo, home: _HomeInfo, respondent: int, answers: dict,
           version: int | None, status: str, reason: str = REASON_CORRECTION,
           refuse_complete: bool = False) -> InterviewRow:
    """Insert or update one interview, checking the version it was based on."""
    existing = _existing(session, info.id, home.id, respondent)
    now = utc_now()
    encoded = _encode(answers)
    if version is None:
        if existing is not None:
            state = "afgerond" if existing.status == COMPLETE else "als concept bewaard"
            raise InterviewConflict(
                f"Voor woning {home.code} ({home.label}){_who(respondent)} is al een gesprek ingevoerd "
                f"({state}). Open dat gesprek in plaats van een nieuw formulier te beginnen; er is niets opgeslagen.",
                existing.id,
            )
        user = current_user(session)
        try:
            interview_id = session.execute(
                insert(Interview).values(round_id=info.id, home_id=home.id, respondent=respondent,
                                         status=status, answers=encoded, entered_by=user, version=1,
                                         created_at=now, updated_at=now)
            ).inserted_primary_key[0]
        except IntegrityError:
            # Another window created it between our check and our insert (the unique constraint
            # caught it); the caller rolls the transaction back.
            raise InterviewConflict(
                f"Voor woning {home.code}{_who(respondent)} is zojuist in een ander venster een gesprek begonnen. "
                "Open dat gesprek; er is niets opgeslagen.") from None
        record_from_form(session, info.id, home.id, respondent, answers)
        return InterviewRow(interview_id, info.id, home.id, home.code, home.label, respondent, status,
                            answers, 1, user, now)
    if existing is None:
        raise InterviewConflict(
            f"Het gesprek van woning {home.code}{_who(respondent)} is intussen verwijderd (in een ander venster). "
            "Er is niets opgeslagen.")
    if existing.version != version:
        raise InterviewConflict(
            f"Iemand anders heeft dit formulier (woning {home.code}{_who(respondent)}) intussen opgeslagen "
            f"(versie {existing.version}, u werkte met versie {version}). Open het opnieuw; er is niets opgeslagen.",
            existing.id)
    if refuse_complete and existing.status == COMPLETE:
        raise InterviewIsComplete(
            f"Het gesprek van woning {home.code}{_who(respondent)} is al afgerond; sla een correctie op met "
            "'Afronden', dan worden de wijzigingen gecontroleerd en bewaard in de geschiedenis.")
    old = decode_answers(existing.answers)
    if old == answers and existing.status == status:
        return InterviewRow(existing.id, info.id, home.id, home.code, home.label, respondent, status, old,
                            existing.version, existing.entered_by, existing.updated_at)
    result = session.execute(
        update(Interview)
        .where(Interview.id == existing.id, Interview.version == version)
        .values(answers=encoded, status=status, version=version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise InterviewConflict(
            f"Iemand anders heeft dit formulier (woning {home.code}) zojuist opgeslagen. Open het opnieuw; "
            "er is niets opgeslagen.", existing.id)
    if existing.status == COMPLETE or reason == REASON_IMPORT:
        _record_changes(session, existing.id, old, answers, reason)
    record_from_form(session, info.id, home.id, respondent, answers)
    return InterviewRow(existing.id, info.id, home.id, home.code, home.label, respondent, status, answers,
                        version + 1, existing.entered_by, now)


def _freeze_if_needed(session: Session, info: _RoundInfo) -> None:
    if info.version_id is not None and not info.frozen:
        freeze_version(session, info.version_id)


# --- reading --------------------------------------------------------------------------------------

def _home_row_query():
    return (select(Home.id, Home.code, Home.street, Home.house_number, Home.house_letter, Home.addition,
                   Home.postcode, Home.city, Entrance.name, Entrance.position, Home.floor, Home.vhe_code,
                   Home.unit_type)
            .outerjoin(Entrance, Entrance.id == Home.entrance_id))


def _to_home_row(row) -> HomeRow:
    return HomeRow(id=row[0], code=row[1], street=row[2], house_number=row[3], house_letter=row[4] or "",
                   addition=row[5] or "", postcode=row[6], city=row[7] or "", entrance=row[8] or "",
                   entrance_position=row[9] if row[9] is not None else 9999, floor=row[10],
                   vhe_code=row[11] or "", unit_type=row[12] or "")


def find_homes(session: Session, round_id: int, text: str, limit: int = 10) -> list[HomeRow]:
    """Homes of the round's block for autocompletion: by home code prefix ('VF-01'), house number
    ('12', '12-3', '12A', '12 a') or street and number ('Kastanjelaan 12'). Exact matches first."""
    info = _round_info(session, round_id)
    raw = " ".join((text or "").split())
    if not raw or limit <= 0:
        return []
    query = _home_row_query().where(Home.building_id == info.building_id)
    street, number_text = "", raw
    head, _, tail = raw.rpartition(" ")
    if head and not head[:1].isdigit() and tail[:1].isdigit():
        street, number_text = head, tail           # 'Kastanjelaan 12'
    elif raw[:1].isalpha() and not tail[:1].isdigit():
        street, number_text = raw, ""              # 'Kastanjelaan' (street only, or a home code)
    digits = ""
    for char in number_text:
        if not char.isdigit():
            break
        digits += char
    by_code: list = []
    if " " not in raw:
        by_code = list(session.execute(query.where(Home.code.startswith(raw.upper(), autoescape=True))
                                       .order_by(Home.code).limit(limit)))
    if digits:
        candidates = session.execute(query.where(cast(Home.house_number, String).startswith(digits)))
    elif street:
        candidates = session.execute(query.where(func.lower(Home.street).startswith(street.lower(), autoescape=True)))
    else:
        candidates = []
    wanted = number_text.replace(" ", "").upper()
    try:
        exact_label = parse_house_number(number_text).label().upper() if digits else ""
    except ValueError:
        exact_label = ""
    found: dict[int, tuple] = {}
    for row in by_code:
        found[row[0]] = ((0 if row[1].upper() == raw.upper() else 1, 0), row)
    for row in candidates:
        home = _to_home_row(row)
        if street and not home.street.casefold().startswith(street.casefold()):
            continue
        label = home.number_label.upper()
        if digits and not (label.startswith(wanted) or label == exact_label):
            continue
        rank = (0 if label in (wanted, exact_label) else 1, home.house_number)
        if row[0] not in found or rank < found[row[0]][0]:
            found[row[0]] = (rank, row)
    ordered = sorted(found.values(), key=lambda item: (item[0], _to_home_row(item[1]).walking_key()))
    return [_to_home_row(row) for _, row in ordered[:limit]]


def _row_query():
    return (select(Interview.id, Interview.round_id, Interview.home_id, Home.code, Home.street,
                   Home.house_number, Home.house_letter, Home.addition, Interview.respondent, Interview.status,
                   Interview.answers, Interview.version, Interview.entered_by, Interview.updated_at)
            .join(Home, Home.id == Interview.home_id))


def _to_row(row) -> InterviewRow:
    return InterviewRow(id=row[0], round_id=row[1], home_id=row[2], home_code=row[3],
                        home_label=_label(row[4], row[5], row[6], row[7]), respondent=row[8], status=row[9],
                        answers=decode_answers(row[10]), version=row[11], entered_by=row[12] or "", updated_at=row[13])


def open_interview(session: Session, round_id: int, home_id: int, respondent: int = 1) -> InterviewRow | None:
    """The interview of this home (and respondent) in this round, draft or complete; None when none yet."""
    row = session.execute(_row_query().where(Interview.round_id == round_id, Interview.home_id == home_id,
                                             Interview.respondent == respondent)).first()
    return _to_row(row) if row else None


def get_interview(session: Session, interview_id: int) -> InterviewRow:
    row = session.execute(_row_query().where(Interview.id == interview_id)).first()
    if row is None:
        raise UserError("Dit gesprek bestaat niet (meer).")
    return _to_row(row)


def list_interviews(session: Session, round_id: int, status: str | None = None) -> list[InterviewRow]:
    """The round's interviews by home code and respondent (optionally only 'draft' or 'complete')."""
    query = _row_query().where(Interview.round_id == round_id)
    if status is not None:
        query = query.where(Interview.status == status)
    return [_to_row(row) for row in session.execute(query.order_by(Home.code, Interview.respondent))]


def drafts(session: Session, round_id: int) -> list[InterviewRow]:
    """Drafts of the round, newest first: 'a form was not finished, continue with it?'."""
    query = _row_query().where(Interview.round_id == round_id, Interview.status == DRAFT)
    return [_to_row(row) for row in session.execute(query.order_by(Interview.updated_at.desc(), Interview.id.desc()))]


def interview_counts(session: Session, round_id: int) -> InterviewCounts:
    counts = dict(session.execute(
        select(Interview.status, func.count(Interview.id)).where(Interview.round_id == round_id)
        .group_by(Interview.status)).all())
    return InterviewCounts(complete=int(counts.get(COMPLETE, 0)), draft=int(counts.get(DRAFT, 0)))


def next_respondent(session: Session, round_id: int, home_id: int) -> int:
    """The number for an extra respondent in this home (explicit choice): highest + 1, or 1."""
    highest = session.scalar(select(func.max(Interview.respondent))
                             .where(Interview.round_id == round_id, Interview.home_id == home_id))
    return (highest or 0) + 1


def history(session: Session, interview_id: int) -> list[ChangeRow]:
    """Corrections of a complete interview, oldest first."""
    changes = session.scalars(select(InterviewChange).where(InterviewChange.interview_id == interview_id)
                              .order_by(InterviewChange.id))
    return [ChangeRow(c.id, c.at, c.user, c.question, json.loads(c.old_value or "null"),
                      json.loads(c.new_value or "null"), c.reason) for c in changes]


# --- writing --------------------------------------------------------------------------------------

def save_draft(session: Session, round_id: int, home_id: int, answers: dict, version: int | None,
               respondent: int = 1) -> InterviewRow:
    """Keep what is typed so far, errors and all (one transaction per call).

    ``version=None`` starts a new interview; otherwise the version the form was opened with.
    Raises ``InterviewConflict`` (stale version, or the home already has an interview),
    ``InterviewIsComplete`` (correct a complete interview with ``complete_interview``) and
    ``UserError`` (home of another block, unknown round).
    """
    info = _round_info(session, round_id)
    questionnaire = _questionnaire(info)
    home = _home(session, info, home_id)
    _check_respondent(respondent)
    clean = _clean_answers(questionnaire, answers)
    return _write(session, info, home, respondent, clean, version, DRAFT, refuse_complete=True)


def complete_interview(session: Session, round_id: int, home_id: int, answers: dict, version: int | None,
                       respondent: int = 1, reason: str = REASON_CORRECTION,
                       evening_id: int | None = None) -> InterviewRow:
    """Check the answers and store them as complete (one transaction per call).

    A home without a "gesproken" door outcome gets one on ``evening_id``; without it (and with
    evenings in the round) ``EveningNeeded`` is raised and nothing is saved (``interview_outcome``).

    Errors → ``AnswersInvalid`` with ``.errors`` (nothing saved). The first complete interview of a
    round freezes its questionnaire version. Changing an interview that was already complete records
    one ``InterviewChange`` per changed question (user = the OS account, ``reason``).
    """
    info = _round_info(session, round_id)
    questionnaire = _questionnaire(info)
    home = _home(session, info, home_id)
    _check_respondent(respondent)
    clean = _clean_answers(questionnaire, answers)
    _check(session, info, questionnaire, clean)
    ensure_interview_outcome(session, info.id, home.id, home.code, evening_id)
    row = _write(session, info, home, respondent, clean, version, COMPLETE, reason=reason)
    _freeze_if_needed(session, info)
    return row


def delete_draft(session: Session, interview_id: int, version: int | None = None) -> None:
    """Throw away a draft (e.g. a form started for the wrong home). Complete interviews stay."""
    row = session.execute(select(Interview.status, Interview.version, Interview.round_id, Interview.home_id,
                                 Interview.respondent).where(Interview.id == interview_id)).first()
    if row is None:
        return
    if row.status != DRAFT:
        raise UserError("Dit gesprek is al afgerond en wordt niet als concept verwijderd.")
    if version is not None and row.version != version:
        raise InterviewConflict("Iemand anders heeft dit concept intussen opgeslagen; er is niets verwijderd.",
                                interview_id)
    session.execute(delete(Interview).where(Interview.id == interview_id, Interview.status == DRAFT)
                    .execution_options(synchronize_session=False))
    # The draft's consent answers go with it (a form begun for the wrong home consents to nothing).
    record_from_form(session, row.round_id, row.home_id, row.respondent, {})
