import zipfile

import openpyxl
import pytest

from flatapp.importing.table_reader import ImportFileError, list_sheets, read_table
from flatapp.services.errors import UserError

HEADER = "VHE-nummer;Straatnaam;Huisnummer;Toevoeging;Postcode;Plaats;Portiek;Verdieping"


def write_lines(path, lines, encoding="cp1252", newline="\r\n"):
    path.write_bytes(newline.join(lines).encode(encoding))
    return path


def test_dutch_excel_csv_with_title_blank_and_trailing_lines(tmp_path):
    path = write_lines(tmp_path / "export.csv", [
        "Export eenheden complex 4711;;;;;;;",
        ";;;;;;;",
        HEADER,
        "40101;Burgemeester Dóumastraat;12;;8601 XA;Sneek;A;BG",
        "",
        "40102; Burgemeester Dóumastraat ;14;2;8601 XA;Sneek;A;1e",
        "", "", "",
    ])
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.header_row_number) == ("cp1252", ";", 3)
    assert table.header == HEADER.split(";")
    # Row numbers as Excel shows them: the blank line 5 is counted but not kept.
    assert table.row_numbers == [4, 6]
    assert table.rows[0][1] == "Burgemeester Dóumastraat"
    assert table.rows[1][1] == "Burgemeester Dóumastraat"       # cells are stripped
    assert table.source == "export.csv"


def test_utf8_with_bom(tmp_path):
    path = write_lines(tmp_path / "bom.csv", [HEADER, "1;Eikenlaan;3;;8601 XA;Sneek;A;2"], encoding="utf-8-sig")
    table = read_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.header[0] == "VHE-nummer"                        # no BOM glued to the first name
    assert table.row_numbers == [2]


def test_utf8_without_bom_keeps_accents(tmp_path):
    path = write_lines(tmp_path / "utf8.csv", [HEADER, "1;Dóumastraat;3;;8601 XA;Leeuwarden;A;2"], "utf-8", "\n")
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert table.rows[0][1] == "Dóumastraat"


def test_comma_separated_with_quotes(tmp_path):
    path = write_lines(tmp_path / "komma.csv", [
        "straat,huisnummer,postcode,woonplaats",
        '"Laan van Oost, West",12,8601 XA,Sneek',
    ], "utf-8", "\n")
    table = read_table(path)
    assert table.delimiter == ","
    assert table.rows == [["Laan van Oost, West", "12", "8601 XA", "Sneek"]]


def test_tab_separated(tmp_path):
    path = write_lines(tmp_path / "tab.txt", ["Straat\tHuisnr\tPostcode", "Eikenlaan\t3\t8601 XA"], "utf-8", "\n")
    assert read_table(path).delimiter == "\t"


def test_commas_in_a_semicolon_file_do_not_fool_the_delimiter(tmp_path):
    path = write_lines(tmp_path / "export.csv", [
        "Export, aangemaakt 1-2-2024, door afdeling Wonen, versie 2",
        "Straat;Huisnummer;Postcode;Opmerking",
        "Eikenlaan;3;8601 XA;lift, trap, portiek",
    ])
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.rows == [["Eikenlaan", "3", "8601 XA", "lift, trap, portiek"]]


def test_quoted_line_break_stays_in_one_excel_row(tmp_path):
    path = write_lines(tmp_path / "opm.csv", [
        "Straat;Huisnummer;Postcode;Opmerking",
        'Eikenlaan;3;8601 XA;"regel een',
        'regel twee"',
        "Eikenlaan;5;8601 XA;",
    ])
    table = read_table(path)
    assert table.row_numbers == [2, 3]
    assert table.rows[0][3] == "regel een\r\nregel twee"


def test_short_rows_are_padded_and_unnamed_data_columns_get_a_name(tmp_path):
    path = write_lines(tmp_path / "ruw.csv", ["Straat;Huisnummer;Postcode", "Eikenlaan;3", "Eikenlaan;5;8601 XA;x"])
    table = read_table(path)
    assert table.header == ["Straat", "Huisnummer", "Postcode", "kolom D"]
    assert table.rows == [["Eikenlaan", "3", "", ""], ["Eikenlaan", "5", "8601 XA", "x"]]


def test_empty_columns_at_the_right_of_every_row_are_dropped(tmp_path):
    # Every row equally long (the common case, taken column by column) with two empty cells at the end.
    path = write_lines(tmp_path / "breed.csv", ["Straat;Huisnummer;Postcode;;", "Eikenlaan;3;8601 XA;;",
                                                 "Eikenlaan;5;;;", ";;;;", "Eikenlaan;7;8601 XA;;"])
    table = read_table(path)
    assert table.header == ["Straat", "Huisnummer", "Postcode"]
    assert table.rows == [["Eikenlaan", "3", "8601 XA"], ["Eikenlaan", "5", ""], ["Eikenlaan", "7", "8601 XA"]]
    assert table.row_numbers == [2, 3, 5]


def test_a_cell_in_the_last_column_of_one_row_keeps_that_column(tmp_path):
    path = write_lines(tmp_path / "breed.csv", ["Straat;Huisnummer;Postcode;;", "Eikenlaan;3;8601 XA;;",
                                                 "Eikenlaan;5;8601 XA;;opmerking"])
    table = read_table(path)
    assert table.header == ["Straat", "Huisnummer", "Postcode", "", "kolom E"]
    assert table.rows[0] == ["Eikenlaan", "3", "8601 XA", "", ""]


def _workbook(path, sheets):
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_with_title_row_and_numeric_cells(tmp_path):
    path = _workbook(tmp_path / "export.xlsx", {"Eenheden": [
        ["Overzicht eenheden"],
        [],
        ["VHE", "Straat", "Huisnummer", "Postcode", "Verdieping", "Oppervlakte"],
        [40101, "Kastanjelaan", 12, "8601 XA", 0, 71.5],
        [40102.0, "Kastanjelaan", 14.0, "8601 xa", 3, 64],
    ]})
    table = read_table(path)
    assert (table.sheet, table.header_row_number, table.row_numbers) == ("Eenheden", 3, [4, 5])
    assert table.rows == [
        ["40101", "Kastanjelaan", "12", "8601 XA", "0", "71.5"],
        ["40102", "Kastanjelaan", "14", "8601 xa", "3", "64"],      # no "12.0"; text kept as typed
    ]
    assert (table.encoding, table.delimiter) == ("", "")


def test_xlsx_sheets_choice_and_first_sheet_with_a_header(tmp_path):
    path = _workbook(tmp_path / "map.xlsx", {
        "Toelichting": [["Deze export bevat alle eenheden"], ["Vragen? Bel de corporatie"]],
        "Eenheden": [["Straat", "Huisnummer", "Postcode"], ["Eikenlaan", 3, "8601 XA"]],
        "Garages": [["Straat", "Huisnummer", "Postcode"], ["Eikenlaan", 103, "8601 XA"]],
    })
    assert list_sheets(path) == ["Toelichting", "Eenheden", "Garages"]
    assert read_table(path).sheet == "Eenheden"
    assert read_table(path, sheet="Garages").rows == [["Eikenlaan", "103", "8601 XA"]]
    with pytest.raises(ImportFileError, match="werkblad 'Woningen' bestaat niet.*Toelichting, Eenheden, Garages"):
        read_table(path, sheet="Woningen")
    with pytest.raises(ImportFileError, match="geen herkenbare kopregel"):
        read_table(path, sheet="Toelichting")


def test_list_sheets_of_a_csv_is_empty(tmp_path):
    assert list_sheets(write_lines(tmp_path / "a.csv", [HEADER])) == []


def _bytes(content: bytes):
    def make(path):
        path.write_bytes(content)
        return path
    return make


def _png(path):
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return path


def _zip(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("adressen.csv", HEADER)
    return path


@pytest.mark.parametrize("make,name,message", [
    (_bytes(b""), "leeg.csv", "is leeg"),
    (_bytes(b"\r\n ;;; \r\n\r\n"), "spaties.csv", "is leeg"),
    (_png, "foto.csv", "afbeelding"),
    (_bytes(b"\x00\x01\x02\x03binary\x00\x00" * 50), "data.csv", "binaire"),
    (_zip, "adressen.csv", "zip-bestand maar geen Excel-werkmap"),
    (_bytes(b"Straat;Huisnummer\nEikenlaan;3\n"), "kapot.xlsx", r"heet .xlsx, maar is .*tekstbestand \(CSV\)"),
    (_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100), "oud.xls", "oude Excel"),
    (_bytes(b"<html><table><tr><td>Straat</td></tr></table></html>"), "export.xls", "webpagina"),
    (_bytes(b"Naam;Telefoon\nJan;0612345678\n"), "namen.csv", "geen herkenbare kopregel"),
    (_bytes(b"Straat;Huisnummer;Postcode\r\n\r\n"), "kop.csv", "alleen een kopregel"),
])
def test_files_that_are_no_address_table_are_refused_with_a_dutch_reason(tmp_path, make, name, message):
    path = make(tmp_path / name)
    with pytest.raises(ImportFileError, match=message) as caught:
        read_table(path)
    assert f"'{name}'" in str(caught.value)                        # the message names the file
    assert isinstance(caught.value, UserError)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFileError, match="bestaat niet"):
        read_table(tmp_path / "weg.csv")
    with pytest.raises(ImportFileError, match="is een map"):
        read_table(tmp_path)


def test_damaged_xlsx_is_refused(tmp_path):
    good = _workbook(tmp_path / "goed.xlsx", {"Blad1": [["Straat", "Huisnummer", "Postcode"]]})
    damaged = tmp_path / "kapot.xlsx"
    damaged.write_bytes(good.read_bytes()[:400])                   # a cut-off download
    with pytest.raises(ImportFileError, match="'kapot.xlsx'"):
        read_table(damaged)


def test_xlsx_that_starts_lower_and_further_right_keeps_excel_row_numbers(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B3"], sheet["C3"], sheet["D3"] = "Straat", "Huisnummer", "Postcode"
    sheet["B5"], sheet["C5"], sheet["D5"] = "Eikenlaan", 3, "8601 XA"
    workbook.save(tmp_path / "rechtsonder.xlsx")
    table = read_table(tmp_path / "rechtsonder.xlsx")
    assert (table.header_row_number, table.row_numbers) == (3, [5])
    assert table.rows == [["", "Eikenlaan", "3", "8601 XA"]]


def test_a_stray_nul_byte_is_removed_but_many_mean_binary(tmp_path):
    path = tmp_path / "stuk.csv"
    good = b"Eikenlaan;3;8601 XA\r\n" * 300
    path.write_bytes(b"Straat;Huisnummer;Postcode\r\n" + good + b"Eiken\x00laan;5;8601 XA\r\n")
    assert read_table(path).rows[-1] == ["Eikenlaan", "5", "8601 XA"]
    path.write_bytes(b"Straat;Huisnummer;Postcode\r\n" + good + b"Eiken\x00laan;5;8601 XA\r\n" * 20)
    with pytest.raises(ImportFileError, match="'stuk.csv' is geen tekst- of CSV-bestand"):
        read_table(path)


def test_runaway_quote_is_refused_with_the_line(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_bytes(b"Straat;Huisnummer;Postcode\r\nEikenlaan;\"3;8601 XA\r\n" + b"Eikenlaan;5;8601 XA\r\n" * 8000)
    with pytest.raises(ImportFileError, match="'quote.csv' is vanaf regel .* niet als CSV te lezen"):
        read_table(path)


def test_a_big_file_is_sampled_from_its_head_with_the_same_outcome(tmp_path):
    # Over 64 KB: the delimiter and header are found in the file's head; the result is the whole file.
    lines = ["Adressen;;;", "Straat;Huisnummer;Postcode;Opmerking"]
    lines += [f"Eikenlaan;{n};8601 XA;{'x' * 40}" for n in range(1, 3001)]
    table = read_table(write_lines(tmp_path / "groot.csv", lines))
    assert (table.delimiter, table.header_row_number, len(table.rows)) == (";", 2, 3000)
    assert table.rows[-1] == ["Eikenlaan", "3000", "8601 XA", "x" * 40]


def test_a_big_file_whose_first_rows_are_longer_than_the_sample(tmp_path):
    # The first records hold quoted cells with line breaks, longer than the head that is sampled.
    long_cell = '"' + "regel\r\n" * 12000 + '"'
    lines = ["Straat;Huisnummer;Postcode;Opmerking", f"Eikenlaan;1;8601 XA;{long_cell}", "Eikenlaan;2;8601 XA;kort"]
    table = read_table(write_lines(tmp_path / "lang.csv", lines))
    assert (table.delimiter, table.header_row_number, table.row_numbers) == (";", 1, [2, 3])
    assert table.rows[0][3].count("regel") == 12000 and table.rows[1] == ["Eikenlaan", "2", "8601 XA", "kort"]
