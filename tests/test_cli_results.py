"""`flatapp results` through the real `flatapp` parser: JSON keys, the two tiers, xlsx, escaping.

The fixture's round has two interviews: too few for the internal tier, so the default output says
"te weinig gesprekken" and the full content needs --confidential."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from flatapp.cli import main
from flatapp.services.door_outcomes import record_attempt
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import add_evening, create_round
from flatapp.storage.models import ActivityLog
from tests.answers_fill import complete_filled

TOP_KEYS = {"tier", "tier_line", "format", "format_version", "confidential", "round_id", "round_name",
            "building_name", "filters", "response", "by_entrance", "by_floor", "evenings", "questions", "topics",
            "network", "cohesion", "quotes", "notes"}
INTERNAL_KEYS = TOP_KEYS - {"quotes"} | {"min_group", "shown"}
CONFIDENTIAL = {"network_homes", "ties", "follow_up", "open_answers"}


@pytest.fixture
def db(database, make_building):
    from datetime import date, datetime, time

    building_id = make_building("Cliflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Voorjaar", optional_sections="cbs").id
        evening = add_evening(s, round_id, date(2026, 11, 10), time(18, 30), time(20, 30))
        homes = list_home_rows(s, building_id)
        record_attempt(s, round_id, homes[2].id, 4, datetime(2026, 11, 10, 19, 0), evening_id=evening.id)
        complete_filled(s, round_id, homes[0].id, {
            "KN1": 1, "KN2": [homes[1].code], "HP4": 1, "CT1": 1, "CT2": "=J. de Vries", "CT3": "+31 6 000",
            "VH1": "-Fijn hier", "VH2": 1, "WO1": "Jan van 3 helpt altijd", "SC1": 4, "SC2": 2, "SC3": 2, "SC4": 2, "SC5": 2}, None)
        complete_filled(s, round_id, homes[1].id, {"KN1": 0, "HP1": 3}, None)
    return str(database.file)


def test_default_json_is_internal_and_shows_nothing_of_two_interviews(db, capsys):
    assert main(["results", "--round", "Voorjaar", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "tier": "intern",')
    data = json.loads(out)
    assert set(data) == INTERNAL_KEYS and not CONFIDENTIAL & set(data)
    assert data["format"] == "flatapp-results" and data["format_version"] == 2 and data["confidential"] is False
    assert data["tier_line"].startswith("Intern — ")
    assert data["shown"] is False and data["response"] is None and data["questions"] == []
    assert any("te weinig gesprekken" in note.lower() for note in data["notes"])
    text = json.dumps(data, ensure_ascii=False)
    for secret in ("Fijn hier", "J. de Vries", "Jan van 3"):
        assert secret not in text


def test_confidential_json_has_the_documented_keys(db, capsys):
    assert main(["results", "--round", "Voorjaar", "--confidential", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data)[:2] == ["tier", "tier_line"] and data["tier"] == "vertrouwelijk"
    assert set(data) == TOP_KEYS | CONFIDENTIAL and data["confidential"] is True
    assert data["response"]["homes"] == 12 and data["response"]["complete"] == 2
    assert data["response"]["rr1"] == pytest.approx(2 / 12)
    assert set(data["response"]) == {"homes", "not_eligible", "eligible", "complete", "partial", "refusals",
                                     "non_contacts", "other", "not_attempted", "rr1", "rr2", "contact_rate",
                                     "refusal_rate"}
    kn1 = next(q for q in data["questions"] if q["code"] == "KN1")
    assert set(kn1["counts"][0]) == {"code", "label", "count", "base", "share"}
    assert kn1["counts"][0]["share"] == 0.5
    assert data["network"]["ties"] == 1 and "geïnterviewde huishoudens" in data["network"]["caveat"]
    assert data["cohesion"]["score"] == pytest.approx(7.5) and data["cohesion"]["national"] == 6.4
    assert data["quotes"] == ["-Fijn hier"]


def test_confidential_json_to_a_file_and_the_export_is_logged(db, tmp_path, database):
    out = tmp_path / "uitkomsten.json"
    assert main(["results", "--round", "voorjaar", "--confidential", "-o", str(out), "--db", db]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert CONFIDENTIAL <= set(data) and data["confidential"] is True
    assert [f["name"] for f in data["follow_up"]] == ["=J. de Vries"]
    assert len(data["ties"]) == 1 and len(data["network_homes"]) == 12
    wo1 = next(o for o in data["open_answers"] if o["code"] == "WO1")
    assert wo1 == {"code": "WO1", "text": "Wat vindt u goed aan wonen in deze flat?", "answered": 1,
                   "answers": [{"text": "Jan van 3 helpt altijd", "count": 1}]}
    assert {o["code"] for o in data["open_answers"]} == {"HP3", "WO1", "WO3", "ON3"}   # no CT2/CT3/VH1
    with database.session() as s:
        entries = list(s.scalars(select(ActivityLog).where(ActivityLog.action == "results.export")))
    assert [(e.tier, e.target) for e in entries] == [("vertrouwelijk", str(tmp_path / "uitkomsten.json"))]
    assert "met vertrouwelijke delen" in entries[0].summary


def test_filters_on_the_command_line(db, capsys):
    assert main(["results", "--round", "Voorjaar", "--entrance", "A", "--floor", "BG", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filters"] == {"entrance": "A", "floor": "BG"} and data["shown"] is False
    assert main(["results", "--round", "Voorjaar", "--entrance", "A", "--floor", "BG", "--confidential",
                 "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filters"] == {"entrance": "A", "floor": "BG"}
    assert data["response"]["homes"] == 4
    assert main(["results", "--round", "Voorjaar", "--floor", "9", "--db", db]) == 1
    assert "Verdieping 9e bestaat niet" in capsys.readouterr().err
    assert main(["results", "--round", "Bestaat niet", "--db", db]) == 1


def test_xlsx_has_a_sheet_per_part_and_escapes_formulas(db, tmp_path):
    public = tmp_path / "uit.xlsx"
    assert main(["results", "--round", "Voorjaar", "--format", "xlsx", "-o", str(public), "--db", db]) == 0
    book = load_workbook(public)
    assert book.sheetnames == ["respons", "opmerkingen"]          # two interviews: nothing to show
    assert all(sheet["A1"].value.startswith("Intern — ") for sheet in book)
    assert [row for row in book["respons"].iter_rows(min_row=3, values_only=True)][-1] == (
        "gesprekken", "te weinig gesprekken")
    confidential = tmp_path / "vertrouwelijk.xlsx"
    assert main(["results", "--round", "Voorjaar", "--format", "xlsx", "-o", str(confidential),
                 "--confidential", "--db", db]) == 0
    book = load_workbook(confidential)
    for name in ("respons", "per portiek", "per verdieping", "vragen", "onderwerpen", "netwerk", "samenhang",
                 "citaten", "netwerk woningen", "verbindingen", "opvolging", "open antwoorden"):
        assert book[name]["A1"].value.startswith("Vertrouwelijk — ")
    assert book["citaten"]["A3"].value == "'-Fijn hier"
    follow = book["opvolging"]
    assert [c.value for c in follow[3]][2:] == ["vraagt om hulp", "'=J. de Vries", "'+31 6 000"]
    assert [[c.value for c in row] for row in book["open antwoorden"].iter_rows(min_row=3)] == [
        ["WO1", "Wat vindt u goed aan wonen in deze flat?", "Jan van 3 helpt altijd", 1]]
    assert all(not (isinstance(c.value, str) and c.value.startswith("=")) for ws in book for row in ws.iter_rows()
               for c in row)


def test_xlsx_needs_an_output_file(db, capsys):
    assert main(["results", "--round", "Voorjaar", "--format", "xlsx", "--db", db]) == 1
    assert "-o" in capsys.readouterr().err


def test_the_command_line_does_not_import_pandas_or_networkx():
    code = ("import sys; from flatapp.cli import build_parser; build_parser(); "
            "print(any(m in sys.modules for m in ('pandas', 'networkx', 'openpyxl', 'flatapp.analysis.results')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# --- comparing two rounds (--compare-with) -------------------------------------------------------

COMPARISON_KEYS = {"tier", "tier_line", "format", "format_version", "before", "after", "same_building", "rows",
                   "notes"}
ROW_KEYS = {"key", "section", "label", "before", "after", "difference", "unit", "better"}


@pytest.fixture
def two_rounds(db, database, make_building):
    """A second round 'Najaar' in the same block (one interview, no cbs) and a round in another block."""
    from flatapp.services.buildings import get_building

    with database.session() as s, s.begin():
        building_id = get_building(s, "Cliflat").id
        second = create_round(s, building_id, "Najaar").id
        homes = list_home_rows(s, building_id)
        complete_filled(s, second, homes[0].id, {"KN1": 0}, None)
    other_building = make_building("Andere flat", postcode="9999 ZZ")
    with database.session() as s, s.begin():
        create_round(s, other_building, "Voorjaar")
    return db


def test_compare_two_rounds_of_one_block_as_json(two_rounds, capsys, database):
    assert main(["results", "--round", "Voorjaar", "--building", "Cliflat", "--compare-with", "Najaar",
                 "--db", two_rounds]) == 0
    internal = json.loads(capsys.readouterr().out)
    # Two rounds of one block: also the groups and actions in between (none here).
    assert internal["tier"] == "intern" and set(internal) == COMPARISON_KEYS | {"tussen_de_rondes"}
    assert internal["tussen_de_rondes"]["werkgroepen"] == [] and internal["tussen_de_rondes"]["acties_klaar"] == []
    assert all(row["before"] is None and row["after"] is None for row in internal["rows"])   # 2 and 1 interviews
    assert main(["results", "--round", "Voorjaar", "--building", "Cliflat", "--compare-with", "Najaar",
                 "--confidential", "--db", two_rounds]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == COMPARISON_KEYS | {"tussen_de_rondes"}
    assert data["format"] == "flatapp-comparison" and data["tier"] == "vertrouwelijk"
    assert data["before"]["round_name"] == "Voorjaar" and data["after"]["round_name"] == "Najaar"
    assert data["same_building"] is True
    rows = {row["key"]: row for row in data["rows"]}
    assert all(set(row) == ROW_KEYS for row in data["rows"])
    rr1 = rows["response.rr1"]
    assert rr1["before"] == pytest.approx(2 / 12) and rr1["after"] == pytest.approx(1 / 12)
    assert rr1["difference"] == pytest.approx(-1 / 12) and rr1["unit"] == "percentagepunt" and rr1["better"] == 1
    assert rows["response.interviews"]["difference"] == -1 and rows["response.interviews"]["unit"] == "aantal"
    assert rows["known.at_least_one"]["before"] == 0.5 and rows["known.at_least_one"]["after"] == 0.0
    cohesion = rows["cohesion.score"]
    assert cohesion["before"] == pytest.approx(7.5) and cohesion["after"] is None and cohesion["difference"] is None
    assert any("samenhang" in note for note in data["notes"])
    with database.session() as s:
        entries = list(s.scalars(select(ActivityLog).where(ActivityLog.action == "results.compare")
                                 .order_by(ActivityLog.id)))
    assert [(e.tier, e.target) for e in entries] == [("intern", "scherm"), ("vertrouwelijk", "scherm")]
    assert "Vergelijking (vertrouwelijk) van ronde 'Voorjaar'" in entries[1].summary


def test_compare_with_another_block_and_xlsx(two_rounds, tmp_path, capsys):
    out = tmp_path / "vergelijking.xlsx"
    assert main(["results", "--round", "Voorjaar", "--building", "Cliflat", "--compare-with", "Voorjaar",
                 "--compare-building", "Andere flat", "--format", "xlsx", "-o", str(out), "--confidential",
                 "--db", two_rounds]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["vergelijking", "opmerkingen"]
    assert all(sheet["A1"].value.startswith("Vertrouwelijk — ") for sheet in book)
    sheet = book["vergelijking"]
    header = [c.value for c in sheet[2]]
    assert header == ["onderdeel", "cijfer", "voor: Cliflat · Voorjaar", "na: Andere flat · Voorjaar", "verschil",
                      "eenheid"]
    rr1 = next(row for row in sheet.iter_rows(min_row=3, values_only=True) if row[1] == "Respons (RR1)")
    assert rr1[2:] == (16.7, 0.0, -16.7, "percentagepunt")
    score = next(row for row in sheet.iter_rows(min_row=3, values_only=True) if row[1].startswith("Samenhang"))
    assert score[2] == 7.5 and score[3] is None and score[4] is None
    notes = [row[0] for row in book["opmerkingen"].iter_rows(min_row=3, values_only=True)]
    assert any("verschillende flats" in n for n in notes)


def test_compare_with_an_unknown_round(two_rounds, capsys):
    assert main(["results", "--round", "Voorjaar", "--building", "Cliflat", "--compare-with", "Bestaat niet",
                 "--db", two_rounds]) == 1
    assert "Bestaat niet" in capsys.readouterr().err
    # Same name in two blocks without --compare-building: A's own block first (compared with itself).
    assert main(["results", "--round", "Voorjaar", "--building", "Cliflat", "--compare-with", "Voorjaar",
                 "--confidential", "--db", two_rounds]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["after"]["building_name"] == "Cliflat"
    assert all(row["difference"] in (None, 0, 0.0) for row in data["rows"])
