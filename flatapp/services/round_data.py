"""The raw rows a round's figures are computed from, read in one place (analysis reads through here,
not with SQL of its own): the round's header, the block's homes, the door visits, the interviews and
the evenings. Plain tuples, read only."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Building, Entrance, Home
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from flatapp.storage.round_models import DoorAttempt, Evening, OutcomeCode, Round


def round_header(session: Session, round_id: int):
    """(id, name, building id, building name, questionnaire definition or None, optional sections)."""
    row = session.execute(
        select(Round.id, Round.name, Round.building_id, Building.name, QuestionnaireVersion.definition,
               Round.optional_sections)
        .join(Building, Building.id == Round.building_id)
        .outerjoin(QuestionnaireVersion, QuestionnaireVersion.id == Round.questionnaire_version_id)
        .where(Round.id == round_id)
    ).first()
    if row is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer).")
    return row


def block_homes(session: Session, building_id: int):
    """[(id, code, street, number, letter, addition, entrance name, entrance position, floor)]."""
    return session.execute(
        select(Home.id, Home.code, Home.street, Home.house_number, Home.house_letter, Home.addition,
               Entrance.name, Entrance.position, Home.floor)
        .outerjoin(Entrance, Entrance.id == Home.entrance_id)
        .where(Home.building_id == building_id)
    ).all()


def door_attempts(session: Session, round_id: int):
    """[(home id, evening id, at, attempt id, disposition)] of the round."""
    return session.execute(
        select(DoorAttempt.home_id, DoorAttempt.evening_id, DoorAttempt.at, DoorAttempt.id, OutcomeCode.disposition)
        .join(OutcomeCode, OutcomeCode.id == DoorAttempt.outcome_code_id)
        .where(DoorAttempt.round_id == round_id)
    ).all()


def interview_answers(session: Session, round_id: int):
    """[(home id, respondent, status, answers JSON)] ordered by home and respondent."""
    return session.execute(
        select(Interview.home_id, Interview.respondent, Interview.status, Interview.answers)
        .where(Interview.round_id == round_id).order_by(Interview.home_id, Interview.respondent)
    ).all()


def evening_times(session: Session, round_id: int):
    """[(evening id, date, start time)] in the order of the evenings."""
    return session.execute(
        select(Evening.id, Evening.date, Evening.starts).where(Evening.round_id == round_id)
        .order_by(Evening.date, Evening.starts, Evening.id)
    ).all()
