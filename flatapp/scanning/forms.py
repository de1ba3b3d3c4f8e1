"""The scan's side of a form and a door list: the round's facts the intake and the review need, the answers
of a home's form with their source pages, and finishing a form through the interview service's own checks.

Drafts and completing go through ``flatapp.services.interviews`` (the same checks as typing); door outcomes
through ``flatapp.services.door_outcomes`` (the same as the door grid).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain.questionnaire import Questionnaire
from flatapp.services.door_outcomes import record_attempt
from flatapp.services.errors import UserError
from flatapp.services.interviews import complete_interview, open_interview, round_questionnaire, save_draft
from flatapp.services.interviews.rows import InterviewRow
from flatapp.storage.interview_models import DRAFT
from flatapp.storage.models import Home
from flatapp.storage.round_models import DoorAttempt, Evening, OutcomeCode, Round
from flatapp.storage.scan_models import ITEM_OPEN, ScanAnswer, ScanBatch, ScanItem, ScanPage


@dataclass
class RoundFacts:
    """What reading pages of one round needs, fetched once."""

    round_id: int
    name: str
    building_id: int
    version_id: int | None
    homes: dict[str, int]                 # home code → id
    codes: dict[int, str]                 # home id → code
    outcomes: dict[int, OutcomeCode]      # printed code → outcome
    questionnaire: Questionnaire | None
    questionnaire_problem: str = ""


def round_facts(session: Session, round_id: int) -> RoundFacts:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer); kies een ronde van deze flat.")
    homes = dict(session.execute(select(Home.code, Home.id).where(Home.building_id == round_.building_id)).all())
    outcomes = {o.code: o for o in session.scalars(select(OutcomeCode).where(OutcomeCode.round_id == round_id))}
    try:
        questionnaire, problem = round_questionnaire(session, round_id), ""
    except UserError as error:
        questionnaire, problem = None, str(error)
    return RoundFacts(round_.id, round_.name, round_.building_id, round_.questionnaire_version_id, homes,
                      {v: k for k, v in homes.items()}, outcomes, questionnaire, problem)


def outcome_for(facts: RoundFacts, value: str) -> OutcomeCode | None:
    """The outcome a door list's box stands for: its printed code ("3"; ``door_boxes`` records the code)."""
    return facts.outcomes.get(int(value)) if value.strip().isdigit() else None


def default_evening(session: Session, round_id: int, today: date | None = None) -> Evening | None:
    """The evening a scanned form or an all-round door list is put on: the round's last evening up to
    today (the one the entry form offers), else its first; None for a round without evenings."""
    evenings = list(session.scalars(select(Evening).where(Evening.round_id == round_id)
                                    .order_by(Evening.date, Evening.starts)))
    if not evenings:
        return None
    past = [e for e in evenings if e.date <= (today or date.today())]
    return past[-1] if past else evenings[0]


def save_door_outcome(session: Session, facts: RoundFacts, home_id: int, outcome: OutcomeCode,
                      evening: Evening | None, team_id: int | None) -> bool:
    """Record the ticked outcome for the evening, through the door grid's service; False when exactly this
    outcome is already recorded for the home that evening (a list read twice saves nothing twice)."""
    already = session.scalar(select(DoorAttempt.id).where(
        DoorAttempt.round_id == facts.round_id, DoorAttempt.home_id == home_id,
        DoorAttempt.outcome_code_id == outcome.id,
        DoorAttempt.evening_id == (evening.id if evening is not None else None)).limit(1))
    if already is not None:
        return False
    at = datetime.combine(evening.date, evening.starts) if evening is not None else datetime.now()
    record_attempt(session, facts.round_id, home_id, outcome.code, at,
                   evening_id=evening.id if evening is not None else None, team_id=team_id)
    return True


def scanned_questions(session: Session, interview_id: int) -> set[str]:
    return set(session.scalars(select(ScanAnswer.question).where(ScanAnswer.interview_id == interview_id)))


def writable_draft(session: Session, row: InterviewRow | None) -> str:
    """'' when the scan may fill this home's form (no form yet, or a draft made from scans only); else why
    not, in Dutch: a complete form or a typed draft is never overwritten."""
    if row is None:
        return ""
    if row.status != DRAFT:
        return (f"woning {row.home_code} heeft al een afgerond formulier; de scan heeft niets overschreven "
                "(de pagina is bewaard; vergelijk zo nodig en corrigeer in het formulier)")
    if set(row.answers) - scanned_questions(session, row.id):
        return (f"woning {row.home_code} heeft al een getypt concept; de scan heeft niets overschreven "
                "(de pagina is bewaard; typ het formulier verder af)")
    return ""


def store_answers(session: Session, round_id: int, home_id: int, changes: dict[str, object],
                  sources: dict[str, int], how: str) -> InterviewRow:
    """Put ``changes`` (question → answer, None removes it) into the home's draft, and note the scan page
    each came from."""
    row = open_interview(session, round_id, home_id)
    answers = dict(row.answers) if row is not None else {}
    for code, value in changes.items():
        if value is None:
            answers.pop(code, None)
        else:
            answers[code] = value
    saved = save_draft(session, round_id, home_id, answers, row.version if row is not None else None)
    for code, page_id in sources.items():
        existing = session.scalar(select(ScanAnswer).where(ScanAnswer.interview_id == saved.id,
                                                           ScanAnswer.question == code))
        if existing is None:
            session.add(ScanAnswer(interview_id=saved.id, question=code, page_id=page_id, how=how))
        else:
            existing.page_id, existing.how = page_id, how
    session.flush()
    return saved


def open_items_of_home(session: Session, round_id: int, home_id: int) -> int:
    return session.scalar(
        select(func.count(ScanItem.id)).join(ScanPage, ScanPage.id == ScanItem.page_id)
        .join(ScanBatch, ScanBatch.id == ScanPage.batch_id)
        .where(ScanBatch.round_id == round_id, ScanPage.home_id == home_id, ScanItem.status == ITEM_OPEN)) or 0


def finish_form(session: Session, round_id: int, home_id: int, today: date | None = None) -> str:
    """Complete the home's scanned draft through the interview service's checks. Returns '' when it is
    complete (or was already), else the service's Dutch reason: the form then waits for the coordinator."""
    row = open_interview(session, round_id, home_id)
    if row is None or row.is_complete:
        return ""
    evening = default_evening(session, round_id, today)
    try:
        with session.begin_nested():
            complete_interview(session, round_id, home_id, row.answers, row.version,
                               evening_id=evening.id if evening is not None else None)
    except UserError as error:
        return str(error)
    return ""
