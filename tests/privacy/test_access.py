"""The access letter: everything about one home, in words a resident reads, embedded fonts, logged."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from flatapp.privacy.access import household_record, write_access_letter
from flatapp.privacy.access_pdf import tier_line
from flatapp.privacy.erase import erase_home
from flatapp.services.consent import withdraw_consent
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import CONTACT
from tests.privacy.conftest import CONSENT_NOTE, CONTACT_NAME, QUOTE_TEXT, STORY_TEXT, TODAY


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_record_reads_as_words_not_codes(demo, household):
    with demo.session() as session:
        record = household_record(session, household.home_id, TODAY)
    (part,) = record.rounds
    (respondent,) = part.respondents
    labels = {line.label: line.value for line in respondent.answers}
    assert any(value in ("Ja", "Nee") for value in labels.values())
    assert labels["Naam"] == CONTACT_NAME if "Naam" in labels else CONTACT_NAME in labels.values()
    assert all(not value.isdigit() or label.startswith(("Hoeveel", "Vraag")) for label, value in labels.items())
    assert respondent.story.text == STORY_TEXT and "Goedgekeurd" in respondent.story.shown
    assert QUOTE_TEXT in respondent.story.shown
    assert len(respondent.corrections) >= 3 and respondent.double_entry
    assert part.visits and all(":" in line.label for line in part.visits)
    assert part.named_by_others >= 1 and part.retention_until == "12-11-2027"
    assert record.made_on == "15-01-2027" and record.address.startswith(record.address.split()[0])


def test_access_letter_pdf(demo, household, tmp_path):
    with demo.session() as session, session.begin():
        withdraw_consent(session, household.round_id, household.home_id, CONTACT)
    target = tmp_path / "inzage.pdf"
    with demo.session() as session, session.begin():
        pages = write_access_letter(session, household.home_id, target, TODAY)
        entry = session.scalars(select(ActivityLog).where(ActivityLog.action == "privacy.access")).one()
    assert entry.tier == "vertrouwelijk" and entry.target == str(target) and household.code in entry.summary
    reader = PdfReader(target)
    assert len(reader.pages) == pages >= 2
    text = _text(target)
    assert all(tier_line() in page.extract_text() for page in reader.pages)     # the tier on every page
    if shutil.which("pdftotext"):                  # … at the top of the page
        laid_out = subprocess.run(["pdftotext", "-layout", "-l", "1", str(target), "-"], capture_output=True,
                                  text=True, check=True).stdout
        assert laid_out.strip().startswith("Vertrouwelijk")
    for expected in ("Aan de bewoners van", "Welke gegevens bewaren wij over u?", "Gespreksronde 'Najaar 2026'",
                     "Aanbellen", "Uw antwoorden", "Uw verhaal", "Correcties", "Uw toestemming",
                     "ingetrokken op", "mondeling", "Wat doen wij met deze gegevens?", "12-11-2027",
                     "Welzijn Voorbeeldstad", "Autoriteit Persoonsgegevens", f"pagina 1 van {pages}"):
        assert expected in text, expected
    assert "Zonderland" in text                      # the resident's own name and story are theirs to see
    assert CONSENT_NOTE not in text                   # a note is the coordinator's, not an answer
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes " in row and "DejaVu" in row for row in rows)


def test_after_erasure_only_the_address_is_left(demo, household, tmp_path):
    with demo.session() as session, session.begin():
        erase_home(session, household.home_id, today=TODAY)
    target = tmp_path / "na-wissen.pdf"
    with demo.session() as session, session.begin():
        write_access_letter(session, household.home_id, target, TODAY)
    text = _text(target)
    assert "Zonderland" not in text and "Uw antwoorden" not in text
    assert "Aanbellen" in text                       # the door outcomes stay (without notes)


@pytest.mark.parametrize("markup", ["<font size=40>groot</font>", "a <b onder"])
def test_resident_text_is_printed_as_typed(demo, household, tmp_path, markup):
    from flatapp.services.interviews import complete_interview, open_interview

    with demo.session() as session, session.begin():
        row = open_interview(session, household.round_id, household.home_id)
        complete_interview(session, household.round_id, household.home_id, dict(row.answers, VH1=markup), row.version)
    target = tmp_path / "opmaak.pdf"
    with demo.session() as session, session.begin():
        write_access_letter(session, household.home_id, target, TODAY)
    assert markup.split()[0] in _text(target)
