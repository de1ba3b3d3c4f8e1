"""A round's outcome codes (the door visit's result): list them and rename one."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError
from flatapp.services.round_rows import OutcomeRow
from flatapp.services.rounds.lookup import _clean, _outcome_row
from flatapp.services.rounds.rows import OUTCOME_LABEL_MAX
from flatapp.storage.round_models import OutcomeCode


def list_outcomes(session: Session, round_id: int) -> list[OutcomeRow]:
    outcomes = session.scalars(select(OutcomeCode).where(OutcomeCode.round_id == round_id).order_by(OutcomeCode.code))
    return [_outcome_row(o) for o in outcomes]


def update_outcome_label(session: Session, outcome_id: int, label: str) -> OutcomeRow:
    outcome = session.get(OutcomeCode, outcome_id)
    if outcome is None:
        raise UserError("Deze uitkomstcode bestaat niet (meer).")
    clean = _clean(label)
    if not clean:
        raise UserError(f"De omschrijving van uitkomst {outcome.code} mag niet leeg zijn.")
    if len(clean) > OUTCOME_LABEL_MAX:
        raise UserError(f"De omschrijving van uitkomst {outcome.code} is te lang (hoogstens {OUTCOME_LABEL_MAX} tekens).")
    same = session.scalar(select(OutcomeCode.code).where(
        OutcomeCode.round_id == outcome.round_id, OutcomeCode.id != outcome.id,
        func.lower(OutcomeCode.label) == clean.lower()))
    if same is not None:
        raise UserError(f"Uitkomst {same} heet al '{clean}'; kies een andere omschrijving.")
    outcome.label = clean
    session.flush()
    return _outcome_row(outcome)
