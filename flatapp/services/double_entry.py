"""Double entry (as in EpiData / REDCap): a second typist enters a sample of the paper forms blind;
only the fields that differ are shown, the coordinator picks the right value, and the error rate per
question is kept.

Every function takes a Session; the caller owns the transaction.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from flatapp.domain.answers import check_answers, decode_answers
from flatapp.domain.questionnaire import Questionnaire
from flatapp.services.activity import current_user
from flatapp.services.consent import record_from_form
from flatapp.services.errors import UserError
from flatapp.services.interviews import COMPLETE, REASON_DOUBLE_ENTRY, AnswersInvalid, existing_home_codes
from flatapp.services.interviews.storing import (
    _clean_answers,
    _homes_named,
    _questionnaire,
    _record_changes,
    _round_info,
)
from flatapp.storage.base import utc_now
from flatapp.storage.interview_models import Interview, VerificationEntry

OPEN, RESOLVED = "open", "resolved"


@dataclass(frozen=True)
class Difference:
    question: str       # question code
    text: str           # the question as printed
    first: object       # the first entry's value as stored (None = not answered)
    second: object      # the second entry's value


@dataclass(frozen=True)
class QuestionStat:
    question: str
    text: str
    compared: int       # verified forms in which this question applied or was answered
    differed: int

    @property
    def error_rate(self) -> float:
        return self.differed / self.compared if self.compared else 0.0


@dataclass(frozen=True)
class DoubleEntryStats:
    complete: int       # complete interviews of the round
    verified: int       # of those, typed a second time
    open: int           # verifications with differences still to resolve
    questions: tuple[QuestionStat, ...]

    @property
    def share(self) -> float:
        return self.verified / self.complete if self.complete else 0.0


def _interview(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise UserError("Dit gesprek bestaat niet (meer).")
    return interview


def _entry(session: Session, interview_id: int) -> VerificationEntry | None:
    return session.scalar(select(VerificationEntry).where(VerificationEntry.interview_id == interview_id))


def _compare(questionnaire: Questionnaire, first: dict, second: dict) -> list[Difference]:
    differences = []
    known = set()
    for question in questionnaire.questions():
        known.add(question.code)
        if first.get(question.code) != second.get(question.code):
            differences.append(Difference(question.code, question.text, first.get(question.code),
                                          second.get(question.code)))
    for code in sorted((set(first) | set(second)) - known):   # answers to questions no longer asked
        if first.get(code) != second.get(code):
            differences.append(Difference(code, code, first.get(code), second.get(code)))
    return differences


def pick_sample(session: Session, round_id: int, share: float, seed: int | None = 2024) -> list[int]:
    """Ids of complete interviews not yet typed a second time: ``share`` (0 < share ≤ 1) of them,
    at least one, chosen at random (the same seed gives the same choice), sorted."""
    if not isinstance(share, (int, float)) or not 0 < share <= 1:
        raise UserError("Kies een deel tussen 0 en 100 % van de formulieren om opnieuw in te voeren.")
    _round_info(session, round_id)
    verified = select(VerificationEntry.interview_id)
    ids = list(session.scalars(
        select(Interview.id).where(Interview.round_id == round_id, Interview.status == COMPLETE,
                                   Interview.id.not_in(verified)).order_by(Interview.id)))
    if not ids:
        return []
    size = min(len(ids), max(1, math.ceil(share * len(ids) - 1e-9)))
    return sorted(random.Random(seed).sample(ids, size))


def save_verification(session: Session, interview_id: int, answers: dict) -> list[Difference]:
    """Store the second typing of a complete interview and return the differences (questionnaire order).

    Typing the same form again replaces an open second entry; a resolved one is refused.
    """
    interview = _interview(session, interview_id)
    if interview.status != COMPLETE:
        raise UserError("Alleen een afgerond gesprek kan een tweede keer worden ingevoerd.")
    info = _round_info(session, interview.round_id)
    questionnaire = _questionnaire(info)
    second = _clean_answers(questionnaire, answers)
    if not second:
        raise UserError("De tweede invoer is leeg; er is niets opgeslagen.")
    differences = _compare(questionnaire, decode_answers(interview.answers), second)
    entry = _entry(session, interview_id)
    if entry is not None and entry.status == RESOLVED:
        raise UserError("Dit formulier is al dubbel ingevoerd en afgehandeld.")
    if entry is None:
        entry = VerificationEntry(interview_id=interview_id)
        session.add(entry)
    entry.answers = json.dumps(second, ensure_ascii=False, sort_keys=True)
    entry.entered_by = current_user(session)
    entry.differed = json.dumps([d.question for d in differences])
    entry.status = OPEN if differences else RESOLVED
    entry.created_at = utc_now()
    session.flush()
    return differences


def differences(session: Session, interview_id: int) -> list[Difference]:
    """The differences still to resolve ([] when resolved, or when there is no second entry)."""
    entry = _entry(session, interview_id)
    if entry is None or entry.status == RESOLVED:
        return []
    interview = _interview(session, interview_id)
    questionnaire = _questionnaire(_round_info(session, interview.round_id))
    return _compare(questionnaire, decode_answers(interview.answers), decode_answers(entry.answers))


def resolve(session: Session, interview_id: int, chosen: dict[str, object]) -> list[Difference]:
    """Set the interview's answer of every differing question to the chosen value (None = unanswered).

    Every open difference needs a choice. Changed answers get an InterviewChange with reason
    'dubbele invoer'; the entry becomes 'resolved' and keeps ``differed`` for the error rate.
    The answers are checked as a whole (``AnswersInvalid``, nothing saved).
    """
    entry = _entry(session, interview_id)
    if entry is None:
        raise UserError("Dit formulier is nog niet een tweede keer ingevoerd.")
    if entry.status == RESOLVED:
        raise UserError("De verschillen van dit formulier zijn al afgehandeld.")
    interview = _interview(session, interview_id)
    info = _round_info(session, interview.round_id)
    questionnaire = _questionnaire(info)
    open_differences = _compare(questionnaire, decode_answers(interview.answers), decode_answers(entry.answers))
    codes = {d.question for d in open_differences}
    unknown = sorted(set(chosen) - codes)
    if unknown:
        raise UserError(f"Bij {', '.join(unknown)} is geen verschil; kies alleen bij de getoonde verschillen.")
    missing = [d.question for d in open_differences if d.question not in chosen]
    if missing:
        raise UserError(f"Kies nog een waarde bij {', '.join(missing)}; er is niets opgeslagen.")
    old = decode_answers(interview.answers)
    merged = dict(old)
    for code, value in chosen.items():
        merged[code] = value
    new = _clean_answers(questionnaire, merged)
    homes = existing_home_codes(session, info.building_id, _homes_named(questionnaire, new))
    errors = check_answers(questionnaire, new, homes)
    if errors:
        raise AnswersInvalid(errors)
    if new != old:
        session.execute(update(Interview).where(Interview.id == interview.id)
                        .values(answers=json.dumps(new, ensure_ascii=False, sort_keys=True),
                                version=Interview.version + 1, updated_at=utc_now())
                        .execution_options(synchronize_session=False))
        session.expire(interview)
        _record_changes(session, interview.id, old, new, REASON_DOUBLE_ENTRY)
        record_from_form(session, interview.round_id, interview.home_id, interview.respondent, new)
    entry.status = RESOLVED
    session.flush()
    return open_differences


def double_entry_stats(session: Session, round_id: int) -> DoubleEntryStats:
    """How much was typed twice and how often each question differed."""
    info = _round_info(session, round_id)
    questionnaire = _questionnaire(info)
    complete = session.scalar(select(func.count(Interview.id))
                              .where(Interview.round_id == round_id, Interview.status == COMPLETE)) or 0
    entries = session.execute(
        select(VerificationEntry.answers, VerificationEntry.differed, VerificationEntry.status)
        .join(Interview, Interview.id == VerificationEntry.interview_id)
        .where(Interview.round_id == round_id, Interview.status == COMPLETE)).all()
    compared = {q.code: 0 for q in questionnaire.questions()}
    differed = dict.fromkeys(compared, 0)
    for answers_text, differed_text, _status in entries:
        second = decode_answers(answers_text)
        try:
            codes = set(json.loads(differed_text or "[]"))
        except ValueError:
            codes = set()
        for question in questionnaire.questions():
            if question.code in codes or question.code in second or not questionnaire.is_skipped(question, second):
                compared[question.code] += 1
            if question.code in codes:
                differed[question.code] += 1
    stats = tuple(QuestionStat(q.code, q.text, compared[q.code], differed[q.code]) for q in questionnaire.questions())
    return DoubleEntryStats(complete=int(complete), verified=len(entries),
                            open=sum(1 for e in entries if e[2] == OPEN), questions=stats)
