"""Small hand-made rounds for the analysis tests."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

# Ten homes: entrance A (BG: 1, 2, 3; 1e: 11, 12) and B (BG: 21, 22; 1e: 31, 32, 33); h0 … h9.
TEN_HOMES = [("A", 0, 1), ("A", 0, 2), ("A", 0, 3), ("A", 1, 11), ("A", 1, 12),
             ("B", 0, 21), ("B", 0, 22), ("B", 1, 31), ("B", 1, 32), ("B", 1, 33)]
EVENING_1, EVENING_2 = date(2026, 11, 10), date(2026, 11, 12)


class RoundMaker:
    """Build a round step by step, each step its own transaction (as the app does)."""

    def __init__(self, database, building_id: int, cbs: bool) -> None:
        from flatapp.services.homes import list_home_rows
        from flatapp.services.rounds import add_evening, create_round

        self.database = database
        with database.session() as s, s.begin():
            self.round_id = create_round(s, building_id, "Testronde", optional_sections="cbs" if cbs else "").id
            self.evenings = [add_evening(s, self.round_id, day, time(18, 30), time(20, 30)).id
                             for day in (EVENING_1, EVENING_2)]
            self.homes = list_home_rows(s, building_id)
        self.ids = [h.id for h in self.homes]
        self.codes = [h.code for h in self.homes]

    def attempt(self, index: int, code: int, evening: int = 0, minute: int = 0) -> None:
        from flatapp.services.door_outcomes import record_attempt

        day = (EVENING_1, EVENING_2)[evening]
        with self.database.session() as s, s.begin():
            record_attempt(s, self.round_id, self.ids[index], code, datetime.combine(day, time(19, minute)),
                           evening_id=self.evenings[evening])

    def interview(self, index: int, answers: dict) -> None:
        from flatapp.services.interviews import complete_interview
        from tests.answers_fill import round_questionnaire_of, with_required_marked

        with self.database.session() as s, s.begin():
            filled = with_required_marked(round_questionnaire_of(s, self.round_id), answers)
            complete_interview(s, self.round_id, self.ids[index], filled, None, evening_id=self.evenings[-1])

    def draft(self, index: int, answers: dict) -> None:
        from flatapp.services.interviews import save_draft

        with self.database.session() as s, s.begin():
            save_draft(s, self.round_id, self.ids[index], answers, None)

    def results(self, **filters):
        from flatapp.analysis.results import compute_results

        with self.database.session() as s:
            return compute_results(s, self.round_id, **filters)


@pytest.fixture
def make_round(database, make_building):
    made = []

    def make(cbs: bool = True, homes=None) -> RoundMaker:
        made.append(1)
        building_id = make_building(f"Testflat {len(made)}", homes=homes or TEN_HOMES, postcode=f"{1233 + len(made)} AB")
        return RoundMaker(database, building_id, cbs)

    return make
