"""After the tent: the people who want to take part, the working groups, their partners and actions.

A ``Person`` is one resident as the coordinator knows them after a round: from a form with contact
consent (CT1) or from one or more sign-up sheets (``SignUp``); the same resident on several sheets is
one person. The follow-up list is the persons with their follow-up status. A ``WorkingGroup`` belongs to
a block; its members are persons (named only with consent), its partners are organisations kept once
(``Partner``), and its ``GroupAction`` rows say what, who, by when, status and result. Every record that
two people can edit carries a ``version`` (a stale save is refused).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flatapp.storage.base import Base, utc_now
from flatapp.storage.models import Building, Home
from flatapp.storage.round_models import Round

# Follow-up status of a person (Dutch values are what the coordinator sees and types).
TO_CALL, CALLED, JOINED, NOT_INTERESTED = "te bellen", "gebeld", "doet mee", "geen interesse"
FOLLOW_UP_STATUSES = (TO_CALL, CALLED, JOINED, NOT_INTERESTED)

# What a partner can bring.
OFFERS = ("mensen", "contacten", "kennis", "geld", "middelen")

# Who does an action, and its status.
BY_RESIDENT, BY_PARTNER, BY_COORDINATOR = "bewoner", "partner", "coördinator"
ACTION_OPEN, ACTION_BUSY, ACTION_DONE, ACTION_DROPPED = "open", "bezig", "klaar", "vervallen"
ACTION_STATUSES = (ACTION_OPEN, ACTION_BUSY, ACTION_DONE, ACTION_DROPPED)


class Person(Base):
    """One resident who wants to take part or be contacted, in one round."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    # The home, when the house number could be matched to the block (None: not (yet) matched).
    home_id: Mapped[int | None] = mapped_column(ForeignKey("home.id", ondelete="CASCADE"), index=True)
    # The interview this person answered CT1 'ja' on, if any.
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interview.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    follow_up_status: Mapped[str] = mapped_column(String(20), default=TO_CALL)
    follow_up_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    round: Mapped[Round] = relationship()
    home: Mapped[Home | None] = relationship()


class SignUp(Base):
    """One line of a sign-up sheet from the tent, typed in as it was written."""

    __tablename__ = "sign_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(120))
    # What was written in the house-number box (kept when it matched no home).
    house_text: Mapped[str] = mapped_column(String(40), default="")
    may_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    wants_to_organise: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    person: Mapped[Person] = relationship()


class Partner(Base):
    """An organisation that helps (corporation and its caretaker, youth work, platform, police …), kept once."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(60), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    # What it can bring: comma-separated values of OFFERS.
    offers: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class WorkingGroup(Base):
    """Residents working on one topic in one block."""

    __tablename__ = "working_group"
    __table_args__ = (UniqueConstraint("building_id", "name", name="uq_working_group_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), index=True)
    # The round whose tent started it (None: started otherwise).
    round_id: Mapped[int | None] = mapped_column(ForeignKey("round.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(120))
    topic: Mapped[str] = mapped_column(String(120), default="")
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    # A link to, or the name of, the group's app.
    group_app: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    building: Mapped[Building] = relationship()
    members: Mapped[list["GroupMember"]] = relationship(back_populates="group", cascade="all, delete-orphan")
    partners: Mapped[list["GroupPartner"]] = relationship(back_populates="group", cascade="all, delete-orphan")
    actions: Mapped[list["GroupAction"]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="GroupAction.id")


class GroupMember(Base):
    __tablename__ = "group_member"
    __table_args__ = (UniqueConstraint("group_id", "person_id", name="uq_group_member"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("working_group.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    joined_on: Mapped[date | None] = mapped_column(Date)

    group: Mapped[WorkingGroup] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class GroupPartner(Base):
    __tablename__ = "group_partner"
    __table_args__ = (UniqueConstraint("group_id", "partner_id", name="uq_group_partner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("working_group.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    # What the partner brings to this group (free text, e.g. 'de huismeester ruimt de containers').
    brings: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[WorkingGroup] = relationship(back_populates="partners")
    partner: Mapped[Partner] = relationship()


class GroupAction(Base):
    """What a group does next: what, who, by when, status and a short result."""

    __tablename__ = "group_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("working_group.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(Text)
    # 'bewoner', 'partner' or 'coördinator', with the person or partner when known.
    who_kind: Mapped[str] = mapped_column(String(20), default=BY_COORDINATOR)
    who_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    who_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=ACTION_OPEN)
    result: Mapped[str] = mapped_column(Text, default="")
    done_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    group: Mapped[WorkingGroup] = relationship(back_populates="actions")
