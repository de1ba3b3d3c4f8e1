"""Write the fixture database of one released schema: `python tests/storage/make_fixture.py 0002`.

Run it once when a schema is released (its revision becomes part of an installed
FlatApp); the fixture is then kept unchanged so the upgrade from it is tested forever.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from alembic import command

from flatapp.storage.database import alembic_config

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def make_fixture(revision: str) -> Path:
    target = FIXTURES / f"schema_{revision}.sqlite"
    target.unlink(missing_ok=True)
    command.upgrade(alembic_config(f"sqlite:///{target}"), revision)
    with sqlite3.connect(target) as connection:
        connection.execute(
            "INSERT INTO building (id, name, code, city, notes, created_at) "
            "VALUES (1, 'Fixtureflat', 'FF', 'Sneek', '', '2026-01-05 10:00:00')"
        )
        connection.execute("INSERT INTO entrance (id, building_id, name, position) VALUES (1, 1, 'A', 0)")
        for n in range(1, 7):
            connection.execute(
                "INSERT INTO home (building_id, entrance_id, code, street, house_number, house_letter, "
                "addition, postcode, city, vhe_code, floor, unit_type, created_at, updated_at) VALUES "
                "(1, 1, ?, 'Fixturestraat', ?, '', '', '8601 AA', 'Sneek', ?, ?, 'Woning', "
                "'2026-01-05 10:00:00', '2026-01-05 10:00:00')",
                (f"FF-{n:03d}", n, f"VHE{n}", (n - 1) // 2),
            )
        _round_with_interviews(connection)
    connection.close()
    return target


AT = "2026-01-05 10:00:00"
STORY = "De lift doet het weer sinds de buren belden."


def _insert(connection, table: str, values: dict) -> None:
    """Insert into ``table`` as it is in this schema: required columns the values leave out get a plain
    default of their type, so one fixture maker serves every released schema."""
    columns = connection.execute(f"PRAGMA table_info({table})").fetchall()
    row = dict(values)
    for _cid, name, kind, notnull, default, pk in columns:
        if name in row or pk or not notnull or default is not None:
            continue
        kind = kind.upper()
        row[name] = AT if ("DATE" in kind or "TIME" in kind) else 0 if ("INT" in kind or "BOOL" in kind) else ""
    names = ", ".join(row)
    connection.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))


def _round_with_interviews(connection) -> None:
    """From schema 0003 on: a round with a questionnaire, an evening, door visits, two interviews (one with a
    story and consent), from 0005 the coordinator's approval of that story and, from 0009, a coordinator
    and a typist assigned to the round; from 0011 a scanned page."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "round" not in tables:
        return
    from flatapp.resources import shipped_path

    definition = shipped_path("resources", "templates", "kennen_en_helpen.json").read_text(encoding="utf-8")
    _insert(connection, "questionnaire", {"id": 1, "name": "Kennen en helpen", "template": "kennen_en_helpen",
                                          "created_at": AT})
    _insert(connection, "questionnaire_version", {"id": 1, "questionnaire_id": 1, "number": 1,
                                                  "definition": definition, "frozen": 1, "created_at": AT})
    _insert(connection, "round", {"id": 1, "building_id": 1, "name": "Fixtureronde", "questionnaire_version_id": 1,
                                  "optional_sections": "", "organisation": "Welzijn Fixture", "letter_text": "",
                                  "created_at": AT})
    _insert(connection, "evening", {"id": 1, "round_id": 1, "date": "2026-01-20", "starts": "19:00:00",
                                    "ends": "21:00:00"})
    _insert(connection, "outcome_code", {"id": 1, "round_id": 1, "code": 1, "label": "Gesproken",
                                         "disposition": "interview", "final": 1, "asks_time": 0})
    if "interview" not in tables:
        return
    answers = {1: {"KN1": 2, "VH1": STORY, "VH2": 1, "CT1": 2}, 2: {"KN1": 1, "CT1": 2}}
    for home_id, given in answers.items():
        _insert(connection, "door_attempt", {"round_id": 1, "home_id": home_id, "evening_id": 1, "outcome_code_id": 1,
                                             "at": "2026-01-20 19:30:00", "come_back": "", "note": "",
                                             "created_at": AT})
        _insert(connection, "interview", {"id": home_id, "round_id": 1, "home_id": home_id, "respondent": 1,
                                          "status": "complete", "answers": json.dumps(given),
                                          "entered_by": "fixture", "version": 1, "created_at": AT, "updated_at": AT})
    if "quote_approval" in tables:
        _insert(connection, "quote_approval", {"interview_id": 1, "source_text": STORY,
                                               "public_text": "De lift doet het weer.", "status": "approved",
                                               "decided_by": "fixture", "decided_at": AT})
    if "consent" in tables:                     # from 0006 the form's consent is a record of its own
        _insert(connection, "consent", {"round_id": 1, "home_id": 1, "respondent": 1, "purpose": "story", "given": 1,
                                        "source": "formulier", "recorded_at": AT, "recorded_by": "fixture",
                                        "note": ""})
    if "app_user" in tables:                    # from 0009 a shared database has users with roles
        _insert(connection, "app_user", {"id": 1, "name": "coordinator", "full_name": "Fixture Coördinator",
                                         "role": "coordinator", "created_at": AT})
        _insert(connection, "app_user", {"id": 2, "name": "invoerder", "full_name": "Fixture Invoerder",
                                         "role": "invoerder", "created_at": AT})
        _insert(connection, "user_round", {"user_id": 2, "round_id": 1})
    if "scan_page" in tables:                   # from 0011 scanned pages, their review and the answers' source
        _insert(connection, "scan_batch", {"id": 1, "round_id": 1, "at": AT, "user": "fixture",
                                           "sources": '["stapel.pdf"]'})
        _insert(connection, "scan_page", {"id": 1, "batch_id": 1, "source": "stapel.pdf p. 1", "source_index": 0,
                                          "page_id": "FA1|F|1|FF-001|1|1", "kind": "F", "subject": "FF-001",
                                          "page_number": 1, "home_id": 1, "fingerprint": "f1", "image": b"png",
                                          "status": "read", "problem": ""})
        _insert(connection, "scan_item", {"page_id": 1, "kind": "field", "target": "KN2", "label": "Welke buren?",
                                          "reading": "{}", "crop": b"png", "status": "done", "answer": '"FF-002"',
                                          "decided_by": "fixture", "decided_at": AT})
        _insert(connection, "scan_answer", {"interview_id": 1, "question": "KN1", "page_id": 1, "how": "machine"})


if __name__ == "__main__":
    print(make_fixture(sys.argv[1]))
