"""Erasure of one household (AVG art. 17): every personal trace of a home, in every round.

Removed: the interviews of every respondent in every round (drafts too), their correction history,
the double entry, the coordinator's quote decisions, the consent records, the home's residents on the
follow-up list with their sign-up lines from the tent (and so their group memberships), and the ties to this home
in other residents' answers (the "which neighbours" questions lose its code, also in their double
entry and correction history; no correction is recorded for that, since it would keep the code).
The scanned pages of the home's forms (their images, what waited for review, the answers' sources) go too;
door-list pages hold many homes and stay with the round until its retention ends.
Door visits stay as outcome codes (the response figures need them) without their notes. Copies of the
removed texts in the activity log are replaced by '[gewist]', and consent lines about the home lose
their content; one log line says that the erasure happened and what kinds of data it removed.

The home itself (its address, from the corporation's list) stays: it belongs to the block, not to the
household. Publications already made stay as they were (``forget_interviews`` is told first).
Results are computed when asked, so they no longer count the household. After the transaction
``compact.compact_storage`` removes the text from the database file itself (WAL and free pages).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from flatapp.disclosure.publications import forget_interviews
from flatapp.domain.answers import decode_answers
from flatapp.domain.dutch import counted, dutch_date
from flatapp.domain.questionnaire import QuestionType
from flatapp.domain.tiers import Tier
from flatapp.privacy.household import (
    codes_of_type,
    distinct_texts,
    get_home,
    round_questionnaire,
    rounds_of_building,
    texts_in,
)
from flatapp.privacy.labels import home_address
from flatapp.privacy.scrub import REMOVED, scrub_activity_log
from flatapp.services.activity import log_activity
from flatapp.services.sign_ups import lines_of, persons_of_home, texts_of_persons
from flatapp.storage.followup_models import Person, SignUp
from flatapp.storage.interview_models import DRAFT, Interview, InterviewChange, VerificationEntry
from flatapp.storage.models import ActivityLog, Home
from flatapp.storage.privacy_models import Consent
from flatapp.storage.quote_models import QuoteApproval
from flatapp.storage.round_models import DoorAttempt
from flatapp.storage.scan_models import ScanPage

ACTION = "privacy.erase"
PUBLICATIONS_NOTE = "publicaties die al gemaakt waren blijven zoals ze waren"


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a home removes; shown before the coordinator confirms."""

    home_id: int
    home_code: str
    address: str
    building_id: int
    rounds: tuple[str, ...]          # rounds with data of this home
    interviews: int                  # every respondent, every round, drafts included
    drafts: int
    corrections: int
    double_entries: int
    stories: int
    contact_details: int             # interviews holding a name or contact details
    quote_decisions: int
    consents: int
    named_by_others: int             # other residents' answers that name this home
    door_visits: int
    door_notes: int                  # visits with a note or a time to come back
    persons: int = 0                 # residents of this home on the follow-up list / the sign-up sheets
    sign_ups: int = 0                # their lines on the tent's sign-up sheets
    scan_pages: int = 0              # scanned pages of the home's forms (images of the paper)

    @property
    def empty(self) -> bool:
        return not (self.interviews or self.consents or self.named_by_others or self.door_notes or self.persons
                    or self.scan_pages)

    def lines(self) -> list[str]:
        """Dutch lines naming what will be removed (for the confirmation and the command line)."""
        lines = []
        if self.interviews:
            where = ", ".join(f"'{name}'" for name in self.rounds)
            text = counted(self.interviews, "ingevuld formulier", "ingevulde formulieren")
            if self.drafts:
                text += f" (waarvan {counted(self.drafts, 'concept', 'concepten')})"
            lines.append(f"{text} met alle antwoorden, in {counted(len(self.rounds), 'ronde', 'rondes')}: {where}")
        if self.stories:
            lines.append(counted(self.stories, "verhaal", "verhalen")
                         + (f" en {counted(self.quote_decisions, 'beoordeling', 'beoordelingen')} van een citaat"
                            if self.quote_decisions else ""))
        if self.contact_details:
            lines.append("naam en contactgegevens")
        if self.scan_pages:
            lines.append(counted(self.scan_pages, "gescande pagina", "gescande pagina's") + " van het papieren formulier "
                         "(de afbeeldingen)")
        if self.corrections:
            lines.append(counted(self.corrections, "correctie", "correcties") + " in de geschiedenis")
        if self.double_entries:
            lines.append(counted(self.double_entries, "dubbele invoer", "dubbele invoeren"))
        if self.consents:
            lines.append(counted(self.consents, "toestemming", "toestemmingen") + " per doel")
        if self.named_by_others:
            lines.append(f"de verwijzing naar deze woning in "
                         f"{counted(self.named_by_others, 'antwoord', 'antwoorden')} van andere bewoners "
                         "(welke buren zij kennen)")
        if self.door_notes:
            lines.append(f"de notities bij {counted(self.door_notes, 'deurbezoek', 'deurbezoeken')} "
                         "(de uitkomstcodes blijven staan voor de respons)")
        if self.persons:
            text = f"{counted(self.persons, 'bewoner', 'bewoners')} op de opvolglijst (naam, telefoon, status, notitie"
            if self.sign_ups:
                text += f", {counted(self.sign_ups, 'inschrijving', 'inschrijvingen')} uit de tent"
            lines.append(text + "; ook uit werkgroepen)")
        return lines


@dataclass(frozen=True)
class ErasureResult:
    plan: ErasurePlan
    log_lines_cleaned: int
    summary: str


def _homes_questions(session: Session, building_id: int) -> dict[int, set[str]]:
    """Per round of the block: the codes of its "which neighbours" questions."""
    return {round_.id: codes_of_type(round_questionnaire(round_), QuestionType.HOMES)
            for round_ in rounds_of_building(session, building_id)}


def _names_home(answers: dict, codes: set[str], home_code: str) -> bool:
    return any(isinstance(answers.get(code), list) and home_code in answers[code] for code in codes)


def _without_home(answers: dict, codes: set[str], home_code: str) -> dict:
    clean = dict(answers)
    for code in codes:
        value = clean.get(code)
        if isinstance(value, list) and home_code in value:
            kept = [item for item in value if item != home_code]
            if kept:
                clean[code] = kept
            else:
                del clean[code]
    return clean


def _others_naming(session: Session, home: Home, questions: dict[int, set[str]]) -> list[Interview]:
    found = []
    for round_id, codes in questions.items():
        if not codes:
            continue
        for interview in session.scalars(select(Interview).where(Interview.round_id == round_id,
                                                                 Interview.home_id != home.id)):
            if _names_home(decode_answers(interview.answers), codes, home.code):
                found.append(interview)
    return found


def plan_erasure(session: Session, home_id: int) -> ErasurePlan:
    home = get_home(session, home_id)
    interviews = list(session.scalars(select(Interview).where(Interview.home_id == home.id)
                                      .order_by(Interview.round_id, Interview.respondent)))
    ids = [i.id for i in interviews]
    round_names = {r.id: r.name for r in rounds_of_building(session, home.building_id)}
    questionnaires = {r.id: round_questionnaire(r) for r in rounds_of_building(session, home.building_id)}
    stories = contacts = 0
    for interview in interviews:
        questionnaire = questionnaires.get(interview.round_id)
        answers = decode_answers(interview.answers)
        if questionnaire is None:
            continue
        asked = {q.code: q for q in questionnaire.questions()}
        if any(q.type is QuestionType.LONG_TEXT and answers.get(code) for code, q in asked.items()):
            stories += 1
        if any(q.personal and answers.get(code) for code, q in asked.items()):
            contacts += 1
    attempts = list(session.scalars(select(DoorAttempt).where(DoorAttempt.home_id == home.id)))
    persons = persons_of_home(session, home.id)
    return ErasurePlan(
        home_id=home.id, home_code=home.code, address=home_address(home), building_id=home.building_id,
        rounds=tuple(dict.fromkeys(round_names.get(i.round_id, str(i.round_id)) for i in interviews)),
        interviews=len(interviews), drafts=sum(1 for i in interviews if i.status == DRAFT),
        corrections=_count_where(session, InterviewChange, InterviewChange.interview_id, ids),
        double_entries=_count_where(session, VerificationEntry, VerificationEntry.interview_id, ids),
        stories=stories, contact_details=contacts,
        quote_decisions=_count_where(session, QuoteApproval, QuoteApproval.interview_id, ids),
        consents=len(list(session.scalars(select(Consent.id).where(Consent.home_id == home.id)))),
        named_by_others=len(_others_naming(session, home, _homes_questions(session, home.building_id))),
        door_visits=len(attempts), door_notes=sum(1 for a in attempts if a.note or a.come_back),
        persons=len(persons), sign_ups=sum(len(lines_of(session, p.id)) for p in persons),
        scan_pages=len(session.scalars(select(ScanPage.id).where(ScanPage.home_id == home.id)).all()),
    )


def _count_where(session: Session, model, column, ids: list[int]) -> int:
    if not ids:
        return 0
    return len(list(session.scalars(select(model.id).where(column.in_(ids)))))


def _removed_texts(session: Session, home: Home, interviews: list[Interview]) -> list[str]:
    """The household's own words and details, to be searched for in the activity log."""
    ids = [i.id for i in interviews]
    codes = set(session.scalars(select(Home.code).where(Home.building_id == home.building_id)))
    texts: list[str] = []
    for interview in interviews:
        texts += texts_in(decode_answers(interview.answers))
    if ids:
        for entry in session.scalars(select(VerificationEntry).where(VerificationEntry.interview_id.in_(ids))):
            texts += texts_in(decode_answers(entry.answers))
        for change in session.scalars(select(InterviewChange).where(InterviewChange.interview_id.in_(ids))):
            for raw in (change.old_value, change.new_value):
                try:
                    texts += texts_in(json.loads(raw or "null"))
                except ValueError:
                    texts.append(raw)
        for decision in session.scalars(select(QuoteApproval).where(QuoteApproval.interview_id.in_(ids))):
            texts += [decision.source_text, decision.public_text]
    texts += [c.note for c in session.scalars(select(Consent).where(Consent.home_id == home.id))]
    for attempt in session.scalars(select(DoorAttempt).where(DoorAttempt.home_id == home.id)):
        texts += [attempt.note, attempt.come_back]
    texts += texts_of_persons(session, persons_of_home(session, home.id))
    return [t for t in distinct_texts(texts) if t not in codes]


def _rewrite_value(raw: str, codes_in_value: bool, home_code: str) -> str:
    """A stored JSON value (a correction's old/new value) without ``home_code`` in its list."""
    if not codes_in_value:
        return raw
    try:
        value = json.loads(raw or "null")
    except ValueError:
        return raw
    if isinstance(value, list) and home_code in value:
        kept = [item for item in value if item != home_code]
        return json.dumps(kept or None, ensure_ascii=False)
    return raw


def _cut_ties(session: Session, home: Home, questions: dict[int, set[str]]) -> int:
    """Remove this home's code from other residents' "which neighbours" answers (and from their double
    entry and correction history). Returns how many interviews named it."""
    naming = _others_naming(session, home, questions)
    for interview in naming:
        codes = questions[interview.round_id]
        answers = _without_home(decode_answers(interview.answers), codes, home.code)
        session.execute(update(Interview).where(Interview.id == interview.id).values(
            answers=json.dumps(answers, ensure_ascii=False, sort_keys=True), version=Interview.version + 1)
            .execution_options(synchronize_session=False))
    for round_id, codes in questions.items():
        if not codes:
            continue
        others = select(Interview.id).where(Interview.round_id == round_id, Interview.home_id != home.id)
        for entry in session.scalars(select(VerificationEntry).where(VerificationEntry.interview_id.in_(others))):
            answers = decode_answers(entry.answers)
            if _names_home(answers, codes, home.code):
                entry.answers = json.dumps(_without_home(answers, codes, home.code), ensure_ascii=False,
                                           sort_keys=True)
        for change in session.scalars(select(InterviewChange).where(InterviewChange.interview_id.in_(others),
                                                                    InterviewChange.question.in_(codes))):
            change.old_value = _rewrite_value(change.old_value, True, home.code)
            change.new_value = _rewrite_value(change.new_value, True, home.code)
    session.flush()
    return len(naming)


def _clean_consent_lines(session: Session, home: Home, today: date) -> int:
    """Consent lines about this home keep that consent was handled, not what the household chose."""
    changed = 0
    for entry in session.scalars(select(ActivityLog).where(ActivityLog.action == "privacy.consent",
                                                           ActivityLog.building_id == home.building_id)):
        try:
            details = json.loads(entry.details or "{}")
        except ValueError:
            details = {}
        if not isinstance(details, dict) or details.get("home") != home.code:
            continue
        entry.summary = (f"Toestemming voor woning {home.code} vastgelegd of gewijzigd (inhoud {REMOVED} op "
                         f"verzoek van de bewoner, {dutch_date(today)})")
        entry.details = json.dumps({"home": home.code, "gewist": dutch_date(today)}, ensure_ascii=False)
        changed += 1
    return changed


def erase_home(session: Session, home_id: int, today: date | None = None) -> ErasureResult:
    """Remove every personal trace of the household in home ``home_id`` (the caller owns the
    transaction; call ``compact.compact_storage`` after the commit)."""
    today = today or date.today()
    plan = plan_erasure(session, home_id)
    home = get_home(session, home_id)
    interviews = list(session.scalars(select(Interview).where(Interview.home_id == home.id)))
    ids = [i.id for i in interviews]
    texts = _removed_texts(session, home, interviews)
    forget_interviews(session, ids)            # before the interviews go: publications keep their figures
    questions = _homes_questions(session, home.building_id)
    if ids:
        for model, column in ((QuoteApproval, QuoteApproval.interview_id),
                              (VerificationEntry, VerificationEntry.interview_id),
                              (InterviewChange, InterviewChange.interview_id)):
            session.execute(delete(model).where(column.in_(ids)).execution_options(synchronize_session=False))
        session.execute(delete(Interview).where(Interview.id.in_(ids)).execution_options(synchronize_session=False))
    session.execute(delete(Consent).where(Consent.home_id == home.id).execution_options(synchronize_session=False))
    # The scanned pages of its forms, with their review items and the answers' sources (ON DELETE CASCADE).
    session.execute(delete(ScanPage).where(ScanPage.home_id == home.id).execution_options(synchronize_session=False))
    # The follow-up list and the sign-up sheets: group memberships go with the person (ON DELETE CASCADE),
    # a group's contact person and an action's 'who' become empty (SET NULL).
    person_ids = [p.id for p in persons_of_home(session, home.id)]
    if person_ids:
        session.execute(delete(SignUp).where(SignUp.person_id.in_(person_ids))
                        .execution_options(synchronize_session=False))
        session.execute(delete(Person).where(Person.id.in_(person_ids)).execution_options(synchronize_session=False))
    session.execute(update(DoorAttempt).where(DoorAttempt.home_id == home.id).values(note="", come_back="")
                    .execution_options(synchronize_session=False))
    _cut_ties(session, home, questions)
    session.expire_all()
    cleaned = scrub_activity_log(session, texts, home.building_id)
    cleaned += _clean_consent_lines(session, home, today)
    what = "; ".join(plan.lines()) or "er stonden geen persoonsgegevens van deze woning in de database"
    summary = (f"Gegevens van woning {plan.home_code} gewist op verzoek van de bewoner: {what}. "
               f"Het adres blijft (het hoort bij de flat); {PUBLICATIONS_NOTE}.")
    log_activity(session, ACTION, summary, home.building_id, tier=Tier.CONFIDENTIAL, target="",
                 home=plan.home_code, interviews=plan.interviews, corrections=plan.corrections,
                 double_entries=plan.double_entries, stories=plan.stories, consents=plan.consents,
                 named_by_others=plan.named_by_others, door_notes=plan.door_notes, persons=plan.persons,
                 sign_ups=plan.sign_ups, scan_pages=plan.scan_pages, log_lines_cleaned=cleaned,
                 publications=PUBLICATIONS_NOTE)
    session.flush()
    return ErasureResult(plan, cleaned, summary)

