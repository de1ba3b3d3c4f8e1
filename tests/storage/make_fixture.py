"""Write the fixture database of one released schema: `python tests/storage/make_fixture.py 0002`.

Run it once when a schema is released (its revision becomes part of an installed
FlatApp); the fixture is then kept unchanged so the upgrade from it is tested forever.
"""

from __future__ import annotations

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
    connection.close()
    return target


if __name__ == "__main__":
    print(make_fixture(sys.argv[1]))
