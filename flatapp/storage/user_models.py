"""The people who use a shared FlatApp database, their role, and the rounds a typist works on.

A database without users is a single-user laptop: whoever opens it is the coordinator (as before
users existed). On PostgreSQL a user's ``name`` is their database login; on SQLite it is the
computer's login name (flatapp.services.access).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from flatapp.storage.base import Base, utc_now
from flatapp.storage.round_models import Round


class AppUser(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The login name: PostgreSQL's role name, or the computer's user name on SQLite.
    name: Mapped[str] = mapped_column(String(63), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20))          # flatapp.domain.roles.Role
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class UserRound(Base):
    """A typist assigned to a round: they enter its door outcomes and forms."""

    __tablename__ = "user_round"
    __table_args__ = (UniqueConstraint("user_id", "round_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey(Round.id, ondelete="CASCADE"), index=True)
