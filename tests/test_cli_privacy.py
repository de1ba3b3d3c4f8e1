"""`flatapp privacy …` through the real `flatapp` parser, on the demo round."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from sqlalchemy import func, select

from flatapp.cli import main
from flatapp.paths import app_paths
from flatapp.storage.interview_models import Interview
from flatapp.storage.round_models import Round
from tests.privacy.conftest import CONTACT_NAME, SECRETS, database_bytes, demo, demo_template, household  # noqa: F401


def _run(demo, *words: str) -> int:  # noqa: F811
    return main(["privacy", *words, "--db", str(demo.file)])


def test_erase_shows_first_and_wipes_with_yes(demo, household, capsys):  # noqa: F811
    building = "Voorbeeldflat"
    assert _run(demo, "erase", "--building", building, "--home", household.code.lower()) == 1
    out = capsys.readouterr().out
    assert "naam en contactgegevens" in out and "--yes" in out
    with demo.session() as session:
        assert session.scalar(select(func.count(Interview.id)).where(Interview.home_id == household.home_id)) == 1
    backup = demo.backup(app_paths().ensure().backups)
    assert _run(demo, "erase", "--building", building, "--home", household.code, "--yes") == 0
    out = capsys.readouterr().out
    assert f"Gegevens van woning {household.code} gewist" in out and "VACUUM" in out
    assert backup.name in out and "--delete-backups" in out          # the old backup still holds the data
    assert [s for s in SECRETS if s.encode() in database_bytes(demo)] == []
    assert backup.exists()


def test_erase_unknown_home(demo, capsys):  # noqa: F811
    assert _run(demo, "erase", "--building", "Voorbeeldflat", "--home", "XX-999") == 1
    assert "heeft geen woning met code 'XX-999'" in capsys.readouterr().err


def test_inzage_writes_the_letter(demo, household, tmp_path, capsys):  # noqa: F811
    target = tmp_path / "inzage.pdf"
    assert _run(demo, "inzage", "--building", "Voorbeeldflat", "--home", household.code, "-o", str(target)) == 0
    assert "Vertrouwelijk" in capsys.readouterr().out
    assert CONTACT_NAME in "".join(page.extract_text() for page in PdfReader(target).pages)


def test_retention_list_and_change(demo, capsys):  # noqa: F811
    assert _run(demo, "retention") == 0
    assert "bewaard tot en met 12-11-2027 (standaard" in capsys.readouterr().out
    assert _run(demo, "retention", "--round", "Najaar 2026", "--until", "25-11-2027") == 0
    assert "tot en met 25-11-2027" in capsys.readouterr().out
    with demo.session() as session:
        assert session.scalar(select(Round.retention_until)) == date(2027, 11, 25)
    assert _run(demo, "retention", "--until", "25-11-2027") == 1
    assert "Noem de ronde" in capsys.readouterr().err
    assert _run(demo, "retention", "--round", "Najaar 2026", "--until", "31-02-2027") == 1
    assert "geen geldige datum" in capsys.readouterr().err


def test_purge_needs_the_date_or_now_and_always_yes(demo, household, capsys):  # noqa: F811
    assert _run(demo, "purge", "--round", "Najaar 2026") == 1
    assert "loopt tot en met 12-11-2027" in capsys.readouterr().err
    assert _run(demo, "purge", "--round", "Najaar 2026", "--now") == 1
    out = capsys.readouterr().out
    assert "vóór de bewaartermijn" in out and "--yes" in out
    with demo.session() as session:
        assert session.scalar(select(Round.purged_at)) is None
    backup = demo.backup(app_paths().ensure().backups)
    assert _run(demo, "purge", "--round", "Najaar 2026", "--now", "--yes", "--delete-backups") == 0
    out = capsys.readouterr().out
    assert "opgeschoond" in out and "reservekopieën verwijderd" in out and not backup.exists()
    with demo.session() as session:
        assert session.scalar(select(Round.purged_at)) is not None
    assert [s for s in SECRETS if s.encode() in database_bytes(demo)] == []


def test_log_lists_and_exports(demo, household, tmp_path, capsys):  # noqa: F811
    assert _run(demo, "log") == 0
    out = capsys.readouterr().out
    assert "Toestemming [Vertrouwelijk]" in out
    assert _run(demo, "log", "--format", "csv", "--kind", "consent") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("# Vertrouwelijk") and lines[1].startswith("Datum en tijd;") and len(lines) >= 3
    target = tmp_path / "log.xlsx"
    assert _run(demo, "log", "-o", str(target)) == 0
    assert target.exists()
    assert _run(demo, "log", "--kind", "onzin") == 1
    assert "Onbekende soort" in capsys.readouterr().err


def test_record_writes_one_page(demo, tmp_path, capsys):  # noqa: F811
    target = tmp_path / "register.pdf"
    assert _run(demo, "record", "--round", "Najaar 2026", "-o", str(target)) == 0
    assert "Verwerkingsregister" in capsys.readouterr().out
    assert len(PdfReader(target).pages) == 1
