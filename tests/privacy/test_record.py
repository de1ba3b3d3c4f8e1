"""The processing record: one page, tier Intern, from the round's questionnaire and consent; logged."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from flatapp.privacy.at_rest import encryption_label, is_encrypted, location_label
from flatapp.privacy.record import processing_record, write_processing_record
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import Publication
from tests.privacy.conftest import CONTACT_NAME, TODAY


def test_is_encrypted_reads_the_file_header(tmp_path, demo):
    assert not is_encrypted(demo.file) and not is_encrypted(demo.url)
    assert encryption_label(demo.url) == "niet versleuteld"
    from flatapp.demo import create_demo_database

    encrypted = tmp_path / "versleuteld.sqlite"
    create_demo_database(encrypted, passphrase="geheim genoeg voor een test")
    assert is_encrypted(encrypted) and encryption_label(encrypted) == "versleuteld"
    scrambled = tmp_path / "rommel.sqlite"           # random bytes are no FlatApp database at all
    scrambled.write_bytes(bytes(range(256)) * 8)
    assert not is_encrypted(scrambled)
    assert not is_encrypted(tmp_path / "bestaat-niet.sqlite")
    server = "postgresql+psycopg://flatapp:geheim@db.example:5432/flats"
    assert not is_encrypted(server)
    assert "geheim" not in location_label(server) and "db.example:5432" in location_label(server)
    assert location_label(demo.url).startswith("bestand ")


def test_record_counts_and_categories(demo, household):
    with demo.session() as session, session.begin():
        for number in range(2, 6):                  # the demo comes with publication 1
            session.add(Publication(round_id=household.round_id, number=number, threshold=5, content="{}",
                                    created_by="coord"))
    with demo.session() as session:
        record = processing_record(session, household.round_id, demo.url, Path("/tmp/backups"), TODAY)
    data = {line.label: line.value for line in record.data}
    assert "CT2" in data["Persoonsgegevens (met toestemming)"] and "CT3" in data["Persoonsgegevens (met toestemming)"]
    assert "VH2" in data["Toestemmingsvragen"] and "WO2" in data["Gevoelige vragen"]
    assert "VH1" in data["Open antwoorden en verhalen"] and "KN2" in data["Wie kent wie"]
    persons = {line.label: line.value for line in record.persons}
    assert persons["Bewoners"] == "198 woningen in de flat, 96 afgeronde gesprekken"
    consents = {line.label: line.value for line in record.consents}
    assert consents["Verhaal anoniem op een poster"].endswith("0 ingetrokken")
    assert [line.label for line in record.publications] == ["Eerder", "Publicatie 3", "Publicatie 4", "Publicatie 5"]
    storage = {line.label: line.value for line in record.storage}
    assert storage["Versleuteling"] == "niet versleuteld" and str(demo.file) in storage["Waar"]
    assert storage["Bewaartermijn"].startswith("tot en met 12-11-2027")


def test_record_pdf_is_one_internal_page(demo, household, tmp_path):
    target = tmp_path / "register.pdf"
    with demo.session() as session, session.begin():
        pages = write_processing_record(session, household.round_id, target, demo.url, Path("/tmp/b"), TODAY)
        entry = session.scalars(select(ActivityLog).where(ActivityLog.action == "privacy.record")).one()
    assert pages == 1 and entry.tier == "intern" and entry.target == str(target)
    reader = PdfReader(target)
    text = reader.pages[0].extract_text()
    for expected in ("Intern — alleen voor het welzijnsteam", "Verwerkingsregister: ronde 'Najaar 2026'",
                     "Categorieën van gegevens", "Wie heeft toegang", "niet versleuteld", "12-11-2027",
                     "Toestemming per doel", "Publicaties", "Welzijn Voorbeeldstad"):
        assert expected in text, expected
    assert CONTACT_NAME not in text
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
        assert all(" yes " in row for row in fonts.splitlines()[2:])
