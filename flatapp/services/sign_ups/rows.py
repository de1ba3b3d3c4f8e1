"""A sign-up line as typed (``SignUpInput``) and as shown (``SignUpRow``), and reading a round's lines and
topics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain import template_codes as codes
from flatapp.services.errors import UserError
from flatapp.services.sign_ups.constants import NOT_A_TOPIC
from flatapp.services.sign_ups.matching import _clean
from flatapp.storage.followup_models import Person, SignUp
from flatapp.storage.models import Home

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
