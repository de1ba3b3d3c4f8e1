"""The follow-up list: forms with CT1 and sheets together, status and note with a version check."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import select

from flatapp.services.consent import withdraw_consent
from flatapp.services.errors import UserError
from flatapp.services.follow_up import (
    FollowUpConflict,
    export_follow_up,
    follow_up_rows,
    refresh_follow_up,
    set_follow_up,
)
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import create_round
from flatapp.services.sign_ups import SignUpInput, add_sign_up
from flatapp.storage.followup_models import Person
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import CONTACT
from tests.answers_fill import complete_filled


@pytest.fixture
def listed(database, make_building):
    building_id = make_building("Opvolgflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar").id
        homes = list_home_rows(s, building_id)
        complete_filled(s, round_id, homes[0].id, {"CT1": 1, "CT2": "A. Bakker", "CT3": "06 11122233"}, None)
        complete_filled(s, round_id, homes[1].id, {"CT1": 1, "CT2": "B. Smit", "CT3": "b@smit.nl"}, None)
        complete_filled(s, round_id, homes[2].id, {"CT1": 2}, None)
        add_sign_up(s, round_id, SignUpInput("Koffieochtend", "Bea Smit", homes[1].number_label, "", True, True))
        add_sign_up(s, round_id, SignUpInput("Koffieochtend", "Dirk", homes[3].number_label, "", True, False))
        add_sign_up(s, round_id, SignUpInput("Groen rond de flat", "Dirk", homes[3].number_label, "", True, False))
        add_sign_up(s, round_id, SignUpInput("Koffieochtend", "Evert", homes[4].number_label, "", False, False))
        result = refresh_follow_up(s, round_id)
    return round_id, homes, result


def test_forms_and_sheets_make_one_list(database, listed):
    round_id, homes, result = listed
    assert (result.added, result.linked) == (1, 1)        # Bakker new; Smit joined to her sheet line
    with database.session() as s:
        rows = follow_up_rows(s, round_id)
    by_name = {r.name: r for r in rows}
    assert set(by_name) == {"A. Bakker", "Bea Smit", "Dirk"}      # C said no, Evert did not tick the box
    assert by_name["A. Bakker"].source_label == "formulier"
    assert by_name["A. Bakker"].phone == "06 11122233"
    assert by_name["Bea Smit"].source_label == "formulier; inschrijflijst: Koffieochtend (organiseren)"
    assert by_name["Bea Smit"].email == "b@smit.nl"
    assert by_name["Dirk"].source_label == "inschrijflijst: Koffieochtend, Groen rond de flat"
    assert by_name["Dirk"].home_code == homes[3].code
    assert all(r.status == "te bellen" for r in rows)
    with database.session() as s, s.begin():
        again = refresh_follow_up(s, round_id)          # refreshing twice adds nothing
    assert (again.added, again.linked, again.removed) == (0, 0, 0)
    with database.session() as s:
        assert len(list(s.scalars(select(Person)))) == 4


def test_status_and_note_with_a_version_check(database, listed):
    round_id, _homes, _result = listed
    with database.session() as s:
        dirk = next(r for r in follow_up_rows(s, round_id) if r.name == "Dirk")
    with database.session() as s, s.begin():
        saved = set_follow_up(s, dirk.person_id, dirk.version, status="gebeld", note="Belt terug na vakantie")
    assert (saved.status, saved.note, saved.version) == ("gebeld", "Belt terug na vakantie", dirk.version + 1)
    with pytest.raises(FollowUpConflict, match="intussen gewijzigd"), database.session() as s, s.begin():
        set_follow_up(s, dirk.person_id, dirk.version, status="doet mee")     # the stale version
    with pytest.raises(UserError, match="Onbekende status"), database.session() as s, s.begin():
        set_follow_up(s, dirk.person_id, saved.version, status="misschien")
    with database.session() as s:
        assert [r.name for r in follow_up_rows(s, round_id, "gebeld")] == ["Dirk"]
        assert follow_up_rows(s, round_id, "doet mee") == []


def test_a_withdrawal_takes_someone_off_the_list_at_once(database, listed):
    round_id, homes, _result = listed
    with database.session() as s, s.begin():
        withdraw_consent(s, round_id, homes[0].id, CONTACT)
    with database.session() as s:
        assert "A. Bakker" not in {r.name for r in follow_up_rows(s, round_id)}
        bakker = s.scalar(select(Person).where(Person.name == "A. Bakker"))
    with pytest.raises(UserError, match="geen toestemming voor contact"), database.session() as s, s.begin():
        set_follow_up(s, bakker.id, bakker.version, status="gebeld")
    with database.session() as s, s.begin():
        assert refresh_follow_up(s, round_id).removed == 1      # nothing else kept her: removed
    with database.session() as s:
        assert s.scalar(select(Person).where(Person.name == "A. Bakker")) is None


def test_the_export_names_its_tier_and_is_logged(database, listed, tmp_path):
    round_id, _homes, _result = listed
    target = tmp_path / "opvolg.csv"
    with database.session() as s, s.begin():
        assert export_follow_up(s, round_id, target) == 3
    lines = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][0].startswith("# Vertrouwelijk")
    assert lines[1][:3] == ["Nr", "Naam", "Woning"]
    assert {line[1] for line in lines[2:]} == {"A. Bakker", "Bea Smit", "Dirk"}
    with database.session() as s:
        entry = s.scalar(select(ActivityLog).where(ActivityLog.action == "followup.export"))
        assert entry.tier == "vertrouwelijk" and entry.target == str(target)
