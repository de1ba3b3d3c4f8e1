"""Door outcomes and interviews are one truth: a complete interview has a "gesproken" door outcome.

Without it the response tile (interviews) and the per-evening table (door outcomes) count
different things, and the next door list sends volunteers back to a home already spoken to.
Completing a form (or importing one) for a home without an interview outcome therefore records
one on the evening it happened: the typist names the evening, an import takes its evening column
or else the round's last evening. A round without evenings records it without one, at the time
of typing (nothing to ask).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError
from flatapp.services.round_rows import dutch_date, wall_clock
from flatapp.storage.round_models import DoorAttempt, Evening, OutcomeCode

INTERVIEW_DISPOSITION = "interview"
NOTE = "vastgelegd bij het invoeren van het formulier"


@dataclass(frozen=True)
class EveningChoice:
    id: int
    label: str          # "di 24-11-2026 18:30–20:30"
    date: date


class EveningNeeded(UserError):
    """The home has no "gesproken" outcome yet: ask on which evening the form was filled in."""

    def __init__(self, home_code: str, evenings: list[EveningChoice]) -> None:
        super().__init__(f"Bij woning {home_code} staat nog geen 'gesproken' bij de deuruitkomsten. "
                         "Kies op welke avond dit gesprek was; dan wordt dat daar vastgelegd.")
        self.home_code = home_code
        self.evenings = evenings


_WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def evening_choices(session: Session, round_id: int) -> list[EveningChoice]:
    """The round's evenings, earliest first."""
    evenings = session.scalars(select(Evening).where(Evening.round_id == round_id)
                               .order_by(Evening.date, Evening.starts)).all()
    return [EveningChoice(e.id, f"{_WEEKDAYS[e.date.weekday()]} {dutch_date(e.date)} "
                                f"{e.starts:%H:%M}–{e.ends:%H:%M}", e.date) for e in evenings]


def has_interview_outcome(session: Session, round_id: int, home_id: int) -> bool:
    return session.scalar(
        select(DoorAttempt.id).join(OutcomeCode, DoorAttempt.outcome_code_id == OutcomeCode.id)
        .where(DoorAttempt.round_id == round_id, DoorAttempt.home_id == home_id,
               OutcomeCode.disposition == INTERVIEW_DISPOSITION).limit(1)
    ) is not None


def _interview_code(session: Session, round_id: int) -> OutcomeCode:
    code = session.scalar(select(OutcomeCode).where(OutcomeCode.round_id == round_id,
                                                    OutcomeCode.disposition == INTERVIEW_DISPOSITION)
                          .order_by(OutcomeCode.code).limit(1))
    if code is None:
        raise UserError("Deze ronde heeft geen uitkomstcode voor 'gesproken'; voeg die toe bij de "
                        "uitkomstcodes en sla het formulier dan opnieuw op.")
    return code


def ensure_interview_outcome(session: Session, round_id: int, home_id: int, home_code: str,
                             evening_id: int | None) -> bool:
    """Record "gesproken" for the home on ``evening_id`` unless it has an interview outcome already.

    Returns True when an outcome was added. Raises ``EveningNeeded`` when one is needed, the round has
    evenings and none was named; a ``evening_id`` of another round is refused.
    """
    if has_interview_outcome(session, round_id, home_id):
        return False
    choices = evening_choices(session, round_id)
    if evening_id is None and choices:
        raise EveningNeeded(home_code, choices)
    outcome = _interview_code(session, round_id)
    at = wall_clock(datetime.now()).replace(second=0, microsecond=0)
    if evening_id is not None:
        evening = session.get(Evening, evening_id)
        if evening is None or evening.round_id != round_id:
            raise UserError("Deze avond hoort niet bij deze ronde; kies een avond van de ronde.")
        # After any ring that evening (the conversation ended the visits), else at its start.
        last = session.scalar(select(func.max(DoorAttempt.at)).where(DoorAttempt.round_id == round_id,
                                                                     DoorAttempt.home_id == home_id,
                                                                     DoorAttempt.evening_id == evening_id))
        at = datetime.combine(evening.date, evening.starts)
        if last is not None:
            at = max(at, wall_clock(last) + timedelta(minutes=1))
    session.add(DoorAttempt(round_id=round_id, home_id=home_id, evening_id=evening_id, team_id=None,
                            outcome_code_id=outcome.id, at=at, come_back="", note=NOTE))
    session.flush()
    return True
