"""One resident is one ``Person`` per round: finding the person a line belongs to, and the consent a line
records or takes back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.tiers import Tier
from flatapp.services.activity import log_activity
from flatapp.services.consent import SIGN_UP, set_consent
from flatapp.services.errors import UserError
from flatapp.services.sign_ups.constants import PHONE_MIN_DIGITS
from flatapp.services.sign_ups.matching import _clean, may_be_same_resident, name_key, phone_digits
from flatapp.storage.followup_models import Person, SignUp
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import CONTACT, GROUP, Consent
from flatapp.storage.round_models import Round


# --- persons ------------------------------------------------------------------------------------------
def _respondent(session: Session, person: Person) -> int:
    if person.interview_id is None:
        return 1
    return session.scalar(select(Interview.respondent).where(Interview.id == person.interview_id)) or 1


def lines_of(session: Session, person_id: int) -> list[SignUp]:
    return list(session.scalars(select(SignUp).where(SignUp.person_id == person_id).order_by(SignUp.id)))


def _same_house(a: str, b: str) -> bool:
    return name_key(a).upper() == name_key(b).upper()


def find_person(session: Session, round_id: int, name: str, home_id: int | None, phone: str,
                house_text: str = "") -> Person | None:
    """The person a sheet line belongs to (see the module's text), or None for a new one."""
    persons = list(session.scalars(select(Person).where(Person.round_id == round_id).order_by(Person.id)))
    digits = phone_digits(phone)
    if len(digits) >= PHONE_MIN_DIGITS:
        for person in persons:
            if phone_digits(person.phone) == digits:
                return person
    key = name_key(name)
    if home_id is not None:
        same_home = [p for p in persons if p.home_id == home_id]
        if key:
            for person in same_home:
                if name_key(person.name) == key:
                    return person
        from_form = [p for p in same_home if p.interview_id is not None and may_be_same_resident(p.name, name)]
        if from_form:
            return from_form[0]
        if not key and len(same_home) == 1:
            return same_home[0]
        return None
    if not key:
        return None
    for person in persons:
        if person.home_id is None and name_key(person.name) == key:
            lines = lines_of(session, person.id)
            if any(_same_house(line.house_text, house_text) for line in lines) or not lines:
                return person
    return None


def contact_consent(session: Session, round_id: int, home_id: int, respondent: int) -> Consent | None:
    return session.scalar(select(Consent).where(
        Consent.round_id == round_id, Consent.home_id == home_id, Consent.respondent == respondent,
        Consent.purpose == CONTACT))


def contact_allowed(session: Session, person: Person) -> bool:
    """May this person be contacted (and so be on the follow-up list) right now?

    From a form: the CONTACT consent of their home and respondent stands. From sheets only, with a home:
    that consent stands and they ticked "mag contact" on a line of their own (another resident of the
    same home who ticked it does not speak for them). Without a home: the box on their own lines."""
    lines = lines_of(session, person.id)
    ticked = any(line.may_contact for line in lines)
    if person.home_id is None:
        return ticked
    consent = contact_consent(session, person.round_id, person.home_id, _respondent(session, person))
    if consent is None or not consent.active:
        return False
    return person.interview_id is not None or ticked


def may_name_in_group(session: Session, person_id: int, topic: str = "") -> bool:
    """May the person's name be shared in a working group (on ``topic``)? With active GROUP consent of the
    home; or, when they may be contacted, with a ticked "mag contact" line on the sheet of that topic (the
    sheet's printed line covers being approached about that topic, by its group)."""
    person = session.get(Person, person_id)
    if person is None:
        return False
    if person.home_id is not None:
        group = session.scalar(select(Consent).where(
            Consent.round_id == person.round_id, Consent.home_id == person.home_id,
            Consent.respondent == _respondent(session, person), Consent.purpose == GROUP))
        if group is not None and group.active:
            return True
    if not topic or not contact_allowed(session, person):
        return False
    return any(line.may_contact and line.topic.casefold() == _clean(topic).casefold()
               for line in lines_of(session, person.id))


def _apply_consent(session: Session, round_id: int, person: Person, may_contact: bool) -> list[str]:
    """Record the sheet's box as CONTACT consent of the person's home (see the module's text)."""
    if person.home_id is None:
        return []
    respondent = _respondent(session, person)
    existing = contact_consent(session, round_id, person.home_id, respondent)
    if may_contact:
        if existing is not None and existing.withdrawn_at is not None:
            home = session.get(Home, person.home_id)
            return [f"Woning {home.code} trok eerder de toestemming voor contact in; het vinkje op de "
                    "inschrijflijst maakt dat niet ongedaan. Leg nieuwe toestemming zo nodig met de hand vast "
                    "(Privacy › toestemming), na overleg met de bewoner."]
        if existing is None or not existing.given:
            set_consent(session, round_id, person.home_id, CONTACT, True, SIGN_UP, respondent=respondent)
    elif existing is None:
        set_consent(session, round_id, person.home_id, CONTACT, False, SIGN_UP, respondent=respondent)
    return []


def _take_back_consent(session: Session, round_id: int, home_id: int, respondent: int) -> None:
    """After a line is deleted: consent that only sign-up lines gave follows the lines that remain."""
    consent = contact_consent(session, round_id, home_id, respondent)
    if consent is None or consent.source != SIGN_UP or consent.withdrawn_at is not None:
        return
    persons = [p for p in session.scalars(select(Person).where(Person.round_id == round_id,
                                                               Person.home_id == home_id))
               if _respondent(session, p) == respondent]
    lines = [line for p in persons for line in lines_of(session, p.id)]
    home = session.get(Home, home_id)
    round_ = session.get(Round, round_id)
    if any(line.may_contact for line in lines):
        return
    if lines:
        if consent.given:
            set_consent(session, round_id, home_id, CONTACT, False, SIGN_UP, respondent=respondent)
        return
    session.delete(consent)
    session.flush()
    log_activity(session, "privacy.consent",
                 f"Toestemming 'contact opnemen voor een vervolg' van de inschrijflijst verwijderd voor woning "
                 f"{home.code}, ronde '{round_.name}' (de regel is verwijderd)", round_.building_id,
                 tier=Tier.CONFIDENTIAL, round_id=round_id, home=home.code, purpose=CONTACT, removed=True)


class AlreadySignedUp(UserError):
    """The same resident is already on the sheet of this topic; nothing was saved."""
