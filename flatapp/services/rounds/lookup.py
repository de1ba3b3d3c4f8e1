"""Shared look-ups of the round services: a round or evening by id (a Dutch error when gone) and ORM → row."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError
from flatapp.services.round_rows import EveningRow, OutcomeRow
from flatapp.services.rounds.rows import RoundRow
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from flatapp.storage.round_models import (
    Evening,
    OutcomeCode,
    Round,
    Team,
    Volunteer,
)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _round(session: Session, round_id: int) -> Round:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError("Deze ronde bestaat niet (meer).")
    return round_


def _evening(session: Session, evening_id: int) -> Evening:
    evening = session.get(Evening, evening_id)
    if evening is None:
        raise UserError("Deze avond bestaat niet (meer).")
    return evening


def _evening_of_round(session: Session, round_: Round, evening_id: int) -> Evening:
    evening = _evening(session, evening_id)
    if evening.round_id != round_.id:
        raise UserError(f"Deze avond ({_evening_row(evening).label}) hoort niet bij ronde '{round_.name}'.")
    return evening


def _evening_row(evening: Evening) -> EveningRow:
    return EveningRow(evening.id, evening.date, evening.starts, evening.ends, evening.version)


def _evening_key(evening: Evening) -> tuple:
    return (evening.date, evening.starts, evening.id)


def _outcome_row(outcome: OutcomeCode) -> OutcomeRow:
    return OutcomeRow(outcome.id, outcome.code, outcome.label, outcome.disposition,
                      bool(outcome.final), bool(outcome.asks_time))


def _questionnaire_label(version: QuestionnaireVersion | None) -> str:
    if version is None:
        return "geen vragenlijst"
    return f"{version.questionnaire.name}, versie {version.number}"


def _round_row(session: Session, round_: Round) -> RoundRow:
    def count(model) -> int:
        return int(session.scalar(select(func.count(model.id)).where(model.round_id == round_.id)) or 0)

    return RoundRow(
        id=round_.id,
        building_id=round_.building_id,
        building_name=round_.building.name,
        name=round_.name,
        period_start=round_.period_start,
        period_end=round_.period_end,
        questionnaire_version_id=round_.questionnaire_version_id,
        questionnaire_label=_questionnaire_label(round_.questionnaire_version),
        optional_sections=_section_codes(round_.optional_sections),
        organisation=round_.organisation or "",
        letter_text=round_.letter_text or "",
        evening_count=count(Evening),
        volunteer_count=count(Volunteer),
        team_count=count(Team),
        version=round_.version,
    )


def _section_codes(text: str | Iterable[str] | None) -> tuple[str, ...]:
    parts = text.split(",") if isinstance(text, str) else list(text or ())
    seen: list[str] = []
    for part in parts:
        code = part.strip()
        if code and code not in seen:
            seen.append(code)
    return tuple(seen)
