"""Working groups of a block: members (residents with consent), a contact person, the group's app,
the partners involved with what each brings, and their actions (``flatapp.services.actions``).

Consent (AVG): a resident may be added to a group only with active consent to share their name with a
working group (GROUP), or with contact consent given on a sign-up sheet from the tent (CONTACT, source
'inschrijflijst': the sheet's printed consent line covers approaching them about that topic). Every
output asks again when it is made (``member_consent``): after a withdrawal the member is shown without a
name and no longer counts as taking part on the facade map.

Every change to a group names the version it was based on (``flatapp.services.versioned``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain.dutch import counted
from flatapp.domain.tiers import Tier
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.versioned import save_versioned
from flatapp.storage.followup_models import (
    ACTION_BUSY,
    ACTION_DONE,
    ACTION_OPEN,
    GroupAction,
    GroupMember,
    GroupPartner,
    Partner,
    Person,
    WorkingGroup,
)
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Building, Home
from flatapp.storage.privacy_models import CONTACT, GROUP, Consent
from flatapp.storage.round_models import Round

SIGN_UP_SOURCE = "inschrijflijst"     # flatapp.services.consent.SIGN_UP
FIELD_LABELS = {"name": "de naam", "topic": "het onderwerp", "group_app": "de groepsapp",
                "contact_person_id": "de contactpersoon", "active": "actief", "note": "de notitie",
                "round_id": "de ronde"}
NAME_WITHHELD = "bewoner (naam niet gedeeld: geen toestemming)"


@dataclass(frozen=True)
class Consented:
    """Whether a person's name may be shared in a working group now, and why (Dutch)."""

    allowed: bool
    why: str


@dataclass(frozen=True)
class PersonChoice:
    """A resident of the block who could join a group (``allowed``), or why not."""

    id: int
    name: str
    home_code: str
    address: str
    round_name: str
    allowed: bool
    why: str


@dataclass(frozen=True)
class MemberRow:
    group_id: int
    person_id: int
    name: str                  # NAME_WITHHELD when consent does not hold now
    home_id: int | None
    home_code: str
    address: str
    phone: str
    email: str
    joined_on: date | None
    consent: bool
    why: str
    is_contact: bool


@dataclass(frozen=True)
class GroupPartnerRow:
    group_id: int
    partner_id: int
    name: str
    kind: str
    offers: tuple[str, ...]
    brings: str


@dataclass(frozen=True)
class GroupRow:
    id: int
    building_id: int
    building_name: str
    round_id: int | None
    name: str
    topic: str
    contact_person_id: int | None
    contact_name: str          # empty without a contact person; NAME_WITHHELD without consent
    group_app: str
    active: bool
    note: str
    version: int
    members: int
    open_actions: int
    overdue_actions: int
    done_actions: int
    next_due: date | None

    @property
    def state_label(self) -> str:
        return "actief" if self.active else "gesloten"


@dataclass(frozen=True)
class GroupDetail:
    group: GroupRow
    members: list[MemberRow]
    partners: list[GroupPartnerRow]
    actions: list  # list[flatapp.services.actions.ActionRow]


# --- consent ------------------------------------------------------------------------------------

def _respondent(session: Session, person: Person) -> int:
    if person.interview_id is not None:
        respondent = session.scalar(select(Interview.respondent).where(Interview.id == person.interview_id))
        if respondent is not None:
            return respondent
    return 1


def person_label(person: Person) -> str:
    return person.name.strip() or f"Bewoner {person.id}"


def member_consent(session: Session, person: Person) -> Consented:
    """May this person's name be shared in a working group right now?"""
    if person.home_id is None:
        return Consented(False, "is aan geen woning gekoppeld, dus er is geen toestemming vastgelegd; koppel eerst "
                                "de woning in de opvolglijst")
    consents = {c.purpose: c for c in session.scalars(select(Consent).where(
        Consent.round_id == person.round_id, Consent.home_id == person.home_id,
        Consent.respondent == _respondent(session, person), Consent.purpose.in_((GROUP, CONTACT))))}
    group, contact = consents.get(GROUP), consents.get(CONTACT)
    if group is not None and group.active:
        return Consented(True, "toestemming om de naam te delen met een werkgroep")
    if contact is not None and contact.active and contact.source == SIGN_UP_SOURCE:
        return Consented(True, "toestemming voor contact op de inschrijflijst")
    if group is not None and group.given and group.withdrawn_at is not None:
        return Consented(False, "heeft de toestemming om de naam te delen met een werkgroep ingetrokken")
    if contact is not None and contact.given and contact.withdrawn_at is not None:
        return Consented(False, "heeft de toestemming voor contact ingetrokken")
    if group is not None and not group.given:
        return Consented(False, "heeft 'nee' gezegd op de vraag of de naam gedeeld mag worden met een werkgroep")
    if contact is not None and contact.active:
        return Consented(False, "heeft alleen toestemming voor contact gegeven (niet op een inschrijflijst), niet "
                                "om de naam te delen met een werkgroep")
    return Consented(False, "heeft geen toestemming gegeven om de naam te delen met een werkgroep")


def _address(home: Home | None) -> str:
    if home is None:
        return ""
    addition = f"-{home.addition}" if home.addition else ""
    return f"{home.street} {home.house_number}{home.house_letter}{addition}"


def candidates(session: Session, building_id: int) -> list[PersonChoice]:
    """The persons of the block's rounds (newest round first, then by name), each with whether they may
    join a group now."""
    rows = session.execute(
        select(Person, Round.name).join(Round, Round.id == Person.round_id)
        .where(Round.building_id == building_id).order_by(Round.id.desc(), func.lower(Person.name), Person.id)).all()
    choices = []
    for person, round_name in rows:
        consent = member_consent(session, person)
        choices.append(PersonChoice(person.id, person_label(person), person.home.code if person.home else "",
                                    _address(person.home), round_name, consent.allowed, consent.why))
    return choices


# --- reading ------------------------------------------------------------------------------------

def is_overdue(due: date | None, status: str, today: date) -> bool:
    return due is not None and due < today and status in (ACTION_OPEN, ACTION_BUSY)


def _group(session: Session, group_id: int) -> WorkingGroup:
    group = session.get(WorkingGroup, group_id)
    if group is None:
        raise UserError(f"Werkgroep {group_id} bestaat niet (meer); misschien is hij in een ander venster "
                        "verwijderd. Open het overzicht opnieuw.")
    return group


def _group_row(session: Session, group: WorkingGroup, today: date) -> GroupRow:
    members = session.scalar(select(func.count(GroupMember.id)).where(GroupMember.group_id == group.id)) or 0
    actions = session.execute(select(GroupAction.due, GroupAction.status).where(
        GroupAction.group_id == group.id)).all()
    open_dues = [due for due, status in actions if status in (ACTION_OPEN, ACTION_BUSY)]
    overdue = sum(1 for due, status in actions if is_overdue(due, status, today))
    done = sum(1 for _due, status in actions if status == ACTION_DONE)
    dated = [due for due in open_dues if due is not None]
    contact_name = ""
    if group.contact_person_id is not None:
        person = session.get(Person, group.contact_person_id)
        if person is not None:
            contact_name = person_label(person) if member_consent(session, person).allowed else NAME_WITHHELD
    return GroupRow(group.id, group.building_id, group.building.name, group.round_id, group.name, group.topic or "",
                    group.contact_person_id, contact_name, group.group_app or "", bool(group.active),
                    group.note or "", group.version, members, len(open_dues), overdue, done,
                    min(dated) if dated else None)


def list_groups(session: Session, building_id: int | None = None, active_only: bool = False,
                today: date | None = None) -> list[GroupRow]:
    """The groups (of one block, or all), active ones first, then by name."""
    query = select(WorkingGroup).join(Building)
    if building_id is not None:
        query = query.where(WorkingGroup.building_id == building_id)
    if active_only:
        query = query.where(WorkingGroup.active.is_(True))
    query = query.order_by(Building.name, WorkingGroup.active.desc(), func.lower(WorkingGroup.name))
    today = today or date.today()
    return [_group_row(session, group, today) for group in session.scalars(query)]


def get_group(session: Session, group_id: int, today: date | None = None) -> GroupRow:
    return _group_row(session, _group(session, group_id), today or date.today())


def find_group(session: Session, name: str, building_id: int | None = None) -> GroupRow:
    """A group by name (case does not matter); a UserError listing the known groups otherwise."""
    clean = " ".join((name or "").split())
    query = select(WorkingGroup).where(func.lower(WorkingGroup.name) == clean.lower())
    if building_id is not None:
        query = query.where(WorkingGroup.building_id == building_id)
    found = list(session.scalars(query))
    if len(found) == 1:
        return get_group(session, found[0].id)
    if len(found) > 1:
        blocks = ", ".join(sorted(g.building.name for g in found))
        raise UserError(f"Er zijn meerdere werkgroepen '{clean}' (in de flats {blocks}); noem ook de flat met "
                        "--building.")
    known = ", ".join(g.name for g in list_groups(session, building_id)) or "geen"
    raise UserError(f"Werkgroep '{clean}' bestaat niet (bekend: {known}).")


def members_of(session: Session, group_id: int) -> list[MemberRow]:
    """The members by name, named only when their consent holds now (else NAME_WITHHELD, no contact
    details; those last)."""
    group = _group(session, group_id)
    rows = session.execute(select(GroupMember, Person).join(Person, Person.id == GroupMember.person_id)
                           .where(GroupMember.group_id == group_id).order_by(GroupMember.id)).all()
    result = []
    for member, person in rows:
        consent = member_consent(session, person)
        home = person.home
        named = consent.allowed
        result.append(MemberRow(
            group_id, person.id, person_label(person) if named else NAME_WITHHELD, person.home_id,
            home.code if home else "", _address(home) if named else "", person.phone if named else "",
            person.email if named else "", member.joined_on, consent.allowed, consent.why,
            group.contact_person_id == person.id))
    return sorted(result, key=lambda m: (not m.consent, m.name.casefold(), m.person_id))


def partners_of(session: Session, group_id: int) -> list[GroupPartnerRow]:
    _group(session, group_id)
    rows = session.execute(select(GroupPartner, Partner).join(Partner, Partner.id == GroupPartner.partner_id)
                           .where(GroupPartner.group_id == group_id).order_by(func.lower(Partner.name))).all()
    return [GroupPartnerRow(group_id, partner.id, partner.name, partner.kind or "",
                            tuple(o for o in (partner.offers or "").split(",") if o), link.brings or "")
            for link, partner in rows]


def group_detail(session: Session, group_id: int, today: date | None = None) -> GroupDetail:
    from flatapp.services.actions import list_actions

    today = today or date.today()
    return GroupDetail(get_group(session, group_id, today), members_of(session, group_id),
                       partners_of(session, group_id), list_actions(session, group_id=group_id, today=today))


def participating_homes(session: Session, building_id: int) -> set[int]:
    """Homes with a member (whose consent holds now) in any active group of the block: the facade map's
    confidential view."""
    persons = session.scalars(select(Person).join(GroupMember, GroupMember.person_id == Person.id)
                              .join(WorkingGroup, WorkingGroup.id == GroupMember.group_id)
                              .where(WorkingGroup.building_id == building_id, WorkingGroup.active.is_(True),
                                     Person.home_id.is_not(None)).distinct())
    return {p.home_id for p in persons if member_consent(session, p).allowed}  # type: ignore[misc]


def group_memberships_of_home(session: Session, round_id: int, home_id: int) -> list[tuple[str, str]]:
    """(label, value) per group membership of a resident of this home in this round, for the access
    letter (AVG art. 15): 'Werkgroep 'Afval van balkons' (Voorbeeldflat)', 'lid sinds 20-11-2026, …'."""
    rows = session.execute(
        select(WorkingGroup, GroupMember, Person).join(GroupMember, GroupMember.group_id == WorkingGroup.id)
        .join(Person, Person.id == GroupMember.person_id)
        .where(Person.round_id == round_id, Person.home_id == home_id).order_by(WorkingGroup.name)).all()
    lines = []
    for group, member, person in rows:
        parts = [f"lid sinds {member.joined_on.strftime('%d-%m-%Y')}" if member.joined_on else "lid"]
        if group.contact_person_id == person.id:
            parts.append("contactpersoon van de groep")
        actions = session.scalar(select(func.count(GroupAction.id)).where(
            GroupAction.group_id == group.id, GroupAction.who_person_id == person.id)) or 0
        if actions:
            parts.append(counted(actions, "actie", "acties") + " op uw naam")
        if not group.active:
            parts.append("de groep is gestopt")
        who = f" ({person_label(person)})" if person.name.strip() else ""
        lines.append((f"Werkgroep '{group.name}'{who}", ", ".join(parts)))
    return lines


# --- changing a group ---------------------------------------------------------------------------

def _clean_name(session: Session, building_id: int, name: str, own_id: int | None = None) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise UserError("Geef de werkgroep een naam, bijvoorbeeld 'Afval van balkons'.")
    if len(clean) > 120:
        raise UserError(f"De naam van de werkgroep is te lang ({len(clean)} tekens, hoogstens 120).")
    other = session.scalar(select(WorkingGroup).where(WorkingGroup.building_id == building_id,
                                                      func.lower(WorkingGroup.name) == clean.lower()))
    if other is not None and other.id != own_id:
        raise UserError(f"Deze flat heeft al een werkgroep '{other.name}'. Kies een andere naam, of open die groep.")
    return clean


def create_group(session: Session, building_id: int, name: str, topic: str = "", round_id: int | None = None,
                 group_app: str = "", note: str = "") -> GroupRow:
    building = session.get(Building, building_id)
    if building is None:
        raise UserError(f"Flat {building_id} bestaat niet (meer).")
    if round_id is not None:
        round_ = session.get(Round, round_id)
        if round_ is None or round_.building_id != building_id:
            raise UserError(f"Ronde {round_id} hoort niet bij flat '{building.name}'.")
    group = WorkingGroup(building_id=building_id, round_id=round_id,
                         name=_clean_name(session, building_id, name), topic=" ".join(topic.split()),
                         group_app=group_app.strip(), note=note.strip(), active=True)
    session.add(group)
    session.flush()
    log_activity(session, "groups.create", f"Werkgroep '{group.name}' gemaakt", building_id, group_id=group.id)
    return get_group(session, group.id)


def update_group(session: Session, group_id: int, version: int | None, **fields: object) -> GroupRow:
    """Change name, topic, group_app, note, active or contact_person_id; refused when stale."""
    group = _group(session, group_id)
    unknown = set(fields) - {"name", "topic", "group_app", "note", "active", "contact_person_id"}
    if unknown:
        raise ValueError(f"unknown group fields: {sorted(unknown)}")
    values: dict[str, object] = {}
    for field, value in fields.items():
        if field == "name":
            values[field] = _clean_name(session, group.building_id, str(value), group_id)
        elif field == "topic":
            values[field] = " ".join(str(value or "").split())
        elif field == "active":
            values[field] = bool(value)
        elif field == "contact_person_id":
            values[field] = _check_contact(session, group, value)  # type: ignore[arg-type]
        else:
            values[field] = str(value or "").strip()
    save_versioned(session, group, version, values, f"Werkgroep '{group.name}'", FIELD_LABELS)
    return get_group(session, group_id)


def rename_group(session: Session, group_id: int, version: int | None, name: str) -> GroupRow:
    return update_group(session, group_id, version, name=name)


def close_group(session: Session, group_id: int, version: int | None) -> GroupRow:
    """A group that stopped: kept with its actions and results, no longer active."""
    return update_group(session, group_id, version, active=False)


def reopen_group(session: Session, group_id: int, version: int | None) -> GroupRow:
    return update_group(session, group_id, version, active=True)


def set_contact_person(session: Session, group_id: int, version: int | None, person_id: int | None) -> GroupRow:
    return update_group(session, group_id, version, contact_person_id=person_id)


def _check_contact(session: Session, group: WorkingGroup, person_id: int | None) -> int | None:
    if person_id is None:
        return None
    person = session.get(Person, person_id)
    member = session.scalar(select(GroupMember).where(GroupMember.group_id == group.id,
                                                      GroupMember.person_id == person_id))
    if person is None or member is None:
        raise UserError(f"De contactpersoon van werkgroep '{group.name}' moet lid zijn van de groep; voeg de "
                        "bewoner eerst toe als lid.")
    consent = member_consent(session, person)
    if not consent.allowed:
        raise UserError(f"{person_label(person)} kan geen contactpersoon van werkgroep '{group.name}' zijn: "
                        f"{consent.why}.")
    return person_id


def add_member(session: Session, group_id: int, person_id: int, joined_on: date | None = None) -> MemberRow:
    """Add a resident to a group; refused (in Dutch, naming why) without consent to share the name."""
    group = _group(session, group_id)
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(f"Bewoner {person_id} staat niet (meer) in de opvolglijst; misschien is die intussen "
                        "gewist. Open de groep opnieuw.")
    if person.round.building_id != group.building_id:
        raise UserError(f"{person_label(person)} hoort bij flat '{person.round.building.name}', werkgroep "
                        f"'{group.name}' bij flat '{group.building.name}'; kies een bewoner van deze flat.")
    consent = member_consent(session, person)
    if not consent.allowed:
        where = f" (woning {person.home.code})" if person.home else ""
        raise UserError(f"{person_label(person)}{where} kan niet aan werkgroep '{group.name}' worden toegevoegd: "
                        f"{consent.why}. Alleen bewoners die toestemming gaven hun naam te delen met een "
                        "werkgroep (of 'mag contact' op een inschrijflijst) kunnen lid worden; leg de toestemming "
                        "eerst vast bij de woning.")
    existing = session.scalar(select(GroupMember).where(GroupMember.group_id == group_id,
                                                        GroupMember.person_id == person_id))
    if existing is not None:
        raise UserError(f"{person_label(person)} is al lid van werkgroep '{group.name}'.")
    session.add(GroupMember(group_id=group_id, person_id=person_id, joined_on=joined_on or date.today()))
    session.flush()
    log_activity(session, "groups.member", f"Lid toegevoegd aan werkgroep '{group.name}'", group.building_id,
                 tier=Tier.CONFIDENTIAL, group_id=group_id, person_id=person_id)
    return next(m for m in members_of(session, group_id) if m.person_id == person_id)


def remove_member(session: Session, group_id: int, person_id: int) -> MemberRow:
    """Take a resident out of a group (and off its contact person, and off its actions); returns what
    was removed, for undo."""
    group = _group(session, group_id)
    member = session.scalar(select(GroupMember).where(GroupMember.group_id == group_id,
                                                      GroupMember.person_id == person_id))
    if member is None:
        raise UserError(f"Deze bewoner is geen lid (meer) van werkgroep '{group.name}'; open de groep opnieuw.")
    row = next(m for m in members_of(session, group_id) if m.person_id == person_id)
    if group.contact_person_id == person_id:
        group.contact_person_id = None
        group.version += 1
    for action in session.scalars(select(GroupAction).where(GroupAction.group_id == group_id,
                                                            GroupAction.who_person_id == person_id)):
        action.who_person_id = None
        action.version += 1
    session.delete(member)
    session.flush()
    log_activity(session, "groups.member", f"Lid uit werkgroep '{group.name}' gehaald", group.building_id,
                 tier=Tier.CONFIDENTIAL, group_id=group_id, person_id=person_id)
    return row


def add_group_partner(session: Session, group_id: int, partner_id: int, brings: str = "") -> GroupPartnerRow:
    group = _group(session, group_id)
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise UserError(f"Partner {partner_id} bestaat niet (meer); open de partnerlijst opnieuw.")
    if session.scalar(select(GroupPartner).where(GroupPartner.group_id == group_id,
                                                 GroupPartner.partner_id == partner_id)) is not None:
        raise UserError(f"{partner.name} werkt al mee in werkgroep '{group.name}'; pas daar aan wat de partner "
                        "inbrengt.")
    session.add(GroupPartner(group_id=group_id, partner_id=partner_id, brings=brings.strip()))
    session.flush()
    return next(p for p in partners_of(session, group_id) if p.partner_id == partner_id)


def _group_partner(session: Session, group_id: int, partner_id: int) -> GroupPartner:
    link = session.scalar(select(GroupPartner).where(GroupPartner.group_id == group_id,
                                                     GroupPartner.partner_id == partner_id))
    if link is None:
        raise UserError(f"Deze partner werkt niet (meer) mee in werkgroep '{_group(session, group_id).name}'; "
                        "open de groep opnieuw.")
    return link


def set_group_partner_brings(session: Session, group_id: int, partner_id: int, brings: str) -> GroupPartnerRow:
    _group_partner(session, group_id, partner_id).brings = brings.strip()
    session.flush()
    return next(p for p in partners_of(session, group_id) if p.partner_id == partner_id)


def remove_group_partner(session: Session, group_id: int, partner_id: int) -> GroupPartnerRow:
    row = next((p for p in partners_of(session, group_id) if p.partner_id == partner_id), None)
    session.delete(_group_partner(session, group_id, partner_id))
    session.flush()
    assert row is not None
    return row
