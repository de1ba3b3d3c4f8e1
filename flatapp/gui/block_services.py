"""The controllers' way to the services: one session per read, one transaction per write."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flatapp.storage.database import Database

T = TypeVar("T")


class BlockServices:
    """Runs service functions for one block of one database; holds no widgets."""

    def __init__(self, database: Database, building_id: int):
        self.database = database
        self.building_id = building_id

    def read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.database.session() as session:
            return function(session, *args, **kwargs)

    def write(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """One save is one transaction: all of it, or (on any error) nothing."""
        with self.database.session() as session, session.begin():
            return function(session, *args, **kwargs)
