"""The one checked writer (never over a database or a file of another kind; atomic) and safe file names."""

from __future__ import annotations

import errno
import os
import sqlite3
import zipfile

import pytest

from flatapp.services.errors import UserError
from flatapp.services.output_files import check_target, safe_file_name, write_output, write_output_path


def sqlite_file(path):
    connection = sqlite3.connect(path)
    connection.execute("create table home (id integer primary key, street text)")
    connection.execute("insert into home (street) values ('Dóumastraat')")
    connection.commit()
    connection.close()
    return path


def xlsx_file(path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active["A1"] = "oud"
    workbook.save(path)
    return path


def pdf_bytes(text: str = "x") -> bytes:
    return b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n"


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "csv", "json"])
@pytest.mark.parametrize("name", ["uitvoer.{kind}", "zonder-naam", "kopie.txt"])
def test_a_database_is_never_written_over_whatever_its_name(tmp_path, kind, name):
    target = sqlite_file(tmp_path / name.format(kind=kind))
    before = target.read_bytes()
    with pytest.raises(UserError) as caught:
        write_output(target, kind, lambda out: out.write(pdf_bytes()))
    message = str(caught.value)
    assert "is een database" in message and "Kies een andere bestandsnaam" in message and str(target) in message
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("kind, name", [("pdf", "flatapp.sqlite"), ("pdf", "nieuw.db"), ("csv", "kopie.sqlite3"),
                                        ("pdf", "antwoorden.xlsx"), ("json", "uitkomsten.xlsx"), ("xlsx", "x.csv")])
def test_a_name_of_a_database_or_of_another_output_is_refused_even_when_new(tmp_path, kind, name):
    with pytest.raises(UserError) as caught:
        write_output(tmp_path / name, kind, lambda out: out.write(b"x"))
    assert f"eindigt op .{name.rsplit('.', 1)[1]}" in str(caught.value)
    assert f"geef een naam die eindigt op .{kind}" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_a_fifo_and_a_device_are_refused_without_being_opened(tmp_path):
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    with pytest.raises(UserError, match="is een map; geef een bestandsnaam"):
        check_target(folder, "pdf")
    fifo = tmp_path / "pijp.pdf"
    os.mkfifo(fifo)
    # Opening a FIFO for reading would wait for a writer for ever: the check must only stat it.
    with pytest.raises(UserError, match="geen gewoon bestand"):
        check_target(fifo, "pdf")
    with pytest.raises(UserError, match="geen gewoon bestand"):
        check_target("/dev/null", "csv")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("kind, existing", [
    ("pdf", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),            # a logo
    ("pdf", "Adressen;Huisnummer\nDóumastraat;1\n".encode()),     # the address list
    ("xlsx", b"%PDF-1.4\n"),
    ("xlsx", b"woning;KN1\n"),
    ("csv", b"%PDF-1.4\n\x00\x01\x02binary" * 20),
    ("csv", b"PK\x03\x04" + bytes(range(256)) * 4),                # a workbook is not a CSV
    ("json", bytes(range(256)) * 10),
])
def test_an_existing_file_of_another_kind_stays_as_it_was(tmp_path, kind, existing):
    target = tmp_path / f"bestaand.{kind}"
    target.write_bytes(existing)
    with pytest.raises(UserError, match="bestaat al en is geen .*ander soort"):
        write_output(target, kind, lambda out: out.write(b"nieuw"))
    assert target.read_bytes() == existing
    assert leftovers(tmp_path) == []


def test_a_word_document_is_not_a_workbook(tmp_path):
    target = tmp_path / "brief.xlsx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UserError, match="geen Excel-werkmap"):
        check_target(target, "xlsx")


def test_the_same_kind_and_empty_files_are_replaced_atomically(tmp_path):
    pdf = tmp_path / "deurlijsten.pdf"
    pdf.write_bytes(pdf_bytes("oud"))
    os.chmod(pdf, 0o640)
    assert write_output(pdf, "pdf", lambda out: out.write(pdf_bytes("nieuw")) and 3) == 3
    assert b"nieuw" in pdf.read_bytes() and oct(pdf.stat().st_mode & 0o777) == "0o640"
    book = xlsx_file(tmp_path / "antwoorden.xlsx")
    write_output(book, "xlsx", lambda out: out.write(b"PK\x03\x04 nieuw"))
    assert book.read_bytes().endswith(b"nieuw")
    text = tmp_path / "woningen.csv"
    text.write_bytes("code;straat\r\nA1;Dóumastraat\r\n".encode("cp1252"))     # Excel's CSV
    write_output(text, "csv", lambda out: out.write(b"nieuw"))
    empty = tmp_path / "leeg.json"
    empty.touch()
    write_output(empty, "json", lambda out: out.write(b"{}"))
    assert text.read_bytes() == b"nieuw" and empty.read_bytes() == b"{}"
    fresh = tmp_path / "nieuw.pdf"
    write_output(fresh, "pdf", lambda out: out.write(pdf_bytes()))
    assert oct(fresh.stat().st_mode & 0o777) == "0o644"
    assert leftovers(tmp_path) == []


def test_a_failing_writer_or_a_full_disk_leaves_nothing_half_written(tmp_path):
    target = tmp_path / "poster.pdf"
    target.write_bytes(pdf_bytes("oud"))

    def half_then_full(out):
        out.write(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError) as caught:
        write_output(target, "pdf", half_then_full)
    assert "De schijf is vol" in str(caught.value) and "er is niets veranderd" in str(caught.value)
    assert target.read_bytes() == pdf_bytes("oud")

    def bug(out):
        out.write(b"half")
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        write_output(target, "pdf", bug)
    with pytest.raises(UserError, match="niet leesbaar"):
        write_output_path(target, "pdf", lambda path: (_ for _ in ()).throw(UserError("niet leesbaar")))
    assert target.read_bytes() == pdf_bytes("oud")
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_said_in_dutch(tmp_path):
    with pytest.raises(UserError, match="De map '.*weg' bestaat niet"):
        write_output(tmp_path / "weg" / "x.pdf", "pdf", lambda out: out.write(b""))


def test_a_file_appearing_while_writing_is_not_overwritten(tmp_path):
    target = tmp_path / "uitvoer.pdf"

    def meanwhile(out):
        sqlite_file(target)        # another program puts a database there while the PDF is made
        out.write(pdf_bytes())

    with pytest.raises(UserError, match="is een database"):
        write_output(target, "pdf", meanwhile)
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("parts, expected", [
    (("deurlijsten", "Najaar/2026"), "deurlijsten-Najaar-2026.pdf"),
    (("deurlijsten", "..\\x"), "deurlijsten-x.pdf"),
    (("poster", "../../etc/passwd", "A1"), "poster-etc-passwd-A1.pdf"),
    (("folder", "C:\\Users\\anja", "A5"), "folder-C-Users-anja-A5.pdf"),
    (("Brieven", "Najaar 2026: <De Dóuma> | \"test\"?*"), "Brieven-Najaar-2026-De-Dóuma-test.pdf"),
    (("nul\x00regel\nnieuw",), "nul-regel-nieuw.pdf"),
    (("CON",), "_CON.pdf"),
    (("", "..", "/"), "flatapp.pdf"),
])
def test_a_suggested_file_name_is_never_a_path(parts, expected):
    name = safe_file_name(*parts, suffix=".pdf")
    assert name == expected
    assert "/" not in name and "\\" not in name and ".." not in name


def test_a_very_long_round_name_gives_a_name_of_at_most_120_characters():
    name = safe_file_name("poster", "Najaar " * 60, suffix=".pdf")
    assert len(name) <= 124 and name.endswith(".pdf") and not name[:-4].endswith("-")
