"""The demo round's letter and tent settings: who signs, the corporation, and the tent (all fictional).

Called once from ``flatapp.demo.create_demo_database`` after the publication, so the letters, the
invitation to the tent, the report and the update handout of the demo have something to show.
"""

from __future__ import annotations

from datetime import date, time

DEMO_SENDER = "Anja de Boer"
DEMO_CORPORATION = "Woonstichting De Voorbeeldhof"
DEMO_TENT_DATE = date(2026, 12, 15)


def add_demo_reporting(session, round_id: int) -> None:
    from flatapp.services.round_settings import letter_settings, update_letter_settings

    update_letter_settings(
        session, round_id, version=letter_settings(session, round_id).version, sender_name=DEMO_SENDER, sender_role="opbouwwerker", sender_phone="0515-123456",
        sender_email="a.deboer@welzijnvoorbeeldstad.example", corporation_name=DEMO_CORPORATION,
        tent_date=DEMO_TENT_DATE, tent_starts=time(16, 0), tent_ends=time(19, 0), tent_place="")
