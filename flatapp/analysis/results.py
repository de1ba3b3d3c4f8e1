"""Compute a round's results (flatapp.analysis.model.RoundResults) from the database. Qt-free.

Decisions:

- **Response per home, the AAPOR way.** A home with a *complete* interview is an interview (I), even
  without a door attempt. Otherwise the disposition of its *latest* door attempt counts (by time, then
  entry order): 'partial' → P, 'refusal' → R, 'non_contact' → NC, 'other' → O, 'not_eligible' → out of
  the base. A home whose latest outcome is 'interview' but which has no complete form yet (not typed,
  or only a draft), and a home with only a draft, count as partial (P) until the form is completed, so
  RR1 always equals the respondents whose answers are shown; a note says how many. Eligible homes
  never rung are ``not_attempted`` (they stay in the base: RR1 is conservative).
  RR1 = I / eligible, RR2 = (I + P) / eligible, contact rate = (I + P + R + O) / eligible,
  refusal rate = R / eligible. Every rate is None when its base is 0.
- **Respondents** are the complete interviews (a home with two respondents counts twice in the
  answers, once in the response and once as a node of the network).
- **Choice questions** (single, multiple, yes/no, agreement): per option, how many respondents chose
  it, of those who answered the question.
- **Topics**: questions ON1 (join) and ON2 (organise); without those codes, the first two "multiple"
  questions of one section with the same options. The option 'Geen' is not a topic.
- **Quotes**: VH1 texts where VH2 = 1 (consent to show it anonymously). Not yet approved.
- **Follow-up**: respondents with CT1 = 1 (consent to contact) who are isolated in the network or
  answered HP4 = 1 (would ask a neighbour for help); name from CT2, contact from CT3.
- **Open answers** (confidential): every short_text / long_text question that is not personal and not
  the story (VH1, which goes through quote approval); whitespace normalised, identical texts merged
  case-insensitively (the first spelling kept), with how many respondents gave each; most frequent
  first, then alphabetical. Only complete interviews within the filter.
- **Cohesion**: the agreement questions of the optional section 'cbs', coded 0–4 (helemaal mee eens =
  4 … helemaal mee oneens = 0; a ``reversed`` item the other way round); a respondent's score is the
  mean over the answered items × 2.5, only with at most one item missing; the block's score is the mean
  over those respondents. None when the round did not ask the section.
- **Filters** (entrance, floor) narrow the homes; the network keeps the whole block as its graph.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from sqlalchemy.orm import Session

from flatapp.analysis.model import (
    Cohesion,
    Count,
    EveningAttempts,
    FollowUp,
    OpenAnswers,
    QuestionResult,
    Response,
    ResponseGroup,
    RoundResults,
    TopicResult,
)
from flatapp.domain import template_codes as codes
from flatapp.domain.addresses import HouseNumber, floor_label
from flatapp.domain.answers import decode_answers
from flatapp.domain.questionnaire import CHOICE_TYPES, Question, Questionnaire, QuestionType, parse_round_questionnaire
from flatapp.services.errors import UserError
from flatapp.services.round_data import block_homes, door_attempts, evening_times, interview_answers, round_header
from flatapp.services.round_rows import DUTCH_WEEKDAYS, dutch_date, wall_clock
from flatapp.storage.interview_models import COMPLETE, DRAFT

CBS_SECTION = "cbs"
NO_ENTRANCE = "zonder portiek"
HELP_YES = codes.YES
JOIN_CODE, ORGANISE_CODE = codes.TOPIC_JOIN, codes.TOPIC_ORGANISE
STORY_CODE, STORY_CONSENT_CODE = codes.STORY, codes.STORY_CONSENT
CONTACT_CONSENT, CONTACT_NAME, CONTACT_WAY = codes.CONTACT_CONSENT, codes.CONTACT_NAME, codes.CONTACT_WAY
ASK_HELP_CODE = codes.ASK_HELP
NONE_LABELS = {"geen"}
COHESION_NOTE = ("Benadering van de CBS-methode: vijf uitspraken, gecodeerd 0–4 (één omgekeerd), "
                 "gemiddelde × 2,5; alleen bewoners die hoogstens één uitspraak oversloegen.")


@dataclass(frozen=True)
class _Home:
    id: int
    code: str
    address: str
    label: str
    entrance: str
    entrance_position: int
    floor: int


@dataclass(frozen=True)
class _Respondent:
    home_id: int
    answers: dict
    respondent: int = 1

    @property
    def person(self) -> tuple[int, int]:
        return self.home_id, self.respondent


# --- reading ------------------------------------------------------------------------------------

@lru_cache(maxsize=16)
def _questionnaire(definition: str, sections: str) -> Questionnaire | None:
    if not definition:
        return None
    try:
        return parse_round_questionnaire(definition, sections)
    except (ValueError, TypeError):
        return None


def _homes(session: Session, building_id: int) -> list[_Home]:
    homes = []
    for hid, code, street, number, letter, addition, entrance, position, floor in block_homes(session, building_id):
        label = HouseNumber(number, letter or "", addition or "").label()
        homes.append(_Home(hid, code, f"{street} {label}", label, entrance or "",
                           position if position is not None else 9999, floor or 0))
    homes.sort(key=lambda h: (h.entrance_position, h.entrance, h.floor, h.code))
    return homes


# --- response -----------------------------------------------------------------------------------

def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _dispositions(homes: list[_Home], latest: dict[int, str], complete: set[int],
                  drafts: set[int]) -> dict[int, str]:
    """Home id → 'complete', 'partial', 'refusal', 'non_contact', 'other', 'not_eligible', 'not_attempted'."""
    result = {}
    for home in homes:
        if home.id in complete:
            result[home.id] = "complete"
            continue
        disposition = latest.get(home.id)
        if disposition in ("interview", "partial") or (home.id in drafts and disposition != "not_eligible"):
            result[home.id] = "partial"
        elif disposition in ("refusal", "non_contact", "other", "not_eligible"):
            result[home.id] = disposition
        else:
            result[home.id] = "not_attempted"
    return result


def _response(dispositions: dict[int, str]) -> Response:
    counts = Counter(dispositions.values())
    homes = len(dispositions)
    not_eligible = counts["not_eligible"]
    eligible = homes - not_eligible
    complete, partial = counts["complete"], counts["partial"]
    refusals, others = counts["refusal"], counts["other"]
    return Response(
        homes=homes, not_eligible=not_eligible, eligible=eligible, complete=complete, partial=partial,
        refusals=refusals, non_contacts=counts["non_contact"], other=others,
        not_attempted=counts["not_attempted"],
        rr1=_ratio(complete, eligible), rr2=_ratio(complete + partial, eligible),
        contact_rate=_ratio(complete + partial + refusals + others, eligible),
        refusal_rate=_ratio(refusals, eligible),
    )


def _group(label: str, members: list[_Home], dispositions: dict[int, str]) -> ResponseGroup:
    values = [dispositions[h.id] for h in members]
    eligible = sum(1 for v in values if v != "not_eligible")
    complete = values.count("complete")
    return ResponseGroup(label=label, homes=len(values), eligible=eligible, interviews=complete,
                         rr1=_ratio(complete, eligible), partial=values.count("partial"))


def _by_entrance(homes: list[_Home], dispositions: dict[int, str]) -> tuple[ResponseGroup, ...]:
    groups: dict[tuple, list[_Home]] = defaultdict(list)
    for home in homes:
        groups[(home.entrance_position, home.entrance)].append(home)
    return tuple(_group(key[1] or NO_ENTRANCE, groups[key], dispositions) for key in sorted(groups))


def _by_floor(homes: list[_Home], dispositions: dict[int, str]) -> tuple[ResponseGroup, ...]:
    groups: dict[int, list[_Home]] = defaultdict(list)
    for home in homes:
        groups[home.floor].append(home)
    return tuple(_group(floor_label(floor), groups[floor], dispositions) for floor in sorted(groups))


def _evening_rows(evenings, attempts, scope: set[int]) -> tuple[EveningAttempts, ...]:
    per_evening: dict[int | None, list[int]] = defaultdict(lambda: [0, 0])
    known = {row[0] for row in evenings}
    for home_id, evening_id, _at, _id, disposition in attempts:
        if home_id not in scope:
            continue
        key = evening_id if evening_id in known else None
        per_evening[key][0] += 1
        if disposition == "interview":
            per_evening[key][1] += 1
    rows = []
    for evening_id, day, _starts in evenings:
        attempts_count, interviews = per_evening.get(evening_id, (0, 0))
        rows.append(EveningAttempts(f"{DUTCH_WEEKDAYS[day.weekday()]} {dutch_date(day)}", attempts_count, interviews))
    if None in per_evening:
        attempts_count, interviews = per_evening[None]
        rows.append(EveningAttempts("zonder avond", attempts_count, interviews))
    return tuple(rows)


# --- answers ------------------------------------------------------------------------------------

def _codes(value: object) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, int) and not isinstance(v, bool)]
    return []


def _question_results(questionnaire: Questionnaire, respondents: list[_Respondent]) -> tuple[QuestionResult, ...]:
    results = []
    for question in questionnaire.questions():
        if question.type not in CHOICE_TYPES:
            continue
        counts: Counter[int] = Counter()
        answered = 0
        for respondent in respondents:
            codes = _codes(respondent.answers.get(question.code))
            if not codes:
                continue
            answered += 1
            counts.update(set(codes))
        results.append(QuestionResult(
            code=question.code, text=question.text,
            counts=tuple(Count(o.code, o.label, counts[o.code], answered) for o in question.effective_options()),
            answered=answered))
    return tuple(results)


def _topic_questions(questionnaire: Questionnaire) -> tuple[Question | None, Question | None]:
    by_code = {q.code: q for q in questionnaire.questions()}
    join, organise = by_code.get(JOIN_CODE), by_code.get(ORGANISE_CODE)
    if join is not None and join.type is QuestionType.MULTIPLE:
        return join, organise if organise is not None and organise.type is QuestionType.MULTIPLE else None
    for section in questionnaire.sections:
        multiple = [q for q in section.questions if q.type is QuestionType.MULTIPLE]
        for first, second in pairwise(multiple):
            if {o.code for o in first.options} == {o.code for o in second.options}:
                return first, second
    return None, None


def _topics(questionnaire: Questionnaire, respondents: list[_Respondent]) -> tuple[TopicResult, ...]:
    join, organise = _topic_questions(questionnaire)
    if join is None:
        return ()
    join_counts: Counter[int] = Counter()
    organise_counts: Counter[int] = Counter()
    for respondent in respondents:
        join_counts.update(set(_codes(respondent.answers.get(join.code))))
        if organise is not None:
            organise_counts.update(set(_codes(respondent.answers.get(organise.code))))
    return tuple(TopicResult(o.code, o.label, join_counts[o.code], organise_counts[o.code])
                 for o in join.options if o.label.strip().casefold() not in NONE_LABELS)


def _quotes(questionnaire: Questionnaire, respondents: list[_Respondent],
            consenting: set[tuple[int, int]]) -> tuple[str, ...]:
    """Stories of residents whose consent for a poster stands now (the record, not the loose answer)."""
    codes = {q.code for q in questionnaire.questions()}
    if STORY_CODE not in codes or STORY_CONSENT_CODE not in codes:
        return ()
    quotes = []
    for respondent in respondents:
        text = respondent.answers.get(STORY_CODE)
        if isinstance(text, str) and text.strip() and respondent.person in consenting:
            quotes.append(text.strip())
    return tuple(quotes)


OPEN_TYPES = {QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT}


def _open_answers(questionnaire: Questionnaire, respondents: list[_Respondent]) -> tuple[OpenAnswers, ...]:
    results = []
    for question in questionnaire.questions():
        if question.type not in OPEN_TYPES or question.personal or question.code == STORY_CODE:
            continue
        counts: Counter[str] = Counter()
        spelling: dict[str, str] = {}
        for respondent in respondents:
            value = respondent.answers.get(question.code)
            text = " ".join(value.split()) if isinstance(value, str) else ""
            if not text:
                continue
            key = text.casefold()
            spelling.setdefault(key, text)
            counts[key] += 1
        ordered = sorted(counts, key=lambda key: (-counts[key], key, spelling[key]))
        results.append(OpenAnswers(question.code, question.text,
                                   tuple((spelling[key], counts[key]) for key in ordered)))
    return tuple(results)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _follow_up(respondents: list[_Respondent], homes: dict[int, _Home], isolated: set[int],
               consenting: set[tuple[int, int]]) -> tuple[FollowUp, ...]:
    rows = []
    for respondent in respondents:
        answers = respondent.answers
        if respondent.person not in consenting:     # contact consent as recorded now, withdrawals included
            continue
        reasons = []
        if respondent.home_id in isolated:
            reasons.append("geïsoleerd")
        if answers.get(ASK_HELP_CODE) == HELP_YES:
            reasons.append("vraagt om hulp")
        if not reasons:
            continue
        home = homes[respondent.home_id]
        rows.append(FollowUp(home_code=home.code, address=home.address, reason=", ".join(reasons),
                             name=_text(answers.get(CONTACT_NAME)), contact=_text(answers.get(CONTACT_WAY))))
    return tuple(rows)


@lru_cache(maxsize=1)
def national_cohesion() -> dict:
    """The CBS figures from resources/data/national_cohesion.json (source, years, range)."""
    from flatapp.resources import shipped_path

    try:
        data = json.loads(shipped_path("resources", "data", "national_cohesion.json").read_text(encoding="utf-8"))
        latest = max(data["national"], key=lambda item: item["year"])
        return {"national": float(latest["score"]), "year": int(latest["year"]), "source": str(data["source"]),
                "low": float(data["range"]["low"]["score"]), "high": float(data["range"]["high"]["score"])}
    except (FileNotFoundError, OSError, ValueError, KeyError, TypeError) as error:
        raise UserError(f"De landelijke cijfers voor de samenhang ontbreken of zijn beschadigd ({error}).") from None


def cohesion_item_code(question: Question, answer: object) -> int | None:
    """Agreement 1..5 → 0..4 (helemaal mee eens = 4); a reversed item the other way round."""
    if isinstance(answer, bool) or not isinstance(answer, int) or not 1 <= answer <= 5:
        return None
    return answer - 1 if question.reversed else 5 - answer


def respondent_cohesion(items: list[Question], answers: dict) -> float | None:
    """One respondent's score 0–10, or None when more than one item is missing."""
    codes = [c for c in (cohesion_item_code(q, answers.get(q.code)) for q in items) if c is not None]
    if not codes or len(items) - len(codes) > 1:
        return None
    return sum(codes) / len(codes) * 2.5


def _cohesion(questionnaire: Questionnaire, respondents: list[_Respondent]) -> Cohesion | None:
    section = next((s for s in questionnaire.sections if s.code == CBS_SECTION), None)
    if section is None:
        return None
    items = [q for q in section.questions if q.type is QuestionType.AGREEMENT]
    if not items:
        return None
    scores = [s for s in (respondent_cohesion(items, r.answers) for r in respondents) if s is not None]
    national = national_cohesion()
    return Cohesion(
        score=sum(scores) / len(scores) if scores else None, respondents=len(scores),
        national=national["national"], national_year=national["year"], national_source=national["source"],
        range_low=national["low"], range_high=national["high"], note=COHESION_NOTE)


# --- filters ------------------------------------------------------------------------------------

def _filter(homes: list[_Home], entrance: str | None, floor: int | None) -> tuple[list[_Home], dict[str, str]]:
    filters: dict[str, str] = {}
    selected = homes
    if entrance is not None and entrance.strip():
        wanted = " ".join(entrance.split()).casefold()
        names = sorted({h.entrance for h in homes if h.entrance})
        match = [n for n in names if n.casefold() == wanted] or \
                [n for n in names if n.casefold().split()[-1:] == [wanted]]
        if len(match) != 1:
            known = ", ".join(names) or "geen portieken"
            raise UserError(f"Portiek '{entrance.strip()}' bestaat niet in deze flat (aanwezig: {known}).")
        selected = [h for h in selected if h.entrance == match[0]]
        filters["entrance"] = match[0]
    if floor is not None:
        if not any(h.floor == floor for h in homes):
            known = ", ".join(floor_label(f) for f in sorted({h.floor for h in homes})) or "geen"
            raise UserError(f"Verdieping {floor_label(floor)} bestaat niet in deze flat (aanwezig: {known}).")
        selected = [h for h in selected if h.floor == floor]
        filters["floor"] = floor_label(floor)
    return selected, filters


# --- the whole ----------------------------------------------------------------------------------

def compute_results(session: Session, round_id: int, entrance: str | None = None,
                    floor: int | None = None) -> RoundResults:
    """Every figure of the round (optionally of one entrance and/or floor). Reads only; never writes.

    Raises UserError (Dutch) for an unknown round, entrance or floor, AccessDenied for a typist. A user who
    may not see confidential data (a partner) gets the figures without the network's homes and ties, the
    stories, the open answers and the follow-up list.
    """
    from flatapp.analysis.network import HomeNode, analyse_network
    from flatapp.domain.roles import Action
    from flatapp.services.access import can, require
    from flatapp.services.consent import consenting
    from flatapp.storage.privacy_models import CONTACT, STORY

    require(session, Action.VIEW_INTERNAL)
    confidential = can(session, Action.VIEW_CONFIDENTIAL)
    rid, round_name, building_id, building_name, definition, sections = round_header(session, round_id)
    questionnaire = _questionnaire(definition or "", sections or "")
    all_homes = _homes(session, building_id)
    homes, filters = _filter(all_homes, entrance, floor)
    scope = {h.id for h in homes}
    home_by_id = {h.id: h for h in all_homes}

    attempts = door_attempts(session, rid)
    latest: dict[int, tuple[tuple, str]] = {}
    for home_id, _evening_id, at, attempt_id, disposition in attempts:
        key = (wall_clock(at), attempt_id)
        if home_id not in latest or key > latest[home_id][0]:
            latest[home_id] = (key, disposition)
    latest_disposition = {home_id: value[1] for home_id, value in latest.items()}

    respondents_all: list[_Respondent] = []
    drafts: set[int] = set()
    for home_id, number, status, answers in interview_answers(session, rid):
        if home_id not in home_by_id:
            continue
        if status == COMPLETE:
            respondents_all.append(_Respondent(home_id, decode_answers(answers), number))
        elif status == DRAFT:
            drafts.add(home_id)
    complete_homes = {r.home_id for r in respondents_all}
    respondents = [r for r in respondents_all if r.home_id in scope]

    dispositions = _dispositions(homes, latest_disposition, complete_homes, drafts)
    response = _response(dispositions)
    notes: list[str] = []

    if not homes:
        notes.append("Deze flat heeft (in deze selectie) geen woningen.")
    pending = sum(1 for h in homes if h.id not in complete_homes and latest_disposition.get(h.id) == "interview")
    if pending:
        notes.append(f"{pending} {'woning staat' if pending == 1 else 'woningen staan'} op de deurlijst als "
                     "'gesproken' zonder afgerond formulier; die tellen als deels gesproken tot het formulier "
                     "is afgerond.")
    draft_only = sum(1 for h in homes if h.id in drafts and h.id not in complete_homes)
    if draft_only:
        notes.append(f"{draft_only} {'formulier is' if draft_only == 1 else 'formulieren zijn'} nog een concept; "
                     "alleen afgeronde gesprekken tellen mee in de antwoorden.")
    if homes and not respondents:
        if response.eligible and response.refusals == response.eligible:
            notes.append("Alle bewoners hebben geweigerd; er zijn geen antwoorden om te tonen.")
        else:
            notes.append("Nog geen afgeronde gesprekken ingevoerd; de antwoorden, het netwerk en de "
                         "samenhang verschijnen zodra een formulier is afgerond.")
    if homes and not attempts and not complete_homes:
        notes.append("Er zijn nog geen deurbezoeken ingevoerd.")
    if response.homes and response.eligible == 0:
        notes.append("Geen enkele woning telt mee (alle woningen leeg of geen woning); de respons is niet te berekenen.")

    if questionnaire is None:
        notes.append("De ronde heeft geen (leesbare) vragenlijst; alleen de respons is berekend.")
        questions: tuple[QuestionResult, ...] = ()
        topics: tuple[TopicResult, ...] = ()
        quotes: tuple[str, ...] = ()
        open_answers: tuple[OpenAnswers, ...] = ()
        cohesion = None
        homes_question = None
    else:
        questions = _question_results(questionnaire, respondents)
        topics = _topics(questionnaire, respondents)
        quotes = _quotes(questionnaire, respondents, consenting(session, rid, STORY))
        open_answers = _open_answers(questionnaire, respondents)
        cohesion = _cohesion(questionnaire, respondents)
        if cohesion is None:
            notes.append("Deze ronde vroeg de CBS-uitspraken over samenhang niet; er is geen samenhangscore.")
        elif cohesion.score is None and respondents:
            notes.append("Geen enkele bewoner beantwoordde genoeg CBS-uitspraken (hoogstens één overgeslagen) "
                         "voor een samenhangscore.")
        homes_question = next((q for q in questionnaire.questions() if q.type is QuestionType.HOMES), None)

    network = None
    network_homes: tuple = ()
    ties: tuple = ()
    isolated: set[int] = set()
    if homes_question is not None and respondents_all:
        named: dict[int, list[str]] = defaultdict(list)
        for respondent in respondents_all:
            value = respondent.answers.get(homes_question.code)
            codes = named[respondent.home_id]       # every respondent is a node, even naming nobody
            if isinstance(value, list):
                codes.extend(v for v in value if isinstance(v, str))
        nodes = [HomeNode(h.id, h.code, h.label, h.entrance, h.floor) for h in all_homes]
        result = analyse_network(nodes, named, scope if filters else None)
        if result.summary.respondents:
            network = result.summary
            if confidential:
                network_homes, ties = result.homes, result.ties
        isolated = {h.home_id for h in result.homes if h.isolated}
        notes.extend(result.notes)
    elif homes_question is None and questionnaire is not None:
        notes.append("De vragenlijst van deze ronde vraagt niet welke buren iemand kent; er is geen netwerk.")

    follow_up = _follow_up(respondents, home_by_id, isolated, consenting(session, rid, CONTACT))
    return RoundResults(
        round_id=rid, round_name=round_name, building_name=building_name, filters=filters, response=response,
        by_entrance=_by_entrance(homes, dispositions), by_floor=_by_floor(homes, dispositions),
        evenings=_evening_rows(evening_times(session, rid), attempts, scope), questions=questions, topics=topics,
        network=network, network_homes=network_homes, ties=ties, cohesion=cohesion, quotes=quotes,
        follow_up=follow_up, open_answers=open_answers if confidential else (), notes=tuple(notes),
    )
