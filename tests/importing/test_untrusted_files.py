"""Address files that would damage what is there: every bad file is made here, in tmp_path.

Each case checks the Dutch message (what, where, why) or that the text read is the text meant.
"""

from __future__ import annotations

import os
import zipfile

import openpyxl
import pytest

from flatapp.importing.column_mapping import guess_mapping
from flatapp.importing.home_rows import check_rows
from flatapp.importing.table_reader import MAX_FILE_BYTES, ImportFileError, decode_text, read_table
from flatapp.importing.text_safety import garbled_original, remove_unsafe

HEADER = "VHE-nummer;Straatnaam;Huisnummer;Postcode;Plaats;Soort eenheid"


def rows(count: int, street: str = "Burgemeester Dóumastraat") -> list[str]:
    return [f"V{100 + n};{street};{n + 1};8601 XA;Sneek;Woning" for n in range(count)]


def plan_of(path):
    table = read_table(path)
    return table, check_rows(table, guess_mapping(table.header))


# ---------------------------------------------------------------- one encoding for the whole file

def test_one_windows_1252_byte_in_a_utf8_file_garbles_nothing(tmp_path):
    lines = [HEADER, *rows(40)]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    # One name typed in another program: 'Café' with a Windows-1252 é (E9), not UTF-8 (C3 A9).
    data = data.replace(b"V139;Burgemeester D\xc3\xb3umastraat;40;8601 XA;Sneek",
                        b"V139;Burgemeester D\xc3\xb3umastraat;40;8601 XA;Caf\xe9 Sneek")
    path = tmp_path / "gemengd.csv"
    path.write_bytes(data)
    table, plan = plan_of(path)
    assert table.encoding == "utf-8+cp1252"
    assert {record.street for record in plan.records} == {"Burgemeester Dóumastraat"}
    assert plan.records[-1].city == "Café Sneek"
    assert plan.ok


def test_a_windows_1252_file_stays_windows_1252(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows(3)]) + "\r\n").encode("cp1252"))
    table, plan = plan_of(path)
    assert table.encoding == "cp1252"
    assert plan.records[0].street == "Burgemeester Dóumastraat"


def test_decode_text_keeps_bom_files_and_mixes_only_when_mostly_utf8(tmp_path):
    assert decode_text(tmp_path / "x", "é".encode("utf-8-sig") + b"\xe9")[0] == "éé"
    assert decode_text(tmp_path / "x", b"caf\xe9 \xe9t\xe9")[1] == "cp1252"


def test_garbled_text_is_refused_with_the_text_meant(tmp_path):
    path = tmp_path / "dubbel.csv"
    # UTF-8 read once as Windows-1252 and saved again as UTF-8: 'DÃ³umastraat' in the file itself.
    path.write_bytes(("\r\n".join([HEADER, *rows(3, street="Burgemeester DÃ³umastraat")]) + "\r\n").encode("utf-8"))
    _table, plan = plan_of(path)
    assert not plan.records
    assert len({issue.row_number for issue in plan.issues}) == 3
    issue = plan.issues[0]
    assert (issue.row_number, issue.column) == (2, "Straatnaam")
    assert "verminkte tekens" in issue.reason and "'Burgemeester Dóumastraat'" in issue.reason


def test_garbled_original_leaves_dutch_alone():
    assert garbled_original("Burgemeester DÃ³umastraat") == "Burgemeester Dóumastraat"
    assert garbled_original("Itâ€™s") == "It’s"
    for fine in ("Dóumastraat", "Ãlandsgatan", "Skûtsjestraat", "Oosterkade"):
        assert garbled_original(fine) is None


# ---------------------------------------------------------------- a file cut off

@pytest.mark.parametrize("tail, reason", [
    ("V142;Burgemeester Dóumastraat;43;8601 XA;Sneek;Wonin", "'Wonin' is het begin van een waarde"),
    ("V142;Burgemeester Dóumastraat;43;8601 X", "gevulde kolommen"),
    ('V142;"Burgemeester Dóum', "aanhalingstekens"),
])
def test_a_last_row_cut_off_in_the_middle_is_refused(tmp_path, tail, reason):
    path = tmp_path / "afgebroken.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows(40)]) + "\r\n" + tail).encode("utf-8"))
    _table, plan = plan_of(path)
    assert len(plan.records) == 40
    assert {issue.row_number for issue in plan.issues} == {42}
    cut = [issue.reason for issue in plan.issues if "rij lijkt afgebroken" in issue.reason]
    assert len(cut) == 1 and reason in cut[0]


def test_a_complete_last_row_without_final_newline_is_fine(tmp_path):
    path = tmp_path / "zonder.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows(5)])).encode("utf-8"))       # ends "…;Woning"
    _table, plan = plan_of(path)
    assert plan.ok and len(plan.records) == 5
    path.write_bytes(("\r\n".join([HEADER, *rows(5), "Totaal: 5"])).encode("utf-8"))
    _table, plan = plan_of(path)
    assert plan.ok and plan.skipped_totals == 1


def test_a_truncated_xlsx_is_called_cut_off(tmp_path):
    whole = tmp_path / "heel.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Straat", "Huisnummer", "Postcode"])
    workbook.active.append(["Eikenlaan", 3, "8601 XA"])
    workbook.save(whole)
    cut = tmp_path / "half.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ImportFileError, match="'half.xlsx' lijkt afgebroken"):
        read_table(cut)


# ---------------------------------------------------------------- what is kept of a cell

def test_control_characters_and_terminal_escapes_are_removed(tmp_path):
    path = tmp_path / "stuur.csv"
    street = "\x1b[31mEiken\x1b]0;titel\x07laan\x1b[0m\x7f\u202e\x85\x01"
    path.write_bytes(f"{HEADER}\r\nV1;{street};3;8601 XA;Sn\teek\x08;Woning\r\n".encode())
    _table, plan = plan_of(path)
    assert plan.ok
    assert (plan.records[0].street, plan.records[0].city) == ("Eikenlaan", "Sn eek")
    assert remove_unsafe("a\u2066b\u2069c\u200fd") == "abcd"


def test_control_characters_in_an_xlsx_are_removed_and_formulas_stay_text(tmp_path):
    path = tmp_path / "stuur.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Straat", "Huisnummer", "Postcode", "Plaats"])
    sheet.append(["\u202eEikenlaan\x7f\x85", 3, "8601 XA", "Sneek"])     # openpyxl cannot write C0
    sheet.append(["Eikenlaan", 4, "8601 XA", "=1+1"])             # a formula: never evaluated
    sheet.append(["Eikenlaan", 5, "8601 XA", "'=HYPERLINK(\"x\")"])
    workbook.save(path)
    _table, plan = plan_of(path)
    assert plan.records[0].street == "Eikenlaan"
    # openpyxl stores '=1+1' as a formula without a value: read as its text, never evaluated to '2'.
    assert plan.records[1].city == "=1+1"
    assert plan.records[2].city == '=HYPERLINK("x")'


def test_cells_starting_with_formula_signs_are_stored_as_text_and_apostrophes_read_back(tmp_path):
    path = tmp_path / "formules.csv"
    path.write_bytes(b"Straat;Huisnummer;Postcode;Plaats;Portiek\r\n"
                      b"=1+1;3;8601 XA;@SUM(A1);+31\r\n"
                      b"'=HYPERLINK(\"http://x\");4;8601 XA;'-3;'@b\r\n"
                      b"O'Neillstraat;5;8601 XA;'s-Hertogenbosch;A\r\n")
    _table, plan = plan_of(path)
    first, second, third = plan.records
    assert (first.street, first.city, first.entrance) == ("=1+1", "@SUM(A1)", "+31")
    assert (second.street, second.city, second.entrance) == ('=HYPERLINK("http://x")', "-3", "@b")
    assert (third.street, third.city) == ("O'Neillstraat", "'s-Hertogenbosch")


def test_two_columns_with_the_same_name_are_refused(tmp_path):
    path = tmp_path / "dubbel.csv"
    path.write_bytes(b"Straat;Huisnummer;Postcode;Straat;Opmerking;Opmerking\r\nEikenlaan;3;8601 XA;Beukenlaan;;\r\n")
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    message = str(caught.value)
    assert "'dubbel.csv'" in message and "kolom A 'Straat' en kolom D 'Straat'" in message
    assert "rij 1" in message and "andere naam" in message


# ---------------------------------------------------------------- what kind of file

def _xlsx_bytes(tmp_path) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Straat", "Huisnummer", "Postcode"])
    workbook.active.append(["Eikenlaan", 3, "8601 XA"])
    workbook.save(tmp_path / "echt.xlsx")
    return (tmp_path / "echt.xlsx").read_bytes()


@pytest.mark.parametrize("name", ["adressen.csv", "adressen.txt", "adressen"])
def test_an_xlsx_under_another_name_is_read_as_xlsx(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(_xlsx_bytes(tmp_path))
    table = read_table(path)
    assert table.rows == [["Eikenlaan", "3", "8601 XA"]] and table.sheet


def test_a_damaged_sheet_gets_a_dutch_message(tmp_path):
    good = _xlsx_bytes(tmp_path)
    path = tmp_path / "kapot.xlsx"
    with zipfile.ZipFile(tmp_path / "echt.xlsx") as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] + b"<row><c r=\"A9\"><v>&broken"
            target.writestr(item, data)
    assert good
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    message = str(caught.value)
    assert "'kapot.xlsx'" in message and "beschadigd" in message and "sla het opnieuw op" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_and_a_device_are_refused_at_once(tmp_path):
    fifo = tmp_path / "pijp.csv"
    os.mkfifo(fifo)
    with pytest.raises(ImportFileError, match="'pijp.csv' is een pijp"):
        read_table(fifo)                                   # would block forever when opened
    with pytest.raises(ImportFileError, match="'zero' is een apparaat"):
        read_table("/dev/zero")


def test_a_file_far_too_big_is_refused_before_reading(tmp_path):
    path = tmp_path / "groot.csv"
    with path.open("wb") as handle:                        # sparse: no disk used
        handle.write(b"Straat;Huisnummer;Postcode\r\n")
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFileError, match="'groot.csv' is 200 MB groot"):
        read_table(path)


def test_a_last_number_or_a_unique_code_that_starts_another_is_not_taken_for_cut_off(tmp_path):
    path = tmp_path / "nummers.csv"
    lines = ["Straat;Postcode;VHE-nummer;Huisnummer"] + [f"Eikenlaan;8601 XA;V{n};{n}" for n in range(10, 30)]
    path.write_bytes("\r\n".join([*lines, "Eikenlaan;8601 XA;V3;2"]).encode())     # 2 starts 20..29
    assert plan_of(path)[1].ok
    lines = ["Straat;Postcode;Huisnummer;VHE-nummer"] + [f"Eikenlaan;8601 XA;{n};V{n}" for n in range(10, 30)]
    path.write_bytes("\r\n".join([*lines, "Eikenlaan;8601 XA;3;V2"]).encode())     # V2 starts V20 once
    assert plan_of(path)[1].ok


def test_a_formula_with_a_stored_value_reads_that_value_and_is_never_recomputed(tmp_path):
    made = tmp_path / "made.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Straat", "Huisnummer", "Postcode", "Plaats"])
    workbook.active.append(["Eikenlaan", 3, "8601 XA", "=1+1"])
    workbook.save(made)
    path = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                # The value Excel stored (a wrong one on purpose): read as it is, never recomputed as 2.
                data = data.replace(b'<c r="D2"><f>1+1</f><v></v></c>',
                                    b'<c r="D2" t="str"><f>1+1</f><v>Sneek</v></c>')
            target.writestr(item, data)
    assert plan_of(path)[1].records[0].city == "Sneek"
