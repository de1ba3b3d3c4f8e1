"""Answers as a resident reads them: the option's label, not its code; named homes as addresses."""

from __future__ import annotations

from collections.abc import Mapping

from flatapp.domain.addresses import format_address
from flatapp.domain.answers import DONT_KNOW, DONT_KNOW_LABEL
from flatapp.domain.questionnaire import Question, QuestionType
from flatapp.storage.models import Home


def home_address(home: Home) -> str:
    return format_address(home.street, home.house_number, home.house_letter or "", home.addition or "")


def _option(question: Question, value: object) -> str:
    try:
        return question.option_label(value)  # type: ignore[arg-type]
    except (KeyError, TypeError):
        return str(value)


def answer_label(question: Question | None, value: object, addresses: Mapping[str, str] | None = None) -> str:
    """'Mee eens', 'Boodschappen, Klusjes', 'Eikenlaan 12, Eikenlaan 14', the text itself; '' for none."""
    if value is None or value == "" or value == []:
        return ""
    if value == DONT_KNOW:
        return DONT_KNOW_LABEL
    if question is None:
        return ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    kind = question.type
    if kind is QuestionType.HOMES and isinstance(value, list):
        addresses = addresses or {}
        return ", ".join(addresses.get(str(code), str(code)) for code in value)
    if kind is QuestionType.MULTIPLE and isinstance(value, list):
        return ", ".join(_option(question, item) for item in value)
    if kind in (QuestionType.SINGLE, QuestionType.YES_NO, QuestionType.AGREEMENT):
        return _option(question, value)
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)
