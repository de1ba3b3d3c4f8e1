"""What waits for a person after a scan, one item at a time, and what the person decides.

- an uncertain box (or two marks on a single choice): the person accepts the machine's proposal or gives the
  answer; it goes into the home's draft with the scan page as its source;
- a handwritten field: the person types what the crop shows (checked as typing a form is);
- a door whose box was uncertain: the person gives the outcome, saved for that evening;
- a page that could not be identified: the person assigns it to a home (it becomes a source page of that
  home's form, whose answers are then typed in the form) or skips it.

When a form has nothing left to review it is completed through the interview service's own checks; a
failing check leaves it as a draft and says why (the coordinator finishes it in the form).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from flatapp.domain.answers import DONT_KNOW, DONT_KNOW_LABEL, takes_dont_know
from flatapp.domain.questionnaire import CHOICE_TYPES, Questionnaire
from flatapp.domain.roles import Action
from flatapp.domain.tiers import Tier
from flatapp.scanning.forms import (
    RoundFacts,
    finish_form,
    open_items_of_home,
    round_facts,
    save_door_outcome,
    store_answers,
    writable_draft,
)
from flatapp.services.access import can, require
from flatapp.services.activity import current_user, log_activity
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.interviews import find_homes, open_interview, pick_home
from flatapp.services.responses_io import parse_typed_answer
from flatapp.storage.base import utc_now
from flatapp.storage.round_models import Evening, Round
from flatapp.storage.scan_models import (
    ITEM_DONE,
    ITEM_FIELD,
    ITEM_OPEN,
    ITEM_PAGE,
    ITEM_SKIPPED,
    READ,
    ScanAnswer,
    ScanBatch,
    ScanItem,
    ScanPage,
)

ACTION = "scan.review"


@dataclass(frozen=True)
class ReviewItem:
    """One thing a person decides, as the review screen shows it."""

    id: int
    kind: str                       # 'box', 'field' or 'page'
    page_id: int
    source: str                     # 'stapel.pdf p. 5'
    home_code: str                  # '' for an unidentified page or a door
    page_number: int
    target: str                     # question code, or the home code of a door
    label: str                      # the question's text / the field's label / why the page is unreadable
    question_type: str              # 'single', 'multiple', …, 'door', 'text' or ''
    options: tuple[tuple[str, str], ...]   # (key, label): '1' 'Ja', '?' 'wil niet zeggen / weet niet'
    boxes: tuple[tuple[str, str, float], ...]   # (value, state, ink) as the machine read them
    proposal: object                # the machine's lean: an answer (int, list, '?'), an outcome code, or None
    reason: str
    crop: bytes


@dataclass(frozen=True)
class Resolved:
    """After one decision: the form that became complete, or why it waits for the coordinator."""

    home_id: int | None
    home_code: str
    completed: bool = False
    waiting: str = ""               # the completion check's Dutch reason


@dataclass(frozen=True)
class SourceRow:
    """Where an answer of a form came from."""

    question: str
    page_id: int
    source: str
    page_number: int
    scanned_at: datetime
    how: str                        # 'machine' or 'person'


def _options(questionnaire: Questionnaire | None, item: ScanItem, facts) -> tuple[str, tuple]:
    if item.kind == ITEM_PAGE:
        return "", ()
    if json.loads(item.reading or "{}").get("door"):
        return "door", tuple((str(code), outcome.label) for code, outcome in sorted(facts.outcomes.items()))
    if questionnaire is None:
        return "", ()
    try:
        question = questionnaire.question(item.target.split(":")[0])
    except KeyError:
        return "", ()
    if item.kind == ITEM_FIELD or question.type not in CHOICE_TYPES:
        return "text", ()
    options = tuple((str(o.code), o.label) for o in question.effective_options())
    if takes_dont_know(question):
        options += ((DONT_KNOW, DONT_KNOW_LABEL),)
    return question.type.value, options


def review_items(session: Session, round_id: int) -> list[ReviewItem]:
    """The round's open items, in the order of the stacks and their pages."""
    require(session, Action.ENTER, round_id)
    facts = round_facts(session, round_id)
    rows = session.execute(
        select(ScanItem, ScanPage).join(ScanPage, ScanPage.id == ScanItem.page_id)
        .join(ScanBatch, ScanBatch.id == ScanPage.batch_id)
        .where(ScanBatch.round_id == round_id, ScanItem.status == ITEM_OPEN)
        .order_by(ScanBatch.id, ScanPage.home_id.is_(None), ScanPage.source_index, ScanItem.id)).all()
    items = []
    for item, page in rows:
        reading = json.loads(item.reading or "{}")
        kind, options = _options(facts.questionnaire, item, facts)
        items.append(ReviewItem(
            item.id, item.kind, page.id, page.source, facts.codes.get(page.home_id, ""), page.page_number,
            item.target, item.label, kind, options,
            tuple((b["value"], b["state"], b["ink"]) for b in reading.get("boxes", [])),
            reading.get("proposal"), reading.get("reason", ""), item.crop or b""))
    return items


def page_image(session: Session, page_id: int) -> bytes:
    """The aligned image of a scanned page (personal data: the coordinator's)."""
    require(session, Action.VIEW_CONFIDENTIAL)
    image = session.scalar(select(ScanPage.image).where(ScanPage.id == page_id))
    if image is None:
        raise UserError("Deze scanpagina bestaat niet (meer); misschien is ze gewist of opgeschoond.")
    return image


def _open_item(session: Session, item_id: int) -> tuple[ScanItem, ScanPage, int]:
    row = session.execute(select(ScanItem, ScanPage, ScanBatch.round_id)
                          .join(ScanPage, ScanPage.id == ScanItem.page_id)
                          .join(ScanBatch, ScanBatch.id == ScanPage.batch_id).where(ScanItem.id == item_id)).first()
    if row is None or row[0].status != ITEM_OPEN:
        raise UserError("Dit punt is al nagekeken (misschien in een ander venster); het volgende wordt getoond.")
    require(session, Action.ENTER, row[2])
    return row[0], row[1], row[2]


def _done(item: ScanItem, page: ScanPage, answer: object, status: str = ITEM_DONE) -> None:
    item.status, item.answer = status, json.dumps(answer, ensure_ascii=False)
    item.decided_by, item.decided_at = current_user(object_session(item)), utc_now()
    if all(other.status != ITEM_OPEN for other in page.items) and page.home_id is not None:
        page.status = READ


def _finish(session: Session, facts: RoundFacts, page: ScanPage, today: date | None) -> Resolved:
    round_id = facts.round_id
    code = facts.codes.get(page.home_id, "")
    session.flush()
    if page.home_id is None or open_items_of_home(session, round_id, page.home_id):
        return Resolved(page.home_id, code)
    why = finish_form(session, round_id, page.home_id, today)
    if not why:
        log_activity(session, ACTION, f"Gescand formulier van woning {code} nagekeken en afgerond",
                     facts.building_id, tier=Tier.CONFIDENTIAL, round_id=round_id, home=code)
    return Resolved(page.home_id, code, completed=not why, waiting=why)


def resolve_item(session: Session, item_id: int, answer: object, today: date | None = None) -> Resolved:
    """Decide one box or field item. A box takes an answer as stored (int, sorted list, '?', None for none);
    a door takes an outcome code (None: no visit); a field takes the text typed (checked as in the form).
    A refused text raises UserError and leaves the item open."""
    item, page, round_id = _open_item(session, item_id)
    facts = round_facts(session, round_id)
    reading = json.loads(item.reading or "{}")
    if item.kind == ITEM_PAGE:
        raise UserError("Een onleesbare pagina wijst u toe aan een woning, of u slaat haar over.")
    if reading.get("door"):
        if answer is not None:
            outcome = facts.outcomes.get(int(answer))
            if outcome is None:
                raise UserError(f"Uitkomstcode {answer} bestaat niet in ronde '{facts.name}'.")
            evening = session.get(Evening, reading["evening_id"]) if reading.get("evening_id") else None
            save_door_outcome(session, facts, facts.homes[item.target], outcome, evening, reading.get("team_id"))
        _done(item, page, answer)
        return Resolved(None, item.target)
    refusal = writable_draft(session, open_interview(session, round_id, page.home_id))
    if refusal:
        raise UserError(f"Niet opgeslagen: {refusal}.")
    code = item.target.split(":")[0]
    value = answer
    if item.kind == ITEM_FIELD:
        text = str(answer or "").strip()
        value = None
        if text:
            question = facts.questionnaire.question(code)
            value, error = parse_typed_answer(question, text, list_home_rows(session, facts.building_id), None)
            if error:
                raise UserError(f"{code}: {error}. Typ het opnieuw zoals het op de scan staat.")
    store_answers(session, round_id, page.home_id, {code: value}, {code: page.id} if value is not None else {},
                  "person")
    _done(item, page, value)
    return _finish(session, facts, page, today)


def assign_page(session: Session, item_id: int, home_text: str, today: date | None = None) -> Resolved:
    """An unreadable page belongs to this home (code or house number, as typed): it becomes a source page of
    the home's form, whose answers the coordinator types in the form."""
    item, page, round_id = _open_item(session, item_id)
    facts = round_facts(session, round_id)
    home = pick_home(find_homes(session, round_id, home_text), home_text.strip())
    if home is None:
        raise UserError(f"'{home_text}' is geen (eenduidige) woning van deze flat; typ de woningcode, "
                        "bijvoorbeeld zoals op het formulier gedrukt.")
    page.home_id, page.subject, page.status = home.id, home.code, READ
    page.problem = f"{page.problem}; met de hand toegewezen aan woning {home.code}"
    _done(item, page, home.code)
    log_activity(session, ACTION, f"Onleesbare scanpagina ({page.source}) toegewezen aan woning {home.code}",
                 facts.building_id, tier=Tier.CONFIDENTIAL, round_id=round_id, page=page.id, home=home.code)
    return Resolved(home.id, home.code)


def skip_page(session: Session, item_id: int) -> None:
    """Leave an unreadable page as it is (a stray sheet, a cover page): it no longer waits."""
    item, page, round_id = _open_item(session, item_id)
    _done(item, page, None, ITEM_SKIPPED)
    log_activity(session, ACTION, f"Onleesbare scanpagina ({page.source}) overgeslagen",
                 session.get(Round, round_id).building_id,
                 tier=Tier.CONFIDENTIAL, round_id=round_id, page=page.id)


def answer_sources(session: Session, interview_id: int) -> list[SourceRow]:
    """The scan page of each scanned answer of a form (none for a role that may not see the pages)."""
    if not can(session, Action.VIEW_CONFIDENTIAL):
        return []
    rows = session.execute(
        select(ScanAnswer.question, ScanPage.id, ScanPage.source, ScanPage.page_number, ScanBatch.at, ScanAnswer.how)
        .join(ScanPage, ScanPage.id == ScanAnswer.page_id).join(ScanBatch, ScanBatch.id == ScanPage.batch_id)
        .where(ScanAnswer.interview_id == interview_id).order_by(ScanPage.page_number, ScanAnswer.id))
    return [SourceRow(*row) for row in rows]
