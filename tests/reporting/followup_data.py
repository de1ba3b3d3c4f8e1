"""A few persons, sign-ups, partners, working groups and actions, written straight into the tables
(the groups services are another engineer's), with names and home codes the outputs must never show."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select

from flatapp.services.consent import set_consent
from flatapp.storage.followup_models import (
    GroupAction,
    GroupMember,
    GroupPartner,
    Partner,
    Person,
    SignUp,
    WorkingGroup,
)
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import CONTACT
from flatapp.storage.round_models import Round

NAMES = ("Truus Zwartkop", "Hendrik Moolenaar", "Gerda Brinkhorst", "Pieter Oldenzaal")


def add_followup(session, round_id: int, consent: tuple[bool, ...] = (True, True, False, True)) -> dict:
    """Four persons (the third without contact consent), two groups with members, a partner and actions;
    an action and a result that name a resident and a home code, as a coordinator might type by mistake."""
    round_ = session.get(Round, round_id)
    homes = list(session.scalars(select(Home).where(Home.building_id == round_.building_id).order_by(Home.id)))[:4]
    persons = []
    for name, home, agreed in zip(NAMES, homes, consent):
        person = Person(round_id=round_id, home_id=home.id, name=name, phone="06-11112222")
        session.add(person)
        persons.append(person)
        set_consent(session, round_id, home.id, CONTACT, agreed, "inschrijflijst")
    session.flush()
    for person, topic in zip(persons, ("Afval van balkons", "Afval van balkons", "Groepsapp per portiek",
                                       "Koffieochtend")):
        session.add(SignUp(round_id=round_id, person_id=person.id, topic=topic, may_contact=True,
                           wants_to_organise=topic == "Koffieochtend"))
    corporation = Partner(name="Woonstichting De Voorbeeldhof", kind="corporatie", contact_name="Huismeester Bas")
    session.add(corporation)
    created = datetime(2026, 12, 20, 10, 0, tzinfo=timezone.utc)
    litter = WorkingGroup(building_id=round_.building_id, round_id=round_id, name="Schone flat", topic="Afval van balkons",
                          group_app="https://chat.example/abc", created_at=created)
    apps = WorkingGroup(building_id=round_.building_id, round_id=round_id, name="Portiek-apps",
                        topic="Groepsapp per portiek", created_at=created)
    session.add_all([litter, apps])
    session.flush()
    for person in persons[:3]:
        session.add(GroupMember(group_id=litter.id, person_id=person.id, joined_on=date(2026, 12, 20)))
    session.add(GroupMember(group_id=apps.id, person_id=persons[3].id))
    session.add(GroupPartner(group_id=litter.id, partner_id=corporation.id, brings="de huismeester ruimt op"))
    session.add_all([
        GroupAction(group_id=litter.id, what=f"Brief over afval rondbrengen met {NAMES[0]}", who_kind="bewoner",
                    who_person_id=persons[0].id, status="klaar", done_on=date(2027, 1, 10),
                    result=f"Ook bij {homes[1].code} afgegeven"),
        GroupAction(group_id=litter.id, what="Extra container bij portiek A", who_kind="partner",
                    who_partner_id=corporation.id, status="open", due=date(2027, 2, 1)),
        GroupAction(group_id=apps.id, what="Groepsapp voor portiek B starten", who_kind="coördinator",
                    status="bezig", due=date(2027, 1, 20)),
    ])
    session.flush()
    return {"persons": persons, "homes": homes, "groups": (litter, apps)}
