"""Adding and deleting sign-up lines (checks first, then one write), and a home's persons for the privacy
tools."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain.tiers import Tier
from flatapp.services.activity import current_user, log_activity
from flatapp.services.errors import UserError
from flatapp.services.sign_ups.constants import EMAIL_MAX, HOUSE_MAX, NAME_MAX, PHONE_MAX, PHONE_MIN_DIGITS, TOPIC_MAX
from flatapp.services.sign_ups.matching import HomeMatcher, _clean, _round, home_matcher, looks_like_phone, phone_digits
from flatapp.services.sign_ups.persons import (
    AlreadySignedUp,
    _apply_consent,
    _respondent,
    _take_back_consent,
    find_person,
    lines_of,
)
from flatapp.services.sign_ups.rows import AddedSignUp, SignUpInput, SignUpRow, _row, topics_of_round
from flatapp.storage.followup_models import GroupMember, Person, SignUp
from flatapp.storage.models import Home
from flatapp.storage.round_models import Round


# --- adding and deleting lines ------------------------------------------------------------------------
def check_input(entry: SignUpInput) -> SignUpInput:
    """The line tidied; a Dutch UserError when it cannot be saved (nothing is written)."""
    topic, name = _clean(entry.topic), _clean(entry.name)
    house, phone, email = _clean(entry.house_text), _clean(entry.phone), _clean(entry.email)
    if not topic:
        raise UserError("Kies eerst het onderwerp van deze inschrijflijst; de regel is niet bewaard.")
    if not (name or house or phone):
        raise UserError("Deze regel is leeg: typ een naam, een huisnummer of een telefoonnummer.")
    for value, limit, what in ((topic, TOPIC_MAX, "Het onderwerp"), (name, NAME_MAX, "De naam"),
                               (house, HOUSE_MAX, "Het huisnummer"), (phone, PHONE_MAX, "Het telefoonnummer"),
                               (email, EMAIL_MAX, "Het e-mailadres")):
        if len(value) > limit:
            raise UserError(f"{what} is te lang ({len(value)} tekens, hoogstens {limit}); de regel is niet bewaard.")
    if phone and len(phone_digits(phone)) < PHONE_MIN_DIGITS:
        raise UserError(f"'{phone}' is geen telefoonnummer (te weinig cijfers); de regel is niet bewaard.")
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise UserError(f"'{email}' is geen e-mailadres; de regel is niet bewaard.")
    return SignUpInput(topic, name, house, phone, bool(entry.may_contact), bool(entry.wants_to_organise), email)


def add_sign_up(session: Session, round_id: int, entry: SignUpInput,
                matcher: HomeMatcher | None = None) -> AddedSignUp:
    """Save one sheet line: match the home, join or make the person, record consent."""
    round_ = _round(session, round_id)
    entry = check_input(entry)
    known = session.scalar(select(SignUp.topic).where(SignUp.round_id == round_id,
                                                      func.lower(SignUp.topic) == entry.topic.lower()).limit(1))
    if known is None:
        known = next((t for t in topics_of_round(session, round_id) if t.casefold() == entry.topic.casefold()), None)
    if known is not None and known != entry.topic:     # 'koffieochtend' typed: the sheet is 'Koffieochtend'
        entry = SignUpInput(known, entry.name, entry.house_text, entry.phone, entry.may_contact,
                            entry.wants_to_organise, entry.email)
    if not entry.phone and looks_like_phone(entry.house_text):
        entry = SignUpInput(entry.topic, entry.name, "", entry.house_text, entry.may_contact,
                            entry.wants_to_organise, entry.email)
    match = (matcher or home_matcher(session, round_id)).match(entry.house_text)
    person = find_person(session, round_id, entry.name, match.home_id, entry.phone, entry.house_text)
    if person is not None:
        for line in lines_of(session, person.id):
            if line.topic.casefold() == entry.topic.casefold():
                who = person.name or entry.name or entry.house_text or entry.phone
                raise AlreadySignedUp(f"{who} staat al op de lijst '{line.topic}' van ronde '{round_.name}'; de regel "
                                "is niet nog een keer bewaard.")
    created = person is None
    if person is None:
        person = Person(round_id=round_id, home_id=match.home_id, name=entry.name, phone=entry.phone,
                        email=entry.email)
        session.add(person)
        session.flush()
    else:
        if not person.name and entry.name:
            person.name = entry.name
        if not person.phone and entry.phone:
            person.phone = entry.phone
        if not person.email and entry.email:
            person.email = entry.email
        if person.home_id is None and match.home_id is not None:
            person.home_id = match.home_id
    sign_up = SignUp(round_id=round_id, person_id=person.id, topic=entry.topic, house_text=entry.house_text,
                     may_contact=entry.may_contact, wants_to_organise=entry.wants_to_organise,
                     entered_by=current_user(session))
    session.add(sign_up)
    session.flush()
    warnings = _apply_consent(session, round_id, person, entry.may_contact)
    if not entry.may_contact:
        warnings.append("Zonder 'mag contact' komt deze bewoner niet op de opvolglijst en niet in een werkgroep.")
    home = session.get(Home, person.home_id) if person.home_id is not None else None
    return AddedSignUp(_row(sign_up, person, home), created, tuple(warnings))


def get_sign_up(session: Session, sign_up_id: int) -> SignUpRow:
    sign_up = session.get(SignUp, sign_up_id)
    if sign_up is None:
        raise UserError("Deze regel van de inschrijflijst bestaat niet (meer).")
    person = session.get(Person, sign_up.person_id)
    home = session.get(Home, person.home_id) if person.home_id is not None else None
    return _row(sign_up, person, home)


def _in_use(session: Session, person: Person) -> bool:
    """A person that a working group or a form still keeps (a status or note alone does not)."""
    member = session.scalar(select(GroupMember.id).where(GroupMember.person_id == person.id).limit(1))
    return member is not None or person.interview_id is not None


def delete_sign_up(session: Session, sign_up_id: int) -> SignUpRow:
    """Remove one sheet line (a typing mistake, or undo). The person goes too when nothing else keeps
    them; consent that only the sheet gave is taken back. Returns the line as it was."""
    row = get_sign_up(session, sign_up_id)
    sign_up = session.get(SignUp, sign_up_id)
    person = session.get(Person, sign_up.person_id)
    respondent = _respondent(session, person)
    home_id = person.home_id
    session.delete(sign_up)
    session.flush()
    if not lines_of(session, person.id) and not _in_use(session, person):
        session.delete(person)
        session.flush()
    if home_id is not None:
        _take_back_consent(session, row.round_id, home_id, respondent)
    return row


def delete_person(session: Session, person_id: int) -> None:
    """Remove a person with every sheet line (e.g. a resident without a home who asks to be forgotten)."""
    person = session.get(Person, person_id)
    if person is None:
        raise UserError("Deze bewoner staat niet (meer) op de lijst.")
    round_ = session.get(Round, person.round_id)
    home_id, respondent = person.home_id, _respondent(session, person)
    for line in lines_of(session, person.id):
        session.delete(line)
    session.delete(person)
    session.flush()
    if home_id is not None:
        _take_back_consent(session, person.round_id, home_id, respondent)
    log_activity(session, "followup.delete", f"Een bewoner met alle inschrijvingen verwijderd uit ronde "
                 f"'{round_.name}'", round_.building_id, tier=Tier.CONFIDENTIAL, round_id=round_.id)


def persons_of_home(session: Session, home_id: int) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.home_id == home_id).order_by(Person.round_id, Person.id)))


def texts_of_persons(session: Session, persons: Iterable[Person]) -> list[str]:
    """Names, phone numbers, e-mail addresses, notes and written house numbers (for scrubbing the log)."""
    texts: list[str] = []
    for person in persons:
        texts += [person.name, person.phone, person.email, person.follow_up_note]
        texts += [line.house_text for line in lines_of(session, person.id)]
    return [t for t in dict.fromkeys(t.strip() for t in texts if t and t.strip()) if len(t) >= 3]
