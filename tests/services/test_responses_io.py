"""Responses export/import: round trip (csv and xlsx), bad rows reported, all or nothing, CSV injection."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from flatapp.domain.export_cells import neutralise, restore
from flatapp.domain.tiers import Tier
from flatapp.services.homes import list_home_rows
from flatapp.services.interviews import history, list_interviews, save_draft
from flatapp.services.responses_io import (
    ResponsesImportError,
    export_responses,
    import_responses,
)
from flatapp.services.rounds import create_round
from flatapp.storage.interview_models import Interview, InterviewChange
from flatapp.storage.models import ActivityLog
from tests.answers_fill import complete_filled


@pytest.fixture
def filled(database, make_building):
    """A block with 6 complete interviews (one second respondent, tricky texts) and one draft."""
    building_id = make_building("Exportflat", [("A", 0, 1), ("A", 0, 2), ("A", 1, 3, "", "2"), ("A", 1, 4, "B"),
                                               ("B", 2, 5), ("B", 2, 6), ("B", 2, 7)])
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar").id
        homes = list_home_rows(s, building_id)
        code = {h.number_label: h.code for h in homes}
        forms = [
            {"KN1": 2, "KN2": [code["2"], code["3-2"], code["4B"]], "HP1": 1, "HP2": [1, 3], "HP3": "=1+1"},
            {"KN1": 0, "HP1": 3, "WO1": "Regel 1\nRegel 2; met \"quotes\"", "ON3": "-3 graden"},
            {"KN1": 1, "KN2": [code["1"]], "VH1": "@iedereen +31 6", "CT1": 1, "CT2": "José Ñuñez"},
            {"KN1": 3, "WO2": [1], "ON3": "'=al ontsnapt", "PR1": 5},
            {"KN1": 1, "ON1": [1, 2, 3, 4, 5, 6]},
        ]
        for home, form in zip(homes, forms):
            complete_filled(s, round_id, home.id, form, None)
        complete_filled(s, round_id, homes[0].id, {"KN1": 0}, None, respondent=2)
        save_draft(s, round_id, homes[6].id, {"KN1": 1}, None)
    return {"building_id": building_id, "round_id": round_id, "homes": homes}


def answers_of(database, round_id):
    with database.session() as s:
        return {(r.home_code, r.respondent): r.answers for r in list_interviews(s, round_id, status="complete")}


def fresh_round(database, building_id, name="Kopie"):
    with database.session() as s, s.begin():
        return create_round(s, building_id, name).id


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_gives_identical_answers(database, filled, tmp_path, suffix):
    path = tmp_path / f"antwoorden{suffix}"
    with database.session() as s, s.begin():
        assert export_responses(s, filled["round_id"], path) == 6
    copy = fresh_round(database, filled["building_id"])
    with database.session() as s, s.begin():
        result = import_responses(s, copy, path)
    assert (result.created, result.updated, result.issues) == (6, 0, [])
    assert answers_of(database, copy) == answers_of(database, filled["round_id"])
    with database.session() as s, s.begin():      # importing again changes nothing, duplicates nothing
        again = import_responses(s, copy, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)
    with database.session() as s:
        assert s.scalar(select(func.count(Interview.id)).where(Interview.round_id == copy)) == 6
        assert s.scalar(select(func.count(ActivityLog.id)).where(ActivityLog.action == "responses.export")) == 1


def test_csv_is_dutch_excel_and_escapes_formulas(database, filled, tmp_path):
    path = tmp_path / "antwoorden.csv"
    with database.session() as s, s.begin():
        export_responses(s, filled["round_id"], path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == Tier.CONFIDENTIAL.csv_line()
    header = text.splitlines()[1].split(";")
    assert header[:6] == ["Woning", "Huisnummer", "Respondent", "Avond", "KN1", "KN2"]
    assert "'=1+1" in text and "'@iedereen" in text and "'-3 graden" in text and "''=al ontsnapt" in text
    assert '"2;3-2;4B"' in text and '"1;3"' in text
    assert not list(tmp_path.glob(".antwoorden*"))          # no temp file left behind


def test_xlsx_cells_are_text_or_numbers_never_formulas(database, filled, tmp_path):
    import openpyxl

    path = tmp_path / "antwoorden.xlsx"
    with database.session() as s, s.begin():
        export_responses(s, filled["round_id"], path)
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == Tier.CONFIDENTIAL.line
    header = rows[1]
    first = dict(zip(header, rows[2]))
    assert first["KN1"] == 2 and isinstance(first["KN1"], int)
    assert first["HP3"] == "'=1+1"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_bad_rows_are_reported_and_nothing_is_written(database, filled, tmp_path):
    path = tmp_path / "fout.csv"
    path.write_text(
        "Woning;Huisnummer;Respondent;" + ";".join(_codes(database, filled)) + "\r\n"
        + _row("", "1", "", {"KN1": "7"}, database, filled)
        + _row("", "2", "", {"KN1": "abc"}, database, filled)
        + _row("", "31-9", "", {"KN1": "1"}, database, filled)
        + _row("", "3-2", "", {"KN1": "0", "KN2": "1, 2"}, database, filled)
        + _row("", "5", "", {"KN1": "1", "KN2": "1, 99"}, database, filled)
        + _row("", "6", "", {"KN1": "1"}, database, filled),
        encoding="utf-8-sig")
    copy = fresh_round(database, filled["building_id"])
    with pytest.raises(ResponsesImportError) as caught, database.session() as s, s.begin():
        import_responses(s, copy, path)
    issues = [(i.row, i.column, i.message) for i in caught.value.issues]
    assert issues == [
        (2, "KN1", "code 7 bestaat niet (kies 0–3)"),
        (3, "KN1", "'abc' is geen getal"),
        (4, "Huisnummer", "31-9 is geen woning in deze flat"),
        (5, "KN2", issues[3][2]),
        (6, "KN2", "99 is geen woning in deze flat"),
    ]
    assert "2 woningen genoemd" in issues[3][2]
    with database.session() as s:
        assert s.scalar(select(func.count(Interview.id)).where(Interview.round_id == copy)) == 0
    with database.session() as s, s.begin():
        result = import_responses(s, copy, path, skip_invalid=True)
    assert (result.created, result.skipped_rows) == (1, 5)


def test_existing_interview_is_updated_with_history(database, filled, tmp_path):
    path = tmp_path / "a.csv"
    with database.session() as s, s.begin():
        export_responses(s, filled["round_id"], path)
    text = path.read_text(encoding="utf-8-sig").replace(";2;\"2;3-2;4B\"", ";3;\"2;3-2;4B\"", 1)
    path.write_text(text, encoding="utf-8-sig")
    with database.session() as s, s.begin():
        result = import_responses(s, filled["round_id"], path)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 5)
    with database.session() as s:
        interview = s.scalar(select(Interview).where(Interview.round_id == filled["round_id"],
                                                     Interview.home_id == filled["homes"][0].id,
                                                     Interview.respondent == 1))
        assert [(c.question, c.old_value, c.new_value, c.reason) for c in history(s, interview.id)] == [
            ("KN1", 2, 3, "import")]
        assert s.scalar(select(func.count(InterviewChange.id))) == 1


def test_unknown_and_missing_columns_are_refused(database, filled, tmp_path):
    path = tmp_path / "kop.csv"
    path.write_text("Woning;Huisnummer;Respondent;KN1;XX9\r\n;1;;1;\r\n", encoding="utf-8")
    with pytest.raises(ResponsesImportError) as caught, database.session() as s, s.begin():
        import_responses(s, filled["round_id"], path)
    columns = {i.column for i in caught.value.issues}
    assert "XX9" in columns and "KN2" in columns and all(i.row == 1 for i in caught.value.issues)


@pytest.mark.parametrize("text", ["=SUM(A1)", "+31", "-", "@x", "\tx", "'=x", "''=x", "'gewoon", "gewoon"])
def test_escape_round_trips(text):
    assert restore(neutralise(text)) == text
    assert not neutralise(text).startswith(("=", "+", "-", "@", "\t"))


def _questions(database, filled) -> list:
    from flatapp.services.interviews import round_questionnaire

    with database.session() as s:
        return round_questionnaire(s, filled["round_id"]).questions()


def _codes(database, filled) -> list[str]:
    return [q.code for q in _questions(database, filled)]


def _row(code, label, respondent, answers, database, filled) -> str:
    """A row without an Avond column; required questions the test leaves out say '?' (weet niet)."""
    cells = [answers.get(q.code, "?" if q.required else "") for q in _questions(database, filled)]
    return ";".join([code, label, respondent] + cells) + "\r\n"
