"""Door visits to and from Excel/CSV: round trip, the door grid's checks, all or nothing, no doubles."""

from __future__ import annotations

import csv
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from flatapp.domain.tiers import Tier
from flatapp.services.door_outcomes import record_attempt
from flatapp.services.outcomes_io import (
    COLUMNS,
    OutcomesImportError,
    export_outcomes,
    import_outcomes,
)
from flatapp.services.rounds import add_evening, add_volunteer, assign_doors, auto_teams, create_round
from flatapp.storage.models import Home
from flatapp.storage.round_models import DoorAttempt, Evening, Team

TUE = date(2026, 11, 24)
THU = date(2026, 11, 26)


def _make_round(session, building: int, name: str) -> dict:
    round_ = create_round(session, building, name)
    first = add_evening(session, round_.id, TUE, time(18, 30), time(20, 30))
    second = add_evening(session, round_.id, THU, time(18, 30), time(20, 30))
    for volunteer in ("Anna", "Bert", "Carla", "Dirk"):
        add_volunteer(session, round_.id, volunteer)
    teams = auto_teams(session, round_.id)
    assign_doors(session, round_.id, first.id)
    assign_doors(session, round_.id, second.id)
    return {"round": round_.id, "first": first.id, "second": second.id, "teams": [t.id for t in teams]}


@pytest.fixture
def setup(database, make_building):
    building = make_building()
    with database.session() as s, s.begin():
        made = _make_round(s, building, "Najaar 2026")
        homes = {h.code: h.id for h in s.scalars(select(Home).where(Home.building_id == building))}
        r = made["round"]
        codes = sorted(homes)
        record_attempt(s, r, homes[codes[0]], 3, datetime(2026, 11, 24, 18, 40), made["first"], made["teams"][0])
        record_attempt(s, r, homes[codes[0]], 1, datetime(2026, 11, 26, 19, 5), made["second"], made["teams"][0],
                       note="=HYPERLINK(\"x\") zei de bewoner; aardig gesprek")
        record_attempt(s, r, homes[codes[1]], 5, datetime(2026, 11, 24, 19, 15), made["first"], made["teams"][1],
                       come_back="do 19:00")
        record_attempt(s, r, homes[codes[2]], 4, datetime(2026, 11, 24, 20, 1), made["first"], None)
        # Two rings without a typed time: the grid keeps both at the evening's start.
        for _ in range(2):
            record_attempt(s, r, homes[codes[3]], 3, datetime(2026, 11, 26, 18, 30), made["second"], made["teams"][1])
    return {**made, "building": building, "homes": homes, "codes": codes}


def _attempts(session, round_id: int) -> list[tuple]:
    rows = session.scalars(select(DoorAttempt).where(DoorAttempt.round_id == round_id))
    return sorted((a.home.code, session.get(Evening, a.evening_id).date, a.at, a.outcome.code,
                   session.get(Team, a.team_id).name if a.team_id else "", a.come_back, a.note) for a in rows)


def _count(session) -> int:
    return session.scalar(select(func.count(DoorAttempt.id)))


def _write_csv(path, rows, header=COLUMNS, encoding="cp1252"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_into_a_fresh_copy_of_the_round(database, setup, tmp_path, suffix):
    target = tmp_path / f"bezoeken{suffix}"
    with database.session() as s, s.begin():
        assert export_outcomes(s, setup["round"], target) == 6
        copy = _make_round(s, setup["building"], "Kopie")
    with database.session() as s, s.begin():
        result = import_outcomes(s, copy["round"], target)
    assert (result.added, result.updated, result.skipped) == (6, 0, 0)
    with database.session() as s:
        original, copied = _attempts(s, setup["round"]), _attempts(s, copy["round"])
    assert copied == original
    assert any(row[6].startswith("=HYPERLINK") for row in copied)      # the note came back exactly


def test_export_is_formula_safe_and_dutch(database, setup, tmp_path):
    target = tmp_path / "bezoeken.csv"
    with database.session() as s, s.begin():
        export_outcomes(s, setup["round"], target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "# Vertrouwelijk — alleen voor de coördinator, bevat persoonsgegevens, " \
                                   "niet doorsturen of laten liggen"
    assert text.splitlines()[1] == ";".join(COLUMNS)
    assert "24-11-2026;18:40;3;niet thuis;Team 1;;;1\r\n" in text
    assert "26-11-2026;18:30;3;niet thuis;Team 2;;;1\r\n" in text and "26-11-2026;18:30;3;niet thuis;Team 2;;;2\r\n" in text
    cells = [cell for row in csv.reader(text.splitlines(), delimiter=";") for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    from openpyxl import load_workbook

    xlsx = tmp_path / "bezoeken.xlsx"
    with database.session() as s, s.begin():
        export_outcomes(s, setup["round"], xlsx)
    sheet = load_workbook(xlsx).active
    assert sheet["A1"].value == Tier.CONFIDENTIAL.line and sheet["A2"].value == COLUMNS[0]
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)


def test_importing_the_same_file_twice_adds_nothing(database, setup, tmp_path):
    target = tmp_path / "bezoeken.xlsx"
    with database.session() as s, s.begin():
        export_outcomes(s, setup["round"], target)
        before = _count(s)
    with database.session() as s, s.begin():
        result = import_outcomes(s, setup["round"], target)
    assert (result.added, result.updated, result.skipped) == (0, 0, 6)
    with database.session() as s:
        assert _count(s) == before


def test_a_changed_note_updates_the_kept_attempt(database, setup, tmp_path):
    code = setup["codes"][2]
    path = _write_csv(tmp_path / "b.csv", [[code, "24-11-2026", "20:01", "4", "", "", "", "Wil niet; zéér beslist"]])
    with database.session() as s, s.begin():
        result = import_outcomes(s, setup["round"], path)
    assert (result.added, result.updated, result.skipped) == (0, 1, 0)
    with database.session() as s:
        notes = [row[6] for row in _attempts(s, setup["round"]) if row[0] == code]
    assert notes == ["Wil niet; zéér beslist"]


def test_excel_csv_windows_1252_with_warnings_as_in_the_grid(database, setup, tmp_path):
    code = setup["codes"][5]
    rows = [[code, "26-11-2026", "1935", "7", "", "", "", "Spreekt Pools — tolk nodig"],
            [code, "26-11-2026", "22.15", "5", "", "Team 1", "", ""]]
    path = _write_csv(tmp_path / "b.csv", rows)
    with database.session() as s, s.begin():
        result = import_outcomes(s, setup["round"], path)
    assert result.added == 2
    assert any("rij 3" in w and "buiten de avond" in w for w in result.warnings)
    assert any("rij 3" in w and "zonder tijd" in w for w in result.warnings)
    with database.session() as s:
        mine = [row for row in _attempts(s, setup["round"]) if row[0] == code]
    assert mine[0][2] == datetime(2026, 11, 26, 19, 35) and mine[0][4] == ""
    assert mine[0][6] == "Spreekt Pools — tolk nodig"


@pytest.mark.parametrize("row, column, reason", [
    (["X-99", "24-11-2026", "19:00", "3"], "Woning", "hoort niet bij flat"),
    (["{home}", "24-11-2026", "19:00", "12"], "Uitkomst", "bestaat niet in deze ronde"),
    (["{home}", "25-11-2026", "19:00", "3"], "Datum", "geen avond van ronde"),
    (["{home}", "31-11-2026", "19:00", "3"], "Datum", "geen datum"),
    (["{home}", "24-11-2026", "25:70", "3"], "Tijd", "geen tijd"),
    (["{home}", "24-11-2026", "", "3"], "Tijd", "ontbreekt"),
    (["{home}", "24-11-2026", "19:00", "3", "", "Team 9"], "Team", "bestaat niet"),
])
def test_a_bad_row_is_named_and_nothing_is_saved(database, setup, tmp_path, row, column, reason):
    good = [setup["codes"][4], "24-11-2026", "19:00", "3"]
    bad = [cell.format(home=setup["codes"][4]) for cell in row]
    path = _write_csv(tmp_path / "b.csv", [good, bad])
    with database.session() as s:
        before = _count(s)
    with pytest.raises(OutcomesImportError) as caught, database.session() as s, s.begin():
        import_outcomes(s, setup["round"], path)
    issue = caught.value.issues[0]
    assert (issue.row, issue.column) == (3, column) and reason in issue.message, str(issue)
    assert "Er is niets opgeslagen" in str(caught.value)
    with database.session() as s:
        assert _count(s) == before


def test_duplicate_rows_in_one_file_are_refused(database, setup, tmp_path):
    row = [setup["codes"][4], "24-11-2026", "19:00", "3"]
    path = _write_csv(tmp_path / "b.csv", [row, list(row), row[:3] + ["3.0"]], header=COLUMNS[:4])
    with pytest.raises(OutcomesImportError) as caught, database.session() as s, s.begin():
        import_outcomes(s, setup["round"], path)
    assert [(i.row, "staat al op rij 2; waren het twee bezoeken" in i.message) for i in caught.value.issues] == [
        (3, True), (4, True)]


def test_two_identical_rings_numbered_in_bezoek_are_two_visits_once(database, setup, tmp_path):
    row = [setup["codes"][4], "24-11-2026", "19:00", "3", "", "", "", ""]
    path = _write_csv(tmp_path / "b.csv", [row + ["2"], row + ["1"]])
    for added, skipped in ((2, 0), (0, 2)):
        with database.session() as s, s.begin():
            result = import_outcomes(s, setup["round"], path)
        assert (result.added, result.skipped) == (added, skipped)
    bad = _write_csv(tmp_path / "c.csv", [row + ["nul"]])
    with pytest.raises(OutcomesImportError, match="kolom Bezoek: 'nul' is geen bezoeknummer"), database.session() as s:
        import_outcomes(s, setup["round"], bad)


def test_empty_file_and_missing_columns(database, setup, tmp_path):
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    with pytest.raises(OutcomesImportError, match="leeg"), database.session() as s:
        import_outcomes(s, setup["round"], empty)
    only_header = _write_csv(tmp_path / "kop.csv", [])
    with pytest.raises(OutcomesImportError, match="geen deurbezoeken"), database.session() as s:
        import_outcomes(s, setup["round"], only_header)
    other = _write_csv(tmp_path / "ander.csv", [["a", "b"]], header=("Naam", "Adres"))
    with pytest.raises(OutcomesImportError, match="geen kopregel"), database.session() as s:
        import_outcomes(s, setup["round"], other)
    missing = _write_csv(tmp_path / "mist.csv", [["A-1", "3"]], header=("Woning", "Uitkomst"))
    with pytest.raises(OutcomesImportError) as caught, database.session() as s:
        import_outcomes(s, setup["round"], missing)
    assert {(i.row, i.column) for i in caught.value.issues} == {(1, "Datum"), (1, "Tijd")}


def test_export_refuses_another_kind_of_file(database, setup, tmp_path):
    from flatapp.services.errors import UserError

    with pytest.raises(UserError, match=r"\.xlsx of \.csv"), database.session() as s:
        export_outcomes(s, setup["round"], tmp_path / "bezoeken.pdf")


def test_a_workbook_typed_in_excel_with_real_date_and_time_cells(database, setup, tmp_path):
    """Excel turns 24-11-2026 and 19:45 into date and time cells; they read as typed."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Bezoeken Najaar 2026"])                 # a title line above the header
    sheet.append(list(COLUMNS))
    sheet.append([setup["codes"][6], date(2026, 11, 26), time(19, 45), 3, "", "Team 2", "", ""])
    sheet.append([setup["codes"][7], datetime(2026, 11, 26), time(20, 5), 3.0, "", "", "", ""])
    path = tmp_path / "getypt.xlsx"
    workbook.save(path)
    with database.session() as s, s.begin():
        assert import_outcomes(s, setup["round"], path).added == 2
    with database.session() as s:
        rows = {row[0]: row for row in _attempts(s, setup["round"])}
    assert rows[setup["codes"][6]][2] == datetime(2026, 11, 26, 19, 45) and rows[setup["codes"][6]][4] == "Team 2"
    assert rows[setup["codes"][7]][2] == datetime(2026, 11, 26, 20, 5)
