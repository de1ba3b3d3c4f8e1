import json
import time

import openpyxl
import pytest
from sqlalchemy import func, select

from flatapp.importing.model import ColumnMapping, HomeRecord, ImportPlan
from flatapp.importing.table_reader import ImportFileError
from flatapp.services import home_import as home_import_service
from flatapp.services.buildings import find_building
from flatapp.services.home_import import ImportNeedsConfirmation, apply_plan, import_homes_file
from flatapp.services.homes import list_home_rows
from flatapp.storage.models import ActivityLog, Building, Entrance, Home

HEADER = "VHE-nummer;Straatnaam;Huisnummer;Toevoeging;Postcode;Plaats;Portiek;Verdieping;Soort eenheid"


def dutch_csv(path, rows, title="Export eenheden Flat De Toren", header=HEADER, totals=True):
    """As Dutch Excel saves it: ';', Windows-1252, CRLF, title line, totals line, empty lines at the end."""
    lines = [title + ";" * header.count(";"), header, *rows]
    if totals:
        lines.append(f"Totaal;{len(rows)};;;;;;;")
    lines += ["", ""]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


ROWS = [
    "V103;Burgemeester Dóumastraat;3;;8601 XA;Sneek;Portiek B;BG;Woning",
    "V101;Burgemeester Dóumastraat;1;;8601 XA;Sneek;Portiek A;1e;Woning",
    "V102;Burgemeester Dóumastraat;2;;8601 XA;Sneek;Portiek A;BG;Woning",
    "V104;Burgemeester Dóumastraat;4;2;8601 XA;Sneek;Portiek B;begane grond;Woning",
    "V901;Burgemeester Dóumastraat;3;;8601 XA;Sneek;Portiek B;BG;Berging",
]


def homes(database, name="Flat De Toren"):
    with database.session() as session:
        building = find_building(session, name)
        return list_home_rows(session, building.id) if building else []


def counts(database):
    with database.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Building, Entrance, Home, ActivityLog))


def run_import(database, path, name="Flat De Toren", **options):
    with database.session() as session, session.begin():
        return import_homes_file(session, path, name, **options)


def test_import_creates_building_entrances_and_homes_in_walking_order(database, tmp_path):
    result = run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    assert result.written and not result.issues
    assert (result.created, result.updated, result.unchanged) == (4, 0, 0)
    assert (result.skipped_non_homes, result.skipped_totals) == (1, 1)
    rows = homes(database)
    # Entrances in order of first appearance (B before A), then floor, then number.
    assert [(r.code, r.entrance, r.floor, r.number_label) for r in rows] == [
        ("FDT-001", "Portiek B", 0, "3"), ("FDT-002", "Portiek B", 0, "4-2"),
        ("FDT-003", "Portiek A", 0, "2"), ("FDT-004", "Portiek A", 1, "1"),
    ]
    assert rows[0].street == "Burgemeester Dóumastraat"
    first = rows[0]
    assert (first.postcode, first.city, first.vhe_code, first.unit_type) == ("8601 XA", "Sneek", "V103", "Woning")


def test_one_activity_entry_per_import(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    with database.session() as session:
        entries = list(session.scalars(select(ActivityLog).where(ActivityLog.action == "homes.import")))
    assert len(entries) == 1
    assert "toren.csv" in entries[0].summary and "4 nieuw" in entries[0].summary
    details = json.loads(entries[0].details)
    assert details == {"file": "toren.csv", "created": 4, "updated": 0, "unchanged": 0,
                       "skipped_non_homes": 1, "skipped_totals": 1, "rejected_rows": 0}


def test_reimport_of_the_same_file_changes_nothing(database, tmp_path):
    path = dutch_csv(tmp_path / "toren.csv", ROWS)
    run_import(database, path)
    before = homes(database)
    result = run_import(database, path)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 4)
    assert homes(database) == before                              # same ids, codes, everything
    assert counts(database)[2] == 4


def test_reimport_updates_changed_homes_and_adds_new_ones(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    changed = [ROWS[0].replace(";BG;", ";2;"), *ROWS[1:4],
               "V105;Burgemeester Dóumastraat;5;;8601 XA;Sneek;Portiek C;3;Woning"]
    result = run_import(database, dutch_csv(tmp_path / "toren-2.csv", changed))
    assert (result.created, result.updated, result.unchanged) == (1, 1, 3)
    by_vhe = {r.vhe_code: r for r in homes(database)}
    assert by_vhe["V103"].floor == 2 and by_vhe["V103"].code == "FDT-001"
    new = by_vhe["V105"]
    assert (new.code, new.entrance, new.entrance_position) == ("FDT-005", "Portiek C", 2)


def test_vhe_code_finds_the_home_after_an_address_correction(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    before = {r.vhe_code: r for r in homes(database)}
    corrected = [ROWS[0].replace(";3;;8601 XA;", ";3;A;8601 XB;"), *ROWS[1:4]]
    result = run_import(database, dutch_csv(tmp_path / "toren-2.csv", corrected))
    assert (result.created, result.updated) == (0, 1)
    after = {r.vhe_code: r for r in homes(database)}
    assert (after["V103"].id, after["V103"].code) == (before["V103"].id, before["V103"].code)
    assert (after["V103"].postcode, after["V103"].number_label) == ("8601 XB", "3-A")


def test_without_vhe_column_homes_are_matched_by_address_and_keep_their_vhe_code(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    header = "Straat;Huisnummer;Toevoeging;Postcode;Verdieping"
    result = run_import(database, dutch_csv(tmp_path / "zonder-vhe.csv", [
        "Burgemeester Dóumastraat;3;;8601xa;5",
        "Burgemeester Dóumastraat;4;2;8601 XA;BG",
    ], header=header, totals=False))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    by_vhe = {r.vhe_code: r for r in homes(database)}
    assert by_vhe["V103"].floor == 5
    assert (by_vhe["V103"].entrance, by_vhe["V103"].city) == ("Portiek B", "Sneek")   # not in the file: kept


def test_renumbered_vhe_code_updates_the_home_at_that_address(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    code = {r.vhe_code: r.code for r in homes(database)}["V101"]
    result = run_import(database, dutch_csv(tmp_path / "nieuw.csv", [ROWS[1].replace("V101", "N-2024-101")]))
    assert (result.created, result.updated) == (0, 1)
    assert {r.code: r.vhe_code for r in homes(database)}[code] == "N-2024-101"


def test_entrance_names_match_whatever_the_case(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    result = run_import(database, dutch_csv(tmp_path / "klein.csv", [ROWS[1].replace("Portiek A", "PORTIEK  a")]))
    assert result.unchanged == 1
    assert counts(database)[1] == 2


def test_file_without_floor_column_keeps_floors_and_new_homes_get_ground_floor(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    header = "VHE;Straat;Huisnummer;Postcode"
    result = run_import(database, dutch_csv(tmp_path / "kaal.csv", [
        "V101;Burgemeester Dóumastraat;1;8601 XA",
        "V106;Burgemeester Dóumastraat;6;8601 XA",
    ], header=header, totals=False))
    assert (result.created, result.updated, result.unchanged) == (1, 0, 1)
    by_vhe = {r.vhe_code: r for r in homes(database)}
    assert by_vhe["V101"].floor == 1
    assert (by_vhe["V106"].floor, by_vhe["V106"].entrance) == (0, "")


def test_bad_rows_mean_nothing_is_written(database, tmp_path):
    before = counts(database)
    bad = [*ROWS[:2], "V110;Burgemeester Dóumastraat;10;;86 01XA;Sneek;Portiek A;1e;Woning",
           "V111;Burgemeester Dóumastraat;11;;8601 XA;Sneek;Portiek A;dak;Woning"]
    result = run_import(database, dutch_csv(tmp_path / "fout.csv", bad))
    assert not result.written
    assert [str(i) for i in result.issues] == [
        "rij 5, kolom Postcode: postcode '86 01XA' is niet van de vorm 1234 AB",
        "rij 6, kolom Verdieping: verdieping 'dak' is niet te begrijpen (verwacht bijv. BG, 0, 1e, 2)",
    ]
    assert result.summary().startswith("Niets geïmporteerd: 2 rij(en) afgekeurd")
    assert counts(database) == before                              # not even the building or a log entry


def test_rejected_reimport_leaves_existing_homes_alone(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    before = homes(database)
    changed = [ROWS[0].replace(";BG;", ";4;"), ROWS[1].replace(";Sneek;", ";Sneek;").replace(";1;", ";;")]
    result = run_import(database, dutch_csv(tmp_path / "toren-2.csv", changed))
    assert not result.written and [i.reason for i in result.issues] == ["huisnummer ontbreekt"]
    assert homes(database) == before


def test_skip_invalid_writes_the_good_rows_and_reports_the_bad(database, tmp_path):
    bad = [*ROWS[:2], "V110;Burgemeester Dóumastraat;10;;86 01XA;Sneek;Portiek A;1e;Woning",
           "V101;Burgemeester Dóumastraat;12;;8601 XA;Sneek;Portiek A;1e;Woning"]
    result = run_import(database, dutch_csv(tmp_path / "fout.csv", bad), skip_invalid=True)
    assert result.written and result.created == 1
    assert [(i.row_number, i.reason) for i in result.issues] == [
        (4, "zelfde VHE-nummer als rij 6"),
        (5, "postcode '86 01XA' is niet van de vorm 1234 AB"),
        (6, "zelfde VHE-nummer als rij 4"),
    ]
    assert [r.vhe_code for r in homes(database)] == ["V103"]
    assert "3 rij(en) afgekeurd" in result.summary()


def test_duplicate_rows_within_a_file_are_reported_naming_the_other_row(database, tmp_path):
    dup = [*ROWS[:4], "V120;Burgemeester Dóumastraat;1;;8601 XA;Sneek;Portiek A;1e;Woning"]
    result = run_import(database, dutch_csv(tmp_path / "dubbel.csv", dup))
    assert [str(i) for i in result.issues] == [
        "rij 4, kolom Huisnummer: zelfde adres als rij 7",
        "rij 7, kolom Huisnummer: zelfde adres als rij 4",
    ]


def test_address_taken_by_another_existing_home_is_an_issue(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    before = homes(database)
    # V103 claims number 1, which still belongs to V101 (not in this file, so it stays).
    moved = ["V103;Burgemeester Dóumastraat;1;;8601 XA;Sneek;Portiek B;BG;Woning",
             "V104;Burgemeester Dóumastraat;4;2;8601 XA;Sneek;Portiek B;1;Woning"]
    result = run_import(database, dutch_csv(tmp_path / "botsing.csv", moved))
    assert not result.written
    assert len(result.issues) == 1 and result.issues[0].row_number == 3
    assert "is al van woning FDT-004, VHE-nummer V101" in result.issues[0].reason
    assert homes(database) == before
    result = run_import(database, dutch_csv(tmp_path / "botsing.csv", moved), skip_invalid=True)
    assert (result.written, result.updated, len(result.issues)) == (True, 1, 1)
    assert {r.vhe_code: r.floor for r in homes(database)}["V104"] == 1


def test_two_homes_may_swap_addresses_by_vhe_code(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    before = {r.vhe_code: r for r in homes(database)}
    swapped = ["V101;Burgemeester Dóumastraat;2;;8601 XA;Sneek;Portiek A;1e;Woning",
               "V102;Burgemeester Dóumastraat;1;;8601 XA;Sneek;Portiek A;BG;Woning"]
    result = run_import(database, dutch_csv(tmp_path / "ruil.csv", swapped))
    assert (result.written, result.updated) == (True, 2)
    after = {r.vhe_code: r for r in homes(database)}
    assert (after["V101"].house_number, after["V101"].code) == (2, before["V101"].code)
    assert (after["V102"].house_number, after["V102"].code) == (1, before["V102"].code)


def test_freed_address_goes_to_a_new_home(database, tmp_path):
    run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    # V101 moves to number 7; a new unit V150 now has number 1.
    rows = ["V101;Burgemeester Dóumastraat;7;;8601 XA;Sneek;Portiek A;1e;Woning",
            "V150;Burgemeester Dóumastraat;1;;8601 XA;Sneek;Portiek A;1e;Woning"]
    result = run_import(database, dutch_csv(tmp_path / "nieuw.csv", rows))
    assert (result.created, result.updated) == (1, 1)
    assert {r.vhe_code: r.house_number for r in homes(database)} == {
        "V101": 7, "V102": 2, "V103": 3, "V104": 4, "V150": 1}


def test_loaded_orm_objects_see_the_import(database, tmp_path):
    path = dutch_csv(tmp_path / "toren.csv", ROWS)
    with database.session() as session, session.begin():
        import_homes_file(session, path, "Flat De Toren")
        building = find_building(session, "Flat De Toren")
        home = next(h for h in building.homes if h.vhe_code == "V103")
        assert len(building.homes) == 4
        import_homes_file(session, dutch_csv(tmp_path / "2.csv", [ROWS[0].replace(";BG;", ";6;")]), "Flat De Toren")
        assert home.floor == 6                                    # not a stale value


def test_xlsx_with_title_row_and_numeric_cells(database, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Eenheden"
    sheet.append(["Woningbestand corporatie"])
    sheet.append(["VHE", "Straat", "Huisnummer", "Huisletter", "Postcode", "Woonplaats", "Etage"])
    sheet.append([40101, "Eikenlaan", 12, None, "8601 XA", "Sneek", 0])
    sheet.append([40102, "Eikenlaan", 12.0, "b", "8601XA", "Sneek", 1])
    sheet.append([40103, "Eikenlaan", 14, None, "8601 XA", "Sneek", "2e"])
    workbook.save(tmp_path / "export.xlsx")
    result = run_import(database, tmp_path / "export.xlsx", name="Eikenflat")
    assert (result.written, result.created) == (True, 3)
    rows = homes(database, "Eikenflat")
    assert [(r.vhe_code, r.number_label, r.postcode, r.floor) for r in rows] == [
        ("40101", "12", "8601 XA", 0), ("40102", "12B", "8601 XA", 1), ("40103", "14", "8601 XA", 2)]


def test_house_number_with_addition_in_one_column(database, tmp_path):
    header = "Straat;Huisnummer;Postcode"
    rows = ["Eikenlaan;12-3;8601 XA", "Eikenlaan;12 A;8601 XA", "Eikenlaan;12-II;8601 XA", "Eikenlaan;12A-3;8601 XA"]
    result = run_import(database, dutch_csv(tmp_path / "nrs.csv", rows, header=header, totals=False))
    assert result.created == 4
    assert sorted(r.number_label for r in homes(database)) == ["12-3", "12-II", "12A", "12A-3"]


def test_non_homes_are_skipped_and_counted(database, tmp_path):
    rows = [*ROWS[:2],
            "V801;Burgemeester Dóumastraat;100;;8601 XA;Sneek;;;Garage",
            "V802;Burgemeester Dóumastraat;;;8601 XA;Sneek;;;Parkeerplaats",
            "V803;Burgemeester Dóumastraat;1a;;8601 XA;Sneek;Portiek A;BG;Bedrijfsruimte"]
    result = run_import(database, dutch_csv(tmp_path / "mix.csv", rows))
    assert (result.created, result.skipped_non_homes, result.skipped_totals) == (2, 3, 1)
    assert "3 geen woning (overgeslagen)" in result.summary()
    assert {r.unit_type for r in homes(database)} == {"Woning"}


def test_guessed_mapping_can_be_overridden(database, tmp_path):
    header = "Straat;Nr;Code;Gemeente"                         # postcode and city not recognised
    path = dutch_csv(tmp_path / "raar.csv", ["Eikenlaan;5;8601 XA;Sneek"], header=header, totals=False)
    with pytest.raises(ImportFileError, match="geen kolom gevonden voor: Postcode"):
        run_import(database, path, name="Raar")
    mapping = ColumnMapping({"street": 0, "house_number": 1, "postcode": 2, "city": 3})
    result = run_import(database, path, name="Raar", mapping=mapping)
    assert result.created == 1
    assert homes(database, "Raar")[0].city == "Sneek"


def test_file_without_required_columns_is_refused(database, tmp_path):
    path = dutch_csv(tmp_path / "half.csv", ["Eikenlaan;5"], header="Straat;Huisnummer", totals=False)
    with pytest.raises(ImportFileError, match="geen kolom gevonden voor: Postcode"):
        run_import(database, path)


def test_binary_file_is_refused(database, tmp_path):
    path = tmp_path / "adressen.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(ImportFileError, match="'adressen.csv' is een afbeelding"):
        run_import(database, path)
    assert counts(database) == (0, 0, 0, 0)


def test_apply_plan_with_records_built_by_hand(database):
    plan = ImportPlan(records=[
        HomeRecord(2, "Eikenlaan", 1, "", "", "8601 XA", "Sneek", "", None, "", ""),
        HomeRecord(3, "Eikenlaan", 2, "", "", "8601 XA", "Sneek", "", 3, "Hoofdingang", "Woning"),
    ])
    with database.session() as session, session.begin():
        result = apply_plan(session, "Handwerk", plan, source="handmatig")
        building = find_building(session, "Handwerk")
        assert building.city == "Sneek"
    assert result.created == 2
    assert [(r.floor, r.entrance) for r in homes(database, "Handwerk")] == [(3, "Hoofdingang"), (0, "")]


def test_new_homes_continue_after_existing_codes(database, make_building, tmp_path):
    make_building("Flat De Toren", homes=[("Portiek A", 0, 50)], postcode="8601 XA")
    result = run_import(database, dutch_csv(tmp_path / "toren.csv", ROWS))
    assert result.created == 4
    rows = homes(database)
    assert sorted(r.code for r in rows) == ["FDT-001", "FDT-002", "FDT-003", "FDT-004", "FDT-005"]
    # Portiek A existed first, so it stays left of the new Portiek B.
    assert [r.entrance for r in rows][:3] == ["Portiek A"] * 3


def test_fifty_thousand_rows_import_within_seconds(database, tmp_path):
    rows = [f"V{n};Straat {n // 1000};{n % 1000 + 1};;{1000 + n // 1000} AB;Sneek;P{n % 4};{n % 11};Woning"
            for n in range(50_000)]
    path = dutch_csv(tmp_path / "groot.csv", rows)
    start = time.perf_counter()
    result = run_import(database, path)
    elapsed = time.perf_counter() - start
    assert result.created == 50_000
    assert elapsed < 20, f"50,000 rows took {elapsed:.1f} s"      # a loaded test machine: generous bound
    start = time.perf_counter()
    assert run_import(database, path).unchanged == 50_000
    assert time.perf_counter() - start < 20


# ---------------------------------------------------------------- files that would damage what is there

UTF8_HEADER = "VHE-nummer;Straatnaam;Huisnummer;Postcode;Plaats"


def utf8_csv(path, street="Burgemeester Dóumastraat", count=40, extra=()):
    lines = [UTF8_HEADER, *[f"V{100 + n};{street};{n + 1};8601 XA;Sneek" for n in range(count)], *extra]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def test_an_exact_copy_of_a_row_imports_once_with_a_warning(database, tmp_path):
    copy = "V100;Burgemeester Dóumastraat;1;8601 XA;Sneek"
    result = run_import(database, utf8_csv(tmp_path / "dubbel.csv", count=3, extra=[copy]))
    assert result.written and (result.created, result.copies) == (3, 1)
    assert "1 dubbele rij(en) (precies gelijk) één keer geïmporteerd" in result.summary()
    assert len(homes(database)) == 3


def test_rows_sharing_an_address_or_vhe_number_but_differing_are_both_refused(database, tmp_path):
    other_vhe = "V999;Burgemeester Dóumastraat;1;8601 XA;Sneek"          # address of row 2
    other_street = "V101;Burgemeester Dóumastraat;77;8601 XA;Sneek"       # VHE number of row 3
    result = run_import(database, utf8_csv(tmp_path / "botsing.csv", count=3, extra=[other_vhe, other_street]))
    assert not result.written and result.copies == 0
    assert {issue.row_number for issue in result.issues} == {2, 3, 5, 6}
    assert "4 rij(en) afgekeurd" in result.summary()
    assert counts(database) == (0, 0, 0, 0)


def test_the_summary_counts_rows_not_problems(database, tmp_path):
    bad = [f"V9{n};;x{n};12;Sneek" for n in range(10)]               # three problems in each of 10 rows
    result = run_import(database, utf8_csv(tmp_path / "slecht.csv", count=2, extra=bad))
    assert len(result.issues) >= 20 and result.rejected_rows == 10
    assert "Niets geïmporteerd: 10 rij(en) afgekeurd" in result.summary()


def test_one_windows_1252_byte_never_rewrites_the_streets(database, tmp_path):
    assert run_import(database, utf8_csv(tmp_path / "eerst.csv")).created == 40
    path = utf8_csv(tmp_path / "daarna.csv")
    path.write_bytes(path.read_bytes().replace(b"V139;Burgemeester D\xc3\xb3umastraat;40;8601 XA;Sneek",
                                               b"V139;Burgemeester D\xc3\xb3umastraat;40;8601 XA;Sn\xe9ek"))
    result = run_import(database, path)
    assert (result.updated, result.unchanged) == (1, 39)
    assert {home.street for home in homes(database)} == {"Burgemeester Dóumastraat"}


def test_garbled_streets_are_refused_and_nothing_is_written(database, tmp_path):
    run_import(database, utf8_csv(tmp_path / "eerst.csv"))
    before = counts(database)
    result = run_import(database, utf8_csv(tmp_path / "verminkt.csv", street="Burgemeester DÃ³umastraat"))
    assert not result.written and result.rejected_rows == 40
    assert "bedoeld is waarschijnlijk 'Burgemeester Dóumastraat'" in result.issues[0].reason
    assert counts(database) == before
    assert {home.street for home in homes(database)} == {"Burgemeester Dóumastraat"}


def test_many_changed_addresses_are_shown_and_asked_first(database, tmp_path):
    run_import(database, utf8_csv(tmp_path / "eerst.csv"))
    before = counts(database)
    renamed = utf8_csv(tmp_path / "hernoemd.csv", street="Burgemeester Doumastraat")
    with pytest.raises(ImportNeedsConfirmation) as caught:
        run_import(database, renamed)
    question = caught.value
    assert question.kind == "changes" and len(question.changes) == 40 and question.homes_in_block == 40
    first = question.changes[0]
    assert (first.row_number, first.before, first.after) == (
        2, "Burgemeester Dóumastraat 1, 8601 XA Sneek", "Burgemeester Doumastraat 1, 8601 XA Sneek")
    assert "40 van de 40 woningen" in str(question) and "niets geïmporteerd" in str(question)
    assert counts(database) == before
    result = run_import(database, renamed, accept_changes=True)
    assert result.updated == 40
    assert {home.street for home in homes(database)} == {"Burgemeester Doumastraat"}


def test_a_few_changed_addresses_go_through_without_asking(database, tmp_path):
    run_import(database, utf8_csv(tmp_path / "eerst.csv"))
    path = utf8_csv(tmp_path / "correctie.csv")
    text = path.read_text(encoding="utf-8").replace(";1;8601 XA", ";1;8601 XB").replace(";2;8601 XA", ";2;8601 XB")
    path.write_text(text, encoding="utf-8")
    assert run_import(database, path).updated == 2


def test_a_very_large_file_asks_before_it_fills_the_database(database, tmp_path, monkeypatch):
    monkeypatch.setattr(home_import_service, "LARGE_IMPORT_ROWS", 30)   # a million rows, in small
    path = utf8_csv(tmp_path / "groot.csv")
    with pytest.raises(ImportNeedsConfirmation) as caught:
        run_import(database, path)
    assert caught.value.kind == "large" and caught.value.rows == 40 and "40 woningen" in str(caught.value)
    assert counts(database) == (0, 0, 0, 0)
    assert run_import(database, path, accept_large=True).created == 40


def test_a_cut_off_file_is_refused_and_nothing_is_written(database, tmp_path):
    path = utf8_csv(tmp_path / "afgebroken.csv")
    path.write_bytes(path.read_bytes() + "V200;Burgemeester Dóumastraat;41;8601 XA;Snee".encode())
    result = run_import(database, path)
    assert not result.written and [issue.row_number for issue in result.issues] == [42]
    assert counts(database) == (0, 0, 0, 0)
    assert run_import(database, path, skip_invalid=True).created == 40


def test_formula_looking_text_is_stored_as_plain_text(database, tmp_path):
    path = tmp_path / "formule.csv"
    path.write_bytes(b"Straat;Huisnummer;Postcode;Plaats\r\n=1+1;1;8601 XA;@A1\r\n"
                      b"'=HYPERLINK(\"x\");2;8601 XA;'+31\r\n")
    run_import(database, path)
    stored = sorted((home.street, home.city) for home in homes(database))
    assert stored == [("=1+1", "@A1"), ('=HYPERLINK("x")', "+31")]
