"""The demo's working groups: three partners, two groups with members, partners and actions, so the
Werkgroepen screens, the facade map's participants view and `flatapp groups|actions|partners` have
something to show. Every name is fictional.

Members come from the round's persons whose consent allows sharing their name with a group. When the
round has none yet, the persons are made here from the demo interviews that said yes to contact (CT1) and
to sharing the name with a working group (CT4), named as on the form (CT2); a person already made for an
interview is reused, never doubled.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.answers import decode_answers
from flatapp.services.actions import add_action
from flatapp.services.groups import add_group_partner, add_member, candidates, create_group, set_contact_person
from flatapp.services.partners import create_partner
from flatapp.storage.followup_models import BY_COORDINATOR, BY_PARTNER, BY_RESIDENT, JOINED, Person
from flatapp.storage.interview_models import Interview
from flatapp.storage.round_models import Round


def _persons_from_forms(session: Session, round_id: int, wanted: int) -> None:
    """Persons for the interviews with CT1 = 1 and CT4 = 1 (name from CT2, e-mail from CT3)."""
    known = set(session.scalars(select(Person.interview_id).where(Person.round_id == round_id,
                                                                  Person.interview_id.is_not(None))))
    made = 0
    for interview in session.scalars(select(Interview).where(Interview.round_id == round_id)
                                     .order_by(Interview.id)):
        answers = decode_answers(interview.answers)
        if answers.get("CT1") != 1 or answers.get("CT4") != 1 or interview.id in known:
            continue
        name = str(answers.get("CT2") or "").strip()
        if not name:
            continue
        session.add(Person(round_id=round_id, home_id=interview.home_id, interview_id=interview.id, name=name,
                           email=str(answers.get("CT3") or ""), follow_up_status=JOINED))
        made += 1
        if made == wanted:
            break
    session.flush()


def add_demo_groups(session: Session, round_id: int, today: date | None = None) -> None:
    today = today or date.today()
    building_id = session.get(Round, round_id).building_id
    allowed = [c for c in candidates(session, building_id) if c.allowed]
    if len(allowed) < 5:
        _persons_from_forms(session, round_id, 5 - len(allowed))
        allowed = [c for c in candidates(session, building_id) if c.allowed]

    corporation = create_partner(
        session, "Woonstichting De Flat", kind="woningcorporatie", contact_name="Huismeester Jan Wiersma",
        phone="0515 123 456", email="huismeester@woonstichtingdeflat.example", offers="mensen, middelen, geld",
        note="De huismeester is er op werkdagen van 8 tot 12 uur.")
    youth = create_partner(session, "Jongerenwerk", kind="jongerenwerk", contact_name="Sanne Postma",
                           phone="06 1111 2222", offers="mensen, kennis, contacten")
    platform = create_partner(session, "Buurtplatform", kind="buurtplatform", contact_name="Kees Hoekstra",
                              email="info@buurtplatform.example", offers="contacten, geld")

    litter = create_group(session, building_id, "Afval van balkons", topic="Afval en zwerfvuil", round_id=round_id,
                          group_app="WhatsApp: Schoon rond de flat",
                          note="Gestart na de tent; het buurtplatform pakt het mee op.")
    for choice in allowed[:3]:
        add_member(session, litter.id, choice.id, joined_on=date(2026, 11, 20))
    if allowed:
        litter = set_contact_person(session, litter.id, litter.version, allowed[0].id)
    add_group_partner(session, litter.id, corporation.id, "de huismeester ruimt het grasveld op en regelt containers")
    add_group_partner(session, litter.id, platform.id, "een bijdrage voor prikstokken en vuilniszakken")
    add_group_partner(session, litter.id, youth.id, "jongeren helpen bij de opruimochtend")
    add_action(session, litter.id, "Flyer 'Niets van het balkon' in elk portiek ophangen", BY_RESIDENT,
               who_person_id=allowed[0].id if allowed else None, due=date(2026, 11, 25), status="klaar",
               result="In alle drie portieken opgehangen; de huismeester ziet minder afval op het grasveld.",
               done_on=date(2026, 11, 24), today=today)
    add_action(session, litter.id, "Extra afvalcontainer bij portiek B vragen", BY_PARTNER,
               who_partner_id=corporation.id, due=date(2026, 11, 28), today=today)

    app = create_group(session, building_id, "Groepsapp per portiek", topic="Contact met de buren",
                       round_id=round_id, group_app="WhatsApp-groep per portiek (beheer: de contactpersoon)")
    for choice in allowed[3:5]:
        add_member(session, app.id, choice.id, joined_on=date(2026, 11, 22))
    if len(allowed) > 3:
        set_contact_person(session, app.id, app.version, allowed[3].id)
    add_group_partner(session, app.id, youth.id, "helpt ouderen de app te installeren")
    add_action(session, app.id, "Bewoners van portiek C uitnodigen voor hun groepsapp", BY_COORDINATOR,
               due=max(date(2027, 1, 15), today + timedelta(days=14)), status="bezig", today=today)
