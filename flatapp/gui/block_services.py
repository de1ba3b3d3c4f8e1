"""The controllers' way to the services: the runner (one session per read, one transaction per write, slow
work on a worker thread) for one block."""

from __future__ import annotations

from flatapp.gui.runner import ServiceRunner
from flatapp.storage.database import Database


class BlockServices(ServiceRunner):
    """Runs service functions for one block of one database (``read``/``write``/``run_slow`` of the
    runner); holds no widgets."""

    def __init__(self, database: Database, building_id: int):
        super().__init__(database)
        self.building_id = building_id
