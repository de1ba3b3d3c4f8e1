"""The round's pages (tabs) of the main window: the registry of page classes and the ``Page`` protocol they meet."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from flatapp.storage.database import Database


class Page(Protocol):
    """What the main window asks of every round page (each class in ``PAGES`` has these)."""

    def set_building(self, building_id: int) -> None:
        """Show the round(s) of another block."""

    def reload(self) -> None:
        """Read everything again from the database."""

    def save_pending(self) -> None:
        """Save what is still pending (a form's draft, the door log) before the page is dropped."""

    def refresh_from_others(self) -> bool:
        """Another user changed the block: show it without losing what is being typed. False when the page
        waits because something typed is not saved yet (the change watch asks again later)."""

    def setParent(self, parent: QWidget | None) -> None:  # noqa: N802 (QWidget)
        ...

    def deleteLater(self) -> None:  # noqa: N802 (QWidget)
        ...


class RoundPage(Page, Protocol):
    """A page that opens on the round being prepared on the planner tab (doors, forms, results)."""

    def select_round(self, round_id: int) -> None:
        """Show round ``round_id`` (when it is one of the block's)."""


@dataclass(frozen=True)
class PageSpec:
    """Where a page lives: its tab in ui/main_window.ui and its class (module, name), loaded on first use."""

    tab: str
    module: str
    class_name: str

    def make(self, database: Database, building_id: int, parent: QWidget) -> Page:
        # Imported here: a page's module (and what it needs) loads only when its tab is opened.
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        return page_class(database, building_id, parent)


# The round's tabs: name → where the page lives. Every page but "round" is a RoundPage.
PAGES: dict[str, PageSpec] = {
    "round": PageSpec("roundTab", "flatapp.gui.round_planner", "RoundPlannerWidget"),
    "doors": PageSpec("doorsTab", "flatapp.gui.door_outcomes", "DoorOutcomeWidget"),
    "forms": PageSpec("formsTab", "flatapp.gui.entry_page", "InterviewEntryPage"),
    "results": PageSpec("resultsTab", "flatapp.gui.results_page", "ResultsPage"),
}
