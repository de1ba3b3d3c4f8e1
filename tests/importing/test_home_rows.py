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


# ---------------------------------------------------------------- column-wise fast paths
# A clean column is taken as it is and the irregular cells still go through the per-value checks:
# these tables mix both, so a wrong shortcut shows up as a different record or message.

FULL = ["VHE", "Straat", "Huisnummer", "Huisletter", "Toevoeging", "Postcode", "Plaats", "Verdieping",
        "Portiek", "Soort"]


def clean_rows(count: int) -> list[list[str]]:
    return [[f"V{n}", "Eikenlaan", str(n), "", "", "8601 XA", "Sneek", "1e", "Portiek A", "Woning"]
            for n in range(1, count + 1)]


def test_a_clean_table_gives_the_cells_as_they_are():
    plan = check(FULL, clean_rows(300))
    assert plan.ok and len(plan.records) == 300
    assert plan.records[-1] == (301, "Eikenlaan", 300, "", "", "8601 XA", "Sneek", "V300", 1, "Portiek A", "Woning")
    assert plan.records[0].vhe_code == "V1" and plan.records[0]._fields[0] == "row_number"


@pytest.mark.parametrize("column,cell,expected", [
    (1, "Eiken  laan", ("street", "Eiken laan")),
    (1, "Eiken\tlaan", ("street", "Eiken laan")),
    (1, "Eiken\u00a0laan", ("street", "Eiken laan")),
    (5, "8601xa", ("postcode", "8601 XA")),
    (5, "8601 xa", ("postcode", "8601 XA")),
    (6, "Sneek  Oost", ("city", "Sneek Oost")),
    (0, "V\n77", ("vhe_code", "V 77")),
    (8, "Portiek\u2003B", ("entrance", "Portiek B")),
    (3, "b", ("house_letter", "B")),
    (4, "ii", ("addition", "II")),
    (4, "-3", ("addition", "3")),
    (2, "00012", ("house_number", 12)),
    (2, "12.0", ("house_number", 12)),
])
def test_an_irregular_cell_in_a_clean_column_is_cleaned_as_before(column, cell, expected):
    rows = clean_rows(50)
    rows[20][column] = cell
    if column == 2:
        rows[11][2] = "9999"                     # keep row 12's number from colliding
    plan = check(FULL, rows)
    assert plan.ok, plan.issues
    field, value = expected
    assert getattr(plan.records[20], field) == value
    assert plan.records[19] == tuple(plan.records[19])  # the rest is untouched
    assert [r.street for r in plan.records].count("Eikenlaan") == (49 if column == 1 else 50)


def test_house_number_shortcut_agrees_with_the_full_parser():
    header = ["Straat", "Huisnummer", "Huisletter", "Toevoeging", "Postcode"]
    plan = check(header, [
        ["Eikenlaan", "00012", "a", "", "8601 XA"],    # five digits with a letter: 12A
        ["Eikenlaan", "000014", "", "", "8601 XA"],    # six digits, nothing else: 14 (as before)
        ["Eikenlaan", "000016", "A", "", "8601 XA"],   # zero padding with a letter: 16A
        ["Eikenlaan", "0", "", "", "8601 XA"],
        ["Eikenlaan", "18", "", "bis", "8601 XA"],
        ["Eikenlaan", "20", "é", "", "8601 XA"],
    ])
    assert [(r.row_number, r.house_number, r.house_letter, r.addition) for r in plan.records] == [
        (2, 12, "A", ""), (3, 14, "", ""), (4, 16, "A", ""), (6, 18, "", "BIS"),
    ]
    assert [str(issue) for issue in plan.issues] == [
        "rij 5, kolom Huisnummer: huisnummer '0' ligt buiten 1–99999",
        "rij 7, kolom Huisletter: huisletter 'é' moet één letter zijn",
    ]


def test_too_long_or_empty_text_in_an_otherwise_clean_column_is_reported():
    rows = clean_rows(30)
    rows[3][1] = ""
    rows[4][0] = "V" * 41
    rows[5][6] = ""                                 # an empty city is fine
    plan = check(FULL, rows)
    assert [str(issue) for issue in plan.issues] == [
        "rij 5, kolom Straat: straat ontbreekt",
        "rij 6, kolom VHE: 'VVVVVVVVVVVVVVVVVVVV…' is te lang (hoogstens 40 tekens)",
    ]
    assert len(plan.records) == 28 and plan.records[3].city == ""


def test_totals_line_non_homes_and_duplicates_together_in_a_big_table():
    rows = clean_rows(400)
    for n in range(0, 400, 3):
        rows[n][9] = "Garage"                        # 134 garages: more than the few dropped one by one
    rows[10][2] = rows[11][2]                        # row 12 (a home) repeats the address of row 13
    rows.append(["Totaal: 400", "", "", "", "", "", "", "", "", ""])
    plan = check(FULL, rows)
    assert plan.skipped_non_homes == 134 and plan.skipped_totals == 1
    assert [str(issue) for issue in plan.issues] == [
        "rij 12, kolom Huisnummer: zelfde adres als rij 13",
        "rij 13, kolom Huisnummer: zelfde adres als rij 12",
    ]
    assert len(plan.records) == 400 - 134 - 2
    assert all(r.unit_type == "Woning" for r in plan.records)
    assert [r.row_number for r in plan.records][:4] == [3, 4, 6, 7]


def test_a_postcode_in_other_digits_is_rejected_not_taken_as_written():
    header = ["Straat", "Huisnummer", "Huisletter", "Toevoeging", "Postcode"]
    plan = check(header, [["Eikenlaan", "12", "", "", "8601 XA"], ["Eikenlaan", "14", "", "", "٨٦٠١ XA"]])
    assert [r.postcode for r in plan.records] == ["8601 XA"]
    assert [str(issue) for issue in plan.issues] == ["rij 3, kolom Postcode: postcode '٨٦٠١ XA' is niet van de vorm 1234 AB"]
