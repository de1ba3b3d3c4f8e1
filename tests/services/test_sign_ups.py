"""Sign-up sheet lines: matching house numbers, one person per resident, consent from the box."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from flatapp.services.consent import consents_of_home, withdraw_consent
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import create_round
from flatapp.services.sign_ups import (
    HomeMatcher,
    SignUpInput,
    add_sign_up,
    contact_allowed,
    delete_sign_up,
    list_sign_ups,
    may_name_in_group,
    parse_yes_no,
    phone_digits,
    split_house_or_phone,
    topics_of_round,
)
from flatapp.storage.followup_models import Person, SignUp
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import CONTACT
from tests.answers_fill import complete_filled

HOMES = [("A", 0, 10), ("A", 0, 12, "A"), ("A", 1, 12, "", "2"), ("A", 1, 14), ("B", 2, 16), ("B", 2, 18)]


@pytest.fixture
def sheet_round(database, make_building):
    building_id = make_building("Inschrijfflat", HOMES)
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar").id
        homes = {h.number_label: h for h in list_home_rows(s, building_id)}
    return round_id, homes


def add(database, round_id, topic="Koffieochtend", name="", house="", phone="", contact=True, organise=False):
    with database.session() as s, s.begin():
        return add_sign_up(s, round_id, SignUpInput(topic, name, house, phone, contact, organise))


def test_house_numbers_match_homes_as_in_the_neighbours_field(database, sheet_round):
    _round_id, homes = sheet_round
    matcher = HomeMatcher(list(homes.values()))
    assert matcher.match("10").code == homes["10"].code
    assert matcher.match("12a").code == matcher.match("12 A").code == homes["12A"].code
    assert matcher.match("12-2").code == matcher.match("12 2").code == homes["12-2"].code
    assert matcher.match(homes["14"].code.lower()).home_id == homes["14"].id
    assert matcher.match("14").label == f"{homes['14'].code} · Teststraat 14"
    missing = matcher.match("99")
    assert not missing.matched and "geen woning in deze flat" in missing.problem
    assert "geen huisnummer" in matcher.match("bij de lift").problem
    assert matcher.match("").problem == ""


def test_small_parsers():
    assert split_house_or_phone("06-123 45 678") == ("", "06-123 45 678")
    assert split_house_or_phone("12-2") == ("12-2", "")
    assert split_house_or_phone("12a") == ("12a", "")
    assert phone_digits("+31 6 1234 5678") == phone_digits("06-12345678") == "0612345678"
    assert parse_yes_no("X", "mag contact") and parse_yes_no("ja", "x") and not parse_yes_no("", "x")
    with pytest.raises(ValueError, match="geen ja of nee"):
        parse_yes_no("misschien", "mag contact")


def test_the_same_resident_on_two_sheets_is_one_person(database, sheet_round):
    round_id, homes = sheet_round
    first = add(database, round_id, "Koffieochtend", "Jan de Vries", "12a")
    second = add(database, round_id, "Groen rond de flat", "jan  DE vries", "12 A", organise=True)
    assert first.person_created and not second.person_created
    assert second.row.person_id == first.row.person_id
    assert second.row.home_code == homes["12A"].code
    # Same phone digits, different way of writing, no house number: the same person too.
    by_phone = add(database, round_id, "Koffieochtend", "Els", phone="06-123 45 678")
    again = add(database, round_id, "Afval van balkons", "E. Bakker", "0612345678")     # phone typed in the house box
    assert again.row.person_id == by_phone.row.person_id and again.row.phone == "06-123 45 678"
    # Same home, another name: another resident of that home.
    other = add(database, round_id, "Koffieochtend", "Piet de Vries", "12A")
    assert other.person_created and other.row.person_id != first.row.person_id
    with database.session() as s:
        assert len(list(s.scalars(select(Person)))) == 3
        assert [r.topic for r in list_sign_ups(s, round_id, "koffieochtend")] == ["Koffieochtend"] * 3


def test_an_unmatched_number_is_kept_as_written_and_flagged(database, sheet_round):
    round_id, _homes = sheet_round
    added = add(database, round_id, "Koffieochtend", "Mieke", "77b")
    assert not added.row.matched and added.row.house_text == "77b"
    assert added.row.home_label == "niet gevonden: 77b"
    again = add(database, round_id, "Groen rond de flat", "mieke", "77B")
    assert again.row.person_id == added.row.person_id
    with database.session() as s:
        person = s.get(Person, added.row.person_id)
        assert person.home_id is None and contact_allowed(s, person)


def test_a_resident_twice_on_one_sheet_is_refused(database, sheet_round):
    round_id, _homes = sheet_round
    add(database, round_id, "Koffieochtend", "Jan", "10")
    with pytest.raises(UserError, match="staat al op de lijst 'Koffieochtend'"):
        add(database, round_id, "koffieochtend", "jan", "10")


def test_empty_and_bad_lines_are_refused_with_nothing_written(database, sheet_round):
    round_id, _homes = sheet_round
    with pytest.raises(UserError, match="leeg"):
        add(database, round_id, "Koffieochtend")
    with pytest.raises(UserError, match="onderwerp"):
        add(database, round_id, " ", "Jan", "10")
    with pytest.raises(UserError, match="geen telefoonnummer"):
        add(database, round_id, "Koffieochtend", "Jan", phone="12")
    with database.session() as s:
        assert not list(s.scalars(select(SignUp))) and not list(s.scalars(select(Person)))


def test_the_box_records_contact_consent_per_home(database, sheet_round):
    round_id, homes = sheet_round
    add(database, round_id, "Koffieochtend", "Jan", "10", contact=True)
    add(database, round_id, "Koffieochtend", "Nel", "14", contact=False)
    with database.session() as s:
        (ten,) = [c for c in consents_of_home(s, homes["10"].id) if c.purpose == CONTACT]
        assert ten.given and ten.source == "inschrijflijst"
        (fourteen,) = [c for c in consents_of_home(s, homes["14"].id) if c.purpose == CONTACT]
        assert not fourteen.given
        assert s.scalar(select(ActivityLog).where(ActivityLog.action == "privacy.consent")) is not None
        nel = s.scalar(select(Person).where(Person.name == "Nel"))
        assert not contact_allowed(s, nel)
    # Ticked later, on another sheet: now she may be contacted.
    add(database, round_id, "Groen rond de flat", "Nel", "14", contact=True)
    with database.session() as s:
        assert contact_allowed(s, s.scalar(select(Person).where(Person.name == "Nel")))


def test_another_resident_of_the_home_does_not_speak_for_one_who_did_not_tick(database, sheet_round):
    round_id, _homes = sheet_round
    add(database, round_id, "Koffieochtend", "Jan", "16", contact=True)
    add(database, round_id, "Koffieochtend", "Kees", "16", contact=False)
    with database.session() as s:
        assert contact_allowed(s, s.scalar(select(Person).where(Person.name == "Jan")))
        assert not contact_allowed(s, s.scalar(select(Person).where(Person.name == "Kees")))


def test_a_withdrawal_is_not_undone_by_a_ticked_box(database, sheet_round):
    round_id, homes = sheet_round
    add(database, round_id, "Koffieochtend", "Jan", "18", contact=True)
    with database.session() as s, s.begin():
        withdraw_consent(s, round_id, homes["18"].id, CONTACT)
    added = add(database, round_id, "Groen rond de flat", "Jan", "18", contact=True)
    assert any("trok eerder de toestemming" in w for w in added.warnings)
    with database.session() as s:
        assert not contact_allowed(s, s.get(Person, added.row.person_id))


def test_deleting_the_last_line_removes_the_person_and_the_consent_it_gave(database, sheet_round):
    round_id, homes = sheet_round
    first = add(database, round_id, "Koffieochtend", "Jan", "10", contact=True)
    second = add(database, round_id, "Groen rond de flat", "Jan", "10", contact=False)
    with database.session() as s, s.begin():
        delete_sign_up(s, first.row.id)
    with database.session() as s:
        (consent,) = [c for c in consents_of_home(s, homes["10"].id) if c.purpose == CONTACT]
        assert not consent.given              # the remaining line has no tick
    with database.session() as s, s.begin():
        delete_sign_up(s, second.row.id)
    with database.session() as s:
        assert consents_of_home(s, homes["10"].id) == []
        assert list(s.scalars(select(Person))) == []


def test_a_form_person_and_the_same_home_on_a_sheet_are_one_person(database, sheet_round):
    from flatapp.services.follow_up import refresh_follow_up

    round_id, homes = sheet_round
    with database.session() as s, s.begin():
        complete_filled(s, round_id, homes["14"].id, {"CT1": 1, "CT2": "A. Bakker", "CT3": "a@b.nl"}, None)
        refresh_follow_up(s, round_id)
    added = add(database, round_id, "Koffieochtend", "Anna Bakker", "14", contact=True)
    assert not added.person_created
    with database.session() as s:
        person = s.get(Person, added.row.person_id)
        assert person.interview_id is not None and person.name == "A. Bakker"
        assert s.get(Person, added.row.person_id).email == "a@b.nl"
        # The form's consent stays the form's (the tick does not re-record a standing consent).
        (consent,) = [c for c in consents_of_home(s, homes["14"].id) if c.purpose == CONTACT]
        assert consent.source == "formulier"


def test_topics_come_from_the_questionnaire_then_from_the_sheets(database, sheet_round):
    round_id, _homes = sheet_round
    with database.session() as s:
        topics = topics_of_round(s, round_id)
    assert topics[:4] == ["Afval van balkons", "Groepsapp per portiek", "Koffieochtend", "Groen rond de flat"]
    assert "Anders" not in topics and "Geen" not in topics
    add(database, round_id, "Buurtbarbecue", "Jan", "10")
    typed = add(database, round_id, "koffieochtend", "Jan", "10")        # the sheet's own spelling is kept
    assert typed.row.topic == "Koffieochtend"
    with database.session() as s:
        assert topics_of_round(s, round_id)[-1] == "Buurtbarbecue"


def test_a_group_may_name_someone_who_ticked_the_box_on_that_topic(database, sheet_round):
    round_id, _homes = sheet_round
    added = add(database, round_id, "Koffieochtend", "Jan", "10", contact=True)
    with database.session() as s:
        assert may_name_in_group(s, added.row.person_id, "koffieochtend")
        assert not may_name_in_group(s, added.row.person_id, "Groen rond de flat")


def test_another_surname_in_a_form_home_is_another_resident(database, sheet_round):
    from flatapp.services.follow_up import refresh_follow_up
    from flatapp.services.sign_ups import may_be_same_resident

    assert may_be_same_resident("M. Bakker", "Marieke Bakker") and may_be_same_resident("", "Kees")
    assert not may_be_same_resident("M. Bakker", "Kees Jansen")
    round_id, homes = sheet_round
    kees = add(database, round_id, "Koffieochtend", "Kees Jansen", "14", contact=True)    # before the form
    with database.session() as s, s.begin():
        complete_filled(s, round_id, homes["14"].id, {"CT1": 1, "CT2": "A. Bakker", "CT3": "a@b.nl"}, None)
        result = refresh_follow_up(s, round_id)
    assert (result.added, result.linked) == (1, 0)
    anna = add(database, round_id, "Groen rond de flat", "Anna Bakker", "14", contact=True)
    with database.session() as s:
        assert s.get(Person, kees.row.person_id).interview_id is None
        assert s.get(Person, anna.row.person_id).interview_id is not None
        assert len(list(s.scalars(select(Person)))) == 2
