"""`flatapp signups import|export` and `flatapp followup list|set` through the real `flatapp` parser."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from flatapp.cli import main
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import create_round
from flatapp.storage.followup_models import Person, SignUp
from flatapp.storage.models import ActivityLog
from tests.answers_fill import complete_filled


@pytest.fixture
def block(database, make_building):
    building = make_building("De Dóuma", [("A", 0, 10), ("A", 0, 12, "A"), ("A", 1, 12, "", "2"), ("A", 1, 14)])
    with database.session() as s, s.begin():
        round_id = create_round(s, building, "Najaar 2026").id
        homes = list_home_rows(s, building)
        complete_filled(s, round_id, homes[3].id, {"CT1": 1, "CT2": "Wietske Haaksma", "CT3": "06 44455566"}, None)
    return str(database.file), homes


def _write_csv(path, rows, encoding="cp1252", delimiter=";", bom=False):
    with open(path, "w", encoding="utf-8-sig" if bom else encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(row)


HEADER = ["Onderwerp", "Naam", "Huisnummer", "Telefoon", "Mag contact", "Organiseren"]
LINES = [
    ["Koffieochtend", "Jan de Vries", "12a", "", "x", ""],
    ["Groen rond de flat", "jan de vries", "12 A", "", "ja", "ja"],
    ["Koffieochtend", "Renée Bakker", "", "06-123 45 678", "j", "n"],
    ["Afval van balkons", "Joop", "77", "", "", ""],
]


def _count(database, model) -> int:
    with database.session() as s:
        return s.scalar(select(func.count(model.id)))


def test_import_windows_1252_csv_then_export_and_read_it_back(block, database, tmp_path, capsys):
    db, homes = block
    source = tmp_path / "inschrijvingen.csv"
    _write_csv(source, [HEADER, *LINES])
    assert main(["signups", "import", str(source), "--round", "Najaar 2026", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "4 inschrijvingen ingelezen (3 nieuwe bewoners), 0 al aanwezig (overgeslagen), 1 met een huisnummer" in out
    with database.session() as s:
        assert s.scalar(select(Person.name).where(Person.phone == "06-123 45 678")) == "Renée Bakker"
        jan = s.scalar(select(Person).where(Person.name == "Jan de Vries"))
        assert jan.home_id == homes[1].id
    target = tmp_path / "uit.xlsx"
    assert main(["signups", "export", "--round", "Najaar 2026", "-o", str(target), "--db", db]) == 0
    assert f"Vertrouwelijk: 4 inschrijvingen geschreven naar {target}." in capsys.readouterr().out
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0].startswith("Vertrouwelijk")
    assert values[1] == ["Onderwerp", "Naam", "Huisnummer", "Telefoon", "E-mail", "Mag contact", "Organiseren",
                         "Woning", "Adres"]
    assert values[2][:3] == ["Koffieochtend", "Jan de Vries", "12a"] and values[2][7] == homes[1].code
    with database.session() as s:
        logged = s.scalar(select(ActivityLog).where(ActivityLog.action == "signups.export"))
        assert logged.tier == "vertrouwelijk" and logged.target == str(target)
    # The export reads back as it was: every line is already there.
    assert main(["signups", "import", str(target), "--round", "Najaar 2026", "--db", db]) == 0
    assert "0 inschrijvingen ingelezen (0 nieuwe bewoners), 4 al aanwezig" in capsys.readouterr().out
    assert _count(database, SignUp) == 4


def test_comma_csv_with_bom_and_a_title_line(block, database, tmp_path, capsys):
    db, _homes = block
    source = tmp_path / "komma.csv"
    _write_csv(source, [["Inschrijvingen uit de tent"], ["onderwerp", "NAAM", "huisnummer of telefoonnummer",
                                                         "mag contact", "organiseren"],
                        ["Koffieochtend", "Ed", "0612345999", "ja", "nee"]], delimiter=",", bom=True)
    assert main(["signups", "import", str(source), "--round", "Najaar 2026", "--db", db]) == 0
    with database.session() as s:
        assert s.scalar(select(Person.phone).where(Person.name == "Ed")) == "0612345999"


def test_a_bad_file_names_every_row_and_saves_nothing(block, database, tmp_path, capsys):
    db, _homes = block
    source = tmp_path / "fout.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Koffieochtend", "Goed", "10", "", "x", ""])
    sheet.append(["Koffieochtend", "Twijfel", "12-2", "", "misschien", ""])
    sheet.append(["", "Zonder onderwerp", "14", "", "", ""])
    sheet.append(["Koffieochtend", "Kort nummer", "", "123", "", ""])
    book.save(source)
    assert main(["signups", "import", str(source), "--round", "Najaar 2026", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "fout: 'fout.xlsx' is niet ingelezen: 3 fouten gevonden" in err
    assert "rij 3, kolom Mag contact: 'misschien' bij mag contact is geen ja of nee" in err
    assert "rij 4: Kies eerst het onderwerp" in err
    assert "rij 5: '123' is geen telefoonnummer" in err
    assert _count(database, SignUp) == 0 and _count(database, Person) == 0


def test_a_file_without_the_columns_says_which(block, tmp_path, capsys):
    db, _homes = block
    source = tmp_path / "leeg.csv"
    _write_csv(source, [["Wie", "Wat"], ["Jan", "koffie"]])
    assert main(["signups", "import", str(source), "--round", "Najaar 2026", "--db", db]) == 1
    assert "geen kopregel met de kolommen Onderwerp, Naam" in capsys.readouterr().err


def test_followup_list_and_set(block, database, tmp_path, capsys):
    db, _homes = block
    source = tmp_path / "inschrijvingen.csv"
    _write_csv(source, [HEADER, *LINES])
    assert main(["signups", "import", str(source), "--round", "Najaar 2026", "--db", db]) == 0
    capsys.readouterr()
    assert main(["followup", "list", "--round", "Najaar 2026", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Vertrouwelijk")
    assert "Wietske Haaksma" in out and "Jan de Vries" in out and "Renée Bakker" in out
    assert "Joop" not in out                       # no "mag contact"
    assert "inschrijflijst: Koffieochtend, Groen rond de flat (organiseren)" in out
    assert main(["followup", "list", "--round", "Najaar 2026", "--format", "json", "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("Vertrouwelijk")
    data = json.loads(captured.out)
    assert data["tier"] == "vertrouwelijk"
    jan = next(row for row in data["rows"] if row["Naam"] == "Jan de Vries")
    assert main(["followup", "set", "--round", "Najaar 2026", "--person", str(jan["Nr"]), "--status", "doet mee",
                 "--note", "Komt naar de eerste koffieochtend", "--db", db]) == 0
    assert "Jan de Vries: doet mee (Komt naar de eerste koffieochtend)" in capsys.readouterr().out
    assert main(["followup", "list", "--round", "Najaar 2026", "--status", "doet mee", "--format", "csv",
                 "--db", db]) == 0
    rows = list(csv.reader(capsys.readouterr().out.splitlines(), delimiter=";"))
    assert rows[0][:2] == ["Nr", "Naam"] and [r[1] for r in rows[1:]] == ["Jan de Vries"]
    assert rows[1][-2:] == ["doet mee", "Komt naar de eerste koffieochtend"]


def test_followup_set_refuses_an_unknown_status_and_person(block, capsys):
    db, _homes = block
    with pytest.raises(SystemExit):
        main(["followup", "set", "--round", "Najaar 2026", "--person", "1", "--status", "misschien", "--db", db])
    assert "misschien" in capsys.readouterr().err
    assert main(["followup", "set", "--round", "Najaar 2026", "--person", "999", "--status", "gebeld",
                 "--db", db]) == 1
    assert "Bewoner 999 staat niet (meer) op de opvolglijst" in capsys.readouterr().err


def test_every_option_has_a_dutch_help_text(capsys):
    for argv in (["signups", "import", "-h"], ["signups", "export", "-h"], ["followup", "list", "-h"],
                 ["followup", "set", "-h"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert "naam van de ronde" in out
