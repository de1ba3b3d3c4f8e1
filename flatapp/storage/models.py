"""Typed SQLAlchemy models: building, entrance, home.

Address parts are kept apart (street, number, letter, addition) because the
corporation matches on them and printing sorts on them. Letter and addition are
stored as '' rather than NULL so the unique address constraint works everywhere.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flatapp.storage.base import Base, utc_now


class Building(Base):
    __tablename__ = "building"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # Short prefix of the printed home codes (e.g. "VF" gives VF-001).
    code: Mapped[str] = mapped_column(String(12), unique=True)
    city: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    entrances: Mapped[list["Entrance"]] = relationship(
        back_populates="building", cascade="all, delete-orphan", order_by="Entrance.position"
    )
    homes: Mapped[list["Home"]] = relationship(
        back_populates="building", cascade="all, delete-orphan"
    )


class Entrance(Base):
    __tablename__ = "entrance"
    __table_args__ = (UniqueConstraint("building_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    # Left-to-right order on the facade map.
    position: Mapped[int] = mapped_column(Integer, default=0)

    building: Mapped[Building] = relationship(back_populates="entrances")
    homes: Mapped[list["Home"]] = relationship(back_populates="entrance")


class Home(Base):
    __tablename__ = "home"
    __table_args__ = (
        UniqueConstraint("building_id", "code", name="uq_home_code"),
        UniqueConstraint(
            "building_id", "postcode", "house_number", "house_letter", "addition", name="uq_home_address"
        ),
        UniqueConstraint("building_id", "vhe_code", name="uq_home_vhe_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), index=True)
    entrance_id: Mapped[int | None] = mapped_column(
        ForeignKey("entrance.id", ondelete="SET NULL"), index=True
    )
    # Stable code printed on door lists and forms; never changes when the address is corrected.
    code: Mapped[str] = mapped_column(String(24))
    street: Mapped[str] = mapped_column(String(120))
    house_number: Mapped[int] = mapped_column(Integer)
    house_letter: Mapped[str] = mapped_column(String(4), default="")
    addition: Mapped[str] = mapped_column(String(12), default="")
    postcode: Mapped[str] = mapped_column(String(7))
    city: Mapped[str] = mapped_column(String(80), default="")
    # The corporation's unit code (VHE); NULL when the export has none.
    vhe_code: Mapped[str | None] = mapped_column(String(40))
    # 0 is the ground floor (begane grond), negative is a basement.
    floor: Mapped[int] = mapped_column(Integer, default=0)
    unit_type: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    # Raised on every save; a save or delete based on an older version is refused (flatapp.services.versioned).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved it last and when (shown in the conflict dialog); '' and None before anyone changed it.
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column()

    building: Mapped[Building] = relationship(back_populates="homes")
    entrance: Mapped[Entrance | None] = relationship(back_populates="homes")


class ActivityLog(Base):
    """Who did what, when: imports, corrections, exports. Kept for accountability (AVG)."""

    __tablename__ = "activity_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    user: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(40))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id", ondelete="SET NULL"))
    # A short Dutch sentence a coordinator can read in the history.
    summary: Mapped[str] = mapped_column(Text, default="")
    # Machine-readable detail (JSON text), e.g. the fields a correction changed.
    details: Mapped[str] = mapped_column(Text, default="{}")
    # The tier of what left the database ('openbaar', 'intern', 'vertrouwelijk'), '' for other work.
    tier: Mapped[str] = mapped_column(String(16), default="")
    # Where it went: a file name, 'scherm', 'printer'; '' when nothing left the database.
    target: Mapped[str] = mapped_column(Text, default="")
