"""The follow-up list: residents who asked for contact on their form (CT1) and residents who signed up in
the tent, one row per person, with a status (te bellen, gebeld, doet mee, geen interesse) and a note.

``refresh_follow_up`` brings the forms in: every interview with CT1 'ja' whose CONTACT consent stands
becomes a person (name from CT2, phone or e-mail from CT3), or is joined to the person the sign-up
sheets already made for that home when the names can be one resident (same surname, or a name missing). A person from a form whose consent was
withdrawn, with nothing else to keep (no sheet line, no status, no note, no group), is removed again.

``follow_up_rows`` lists only who may be contacted right now (``sign_ups.contact_allowed``: consent is
checked when the list is made, so a withdrawal takes effect at once). ``set_follow_up`` saves a status or
note against the version the screen showed; a stale save is refused with a Dutch message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from flatapp.domain import template_codes as codes
from flatapp.domain.answers import decode_answers
from flatapp.domain.tiers import Tier
from flatapp.services.activity import log_activity
from flatapp.services.consent import consenting
from flatapp.services.errors import UserError
from flatapp.services.rounds import get_round
from flatapp.services.sign_ups import (
    NAME_MAX,
    contact_allowed,
    home_address_text,
    lines_of,
    may_be_same_resident,
    name_key,
)
from flatapp.services.table_files import check_table_suffix, write_table
from flatapp.storage.base import utc_now
from flatapp.storage.followup_models import FOLLOW_UP_STATUSES, TO_CALL, GroupMember, Person
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import CONTACT

NOTE_MAX = 2000
FORM_SOURCE, SHEET_SOURCE = "formulier", "inschrijflijst"
EXPORT_COLUMNS = ("Nr", "Naam", "Woning", "Adres", "Telefoon", "E-mail", "Bron", "Onderwerpen",
                  "Wil organiseren", "Status", "Notitie")
SHEET = "Opvolglijst"


class FollowUpConflict(UserError):
    """Someone else saved this person meanwhile; nothing was saved."""


@dataclass(frozen=True)
class FollowUpRow:
    person_id: int
    round_id: int
    name: str
    home_id: int | None
    home_code: str
    address: str
    house_text: str            # as written on a sheet, when no home matched
    phone: str
    email: str
    from_form: bool
    topics: tuple[str, ...]    # sheets signed, in the order typed
    organise: tuple[str, ...]  # of those, the ones they want to help organise
    status: str
    note: str
    version: int

    @property
    def home_label(self) -> str:
        if self.home_code:
            return f"{self.home_code} · {self.address}"
        return f"niet gevonden: {self.house_text}" if self.house_text else ""

    @property
    def contact(self) -> str:
        return " · ".join(part for part in (self.phone, self.email) if part)

    @property
    def source_label(self) -> str:
        """'formulier; inschrijflijst: Koffieochtend, Groen rond de flat (organiseren)'."""
        parts = [FORM_SOURCE] if self.from_form else []
        if self.topics:
            shown = [f"{t} (organiseren)" if t in self.organise else t for t in self.topics]
            parts.append(f"{SHEET_SOURCE}: {', '.join(shown)}")
        return "; ".join(parts)


@dataclass(frozen=True)
class RefreshResult:
    added: int = 0         # new persons from forms
    linked: int = 0        # forms joined to a person from the sheets
    removed: int = 0       # persons from forms whose consent is gone, with nothing else kept

    def summary(self) -> str:
        return (f"{self.added} bewoners van het formulier toegevoegd, {self.linked} gekoppeld aan een "
                f"inschrijving, {self.removed} verwijderd (geen toestemming meer).")


def _contact_parts(value: object) -> tuple[str, str]:
    """CT3 (phone or e-mail, in one box) → (phone, e-mail)."""
    text = " ".join(str(value or "").split()) if isinstance(value, (str, int)) else ""
    return ("", text) if "@" in text else (text, "")


def _text(value: object) -> str:
    return " ".join(value.split())[:NAME_MAX] if isinstance(value, str) else ""


def _form_interviews(session: Session, round_id: int) -> list[tuple[Interview, dict]]:
    """Interviews with CT1 'ja' whose CONTACT consent stands now."""
    allowed = consenting(session, round_id, CONTACT)
    found = []
    for interview in session.scalars(select(Interview).where(Interview.round_id == round_id).order_by(Interview.id)):
        answers = decode_answers(interview.answers)
        if answers.get(codes.CONTACT_CONSENT) == codes.YES and (interview.home_id, interview.respondent) in allowed:
            found.append((interview, answers))
    return found


def _pristine(session: Session, person: Person) -> bool:
    member = session.scalar(select(GroupMember.id).where(GroupMember.person_id == person.id).limit(1))
    return (member is None and not lines_of(session, person.id) and person.follow_up_status == TO_CALL
            and not person.follow_up_note and person.version == 1)


def refresh_follow_up(session: Session, round_id: int) -> RefreshResult:
    """Bring the round's CT1 forms into the persons (see the module's text)."""
    get_round(session, round_id)
    persons = list(session.scalars(select(Person).where(Person.round_id == round_id).order_by(Person.id)))
    by_interview = {p.interview_id: p for p in persons if p.interview_id is not None}
    added = linked = removed = 0
    wanted: set[int] = set()
    for interview, answers in _form_interviews(session, round_id):
        wanted.add(interview.id)
        name = _text(answers.get(codes.CONTACT_NAME))
        phone, email = _contact_parts(answers.get(codes.CONTACT_WAY))
        person = by_interview.get(interview.id)
        if person is None:
            sheet_persons = [p for p in persons if p.home_id == interview.home_id and p.interview_id is None]
            person = next((p for p in sheet_persons if name and name_key(p.name) == name_key(name)), None)
            if person is None:
                person = next((p for p in sheet_persons if may_be_same_resident(name, p.name)), None)
            if person is not None:
                person.interview_id = interview.id
                linked += 1
            else:
                person = Person(round_id=round_id, home_id=interview.home_id, interview_id=interview.id)
                session.add(person)
                persons.append(person)
                added += 1
            by_interview[interview.id] = person
        if name and (person.id is None or not lines_of(session, person.id)):
            person.name = name          # a person only from the form follows the form's corrections
        for field, value in (("name", name), ("phone", phone), ("email", email)):
            if value and not getattr(person, field):
                setattr(person, field, value)
    session.flush()
    for person in persons:
        if person.interview_id is not None and person.interview_id not in wanted and _pristine(session, person):
            session.delete(person)
            removed += 1
    session.flush()
    return RefreshResult(added, linked, removed)


def _follow_row(session: Session, person: Person, home: Home | None) -> FollowUpRow:
    lines = lines_of(session, person.id)
    topics = tuple(dict.fromkeys(line.topic for line in lines))
    organise = tuple(dict.fromkeys(line.topic for line in lines if line.wants_to_organise))
    house_text = next((line.house_text for line in lines if line.house_text), "")
    return FollowUpRow(person.id, person.round_id, person.name, person.home_id, home.code if home else "",
                       home_address_text(home), house_text if home is None else "", person.phone, person.email,
                       person.interview_id is not None, topics, organise, person.follow_up_status,
                       person.follow_up_note, person.version)


def _status(status: str) -> str:
    clean = " ".join((status or "").split()).casefold()
    if clean not in FOLLOW_UP_STATUSES:
        raise UserError(f"Onbekende status '{status}'; kies uit: {', '.join(FOLLOW_UP_STATUSES)}.")
    return clean


def follow_up_rows(session: Session, round_id: int, status: str | None = None) -> list[FollowUpRow]:
    """Everyone on the round's follow-up list right now (consent checked now), by home, then name."""
    get_round(session, round_id)
    wanted = _status(status) if status else None
    rows = []
    for person, home in session.execute(select(Person, Home).outerjoin(Home, Home.id == Person.home_id)
                                        .where(Person.round_id == round_id)):
        if wanted is not None and person.follow_up_status != wanted:
            continue
        if contact_allowed(session, person):
            rows.append(_follow_row(session, person, home))
    return sorted(rows, key=lambda r: (r.home_code == "", r.home_code, name_key(r.name), r.person_id))


def get_follow_up(session: Session, person_id: int) -> FollowUpRow:
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(f"Bewoner {person_id} staat niet (meer) op de opvolglijst.")
    home = session.get(Home, person.home_id) if person.home_id is not None else None
    return _follow_row(session, person, home)


def set_follow_up(session: Session, person_id: int, version: int, *, status: str | None = None,
                  note: str | None = None) -> FollowUpRow:
    """Save the status and/or note of one person, based on ``version`` (as shown); refused when stale."""
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(f"Bewoner {person_id} staat niet (meer) op de opvolglijst; er is niets opgeslagen.")
    who = person.name or f"bewoner {person.id}"
    if not contact_allowed(session, person):
        raise UserError(f"{who} heeft (nu) geen toestemming voor contact en staat daarom niet op de "
                        "opvolglijst; er is niets opgeslagen.")
    values: dict[str, object] = {}
    if status is not None:
        values["follow_up_status"] = _status(status)
    if note is not None:
        clean = note.strip()
        if len(clean) > NOTE_MAX:
            raise UserError(f"De notitie is te lang ({len(clean)} tekens, hoogstens {NOTE_MAX}); er is niets "
                            "opgeslagen.")
        values["follow_up_note"] = clean
    if not values:
        return get_follow_up(session, person_id)
    result = session.execute(update(Person).where(Person.id == person_id, Person.version == version)
                             .values(version=version + 1, updated_at=utc_now(), **values)
                             .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.refresh(person)
        raise FollowUpConflict(
            f"Iemand anders heeft {who} intussen gewijzigd (status '{person.follow_up_status}', versie "
            f"{person.version}; u werkte met versie {version}). De lijst is opnieuw geladen; er is niets "
            "opgeslagen. Kijk wat er nu staat en pas het zo nodig opnieuw aan.")
    session.expire(person)
    return get_follow_up(session, person_id)


def log_follow_up_shown(session: Session, round_id: int, count: int, target: str = "scherm") -> None:
    """The list was shown (window or command line): names and phones, so logged as confidential."""
    round_ = get_round(session, round_id)
    log_activity(session, "followup.show", f"Opvolglijst van ronde '{round_.name}' getoond ({count} bewoners)",
                 round_.building_id, tier=Tier.CONFIDENTIAL, target=target, round_id=round_id, rows=count)


def follow_up_table(rows: list[FollowUpRow]) -> tuple[list[str], list[list[object]]]:
    table = [[r.person_id, r.name, r.home_code or (f"niet gevonden: {r.house_text}" if r.house_text else ""),
              r.address, r.phone, r.email, "; ".join(([FORM_SOURCE] if r.from_form else [])
                                                     + ([SHEET_SOURCE] if r.topics else [])),
              ", ".join(r.topics), ", ".join(r.organise), r.status, r.note] for r in rows]
    return list(EXPORT_COLUMNS), table


def export_follow_up(session: Session, round_id: int, path: Path, status: str | None = None) -> int:
    """The follow-up list to .csv or .xlsx (Vertrouwelijk: names, phones, home codes); logged."""
    path = Path(path)
    check_table_suffix(path)
    round_ = get_round(session, round_id)
    rows = follow_up_rows(session, round_id, status)
    header, table = follow_up_table(rows)
    write_table(path, SHEET, header, table, tier=Tier.CONFIDENTIAL)
    log_activity(session, "followup.export",
                 f"Opvolglijst van ronde '{round_.name}' opgeslagen als {path.name} ({len(rows)} bewoners)",
                 round_.building_id, tier=Tier.CONFIDENTIAL, target=str(path), round_id=round_id,
                 rows=len(rows), status=status or "")
    return len(rows)
