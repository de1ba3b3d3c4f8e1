"""A canvassing round: evenings, volunteers, teams, door assignments, outcome codes and attempts."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flatapp.storage.base import Base, WallClock, utc_now
from flatapp.storage.models import Building, Home
from flatapp.storage.questionnaire_models import QuestionnaireVersion


class Round(Base):
    __tablename__ = "round"
    __table_args__ = (UniqueConstraint("building_id", "name", name="uq_round_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    questionnaire_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("questionnaire_version.id", ondelete="RESTRICT"), index=True
    )
    # Optional sections (e.g. the CBS cohesion block) this round asks, comma-separated codes.
    optional_sections: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(160), default="")
    # The editable text of the announcement letter.
    letter_text: Mapped[str] = mapped_column(Text, default="")
    # Personal data is kept until this date (None: one year after the last evening).
    retention_until: Mapped[date | None] = mapped_column(Date)
    # When the round's personal data was removed (flatapp privacy purge); aggregates stay.
    purged_at: Mapped[datetime | None] = mapped_column()
    # Who signs the letters and invitations, and how residents reach them (flatapp round set).
    sender_name: Mapped[str] = mapped_column(String(120), default="")
    sender_role: Mapped[str] = mapped_column(String(120), default="")
    sender_phone: Mapped[str] = mapped_column(String(40), default="")
    sender_email: Mapped[str] = mapped_column(String(120), default="")
    organisation_logo: Mapped[str] = mapped_column(String(500), default="")
    # The housing corporation the round is run with (named on letters, invitations and the report).
    corporation_name: Mapped[str] = mapped_column(String(160), default="")
    corporation_logo: Mapped[str] = mapped_column(String(500), default="")
    # The tent where the results are shown: date, times and place (for the invitation).
    tent_date: Mapped[date | None] = mapped_column(Date)
    tent_starts: Mapped[time | None] = mapped_column(Time)
    tent_ends: Mapped[time | None] = mapped_column(Time)
    tent_place: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    building: Mapped[Building] = relationship()
    questionnaire_version: Mapped[QuestionnaireVersion | None] = relationship()
    evenings: Mapped[list["Evening"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="[Evening.date, Evening.starts]"
    )
    volunteers: Mapped[list["Volunteer"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="Volunteer.name"
    )
    teams: Mapped[list["Team"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="Team.position"
    )
    outcome_codes: Mapped[list["OutcomeCode"]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="OutcomeCode.code"
    )


class Evening(Base):
    __tablename__ = "evening"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    round: Mapped[Round] = relationship(back_populates="evenings")


class Volunteer(Base):
    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    round: Mapped[Round] = relationship(back_populates="volunteers")


class Team(Base):
    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("round_id", "name", name="uq_team_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    round: Mapped[Round] = relationship(back_populates="teams")
    members: Mapped[list["TeamMember"]] = relationship(back_populates="team", cascade="all, delete-orphan")


class TeamMember(Base):
    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("team_id", "volunteer_id", name="uq_team_member"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"), index=True)

    team: Mapped[Team] = relationship(back_populates="members")
    volunteer: Mapped[Volunteer] = relationship()


class Assignment(Base):
    """Which team rings which door on which evening (one team per door per evening)."""

    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("evening_id", "home_id", name="uq_assignment_door"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evening_id: Mapped[int] = mapped_column(ForeignKey("evening.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    home_id: Mapped[int] = mapped_column(ForeignKey("home.id", ondelete="CASCADE"), index=True)
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    evening: Mapped[Evening] = relationship()
    team: Mapped[Team] = relationship()
    home: Mapped[Home] = relationship()


class OutcomeCode(Base):
    """A door outcome the volunteer ticks; the number is printed on the list and typed at entry."""

    __tablename__ = "outcome_code"
    __table_args__ = (UniqueConstraint("round_id", "code", name="uq_outcome_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    code: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(60))
    # AAPOR disposition group: interview, partial, refusal, non_contact, not_eligible, other.
    disposition: Mapped[str] = mapped_column(String(20))
    # No further visits after this outcome (interview, refusal, "niet meer aanbellen", vacant).
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    # Asks for a time to come back ("later terugkomen").
    asks_time: Mapped[bool] = mapped_column(Boolean, default=False)

    round: Mapped[Round] = relationship(back_populates="outcome_codes")


class DoorAttempt(Base):
    """One ring at one door: when, by which team, with which outcome."""

    __tablename__ = "door_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    home_id: Mapped[int] = mapped_column(ForeignKey("home.id", ondelete="CASCADE"), index=True)
    evening_id: Mapped[int | None] = mapped_column(ForeignKey("evening.id", ondelete="SET NULL"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    outcome_code_id: Mapped[int] = mapped_column(ForeignKey("outcome_code.id", ondelete="RESTRICT"))
    at: Mapped[datetime] = mapped_column(WallClock())   # the volunteers' own time, as typed
    come_back: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    outcome: Mapped[OutcomeCode] = relationship()
    home: Mapped[Home] = relationship()
