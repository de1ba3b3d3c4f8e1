"""Checking and storing a form's answers: the round's questionnaire (parsed once per definition), the home,
the respondent, the neighbours named, the versioned write with its change history, freezing the version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from flatapp.domain.addresses import HouseNumber
from flatapp.domain.answers import check_answers, decode_answers, normalise_answers
from flatapp.domain.questionnaire import Questionnaire, QuestionType, parse_round_questionnaire
from flatapp.services.activity import current_user
from flatapp.services.consent import record_from_form
from flatapp.services.errors import UserError
from flatapp.services.interviews.rows import (
    REASON_CORRECTION,
    REASON_IMPORT,
    RESPONDENT_MAX,
    AnswersInvalid,
    InterviewConflict,
    InterviewIsComplete,
    InterviewRow,
)
from flatapp.services.questionnaires import freeze_version
from flatapp.services.versioned import ConflictData, conflict_message, differences_of
from flatapp.storage.base import utc_now
from flatapp.storage.interview_models import COMPLETE, DRAFT, Interview, InterviewChange  # noqa: F401 (re-exported)
from flatapp.storage.models import Home
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from flatapp.storage.round_models import Round

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
        raise _stale(session, info, home, respondent, version, answers)
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
        raise _stale(session, info, home, respondent, version, answers)
    if existing.status == COMPLETE or reason == REASON_IMPORT:
        _record_changes(session, existing.id, old, answers, reason)
    record_from_form(session, info.id, home.id, respondent, answers)
    return InterviewRow(existing.id, info.id, home.id, home.code, home.label, respondent, status, answers,
                        version + 1, existing.entered_by, now)


def _stale(session: Session, info: _RoundInfo, home: _HomeInfo, respondent: int, seen: int | None,
           answers: dict) -> InterviewConflict:
    """The conflict of a save based on version ``seen`` while another one is stored: per question the
    stored answer and the typed one, for the conflict dialog."""
    stored = _existing(session, info.id, home.id, respondent)
    what = f"Het formulier van woning {home.code}{_who(respondent)}"
    if stored is None:
        data = ConflictData("interview", None, what, seen, None)
        return InterviewConflict(conflict_message(data), None, data)
    theirs = decode_answers(stored.answers)
    order = {q.code: (i, q.text) for i, q in enumerate(_questionnaire(info).questions())}
    labels = {code: f"{code} {order[code][1]}" if code in order else code for code in {*theirs, *answers}}
    wanted = {code: answers.get(code) for code in sorted(labels, key=lambda c: (order.get(c, (len(order),))[0], c))}
    data = ConflictData("interview", stored.id, what, seen, stored.version,
                        differences_of(theirs, wanted, labels), "", stored.updated_at)
    return InterviewConflict(conflict_message(data), stored.id, data)


def _freeze_if_needed(session: Session, info: _RoundInfo) -> None:
    if info.version_id is not None and not info.frozen:
        freeze_version(session, info.version_id)
