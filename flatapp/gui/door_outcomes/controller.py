"""The door grid's way to the services: one service call, one transaction, plain rows back."""

from __future__ import annotations

from flatapp.gui.block_services import BlockServices


class DoorOutcomeEntry(BlockServices):
    """Runs the services for one block; no widgets."""
