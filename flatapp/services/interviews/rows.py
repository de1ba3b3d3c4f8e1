"""What entering forms hands back: interview and change rows, counts, and the refusals (UserErrors)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flatapp.domain.answers import FieldError
from flatapp.domain.dutch import counted
from flatapp.services.errors import UserError
from flatapp.services.versioned import ConflictData, VersionConflict
from flatapp.storage.interview_models import COMPLETE, DRAFT, Interview, InterviewChange  # noqa: F401 (re-exported)

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


class InterviewConflict(VersionConflict):
    """Someone (another window or user) saved or created this form meanwhile; nothing was saved.

    ``interview_id`` is the interview to open instead (None when it no longer exists). For a save based
    on a stale version, ``data`` compares the answers per question (the conflict dialog's rows). The form
    resolves it itself (``caller_resolves``): it must show the merged answers, not only save them.
    """

    caller_resolves = True

    def __init__(self, message: str, interview_id: int | None = None, data: ConflictData | None = None) -> None:
        super().__init__(message, data)
        self.interview_id = interview_id


class AnswersInvalid(UserError):
    """The answers do not pass the checks; ``errors`` says which field and why. Nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        count = len(errors)
        head = counted(count, "fout", "fouten")
        lines = "; ".join(error.message for error in errors[:5])
        more = f" (en nog {count - 5})" if count > 5 else ""
        super().__init__(f"Het formulier is niet afgerond: {head}: {lines}{more}. Er is niets opgeslagen als afgerond.")
        self.errors = list(errors)


class InterviewIsComplete(UserError):
    """A complete interview is changed with ``complete_interview`` (checked, with history), not as a draft."""
