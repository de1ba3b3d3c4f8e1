"""Scanned pages are personal data: erasure of a household removes its pages, the purge of a round removes
every page of it, and the access letter lists them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from flatapp.privacy.access import household_record, write_access_letter
from flatapp.privacy.compact import compact_storage
from flatapp.privacy.erase import erase_home, plan_erasure
from flatapp.privacy.retention import plan_purge, purge_round
from flatapp.scanning.intake import take_in
from flatapp.scanning.readings import MarkState, door_list_subject
from flatapp.services.interviews import round_questionnaire
from flatapp.storage.scan_models import ScanAnswer, ScanBatch, ScanItem, ScanPage
from tests.privacy.conftest import database_bytes
from tests.scanning.factory import TYPICAL, door_reading, form_readings

SECRET_12, SECRET_13 = b"HANDSCHRIFT-VAN-NUMMER-12", b"HANDSCHRIFT-VAN-NUMMER-13"


def _scan_two_homes(database, scan_round):
    round_id = scan_round["round"]
    with database.session() as s:
        questionnaire = round_questionnaire(s, round_id)
    readings = []
    for number, secret in (("12", SECRET_12), ("13", SECRET_13)):
        pages = form_readings(questionnaire, round_id, scan_round["version"], scan_round["homes"][number].code,
                              TYPICAL, handwritten={"KN2": "11"}, first_index=len(readings))
        readings += [replace(page, image_png=b"\x89PNG" + secret) for page in pages]
    doors = {scan_round["homes"]["12"].code: [("3", MarkState.MARKED, 0.5)]}
    readings.append(door_reading(round_id, door_list_subject(scan_round["evenings"][0], None), doors, index=8))
    with database.session() as s, s.begin():
        take_in(s, round_id, readings, ["stapel.pdf"], today=date(2026, 12, 1))


def test_erasing_a_household_removes_its_scanned_pages_to_the_last_byte(database, scan_round):
    _scan_two_homes(database, scan_round)
    home = scan_round["homes"]["12"]
    with database.session() as s:
        plan = plan_erasure(s, home.id)
    assert plan.scan_pages == 4 and "4 gescande pagina's van het papieren formulier (de afbeeldingen)" in plan.lines()
    assert SECRET_12 in database_bytes(database)                       # the test can fail: it is there
    with database.session() as s, s.begin():
        erase_home(s, home.id, today=date(2026, 12, 2))
    compact_storage(database.engine)
    data = database_bytes(database)
    assert SECRET_12 not in data and SECRET_13 in data                 # the neighbours' pages stay
    with database.session() as s:
        assert s.scalar(select(func.count(ScanPage.id)).where(ScanPage.home_id == home.id)) == 0
        assert s.scalar(select(func.count(ScanPage.id)).where(ScanPage.kind == "D")) == 1    # the door list stays
        assert s.scalar(select(func.count(ScanItem.id)).where(ScanItem.target == "KN2")) == 1  # only home 13's
        assert plan_erasure(s, home.id).empty


def test_the_purge_of_a_round_removes_every_scanned_page(database, scan_round):
    _scan_two_homes(database, scan_round)
    round_id = scan_round["round"]
    with database.session() as s:
        plan = plan_purge(s, round_id)
    assert plan.scan_pages == 9 and any("9 gescande pagina's" in line for line in plan.lines())
    with database.session() as s, s.begin():
        purge_round(s, round_id, now=True, today=date(2026, 12, 2))
    compact_storage(database.engine)
    data = database_bytes(database)
    assert SECRET_12 not in data and SECRET_13 not in data
    with database.session() as s:
        assert [s.scalar(select(func.count(model.id))) for model in (ScanBatch, ScanPage, ScanItem, ScanAnswer)] == [
            0, 0, 0, 0]


def test_the_access_letter_lists_the_scanned_pages(database, scan_round, tmp_path):
    _scan_two_homes(database, scan_round)
    home = scan_round["homes"]["12"]
    with database.session() as s:
        (part,) = household_record(s, home.id).rounds
    assert [line.value for line in part.scans] == [f"pagina {n} van het formulier (uit stapel.pdf p. {n})"
                                                   for n in range(1, 5)]
    with database.session() as s, s.begin():
        write_access_letter(s, home.id, tmp_path / "inzage.pdf")
    import subprocess

    text = subprocess.run(["pdftotext", str(tmp_path / "inzage.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Gescande pagina's" in text and "pagina 4 van het formulier" in text
