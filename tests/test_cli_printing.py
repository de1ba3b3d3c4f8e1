"""`flatapp doorlists`, `forms` and `letters` on a real database: the PDFs, the messages, atomic writes."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from datetime import date, datetime, time

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from flatapp import cli_printing
from flatapp.cli_printing import add_print_commands
from flatapp.printing.layout import FILLED_IN_CONFIDENTIAL
from flatapp.printing.round_printing import write_pdf
from flatapp.services.errors import UserError

NOV = 11


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    parser = argparse.ArgumentParser(prog="flatapp", parents=[common])
    add_print_commands(parser.add_subparsers(), common)
    return parser


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    return args.handler(args)


@pytest.fixture
def planned(database, make_building, tmp_path):
    """A block of 30 homes and a round with two evenings, four volunteers in two teams, doors split."""
    from flatapp.services import rounds

    building_id = make_building("Testflat", [("A", floor, 10 * floor + i) for floor in range(5) for i in range(1, 7)])
    with database.session() as session, session.begin():
        row = rounds.create_round(session, building_id, "Najaar 2026", organisation="Welzijn <b> Sneek",
                                  letter_text="Beste bewoner,\n\nPiet <b> & Zoë komen langs.")
        evenings = [rounds.add_evening(session, row.id, date(2026, NOV, day), time(18, 30), time(20, 30)).id
                    for day in (24, 26)]
        for name in ("Anna", "Bram", "Cor", "Dirk"):
            rounds.add_volunteer(session, row.id, name)
        rounds.auto_teams(session, row.id)
        rounds.assign_doors(session, row.id, evenings[0])
    return {"db": str(tmp_path / "test.sqlite"), "round": row.id, "evenings": evenings, "building": building_id}


def _codes(path) -> Counter:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return Counter(re.findall(r"\b[A-Z0-9]+-\d{3}\b", text))


def _home_codes(database, building_id) -> list[str]:
    from flatapp.services.homes import list_home_rows

    with database.session() as session:
        return [h.code for h in list_home_rows(session, building_id)]


def _record_interviews(database, round_id, evening_id, count):
    from flatapp.storage.round_models import Assignment, DoorAttempt, OutcomeCode

    with database.session() as session, session.begin():
        outcome = session.scalar(select(OutcomeCode).where(OutcomeCode.round_id == round_id, OutcomeCode.code == 1))
        homes = session.scalars(select(Assignment.home_id).where(Assignment.evening_id == evening_id)
                                .order_by(Assignment.home_id).limit(count)).all()
        for home_id in homes:
            session.add(DoorAttempt(round_id=round_id, home_id=home_id, evening_id=evening_id,
                                    outcome_code_id=outcome.id, at=datetime(2026, NOV, 24, 19, 0)))
    return homes


def test_doorlists_every_door_once_and_the_page_count_printed(planned, database, tmp_path, capsys):
    out = tmp_path / "deurlijsten.pdf"
    assert run(["doorlists", "--db", planned["db"], "--round", "najaar 2026", "--evening", "24-11-2026",
                "-o", str(out)]) == 0
    pages = len(PdfReader(out).pages)
    printed = capsys.readouterr().out
    assert str(out) in printed and f"{pages} pagina" in printed
    assert _codes(out) == Counter(_home_codes(database, planned["building"]))
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_next_evening_lists_only_open_doors(planned, database, tmp_path):
    closed = _record_interviews(database, planned["round"], planned["evenings"][0], 5)
    from flatapp.services import rounds

    with database.session() as session, session.begin():
        rounds.assign_doors(session, planned["round"], planned["evenings"][1])
    out = tmp_path / "donderdag.pdf"
    assert run(["doorlists", "--db", planned["db"], "--round", "Najaar 2026", "--evening", "26-11-2026",
                "-o", str(out)]) == 0
    codes = _codes(out)
    assert set(codes.values()) == {1}
    assert len(codes) == 30 - len(closed)


def test_one_team_only(planned, tmp_path):
    out = tmp_path / "team1.pdf"
    assert run(["doorlists", "--db", planned["db"], "--round", "Najaar 2026", "--evening", "24-11-2026 18:30",
                "--team", "team 1", "-o", str(out)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Deurlijst Team 1" in text and "Team 2" not in text


def test_default_evening_is_the_next_one(planned, tmp_path, monkeypatch):
    class Today(date):
        @classmethod
        def today(cls):
            return date(2026, NOV, 20)

    monkeypatch.setattr(cli_printing, "date", Today)
    out = tmp_path / "volgende.pdf"
    assert run(["doorlists", "--db", planned["db"], "--round", "Najaar 2026", "-o", str(out)]) == 0
    assert "dinsdag 24-11-2026" in PdfReader(out).pages[0].extract_text()

    class Later(date):
        @classmethod
        def today(cls):
            return date(2026, 12, 20)

    monkeypatch.setattr(cli_printing, "date", Later)
    with pytest.raises(UserError, match="voorbij"):
        run(["doorlists", "--db", planned["db"], "--round", "Najaar 2026", "-o", str(out)])


def test_forms_for_open_or_all_homes(planned, database, tmp_path, capsys):
    out = tmp_path / "vragenlijsten.pdf"
    assert run(["forms", "--db", planned["db"], "--round", "Najaar 2026", "--homes", "all", "-o", str(out)]) == 0
    reader = PdfReader(out)
    per_home = len(reader.pages) // 30
    assert per_home * 30 == len(reader.pages)
    first = reader.pages[0].extract_text()
    assert "Welzijn <b> Sneek" in first and "KN1" in first
    closed = _record_interviews(database, planned["round"], planned["evenings"][0], 4)
    assert run(["forms", "--db", planned["db"], "--round", "Najaar 2026", "-o", str(out)]) == 0
    assert len(PdfReader(out).pages) == per_home * (30 - len(closed))
    assert "26 woningen" in capsys.readouterr().out


def test_letters_with_logo(planned, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (200, 60, 20)).save(logo)
    out = tmp_path / "brieven.pdf"
    assert run(["letters", "--db", planned["db"], "--round", "Najaar 2026", "--logo", str(logo),
                "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 30
    text = reader.pages[0].extract_text()
    assert "Aan de bewoners van Teststraat" in text
    assert "Piet <b> & Zoë komen langs." in text
    assert "dinsdag 24-11-2026 van 18:30 tot 20:30" in text
    assert len(reader.pages[0].images) == 1


@pytest.mark.parametrize("argv, message", [
    (["doorlists", "--round", "Voorjaar", "-o", "x.pdf"], "bestaat niet"),
    (["doorlists", "--round", "Najaar 2026", "--evening", "25-11-2026", "-o", "x.pdf"], "geen avond op 25-11-2026"),
    (["doorlists", "--round", "Najaar 2026", "--evening", "31-02-2026", "-o", "x.pdf"], "geen geldige datum"),
    (["doorlists", "--round", "Najaar 2026", "--evening", "26-11-2026", "-o", "x.pdf"], "nog niet over de teams verdeeld"),
    (["doorlists", "--round", "Najaar 2026", "--evening", "24-11-2026", "--team", "Team 7", "-o", "x.pdf"],
     "Team 'Team 7' bestaat niet"),
    (["letters", "--round", "Najaar 2026", "--logo", "geen-logo.png", "-o", "x.pdf"], "bestaat niet"),
    (["forms", "--round", "Najaar 2026", "-o", "geen/map/x.pdf"], "bestaat niet"),
])
def test_errors_are_dutch_and_write_nothing(planned, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UserError, match=message):
        run(argv + ["--db", planned["db"]])
    assert not (tmp_path / "x.pdf").exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_write_pdf_is_atomic(tmp_path):
    target = tmp_path / "lijst.pdf"
    target.write_bytes(b"%PDF- de vorige versie")
    target.chmod(0o640)

    def crash(handle):
        handle.write(b"%PDF-1.4 half")
        raise RuntimeError("stroom weg")

    with pytest.raises(RuntimeError):
        write_pdf(target, crash)
    assert target.read_bytes() == b"%PDF- de vorige versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lijst.pdf"]

    def refuse(handle):
        raise ValueError("Er zijn geen woningen om te printen.")

    with pytest.raises(UserError, match="geen woningen"):
        write_pdf(target, refuse)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lijst.pdf"]

    def good(handle):
        handle.write(b"%PDF-1.4 nieuw")
        return 1

    assert write_pdf(target, good) == 1
    assert target.read_bytes() == b"%PDF-1.4 nieuw"
    assert target.stat().st_mode & 0o777 == 0o640  # the permissions of the file it replaced
    fresh = tmp_path / "nieuw.pdf"
    write_pdf(fresh, good)
    assert fresh.stat().st_mode & 0o777 == 0o644     # not the 0600 of a temporary file


def test_wired_into_flatapp_cli(planned, tmp_path, capsys):
    from flatapp import cli

    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "doorlists" not in commands.choices:
        pytest.skip("flatapp.cli does not call add_print_commands yet")
    out = tmp_path / "via-cli.pdf"
    assert cli.main(["doorlists", "--db", planned["db"], "--round", "Najaar 2026", "--evening", "24-11-2026",
                     "-o", str(out)]) == 0
    assert out.exists()
    assert cli.main(["forms", "--db", planned["db"], "--round", "Bestaat niet", "-o", str(out)]) == 1
    assert "fout: Ronde 'Bestaat niet' bestaat niet" in capsys.readouterr().err


def test_letters_fall_back_to_the_default_text(planned, database, tmp_path):
    from flatapp.storage.round_models import Round

    with database.session() as session, session.begin():
        session.get(Round, planned["round"]).letter_text = "  "
    out = tmp_path / "brieven.pdf"
    assert run(["letters", "--db", planned["db"], "--round", "Najaar 2026", "-o", str(out)]) == 0
    assert "Met vriendelijke groet," in PdfReader(out).pages[0].extract_text()


def test_forms_duplex_every_home_on_its_own_sheets(planned, database, tmp_path, capsys):
    plain = tmp_path / "enkelzijdig.pdf"
    assert run(["forms", "--db", planned["db"], "--round", "Najaar 2026", "--homes", "all", "-o", str(plain)]) == 0
    per_home = len(PdfReader(plain).pages) // 30
    sheets = (per_home + 1) // 2      # an odd page count gets a blank back, so no home shares a sheet
    capsys.readouterr()
    out = tmp_path / "dubbelzijdig.pdf"
    assert run(["forms", "--db", planned["db"], "--round", "Najaar 2026", "--homes", "all", "--duplex",
                "-o", str(out)]) == 0
    texts = [page.extract_text() for page in PdfReader(out).pages]
    assert len(texts) == 30 * 2 * sheets
    assert f"({len(texts)} pagina's; 30 woningen" in capsys.readouterr().out
    codes = _home_codes(database, planned["building"])
    firsts = [number for number, text in enumerate(texts, start=1) if "Adres:" in text]
    assert len(firsts) == 30 and all(number % 2 == 1 for number in firsts)
    for code, number in zip(codes, firsts):
        assert code in texts[number - 1] and f"pagina 1 van {per_home}" in texts[number - 1]
        if per_home % 2:
            padding = texts[number - 1 + per_home]
            assert padding.split() == "Deze bladzijde is leeg".split() + FILLED_IN_CONFIDENTIAL.split()
        assert f"pagina {per_home} van {per_home}" in texts[number - 2 + per_home]


# --- outputs that fail safe ---------------------------------------------------------------------

def _set_street(database, building_id, streets: dict[int, str]) -> list[str]:
    """Give the first homes (by id) these streets; returns their codes."""
    from flatapp.storage.models import Home

    with database.session() as session, session.begin():
        homes = session.scalars(select(Home).where(Home.building_id == building_id).order_by(Home.id)).all()
        for index, street in streets.items():
            homes[index].street = street
        return [homes[index].code for index in streets]


def test_a_long_street_wraps_on_the_letter_and_a_far_too_long_one_is_shortened_and_said(
        planned, database, tmp_path, capsys):
    from tests.printing.pdfcheck import assert_text_inside_pages

    street_110 = ("Burgemeester Mr. Dr. Hendrik Jan van der Kolk-Oosterhuis en Wethouder Gerritsma-"
                  "Dijkstra Gedenkpromenadelaan 2")[:110]
    assert len(street_110) == 110
    street_300 = "Zeer " * 60
    codes = _set_street(database, planned["building"], {0: street_110, 1: street_300.strip()})
    out = tmp_path / "brieven.pdf"
    assert run(["letters", "--db", planned["db"], "--round", "Najaar 2026", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if line.startswith("Let op: ")]
    assert len(warnings) == 1 and f"Het adres van woning {codes[1]} (" in warnings[0], warnings
    assert codes[0] not in err                      # the 110-character street fits on two lines: no warning
    reader = PdfReader(out)
    first = flat_text(reader.pages[0].extract_text())
    assert street_110 in first                      # complete, wrapped onto a second line
    assert "…" in flat_text(reader.pages[1].extract_text())
    assert_text_inside_pages(out, margin=14 * 72 / 25.4)


def flat_text(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def test_letters_logo_that_is_a_folder_a_fifo_or_a_truncated_png(planned, tmp_path):
    import os
    import signal

    from PIL import Image

    folder = tmp_path / "logo.png"
    folder.mkdir()
    fifo = tmp_path / "pijp.png"
    os.mkfifo(fifo)
    good = tmp_path / "goed.png"
    Image.new("RGB", (400, 200), (40, 90, 160)).save(good)
    truncated = tmp_path / "half.png"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    out = tmp_path / "brieven.pdf"
    signal.alarm(20)            # a FIFO that is opened would hang here for ever
    try:
        for logo, message in ((folder, "is een map, geen afbeelding"), (fifo, "geen gewoon bestand"),
                              (truncated, "kan niet worden gelezen")):
            with pytest.raises(UserError) as caught:
                run(["letters", "--db", planned["db"], "--round", "Najaar 2026", "--logo", str(logo), "-o", str(out)])
            text = str(caught.value)
            assert message in text, text
            assert not any(word in text for word in ("reportlab", "PIL", "Traceback", "IOError", "truncated"))
            assert not out.exists()
    finally:
        signal.alarm(0)
    assert run(["letters", "--db", planned["db"], "--round", "Najaar 2026", "--logo", str(good), "-o", str(out)]) == 0
