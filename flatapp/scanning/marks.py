"""From the boxes of one question (or one door on a door list) to an answer, or to a question for a person.

The rules (the machine never guesses):
- a single choice takes the one MARKED box; no mark leaves the question unanswered; two marks go to review;
- a multiple choice takes the set of MARKED boxes;
- CANCELLED (a crossed-out mark) counts as empty;
- any UNCERTAIN box sends the question to review. The review shows the machine's lean (a box with at least
  ``LEAN_INK`` ink counts as marked in the proposal) and the person accepts it or corrects it;
- the "?" box (wil niet zeggen / weet niet) alone gives ``DONT_KNOW``; "?" beside an answer goes to review.
Pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from flatapp.domain.answers import DONT_KNOW
from flatapp.domain.questionnaire import Question, QuestionType
from flatapp.scanning.readings import BoxReading, MarkState

# An uncertain box with this much ink inside leans towards "marked" in the proposal shown to a person.
LEAN_INK = 0.12


@dataclass(frozen=True)
class Decision:
    """``sure`` True: ``answer`` is what the paper says (None = unanswered). Else ``proposal`` is the machine's
    lean for the person to accept (None = no answer proposed) and ``reason`` says why it asks."""

    sure: bool
    answer: object = None
    proposal: object = None
    reason: str = ""


def _value(text: str) -> object:
    return DONT_KNOW if text == DONT_KNOW else int(text)


def _values(texts: Iterable[str]) -> list:
    try:
        return [_value(text) for text in texts]
    except ValueError:
        return []


def multiple(question: Question) -> bool:
    return question.type is QuestionType.MULTIPLE


def shape(question: Question, values: list) -> object:
    """The stored answer for the ticked values: one value for a single choice, a sorted list for a multiple
    one (None for nothing ticked); "?" alone is DONT_KNOW."""
    if not values:
        return None
    if DONT_KNOW in values:
        return DONT_KNOW if len(values) == 1 else None
    if multiple(question):
        return sorted(set(values))
    return values[0] if len(values) == 1 else None


def decide(question: Question, boxes: list[BoxReading]) -> Decision:
    """What the boxes of ``question`` say."""
    marked = [b.value for b in boxes if b.state is MarkState.MARKED]
    uncertain = [b for b in boxes if b.state is MarkState.UNCERTAIN]
    if uncertain:
        leaning = marked + [b.value for b in uncertain if b.ink >= LEAN_INK]
        lean = _values(leaning)
        proposal = shape(question, lean)
        which = ", ".join(b.value for b in uncertain)
        return Decision(False, proposal=proposal, reason=f"onzeker vakje: {which}")
    values = _values(marked)
    if len(values) != len(marked):
        return Decision(False, reason="een vakje hoort niet bij deze vraag")
    if DONT_KNOW in values and len(values) > 1:
        return Decision(False, proposal=None, reason="'?' en een antwoord aangekruist")
    if not multiple(question) and len(values) > 1:
        return Decision(False, proposal=None, reason=f"{len(values)} vakjes aangekruist, er mag er één")
    return Decision(True, answer=shape(question, values))


def decide_door(boxes: list[BoxReading]) -> Decision:
    """One door on a door list: exactly one outcome code; nothing ticked is no visit."""
    marked = [b.value for b in boxes if b.state is MarkState.MARKED]
    uncertain = [b for b in boxes if b.state is MarkState.UNCERTAIN]
    if uncertain:
        leaning = marked + [b.value for b in uncertain if b.ink >= LEAN_INK]
        proposal = leaning[0] if len(leaning) == 1 else None
        return Decision(False, proposal=proposal,
                        reason=f"onzeker vakje: {', '.join(b.value for b in uncertain)}")
    if len(marked) > 1:
        return Decision(False, proposal=None, reason=f"{len(marked)} uitkomsten aangekruist, er mag er één")
    return Decision(True, answer=marked[0] if marked else None)
