"""Access (AVG art. 15): everything FlatApp stores about one home, gathered as plain rows for a letter.

Per round: the door visits (date, outcome), the answers of every respondent with the question's text
and the answer's label, the story and whether and how it was shown, consent per purpose with its
dates, the corrections, the scanned pages of the paper form (when, which file and page), the sign-ups in the tent and the follow-up list (status, note), and how often other residents named the home as a neighbour they know (not who:
that is their data). Plus what FlatApp does with it: purpose, retention date, who to ask.
``write_access_letter`` prints it (access_pdf) and logs it as a confidential output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.answers import decode_answers
from flatapp.domain.dutch import dutch_date, dutch_moment
from flatapp.domain.questionnaire import Question, QuestionType
from flatapp.domain.tiers import Tier
from flatapp.privacy.household import codes_of_type, get_home, round_questionnaire, rounds_of_building
from flatapp.privacy.labels import answer_label, home_address
from flatapp.privacy.retention import retention_date
from flatapp.services.activity import log_activity
from flatapp.services.consent import PURPOSE_LABELS, SOURCE_LABELS
from flatapp.services.quotes import STATUS_LABELS
from flatapp.services.rounds import period_label
from flatapp.services.sign_ups import lines_of
from flatapp.storage.followup_models import Person
from flatapp.storage.interview_models import COMPLETE, Interview, InterviewChange, VerificationEntry
from flatapp.storage.models import Building, Home
from flatapp.storage.privacy_models import PURPOSES, Consent
from flatapp.storage.quote_models import QuoteApproval
from flatapp.storage.round_models import DoorAttempt, OutcomeCode, Round
from flatapp.storage.scan_models import ScanBatch, ScanPage

ACTION = "privacy.access"


@dataclass(frozen=True)
class Line:
    label: str
    value: str


@dataclass(frozen=True)
class Correction:
    moment: str
    question: str
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class Story:
    text: str
    shown: str             # how it was (or will not be) shown


@dataclass(frozen=True)
class RespondentPart:
    respondent: int
    status: str            # 'afgerond' / 'niet afgerond (concept)'
    entered: str           # date typed in
    answers: tuple[Line, ...]
    corrections: tuple[Correction, ...]
    story: Story | None
    double_entry: bool


@dataclass(frozen=True)
class RoundPart:
    name: str
    organisation: str
    period: str
    retention_until: str
    purged: str            # '' or 'opgeschoond op …'
    visits: tuple[Line, ...]
    respondents: tuple[RespondentPart, ...]
    consents: tuple[Line, ...]
    named_by_others: int
    groups: tuple[Line, ...] = ()     # working groups the household's residents are members of
    follow_up: tuple[Line, ...] = ()     # sign-ups in the tent and the follow-up list
    scans: tuple[Line, ...] = ()         # scanned pages of the paper form (the images are kept in FlatApp)


@dataclass(frozen=True)
class HouseholdRecord:
    home_code: str
    address: str
    postcode_city: str
    building: str
    made_on: str
    rounds: tuple[RoundPart, ...]

    @property
    def organisations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.organisation for r in self.rounds if r.organisation))


def _period(round_: Round) -> str:
    return period_label(round_.period_start, round_.period_end)


def _visits(session: Session, round_id: int, home_id: int) -> tuple[Line, ...]:
    rows = session.execute(select(DoorAttempt.at, OutcomeCode.label)
                           .join(OutcomeCode, OutcomeCode.id == DoorAttempt.outcome_code_id)
                           .where(DoorAttempt.round_id == round_id, DoorAttempt.home_id == home_id)
                           .order_by(DoorAttempt.at, DoorAttempt.id))
    return tuple(Line(f"{at:%d-%m-%Y %H:%M}", label) for at, label in rows)


def _scans(session: Session, round_id: int, home_id: int) -> tuple[Line, ...]:
    rows = session.execute(select(ScanBatch.at, ScanPage.source, ScanPage.page_number)
                           .join(ScanBatch, ScanBatch.id == ScanPage.batch_id)
                           .where(ScanBatch.round_id == round_id, ScanPage.home_id == home_id)
                           .order_by(ScanBatch.at, ScanPage.page_number, ScanPage.id))
    return tuple(Line(dutch_moment(at), f"pagina {number or '?'} van het formulier (uit {source})")
                 for at, source, number in rows)


def _decoded(raw: str) -> object:
    try:
        return json.loads(raw or "null")
    except ValueError:
        return raw


def _story(session: Session, interview: Interview, questions: list[Question], answers: dict,
           consented: bool) -> Story | None:
    text = next((answers[q.code] for q in questions if q.type is QuestionType.LONG_TEXT
                 and isinstance(answers.get(q.code), str) and answers[q.code].strip()), None)
    if text is None:
        return None
    decision = session.scalar(select(QuoteApproval).where(QuoteApproval.interview_id == interview.id))
    if decision is not None and decision.status == "approved" and decision.source_text == text.strip():
        shown = (f"Goedgekeurd als citaat op {dutch_moment(decision.decided_at)}, zonder naam of adres, in deze "
                 f"woorden: “{decision.public_text}”.")
        if not consented:
            shown += " U trok uw toestemming in: het wordt niet meer getoond."
    elif decision is not None and decision.status == "rejected":
        shown = "Niet getoond: de coördinator koos het niet als citaat."
    elif not consented:
        shown = "Niet getoond: er is geen toestemming om het te laten zien."
    else:
        shown = f"Nog niet getoond ({STATUS_LABELS['new']} door de coördinator)."
    return Story(text.strip(), shown)


def _respondent(session: Session, interview: Interview, round_: Round, addresses: dict[str, str],
                consented: bool) -> RespondentPart:
    questionnaire = round_questionnaire(round_)
    questions = questionnaire.questions() if questionnaire is not None else []
    by_code = {q.code: q for q in questions}
    answers = decode_answers(interview.answers)
    lines = []
    for question in questions:
        label = answer_label(question, answers.get(question.code), addresses)
        if label and question.type is not QuestionType.LONG_TEXT:
            lines.append(Line(question.text, label))
    for code in sorted(set(answers) - set(by_code)):           # answers to questions no longer asked
        label = answer_label(None, answers[code])
        if label:
            lines.append(Line(f"Vraag {code}", label))
    corrections = []
    for change in session.scalars(select(InterviewChange).where(InterviewChange.interview_id == interview.id)
                                  .order_by(InterviewChange.id)):
        question = by_code.get(change.question)
        corrections.append(Correction(
            dutch_moment(change.at), question.text if question else f"Vraag {change.question}",
            answer_label(question, _decoded(change.old_value), addresses) or "(leeg)",
            answer_label(question, _decoded(change.new_value), addresses) or "(leeg)", change.reason))
    double = session.scalar(select(VerificationEntry.id).where(VerificationEntry.interview_id == interview.id))
    status = "afgerond" if interview.status == COMPLETE else "niet afgerond (concept)"
    return RespondentPart(interview.respondent, status, dutch_moment(interview.created_at), tuple(lines),
                          tuple(corrections), _story(session, interview, questions, answers, consented),
                          double is not None)


def _consents(session: Session, round_id: int, home_id: int) -> tuple[Line, ...]:
    rows = list(session.scalars(select(Consent).where(Consent.round_id == round_id, Consent.home_id == home_id)))
    order = {purpose: index for index, purpose in enumerate(PURPOSES)}
    lines = []
    for consent in sorted(rows, key=lambda c: (c.respondent, order.get(c.purpose, 99))):
        source = SOURCE_LABELS.get(consent.source, consent.source)
        if consent.withdrawn_at is not None:
            state = (f"ja ({source}, {dutch_moment(consent.recorded_at)}), ingetrokken op "
                     f"{dutch_moment(consent.withdrawn_at)}")
        else:
            state = f"{'ja' if consent.given else 'nee'} ({source}, {dutch_moment(consent.recorded_at)})"
        who = f" (bewoner {consent.respondent})" if consent.respondent != 1 else ""
        lines.append(Line(PURPOSE_LABELS.get(consent.purpose, consent.purpose).capitalize() + who, state))
    return tuple(lines)


def _groups(session: Session, round_id: int, home_id: int) -> tuple[Line, ...]:
    """Per membership of a resident of this home (a person of this round): the group, since when, whether
    contact person, and how many actions are on their name."""
    from flatapp.services.groups import group_memberships_of_home

    return tuple(Line(label, value) for label, value in group_memberships_of_home(session, round_id, home_id))


def _named_by_others(session: Session, round_: Round, home: Home) -> int:
    codes = codes_of_type(round_questionnaire(round_), QuestionType.HOMES)
    count = 0
    for raw in session.scalars(select(Interview.answers).where(Interview.round_id == round_.id,
                                                               Interview.home_id != home.id)):
        answers = decode_answers(raw)
        count += any(isinstance(answers.get(c), list) and home.code in answers[c] for c in codes)
    return count


def _follow_up(session: Session, round_id: int, home_id: int) -> tuple[Line, ...]:
    """Per resident of the home on the sheets or the follow-up list: what was written, and the follow-up."""
    lines = []
    for person in session.scalars(select(Person).where(Person.round_id == round_id, Person.home_id == home_id)
                                  .order_by(Person.id)):
        who = person.name or "(zonder naam)"
        details = [f"naam: {who}"] + [f"{label}: {value}" for label, value in
                                      (("telefoon", person.phone), ("e-mail", person.email)) if value]
        if person.interview_id is not None:
            details.append("vroeg op het formulier om contact")
        lines.append(Line("Opvolging", "; ".join(details) + f"; status: {person.follow_up_status}"
                          + (f"; notitie: {person.follow_up_note}" if person.follow_up_note else "")))
        for line in lines_of(session, person.id):
            flags = [f"mag contact: {'ja' if line.may_contact else 'nee'}",
                     f"wil mee organiseren: {'ja' if line.wants_to_organise else 'nee'}"]
            written = f"; huisnummer geschreven als '{line.house_text}'" if line.house_text else ""
            lines.append(Line(f"Inschrijving '{line.topic}'",
                              f"{who}; {', '.join(flags)}{written}; ingevoerd op {dutch_moment(line.created_at)}"))
    return tuple(lines)


def household_record(session: Session, home_id: int, today: date | None = None) -> HouseholdRecord:
    home = get_home(session, home_id)
    building = session.get(Building, home.building_id)
    addresses = {code: format_ for code, format_ in (
        (h.code, home_address(h)) for h in session.scalars(select(Home).where(Home.building_id == home.building_id)))}
    parts = []
    for round_ in rounds_of_building(session, home.building_id):
        interviews = list(session.scalars(select(Interview).where(Interview.round_id == round_.id,
                                                                  Interview.home_id == home.id)
                                          .order_by(Interview.respondent)))
        visits = _visits(session, round_.id, home.id)
        consents = _consents(session, round_.id, home.id)
        named = _named_by_others(session, round_, home)
        groups = _groups(session, round_.id, home.id)
        follow_up = _follow_up(session, round_.id, home.id)
        scans = _scans(session, round_.id, home.id)
        if not (interviews or visits or consents or named or groups or follow_up or scans):
            continue
        story_consent = {c.respondent for c in session.scalars(select(Consent).where(
            Consent.round_id == round_.id, Consent.home_id == home.id, Consent.purpose == "story"))
            if c.active}
        parts.append(RoundPart(
            round_.name, round_.organisation, _period(round_), dutch_date(retention_date(session, round_)),
            f"opgeschoond op {dutch_moment(round_.purged_at)}" if round_.purged_at else "", visits,
            tuple(_respondent(session, i, round_, addresses, i.respondent in story_consent) for i in interviews),
            consents, named, groups, follow_up, scans))
    return HouseholdRecord(home.code, home_address(home), f"{home.postcode} {home.city}".strip(),
                           building.name if building else "", dutch_date(today or date.today()), tuple(parts))


def write_access_letter(session: Session, home_id: int, target: Path, today: date | None = None) -> int:
    """Print the access letter of one home to ``target`` (checked, atomic); logged as confidential.
    Returns the page count."""
    from flatapp.printing.round_printing import write_pdf
    from flatapp.privacy.access_pdf import render_access_letter

    record = household_record(session, home_id, today)
    pages = write_pdf(Path(target), lambda handle: render_access_letter(record, handle))
    home = get_home(session, home_id)
    log_activity(session, ACTION, f"Inzage: overzicht van alle gegevens van woning {record.home_code} "
                 f"opgeslagen als {Path(target).name}", home.building_id, tier=Tier.CONFIDENTIAL,
                 target=str(target), home=record.home_code, pages=pages)
    return pages
