"""Questionnaires in the database: the built-in template, copies, versions and freezing.

A questionnaire (``QuestionnaireRecord``) has numbered versions; each version holds the whole
definition (``flatapp.domain.questionnaire.to_dict`` as JSON). A version is frozen once answers
were entered with it; saving a frozen version never changes it, but makes the next version.

Every function takes a Session; the caller owns the transaction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain.questionnaire import (
    Questionnaire,
    QuestionnaireError,
    from_dict,
    kept_sections,
    to_dict,
    validate,
    without_optional_sections,
)
from flatapp.resources import shipped_path
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.versioned import claim_version
from flatapp.storage.questionnaire_models import QuestionnaireRecord, QuestionnaireVersion
from flatapp.storage.round_models import Round

BUILTIN_TEMPLATE = "kennen_en_helpen"
BUILTIN_NAME = "Kennen en helpen"
NAME_MAX = 120
_TEMPLATE_KEY = re.compile(r"^[a-z0-9_]{1,60}$")


class DefinitionError(UserError):
    """The definition cannot be saved; says where, so an editor can put the message at the field.

    ``question_index``, ``section_index`` and ``field`` as in ``QuestionnaireError``.
    """

    def __init__(self, message: str, question_index: int | None = None,
                 section_index: int | None = None, field: str = "") -> None:
        super().__init__(message)
        self.question_index = question_index
        self.section_index = section_index
        self.field = field

    @classmethod
    def from_error(cls, error: QuestionnaireError) -> DefinitionError:
        return cls(str(error), getattr(error, "question_index", None),
                   getattr(error, "section_index", None), getattr(error, "field", ""))


@dataclass(frozen=True)
class VersionRow:
    id: int
    number: int
    frozen: bool
    round_count: int          # rounds that use this version


@dataclass(frozen=True)
class QuestionnaireRow:
    id: int
    name: str
    template: str             # built-in template it came from ('' for none)
    versions: tuple[VersionRow, ...]   # by number

    @property
    def version_numbers(self) -> tuple[int, ...]:
        return tuple(v.number for v in self.versions)

    @property
    def latest(self) -> VersionRow | None:
        return self.versions[-1] if self.versions else None


@dataclass(frozen=True)
class VersionInfo:
    """One version with its questionnaire's name, as an editor shows it."""

    id: int
    questionnaire_id: int
    name: str
    number: int
    frozen: bool
    round_count: int
    latest_number: int         # the highest version number of this questionnaire
    version: int = 1           # the saved version (of this row) an edit is based on

    @property
    def next_number(self) -> int:
        return self.latest_number + 1


# --- templates ----------------------------------------------------------------------------------

def load_template(key: str = BUILTIN_TEMPLATE) -> Questionnaire:
    """A built-in template from resources/templates/<key>.json (validated)."""
    if not _TEMPLATE_KEY.match(key):
        raise UserError(f"Onbekend sjabloon '{key}'.")
    try:
        path = shipped_path("resources", "templates", f"{key}.json")
    except FileNotFoundError:
        raise UserError(f"Het sjabloon '{key}' ontbreekt in deze installatie van FlatApp.") from None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserError(f"Het sjabloon '{key}' kan niet worden gelezen ({error}).") from None
    questionnaire = from_dict(data)
    validate(questionnaire)
    return questionnaire


def _encode(questionnaire: Questionnaire) -> str:
    return json.dumps(to_dict(questionnaire), ensure_ascii=False, indent=1)


def _decode(version: QuestionnaireVersion) -> Questionnaire:
    try:
        return from_dict(json.loads(version.definition))
    except (ValueError, TypeError) as error:
        raise UserError(
            f"Versie {version.number} van de vragenlijst is beschadigd en kan niet worden gelezen ({error})."
        ) from None


def _version(session: Session, version_id: int) -> QuestionnaireVersion:
    version = session.get(QuestionnaireVersion, version_id)
    if version is None:
        raise UserError(f"Versie {version_id} van een vragenlijst bestaat niet (meer).")
    return version


def _latest_number(session: Session, questionnaire_id: int) -> int:
    return session.scalar(
        select(func.max(QuestionnaireVersion.number)).where(QuestionnaireVersion.questionnaire_id == questionnaire_id)
    ) or 0


def _clean_name(session: Session, name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise UserError("Geef de vragenlijst een naam.")
    if len(clean) > NAME_MAX:
        raise UserError(f"De naam van de vragenlijst is te lang (hoogstens {NAME_MAX} tekens).")
    taken = session.scalar(
        select(QuestionnaireRecord.id).where(func.lower(QuestionnaireRecord.name) == clean.lower())
    )
    if taken is not None:
        raise UserError(f"Er is al een vragenlijst met de naam '{clean}'.")
    return clean


# --- reading -------------------------------------------------------------------------------------

def list_questionnaires(session: Session) -> list[QuestionnaireRow]:
    """All questionnaires by name, each with its versions (number, frozen, rounds using it)."""
    usage = dict(session.execute(
        select(Round.questionnaire_version_id, func.count(Round.id))
        .where(Round.questionnaire_version_id.is_not(None))
        .group_by(Round.questionnaire_version_id)
    ).all())
    versions: dict[int, list[VersionRow]] = {}
    for version in session.scalars(select(QuestionnaireVersion).order_by(QuestionnaireVersion.number)):
        versions.setdefault(version.questionnaire_id, []).append(
            VersionRow(version.id, version.number, bool(version.frozen), int(usage.get(version.id, 0)))
        )
    records = session.scalars(select(QuestionnaireRecord).order_by(func.lower(QuestionnaireRecord.name)))
    return [QuestionnaireRow(r.id, r.name, r.template, tuple(versions.get(r.id, ()))) for r in records]


def version_info(session: Session, version_id: int) -> VersionInfo:
    version = _version(session, version_id)
    rounds = session.scalar(select(func.count(Round.id)).where(Round.questionnaire_version_id == version.id)) or 0
    return VersionInfo(version.id, version.questionnaire_id, version.questionnaire.name, version.number,
                       bool(version.frozen), int(rounds), _latest_number(session, version.questionnaire_id),
                       version.version)


def version_definition(session: Session, version_id: int) -> Questionnaire:
    return _decode(_version(session, version_id))


def questionnaire_for_round(session: Session, round_id: int) -> Questionnaire:
    """The round's questionnaire, with only the optional sections the round asks."""
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer).")
    if round_.questionnaire_version_id is None:
        raise UserError(f"Ronde '{round_.name}' heeft nog geen vragenlijst; kies eerst een vragenlijst.")
    return without_optional_sections(version_definition(session, round_.questionnaire_version_id),
                                     kept_sections(round_.optional_sections))


# --- writing -------------------------------------------------------------------------------------

def ensure_builtin_questionnaire(session: Session) -> QuestionnaireVersion:
    """The built-in "Kennen en helpen": created as version 1 from the template when missing.

    When it exists, its newest version is returned (an edited built-in keeps its edits).
    """
    record = session.scalar(select(QuestionnaireRecord).where(QuestionnaireRecord.name == BUILTIN_NAME))
    if record is None:
        record = QuestionnaireRecord(name=BUILTIN_NAME, template=BUILTIN_TEMPLATE)
        session.add(record)
        session.flush()
        log_activity(session, "questionnaire.create", f"Vragenlijst '{BUILTIN_NAME}' gemaakt uit het sjabloon",
                     questionnaire_id=record.id, template=BUILTIN_TEMPLATE)
    latest = session.scalar(
        select(QuestionnaireVersion).where(QuestionnaireVersion.questionnaire_id == record.id)
        .order_by(QuestionnaireVersion.number.desc()).limit(1)
    )
    if latest is None:
        latest = QuestionnaireVersion(questionnaire_id=record.id, number=1,
                                      definition=_encode(load_template(BUILTIN_TEMPLATE)), frozen=False)
        session.add(latest)
        session.flush()
    return latest


def copy_questionnaire(session: Session, version_id: int, new_name: str) -> QuestionnaireVersion:
    """A new questionnaire named ``new_name`` whose version 1 is a copy of this version (not frozen)."""
    source = _version(session, version_id)
    name = _clean_name(session, new_name)
    definition = _decode(source)
    record = QuestionnaireRecord(name=name, template=source.questionnaire.template)
    session.add(record)
    session.flush()
    copy = QuestionnaireVersion(questionnaire_id=record.id, number=1, definition=_encode(definition), frozen=False)
    session.add(copy)
    session.flush()
    log_activity(session, "questionnaire.copy",
                 f"Vragenlijst '{name}' gemaakt als kopie van '{source.questionnaire.name}' versie {source.number}",
                 questionnaire_id=record.id, source_version_id=source.id)
    return copy


def _definition_shown(mine: Questionnaire):
    """How a conflict shows a whole definition: the user's edit, and the saved one with the questions
    on which it differs from the edit ('12 vragen, anders bij KN1, KN4')."""
    def show(_field: str, value: object) -> str:
        if value is mine:
            return f"uw bewerking ({len(mine.questions())} vragen)"
        if not isinstance(value, Questionnaire):
            return "(onleesbaar)"
        theirs = {q.code: q for q in value.questions()}
        yours = {q.code: q for q in mine.questions()}
        codes = [code for code in dict.fromkeys([*theirs, *yours]) if theirs.get(code) != yours.get(code)]
        return f"{len(theirs)} vragen, " + (("anders bij " + ", ".join(codes)) if codes else "andere blokken")
    return show


def _stored_or_none(stored: QuestionnaireVersion) -> Questionnaire | None:
    try:
        return _decode(stored)
    except UserError:
        return None


def save_definition(session: Session, version_id: int, questionnaire: Questionnaire, version: int | None
                    ) -> QuestionnaireVersion:
    """Store an edited definition, based on the row's ``version`` the editor opened; returns the version
    that holds it. Refused (``VersionConflict``) when someone saved this unfrozen version meanwhile.

    An unfrozen version is changed in place; a frozen one stays as it is and the edit becomes a new
    version (the highest number + 1). An unchanged definition writes nothing. Raises
    ``DefinitionError`` (a UserError, Dutch, with the question and field) for an invalid definition.
    """
    version_seen = version
    version = _version(session, version_id)
    try:
        validate(questionnaire)
    except QuestionnaireError as error:
        raise DefinitionError.from_error(error) from error
    name = version.questionnaire.name
    try:
        unchanged = to_dict(_decode(version)) == to_dict(questionnaire)
    except UserError:
        unchanged = False     # a damaged stored definition is replaced by the edit
    if unchanged:
        return version
    if not version.frozen:
        claim_version(session, QuestionnaireVersion, version_id, version_seen,
                      f"Vragenlijst '{name}' versie {version.number}", {"questionnaire": "de vragenlijst"},
                      {"questionnaire": questionnaire},
                      current_values=lambda stored: {"questionnaire": _stored_or_none(stored)},
                      show=_definition_shown(questionnaire))
        version = _version(session, version_id)
        version.definition = _encode(questionnaire)
        session.flush()
        log_activity(session, "questionnaire.edit", f"Vragenlijst '{name}' versie {version.number} gewijzigd",
                     questionnaire_id=version.questionnaire_id, version=version.number)
        return version
    number = _latest_number(session, version.questionnaire_id) + 1
    new = QuestionnaireVersion(questionnaire_id=version.questionnaire_id, number=number,
                               definition=_encode(questionnaire), frozen=False)
    session.add(new)
    session.flush()
    log_activity(session, "questionnaire.new_version",
                 f"Vragenlijst '{name}' versie {number} gemaakt (versie {version.number} is vastgezet)",
                 questionnaire_id=version.questionnaire_id, version=number, based_on=version.number)
    return new


def freeze_version(session: Session, version_id: int) -> None:
    """Fix a version once answers exist; later edits make a new version. Freezing twice is harmless."""
    version = _version(session, version_id)
    if version.frozen:
        return
    version.frozen = True
    session.flush()
    log_activity(session, "questionnaire.freeze",
                 f"Vragenlijst '{version.questionnaire.name}' versie {version.number} vastgezet",
                 questionnaire_id=version.questionnaire_id, version=version.number)
