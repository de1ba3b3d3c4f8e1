"""The coordinator's decision on a resident's story before it may appear in public."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flatapp.storage.base import Base, utc_now
from flatapp.storage.interview_models import Interview


class QuoteApproval(Base):
    """Approved (with the text as it may be shown, edited to remove identifying details) or rejected.

    ``source_text`` is the story as it was typed when the decision was made: when the answer is corrected
    later, the decision no longer applies and the quote waits for a new decision.
    """

    __tablename__ = "quote_approval"
    __table_args__ = (UniqueConstraint("interview_id", name="uq_quote_approval_interview"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    source_text: Mapped[str] = mapped_column(Text, default="")
    public_text: Mapped[str] = mapped_column(Text, default="")
    # 'approved' or 'rejected'.
    status: Mapped[str] = mapped_column(String(12), default="approved")
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decided_at: Mapped[datetime] = mapped_column(default=utc_now)

    interview: Mapped[Interview] = relationship()
