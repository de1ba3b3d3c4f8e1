"""`flatapp outcomes export|import` through the real `flatapp` parser."""

from __future__ import annotations

import csv
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from flatapp.cli import main
from flatapp.services.door_outcomes import record_attempt
from flatapp.services.rounds import add_evening, add_volunteer, assign_doors, auto_teams, create_round
from flatapp.storage.models import Home
from flatapp.storage.round_models import DoorAttempt


@pytest.fixture
def planned(database, make_building):
    building = make_building("De Dóuma")
    with database.session() as s, s.begin():
        round_ = create_round(s, building, "Najaar 2026")
        evening = add_evening(s, round_.id, date(2026, 11, 24), time(18, 30), time(20, 30))
        for name in ("Anna", "Bert"):
            add_volunteer(s, round_.id, name)
        auto_teams(s, round_.id)
        assign_doors(s, round_.id, evening.id)
        homes = list(s.scalars(select(Home).where(Home.building_id == building).order_by(Home.code)))
        for minute, home in enumerate(homes[:3]):
            record_attempt(s, round_.id, home.id, 3, datetime(2026, 11, 24, 19, minute), evening.id)
        codes = [home.code for home in homes]
    return str(database.file), codes


def _count(database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count(DoorAttempt.id)))


def test_export_then_import_twice_adds_nothing(planned, database, tmp_path, capsys):
    planned, _codes = planned
    target = tmp_path / "bezoeken.xlsx"
    assert main(["outcomes", "export", "--round", "Najaar 2026", "-o", str(target), "--db", planned]) == 0
    assert f"3 deurbezoeken geschreven naar {target}." in capsys.readouterr().out
    assert main(["outcomes", "import", str(target), "--round", "Najaar 2026", "--db", planned]) == 0
    assert "0 deurbezoeken toegevoegd, 0 bijgewerkt, 3 al aanwezig (overgeslagen)." in capsys.readouterr().out
    assert _count(database) == 3


def test_a_bad_file_lists_every_problem_and_saves_nothing(planned, database, tmp_path, capsys):
    planned, codes = planned
    path = tmp_path / "bezoeken.csv"
    with open(path, "w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Woning", "Datum", "Tijd", "Uitkomst", "Notitie"])
        writer.writerow([codes[3], "24-11-2026", "19:30", "3", "goed"])
        writer.writerow(["TE-999", "24-11-2026", "19:31", "3", "café"])
        writer.writerow([codes[4], "24-11-2026", "half acht", "42", ""])
    assert main(["outcomes", "import", str(path), "--round", "Najaar 2026", "--db", planned]) == 1
    err = capsys.readouterr().err
    assert "fout: 'bezoeken.csv' is niet ingelezen: 3 fouten gevonden" in err
    assert "  rij 3, kolom Woning: woning TE-999 hoort niet bij flat 'De Dóuma'" in err
    assert "  rij 4, kolom Tijd: 'half acht' is geen tijd" in err
    assert "  rij 4, kolom Uitkomst: uitkomstcode '42' bestaat niet" in err
    assert _count(database) == 3


def test_outcomes_without_a_command_prints_help(capsys):
    assert main(["outcomes"]) == 2
    assert "export" in capsys.readouterr().out
