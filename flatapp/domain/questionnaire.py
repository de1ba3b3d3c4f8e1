"""A questionnaire is data: sections of questions with short codes, numeric answer codes and skip rules.

The same definition drives the printed paper form, the entry form and the analysis,
so the order and the codes are the same everywhere. Stored as JSON in a frozen version.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum


class QuestionType(StrEnum):
    SINGLE = "single"          # one option (circle one code)
    MULTIPLE = "multiple"      # several options (tick all that apply)
    YES_NO = "yes_no"          # 1 = ja, 2 = nee
    NUMBER = "number"          # whole number within min..max
    AGREEMENT = "agreement"    # 5-point scale, 1 = helemaal mee eens … 5 = helemaal mee oneens
    HOMES = "homes"            # house numbers of homes in this block ("which neighbours")
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"


CHOICE_TYPES = {QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.YES_NO, QuestionType.AGREEMENT}

YES_NO_OPTIONS = ((1, "Ja"), (2, "Nee"))
AGREEMENT_OPTIONS = (
    (1, "Helemaal mee eens"),
    (2, "Mee eens"),
    (3, "Niet eens, niet oneens"),
    (4, "Mee oneens"),
    (5, "Helemaal mee oneens"),
)

_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,23}$")


class QuestionnaireError(ValueError):
    """The definition is not usable; the message is Dutch and names the question.

    Where known, the error also says where, so an editor can put the message at the field:
    ``question_index`` (position in ``Questionnaire.questions()``), ``section_index`` and
    ``field`` ("code", "text", "options", "range", "skip_if", "section_code").
    """

    def __init__(self, message: str, *, question_index: int | None = None,
                 section_index: int | None = None, field: str = "") -> None:
        super().__init__(message)
        self.question_index = question_index
        self.section_index = section_index
        self.field = field


@dataclass(frozen=True)
class Option:
    code: int
    label: str


@dataclass(frozen=True)
class SkipRule:
    """Skip this question when the answer to ``question`` is one of ``answers`` (option codes)."""

    question: str
    answers: tuple[int, ...]


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    type: QuestionType
    options: tuple[Option, ...] = ()
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None
    skip_if: SkipRule | None = None
    # Printed under the question in small type (e.g. "Meerdere antwoorden mogelijk").
    help: str = ""
    # Consent questions print their whole text and are never shown publicly.
    consent: bool = False
    # Answers that identify a person (name, phone): printed and stored only with consent.
    personal: bool = False
    # For an agreement item whose wording is negative (CBS cohesion "kennen elkaar nauwelijks").
    reversed: bool = False
    # Sensitive for the neighbours (nuisance about named things, contact wishes): a public output
    # never shows 0% or 100% for it (flatapp.disclosure.rules).
    sensitive: bool = False

    def __post_init__(self) -> None:
        # A type that went through a str (JSON, a Qt item's data) becomes the enum again,
        # so the ``is QuestionType.X`` checks everywhere hold.
        if not isinstance(self.type, QuestionType):
            object.__setattr__(self, "type", QuestionType(self.type))

    def effective_options(self) -> tuple[Option, ...]:
        """The codes the volunteer circles: fixed for yes/no and the agreement scale."""
        if self.type is QuestionType.YES_NO:
            return tuple(Option(c, label) for c, label in YES_NO_OPTIONS)
        if self.type is QuestionType.AGREEMENT:
            return tuple(Option(c, label) for c, label in AGREEMENT_OPTIONS)
        return self.options

    def option_label(self, code: int) -> str:
        for option in self.effective_options():
            if option.code == code:
                return option.label
        raise KeyError(code)


@dataclass(frozen=True)
class Section:
    code: str
    title: str
    questions: tuple[Question, ...]
    # Optional blocks (the CBS cohesion statements) can be left out of a round.
    optional: bool = False


@dataclass(frozen=True)
class Questionnaire:
    title: str
    intro: str
    sections: tuple[Section, ...]
    closing: str = ""

    def questions(self) -> list[Question]:
        """All questions in printed order (the order of the entry form too)."""
        return [q for section in self.sections for q in section.questions]

    def question(self, code: str) -> Question:
        for question in self.questions():
            if question.code == code:
                return question
        raise KeyError(code)

    def is_skipped(self, question: Question, answers: dict[str, object]) -> bool:
        rule = question.skip_if
        if rule is None:
            return False
        given = answers.get(rule.question)
        if isinstance(given, (list, tuple, set)):
            return any(value in rule.answers for value in given)
        return given in rule.answers


def validate(questionnaire: Questionnaire) -> None:
    """Raise QuestionnaireError (Dutch) for a definition that cannot be printed or entered."""
    questions = questionnaire.questions()
    if not questions:
        raise QuestionnaireError("De vragenlijst heeft geen vragen.")
    section_codes: dict[str, int] = {}
    for s_index, section in enumerate(questionnaire.sections):
        # A round names the optional blocks it asks by code (comma-separated), so those codes matter.
        where = f"onderdeel {section.title or s_index + 1}"
        if section.optional and not _CODE.match(section.code):
            raise QuestionnaireError(
                f"{where}: een optioneel onderdeel heeft een code nodig die met een letter begint "
                "en alleen letters, cijfers en _ bevat.", section_index=s_index, field="section_code")
        if section.code and section.code in section_codes:
            raise QuestionnaireError(f"De onderdeelcode {section.code} komt twee keer voor.",
                                     section_index=s_index, field="section_code")
        section_codes[section.code] = s_index
    seen: dict[str, int] = {}
    for index, question in enumerate(questions):
        where = f"vraag {question.code or index + 1}"

        def error(message: str, field: str) -> QuestionnaireError:
            return QuestionnaireError(message, question_index=index, field=field)

        if not _CODE.match(question.code):
            raise error(
                f"{where}: de code moet met een letter beginnen en mag alleen letters, cijfers en _ bevatten "
                "(hoogstens 24 tekens).", "code"
            )
        if question.code in seen:
            raise error(f"De code {question.code} komt twee keer voor.", "code")
        seen[question.code] = index
        if not question.text.strip():
            raise error(f"{where}: de vraagtekst is leeg.", "text")
        if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            codes = [option.code for option in question.options]
            if len(codes) < 2:
                raise error(f"{where}: geef minstens twee antwoorden.", "options")
            if len(set(codes)) != len(codes):
                raise error(f"{where}: twee antwoorden hebben dezelfde code.", "options")
            if any(code < 0 or code > 99 for code in codes):
                raise error(f"{where}: antwoordcodes moeten tussen 0 en 99 liggen.", "options")
            if any(not option.label.strip() for option in question.options):
                raise error(f"{where}: een antwoord heeft geen tekst.", "options")
        if question.type is QuestionType.NUMBER:
            if question.minimum is None or question.maximum is None or question.minimum > question.maximum:
                raise error(f"{where}: geef een geldig bereik (van … tot …).", "range")
        rule = question.skip_if
        if rule is not None:
            if rule.question not in seen or seen[rule.question] >= index:
                raise error(
                    f"{where}: de sla-over-regel verwijst naar vraag {rule.question}, "
                    "die niet vóór deze vraag staat.", "skip_if"
                )
            source = questions[seen[rule.question]]
            valid = {option.code for option in source.effective_options()}
            if source.type is QuestionType.NUMBER:
                valid = set(range(source.minimum or 0, (source.maximum or 0) + 1))
            unknown = [code for code in rule.answers if code not in valid]
            if not rule.answers or unknown:
                raise error(
                    f"{where}: de sla-over-regel noemt antwoordcode(s) {unknown or '—'} "
                    f"die vraag {rule.question} niet heeft.", "skip_if"
                )


# --- JSON ---------------------------------------------------------------------------------

def to_dict(questionnaire: Questionnaire) -> dict:
    def question_dict(q: Question) -> dict:
        data: dict[str, object] = {"code": q.code, "text": q.text, "type": q.type.value}
        if q.options:
            data["options"] = [{"code": o.code, "label": o.label} for o in q.options]
        for name in ("required", "consent", "personal", "reversed", "sensitive"):
            if getattr(q, name):
                data[name] = True
        if q.minimum is not None:
            data["minimum"] = q.minimum
        if q.maximum is not None:
            data["maximum"] = q.maximum
        if q.skip_if:
            data["skip_if"] = {"question": q.skip_if.question, "answers": list(q.skip_if.answers)}
        if q.help:
            data["help"] = q.help
        return data

    return {
        "title": questionnaire.title,
        "intro": questionnaire.intro,
        "closing": questionnaire.closing,
        "sections": [
            {"code": s.code, "title": s.title, "optional": s.optional,
             "questions": [question_dict(q) for q in s.questions]}
            for s in questionnaire.sections
        ],
    }


def from_dict(data: dict) -> Questionnaire:
    """Build from JSON data; raises QuestionnaireError (Dutch) on a malformed definition."""
    try:
        sections = []
        for s in data["sections"]:
            questions = []
            for q in s["questions"]:
                try:
                    kind = QuestionType(q["type"])
                except ValueError:
                    raise QuestionnaireError(f"vraag {q.get('code')}: onbekend vraagtype '{q['type']}'") from None
                rule = q.get("skip_if")
                questions.append(Question(
                    code=str(q["code"]), text=str(q["text"]), type=kind,
                    options=tuple(Option(int(o["code"]), str(o["label"])) for o in q.get("options", ())),
                    required=bool(q.get("required", False)),
                    minimum=_optional_int(q.get("minimum")), maximum=_optional_int(q.get("maximum")),
                    skip_if=SkipRule(str(rule["question"]), tuple(int(a) for a in rule["answers"])) if rule else None,
                    help=str(q.get("help", "")), consent=bool(q.get("consent", False)),
                    personal=bool(q.get("personal", False)), reversed=bool(q.get("reversed", False)),
                    sensitive=bool(q.get("sensitive", False)),
                ))
            sections.append(Section(str(s["code"]), str(s["title"]), tuple(questions), bool(s.get("optional", False))))
        return Questionnaire(str(data["title"]), str(data.get("intro", "")), tuple(sections),
                             str(data.get("closing", "")))
    except QuestionnaireError:
        raise
    except (KeyError, TypeError, ValueError) as error:
        raise QuestionnaireError(f"De vragenlijst is onvolledig of beschadigd ({error}).") from None


def _optional_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[arg-type]


def without_optional_sections(questionnaire: Questionnaire, keep: set[str] = frozenset()) -> Questionnaire:
    """Leave out optional blocks (e.g. the CBS statements) unless their code is in ``keep``."""
    sections = tuple(s for s in questionnaire.sections if not s.optional or s.code in keep)
    return Questionnaire(questionnaire.title, questionnaire.intro, sections, questionnaire.closing)


def kept_sections(text: str | None) -> set[str]:
    """The optional sections a round asks, from its stored comma-separated list ('cbs,extra')."""
    return {code.strip() for code in (text or "").split(",") if code.strip()}


def parse_round_questionnaire(definition: str, sections: str | None) -> Questionnaire:
    """A round's questionnaire from its stored JSON definition, with only the optional sections it asks.
    Raises ValueError (QuestionnaireError, JSON errors) or TypeError on a damaged definition."""
    return without_optional_sections(from_dict(json.loads(definition)), kept_sections(sections))
