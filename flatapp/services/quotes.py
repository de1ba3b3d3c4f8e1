"""Residents' stories on the way to a poster: consent from the resident, approval from the coordinator.

A story (VH1) is a candidate when its interview is complete and the resident's consent to show it
anonymously stands (flatapp.services.consent: VH2 on the form, or recorded by hand, not withdrawn). The coordinator approves it, usually after editing out names, house numbers and
other details that point at one home, or rejects it. Only approved texts are public
(``approved_quotes``). A decision is bound to the story as it was typed: when the answer is corrected
afterwards, or consent is withdrawn, the old approval no longer counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.answers import decode_answers
from flatapp.domain.template_codes import STORY as STORY_CODE
from flatapp.services.activity import current_user, log_activity
from flatapp.services.consent import consenting, has_consent
from flatapp.services.errors import UserError
from flatapp.services.versioned import (
    ConflictData,
    VersionConflict,
    claim_version,
    conflict_message,
    differences_of,
    shown,
)
from flatapp.storage.base import utc_now
from flatapp.storage.interview_models import COMPLETE, Interview
from flatapp.storage.privacy_models import STORY
from flatapp.storage.quote_models import QuoteApproval
from flatapp.storage.round_models import Round

MAX_QUOTE_LENGTH = 400
APPROVED, REJECTED = "approved", "rejected"
# What the coordinator sees; 'changed': the story was corrected after the decision.
STATUS_LABELS = {"new": "nog beoordelen", APPROVED: "goedgekeurd", REJECTED: "afgewezen",
                 "changed": "gewijzigd na beoordeling"}


@dataclass(frozen=True)
class QuoteRow:
    """A candidate quote. Deliberately without home or name: the screen needs neither."""

    interview_id: int
    source_text: str           # the story as typed from the paper form
    public_text: str           # as approved (or the source text while undecided)
    status: str                # key of STATUS_LABELS
    decided_by: str
    decided_at: datetime | None
    version: int = 0            # the decision's version (0: no decision yet); a new decision is based on it

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _story(answers_json: str) -> str:
    text = decode_answers(answers_json).get(STORY_CODE)
    return text.strip() if isinstance(text, str) else ""


def _candidates(session: Session, round_id: int) -> list[tuple[Interview, str]]:
    if session.get(Round, round_id) is None:
        raise UserError(f"Ronde {round_id} bestaat niet.")
    interviews = session.scalars(select(Interview).where(Interview.round_id == round_id,
                                                         Interview.status == COMPLETE)
                                 .order_by(Interview.id))
    allowed = consenting(session, round_id, STORY)
    found = []
    for interview in interviews:
        text = _story(interview.answers)
        if text and (interview.home_id, interview.respondent) in allowed:
            found.append((interview, text))
    return found


def _decisions(session: Session, interview_ids: list[int]) -> dict[int, QuoteApproval]:
    if not interview_ids:
        return {}
    rows = session.scalars(select(QuoteApproval).where(QuoteApproval.interview_id.in_(interview_ids)))
    return {row.interview_id: row for row in rows}


def list_quotes(session: Session, round_id: int) -> list[QuoteRow]:
    """Every story with consent in the round, with the coordinator's decision on it."""
    candidates = _candidates(session, round_id)
    decisions = _decisions(session, [interview.id for interview, _ in candidates])
    rows = []
    for interview, text in candidates:
        decision = decisions.get(interview.id)
        if decision is None:
            rows.append(QuoteRow(interview.id, text, text, "new", "", None))
        elif decision.source_text != text:
            rows.append(QuoteRow(interview.id, text, decision.public_text, "changed",
                                 decision.decided_by, decision.decided_at, decision.version))
        else:
            rows.append(QuoteRow(interview.id, text, decision.public_text, decision.status,
                                 decision.decided_by, decision.decided_at, decision.version))
    return rows


def approved_quotes(session: Session, round_id: int) -> tuple[str, ...]:
    """The texts that may be shown: consent now, approved for the story as it reads now."""
    return tuple(row.public_text for row in list_quotes(session, round_id) if row.status == APPROVED)


def _candidate(session: Session, interview_id: int) -> tuple[Interview, str]:
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise UserError(f"Gesprek {interview_id} bestaat niet.")
    text = _story(interview.answers)
    consent = has_consent(session, interview.round_id, interview.home_id, STORY, interview.respondent)
    if interview.status != COMPLETE:
        raise UserError("Dit gesprek is nog niet afgerond; rond het formulier eerst af.")
    if not text:
        raise UserError("In dit gesprek staat geen verhaal (vraag VH1).")
    if not consent:
        raise UserError("De bewoner gaf geen toestemming om dit verhaal te laten zien (vraag VH2), of trok "
                        "die in; het kan niet worden goedgekeurd.")
    return interview, text


QUOTE_LABELS = {"status": "het besluit", "public_text": "de tekst"}


def _quote_shown(field: str, value: object) -> str:
    return STATUS_LABELS.get(str(value), str(value)) if field == "status" else shown(value)


def _decide(session: Session, interview_id: int, status: str, public_text: str, version: int) -> QuoteRow:
    """``version`` is the decision's version the screen showed; 0 when it showed no decision."""
    interview, source = _candidate(session, interview_id)
    decision = session.scalar(select(QuoteApproval).where(QuoteApproval.interview_id == interview_id))
    what = f"Het besluit over het citaat van gesprek {interview_id}"
    wanted = {"status": status, "public_text": public_text}
    if decision is None and version:
        data = ConflictData("quote_approval", None, what, version, None)
        raise VersionConflict(conflict_message(data), data)
    if decision is None:
        decision = QuoteApproval(interview_id=interview_id)
        session.add(decision)
    elif not version:                       # decided by someone else after the screen showed none
        data = ConflictData("quote_approval", decision.id, what, 0, decision.version,
                            differences_of({"status": decision.status, "public_text": decision.public_text},
                                           wanted, QUOTE_LABELS, _quote_shown),
                            decision.changed_by or decision.decided_by, decision.decided_at)
        raise VersionConflict(conflict_message(data), data)
    else:
        claim_version(session, QuoteApproval, decision.id, version, what, QUOTE_LABELS, wanted,
                      show=_quote_shown)
        session.refresh(decision)
    decision.source_text = source
    decision.public_text = public_text
    decision.status = status
    decision.decided_by = current_user(session)
    decision.decided_at = utc_now()
    session.flush()
    log_activity(session, "citaat", f"Citaat {STATUS_LABELS[status]} (ronde {interview.round_id})")
    return QuoteRow(interview_id, source, public_text, status, decision.decided_by, decision.decided_at,
                    decision.version)


def one_paragraph(text: str) -> str:
    """A quote as it is stored and printed: one paragraph with single spaces."""
    return re.sub(r"\s+", " ", text or "").strip()


def clean_quote(text: str) -> str:
    """One paragraph, single spaces; the limit keeps a quote readable on a poster."""
    cleaned = one_paragraph(text)
    if not cleaned:
        raise UserError("De tekst van het citaat is leeg; schrijf de tekst of wijs het citaat af.")
    if len(cleaned) > MAX_QUOTE_LENGTH:
        raise UserError(f"Het citaat is {len(cleaned)} tekens; maak het korter dan {MAX_QUOTE_LENGTH} "
                        "tekens zodat het op een poster leesbaar blijft.")
    return cleaned


def approve_quote(session: Session, interview_id: int, public_text: str, version: int = 0) -> QuoteRow:
    """Approve the story for public use as ``public_text`` (the coordinator's edited version), based on
    the decision's ``version`` the screen showed (0: none yet); refused when someone decided meanwhile."""
    return _decide(session, interview_id, APPROVED, clean_quote(public_text), version)


def reject_quote(session: Session, interview_id: int, version: int = 0) -> QuoteRow:
    return _decide(session, interview_id, REJECTED, "", version)


def identifying_hints(text: str) -> list[str]:
    """Dutch warnings for things in a quote that may point at one home or person (a check, not a filter)."""
    hints = []
    if re.search(r"\d", text):
        hints.append("Er staat een getal in: is het geen huisnummer, verdieping of telefoonnummer?")
    if re.search(r"@|\bwww\.", text):
        hints.append("Er staat een e-mail- of webadres in.")
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zà-ÿ]+", text.strip())
    if words:
        hints.append(f"Er staan woorden met een hoofdletter in ({', '.join(dict.fromkeys(words))}): "
                     "zijn dat namen?")
    return hints
