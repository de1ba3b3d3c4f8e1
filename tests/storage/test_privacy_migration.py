"""Schema 0006: what residents answered on the consent questions becomes a consent record."""

from __future__ import annotations

import json
import sqlite3

from alembic import command
from sqlalchemy import select

from flatapp.storage.database import alembic_config, open_database
from flatapp.storage.privacy_models import CONTACT, STORY, Consent


def test_consent_answers_typed_before_0006_become_consent_records(tmp_path):
    path = tmp_path / "oud.sqlite"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0005")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO building (id, name, code, city, notes, created_at) "
                           "VALUES (1, 'Oudflat', 'OF', 'Sneek', '', '2026-01-05 10:00:00')")
        for n in (1, 2, 3):
            connection.execute(
                "INSERT INTO home (id, building_id, code, street, house_number, house_letter, addition, "
                "postcode, city, floor, unit_type, created_at, updated_at) VALUES (?, 1, ?, 'Oudstraat', ?, "
                "'', '', '8601 AA', 'Sneek', 0, '', '2026-01-05', '2026-01-05')", (n, f"OF-00{n}", n))
        connection.execute("INSERT INTO round (id, building_id, name, optional_sections, organisation, "
                           "letter_text, created_at) VALUES (1, 1, 'Voorjaar', '', '', '', '2026-01-05')")
        for home, answers in ((1, {"VH1": "Fijn hier", "VH2": 1, "CT1": 2}), (2, {"CT1": 1}), (3, {"KN1": 2})):
            connection.execute(
                "INSERT INTO interview (round_id, home_id, respondent, status, answers, entered_by, version, "
                "created_at, updated_at) VALUES (1, ?, 1, 'complete', ?, 'anna', 1, '2026-02-01 20:00:00', "
                "'2026-02-01 20:00:00')", (home, json.dumps(answers)))
    connection.close()

    database = open_database(path)
    with database.session() as session:
        found = {(c.home_id, c.purpose): (c.given, c.source, c.recorded_by)
                 for c in session.scalars(select(Consent))}
    database.dispose()
    assert found == {(1, STORY): (True, "formulier", "anna"), (1, CONTACT): (False, "formulier", "anna"),
                     (2, CONTACT): (True, "formulier", "anna")}
