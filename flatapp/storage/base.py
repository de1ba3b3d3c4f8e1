"""The declarative base with stable constraint names (Alembic needs them for SQLite batch moves)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(timezone=True)}


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class WallClock(TypeDecorator):
    """A local wall-clock time as typed (a door visit at 19:45), the same on SQLite and PostgreSQL.

    The column stays a timestamp with time zone. A naive value is taken as this computer's local time, so
    PostgreSQL keeps the right moment (it used to read a naive 19:45 in the server's zone, UTC, and the
    screen then showed 20:45); SQLite keeps the wall time as it always did. Read back, both give the
    naive local time."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.astimezone() if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            return value.astimezone().replace(tzinfo=None)
        return value
