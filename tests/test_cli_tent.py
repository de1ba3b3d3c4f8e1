"""`flatapp poster / slides / handout / signup-sheets / quotes` through the real parser, on the demo round."""

from __future__ import annotations

import json
import shutil

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from flatapp.cli import main
from flatapp.demo import create_demo_database
from flatapp.storage.database import open_database
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import ActivityLog
from tests.printing.pdfcheck import assert_fonts_embedded, assert_text_inside_pages, flat, page_texts

ROUND = "Najaar 2026"
MM = 72 / 25.4


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-tent") / "demo.sqlite"
    create_demo_database(path)
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return str(path)


def page_mm(pdf) -> tuple[float, float]:
    box = PdfReader(str(pdf)).pages[0].mediabox
    return round(float(box.width) / MM, 1), round(float(box.height) / MM, 1)


def test_poster_a1_is_written_with_embedded_fonts_and_logged(demo, tmp_path, capsys):
    target = tmp_path / "poster.pdf"
    assert main(["poster", "--db", demo, "--round", ROUND, "--size", "A1", "--organisation", "Welzijn & Co",
                 "-o", str(target)]) == 0
    assert "Geschreven:" in capsys.readouterr().out
    assert page_mm(target) == (594, 841)
    assert_fonts_embedded(target)
    text = flat(" ".join(page_texts(target)))
    assert "Welzijn & Co" in text and "Voorbeeldflat" in text
    database = open_database(demo)
    with database.session() as s:
        assert s.scalars(select(ActivityLog.summary).where(ActivityLog.action == "tent")).one().startswith(
            "Poster van ronde 'Najaar 2026'")
    database.dispose()


def test_landscape_a3_per_theme_with_chosen_panels(demo, tmp_path):
    target = tmp_path / "thema.pdf"
    assert main(["poster", "--db", demo, "--round", ROUND, "--size", "A3", "--orientation", "liggend",
                 "--panels", "kennen,helpen", "--per-theme", "-o", str(target)]) == 0
    assert page_mm(target) == (420, 297)
    assert len(PdfReader(str(target)).pages) == 2


def test_slides_handout_and_signup_sheets(demo, tmp_path):
    for command, extra, size in (("slides", [], (338.7, 190.5)), ("handout", ["--size", "A4"], (210, 297)),
                                 ("signup-sheets", ["--rows", "10"], (210, 297))):
        target = tmp_path / f"{command}.pdf"
        assert main([command, "--db", demo, "--round", ROUND, *extra, "-o", str(target)]) == 0, command
        assert page_mm(target) == size, command
        assert_fonts_embedded(target)


def test_next_steps_text_from_a_file(demo, tmp_path):
    steps = tmp_path / "stappen.txt"
    steps.write_text("Op 12-12-2026 is de eerste koffieochtend in de recreatieruimte.", encoding="utf-8")
    target = tmp_path / "folder.pdf"
    assert main(["handout", "--db", demo, "--round", ROUND, "--next-steps", str(steps), "-o", str(target)]) == 0
    assert "eerste koffieochtend in de recreatieruimte" in flat(" ".join(page_texts(target)))


@pytest.mark.parametrize("extra, message", [
    (["--colour", "blauw"], "geen geldige kleur"),
    (["--panels", "kennen,netwerk"], "Onbekend paneel: netwerk"),
    (["--logo", "bestaat-niet.png"], "bestaat niet"),
])
def test_bad_choices_get_a_dutch_message_and_no_file(demo, tmp_path, capsys, extra, message):
    target = tmp_path / "poster.pdf"
    assert main(["poster", "--db", demo, "--round", ROUND, *extra, "-o", str(target)]) == 1
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_unknown_round_and_missing_folder(demo, tmp_path, capsys):
    assert main(["poster", "--db", demo, "--round", "Bestaat niet", "-o", str(tmp_path / "p.pdf")]) == 1
    assert "Bestaat niet" in capsys.readouterr().err
    assert main(["handout", "--db", demo, "--round", ROUND, "-o", str(tmp_path / "geen" / "p.pdf")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_quotes_list_approve_reject_and_the_poster_shows_only_approved(demo, tmp_path, capsys):
    assert main(["quotes", "--db", demo, "--round", ROUND]) == 0
    tier, *lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert tier.startswith("Vertrouwelijk — ")                  # stories as typed: confidential
    assert lines and all("nog beoordelen" in line for line in lines)
    first, second = (int(line.split()[0]) for line in lines[:2])
    assert main(["quotes", "--db", demo, "--round", ROUND, "--approve", str(first),
                 "--text", "Een buur zet altijd mijn container buiten."]) == 0
    assert "goedgekeurd" in capsys.readouterr().out
    assert main(["quotes", "--db", demo, "--round", ROUND, "--reject", str(second)]) == 0
    assert main(["quotes", "--db", demo, "--round", ROUND, "--approve", "999999"]) == 1
    assert "hoort niet bij ronde" in capsys.readouterr().err

    database = open_database(demo)
    with database.session() as s:
        stories = {json.loads(a).get("VH1") for a in s.scalars(select(Interview.answers))} - {None}
    database.dispose()
    target = tmp_path / "citaten.pdf"
    assert main(["poster", "--db", demo, "--round", ROUND, "--panels", "citaten", "-o", str(target)]) == 0
    text = flat(" ".join(page_texts(target)))
    assert "Een buur zet altijd mijn container buiten." in text
    assert not [story for story in stories if flat(story) in text]


def test_text_without_approve_is_a_usage_error(demo, capsys):
    assert main(["quotes", "--db", demo, "--round", ROUND, "--text", "los"]) == 1
    assert "--text hoort bij --approve" in capsys.readouterr().err


def test_a_higher_threshold_hides_more_and_says_so(demo, tmp_path, capsys):
    target = tmp_path / "streng.pdf"
    assert main(["publish", "--db", demo, "--round", ROUND, "--threshold", "40"]) == 0
    assert "Publicatie 2 van ronde 'Najaar 2026' gemaakt (drempel 40)" in capsys.readouterr().out
    assert main(["poster", "--db", demo, "--round", ROUND, "--panels", "kennen,verdiepingen",
                 "-o", str(target)]) == 0
    text = flat(" ".join(page_texts(target)))
    assert "Groepen van minder dan 40 bewoners tonen we niet" in text
    assert "te weinig antwoorden om te tonen" in text
    assert main(["publish", "--db", demo, "--round", ROUND, "--threshold", "4"]) == 1
    assert "niet lager zijn dan 5" in capsys.readouterr().err
    assert main(["publish", "--db", demo, "--round", ROUND, "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed] == ["1", "2"] and "drempel 40" in listed[1]


def test_next_steps_in_windows_1252_and_a_missing_file_or_a_broken_logo(demo, tmp_path, capsys):
    steps = tmp_path / "stappen.txt"
    steps.write_bytes("Het café in de recreatieruimte is open.".encode("cp1252"))   # Kladblok 'ANSI'
    target = tmp_path / "folder.pdf"
    assert main(["handout", "--db", demo, "--round", ROUND, "--next-steps", str(steps), "-o", str(target)]) == 0
    assert "Het café in de recreatieruimte is open." in flat(" ".join(page_texts(target)))
    assert main(["handout", "--db", demo, "--round", ROUND, "--next-steps", str(tmp_path / "weg.txt"),
                 "-o", str(target)]) == 1
    assert "Het tekstbestand" in capsys.readouterr().err
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"")
    assert main(["poster", "--db", demo, "--round", ROUND, "--logo", str(logo), "-o", str(tmp_path / "p.pdf")]) == 1
    error = capsys.readouterr().err
    assert "geen PNG- of JPG-afbeelding" in error and "ImageReader" not in error
    assert not (tmp_path / "p.pdf").exists()


# --- outputs that fail safe ---------------------------------------------------------------------

def sha(path) -> str:
    import hashlib

    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.mark.parametrize("command", [
    ["doorlists", "--evening", "12-11-2026"], ["forms"], ["letters"], ["poster"], ["slides"], ["handout"],
    ["signup-sheets"], ["results", "--format", "xlsx"], ["results", "--format", "json"],
])
def test_no_command_writes_over_the_open_database(demo, capsys, command):
    before = sha(demo)
    assert main([*command, "--db", demo, "--round", ROUND, "-o", demo]) == 1
    error = capsys.readouterr().err
    assert "is een database" in error and "Kies een andere bestandsnaam" in error, error
    assert sha(demo) == before
    database = open_database(demo)      # still a FlatApp database with its interviews
    with database.session() as s:
        assert len(s.scalars(select(Interview.id)).all()) > 90
    database.dispose()


@pytest.mark.parametrize("name", ["antwoorden.xlsx", "antwoorden.csv"])
def test_an_export_never_writes_over_a_database_named_like_a_sheet(demo, tmp_path, capsys, name):
    copy = tmp_path / name              # a backup of the database, renamed by mistake
    shutil.copy(demo, copy)
    before = sha(copy)
    assert main(["responses", "export", "--db", demo, "--round", ROUND, "-o", str(copy)]) == 1
    assert "is een database" in capsys.readouterr().err
    assert sha(copy) == before


def test_a_pdf_never_replaces_a_file_of_another_kind_but_replaces_a_pdf(demo, tmp_path, capsys):
    sheet = tmp_path / "adressen.pdf"
    sheet.write_text("straat;huisnummer\nDóumastraat;1\n", encoding="utf-8")
    assert main(["poster", "--db", demo, "--round", ROUND, "-o", str(sheet)]) == 1
    assert "bestaat al en is geen PDF" in capsys.readouterr().err
    assert sheet.read_text(encoding="utf-8").startswith("straat;")
    target = tmp_path / "poster.pdf"
    for _ in range(2):
        assert main(["poster", "--db", demo, "--round", ROUND, "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adressen.pdf", "demo.sqlite", "poster.pdf"]


def test_long_texts_are_shortened_and_the_cli_says_what(demo, tmp_path, capsys):
    steps = tmp_path / "stappen.txt"
    steps.write_text(" ".join(f"woord{i}" for i in range(900)), encoding="utf-8")   # about 5,000 characters
    target = tmp_path / "folder.pdf"
    organisation = "Stichting Welzijn " + "en Samenleving " * 12
    contact = "Vragen? Bel Anja van het buurtteam op 06-12345678 of mail " + "x" * 150 + "@voorbeeld.nl"
    assert main(["handout", "--db", demo, "--round", ROUND, "--next-steps", str(steps), "--organisation",
                 organisation, "--contact", contact, "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert "Geschreven:" in captured.out
    warnings = [line for line in captured.err.splitlines() if line.startswith("Let op: ")]
    assert any("'Wat gebeurt er nu?' (900 woorden)" in line and "ingekort" in line for line in warnings), warnings
    assert any(line.startswith("Let op: De contactregel op de achterkant") for line in warnings), warnings
    assert len(PdfReader(str(target)).pages) == 2
    assert_text_inside_pages(target)


def test_a_long_approved_quote_left_off_the_handout_is_named(demo, tmp_path, capsys):
    assert main(["quotes", "--db", demo, "--round", ROUND]) == 0
    numbers = [int(line.split()[0]) for line in capsys.readouterr().out.splitlines()[1:] if line.strip()][:3]
    assert len(numbers) == 3
    long_quote = ("We wonen hier al heel lang en vroeger kende iedereen elkaar, " * 7)[:399].strip()
    for number, text in zip(numbers, ["Fijn dat er iemand langskwam.", "Een bankje bij de ingang graag.",
                                      long_quote]):
        assert main(["quotes", "--db", demo, "--round", ROUND, "--approve", str(number), "--text", text]) == 0
    capsys.readouterr()
    target = tmp_path / "folder.pdf"
    assert main(["handout", "--db", demo, "--round", ROUND, "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "Let op: Het goedgekeurde citaat “We wonen hier al heel lang" in err, err
    assert f"({len(long_quote)} tekens) staat niet op de folder: het is langer dan 220 tekens" in err
    text = flat(" ".join(page_texts(target)))
    assert "Fijn dat er iemand langskwam." in text and "We wonen hier al heel lang" not in text


def test_a_poster_says_when_an_own_text_had_to_be_made_much_smaller(demo, tmp_path, capsys):
    target = tmp_path / "poster.pdf"
    assert main(["poster", "--db", demo, "--round", ROUND, "-o", str(target)]) == 0
    assert "Let op:" not in capsys.readouterr().err                   # the usual poster: nothing to say
    organisation = "Stichting Welzijn en Samenleving " + "en Zorg " * 40
    assert main(["poster", "--db", demo, "--round", ROUND, "--organisation", organisation, "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "Let op: “Najaar 2026 · Stichting Welzijn" in err and "in veel kleinere letters op de poster" in err
    assert_text_inside_pages(target)


def test_a_full_disk_leaves_the_old_pdf_whole_and_no_temporary_file(demo, tmp_path):
    """A real write that fails half-way: the child may write at most 40 kB per file (RLIMIT_FSIZE)."""
    import os
    import resource
    import signal
    import subprocess
    import sys

    target = tmp_path / "uit" / "poster.pdf"
    target.parent.mkdir()
    old = b"%PDF-1.4\n% de poster van vorige week\n%%EOF\n"
    target.write_bytes(old)

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)       # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    env = {**os.environ, "FLATAPP_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "flatapp", "poster", "--db", demo, "--round", ROUND,
                             "-o", str(target)], capture_output=True, text=True, env=env, preexec_fn=small_disk,
                            timeout=120, check=False)
    assert result.returncode == 1, result.stderr
    assert "kon niet worden geschreven" in result.stderr and "De schijf is vol" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == old
    assert sorted(p.name for p in target.parent.iterdir()) == ["poster.pdf"]


def test_a_symlink_to_the_database_is_refused_too(demo, tmp_path, capsys):
    link = tmp_path / "poster.pdf"
    link.symlink_to(demo)
    before = sha(demo)
    assert main(["poster", "--db", demo, "--round", ROUND, "-o", str(link)]) == 1
    assert "is een database" in capsys.readouterr().err
    assert sha(demo) == before and link.is_symlink()
