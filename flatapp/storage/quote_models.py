"""The coordinator's decision on a resident's story before it may appear in public."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
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
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    interview: Mapped[Interview] = relationship()
