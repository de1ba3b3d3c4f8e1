"""Shared look-ups: a home by its printed code, a round's questionnaire read leniently, texts in answers."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain.questionnaire import Questionnaire, QuestionType, parse_round_questionnaire
from flatapp.services.buildings import get_building
from flatapp.services.errors import UserError
from flatapp.storage.models import Home
from flatapp.storage.round_models import Round


def find_home(session: Session, building_name: str, code: str) -> Home:
    """The home with printed code ``code`` (case does not matter) in the block ``building_name``."""
    building = get_building(session, building_name)
    clean = (code or "").strip()
    home = session.scalar(select(Home).where(Home.building_id == building.id,
                                             func.upper(Home.code) == clean.upper()))
    if home is None:
        raise UserError(f"Flat '{building.name}' heeft geen woning met code '{clean}'. De code staat op de "
                        "deurlijst en het formulier (bijvoorbeeld VF-012); 'flatapp homes --building …' "
                        "toont alle codes.")
    return home


def get_home(session: Session, home_id: int) -> Home:
    home = session.get(Home, home_id)
    if home is None:
        raise UserError("Deze woning bestaat niet (meer).")
    return home


def rounds_of_building(session: Session, building_id: int) -> list[Round]:
    """The block's rounds, oldest first."""
    return list(session.scalars(select(Round).where(Round.building_id == building_id).order_by(Round.id)))


def round_questionnaire(round_: Round) -> Questionnaire | None:
    """The round's questionnaire, or None when it has none or its definition cannot be read."""
    version = round_.questionnaire_version
    if version is None or not version.definition:
        return None
    try:
        return parse_round_questionnaire(version.definition, round_.optional_sections)
    except (ValueError, TypeError):
        return None


def codes_of_type(questionnaire: Questionnaire | None, *types: QuestionType) -> set[str]:
    if questionnaire is None:
        return set()
    return {q.code for q in questionnaire.questions() if q.type in types}


def personal_codes(questionnaire: Questionnaire | None) -> set[str]:
    """Questions whose answers identify a person or are the resident's own words: names and contact
    details (``personal``), open answers (short and long text) and the named neighbours (homes)."""
    if questionnaire is None:
        return set()
    return {q.code for q in questionnaire.questions()
            if q.personal or q.type in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT, QuestionType.HOMES)}


def texts_in(value: object) -> list[str]:
    """Every string inside an answer value (a text, or the strings of a list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [item for item in value if isinstance(item, str)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts_in(item)]
    return []


def distinct_texts(values: Iterable[str], minimum: int = 3) -> list[str]:
    """The strings worth searching for elsewhere: stripped, at least ``minimum`` characters, longest
    first (so a text is replaced before a shorter one inside it)."""
    found = {value.strip() for value in values if isinstance(value, str) and len(value.strip()) >= minimum}
    return sorted(found, key=lambda text: (-len(text), text))
