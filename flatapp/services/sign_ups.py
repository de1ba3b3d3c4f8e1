"""Sign-up sheets from the tent, typed in line by line: matched to homes, merged into persons, consent.

A line is what a resident wrote on the sheet of one topic: a name, a house number or a phone number,
the "mag contact" box and whether they want to help organise. The house number is matched to a home
of the block as in the form's neighbours field (``flatapp.domain.answers.home_lookup``: '12', '12a',
'12-2', '12 A', or the printed home code); a number that matches no home (or two) is kept as written
(``SignUp.house_text``) and shown as not matched.

One resident is one ``Person`` per round. A line joins an existing person when (in this order) the
phone digits are the same; or the matched home is the same and the name is the same ignoring case and
spaces; or the home is that of a resident who asked for contact on the form (CT1) and the names can be
one resident (``may_be_same_resident``: the same surname, 'M. Bakker' and 'Marieke Bakker', or one
name left empty; a different surname in the same home is another resident); or, without a home, the same house number as written and the
same name. Otherwise the line makes a new person.

Consent (``flatapp.services.consent``, source 'inschrijflijst'): a ticked box records CONTACT as given
for the home; an unticked box records a refusal only when the home has no CONTACT record yet (a form's
or a phone call's answer is not overruled by an empty box). A withdrawn consent is never given again by
typing a sheet: the line is saved and a warning says so. Deleting a line (undo) takes back the consent
that only sign-up lines gave. A person without a home has no consent record (consent needs a home):
for them the box on their own lines is the consent (``contact_allowed``).

Every function takes a Session; the caller owns the transaction. Checks run before the first write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain import template_codes as codes
from flatapp.domain.addresses import parse_house_number
from flatapp.domain.answers import home_lookup
from flatapp.domain.rows import HomeRow
from flatapp.domain.tiers import Tier
from flatapp.services.activity import current_user, log_activity
from flatapp.services.consent import SIGN_UP, set_consent
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.storage.followup_models import GroupMember, Person, SignUp
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import CONTACT, GROUP, Consent
from flatapp.storage.round_models import Round

NAME_MAX, TOPIC_MAX, HOUSE_MAX, PHONE_MAX, EMAIL_MAX = 120, 120, 40, 60, 120
PHONE_MIN_DIGITS = 6          # fewer digits is a house number, not a phone number
# Options of the topic question that are no topic of their own on a sheet.
NOT_A_TOPIC = frozenset({"anders", "geen", "weet niet"})
YES_WORDS = frozenset({"j", "ja", "x", "1", "y", "yes", "waar", "true", "v", "✓", "✔", "√"})
NO_WORDS = frozenset({"", "n", "nee", "0", "no", "onwaar", "false", "-"})


# --- matching a house number ------------------------------------------------------------------------

@dataclass(frozen=True)
class HomeMatch:
    """What the house-number box matched: a home of the block, or a Dutch reason why not."""

    text: str                 # as typed, tidied
    home_id: int | None = None
    code: str = ""
    address: str = ""
    problem: str = ""         # '' when matched or when nothing was typed

    @property
    def matched(self) -> bool:
        return self.home_id is not None

    @property
    def label(self) -> str:
        """'VF-012 · Kastanjelaan 12' or the reason it matched nothing."""
        return f"{self.code} · {self.address}" if self.matched else self.problem


class HomeMatcher:
    """The block's homes in memory, so a screen can match every keystroke without the database."""

    def __init__(self, homes: Sequence[HomeRow]):
        self._lookup = home_lookup(homes)
        self._by_code = {home.code: home for home in homes}

    def match(self, text: str) -> HomeMatch:
        raw = " ".join((text or "").split())
        if not raw:
            return HomeMatch("")
        key = raw.upper()
        if key not in self._lookup:
            try:
                key = parse_house_number(raw).label().upper()
            except ValueError:
                return HomeMatch(raw, problem=f"'{raw}' is geen huisnummer of woningcode")
        if key not in self._lookup:
            return HomeMatch(raw, problem=f"{raw} is geen woning in deze flat (niet gekoppeld, wel bewaard)")
        code = self._lookup[key]
        if code is None:
            return HomeMatch(raw, problem=f"{raw} komt meer dan één keer voor in deze flat; typ de woningcode")
        home = self._by_code[code]
        return HomeMatch(raw, home.id, home.code, home.address)


def _round(session: Session, round_id: int) -> Round:
    """The round (without loading the round services: the privacy modules that use this one load at start)."""
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer).")
    return round_


def home_matcher(session: Session, round_id: int) -> HomeMatcher:
    round_ = _round(session, round_id)
    return HomeMatcher(list_home_rows(session, round_.building_id))


# --- small parsers ----------------------------------------------------------------------------------

def phone_digits(text: str) -> str:
    """The digits of a phone number, '+31 6' written as '06': '06-123 45 678' → '0612345678'."""
    raw = (text or "").strip()
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+31"):
        digits = "0" + digits[2:]
    elif raw.startswith("0031"):
        digits = "0" + digits[4:]
    return digits


def looks_like_phone(text: str) -> bool:
    """'0612345678', '06-12 34 56 78', '+31 6 …', '0515-412345' are phone numbers; '12', '12-2', '12a' not."""
    raw = (text or "").strip()
    if not raw or re.search(r"[A-Za-z]", raw):
        return False
    return raw.startswith("+") or len(re.sub(r"\D", "", raw)) >= PHONE_MIN_DIGITS


def split_house_or_phone(text: str) -> tuple[str, str]:
    """The sheet's one box 'Huisnummer of telefoonnummer' → (house text, phone)."""
    raw = " ".join((text or "").split())
    return ("", raw) if looks_like_phone(raw) else (raw, "")


def name_key(name: str) -> str:
    """A name compared ignoring case and spaces: 'Jan  de Vries' and 'jan devries' are the same."""
    return "".join((name or "").split()).casefold()


def _surname(name: str) -> str:
    words = re.findall(r"[^\W\d_]+", (name or "").casefold())
    return words[-1] if words else ""


def may_be_same_resident(form_name: str, sheet_name: str) -> bool:
    """Whether the name on a form (CT2) and on a sheet of the same home can be one resident: the same name
    ignoring case and spaces, the same surname ('M. Bakker' and 'Marieke Bakker'), or one of them empty."""
    if not name_key(form_name) or not name_key(sheet_name) or name_key(form_name) == name_key(sheet_name):
        return True
    surname = _surname(form_name)
    return len(surname) >= 2 and surname == _surname(sheet_name)


def parse_yes_no(text: str | bool | None, what: str) -> bool:
    """'j', 'ja', 'x', '1' → True; '', 'n', 'nee', '0' → False; otherwise a Dutch ValueError."""
    if isinstance(text, bool):
        return text
    raw = " ".join(str(text or "").split()).casefold().rstrip(".")
    if raw.endswith(".0") and raw[:-2].isdigit():
        raw = raw[:-2]
    if raw in YES_WORDS:
        return True
    if raw in NO_WORDS:
        return False
    raise ValueError(f"'{text}' bij {what} is geen ja of nee (schrijf j, ja of x voor ja; n, nee of leeg voor nee)")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


# --- rows ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SignUpInput:
    """One line as typed or read from a file."""

    topic: str
    name: str = ""
    house_text: str = ""
    phone: str = ""
    may_contact: bool = False
    wants_to_organise: bool = False
    email: str = ""           # the sheet's optional e-mail column (kept with the person)


@dataclass(frozen=True)
class SignUpRow:
    id: int
    round_id: int
    person_id: int
    topic: str
    name: str
    house_text: str
    home_id: int | None
    home_code: str
    address: str
    phone: str
    may_contact: bool
    wants_to_organise: bool
    entered_by: str
    created_at: datetime | None
    email: str = ""

    @property
    def matched(self) -> bool:
        return self.home_id is not None

    @property
    def home_label(self) -> str:
        if self.matched:
            return f"{self.home_code} · {self.address}"
        return f"niet gevonden: {self.house_text}" if self.house_text else ""

    def as_input(self) -> SignUpInput:
        return SignUpInput(self.topic, self.name, self.house_text, self.phone, self.may_contact,
                           self.wants_to_organise, self.email)


@dataclass(frozen=True)
class AddedSignUp:
    row: SignUpRow
    person_created: bool
    warnings: tuple[str, ...] = ()


def home_address_text(home: Home | None) -> str:
    if home is None:
        return ""
    from flatapp.domain.addresses import HouseNumber

    return f"{home.street} {HouseNumber(home.house_number, home.house_letter or '', home.addition or '').label()}"


def _row(sign_up: SignUp, person: Person, home: Home | None) -> SignUpRow:
    return SignUpRow(sign_up.id, sign_up.round_id, person.id, sign_up.topic, person.name, sign_up.house_text,
                     home.id if home is not None else None, home.code if home is not None else "",
                     home_address_text(home), person.phone, bool(sign_up.may_contact), bool(sign_up.wants_to_organise),
                     sign_up.entered_by, sign_up.created_at, person.email)


def list_sign_ups(session: Session, round_id: int, topic: str | None = None) -> list[SignUpRow]:
    """The round's sheet lines in the order typed; only those of ``topic`` (case ignored) when given."""
    query = (select(SignUp, Person, Home).join(Person, Person.id == SignUp.person_id)
             .outerjoin(Home, Home.id == Person.home_id).where(SignUp.round_id == round_id))
    if topic is not None:
        query = query.where(func.lower(SignUp.topic) == _clean(topic).lower())
    return [_row(s, p, h) for s, p, h in session.execute(query.order_by(SignUp.id))]


def topics_of_round(session: Session, round_id: int) -> list[str]:
    """The topics to choose from: the options of the round's topic question (ON1) without 'Anders' and
    'Geen', then the topics already typed in this round that are not among them."""
    from flatapp.services.questionnaires import questionnaire_for_round

    labels: list[str] = []
    try:
        questionnaire = questionnaire_for_round(session, round_id)
    except UserError:
        questionnaire = None
    for question in questionnaire.questions() if questionnaire is not None else ():
        if question.code == codes.TOPIC_JOIN:
            labels = [o.label for o in question.options if o.label.strip().casefold() not in NOT_A_TOPIC]
    known = {label.casefold() for label in labels}
    for topic in session.scalars(select(SignUp.topic).where(SignUp.round_id == round_id).order_by(SignUp.id)):
        if topic.casefold() not in known:
            known.add(topic.casefold())
            labels.append(topic)
    return labels


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
