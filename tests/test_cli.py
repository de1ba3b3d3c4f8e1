"""The command line as a coordinator or a script uses it: same services, Dutch messages, exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from flatapp.cli import main

DUTCH_EXCEL_CSV = (
    "Export eenheden Accolade;;;;;\r\n"
    "VHE-nummer;Straatnaam;Huisnummer;Toevoeging;Postcode;Verdieping\r\n"
    "1001;Dóumastraat;12;;8601 aa;BG\r\n"
    "1002;Dóumastraat;12;1;8601AA;1e\r\n"
    "1003;Dóumastraat;14;;8601 AA;2\r\n"
)


@pytest.fixture
def db_path(tmp_path):
    """A new database made on purpose (opening a missing file never makes one)."""
    path = str(tmp_path / "cli.sqlite")
    assert main(["db", "create", path]) == 0
    return path


def write(tmp_path, name: str, text: str, encoding: str = "cp1252"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_import_then_list_homes_as_json_csv_and_table(tmp_path, db_path, capsys):
    source = write(tmp_path, "adressen.csv", DUTCH_EXCEL_CSV)
    assert main(["import-homes", source, "--building", "De Dóuma", "--db", db_path]) == 0
    assert "3 nieuw" in capsys.readouterr().out

    assert main(["homes", "--building", "de dóuma", "--format", "json", "--db", db_path]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert list(listing)[:2] == ["tier", "tier_line"] and listing["tier"] == "vertrouwelijk"
    homes = listing["homes"]
    assert [(h["house_number"], h["addition"], h["postcode"], h["floor"], h["vhe_code"]) for h in homes] == [
        (12, "", "8601 AA", 0, "1001"), (12, "1", "8601 AA", 1, "1002"), (14, "", "8601 AA", 2, "1003"),
    ]
    assert set(homes[0]) >= {"code", "street", "house_number", "house_letter", "addition", "postcode",
                             "city", "entrance", "floor", "vhe_code"}

    assert main(["homes", "--building", "De Dóuma", "--format", "csv", "--db", db_path]) == 0
    first, rest = capsys.readouterr().out.split("\n", 1)
    assert first.startswith("# Vertrouwelijk — ")
    rows = list(csv.DictReader(io.StringIO(rest)))
    assert [r["street"] for r in rows] == ["Dóumastraat"] * 3

    assert main(["homes", "--building", "De Dóuma", "--db", db_path]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("Vertrouwelijk — ")
    assert table[1].split()[:3] == ["code", "street", "house_number"]
    assert len(table) == 5


def test_reimport_updates_and_never_duplicates(tmp_path, db_path, capsys):
    source = write(tmp_path, "adressen.csv", DUTCH_EXCEL_CSV)
    assert main(["import-homes", source, "--building", "Flat", "--db", db_path]) == 0
    assert main(["import-homes", source, "--building", "Flat", "--db", db_path]) == 0
    assert "3 ongewijzigd" in capsys.readouterr().out
    assert main(["homes", "--building", "Flat", "--format", "json", "--db", db_path]) == 0
    assert len(json.loads(capsys.readouterr().out)["homes"]) == 3


def test_bad_rows_are_listed_and_nothing_is_written(tmp_path, db_path, capsys):
    bad = DUTCH_EXCEL_CSV + "1004;Dóumastraat;;;8601 AA;3\r\n1005;Dóumastraat;16;;86011;zolder\r\n"
    source = write(tmp_path, "fout.csv", bad)
    assert main(["import-homes", source, "--building", "Flat", "--db", db_path]) == 1
    out = capsys.readouterr().out
    assert "Niets geïmporteerd" in out
    assert "rij 6" in out and "rij 7" in out  # Excel's row numbers: title line and header counted
    assert main(["buildings", "--db", db_path]) == 0
    assert "Nog geen flats" in capsys.readouterr().out

    assert main(["import-homes", source, "--building", "Flat", "--skip-invalid", "--db", db_path]) == 0
    assert "3 nieuw" in capsys.readouterr().out


def test_unknown_building_and_missing_file_give_dutch_errors(tmp_path, db_path, capsys):
    assert main(["homes", "--building", "Nergensflat", "--db", db_path]) == 1
    assert "Flat 'Nergensflat' bestaat niet" in capsys.readouterr().err
    assert main(["import-homes", str(tmp_path / "weg.csv"), "--building", "X", "--db", db_path]) == 1
    assert "fout:" in capsys.readouterr().err


def test_db_check_backup_and_refusal_of_a_newer_database(tmp_path, db_path, capsys):
    assert main(["db", "upgrade", "--db", db_path]) == 0
    assert main(["db", "check", "--db", db_path]) == 0
    assert "Integriteit: ok" in capsys.readouterr().out
    assert main(["db", "backup", "--db", db_path, "-o", str(tmp_path / "kopie")]) == 0
    assert len(list((tmp_path / "kopie").glob("*.sqlite"))) == 1

    import sqlite3
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999'")
    connection.close()
    assert main(["db", "upgrade", "--db", db_path]) == 1
    assert "nieuwere versie" in capsys.readouterr().err


def test_demo_writes_the_voorbeeldflat(tmp_path, capsys):
    target = str(tmp_path / "demo.sqlite")
    assert main(["demo", target]) == 0
    assert main(["buildings", "--db", target]) == 0
    out = capsys.readouterr().out
    assert "Voorbeeldflat" in out and "198 woningen" in out
    assert main(["homes", "--building", "Voorbeeldflat", "--format", "json", "--db", target]) == 0
    homes = json.loads(capsys.readouterr().out)["homes"]
    assert len(homes) == 198
    assert {h["entrance"] for h in homes} == {"Portiek A", "Portiek B", "Portiek C"}
    assert {h["floor"] for h in homes} == set(range(11))


def test_db_option_works_before_and_after_the_command(tmp_path, capsys):
    target = str(tmp_path / "demo.sqlite")
    assert main(["demo", target]) == 0
    capsys.readouterr()
    assert main(["--db", target, "buildings"]) == 0
    assert "Voorbeeldflat" in capsys.readouterr().out
    assert main(["buildings", "--db", target]) == 0
    assert "Voorbeeldflat" in capsys.readouterr().out


def test_without_db_the_command_line_follows_the_window(flatapp_home, capsys):
    """First start: the window made the demo database; the command line then works on it too."""
    from flatapp.paths import app_paths

    paths = app_paths().ensure()
    assert main(["demo", str(paths.demo_database)]) == 0
    capsys.readouterr()
    assert main(["buildings"]) == 0
    assert "Voorbeeldflat" in capsys.readouterr().out
    # Once the coordinator's own database exists, that one is used.
    assert main(["db", "upgrade", "--db", str(paths.default_database)]) == 0
    capsys.readouterr()
    assert main(["buildings"]) == 0
    assert "Nog geen flats" in capsys.readouterr().out


def _block_csv(tmp_path, name: str, street: str) -> str:
    lines = ["VHE-nummer;Straatnaam;Huisnummer;Postcode"] + [f"V{n};{street};{n};8601 AA" for n in range(1, 11)]
    return write(tmp_path, name, "\r\n".join(lines) + "\r\n", encoding="utf-8")


def test_import_homes_refuses_many_changed_addresses_unless_accepted(tmp_path, db_path, capsys):
    assert main(["import-homes", _block_csv(tmp_path, "a.csv", "Dóumastraat"), "--building", "Flat", "--db", db_path]) == 0
    renamed = _block_csv(tmp_path, "b.csv", "Doumastraat")
    capsys.readouterr()
    assert main(["import-homes", renamed, "--building", "Flat", "--db", db_path]) == 1
    err = capsys.readouterr().err
    assert "wijzigt het adres van 10 van de 10 woningen" in err
    assert "rij 2, woning" in err and "Dóumastraat 1, 8601 AA → Doumastraat 1, 8601 AA" in err
    assert "--accept-changes" in err
    assert main(["homes", "--building", "Flat", "--format", "json", "--db", db_path]) == 0
    assert {home["street"] for home in json.loads(capsys.readouterr().out)["homes"]} == {"Dóumastraat"}

    assert main(["import-homes", renamed, "--building", "Flat", "--accept-changes", "--db", db_path]) == 0
    assert "10 bijgewerkt" in capsys.readouterr().out


def test_import_homes_asks_a_flag_for_a_huge_file(tmp_path, db_path, capsys, monkeypatch):
    from flatapp.services import home_import

    monkeypatch.setattr(home_import, "LARGE_IMPORT_ROWS", 5)     # a million rows, in small
    source = _block_csv(tmp_path, "groot.csv", "Dóumastraat")
    assert main(["import-homes", source, "--building", "Flat", "--db", db_path]) == 1
    assert "--accept-large" in capsys.readouterr().err
    assert main(["import-homes", source, "--building", "Flat", "--accept-large", "--db", db_path]) == 0


def test_import_homes_refuses_a_fifo_at_once(tmp_path, db_path, capsys):
    import os

    fifo = tmp_path / "pijp.csv"
    os.mkfifo(fifo)
    assert main(["import-homes", str(fifo), "--building", "Flat", "--db", db_path]) == 1
    assert "is een pijp (FIFO)" in capsys.readouterr().err
