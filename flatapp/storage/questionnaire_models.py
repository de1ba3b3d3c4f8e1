"""Questionnaires and their versions. A version's definition (JSON) is frozen once answers exist."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flatapp.storage.base import Base, utc_now


class QuestionnaireRecord(Base):
    __tablename__ = "questionnaire"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # Key of the built-in template it was copied from ("kennen_en_helpen"), '' for none.
    template: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    versions: Mapped[list["QuestionnaireVersion"]] = relationship(
        back_populates="questionnaire", cascade="all, delete-orphan", order_by="QuestionnaireVersion.number"
    )


class QuestionnaireVersion(Base):
    __tablename__ = "questionnaire_version"
    __table_args__ = (UniqueConstraint("questionnaire_id", "number", name="uq_questionnaire_version_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    # flatapp.domain.questionnaire.to_dict as JSON text.
    definition: Mapped[str] = mapped_column(Text)
    # Set when a round with answers uses it: editing then makes a new version.
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    questionnaire: Mapped[QuestionnaireRecord] = relationship(back_populates="versions")
