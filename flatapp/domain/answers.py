"""Answers to a questionnaire: the encoding, the checks and parsing of what a typist types.

Encoding (shared with the entry form, the services and the export): ``answers`` is a dict
``{question code: value}``:

- single / yes_no / agreement → ``int`` option code
- multiple → sorted ``list[int]`` of option codes
- number → ``int``
- homes → ``list[str]`` of home codes of this block (``HomeRow.code``)
- short_text / long_text → ``str``
- any question but a text question → ``DONT_KNOW`` (``"?"``): the resident would not say or did not
  know, marked on purpose (a required question is then answered; it counts in no figure)

An unanswered question is absent (never ``None`` or ``""``). Pure: no database, no Qt.
Every message is Dutch and starts with the question code, so it can be shown at the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flatapp.domain.addresses import parse_house_number
from flatapp.domain.questionnaire import Question, Questionnaire, QuestionType

if TYPE_CHECKING:  # pragma: no cover - only for the type hints
    from flatapp.domain.rows import HomeRow

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 4000
SINGLE_TYPES = {QuestionType.SINGLE, QuestionType.YES_NO, QuestionType.AGREEMENT}
TEXT_TYPES = {QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT}
# "Wil niet zeggen / weet niet": typed as ? on the entry form and ticked as ? on the paper form.
DONT_KNOW = "?"
DONT_KNOW_LABEL = "wil niet zeggen / weet niet"
_CODE_SPLIT = re.compile(r"[\s,;]+")
_HOME_SPLIT = re.compile(r"[,;]+")


@dataclass(frozen=True)
class FieldError:
    """A problem with one answer; ``question`` is the question code ('' for the whole form)."""

    question: str
    message: str

    def __str__(self) -> str:
        return self.message


# --- small helpers ------------------------------------------------------------------------------

def decode_answers(text: str | None) -> dict:
    """The answers of an interview as stored (JSON); {} for an empty, damaged or non-object value."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def is_empty(value: object) -> bool:
    """True for what counts as 'not answered': None, '', whitespace, an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set)):
        return len(value) == 0
    return False


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def codes_label(codes: Iterable[int]) -> str:
    """'0–3' for a run of codes, '1, 2, 5' otherwise."""
    ordered = sorted(set(codes))
    if not ordered:
        return "geen"
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(code) for code in ordered)


def normalise_answers(questionnaire: Questionnaire, answers: Mapping[str, object]) -> dict[str, object]:
    """The canonical form to store: empty answers left out, text stripped, multiple codes sorted.

    Values of the wrong type are kept as they are (a draft may hold them; the checks report them).
    """
    known = {q.code: q for q in questionnaire.questions()}
    clean: dict[str, object] = {}
    for code, value in answers.items():
        if is_empty(value):
            continue
        question = known.get(code)
        if isinstance(value, str):
            value = value.strip()
        elif isinstance(value, (list, tuple, set)) and question is not None:
            items = list(value)
            if question.type is QuestionType.MULTIPLE and all(is_int(v) for v in items):
                value = sorted(set(items))
            elif question.type is QuestionType.HOMES and all(isinstance(v, str) for v in items):
                value = list(dict.fromkeys(v.strip() for v in items if v.strip()))
            else:
                value = items
        elif isinstance(value, (list, tuple, set)):
            value = list(value)
        clean[str(code)] = value
    return clean


# --- the checks ---------------------------------------------------------------------------------

def _given_label(source: Question | None, value: object) -> str:
    """How a skip-rule answer is shown: '0 (Geen (0 buren))'."""
    if source is None:
        return str(value)
    values = value if isinstance(value, list) else [value]
    parts = []
    for item in values:
        try:
            parts.append(f"{item} ({source.option_label(item)})")  # type: ignore[arg-type]
        except (KeyError, TypeError):
            parts.append(str(item))
    return ", ".join(parts)


def takes_dont_know(question: Question) -> bool:
    """Every question but a free text can be marked 'wil niet zeggen / weet niet'."""
    return question.type not in TEXT_TYPES


def is_dont_know(question: Question, value: object) -> bool:
    return value == DONT_KNOW and takes_dont_know(question)


def _check_value(question: Question, value: object, home_codes: set[str]) -> list[str]:
    """Dutch reasons why ``value`` is not a valid answer to ``question`` ([] when fine)."""
    code = question.code
    kind = question.type
    if is_dont_know(question, value):
        return []
    if kind in SINGLE_TYPES:
        valid = [option.code for option in question.effective_options()]
        if not is_int(value):
            return [f"{code}: '{value}' is geen antwoordcode (kies {codes_label(valid)})"]
        if value not in valid:
            return [f"{code}: code {value} bestaat niet (kies {codes_label(valid)})"]
        return []
    if kind is QuestionType.MULTIPLE:
        valid = [option.code for option in question.options]
        if not isinstance(value, list) or not all(is_int(v) for v in value):
            return [f"{code}: '{value}' zijn geen antwoordcodes (typ codes als 1 3 5; kies uit {codes_label(valid)})"]
        problems = [f"{code}: code {v} bestaat niet (kies {codes_label(valid)})" for v in value if v not in valid]
        if len(set(value)) != len(value):
            problems.append(f"{code}: een code staat er meer dan één keer in")
        return problems
    if kind is QuestionType.NUMBER:
        low, high = question.minimum, question.maximum
        if not is_int(value):
            return [f"{code}: '{value}' is geen heel getal"]
        if (low is not None and value < low) or (high is not None and value > high):
            return [f"{code}: {value} ligt buiten {low}–{high}"]
        return []
    if kind is QuestionType.HOMES:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return [f"{code}: '{value}' is geen lijst van woningen"]
        problems = [f"{code}: woning {v} hoort niet bij deze flat" for v in value if v not in home_codes]
        if len(set(value)) != len(value):
            problems.append(f"{code}: een woning staat er meer dan één keer in")
        return problems
    if kind in TEXT_TYPES:
        if not isinstance(value, str):
            return [f"{code}: het antwoord moet tekst zijn"]
        limit = SHORT_TEXT_MAX if kind is QuestionType.SHORT_TEXT else LONG_TEXT_MAX
        if len(value) > limit:
            return [f"{code}: de tekst is te lang ({len(value)} tekens, hoogstens {limit})"]
        if kind is QuestionType.SHORT_TEXT and ("\n" in value or "\r" in value):
            return [f"{code}: dit is een kort antwoord op één regel; er staat een hele alinea"]
        return []
    return [f"{code}: onbekend vraagtype {kind}"]  # pragma: no cover - validate() prevents this


def check_answers(questionnaire: Questionnaire, answers: Mapping[str, object],
                  home_codes: set[str]) -> list[FieldError]:
    """Everything that keeps these answers from being saved as a complete interview.

    ``home_codes`` holds the codes of this block's homes (at least those named in the answers).
    Errors come in questionnaire order; an empty list means the form can be completed.
    """
    errors: list[FieldError] = []
    questions = questionnaire.questions()
    by_code = {q.code: q for q in questions}
    given = {code: value for code, value in answers.items() if not is_empty(value)}
    if not given:
        errors.append(FieldError("", "Het formulier is leeg: er is nog geen enkele vraag ingevuld."))
    for code in given:
        if code not in by_code:
            errors.append(FieldError(code, f"{code}: deze vraag staat niet in de vragenlijst van deze ronde"))
    for question in questions:
        present = question.code in given
        if questionnaire.is_skipped(question, given):
            if present:
                rule = question.skip_if
                assert rule is not None
                shown = _given_label(by_code.get(rule.question), given.get(rule.question))
                if question.type is QuestionType.HOMES and isinstance(given[question.code], list):
                    count = len(given[question.code])  # type: ignore[arg-type]
                    what = "woning" if count == 1 else "woningen"
                    message = (f"{question.code}: {count} {what} genoemd, maar bij {rule.question} is "
                               f"{shown} gekozen; pas {rule.question} aan of wis {question.code}")
                else:
                    message = (f"{question.code}: deze vraag wordt overgeslagen omdat bij {rule.question} "
                               f"{shown} is gekozen; wis het antwoord of pas {rule.question} aan")
                errors.append(FieldError(question.code, message))
            continue
        if not present:
            if question.required:
                errors.append(FieldError(question.code, f"{question.code}: deze vraag is verplicht; typ het "
                                         f"antwoord, of ? voor '{DONT_KNOW_LABEL}'"))
            continue
        errors.extend(FieldError(question.code, m) for m in _check_value(question, given[question.code], home_codes))
    return errors


def open_required(questionnaire: Questionnaire, answers: Mapping[str, object]) -> list[Question]:
    """The required questions (not skipped) that have neither an answer nor a '?' mark."""
    given = {code: value for code, value in answers.items() if not is_empty(value)}
    return [q for q in questionnaire.questions()
            if q.required and q.code not in given and not questionnaire.is_skipped(q, given)]


# --- parsing what is typed -----------------------------------------------------------------------

def parse_codes(text: str) -> list[int]:
    """Typed option codes '1 3 5', '1,3,5', '1; 3' → sorted unique [1, 3, 5].

    Raises ``ValueError`` with a Dutch reason for a token that is not a whole number.
    """
    codes: set[int] = set()
    for token in _CODE_SPLIT.split((text or "").strip()):
        if not token:
            continue
        if not token.isdigit():
            raise ValueError(f"'{token}' is geen antwoordcode (typ cijfers, bijvoorbeeld 1 3 5)")
        codes.add(int(token))
    return sorted(codes)


def _tokens(text: str) -> list[str]:
    """'12, 14 31-2; 12 A' → ['12', '14', '31-2', '12 A']: a lone letter belongs to the number before."""
    tokens: list[str] = []
    for part in _HOME_SPLIT.split(text or ""):
        for position, word in enumerate(part.split()):
            if position and re.fullmatch(r"[A-Za-z]", word) and re.fullmatch(r"\d+", tokens[-1]):
                tokens[-1] = f"{tokens[-1]} {word}"
            else:
                tokens.append(word)
    return tokens


def home_lookup(homes: Sequence[HomeRow]) -> dict[str, str | None]:
    """Upper-case home code and house number label → home code (None when a label is ambiguous)."""
    lookup: dict[str, str | None] = {}
    for home in homes:
        label = home.number_label.upper()
        if label in lookup and lookup[label] != home.code:
            lookup[label] = None
        else:
            lookup.setdefault(label, home.code)
    for home in homes:
        lookup[home.code.upper()] = home.code
    return lookup


def parse_home_list(text: str, homes: Sequence[HomeRow],
                    lookup: Mapping[str, str | None] | None = None) -> tuple[list[str], list[str]]:
    """House numbers or home codes as typed ('12, 14, 31-2', '12 14', '12A; 31-2', 'VF-012')
    → (home codes of this block in the order typed, without repeats; Dutch errors for the rest).

    ``lookup`` (from ``home_lookup``) may be passed in to parse many cells of one block quickly.
    """
    table = lookup if lookup is not None else home_lookup(homes)
    codes: list[str] = []
    errors: list[str] = []
    for token in _tokens(text):
        key = token.upper()
        if key not in table:
            try:
                key = parse_house_number(token).label().upper()
            except ValueError:
                errors.append(f"'{token}' is geen huisnummer of woningcode")
                continue
        if key not in table:
            errors.append(f"{token} is geen woning in deze flat")
            continue
        code = table[key]
        if code is None:
            errors.append(f"{token} komt meer dan één keer voor in deze flat (ander adres); typ de woningcode")
            continue
        if code not in codes:
            codes.append(code)
    return codes, errors
