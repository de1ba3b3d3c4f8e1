"""Readings in, the round's work out: one scanned stack becomes a scan batch, draft interviews with the sure
answers, door outcomes of the evening, and the review items that need a person.

``take_in(session, round_id, readings, sources)`` takes any iterable of ``PageReading`` (the reader's, or a
test's). The caller owns the transaction: the whole stack is stored, or (on an error) nothing.

- A blank back side is noted and skipped. A page without a page id, or one the reader could not align,
  is kept with its image and why, and waits for a person (assign it to a home, or skip it).
- A page whose fingerprint was seen before, or whose page id was read before in this round, is a
  duplicate: nothing is saved twice (and its image is not stored again).
- Door lists are taken first (so a form's "gesproken" is usually there already), then each home's form
  pages: the sure answers go into a draft through the interview service; a complete form or a typed draft
  is never overwritten (the page says so). A form with nothing left to review is completed through the
  service's own checks; a failing check leaves the draft for the coordinator, with the reason.
- Everything is logged (activity log, tier confidential: images of residents' answers).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.dutch import counted
from flatapp.domain.roles import Action
from flatapp.domain.tiers import Tier
from flatapp.scanning.forms import (
    RoundFacts,
    default_evening,
    finish_form,
    open_items_of_home,
    outcome_for,
    round_facts,
    save_door_outcome,
    store_answers,
    writable_draft,
)
from flatapp.scanning.marks import decide, decide_door
from flatapp.scanning.readings import BoxReading, PageKind, PageReading, parse_door_list_subject
from flatapp.services.access import require
from flatapp.services.activity import current_user, log_activity
from flatapp.services.interviews import open_interview
from flatapp.storage.round_models import Evening, Team
from flatapp.storage.scan_models import (
    BLANK,
    DUPLICATE,
    ITEM_BOX,
    ITEM_FIELD,
    ITEM_PAGE,
    NEEDS_REVIEW,
    READ,
    UNREADABLE,
    ScanBatch,
    ScanItem,
    ScanPage,
)

ACTION = "scan.intake"
NO_PAGE_ID = "geen paginacode gevonden: geen FlatApp-pagina, of de QR-code is onleesbaar"


@dataclass
class IntakeSummary:
    """What one scanned stack gave, for the command line and the window."""

    batch_id: int
    pages: int = 0
    read: int = 0
    needs_review: int = 0
    blank: int = 0
    forms_drafted: int = 0
    forms_completed: int = 0
    door_outcomes: int = 0
    items: int = 0
    black_and_white: list[str] = field(default_factory=list)             # pages scanned without greys
    unreadable: list[tuple[str, str]] = field(default_factory=list)      # (source, why)
    duplicates: list[tuple[str, str]] = field(default_factory=list)      # (source, first read as)
    not_overwritten: list[str] = field(default_factory=list)             # why a form was left alone
    waiting_forms: list[str] = field(default_factory=list)               # a form that failed a check: why

    def lines(self) -> list[str]:
        """The Dutch summary."""
        pages = counted(self.pages, "pagina", "pagina's")
        lines = [f"{pages} ingelezen: {self.read} gelezen, {self.needs_review} met "
                 f"iets na te kijken, {len(self.unreadable)} onleesbaar, {len(self.duplicates)} dubbel, "
                 f"{counted(self.blank, 'lege achterkant', 'lege achterkanten')}.",
                 f"{counted(self.forms_drafted, 'formulier', 'formulieren')} als concept opgeslagen, waarvan "
                 f"{self.forms_completed} meteen afgerond.",
                 f"{counted(self.door_outcomes, 'deuruitkomst', 'deuruitkomsten')} opgeslagen.",
                 ("1 punt wacht" if self.items == 1 else f"{self.items} punten wachten")
                 + " op nakijken in het venster (Ronde › Scans nakijken…)."]
        if self.black_and_white:
            which = counted(len(self.black_and_white), "pagina is", "pagina's zijn")
            named = ", ".join(self.black_and_white[:5]) + (" …" if len(self.black_and_white) > 5 else "")
            lines.append(f"Let op: {which} zwart-wit gescand, zonder grijstinten ({named}); licht potlood kan "
                         "daarbij wegvallen. Kijk op het papier na of er potlood op staat, en scan voortaan in "
                         "grijstinten of kleur.")
        lines += [f"Onleesbaar: {source}: {why}." for source, why in self.unreadable]
        lines += [f"Dubbel: {source} is {first}; er is niets dubbel opgeslagen." for source, first in self.duplicates]
        lines += [f"Niet overschreven: {why}." for why in self.not_overwritten]
        lines += [f"Formulier wacht op de coördinator: {why}" for why in self.waiting_forms]
        return lines


def _seen(session: Session, round_id: int) -> tuple[dict[str, str], dict[str, str]]:
    """Fingerprints and page ids already read in this round → how that page is named."""
    rows = session.execute(
        select(ScanPage.fingerprint, ScanPage.page_id, ScanPage.source, ScanBatch.at)
        .join(ScanBatch, ScanBatch.id == ScanPage.batch_id)
        .where(ScanBatch.round_id == round_id, ScanPage.status.in_((READ, NEEDS_REVIEW))))
    prints, ids = {}, {}
    for fingerprint, page_id, source, at in rows:
        name = f"al ingelezen op {at:%d-%m-%Y} als {source}"
        if fingerprint:
            prints.setdefault(fingerprint, name)
        if page_id:
            ids.setdefault(page_id, name)
    return prints, ids


def _item(page: ScanPage, kind: str, target: str, label: str, reading: dict, crop: bytes | None) -> ScanItem:
    item = ScanItem(kind=kind, target=target, label=label, reading=json.dumps(reading, ensure_ascii=False),
                    crop=crop or b"")
    page.items.append(item)
    return item


def _box_json(boxes: list[BoxReading]) -> list[dict]:
    return [{"value": b.value, "state": b.state.value, "ink": round(b.ink, 3)} for b in boxes]


def _crop_of(boxes: list[BoxReading]) -> bytes | None:
    return next((b.crop_png for b in boxes if b.crop_png), None)


def _by_target(boxes: list[BoxReading]) -> dict[str, list[BoxReading]]:
    grouped: dict[str, list[BoxReading]] = defaultdict(list)
    for box in boxes:
        grouped[box.target].append(box)
    return grouped


class _Intake:
    def __init__(self, session: Session, facts: RoundFacts, batch: ScanBatch, today: date | None):
        self.session, self.facts, self.batch, self.today = session, facts, batch, today
        self.summary = IntakeSummary(batch_id=batch.id)
        self.prints, self.ids = _seen(session, facts.round_id)
        self.forms: dict[int, list[tuple[ScanPage, PageReading]]] = defaultdict(list)
        self.doors: list[tuple[ScanPage, PageReading]] = []

    def unreadable(self, page: ScanPage, why: str) -> None:
        page.status, page.problem = UNREADABLE, why
        _item(page, ITEM_PAGE, "", why, {}, None)
        self.summary.unreadable.append((page.source, why))

    def sort(self, reading: PageReading) -> None:
        """Store the page and decide where it goes."""
        page = ScanPage(source=reading.source, source_index=reading.source_index, fingerprint=reading.fingerprint,
                        image=reading.image_png)
        self.batch.pages.append(page)
        self.summary.pages += 1
        if reading.black_and_white:
            self.summary.black_and_white.append(reading.source)
        if reading.blank:
            page.status, page.image = BLANK, b""
            self.summary.blank += 1
            return
        pid = reading.page_id
        if pid is not None:
            page.page_id, page.kind = pid.encode(), pid.kind.value
            page.subject, page.page_number = pid.subject, pid.page
        if pid is None or reading.problem:
            self.unreadable(page, reading.problem or NO_PAGE_ID)
            return
        first = self.prints.get(reading.fingerprint) if reading.fingerprint else None
        first = first or self.ids.get(page.page_id)
        if first:
            page.status, page.problem, page.image = DUPLICATE, first, b""
            self.summary.duplicates.append((page.source, first))
            return
        if reading.fingerprint:
            self.prints[reading.fingerprint] = f"in deze stapel al gelezen als {page.source}"
        self.ids[page.page_id] = f"in deze stapel al gelezen als {page.source}"
        if pid.round_id != self.facts.round_id:
            self.unreadable(page, f"deze pagina hoort bij een andere ronde (nummer {pid.round_id}), niet bij "
                                  f"'{self.facts.name}'")
        elif pid.kind is PageKind.DOORS:
            self.doors.append((page, reading))
        elif self.facts.questionnaire is None:
            self.unreadable(page, self.facts.questionnaire_problem)
        elif pid.subject not in self.facts.homes:
            self.unreadable(page, f"woning {pid.subject} bestaat niet in deze flat")
        elif self.facts.version_id is not None and pid.layout != self.facts.version_id:
            self.unreadable(page, "gedrukt met een andere versie van de vragenlijst dan die van deze ronde")
        else:
            page.home_id = self.facts.homes[pid.subject]
            self.forms[page.home_id].append((page, reading))

    def door_list(self, page: ScanPage, reading: PageReading) -> None:
        parsed = parse_door_list_subject(page.subject)
        if parsed is None:
            self.unreadable(page, f"onbekende deurlijst '{page.subject}'")
            return
        evening_id, team_id = parsed
        evening = self.session.get(Evening, evening_id) if evening_id is not None else \
            default_evening(self.session, self.facts.round_id, self.today)
        if evening is not None and evening.round_id != self.facts.round_id:
            self.unreadable(page, "de avond van deze deurlijst hoort niet bij deze ronde")
            return
        team = self.session.get(Team, team_id) if team_id is not None else None
        team_id = team.id if team is not None and team.round_id == self.facts.round_id else None
        for code, boxes in _by_target(reading.boxes).items():
            home_id = self.facts.homes.get(code)
            if home_id is None:
                page.problem = (page.problem + "; " if page.problem else "") + f"woning {code} bestaat niet"
                continue
            decision = decide_door(boxes)
            outcome = outcome_for(self.facts, decision.answer) if decision.sure and decision.answer else None
            if decision.sure and decision.answer is None:
                continue
            if outcome is None:
                reason = decision.reason or f"onbekende uitkomst '{decision.answer}'"
                proposal = decision.proposal
                proposed = outcome_for(self.facts, proposal) if proposal else None
                _item(page, ITEM_BOX, code, reason,
                      {"door": True, "boxes": _box_json(boxes), "proposal": proposed.code if proposed else None,
                       "reason": reason, "evening_id": evening.id if evening is not None else None,
                       "team_id": team_id},
                      _crop_of(boxes))
                continue
            if save_door_outcome(self.session, self.facts, home_id, outcome, evening, team_id):
                self.summary.door_outcomes += 1
        page.status = NEEDS_REVIEW if page.items else READ

    def form(self, home_id: int, pages: list[tuple[ScanPage, PageReading]]) -> None:
        questionnaire = self.facts.questionnaire
        assert questionnaire is not None
        questions = {q.code: q for q in questionnaire.questions()}
        row = open_interview(self.session, self.facts.round_id, home_id)
        refusal = writable_draft(self.session, row)
        if refusal:
            for page, _reading in pages:
                page.status, page.problem = READ, refusal
            self.summary.not_overwritten.append(refusal)
            return
        changes: dict[str, object] = {}
        sources: dict[str, int] = {}
        for page, reading in sorted(pages, key=lambda pair: pair[0].page_number):
            for code, boxes in _by_target(reading.boxes).items():
                question = questions.get(code)
                if question is None:
                    continue
                decision = decide(question, boxes)
                if decision.sure:
                    if decision.answer is not None:
                        changes[code], sources[code] = decision.answer, page.id
                    continue
                _item(page, ITEM_BOX, code, f"{code} {question.text}",
                      {"boxes": _box_json(boxes), "proposal": decision.proposal, "reason": decision.reason},
                      _crop_of(boxes))
            for crop in reading.fields:
                if crop.has_ink and crop.target.split(":")[0] in questions:
                    _item(page, ITEM_FIELD, crop.target, crop.label, {}, crop.crop_png)
            page.status = NEEDS_REVIEW if page.items else READ
        self.session.flush()
        store_answers(self.session, self.facts.round_id, home_id, changes, sources, "machine")
        self.summary.forms_drafted += 1
        if open_items_of_home(self.session, self.facts.round_id, home_id) == 0:
            why = finish_form(self.session, self.facts.round_id, home_id, self.today)
            if why:
                self.summary.waiting_forms.append(f"woning {self.facts.codes[home_id]}: {why}")
            else:
                self.summary.forms_completed += 1


def take_in(session: Session, round_id: int, readings: Iterable[PageReading], sources: list[str],
            today: date | None = None, progress: Callable[[int, str], None] | None = None) -> IntakeSummary:
    """Store a scanned stack for round ``round_id`` and turn it into drafts, door outcomes and review items.
    ``progress(pages so far, source)`` is called per page (it may raise to cancel)."""
    require(session, Action.ENTER, round_id)
    facts = round_facts(session, round_id)
    batch = ScanBatch(round_id=round_id, user=current_user(session), sources=json.dumps(sources, ensure_ascii=False))
    session.add(batch)
    session.flush()
    intake = _Intake(session, facts, batch, today)
    for number, reading in enumerate(readings, start=1):
        intake.sort(reading)
        if progress is not None:
            progress(number, reading.source)
    session.flush()
    for page, reading in intake.doors:
        intake.door_list(page, reading)
    for home_id, pages in intake.forms.items():
        intake.form(home_id, pages)
    session.flush()
    summary = intake.summary
    summary.read = sum(1 for p in batch.pages if p.status == READ)
    summary.needs_review = sum(1 for p in batch.pages if p.status == NEEDS_REVIEW)
    summary.items = sum(len(p.items) for p in batch.pages)
    log_activity(session, ACTION, f"Scan ingelezen voor ronde '{facts.name}': {summary.pages} pagina's, "
                 f"{summary.forms_drafted} formulieren, {summary.door_outcomes} deuruitkomsten, {summary.items} "
                 "punten na te kijken", facts.building_id, tier=Tier.CONFIDENTIAL, target="",
                 round_id=round_id, batch=batch.id, sources=sources, pages=summary.pages,
                 forms=summary.forms_drafted, completed=summary.forms_completed, doors=summary.door_outcomes,
                 items=summary.items, unreadable=len(summary.unreadable), duplicates=len(summary.duplicates))
    return summary
