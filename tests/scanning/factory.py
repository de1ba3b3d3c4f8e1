"""Readings made by hand, as the reader would hand them over: until the reader is merged, the intake and the
review are tested on these (``PageReading`` is the contract between the two)."""

from __future__ import annotations

import hashlib

from flatapp.domain.answers import DONT_KNOW, takes_dont_know
from flatapp.domain.questionnaire import CHOICE_TYPES, QuestionType
from flatapp.scanning.readings import BoxReading, FieldCrop, MarkState, PageId, PageKind, PageReading

# The typical 'Kennen en helpen' form (the one the entry keystroke test types).
TYPICAL = {"KN1": 2, "KN3": 1, "KN4": 1, "KN5": 2, "HP1": 1, "HP2": [1, 2], "HP4": 2, "WO2": [6], "ON1": [3],
           "ON2": [6], "SC1": 2, "SC2": 1, "SC3": 2, "SC4": 3, "SC5": 2, "CT1": 2, "PR1": 4, "PR2": 1}
PAGES = 4
PNG = b"\x89PNG crop"


def _ticked(value) -> set[str]:
    if value is None:
        return set()
    values = value if isinstance(value, list) else [value]
    return {str(v) for v in values}


def form_readings(questionnaire, round_id: int, version_id: int, home_code: str, answers: dict, *,
                  uncertain: dict[str, tuple[str, float]] | None = None, handwritten: dict[str, str] | None = None,
                  cancelled: dict[str, str] | None = None, first_index: int = 0, source: str = "stapel.pdf",
                  salt: str = "") -> list[PageReading]:
    """The pages of one home's form as read: every box of every choice question (MARKED where ``answers``
    ticks it), ``uncertain`` {code: (value, ink)} boxes, ``cancelled`` {code: value} crossed-out marks, and a
    crop per text/homes question (with ink where ``handwritten`` has text)."""
    uncertain, handwritten, cancelled = uncertain or {}, handwritten or {}, cancelled or {}
    questions = questionnaire.questions()
    per_page = -(-len(questions) // PAGES)
    pages = []
    for number in range(1, PAGES + 1):
        boxes, fields = [], []
        for question in questions[(number - 1) * per_page:number * per_page]:
            if question.type in CHOICE_TYPES:
                values = [str(o.code) for o in question.effective_options()]
                if takes_dont_know(question):
                    values.append(DONT_KNOW)
                ticked = _ticked(answers.get(question.code))
                for value in values:
                    state, ink = (MarkState.MARKED, 0.4) if value in ticked else (MarkState.EMPTY, 0.01)
                    if uncertain.get(question.code, ("", 0))[0] == value:
                        state, ink = MarkState.UNCERTAIN, uncertain[question.code][1]
                    if cancelled.get(question.code) == value:
                        state, ink = MarkState.CANCELLED, 0.7
                    crop = PNG if state is MarkState.UNCERTAIN else None
                    boxes.append(BoxReading(question.code, value, state, ink, crop))
            elif question.type in (QuestionType.HOMES, QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT,
                                   QuestionType.NUMBER):
                text = handwritten.get(question.code, "")
                fields.append(FieldCrop(question.code, question.text[:40], PNG + text.encode(), bool(text)))
        page_id = PageId(PageKind.FORM, round_id, home_code, version_id, number)
        digest = hashlib.sha1(f"{page_id.encode()}{answers}{uncertain}{salt}".encode()).hexdigest()
        pages.append(PageReading(f"{source} p. {first_index + number}", first_index + number - 1, page_id,
                                 boxes=boxes, fields=fields, image_png=b"\x89PNG page " + page_id.encode().encode(),
                                 fingerprint=digest))
    return pages


def door_reading(round_id: int, subject: str, ticks: dict[str, list[tuple[str, MarkState, float]]],
                 index: int = 0, source: str = "deurlijst.pdf") -> PageReading:
    """A door list page: per home code its outcome boxes as (value, state, ink)."""
    boxes = [BoxReading(code, value, state, ink, PNG if state is MarkState.UNCERTAIN else None)
             for code, marks in ticks.items() for value, state, ink in marks]
    page_id = PageId(PageKind.DOORS, round_id, subject, 0, 1)
    return PageReading(f"{source} p. {index + 1}", index, page_id, boxes=boxes, image_png=b"\x89PNG doors",
                       fingerprint=hashlib.sha1(f"{subject}{ticks}".encode()).hexdigest())


def unreadable(index: int, why: str | None = "te donker") -> PageReading:
    return PageReading(f"stapel.pdf p. {index + 1}", index, None, problem=why, image_png=b"\x89PNG dark",
                       fingerprint=f"dark{index}")


def blank(index: int) -> PageReading:
    return PageReading(f"stapel.pdf p. {index + 1}", index, None, blank=True, fingerprint=f"blank{index}")
