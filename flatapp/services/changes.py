"""What another user changed, asked cheaply: a few numbers that change whenever someone changes the blocks
or a block's homes. The window asks every few seconds and reads the list again only when they differ, on
SQLite and on PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.storage.models import Building, Home


def block_fingerprint(session: Session, building_id: int | None) -> tuple:
    blocks = tuple(session.execute(select(func.count(Building.id), func.max(Building.id))).one())
    if building_id is None:
        return blocks
    homes = tuple(session.execute(select(func.count(Home.id), func.max(Home.id), func.max(Home.updated_at))
                                  .where(Home.building_id == building_id)).one())
    return blocks + homes
