"""The editor's working copy of a questionnaire (plain data) and the kinds of question it offers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from flatapp.domain.questionnaire import (
    AGREEMENT_OPTIONS,
    YES_NO_OPTIONS,
    Option,
    Question,
    Questionnaire,
    QuestionnaireError,
    QuestionType,
    Section,
    SkipRule,
)

# What the coordinator reads in the "Soort" list: Dutch source texts marked for pyside6-lupdate,
# translated where they are shown (QCoreApplication.translate("QuestionnaireEditorDialog", label)).
TYPE_LABELS: dict[QuestionType, str] = {
    QuestionType.SINGLE: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Eén antwoord kiezen"),
    QuestionType.MULTIPLE: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Meerdere antwoorden kiezen"),
    QuestionType.YES_NO: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Ja / nee"),
    QuestionType.NUMBER: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Getal"),
    QuestionType.AGREEMENT: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Eens / oneens (5 punten)"),
    QuestionType.HOMES: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Woningen in deze flat (huisnummers)"),
    QuestionType.SHORT_TEXT: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Korte tekst"),
    QuestionType.LONG_TEXT: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Lange tekst"),
}
FREE_OPTIONS = {QuestionType.SINGLE, QuestionType.MULTIPLE}
FIXED_OPTIONS = {QuestionType.YES_NO: YES_NO_OPTIONS, QuestionType.AGREEMENT: AGREEMENT_OPTIONS}
# The questions whose answers a public output shows as percentages: only these can be marked sensitive.
SENSITIVE_TYPES = {QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.YES_NO}
DEFAULT_RANGE = (0, 20)


# --- the working copy ------------------------------------------------------------------------

@dataclass
class OptionDraft:
    code: int
    label: str


@dataclass
class QuestionDraft:
    code: str
    text: str
    type: QuestionType
    options: list[OptionDraft] = field(default_factory=list)
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None
    skip_question: str = ""        # '' = never skipped
    skip_answers: str = ""         # as typed: "0" or "1, 2"
    help: str = ""
    consent: bool = False
    personal: bool = False
    reversed: bool = False
    sensitive: bool = False

    @classmethod
    def from_question(cls, q: Question) -> QuestionDraft:
        return cls(
            code=q.code, text=q.text, type=q.type, options=[OptionDraft(o.code, o.label) for o in q.options],
            required=q.required, minimum=q.minimum, maximum=q.maximum,
            skip_question=q.skip_if.question if q.skip_if else "",
            skip_answers=", ".join(str(a) for a in q.skip_if.answers) if q.skip_if else "",
            help=q.help, consent=q.consent, personal=q.personal, reversed=q.reversed, sensitive=q.sensitive,
        )

    def build(self, index: int) -> Question:
        """The domain question; ``index`` (position in the questionnaire) for error locations."""
        rule = None
        if self.skip_question:
            answers = parse_codes(self.skip_answers)
            if answers is None:
                raise QuestionnaireError(
                    QCoreApplication.translate("QuestionnaireEditorDialog", "vraag {code}: bij ‘Sla over als’ staan alleen antwoordcodes (getallen), "
                        "gescheiden door komma’s.").format(code=self.code.strip() or index + 1),
                    question_index=index, field="skip_answers")
            if not answers:
                raise QuestionnaireError(
                    QCoreApplication.translate("QuestionnaireEditorDialog", "vraag {code}: geef bij ‘Sla over als’ de antwoordcode(s) van vraag {source}.").format(
                        code=self.code.strip() or index + 1, source=self.skip_question),
                    question_index=index, field="skip_answers")
            rule = SkipRule(self.skip_question, answers)
        number = self.type is QuestionType.NUMBER
        return Question(
            code=self.code.strip(), text=self.text.strip(), type=self.type,
            options=tuple(Option(o.code, o.label.strip()) for o in self.options) if self.type in FREE_OPTIONS else (),
            required=self.required,
            minimum=self.minimum if number else None, maximum=self.maximum if number else None,
            skip_if=rule, help=self.help.strip(), consent=self.consent, personal=self.personal,
            reversed=self.reversed, sensitive=self.sensitive,
        )

    def effective_options(self) -> list[tuple[int, str]]:
        if self.type in FIXED_OPTIONS:
            return list(FIXED_OPTIONS[self.type])      # questionnaire data (Dutch on paper), not UI text
        if self.type in FREE_OPTIONS:
            return [(o.code, o.label) for o in self.options]
        return []


@dataclass
class SectionDraft:
    code: str
    title: str
    optional: bool = False
    questions: list[QuestionDraft] = field(default_factory=list)


@dataclass
class Draft:
    title: str
    intro: str
    closing: str
    sections: list[SectionDraft]

    @classmethod
    def from_questionnaire(cls, q: Questionnaire) -> Draft:
        return cls(q.title, q.intro, q.closing, [
            SectionDraft(s.code, s.title, s.optional, [QuestionDraft.from_question(x) for x in s.questions])
            for s in q.sections
        ])

    def questions(self) -> list[QuestionDraft]:
        return [q for s in self.sections for q in s.questions]

    def locate(self, flat_index: int) -> tuple[int, int] | None:
        """(section, question) of the n-th question in printed order."""
        n = 0
        for s, section in enumerate(self.sections):
            if flat_index < n + len(section.questions):
                return s, flat_index - n
            n += len(section.questions)
        return None

    def build(self) -> Questionnaire:
        sections, index = [], 0
        for s in self.sections:
            questions = []
            for q in s.questions:
                questions.append(q.build(index))
                index += 1
            sections.append(Section(s.code.strip(), s.title.strip(), tuple(questions), s.optional))
        return Questionnaire(self.title.strip(), self.intro.strip(), tuple(sections), self.closing.strip())


def parse_codes(text: str) -> tuple[int, ...] | None:
    """'0' → (0,); '1, 2' / '1 2' / '1 of 2' → (1, 2); None when something is not a number."""
    parts = [p for p in re.split(r"[\s,;/]+|\bof\b", text.strip()) if p]
    try:
        values = [int(p) for p in parts]
    except ValueError:
        return None
    return tuple(dict.fromkeys(values))


def _one_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _code_prefix(code: str) -> str:
    match = re.match(r"^([A-Za-z_]+)", code)
    return match.group(1) if match else "V"
