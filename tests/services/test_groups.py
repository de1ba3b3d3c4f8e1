"""Working groups, partners and actions through the services: consent for members, versions, overdue."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, select

from flatapp.services.actions import add_action, delete_action, list_actions, set_status, update_action
from flatapp.services.consent import set_consent, withdraw_consent
from flatapp.services.errors import UserError
from flatapp.services.groups import (
    NAME_WITHHELD,
    add_group_partner,
    add_member,
    candidates,
    close_group,
    create_group,
    find_group,
    group_detail,
    list_groups,
    members_of,
    participating_homes,
    remove_member,
    rename_group,
    set_contact_person,
    update_group,
)
from flatapp.services.homes import list_home_rows
from flatapp.services.partners import (
    create_partner,
    delete_partner,
    list_partners,
    parse_offers,
    update_partner,
)
from flatapp.services.rounds import create_round
from flatapp.services.versioned import VersionConflict
from flatapp.storage.followup_models import GroupAction, GroupMember, Person, WorkingGroup
from flatapp.storage.privacy_models import CONTACT, GROUP

TODAY = date(2026, 12, 4)


@pytest.fixture
def block(database, make_building):
    """A block with a round and four persons: Ans (GROUP consent), Bert (CONTACT from a sign-up sheet),
    Cor (CONTACT by phone only), Dirk (no home matched)."""
    building_id = make_building("Groepenflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar").id
        homes = list_home_rows(s, building_id)
        people = {}
        for name, home in (("Ans de Vries", homes[0]), ("Bert Kok", homes[1]), ("Cor Smit", homes[2]),
                           ("Dirk Bos", None)):
            person = Person(round_id=round_id, home_id=home.id if home else None, name=name, phone="06 123")
            s.add(person)
            s.flush()
            people[name.split()[0]] = person.id
        set_consent(s, round_id, homes[0].id, GROUP, True, "mondeling")
        set_consent(s, round_id, homes[1].id, CONTACT, True, "inschrijflijst")
        set_consent(s, round_id, homes[2].id, CONTACT, True, "mondeling")
    return building_id, round_id, homes, people


def test_a_member_needs_group_consent_or_contact_from_a_sign_up_sheet(database, block):
    building_id, round_id, homes, people = block
    with database.session() as s, s.begin():
        group = create_group(s, building_id, "Afval van balkons", topic="afval", round_id=round_id)
        assert add_member(s, group.id, people["Ans"], date(2026, 11, 20)).name == "Ans de Vries"
        assert add_member(s, group.id, people["Bert"]).name == "Bert Kok"
        with pytest.raises(UserError) as refused:
            add_member(s, group.id, people["Cor"])
        assert "Cor Smit" in str(refused.value) and "alleen toestemming voor contact" in str(refused.value)
        assert "Afval van balkons" in str(refused.value)
        with pytest.raises(UserError, match="aan geen woning gekoppeld"):
            add_member(s, group.id, people["Dirk"])
        with pytest.raises(UserError, match="al lid"):
            add_member(s, group.id, people["Ans"])
    with database.session() as s:
        choices = {c.name: c for c in candidates(s, building_id)}
        assert [choices[n].allowed for n in ("Ans de Vries", "Bert Kok", "Cor Smit", "Dirk Bos")] == [
            True, True, False, False]
        assert [m.name for m in members_of(s, group.id)] == ["Ans de Vries", "Bert Kok"]
        assert list_groups(s, building_id)[0].members == 2


def test_a_withdrawal_hides_the_name_and_the_home_on_the_map(database, block):
    building_id, round_id, homes, people = block
    with database.session() as s, s.begin():
        group = create_group(s, building_id, "Groepsapp per portiek")
        add_member(s, group.id, people["Ans"])
        add_member(s, group.id, people["Bert"])
        set_contact_person(s, group.id, group.version, people["Ans"])
    with database.session() as s:
        assert participating_homes(s, building_id) == {homes[0].id, homes[1].id}
        assert find_group(s, "groepsapp PER portiek").contact_name == "Ans de Vries"
    with database.session() as s, s.begin():
        withdraw_consent(s, round_id, homes[0].id, GROUP)
    with database.session() as s:
        members = {m.person_id: m for m in members_of(s, group.id)}
        assert members[people["Ans"]].name == NAME_WITHHELD
        assert members[people["Ans"]].phone == "" and "ingetrokken" in members[people["Ans"]].why
        assert participating_homes(s, building_id) == {homes[1].id}
        assert find_group(s, "Groepsapp per portiek").contact_name == NAME_WITHHELD
    with database.session() as s, s.begin():
        with pytest.raises(UserError, match="ingetrokken"):
            add_member(s, create_group(s, building_id, "Nog een").id, people["Ans"])


def test_a_closed_group_does_not_count_on_the_map_and_names_are_unique_per_block(database, block):
    building_id, _round_id, homes, people = block
    with database.session() as s, s.begin():
        group = create_group(s, building_id, "Speeltuin")
        add_member(s, group.id, people["Ans"])
        with pytest.raises(UserError, match="al een werkgroep 'Speeltuin'"):
            create_group(s, building_id, " speeltuin ")
        closed = close_group(s, group.id, group.version)
        assert not closed.active and closed.state_label == "gesloten" and closed.version == group.version + 1
        assert participating_homes(s, building_id) == set()


def test_a_stale_group_update_is_refused_naming_both_values(database, block):
    building_id, _round_id, _homes, _people = block
    with database.session() as s, s.begin():
        group = create_group(s, building_id, "Afval van balkons")
        rename_group(s, group.id, group.version, "Schone galerij")
    with database.session() as s, s.begin():
        with pytest.raises(VersionConflict) as conflict:
            update_group(s, group.id, group.version, name="Afval en balkons")
    message = str(conflict.value)
    assert "'Schone galerij'" in message and "'Afval en balkons'" in message
    assert "versie 2" in message and "versie 1" in message and "niets opgeslagen" in message
    with database.session() as s, s.begin():
        with pytest.raises(UserError, match="versie"):
            update_group(s, group.id, None, topic="x")


def test_actions_by_date_overdue_and_done(database, block):
    building_id, _round_id, _homes, people = block
    with database.session() as s, s.begin():
        partner = create_partner(s, "Woonstichting De Flat", kind="corporatie", offers="mensen, middelen")
        group = create_group(s, building_id, "Afval van balkons")
        add_member(s, group.id, people["Ans"])
        add_group_partner(s, group.id, partner.id, "de huismeester ruimt de containers")
        late = add_action(s, group.id, "Flyer per portiek", "bewoner", who_person_id=people["Ans"],
                          due=date(2026, 11, 30), today=TODAY)
        soon = add_action(s, group.id, "Extra containers vragen", "partner", who_partner_id=partner.id,
                          due=date(2026, 12, 15), status="bezig", today=TODAY)
        undated = add_action(s, group.id, "Evaluatie", today=TODAY)
        assert late.overdue and not soon.overdue and not undated.overdue
        assert (late.who_label, soon.who_label, undated.who_label) == ("Ans de Vries", "Woonstichting De Flat",
                                                                       "coördinator")
        with pytest.raises(UserError, match="lid zijn"):
            add_action(s, group.id, "x", "bewoner", who_person_id=people["Bert"])
        with pytest.raises(UserError, match="Status 'gedaan' bestaat niet"):
            add_action(s, group.id, "x", status="gedaan")
    with database.session() as s:
        assert [a.what for a in list_actions(s, building_id, today=TODAY)] == [
            "Flyer per portiek", "Extra containers vragen", "Evaluatie"]
        assert [a.what for a in list_actions(s, building_id, overdue_only=True, today=TODAY)] == ["Flyer per portiek"]
        row = list_groups(s, building_id, today=TODAY)[0]
        assert (row.open_actions, row.overdue_actions, row.next_due) == (3, 1, date(2026, 11, 30))
    with database.session() as s, s.begin():
        done = set_status(s, late.id, late.version, "klaar", result="120 flyers rondgebracht", today=TODAY)
        assert (done.done_on, done.result, done.overdue, done.version) == (TODAY, "120 flyers rondgebracht", False, 2)
        reopened = set_status(s, done.id, done.version, "bezig", today=TODAY)
        assert reopened.done_on is None and reopened.overdue
        done = set_status(s, done.id, reopened.version, "klaar", done_on=date(2026, 12, 1), today=TODAY)
    with database.session() as s:
        assert [(a.what, a.done_on) for a in list_actions(s, building_id, done_only=True, today=TODAY)] == [
            ("Flyer per portiek", date(2026, 12, 1))]
        detail = group_detail(s, group.id, today=TODAY)
        assert detail.group.done_actions == 1 and detail.partners[0].brings.startswith("de huismeester")
        assert [a.what for a in detail.actions] == ["Flyer per portiek", "Extra containers vragen", "Evaluatie"]


def test_a_stale_action_status_is_refused_naming_both_statuses(database, block):
    building_id, _round_id, _homes, _people = block
    with database.session() as s, s.begin():
        group = create_group(s, building_id, "Afval van balkons")
        action = add_action(s, group.id, "Containers", due=date(2026, 12, 10))
        set_status(s, action.id, action.version, "klaar", result="Staan er")
    with database.session() as s, s.begin():
        with pytest.raises(VersionConflict) as conflict:
            set_status(s, action.id, action.version, "bezig")
        message = str(conflict.value)
        assert "de status is nu 'klaar', u wilde 'bezig'" in message
        assert "versie 2, u werkte met versie 1" in message
        with pytest.raises(UserError, match="intussen gewijzigd"):
            delete_action(s, action.id, action.version)
        updated = update_action(s, action.id, 2, due=date(2026, 12, 20), what="Containers bij portiek B")
        assert (updated.due, updated.what, updated.version) == (date(2026, 12, 20), "Containers bij portiek B", 3)
        delete_action(s, action.id, 3)
        assert list_actions(s, building_id) == []


def test_removing_a_member_clears_contact_and_action_links(database, block):
    building_id, _round_id, _homes, people = block
    with database.session() as s, s.begin():
        group = create_group(s, building_id, "Afval van balkons")
        add_member(s, group.id, people["Ans"])
        group = set_contact_person(s, group.id, group.version, people["Ans"])
        action = add_action(s, group.id, "Flyer", "bewoner", who_person_id=people["Ans"])
        removed = remove_member(s, group.id, people["Ans"])
        assert removed.name == "Ans de Vries" and removed.is_contact
        row = find_group(s, "Afval van balkons")
        assert row.contact_person_id is None and row.members == 0
        again = list_actions(s, group_id=group.id)[0]
        assert again.who_person_id is None and again.who_label == "een bewoner" and again.version == action.version + 1
        with pytest.raises(UserError, match="moet lid zijn"):
            set_contact_person(s, group.id, row.version, people["Bert"])


def test_erasing_a_person_takes_memberships_and_clears_links(database, block):
    """What erasure and purge rely on: the database removes memberships with the person (CASCADE) and
    clears the contact person and an action's resident (SET NULL)."""
    building_id, _round_id, _homes, people = block
    with database.session() as s, s.begin():
        group = create_group(s, building_id, "Afval van balkons")
        add_member(s, group.id, people["Ans"])
        set_contact_person(s, group.id, group.version, people["Ans"])
        add_action(s, group.id, "Flyer", "bewoner", who_person_id=people["Ans"])
    with database.session() as s, s.begin():
        s.execute(delete(Person).where(Person.id == people["Ans"]))
    with database.session() as s:
        assert s.scalars(select(GroupMember)).all() == []
        assert s.scalar(select(WorkingGroup.contact_person_id)) is None
        action = s.scalar(select(GroupAction))
        assert action.who_person_id is None and action.who_kind == "bewoner"
        assert list_actions(s)[0].who_label == "een bewoner"


def test_partners_are_kept_once_with_what_they_bring(database, block):
    building_id, _round_id, _homes, _people = block
    assert parse_offers("Kennis, mensen ,") == ("mensen", "kennis")
    with pytest.raises(UserError, match="Onbekend aanbod 'koffie'"):
        parse_offers("kennis, koffie")
    with database.session() as s, s.begin():
        partner = create_partner(s, "Jongerenwerk", kind="jongerenwerk", contact_name="Sam", offers=["kennis"])
        with pytest.raises(UserError, match="al een partner"):
            create_partner(s, "jongerenwerk")
        changed = update_partner(s, partner.id, partner.version, offers="kennis, contacten", phone="0515 1")
        assert changed.offers == ("contacten", "kennis") and changed.version == 2
        with pytest.raises(VersionConflict, match="het telefoonnummer is nu '0515 1', u wilde '0515 2'"):
            update_partner(s, partner.id, partner.version, phone="0515 2")
        group = create_group(s, building_id, "Hangplek")
        add_group_partner(s, group.id, partner.id, "straatgesprekken")
        with pytest.raises(UserError, match="werkt nog mee in werkgroep 'Hangplek'"):
            delete_partner(s, partner.id, changed.version)
        assert [(p.name, p.groups) for p in list_partners(s)] == [("Jongerenwerk", 1)]
        other = create_partner(s, "Politie")
        delete_partner(s, other.id, other.version)
        assert [p.name for p in list_partners(s)] == ["Jongerenwerk"]


def test_the_access_letter_lists_the_households_group_memberships(database, block, tmp_path):
    from pypdf import PdfReader

    from flatapp.privacy.access import household_record, write_access_letter

    building_id, _round_id, homes, people = block
    with database.session() as s, s.begin():
        group = create_group(s, building_id, "Afval van balkons")
        add_member(s, group.id, people["Ans"], date(2026, 11, 20))
        set_contact_person(s, group.id, group.version, people["Ans"])
        add_action(s, group.id, "Flyer", "bewoner", who_person_id=people["Ans"])
    with database.session() as s:
        (part,) = household_record(s, homes[0].id).rounds
        assert [(line.label, line.value) for line in part.groups] == [
            ("Werkgroep 'Afval van balkons' (Ans de Vries)",
             "lid sinds 20-11-2026, contactpersoon van de groep, 1 actie op uw naam")]
        assert all(not p.groups for p in household_record(s, homes[1].id).rounds)
    with database.session() as s, s.begin():
        write_access_letter(s, homes[0].id, tmp_path / "inzage.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "inzage.pdf").pages)
    assert "Werkgroepen" in text and "Afval van balkons" in text
