"""`flatapp responses export|import` through the real `flatapp` parser."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from flatapp.cli import main
from flatapp.services.homes import list_home_rows
from flatapp.services.interviews import list_interviews
from flatapp.services.rounds import create_round
from flatapp.storage.interview_models import Interview
from tests.answers_fill import complete_filled


@pytest.fixture
def rounds(database, make_building):
    building_id = make_building("Cliflat")
    with database.session() as s, s.begin():
        first = create_round(s, building_id, "Voorjaar").id
        second = create_round(s, building_id, "Kopie").id
        homes = list_home_rows(s, building_id)
        complete_filled(s, first, homes[0].id, {"KN1": 2, "KN2": [homes[1].code], "ON3": "=HYPERLINK()"}, None)
        complete_filled(s, first, homes[1].id, {"KN1": 0, "HP1": 3}, None)
    return first, second


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_a_fresh_round(database, rounds, tmp_path, capsys, suffix):
    db = str(database.file)
    out = tmp_path / f"uit{suffix}"
    assert main(["responses", "export", "--round", "Voorjaar", "-o", str(out), "--db", db]) == 0
    assert "2 gesprekken" in capsys.readouterr().out
    assert main(["responses", "import", "--round", "Kopie", str(out), "--db", db]) == 0
    assert "2 gesprekken toegevoegd" in capsys.readouterr().out
    with database.session() as s:
        original = {(r.home_code, r.respondent): r.answers for r in list_interviews(s, rounds[0])}
        copy = {(r.home_code, r.respondent): r.answers for r in list_interviews(s, rounds[1])}
    assert copy == original


def test_import_errors_are_listed_and_nothing_is_saved(database, rounds, tmp_path, capsys):
    bad = tmp_path / "fout.csv"
    bad.write_text("Woning;Huisnummer;Respondent;KN1\r\n;1;;9\r\n", encoding="utf-8-sig")
    code = main(["responses", "import", "--round", "Kopie", str(bad), "--db", str(database.file)])
    err = capsys.readouterr().err
    assert code == 1 and "Er is niets opgeslagen" in err
    assert "rij 1, kolom KN2: deze kolom ontbreekt" in err       # every question needs its column
    with database.session() as s:
        assert s.scalar(select(func.count(Interview.id)).where(Interview.round_id == rounds[1])) == 0


def test_bad_row_with_full_header(database, rounds, tmp_path, capsys):
    db = str(database.file)
    out = tmp_path / "uit.csv"
    assert main(["responses", "export", "--round", "Voorjaar", "-o", str(out), "--db", db]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("# Vertrouwelijk — ")      # the tier line, then the header on row 2
    cells = lines[3].split(";")
    cells[lines[1].split(";").index("KN1")] = "7"     # KN1 of the second row: unknown code
    out.write_text("\r\n".join(lines[:3] + [";".join(cells)]) + "\r\n", encoding="utf-8-sig")
    capsys.readouterr()
    assert main(["responses", "import", "--round", "Kopie", str(out), "--db", db]) == 1
    assert "rij 4, kolom KN1: code 7 bestaat niet (kies 0–3)" in capsys.readouterr().err
    with database.session() as s:
        assert s.scalar(select(func.count(Interview.id)).where(Interview.round_id == rounds[1])) == 0
    assert main(["responses", "import", "--round", "Kopie", str(out), "--skip-invalid", "--db", db]) == 0
    assert "1 gesprekken toegevoegd" in capsys.readouterr().out


def test_unknown_round_and_wrong_extension(database, rounds, tmp_path, capsys):
    db = str(database.file)
    assert main(["responses", "export", "--round", "Bestaat niet", "-o", str(tmp_path / "x.csv"), "--db", db]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert main(["responses", "export", "--round", "Voorjaar", "-o", str(tmp_path / "x.pdf"), "--db", db]) == 1
    assert ".xlsx of .csv" in capsys.readouterr().err
