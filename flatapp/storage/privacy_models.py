"""What the privacy rules keep: a resident's consent per purpose, and the publications of a round.

Consent is a record of its own (not read from loose answers): who agreed to what, when, and when it
was withdrawn. A publication freezes the public figures of a round, so printing again gives the same
figures, and keeps per interview a keyed digest of each answer so that a later publication can tell
how many residents changed (flatapp.disclosure.publications).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The purposes a resident can agree to, each on its own (AVG art. 6/7: specific consent).
from flatapp.domain.consent import CONTACT, GROUP, PURPOSES, RESEARCH, STORY  # noqa: F401
from flatapp.storage.base import Base, utc_now
from flatapp.storage.models import Home
from flatapp.storage.round_models import Round


class Consent(Base):
    """One resident's answer to one purpose in one round; ``withdrawn_at`` ends a given consent."""

    __tablename__ = "consent"
    __table_args__ = (UniqueConstraint("round_id", "home_id", "respondent", "purpose", name="uq_consent_purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    home_id: Mapped[int] = mapped_column(ForeignKey("home.id", ondelete="CASCADE"), index=True)
    respondent: Mapped[int] = mapped_column(Integer, default=1)
    purpose: Mapped[str] = mapped_column(String(20))
    given: Mapped[bool] = mapped_column(Boolean, default=False)
    # Where the answer came from: 'formulier', 'mondeling', 'schriftelijk', 'inschrijflijst'.
    source: Mapped[str] = mapped_column(String(40), default="formulier")
    recorded_at: Mapped[datetime] = mapped_column(default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    withdrawn_at: Mapped[datetime | None] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[Round] = relationship()
    home: Mapped[Home] = relationship()

    @property
    def active(self) -> bool:
        return self.given and self.withdrawn_at is None


class Publication(Base):
    """The frozen public figures of a round (numbered 1, 2, … per round)."""

    __tablename__ = "publication"
    __table_args__ = (UniqueConstraint("round_id", "number", name="uq_publication_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    threshold: Mapped[int] = mapped_column(Integer)
    # The public results as JSON (flatapp.disclosure.publications decodes it).
    content: Mapped[str] = mapped_column(Text)
    # Per section the publication whose data it shows, and per interview a keyed digest per answer.
    basis: Mapped[str] = mapped_column(Text, default="{}")
    # Dutch: which figures were held back and why.
    note: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[Round] = relationship()
