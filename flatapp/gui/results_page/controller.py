"""The results page's database work: rounds, homes and computed results, each in a short session.

Computing a round's results takes ~50 ms on the demo block and up to a second for a block in a big
database, so it runs on the runner's worker thread (a progress dialog after 0.2 s, the window keeps
answering); the page drops a result that a newer choice has overtaken meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from flatapp.analysis.compare import Comparison, compare_results
from flatapp.analysis.model import RoundResults
from flatapp.gui.runner import ServiceRunner
from flatapp.services.buildings import list_buildings
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.rounds import RoundRow, list_rounds
from flatapp.storage.database import Database


def compute_results(session, round_id: int, entrance: str | None = None, floor: int | None = None) -> RoundResults:
    """The analysis, imported when first used (tests replace this function)."""
    from flatapp.analysis.results import compute_results as compute

    return compute(session, round_id, entrance=entrance, floor=floor)


class ResultsController:
    """Reads rounds and homes and computes results, each in its own short session."""

    def __init__(self, database: Database):
        self.database = database
        self.runner = ServiceRunner(database)

    def rounds_and_homes(self, building_id: int) -> tuple[list[RoundRow], list[HomeRow]]:
        return self.runner.read(_rounds_and_homes, building_id)

    def results(self, round_id: int, entrance: str | None, floor: int | None,
                parent: QWidget | None = None) -> RoundResults:
        return self.runner.run_slow(parent, _computing(), compute_results, round_id, entrance=entrance,
                                    floor=floor, write=False)

    def all_rounds(self, building_id: int) -> list[RoundRow]:
        """Every round to compare with: this block's rounds first, then the other blocks' rounds."""
        return self.runner.read(_all_rounds, building_id)

    def comparison(self, before_id: int, after_id: int, entrance: str | None, floor: int | None,
                   parent: QWidget | None = None) -> Comparison:
        before, after = self.runner.run_slow(parent, _computing(), _two_results, before_id, after_id, entrance,
                                             floor, write=False)
        return compare_results(before, after)


def _computing() -> str:
    return QCoreApplication.translate("ResultsPage", "Uitkomsten berekenen…")


def _rounds_and_homes(session, building_id: int) -> tuple[list[RoundRow], list[HomeRow]]:
    return list_rounds(session, building_id), list_home_rows(session, building_id)


def _all_rounds(session, building_id: int) -> list[RoundRow]:
    own = list_rounds(session, building_id)
    others = [row for building in list_buildings(session) if building.id != building_id
              for row in list_rounds(session, building.id)]
    return own + others


def _two_results(session, before_id: int, after_id: int, entrance: str | None,
                 floor: int | None) -> tuple[RoundResults, RoundResults]:
    return (compute_results(session, before_id, entrance=entrance, floor=floor),
            compute_results(session, after_id, entrance=entrance, floor=floor))
