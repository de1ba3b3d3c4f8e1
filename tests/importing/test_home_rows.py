import pytest

from flatapp.importing.column_mapping import guess_mapping
from flatapp.importing.home_rows import check_rows, is_non_home, is_totals_line
from flatapp.importing.model import ColumnMapping, RawTable
from flatapp.importing.table_reader import ImportFileError, read_table


def table(header: list[str], rows: list[list[str]], header_row: int = 1) -> RawTable:
    """A table as read_table gives it: rows numbered from just below the header."""
    width = len(header)
    return RawTable(source="test.csv", header=header, rows=[(r + [""] * width)[:width] for r in rows],
                    header_row_number=header_row,
                    row_numbers=list(range(header_row + 1, header_row + 1 + len(rows))))


def check(header, rows, header_row=1):
    data = table(header, rows, header_row)
    return check_rows(data, guess_mapping(data.header))


BASIC = ["Straat", "Huisnummer", "Postcode", "Plaats"]


@pytest.mark.parametrize("text,expected", [
    ("12", (12, "", "")), ("12.0", (12, "", "")), ("12-3", (12, "", "3")), ("12 A", (12, "A", "")),
    ("12a", (12, "A", "")), ("12-II", (12, "", "II")), ("12A-3", (12, "A", "3")), ("12 hs", (12, "", "HS")),
])
def test_house_number_column_may_hold_letter_and_addition(text, expected):
    plan = check(BASIC, [["Eikenlaan", text, "8601 XA", "Sneek"]])
    assert plan.ok
    record = plan.records[0]
    assert (record.house_number, record.house_letter, record.addition) == expected


def test_letter_and_addition_columns():
    header = ["Straat", "Huisnummer", "Huisletter", "Toevoeging", "Postcode"]
    plan = check(header, [
        ["Eikenlaan", "12", "b", "", "8601 XA"],
        ["Eikenlaan", "12", "", "-2", "8601 XA"],
        ["Eikenlaan", "14.0", "", "3.0", "8601 XA"],           # numbers that went through Excel
        ["Eikenlaan", "16", "AB", "", "8601 XA"],
        ["Eikenlaan", "18", "", "twee-drie!", "8601 XA"],
        ["Eikenlaan", "20A", "B", "", "8601 XA"],
        ["Eikenlaan", "22A", "A", "", "8601 XA"],
    ])
    assert [(r.row_number, r.house_number, r.house_letter, r.addition) for r in plan.records] == [
        (2, 12, "B", ""), (3, 12, "", "2"), (4, 14, "", "3"), (8, 22, "A", ""),
    ]
    assert [str(issue) for issue in plan.issues] == [
        "rij 5, kolom Huisletter: huisletter 'AB' moet één letter zijn",
        "rij 6, kolom Toevoeging: toevoeging 'twee-drie!' is niet te begrijpen (hoogstens 6 letters of cijfers)",
        "rij 7, kolom Huisletter: huisletter 'B' strijdt met huisnummer '20A'",
    ]


def test_postcodes_are_normalised_and_bad_ones_reported():
    plan = check(BASIC, [
        ["Eikenlaan", "1", "8601xa", "Sneek"],
        ["Eikenlaan", "2", " 8601  Xa ", "Sneek"],
        ["Eikenlaan", "3", "12345", "Sneek"],
        ["Eikenlaan", "4", "", "Sneek"],
        ["Eikenlaan", "5", "0601 XA", "Sneek"],
    ])
    assert [r.postcode for r in plan.records] == ["8601 XA", "8601 XA"]
    assert [(i.row_number, i.column, i.reason) for i in plan.issues] == [
        (4, "Postcode", "postcode '12345' is niet van de vorm 1234 AB"),
        (5, "Postcode", "postcode ontbreekt"),
        (6, "Postcode", "postcode '0601 XA' is niet van de vorm 1234 AB"),
    ]


def test_floors_are_understood_or_reported():
    header = BASIC + ["Etage"]
    floors = ["BG", "begane grond", "0", "1e", "2", "3e verdieping", "10", "4.0"]
    rows = [["Eikenlaan", str(n + 1), "8601 XA", "Sneek", floor] for n, floor in enumerate(floors)]
    rows += [["Eikenlaan", "50", "8601 XA", "Sneek", "zolder"], ["Eikenlaan", "51", "8601 XA", "Sneek", ""]]
    plan = check(header, rows)
    assert [r.floor for r in plan.records] == [0, 0, 0, 1, 2, 3, 10, 4]
    assert [(i.row_number, i.column) for i in plan.issues] == [(10, "Etage"), (11, "Etage")]
    assert "verdieping 'zolder' is niet te begrijpen" in plan.issues[0].reason
    assert plan.issues[1].reason == "verdieping ontbreekt"


def test_without_floor_column_the_floor_is_unknown():
    plan = check(BASIC, [["Eikenlaan", "1", "8601 XA", "Sneek"]])
    assert plan.records[0].floor is None


def test_missing_street_and_house_number_and_all_issues_of_a_row():
    plan = check(BASIC, [[" ", "", "8601 XA", "Sneek"], ["Eikenlaan", "twaalf", "99", "Sneek"]])
    assert plan.records == []
    assert [str(issue) for issue in plan.issues] == [
        "rij 2, kolom Straat: straat ontbreekt",
        "rij 2, kolom Huisnummer: huisnummer ontbreekt",
        "rij 3, kolom Huisnummer: huisnummer 'twaalf' is niet te begrijpen (verwacht bijv. 12, 12A, 12-3)",
        "rij 3, kolom Postcode: postcode '99' is niet van de vorm 1234 AB",
    ]


def test_duplicate_address_and_vhe_code_name_the_other_row():
    header = ["VHE", "Straat", "Huisnummer", "Postcode"]
    plan = check(header, [
        ["1", "Eikenlaan", "12", "8601 XA"],
        ["2", "Eikenlaan", "14", "8601 XA"],
        ["3", "Eikenlaan", "12", "8601xa"],            # the same address written differently
        ["2", "Eikenlaan", "16", "8601 XA"],
        ["5", "Eikenlaan", "12-1", "8601 XA"],         # another home: 12 with addition 1
    ], header_row=3)
    assert [r.row_number for r in plan.records] == [8]
    assert [str(issue) for issue in plan.issues] == [
        "rij 4, kolom Huisnummer: zelfde adres als rij 6",
        "rij 5, kolom VHE: zelfde VHE-nummer als rij 7",
        "rij 6, kolom Huisnummer: zelfde adres als rij 4",
        "rij 7, kolom VHE: zelfde VHE-nummer als rij 5",
    ]


def test_totals_lines_are_notices_not_issues():
    plan = check(BASIC, [
        ["Eikenlaan", "1", "8601 XA", "Sneek"],
        ["Totaal", "", "", ""],
        ["", "Aantal: 1", "", ""],
        ["", "", "1", ""],
    ])
    assert plan.ok and len(plan.records) == 1
    assert plan.skipped_totals == 3
    assert [str(n) for n in plan.notices] == [
        "rij 3, kolom Straat: totaalregel, overgeslagen",
        "rij 4, kolom Huisnummer: totaalregel, overgeslagen",
        "rij 5, kolom Postcode: totaalregel, overgeslagen",
    ]


@pytest.mark.parametrize("cells,expected", [
    (["Totaal", "", "198"], True), (["Aantal: 198"], True), (["Totaal aantal woningen: 198"], True),
    (["198"], True), (["Eikenlaan", "12"], False), (["Totaal", "Eikenlaan", "12", "8601 XA"], False),
    ([""], False),
])
def test_totals_line_recognition(cells, expected):
    assert is_totals_line(cells) is expected


@pytest.mark.parametrize("kind", ["Berging", "garage", "Parkeerplaats", "Bedrijfsruimte", "Winkel", "Kantoor",
                                  "Opslag", "Scootmobielstalling", "Garagebox", "BOG"])
def test_non_home_types(kind):
    assert is_non_home(kind)


@pytest.mark.parametrize("kind", ["Woning", "Zorgwoning", "Appartement", "Eengezinswoning",
                                  "Winkel met bovenwoning", "Studentenkamer", "Overig", ""])
def test_home_types(kind):
    assert not is_non_home(kind)


def test_non_homes_are_skipped_before_any_check():
    header = BASIC + ["Soort eenheid"]
    plan = check(header, [
        ["Eikenlaan", "12", "8601 XA", "Sneek", "Woning"],
        ["Eikenlaan", "12", "8601 XA", "Sneek", "Berging"],    # same address as the home: no duplicate
        ["Eikenlaan", "", "", "", "Parkeerplaats"],           # no address at all: not an issue
    ])
    assert plan.ok
    assert [r.unit_type for r in plan.records] == ["Woning"]
    assert plan.skipped_non_homes == 2
    assert [str(n) for n in plan.notices] == [
        "rij 3, kolom Soort eenheid: geen woning (Berging), overgeslagen",
        "rij 4, kolom Soort eenheid: geen woning (Parkeerplaats), overgeslagen",
    ]


def test_texts_are_tidied_and_too_long_values_reported():
    header = BASIC + ["Portiek"]
    plan = check(header, [
        ["Burgemeester   Dóumastraat", "1", "8601 XA", "Sneek", "Portiek  A"],
        ["Eikenlaan", "2", "8601 XA", "Sneek", "P" * 41],
    ])
    assert (plan.records[0].street, plan.records[0].entrance) == ("Burgemeester Dóumastraat", "Portiek A")
    assert [(i.row_number, i.column) for i in plan.issues] == [(3, "Portiek")]
    assert "te lang (hoogstens 40 tekens)" in plan.issues[0].reason


def test_issue_column_falls_back_to_the_field_label_when_the_header_cell_is_empty():
    data = table(["", "Huisnummer", "Postcode"], [["", "1", "8601 XA"]])
    mapping = ColumnMapping({"street": 0, "house_number": 1, "postcode": 2})
    assert [str(i) for i in check_rows(data, mapping).issues] == ["rij 2, kolom Straat: straat ontbreekt"]


def test_a_table_without_rows_gives_an_empty_plan():
    plan = check(BASIC, [])
    assert (plan.records, plan.issues, plan.notices) == ([], [], [])


def test_mapping_without_required_columns_is_refused():
    data = table(BASIC, [["Eikenlaan", "1", "8601 XA", "Sneek"]])
    with pytest.raises(ImportFileError, match="Postcode"):
        check_rows(data, ColumnMapping({"street": 0, "house_number": 1}))


def test_row_numbers_as_excel_shows_them_through_a_real_file(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes("\r\n".join([
        "Adressenlijst Flat De Toren;;;",            # row 1
        "",                                           # row 2
        "Straatnaam;Huisnr;Postcode;Verdieping",      # row 3
        "Eikenlaan;1;8601 XA;BG",                     # row 4
        "",                                           # row 5
        "Eikenlaan;2;86O1 XA;1",                      # row 6: letter O for zero
        "Eikenlaan;3;8601 XA;dak",                    # row 7
        "Totaal;3;;",                                 # row 8
        "", "",
    ]).encode("cp1252"))
    plan = check_rows(read_table(path), guess_mapping(read_table(path).header))
    assert [(i.row_number, i.column) for i in plan.issues] == [(6, "Postcode"), (7, "Verdieping")]
    assert [n.row_number for n in plan.notices] == [8]
    assert [r.row_number for r in plan.records] == [4]
