from __future__ import annotations

from datetime import date, time

import pytest

from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import add_evening, create_round
from flatapp.storage.round_models import Round

EVENINGS = (date(2026, 11, 24), date(2026, 11, 26))


@pytest.fixture
def scan_round(database, make_building):
    """A block of 12 homes (house numbers 1-4, 11-14, 21-24) with a round of two evenings."""
    building_id = make_building("Scanflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar 2026", optional_sections="cbs").id
        evenings = [add_evening(s, round_id, day, time(18, 30), time(20, 30)).id for day in EVENINGS]
        homes = {str(h.house_number): h for h in list_home_rows(s, building_id)}
        version_id = s.get(Round, round_id).questionnaire_version_id
    return {"round": round_id, "evenings": evenings, "homes": homes, "building": building_id,
            "version": version_id}
