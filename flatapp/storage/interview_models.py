"""Interviews: the answers from one paper form, their drafts, corrections and the double entry."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flatapp.storage.base import Base, utc_now
from flatapp.storage.models import Home
from flatapp.storage.round_models import Round

# An interview's status: typed so far (a draft) or saved as a whole form.
DRAFT, COMPLETE = "draft", "complete"


class Interview(Base):
    """One respondent's answers. Saved as a draft while typing; 'complete' once it passes the checks."""

    __tablename__ = "interview"
    __table_args__ = (UniqueConstraint("round_id", "home_id", "respondent", name="uq_interview_respondent"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    home_id: Mapped[int] = mapped_column(ForeignKey("home.id", ondelete="CASCADE"), index=True)
    # 1 for the usual one interview per home; 2, 3 … only as an explicit choice.
    respondent: Mapped[int] = mapped_column(Integer, default=1)
    # 'draft' or 'complete'.
    status: Mapped[str] = mapped_column(String(12), default="draft")
    # {question code: answer} as JSON: int code, list of codes, number, text, list of home codes.
    answers: Mapped[str] = mapped_column(Text, default="{}")
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    # Raised on every save; a save based on an older version is refused (two windows, one form).
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    round: Mapped[Round] = relationship()
    home: Mapped[Home] = relationship()
    changes: Mapped[list["InterviewChange"]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="InterviewChange.id"
    )


class InterviewChange(Base):
    """A correction to a complete interview: who changed which answer, when, from what to what."""

    __tablename__ = "interview_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    user: Mapped[str] = mapped_column(String(80), default="")
    question: Mapped[str] = mapped_column(String(24))
    old_value: Mapped[str] = mapped_column(Text, default="null")   # JSON
    new_value: Mapped[str] = mapped_column(Text, default="null")   # JSON
    # Why: 'correctie', 'dubbele invoer', 'import'.
    reason: Mapped[str] = mapped_column(String(40), default="")

    interview: Mapped[Interview] = relationship(back_populates="changes")


class VerificationEntry(Base):
    """The second, blind typing of a paper form (double entry), compared with the first."""

    __tablename__ = "verification_entry"
    __table_args__ = (UniqueConstraint("interview_id", name="uq_verification_interview"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    answers: Mapped[str] = mapped_column(Text, default="{}")
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    # 'open' until the coordinator resolved every difference, then 'resolved'.
    status: Mapped[str] = mapped_column(String(12), default="open")
    # Question codes that differed (JSON list), kept for the error rate per field.
    differed: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    interview: Mapped[Interview] = relationship()
