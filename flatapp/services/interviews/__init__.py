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

The package: ``rows`` (rows and refusals), ``storing`` (checks and the versioned write), ``reading``,
``writing`` (drafts, completing, deleting).
"""

from __future__ import annotations

from flatapp.services.interviews.reading import (
    drafts,
    find_homes,
    get_interview,
    history,
    interview_counts,
    list_interviews,
    next_respondent,
    open_interview,
    pick_home,
)
from flatapp.services.interviews.rows import (
    REASON_CORRECTION,
    REASON_DOUBLE_ENTRY,
    REASON_IMPORT,
    RESPONDENT_MAX,
    AnswersInvalid,
    ChangeRow,
    InterviewConflict,
    InterviewCounts,
    InterviewIsComplete,
    InterviewRow,
)
from flatapp.services.interviews.storing import existing_home_codes, round_questionnaire
from flatapp.services.interviews.writing import complete_interview, delete_draft, save_draft
from flatapp.storage.interview_models import COMPLETE, DRAFT

__all__ = ["AnswersInvalid", "COMPLETE", "ChangeRow", "DRAFT", "InterviewConflict", "InterviewCounts", "InterviewIsComplete", "InterviewRow", "REASON_CORRECTION", "REASON_DOUBLE_ENTRY", "REASON_IMPORT", "RESPONDENT_MAX", "complete_interview", "delete_draft", "drafts", "existing_home_codes", "find_homes", "get_interview", "history", "interview_counts", "list_interviews", "next_respondent", "open_interview", "pick_home", "round_questionnaire", "save_draft"]
