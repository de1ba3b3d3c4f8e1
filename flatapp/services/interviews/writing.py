"""Saving a draft, completing an interview and deleting a draft (each one versioned write)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from flatapp.services.consent import record_from_form
from flatapp.services.errors import UserError
from flatapp.services.interview_outcome import ensure_interview_outcome
from flatapp.services.interviews.rows import REASON_CORRECTION, InterviewConflict, InterviewRow
from flatapp.services.interviews.storing import (
    _check,
    _check_respondent,
    _clean_answers,
    _freeze_if_needed,
    _home,
    _questionnaire,
    _round_info,
    _write,
)
from flatapp.storage.interview_models import COMPLETE, DRAFT, Interview, InterviewChange  # noqa: F401 (re-exported)


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
