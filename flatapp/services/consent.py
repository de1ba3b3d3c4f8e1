"""A resident's consent, per purpose, as a record of its own (AVG art. 7: specific, provable, withdrawable).

The paper form asks two purposes as questions (VH2: a story on a poster, CT1: contact for follow-up)
and two more on the same page (CT4: name shared with a working group, CT5: answers used for research).
Typing a form records what the resident answered, source 'formulier'. A coordinator can record or
change consent by hand (by phone, in writing) and withdraw it at any time; a withdrawal is never undone
by typing the form again. Every output that depends on consent asks ``has_consent``/``consenting`` at the
moment it is made; every change is logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain import template_codes as codes
from flatapp.domain.consent import (  # noqa: F401  (the names services and screens know consent by)
    CONTACT,
    FORM,
    FORM_QUESTIONS,
    GROUP,
    PURPOSE_LABELS,
    PURPOSE_SHORT,
    PURPOSES,
    RESEARCH,
    SIGN_UP,
    SOURCE_LABELS,
    SOURCES,
    SPOKEN,
    STORY,
    WRITTEN,
    ConsentRow,
)
from flatapp.domain.roles import Action
from flatapp.domain.tiers import Tier
from flatapp.services.access import can
from flatapp.services.activity import current_user, log_activity
from flatapp.services.errors import UserError
from flatapp.storage.base import utc_now
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import Consent
from flatapp.storage.round_models import Round


def _check_purpose(purpose: str) -> None:
    if purpose not in PURPOSES:
        raise UserError(f"Onbekend doel van toestemming '{purpose}'; kies uit: "
                        f"{', '.join(PURPOSE_LABELS[p] for p in PURPOSES)}.")


def _row(consent: Consent, round_name: str, home_code: str) -> ConsentRow:
    return ConsentRow(consent.id, consent.round_id, round_name, consent.home_id, home_code, consent.respondent,
                      consent.purpose, consent.given, consent.source, consent.recorded_at, consent.recorded_by,
                      consent.withdrawn_at, consent.note)


def _query():
    return (select(Consent, Round.name, Home.code).join(Round, Round.id == Consent.round_id)
            .join(Home, Home.id == Consent.home_id))


def consents_of_home(session: Session, home_id: int) -> list[ConsentRow]:
    """Every consent recorded for one home, newest round first, in the order of PURPOSES."""
    rows = session.execute(_query().where(Consent.home_id == home_id)).all()
    order = {purpose: index for index, purpose in enumerate(PURPOSES)}
    found = [_row(consent, name, code) for consent, name, code in rows]
    return sorted(found, key=lambda r: (-r.round_id, r.respondent, order.get(r.purpose, 99)))


def consents_of_round(session: Session, round_id: int) -> list[ConsentRow]:
    rows = session.execute(_query().where(Consent.round_id == round_id).order_by(Home.code, Consent.respondent)).all()
    return [_row(consent, name, code) for consent, name, code in rows]


def consenting(session: Session, round_id: int, purpose: str) -> set[tuple[int, int]]:
    """(home id, respondent) of everyone whose consent for ``purpose`` stands right now; nobody for a
    user who may not see confidential data (a partner's results have no stories and no follow-up)."""
    _check_purpose(purpose)
    if not can(session, Action.VIEW_CONFIDENTIAL):
        return set()
    rows = session.execute(select(Consent.home_id, Consent.respondent).where(
        Consent.round_id == round_id, Consent.purpose == purpose, Consent.given.is_(True),
        Consent.withdrawn_at.is_(None)))
    return {(home_id, respondent) for home_id, respondent in rows}


def has_consent(session: Session, round_id: int, home_id: int, purpose: str, respondent: int = 1) -> bool:
    return (home_id, respondent) in consenting(session, round_id, purpose)


def _records(session: Session, round_id: int, home_id: int, respondent: int) -> dict[str, Consent]:
    """One respondent's consent records by purpose, read in one query (a form's save runs this each time)."""
    found = session.scalars(select(Consent).where(
        Consent.round_id == round_id, Consent.home_id == home_id, Consent.respondent == respondent)
        .order_by(Consent.id))
    records: dict[str, Consent] = {}
    for consent in found:
        records.setdefault(consent.purpose, consent)
    return records


def _existing(session: Session, round_id: int, home_id: int, respondent: int, purpose: str) -> Consent | None:
    return _records(session, round_id, home_id, respondent).get(purpose)


def record_from_form(session: Session, round_id: int, home_id: int, respondent: int,
                     answers: Mapping[str, object]) -> None:
    """Bring the form's consent answers into the consent records (called whenever answers are saved).

    A yes/no on the form sets a record from the form; an answer removed from the form removes a record
    that only the form made. A withdrawal, and consent recorded by hand, are left as they are.
    """
    records = _records(session, round_id, home_id, respondent)
    for code, purpose in FORM_QUESTIONS.items():
        answer = answers.get(code)
        given = {codes.YES: True, codes.NO: False}.get(answer) if isinstance(answer, int) else None
        existing = records.get(purpose)
        if existing is not None and (existing.source != FORM or existing.withdrawn_at is not None):
            continue
        if given is None:
            if existing is not None:
                session.delete(existing)
            continue
        if existing is None:
            session.add(Consent(round_id=round_id, home_id=home_id, respondent=respondent, purpose=purpose,
                                given=given, source=FORM, recorded_at=utc_now(), recorded_by=current_user(session)))
        elif existing.given != given:
            existing.given = given
            existing.recorded_at = utc_now()
            existing.recorded_by = current_user(session)
    session.flush()


def _round_and_home(session: Session, round_id: int, home_id: int) -> tuple[Round, Home]:
    round_ = session.get(Round, round_id)
    home = session.get(Home, home_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet.")
    if home is None or home.building_id != round_.building_id:
        raise UserError(f"Woning {home_id} hoort niet bij de flat van ronde '{round_.name}'.")
    return round_, home


def set_consent(session: Session, round_id: int, home_id: int, purpose: str, given: bool, source: str,
                note: str = "", respondent: int = 1) -> ConsentRow:
    """Record consent (or its refusal) by hand: by phone, in writing, on a sign-up sheet."""
    _check_purpose(purpose)
    if source not in SOURCES:
        raise UserError(f"Onbekende bron '{source}'; kies uit: {', '.join(SOURCES)}.")
    round_, home = _round_and_home(session, round_id, home_id)
    consent = _existing(session, round_id, home_id, respondent, purpose)
    if consent is None:
        consent = Consent(round_id=round_id, home_id=home_id, respondent=respondent, purpose=purpose)
        session.add(consent)
    consent.given, consent.source, consent.note = bool(given), source, note.strip()
    consent.recorded_at, consent.recorded_by, consent.withdrawn_at = utc_now(), current_user(session), None
    session.flush()
    answer = "gegeven" if given else "geweigerd"
    log_activity(session, "privacy.consent",
                 f"Toestemming '{PURPOSE_LABELS[purpose]}' {answer} ({SOURCE_LABELS[source]}) voor woning "
                 f"{home.code}, ronde '{round_.name}'", round_.building_id, tier=Tier.CONFIDENTIAL,
                 round_id=round_id, home=home.code, purpose=purpose, given=bool(given), source=source)
    return _row(consent, round_.name, home.code)


def withdraw_consent(session: Session, round_id: int, home_id: int, purpose: str, respondent: int = 1,
                     when: datetime | None = None) -> ConsentRow:
    """The resident withdraws consent: from now on no output uses it (quotes, follow-up, groups)."""
    _check_purpose(purpose)
    round_, home = _round_and_home(session, round_id, home_id)
    consent = _existing(session, round_id, home_id, respondent, purpose)
    if consent is None or not consent.active:
        raise UserError(f"Woning {home.code} heeft in ronde '{round_.name}' geen toestemming voor "
                        f"'{PURPOSE_LABELS[purpose]}' die kan worden ingetrokken.")
    consent.withdrawn_at = when or utc_now()
    session.flush()
    log_activity(session, "privacy.consent",
                 f"Toestemming '{PURPOSE_LABELS[purpose]}' ingetrokken voor woning {home.code}, ronde "
                 f"'{round_.name}'", round_.building_id, tier=Tier.CONFIDENTIAL, round_id=round_id,
                 home=home.code, purpose=purpose, withdrawn=True)
    return _row(consent, round_.name, home.code)
