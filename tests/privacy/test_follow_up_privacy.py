"""Erasure, purge and access cover the tent's sign-ups and the follow-up list."""

from __future__ import annotations

from sqlalchemy import select

from flatapp.privacy.access import household_record, write_access_letter
from flatapp.privacy.compact import compact_storage
from flatapp.privacy.erase import erase_home, plan_erasure
from flatapp.privacy.retention import plan_purge, purge_round
from flatapp.services.follow_up import follow_up_rows, set_follow_up
from flatapp.services.sign_ups import SignUpInput, add_sign_up
from flatapp.storage.followup_models import Person, SignUp
from flatapp.storage.models import Home
from tests.privacy.conftest import TODAY, database_bytes

SHEET_NAME = "Wietske Tentbezoeker"
SHEET_PHONE = "06-98765432"
FOLLOW_NOTE = "Belde terug over de koffieochtend, wil graag bij Tentbezoeker thuis beginnen"


def _sign_up(demo, household) -> int:
    """The household signs a sheet in the tent (another name than the demo's resident of this home, who is
    on two sheets already: two persons of one home)."""
    with demo.session() as session, session.begin():
        home = session.get(Home, household.home_id)
        number = f"{home.house_number}{home.house_letter or ''}"
        added = add_sign_up(session, household.round_id, SignUpInput(
            "Koffieochtend", SHEET_NAME, number, SHEET_PHONE, True, True))
        row = next(r for r in follow_up_rows(session, household.round_id) if r.person_id == added.row.person_id)
        set_follow_up(session, row.person_id, row.version, status="gebeld", note=FOLLOW_NOTE)
        return added.row.person_id


def test_erasure_removes_the_homes_sign_ups_and_follow_up_from_the_file(demo, household):
    person_id = _sign_up(demo, household)
    with demo.session() as session:
        persons = list(session.scalars(select(Person).where(Person.home_id == household.home_id)))
        names = [p.name for p in persons]
        lines = len(list(session.scalars(select(SignUp).where(SignUp.person_id.in_([p.id for p in persons])))))
        assert SHEET_NAME in names and len(persons) == 2 and lines == 3
        plan = plan_erasure(session, household.home_id)
        assert (plan.persons, plan.sign_ups) == (2, 3)
        assert any("2 bewoners op de opvolglijst" in line and "3 inschrijvingen uit de tent" in line
                   for line in plan.lines())
        others = session.scalar(select(SignUp.id).where(SignUp.person_id != person_id).limit(1))
    assert SHEET_PHONE.encode() in database_bytes(demo)
    with demo.session() as session, session.begin():
        erase_home(session, household.home_id, TODAY)
    compact_storage(demo.engine)
    with demo.session() as session:
        assert session.get(Person, person_id) is None
        assert not list(session.scalars(select(SignUp).where(SignUp.person_id == person_id)))
        assert session.get(SignUp, others) is not None          # other residents' lines stay
    data = database_bytes(demo)
    for secret in (*names, SHEET_PHONE, FOLLOW_NOTE):
        assert secret.encode() not in data, secret


def test_purge_keeps_topics_and_counts_but_no_names(demo, household):
    _sign_up(demo, household)
    with demo.session() as session:
        lines_before = len(list(session.scalars(select(SignUp))))
        assert plan_purge(session, household.round_id).persons > 0
    with demo.session() as session, session.begin():
        purge_round(session, household.round_id, now=True, today=TODAY)
    compact_storage(demo.engine)
    with demo.session() as session:
        assert len(list(session.scalars(select(SignUp)))) == lines_before
        assert all(not p.name and not p.phone and not p.email and not p.follow_up_note
                   for p in session.scalars(select(Person)))
        assert all(not s.house_text for s in session.scalars(select(SignUp)))
    data = database_bytes(demo)
    for secret in (SHEET_NAME, SHEET_PHONE, FOLLOW_NOTE, "Sietske Dijkstra", "Youssef El Amrani"):
        assert secret.encode() not in data, secret


def test_the_access_letter_lists_sign_ups_and_follow_up(demo, household, tmp_path):
    _sign_up(demo, household)
    with demo.session() as session:
        record = household_record(session, household.home_id, TODAY)
    (part,) = [p for p in record.rounds if p.follow_up]
    labels = [line.label for line in part.follow_up]
    assert labels.count("Opvolging") == 2 and "Inschrijving 'Koffieochtend'" in labels
    text = " ".join(line.value for line in part.follow_up)
    assert SHEET_NAME in text and SHEET_PHONE in text and "status: gebeld" in text and FOLLOW_NOTE in text
    assert "mag contact: ja" in text and "wil mee organiseren: ja" in text
    target = tmp_path / "inzage.pdf"
    with demo.session() as session, session.begin():
        write_access_letter(session, household.home_id, target, TODAY)
    import subprocess

    shown = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Inschrijvingen en opvolging" in shown and "Koffieochtend" in shown
