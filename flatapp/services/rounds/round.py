"""The round itself: create, change, remove, find and list a block's rounds."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain.roles import Role
from flatapp.services.access import actor_of
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.questionnaires import ensure_builtin_questionnaire, version_definition
from flatapp.services.round_rows import dutch_date
from flatapp.services.rounds.evenings import _check_in_period, list_evenings
from flatapp.services.rounds.lookup import _clean, _round, _round_row, _section_codes
from flatapp.services.rounds.outcomes import list_outcomes
from flatapp.services.rounds.rows import DEFAULT_LETTER_TEXT, DEFAULT_OUTCOMES, NAME_MAX, RoundDetail, RoundRow
from flatapp.services.rounds.teams import list_teams, list_volunteers
from flatapp.services.versioned import claim_version
from flatapp.storage.models import Building
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from flatapp.storage.round_models import DoorAttempt, OutcomeCode, Round

_UNSET = object()


def _check_name(session: Session, building_id: int, name: str, round_id: int | None = None) -> str:
    clean = _clean(name)
    if not clean:
        raise UserError("Geef de ronde een naam, bijvoorbeeld 'Najaar 2026'.")
    if len(clean) > NAME_MAX:
        raise UserError(f"De naam van de ronde is te lang (hoogstens {NAME_MAX} tekens).")
    taken = session.scalar(
        select(Round.id).where(Round.building_id == building_id, func.lower(Round.name) == clean.lower())
    )
    if taken is not None and taken != round_id:
        raise UserError(f"Deze flat heeft al een ronde met de naam '{clean}'.")
    return clean


def _check_period(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise UserError(f"De periode eindigt ({dutch_date(end)}) vóór hij begint ({dutch_date(start)}).")


def _check_version(session: Session, version_id: int) -> QuestionnaireVersion:
    version = session.get(QuestionnaireVersion, version_id)
    if version is None:
        raise UserError("De gekozen versie van de vragenlijst bestaat niet (meer).")
    return version


def _check_sections(session: Session, version_id: int, sections: Iterable[str] | str) -> str:
    codes = _section_codes(sections)
    if not codes:
        return ""
    questionnaire = version_definition(session, version_id)
    optional = [s.code for s in questionnaire.sections if s.optional]
    for code in codes:
        if code not in optional:
            known = ", ".join(optional) or "geen"
            raise UserError(f"De vragenlijst heeft geen extra blok '{code}' (wel: {known}).")
    return ",".join(codes)


def _seed_outcomes(session: Session, round_: Round) -> None:
    for default in DEFAULT_OUTCOMES:
        session.add(OutcomeCode(round=round_, code=default.code, label=default.label,
                                disposition=default.disposition, final=default.final,
                                asks_time=default.asks_time))


def create_round(
    session: Session,
    building_id: int,
    name: str,
    questionnaire_version_id: int | None = None,
    period_start: date | None = None,
    period_end: date | None = None,
    organisation: str = "",
    letter_text: str = DEFAULT_LETTER_TEXT,
    optional_sections: str | Iterable[str] = "",
) -> RoundRow:
    """A new round of a block with the default outcome codes; the built-in questionnaire when none
    is given. ``optional_sections`` names the optional blocks asked ('cbs')."""
    building = session.get(Building, building_id)
    if building is None:
        raise UserError("Deze flat bestaat niet (meer).")
    clean = _check_name(session, building_id, name)
    _check_period(period_start, period_end)
    if questionnaire_version_id is None:
        version = ensure_builtin_questionnaire(session)
    else:
        version = _check_version(session, questionnaire_version_id)
    sections = _check_sections(session, version.id, optional_sections)
    round_ = Round(building_id=building_id, name=clean, period_start=period_start, period_end=period_end,
                   questionnaire_version_id=version.id, optional_sections=sections,
                   organisation=_clean(organisation), letter_text=(letter_text or "").strip())
    session.add(round_)
    session.flush()
    _seed_outcomes(session, round_)
    session.flush()
    log_activity(session, "round.create", f"Ronde '{clean}' aangemaakt voor flat '{building.name}'",
                 building_id, round_id=round_.id)
    return _round_row(session, round_)


ROUND_LABELS = {"name": "de naam", "period_start": "het begin van de periode", "period_end": "het einde van de periode",
                "questionnaire_version_id": "de vragenlijst", "optional_sections": "de extra blokken",
                "organisation": "de organisatie", "letter_text": "de brieftekst"}


def _round_values(round_: Round) -> dict[str, object]:
    return {"name": round_.name, "period_start": round_.period_start, "period_end": round_.period_end,
            "questionnaire_version_id": round_.questionnaire_version_id,
            "optional_sections": round_.optional_sections, "organisation": round_.organisation,
            "letter_text": round_.letter_text}


def update_round(
    session: Session,
    round_id: int,
    *,
    name: str = _UNSET,  # type: ignore[assignment]
    period_start: date | None = _UNSET,  # type: ignore[assignment]
    period_end: date | None = _UNSET,  # type: ignore[assignment]
    questionnaire_version_id: int | None = _UNSET,  # type: ignore[assignment]
    optional_sections: str | Iterable[str] = _UNSET,  # type: ignore[assignment]
    organisation: str = _UNSET,  # type: ignore[assignment]
    letter_text: str = _UNSET,  # type: ignore[assignment]
    version: int | None = None,
) -> RoundRow:
    """Change what is given, based on the round's ``version`` (refused when someone saved it meanwhile);
    everything is checked before anything changes."""
    round_ = _round(session, round_id)
    given = {"name": name, "period_start": period_start, "period_end": period_end,
             "questionnaire_version_id": questionnaire_version_id, "optional_sections": optional_sections,
             "organisation": organisation, "letter_text": letter_text}
    wanted = {field: value for field, value in given.items() if value is not _UNSET}
    new_name = round_.name if name is _UNSET else _check_name(session, round_.building_id, name, round_.id)
    start = round_.period_start if period_start is _UNSET else period_start
    end = round_.period_end if period_end is _UNSET else period_end
    _check_period(start, end)
    for evening in round_.evenings:
        _check_in_period(evening.date, start, end, new=True)
    version_id = round_.questionnaire_version_id
    if questionnaire_version_id is not _UNSET:
        version_id = (ensure_builtin_questionnaire(session).id if questionnaire_version_id is None
                      else _check_version(session, questionnaire_version_id).id)
    sections = round_.optional_sections if optional_sections is _UNSET else optional_sections
    sections = _check_sections(session, version_id, sections) if version_id else ""
    claim_version(session, Round, round_id, version, f"Ronde '{round_.name}'", ROUND_LABELS, wanted,
                  current_values=_round_values)
    round_.name, round_.period_start, round_.period_end = new_name, start, end
    round_.questionnaire_version_id, round_.optional_sections = version_id, sections
    if organisation is not _UNSET:
        round_.organisation = _clean(organisation)
    if letter_text is not _UNSET:
        round_.letter_text = (letter_text or "").strip()
    session.flush()
    session.expire(round_, ["questionnaire_version"])
    log_activity(session, "round.update", f"Ronde '{new_name}' gewijzigd", round_.building_id, round_id=round_.id)
    return _round_row(session, round_)


def remove_round(session: Session, round_id: int, version: int | None = None) -> None:
    """Remove a round that has no recorded door visits yet (and nobody changed after ``version``)."""
    round_ = _round(session, round_id)
    claim_version(session, Round, round_id, version, f"Ronde '{round_.name}'", deleting=True)
    visits = session.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.round_id == round_id)) or 0
    if visits:
        raise UserError(f"Ronde '{round_.name}' heeft al {visits} ingevoerde bezoeken en wordt daarom niet verwijderd.")
    log_activity(session, "round.delete", f"Ronde '{round_.name}' verwijderd", round_.building_id)
    session.delete(round_)
    session.flush()


def get_round(session: Session, round_id: int) -> RoundRow:
    return _round_row(session, _round(session, round_id))


def list_rounds(session: Session, building_id: int) -> list[RoundRow]:
    """The block's rounds, newest period first (rounds without a period last, newest made first); for a
    typist only the rounds assigned to them."""
    actor = actor_of(session)
    rounds = list(session.scalars(select(Round).where(Round.building_id == building_id)))
    if actor.role is Role.TYPIST:
        rounds = [round_ for round_ in rounds if round_.id in actor.rounds]
    rounds.sort(key=lambda r: (r.period_start is None, -(r.period_start or date.min).toordinal(), -r.id))
    return [_round_row(session, round_) for round_ in rounds]


def find_round(session: Session, name: str, building_id: int | None = None) -> RoundRow:
    """A round by name (case does not matter); a UserError listing the known rounds otherwise."""
    clean = _clean(name)
    query = select(Round).where(func.lower(Round.name) == clean.lower())
    if building_id is not None:
        query = query.where(Round.building_id == building_id)
    found = list(session.scalars(query))
    if len(found) == 1:
        return _round_row(session, found[0])
    if len(found) > 1:
        blocks = ", ".join(sorted(r.building.name for r in found))
        raise UserError(f"Er zijn meerdere rondes met de naam '{clean}' (in de flats {blocks}); noem ook de flat.")
    known_query = select(Round).order_by(Round.name)
    if building_id is not None:
        known_query = known_query.where(Round.building_id == building_id)
    known = list(session.scalars(known_query))
    if building_id is None:
        names = ", ".join(f"'{r.name}' ({r.building.name})" for r in known)
    else:
        names = ", ".join(f"'{r.name}'" for r in known)
    raise UserError(f"Ronde '{clean}' bestaat niet (aanwezig: {names or 'nog geen rondes'}).")


def round_detail(session: Session, round_id: int) -> RoundDetail:
    round_ = _round(session, round_id)
    return RoundDetail(
        round=_round_row(session, round_),
        evenings=tuple(list_evenings(session, round_id)),
        volunteers=tuple(list_volunteers(session, round_id)),
        teams=tuple(list_teams(session, round_id)),
        outcomes=tuple(list_outcomes(session, round_id)),
    )
