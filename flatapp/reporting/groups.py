"""The block's working groups and their actions as plain rows for reporting back, read straight from
``flatapp.storage.followup_models`` (no names: a resident who does an action is 'een bewoner').

Free text the coordinator typed (a group's name, an action, its result) may name a resident or a home by
mistake. ``Scrubber`` replaces every name FlatApp knows in the block (persons on the follow-up list, the
name on a contact form (CT2), volunteers) and every home code by a neutral word before such text goes
into the internal report or the public update handout.

``group_invitees`` is the confidential exception: the members of one group who may be invited, i.e.
whose active consent to be contacted (or to share their name with a group) stands at this moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain import template_codes as codes
from flatapp.domain.answers import decode_answers
from flatapp.services.errors import UserError
from flatapp.services.homes import home_row
from flatapp.storage.followup_models import (
    ACTION_DONE,
    ACTION_DROPPED,
    BY_COORDINATOR,
    BY_PARTNER,
    BY_RESIDENT,
    GroupMember,
    Partner,
    Person,
    WorkingGroup,
)
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import CONTACT, GROUP, Consent
from flatapp.storage.round_models import Round, Volunteer

NAME_WORD = "[naam]"
HOME_WORD = "[woning]"
WHO_LABELS = {BY_RESIDENT: "een bewoner", BY_COORDINATOR: "de opbouwwerker"}


@dataclass(frozen=True)
class ActionRow:
    group: str
    what: str
    who: str                    # 'een bewoner', 'de opbouwwerker' or the partner organisation's name
    due: date | None
    status: str                 # 'open', 'bezig', 'klaar', 'vervallen'
    result: str
    done_on: date | None
    created_on: date

    @property
    def done(self) -> bool:
        return self.status == ACTION_DONE

    @property
    def dropped(self) -> bool:
        return self.status == ACTION_DROPPED

    def overdue(self, today: date) -> bool:
        return not self.done and not self.dropped and self.due is not None and self.due < today


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    topic: str
    active: bool
    members: int
    partners: tuple[str, ...]          # organisation names
    has_app: bool
    round_id: int | None
    created_on: date
    actions: tuple[ActionRow, ...]

    @property
    def done(self) -> tuple[ActionRow, ...]:
        return tuple(a for a in self.actions if a.done)

    @property
    def planned(self) -> tuple[ActionRow, ...]:
        return tuple(a for a in self.actions if not a.done and not a.dropped)


@dataclass(frozen=True)
class Invitee:
    """A group member who may be invited (CONFIDENTIAL: a name and an address)."""

    person_id: int
    name: str
    address: str                # 'Kastanjelaan 10-II, 8601 AB Sneek'
    city: str
    home_code: str


def _day(moment: datetime | date | None) -> date:
    if moment is None:
        return date.min
    return moment.date() if isinstance(moment, datetime) else moment


class Scrubber:
    """Replaces the block's known names and home codes in free text (case-insensitive, whole words)."""

    def __init__(self, names: set[str], home_codes: set[str]) -> None:
        words: set[str] = set()
        for name in names:
            clean = " ".join((name or "").split())
            if len(clean) >= 3:
                words.add(clean)
            # 'J. de Vries' is also written 'de Vries' or 'Vries': the part after the initials.
            rest = re.sub(r"^(?:[A-Za-z]\.\s*)+", "", clean)
            if rest != clean and len(rest) >= 4:
                words.add(rest)
        self.names = sorted(words, key=len, reverse=True)
        self.codes = sorted((c for c in home_codes if c), key=len, reverse=True)
        self._name_pattern = self._pattern(self.names)
        self._code_pattern = self._pattern(self.codes)

    @staticmethod
    def _pattern(words: list[str]) -> re.Pattern | None:
        if not words:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)

    def __call__(self, text: str) -> str:
        value = text or ""
        if self._code_pattern is not None:
            value = self._code_pattern.sub(HOME_WORD, value)
        if self._name_pattern is not None:
            value = self._name_pattern.sub(NAME_WORD, value)
        return value


def block_scrubber(session: Session, building_id: int) -> Scrubber:
    """Every name FlatApp keeps for the block (persons, CT2 on the forms, volunteers) and its home codes."""
    round_ids = list(session.scalars(select(Round.id).where(Round.building_id == building_id)))
    names: set[str] = set()
    if round_ids:
        names |= set(session.scalars(select(Person.name).where(Person.round_id.in_(round_ids))))
        names |= set(session.scalars(select(Volunteer.name).where(Volunteer.round_id.in_(round_ids))))
        for answers in session.scalars(select(Interview.answers).where(Interview.round_id.in_(round_ids))):
            name = decode_answers(answers).get(codes.CONTACT_NAME)
            if isinstance(name, str):
                names.add(name)
    home_codes = set(session.scalars(select(Home.code).where(Home.building_id == building_id)))
    return Scrubber({n for n in names if n}, home_codes)


def block_groups(session: Session, building_id: int, scrub: Scrubber | None = None) -> list[GroupRow]:
    """The block's working groups (active first, then by name) with member counts, partner names and
    actions; free text passed through ``scrub`` (the block's scrubber when None)."""
    scrub = scrub or block_scrubber(session, building_id)
    groups = list(session.scalars(select(WorkingGroup).where(WorkingGroup.building_id == building_id)))
    partner_names = {p.id: p.name for p in session.scalars(select(Partner))}
    rows = []
    for group in groups:
        actions = tuple(
            ActionRow(
                group=scrub(group.name), what=scrub(action.what),
                who=(partner_names.get(action.who_partner_id, "een partner") if action.who_kind == BY_PARTNER
                     else WHO_LABELS.get(action.who_kind, "de opbouwwerker")),
                due=action.due, status=action.status, result=scrub(action.result or ""), done_on=action.done_on,
                created_on=_day(action.created_at))
            for action in group.actions)
        rows.append(GroupRow(
            id=group.id, name=scrub(group.name), topic=scrub(group.topic or ""), active=bool(group.active),
            members=len(group.members), partners=tuple(sorted(gp.partner.name for gp in group.partners)),
            has_app=bool((group.group_app or "").strip()), round_id=group.round_id,
            created_on=_day(group.created_at), actions=actions))
    rows.sort(key=lambda g: (not g.active, g.name.lower()))
    return rows


def find_group(session: Session, building_id: int, name: str) -> WorkingGroup:
    wanted = " ".join((name or "").split()).lower()
    groups = list(session.scalars(select(WorkingGroup).where(WorkingGroup.building_id == building_id)))
    for group in groups:
        if group.name.strip().lower() == wanted:
            return group
    known = ", ".join(sorted(g.name for g in groups)) or "nog geen"
    raise UserError(f"Deze flat heeft geen werkgroep '{name}' (wel: {known}).")


def _active_consent(session: Session, round_id: int, home_id: int) -> bool:
    rows = session.scalars(select(Consent).where(
        Consent.round_id == round_id, Consent.home_id == home_id, Consent.purpose.in_((CONTACT, GROUP))))
    return any(row.active for row in rows)


def group_invitees(session: Session, group_id: int) -> tuple[list[Invitee], int]:
    """The group's members who may be invited now (an address in the block and active consent to be
    contacted or to be named in the group, for the round they gave it in), and how many members are left
    out (no consent any more, or no known address)."""
    group = session.get(WorkingGroup, group_id)
    if group is None:
        raise UserError("Deze werkgroep bestaat niet (meer).")
    invitees: list[Invitee] = []
    left_out = 0
    members = session.scalars(select(GroupMember).where(GroupMember.group_id == group_id))
    for member in members:
        person = member.person
        home = person.home
        if home is None or not (person.name or "").strip() or not _active_consent(session, person.round_id, home.id):
            left_out += 1
            continue
        row = home_row(session, home.id)
        invitees.append(Invitee(person.id, " ".join(person.name.split()), f"{row.address}, {row.postcode} {row.city}",
                                row.city, row.code))
    invitees.sort(key=lambda i: (i.address, i.name))
    return invitees, left_out


__all__ = ["ActionRow", "GroupRow", "Invitee", "Scrubber", "block_groups", "block_scrubber", "find_group",
           "group_invitees"]
