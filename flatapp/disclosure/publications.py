"""Publications: the public figures of a round, frozen, so that two public outputs cannot be subtracted.

Print a poster, type one more interview, print again: if both posters were computed afresh, their
differences would give back that one resident's answers. So every public output (poster, slides,
handout, sign-up sheets) is drawn from the round's latest publication, and printing again gives the
same figures.

A new publication is checked against every earlier one. The public results are cut into sections
(the response, each question, the topics, the cohesion score); each section depends on some answers.
For each earlier publication we count the residents whose answers to that section differ between the
data its figures were computed from and the data now (added, removed or corrected interviews). When
that number is above 0 but below the threshold, the change could reveal those few residents: the section
is held back and shown exactly as in the latest publication (already public, so nothing new leaks), or
left out when that one was made with a lower threshold than the one in force now.

To count differences later, a publication keeps per interview a keyed digest of each answer that feeds
a public figure (never names, stories or open answers). An erased household's entries become a
tombstone that counts as "changed" in every section (``forget_interviews``).

Approved quotes are not frozen: consent is checked each time an output is made (a withdrawn story
disappears from the next print).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.analysis.model import RoundResults
from flatapp.disclosure.rules import (
    HIDDEN,
    QUOTES_NOTE,
    DisclosurePolicy,
    PublicCohesion,
    PublicFigure,
    PublicGroup,
    PublicOption,
    PublicQuestion,
    PublicResults,
    PublicTopic,
    public_results,
)
from flatapp.domain import template_codes as codes
from flatapp.domain.answers import decode_answers
from flatapp.domain.dutch import dutch_moment
from flatapp.domain.questionnaire import Questionnaire
from flatapp.domain.tiers import Tier
from flatapp.services.activity import current_user, log_activity
from flatapp.services.errors import UserError
from flatapp.storage.interview_models import COMPLETE, Interview
from flatapp.storage.privacy_models import Publication
from flatapp.storage.round_models import Round

RESPONSE, TOPICS, COHESION = "respons", "onderwerpen", "samenhang"
PRESENT = "*"                # the pseudo-answer 'has a complete interview'
TOMBSTONE = "gewist"         # an erased interview: unknown, so changed in every section
CBS_SECTION = "cbs"


@dataclass(frozen=True)
class PublicationRow:
    id: int
    round_id: int
    number: int
    created_at: datetime
    created_by: str
    threshold: int
    note: str                      # Dutch: what was held back, '' when nothing

    @property
    def title(self) -> str:
        return f"publicatie {self.number} van {dutch_moment(self.created_at)}"


# --- the sections of public results and the answers each depends on --------------------------------

def _question_key(code: str) -> str:
    return f"vraag:{code}"


def _section_questions(results: RoundResults, questionnaire: Questionnaire | None) -> dict[str, tuple[str, ...]]:
    sections: dict[str, tuple[str, ...]] = {RESPONSE: (PRESENT,)}
    for question in results.questions:
        sections[_question_key(question.code)] = (question.code,)
    sections[TOPICS] = (codes.TOPIC_JOIN, codes.TOPIC_ORGANISE)
    cbs = next((s for s in questionnaire.sections if s.code == CBS_SECTION), None) if questionnaire else None
    sections[COHESION] = tuple(q.code for q in cbs.questions) if cbs else ()
    return sections


def _digest(salt: str, code: str, value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hmac.new(bytes.fromhex(salt), f"{code}\x00{text}".encode(), hashlib.sha256).hexdigest()[:16]


def _cohort(session: Session, round_id: int, salt: str, wanted: set[str]) -> dict[str, dict[str, str]]:
    """Per complete interview: a keyed digest of each answer that feeds a public figure."""
    cohort: dict[str, dict[str, str]] = {}
    rows = session.execute(select(Interview.id, Interview.answers).where(
        Interview.round_id == round_id, Interview.status == COMPLETE))
    for interview_id, answers_json in rows:
        answers = decode_answers(answers_json)
        entry = {PRESENT: "1"}
        for code in wanted:
            if code != PRESENT and answers.get(code) is not None:
                entry[code] = _digest(salt, code, answers[code])
        cohort[str(interview_id)] = entry
    return cohort


def _changed(old: dict[str, dict[str, str]], new: dict[str, dict[str, str]], questions: tuple[str, ...]) -> int:
    """How many residents' answers to ``questions`` differ between two cohorts."""
    count = 0
    for key in old.keys() | new.keys():
        before, after = old.get(key, {}), new.get(key, {})
        if TOMBSTONE in before or TOMBSTONE in after:
            count += 1
        elif any(before.get(code) != after.get(code) for code in questions):
            count += 1
    return count


# --- public results <-> sections -------------------------------------------------------------------

def _sections_of(public: PublicResults, questions: dict[str, tuple[str, ...]]) -> dict[str, object]:
    """Each section's content as plain JSON data; None for a section with nothing to show."""
    data = asdict(public)
    by_code = {q["code"]: q for q in data["questions"]}
    sections: dict[str, object] = {
        RESPONSE: {key: data[key] for key in ("headline", "households", "homes", "response", "by_entrance",
                                              "by_floor")},
        TOPICS: data["topics"] or None,
        COHESION: data["cohesion"],
    }
    for key in questions:
        if key.startswith("vraag:"):
            sections[key] = by_code.get(key.removeprefix("vraag:"))
    return sections


def _suppressed(key: str, fresh: object) -> object:
    """A section with nothing shown; the response keeps its door counts (no secret) and group labels."""
    if key != RESPONSE or not isinstance(fresh, dict):
        return None
    hidden = asdict(HIDDEN)
    return {**fresh, "headline": "Het aantal gesprekken wordt nog niet getoond.", "response": hidden,
            "by_entrance": [{**g, "figure": hidden} for g in fresh["by_entrance"]],
            "by_floor": [{**g, "figure": hidden} for g in fresh["by_floor"]]}


def _figure(data: dict) -> PublicFigure:
    return PublicFigure(**data)


def _decode(sections: dict, header: dict, order: list[str]) -> PublicResults:
    response = sections[RESPONSE]
    questions = []
    for key in order:
        q = sections.get(key)
        if key.startswith("vraag:") and q:
            questions.append(PublicQuestion(q["code"], q["text"], q["sensitive"], q["answered_text"],
                                            tuple(PublicOption(o["label"], _figure(o["figure"]))
                                                  for o in q["options"])))
    topics = tuple(PublicTopic(t["label"], _figure(t["join"]), _figure(t["organise"]))
                   for t in sections.get(TOPICS) or ())
    cohesion = PublicCohesion(**sections[COHESION]) if sections.get(COHESION) else None
    return PublicResults(
        round_name=header["round_name"], building_name=header["building_name"],
        headline=response["headline"], households=response["households"], threshold=header["threshold"],
        response=_figure(response["response"]), questions=tuple(questions), topics=topics, cohesion=cohesion,
        by_entrance=tuple(PublicGroup(g["label"], _figure(g["figure"])) for g in response["by_entrance"]),
        by_floor=tuple(PublicGroup(g["label"], _figure(g["figure"])) for g in response["by_floor"]),
        quotes=(), homes=response["homes"], notes=tuple(header["notes"]))


# Notes of public_results that belong to one section (a held section keeps the notes of its own time).
def _note_section(note: str) -> str | None:
    if note.startswith("Vraag "):
        return _question_key(note.split()[1])
    if note.startswith(("Het aantal gesprekken", "De respons per")):
        return RESPONSE
    if note.startswith("De onderwerpen") or note.startswith("Er zijn nog geen onderwerpen"):
        return TOPICS
    if note.startswith("Het cijfer voor samenhang"):
        return COHESION
    return None


# --- making and reading publications ------------------------------------------------------------

def _rows(session: Session, round_id: int) -> list[Publication]:
    return list(session.scalars(select(Publication).where(Publication.round_id == round_id)
                                .order_by(Publication.number)))


def next_number(publications: list[Publication]) -> int:
    return publications[-1].number + 1 if publications else 1


def _to_row(publication: Publication) -> PublicationRow:
    return PublicationRow(publication.id, publication.round_id, publication.number, publication.created_at,
                          publication.created_by, publication.threshold, publication.note)


def list_publications(session: Session, round_id: int) -> list[PublicationRow]:
    return [_to_row(p) for p in _rows(session, round_id)]


def _stored(publication: Publication) -> tuple[dict, dict]:
    return json.loads(publication.content), json.loads(publication.basis or "{}")


def plan_publication(session: Session, round_id: int, policy: DisclosurePolicy,
                     results: RoundResults, questionnaire: Questionnaire | None) -> tuple[dict, dict, list[str]]:
    """(content, basis, held section keys) of a new publication, checked against every earlier one."""
    earlier = _rows(session, round_id)
    bases = {p.number: _stored(p)[1] for p in earlier}
    salt = next((b["salt"] for b in bases.values() if b.get("salt")), secrets.token_hex(16))
    questions = _section_questions(results, questionnaire)
    wanted = {code for codes_ in questions.values() for code in codes_}
    cohort = _cohort(session, round_id, salt, wanted)
    fresh = public_results(results, policy)
    fresh_sections = _sections_of(fresh, questions)
    latest_content = _stored(earlier[-1])[0] if earlier else None
    number = next_number(earlier)

    sections: dict[str, object] = {}
    sources: dict[str, int] = {}
    held: list[str] = []
    keys = list(fresh_sections) + [k for k in (latest_content or {}).get("sections", {}) if k not in fresh_sections]
    for key in keys:
        depends = questions.get(key) or (PRESENT,)
        risky = False
        for old in bases.values():
            source = old.get("sources", {}).get(key)
            if source is None or source not in bases:
                continue
            changed = _changed(bases[source].get("cohort", {}), cohort, depends)
            if 0 < changed < policy.threshold:
                risky = True
                break
        if not risky:
            sections[key], sources[key] = fresh_sections.get(key), number
            continue
        held.append(key)
        previous = latest_content or {}
        if key in previous.get("sections", {}) and previous.get("threshold", 0) >= policy.threshold:
            sections[key], sources[key] = previous["sections"][key], previous["sources"][key]
        else:                                               # suppressed: nothing about it is shown
            sections[key], sources[key] = _suppressed(key, fresh_sections.get(key)), number
    notes = [n for n in fresh.notes if _note_section(n) not in held]
    for key in held:
        notes += [n for n in (latest_content or {}).get("notes", []) if _note_section(n) == key]
    order = [k for k in keys if k.startswith("vraag:")]
    content = {"round_name": fresh.round_name, "building_name": fresh.building_name, "threshold": policy.threshold,
               "order": order, "sections": sections, "sources": sources, "notes": notes}
    basis = {"salt": salt, "sources": sources, "cohort": cohort}
    return content, basis, held


def _held_note(held: list[str], number: int, threshold: int) -> str:
    if not held:
        return ""
    names = []
    for key in held:
        if key.startswith("vraag:"):
            names.append(f"vraag {key.removeprefix('vraag:')}")
        else:
            names.append({RESPONSE: "de respons", TOPICS: "de onderwerpen", COHESION: "de samenhangscore"}[key])
    return (f"Niet bijgewerkt in publicatie {number}: {', '.join(names)}. Sinds een eerdere publicatie zijn daar "
            f"minder dan {threshold} bewoners bijgekomen of veranderd; nieuwe cijfers zouden hun antwoorden "
            "verraden. Deze cijfers staan er zoals in de vorige publicatie (of niet, als die een lagere drempel "
            f"had) en worden bijgewerkt zodra er {threshold} of meer bewoners bij zijn gekomen.")


def publish(session: Session, round_id: int, policy: DisclosurePolicy) -> PublicationRow:
    """Freeze the public figures of the round as its next publication (checked against every earlier one)."""
    from flatapp.analysis.results import compute_results
    from flatapp.services.questionnaires import questionnaire_for_round

    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet.")
    try:
        questionnaire = questionnaire_for_round(session, round_id)
    except UserError:
        questionnaire = None
    results = compute_results(session, round_id)
    content, basis, held = plan_publication(session, round_id, policy, results, questionnaire)
    number = next_number(_rows(session, round_id))
    publication = Publication(round_id=round_id, number=number, created_by=current_user(session),
                              threshold=policy.threshold, content=json.dumps(content, ensure_ascii=False),
                              basis=json.dumps(basis), note=_held_note(held, number, policy.threshold))
    session.add(publication)
    session.flush()
    log_activity(session, "privacy.publish",
                 f"Publicatie {number} van ronde '{round_.name}' gemaakt (drempel {policy.threshold}"
                 f"{', ' + str(len(held)) + ' onderdelen niet bijgewerkt' if held else ''})",
                 round_.building_id, tier=Tier.PUBLIC, round_id=round_id, number=number, held=held)
    return _to_row(publication)


def latest_publication(session: Session, round_id: int) -> tuple[PublicationRow, PublicResults] | None:
    """The round's newest publication and its public results (quotes are added by the caller, live)."""
    rows = _rows(session, round_id)
    if not rows:
        return None
    content, _basis = _stored(rows[-1])
    return _to_row(rows[-1]), _decode(content["sections"], content, content["order"])


def with_quotes(public: PublicResults, quotes: tuple[str, ...]) -> PublicResults:
    """The publication's figures with the quotes that may be shown now (consent checked at this moment)."""
    texts = tuple(text.strip() for text in quotes if text and text.strip())
    notes = tuple(n for n in public.notes if n != QUOTES_NOTE) + (() if texts else (QUOTES_NOTE,))
    return replace(public, quotes=texts, notes=notes)


def forget_interviews(session: Session, interview_ids: list[int] | set[int]) -> int:
    """Before erasing interviews: turn their entries in every publication's basis into tombstones.

    The publications themselves stay as they were (they are public already); a tombstone counts as
    changed in every section, so no later publication can be subtracted from an earlier one to get the
    erased resident's answers back. Returns the number of publications touched.
    """
    wanted = {str(i) for i in interview_ids}
    if not wanted:
        return 0
    round_ids = set(session.scalars(select(Interview.round_id).where(Interview.id.in_(list(interview_ids)))))
    touched = 0
    for publication in session.scalars(select(Publication).where(Publication.round_id.in_(round_ids))):
        basis = json.loads(publication.basis or "{}")
        cohort = basis.get("cohort", {})
        found = wanted & cohort.keys()
        if not found:
            continue
        for key in found:
            del cohort[key]
            cohort[f"{TOMBSTONE}-{secrets.token_hex(6)}"] = {TOMBSTONE: "1"}
        publication.basis = json.dumps(basis)
        touched += 1
    session.flush()
    return touched
