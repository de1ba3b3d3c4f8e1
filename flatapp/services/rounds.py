"""Planning a round: the round itself, evenings, volunteers, teams, outcome codes and door assignment.

Every function takes a Session; the caller owns the transaction, so one save is one transaction
and a ``UserError`` (a Dutch sentence that says what and why) leaves nothing saved half: checks
run before anything changes, and the caller rolls back on an error anyway.

Door assignment splits the doors still open on an evening over the round's teams in walking order
(entrance, floor, number). Each team gets one contiguous run of that order, the runs are balanced
in number (sizes differ by at most ``BALANCE_SLACK``), and within that limit the cuts fall where a
team climbs the fewest stairs: between entrances first, then between floors, and only when needed
in the middle of a floor. Homes that have no team on a split evening (added to the block after
the split) are named by ``teamless_homes`` and given to the team nearest in entrance and floor by
``assign_teamless``, without moving any other door.

Rows going out are plain dataclasses (``round_rows`` for what printing reads); no ORM object
escapes this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from flatapp.domain.addresses import floor_label
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.questionnaires import ensure_builtin_questionnaire, version_definition
from flatapp.services.round_rows import (
    DUTCH_WEEKDAYS,
    AttemptRow,
    DoorRow,
    EveningRow,
    OutcomeRow,
    TeamDoorList,
    dutch_date,
    wall_clock,
)
from flatapp.storage.interview_models import COMPLETE, Interview
from flatapp.storage.models import Building, Home
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from flatapp.storage.round_models import (
    Assignment,
    DoorAttempt,
    Evening,
    OutcomeCode,
    Round,
    Team,
    TeamMember,
    Volunteer,
)

# The optional block with the CBS Veiligheidsmonitor cohesion statements in "Kennen en helpen".
CBS_SECTION = "cbs"
NAME_MAX = 120
TEAM_NAME_MAX = 60
VOLUNTEER_NAME_MAX = 120
PHONE_MAX = 40
OUTCOME_LABEL_MAX = 60
# Door assignment: team sizes on one evening differ by at most this many doors.
BALANCE_SLACK = 2
# How many home codes a warning about homes without a team names before "en nog …".
TEAMLESS_NAMED = 8

DEFAULT_LETTER_TEXT = (
    "Beste bewoner,\n\n"
    "Wij willen graag weten hoe het is om in deze flat te wonen: kent u uw buren, en zou u elkaar "
    "helpen? Daarom komen vrijwilligers bij alle woningen langs voor een kort gesprek. Meedoen is "
    "vrijwillig en wat u vertelt, gebruiken wij alleen zonder uw naam.\n\n"
    "De uitkomsten laten wij later aan alle bewoners zien.\n\n"
    "Met vriendelijke groet,"
)


@dataclass(frozen=True)
class DefaultOutcome:
    code: int
    label: str
    disposition: str
    final: bool = False
    asks_time: bool = False


# In line with the AAPOR final disposition codes (interview, partial, refusal, non-contact,
# not eligible, other). "final" means: no more visits on a following evening.
DEFAULT_OUTCOMES: tuple[DefaultOutcome, ...] = (
    DefaultOutcome(1, "gesproken", "interview", final=True),
    DefaultOutcome(2, "deels gesproken", "partial", final=True),
    DefaultOutcome(3, "niet thuis", "non_contact"),
    DefaultOutcome(4, "weigering", "refusal", final=True),
    DefaultOutcome(5, "later terugkomen", "non_contact", asks_time=True),
    DefaultOutcome(6, "geen woning / leegstand", "not_eligible", final=True),
    DefaultOutcome(7, "taalbarrière", "other"),
    DefaultOutcome(8, "niet bereikbaar (geen toegang)", "non_contact"),
    DefaultOutcome(9, "niet meer aanbellen", "refusal", final=True),
)

_UNSET = object()
_PHONE = re.compile(r"^[0-9+()\-\s./]{0,40}$")
_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def period_label(start: date | None, end: date | None) -> str:
    """'01-11-2026 t/m 30-11-2026', 'vanaf …', 'tot en met …' or 'geen periode'."""
    if start and end:
        return f"{dutch_date(start)} t/m {dutch_date(end)}"
    if start:
        return f"vanaf {dutch_date(start)}"
    if end:
        return f"tot en met {dutch_date(end)}"
    return "geen periode"


# --- rows ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RoundRow:
    id: int
    building_id: int
    building_name: str
    name: str
    period_start: date | None
    period_end: date | None
    questionnaire_version_id: int | None
    questionnaire_label: str            # 'Kennen en helpen, versie 1'
    optional_sections: tuple[str, ...]  # codes of the optional blocks asked (e.g. 'cbs')
    organisation: str
    letter_text: str
    evening_count: int
    volunteer_count: int
    team_count: int

    @property
    def asks_cbs(self) -> bool:
        return CBS_SECTION in self.optional_sections

    @property
    def period_label(self) -> str:
        return period_label(self.period_start, self.period_end)


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    phone: str
    team_id: int | None = None
    team_name: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.phone})" if self.phone else self.name


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    position: int
    members: tuple[VolunteerRow, ...]

    @property
    def member_ids(self) -> tuple[int, ...]:
        return tuple(member.id for member in self.members)

    @property
    def member_names(self) -> tuple[str, ...]:
        return tuple(member.name for member in self.members)


@dataclass(frozen=True)
class TeamAssignmentRow:
    """One team's share of one evening."""

    team_id: int
    team_name: str
    position: int
    members: tuple[str, ...]
    door_count: int
    coverage: str        # 'A: BG–5e, 6e (deels)'
    runs: int            # contiguous entrance/floor stretches (1 is one climb)


@dataclass(frozen=True)
class EveningAssignment:
    """Who rings which door on one evening, for the planner's table and map."""

    evening: EveningRow
    teams: tuple[TeamAssignmentRow, ...]
    team_of_home: Mapping[int, int] = field(default_factory=dict)   # home id → team id
    open_home_ids: tuple[int, ...] = ()        # still to do on this evening, walking order
    closed_home_ids: tuple[int, ...] = ()      # final outcome before this evening
    unassigned_home_ids: tuple[int, ...] = ()  # open, but no team yet
    stale_home_ids: tuple[int, ...] = ()       # assigned, but closed since the split

    @property
    def is_distributed(self) -> bool:
        return bool(self.team_of_home)


@dataclass(frozen=True)
class RoundDetail:
    round: RoundRow
    evenings: tuple[EveningRow, ...]
    volunteers: tuple[VolunteerRow, ...]
    teams: tuple[TeamRow, ...]
    outcomes: tuple[OutcomeRow, ...]


# --- parsing (CLI and other text input) -------------------------------------------------------------

def parse_dutch_date(text: str, what: str = "datum") -> date:
    """'25-11-2026' (also 25/11/2026, 25.11.2026); a UserError naming the value otherwise."""
    match = _DATE.match(text or "")
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise UserError(f"De {what} '{(text or '').strip()}' is geen geldige datum; schrijf hem als DD-MM-JJJJ, "
                    f"bijvoorbeeld 25-11-2026.")


def parse_time(text: str, what: str = "tijd") -> time:
    """'18:30' or '18.30'; a UserError naming the value otherwise."""
    match = _TIME.match(text or "")
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if 0 <= hours <= 23 and 0 <= minutes <= 59:
            return time(hours, minutes)
    raise UserError(f"De {what} '{(text or '').strip()}' is geen geldige tijd; schrijf hem als UU:MM, "
                    f"bijvoorbeeld 18:30.")


def parse_evening(text: str) -> tuple[date, time, time]:
    """'25-11-2026 18:30-20:30' (a dash, en dash or 'tot' between the times)."""
    raw = " ".join((text or "").split())
    match = re.match(r"^(\S+)\s+(\S+?)\s*(?:-|–|—|tot)\s*(\S+)$", raw)
    if not match:
        raise UserError(f"De avond '{raw}' is niet te begrijpen; schrijf bijvoorbeeld '25-11-2026 18:30-20:30'.")
    day = parse_dutch_date(match.group(1), "datum van de avond")
    return day, parse_time(match.group(2), "begintijd"), parse_time(match.group(3), "eindtijd")


# --- helpers ---------------------------------------------------------------------------------------

def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _round(session: Session, round_id: int) -> Round:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError("Deze ronde bestaat niet (meer).")
    return round_


def _evening(session: Session, evening_id: int) -> Evening:
    evening = session.get(Evening, evening_id)
    if evening is None:
        raise UserError("Deze avond bestaat niet (meer).")
    return evening


def _evening_of_round(session: Session, round_: Round, evening_id: int) -> Evening:
    evening = _evening(session, evening_id)
    if evening.round_id != round_.id:
        raise UserError(f"Deze avond ({_evening_row(evening).label}) hoort niet bij ronde '{round_.name}'.")
    return evening


def _evening_row(evening: Evening) -> EveningRow:
    return EveningRow(evening.id, evening.date, evening.starts, evening.ends)


def _evening_key(evening: Evening) -> tuple:
    return (evening.date, evening.starts, evening.id)


def _outcome_row(outcome: OutcomeCode) -> OutcomeRow:
    return OutcomeRow(outcome.id, outcome.code, outcome.label, outcome.disposition,
                      bool(outcome.final), bool(outcome.asks_time))


def _questionnaire_label(version: QuestionnaireVersion | None) -> str:
    if version is None:
        return "geen vragenlijst"
    return f"{version.questionnaire.name}, versie {version.number}"


def _round_row(session: Session, round_: Round) -> RoundRow:
    def count(model) -> int:
        return int(session.scalar(select(func.count(model.id)).where(model.round_id == round_.id)) or 0)

    return RoundRow(
        id=round_.id,
        building_id=round_.building_id,
        building_name=round_.building.name,
        name=round_.name,
        period_start=round_.period_start,
        period_end=round_.period_end,
        questionnaire_version_id=round_.questionnaire_version_id,
        questionnaire_label=_questionnaire_label(round_.questionnaire_version),
        optional_sections=_section_codes(round_.optional_sections),
        organisation=round_.organisation or "",
        letter_text=round_.letter_text or "",
        evening_count=count(Evening),
        volunteer_count=count(Volunteer),
        team_count=count(Team),
    )


def _section_codes(text: str | Iterable[str] | None) -> tuple[str, ...]:
    parts = text.split(",") if isinstance(text, str) else list(text or ())
    seen: list[str] = []
    for part in parts:
        code = part.strip()
        if code and code not in seen:
            seen.append(code)
    return tuple(seen)


# --- rounds ----------------------------------------------------------------------------------------

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
) -> RoundRow:
    """Change what is given; everything is checked before anything changes."""
    round_ = _round(session, round_id)
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


def remove_round(session: Session, round_id: int) -> None:
    """Remove a round that has no recorded door visits yet."""
    round_ = _round(session, round_id)
    visits = session.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.round_id == round_id)) or 0
    if visits:
        raise UserError(f"Ronde '{round_.name}' heeft al {visits} ingevoerde bezoeken en wordt daarom niet verwijderd.")
    log_activity(session, "round.delete", f"Ronde '{round_.name}' verwijderd", round_.building_id)
    session.delete(round_)
    session.flush()


def get_round(session: Session, round_id: int) -> RoundRow:
    return _round_row(session, _round(session, round_id))


def list_rounds(session: Session, building_id: int) -> list[RoundRow]:
    """The block's rounds, newest period first (rounds without a period last, newest made first)."""
    rounds = list(session.scalars(select(Round).where(Round.building_id == building_id)))
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


# --- evenings --------------------------------------------------------------------------------------

def _check_in_period(day: date, start: date | None, end: date | None, new: bool = False) -> None:
    if (start and day < start) or (end and day > end):
        period = period_label(start, end)
        which = "de nieuwe periode" if new else "de periode van de ronde"
        raise UserError(f"De avond van {dutch_date(day)} valt buiten {which} ({period}).")


def _check_evening(round_: Round, day: date, starts: time, ends: time, evening_id: int | None = None) -> None:
    if not isinstance(day, date) or not isinstance(starts, time) or not isinstance(ends, time):
        raise UserError("Geef de avond een datum, een begintijd en een eindtijd.")
    if ends <= starts:
        raise UserError(f"De avond eindigt ({ends:%H:%M}) niet na het begin ({starts:%H:%M}); "
                        f"de eindtijd moet later zijn dan de begintijd.")
    _check_in_period(day, round_.period_start, round_.period_end)
    for other in round_.evenings:
        if other.id == evening_id or other.date != day:
            continue
        if starts < other.ends and other.starts < ends:
            raise UserError(f"Deze avond overlapt met de avond van {_evening_row(other).label}.")


def list_evenings(session: Session, round_id: int) -> list[EveningRow]:
    evenings = session.scalars(select(Evening).where(Evening.round_id == round_id))
    return [_evening_row(e) for e in sorted(evenings, key=_evening_key)]


def add_evening(session: Session, round_id: int, day: date, starts: time, ends: time) -> EveningRow:
    round_ = _round(session, round_id)
    _check_evening(round_, day, starts, ends)
    evening = Evening(round=round_, date=day, starts=starts, ends=ends)
    session.add(evening)
    session.flush()
    row = _evening_row(evening)
    log_activity(session, "round.evening", f"Avond {row.label} toegevoegd aan ronde '{round_.name}'",
                 round_.building_id, round_id=round_.id)
    return row


def update_evening(session: Session, evening_id: int, day: date, starts: time, ends: time) -> EveningRow:
    evening = _evening(session, evening_id)
    _check_evening(evening.round, day, starts, ends, evening.id)
    evening.date, evening.starts, evening.ends = day, starts, ends
    session.flush()
    return _evening_row(evening)


def remove_evening(session: Session, evening_id: int) -> None:
    """Remove an evening (and its door assignment); refused once visits of that evening are entered."""
    evening = _evening(session, evening_id)
    visits = session.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.evening_id == evening_id)) or 0
    label = _evening_row(evening).label
    if visits:
        raise UserError(f"Op de avond van {label} zijn al {visits} bezoeken ingevoerd; "
                        f"die avond wordt daarom niet verwijderd.")
    round_ = evening.round
    session.execute(delete(Assignment).where(Assignment.evening_id == evening_id))
    session.delete(evening)
    session.flush()
    session.expire(round_, ["evenings"])
    log_activity(session, "round.evening", f"Avond {label} verwijderd uit ronde '{round_.name}'",
                 round_.building_id, round_id=round_.id)


def find_evening(session: Session, round_id: int, day: date, starts: time | None = None) -> EveningRow:
    """The round's evening on ``day`` (and at ``starts`` when two evenings share a day)."""
    evenings = list_evenings(session, round_id)
    matching = [e for e in evenings if e.date == day and (starts is None or e.starts == starts)]
    if len(matching) == 1:
        return matching[0]
    known = "; ".join(e.label for e in evenings) or "nog geen avonden"
    if matching:
        raise UserError(f"Op {dutch_date(day)} zijn er meerdere avonden; noem ook de begintijd ({known}).")
    raise UserError(f"De ronde heeft geen avond op {dutch_date(day)} (wel: {known}).")


# --- volunteers ------------------------------------------------------------------------------------

def _volunteer(session: Session, volunteer_id: int) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        raise UserError("Deze vrijwilliger bestaat niet (meer).")
    return volunteer


def _check_volunteer(session: Session, round_id: int, name: str, phone: str,
                     volunteer_id: int | None = None) -> tuple[str, str]:
    clean = _clean(name)
    if not clean:
        raise UserError("Vul de naam van de vrijwilliger in.")
    if len(clean) > VOLUNTEER_NAME_MAX:
        raise UserError(f"De naam van de vrijwilliger is te lang (hoogstens {VOLUNTEER_NAME_MAX} tekens).")
    number = _clean(phone)
    if len(number) > PHONE_MAX or not _PHONE.match(number):
        raise UserError(f"Telefoonnummer '{number}' klopt niet: gebruik alleen cijfers, spaties, + en -, "
                        f"bijvoorbeeld 06-12345678.")
    if number and sum(ch.isdigit() for ch in number) < 6:
        raise UserError(f"Telefoonnummer '{number}' is te kort.")
    same = session.scalar(select(Volunteer.id).where(
        Volunteer.round_id == round_id, func.lower(Volunteer.name) == clean.lower()))
    if same is not None and same != volunteer_id:
        raise UserError(f"'{clean}' staat al bij de vrijwilligers van deze ronde; "
                        f"voeg bijvoorbeeld een achternaam of voorletter toe.")
    return clean, number


def _team_of_volunteer(session: Session, round_id: int) -> dict[int, Team]:
    rows = session.execute(
        select(TeamMember.volunteer_id, Team).join(Team, Team.id == TeamMember.team_id).where(Team.round_id == round_id)
    )
    return {volunteer_id: team for volunteer_id, team in rows}


def _volunteer_row(volunteer: Volunteer, team: Team | None) -> VolunteerRow:
    return VolunteerRow(volunteer.id, volunteer.name, volunteer.phone or "",
                        team.id if team else None, team.name if team else "")


def list_volunteers(session: Session, round_id: int) -> list[VolunteerRow]:
    """The round's volunteers in the order they were added (each with the team they are in)."""
    teams = _team_of_volunteer(session, round_id)
    volunteers = session.scalars(select(Volunteer).where(Volunteer.round_id == round_id).order_by(Volunteer.id))
    return [_volunteer_row(v, teams.get(v.id)) for v in volunteers]


def add_volunteer(session: Session, round_id: int, name: str, phone: str = "") -> VolunteerRow:
    round_ = _round(session, round_id)
    clean, number = _check_volunteer(session, round_id, name, phone)
    volunteer = Volunteer(round=round_, name=clean, phone=number)
    session.add(volunteer)
    session.flush()
    return _volunteer_row(volunteer, None)


def update_volunteer(session: Session, volunteer_id: int, name: str, phone: str = "") -> VolunteerRow:
    volunteer = _volunteer(session, volunteer_id)
    clean, number = _check_volunteer(session, volunteer.round_id, name, phone, volunteer.id)
    volunteer.name, volunteer.phone = clean, number
    session.flush()
    return _volunteer_row(volunteer, _team_of_volunteer(session, volunteer.round_id).get(volunteer.id))


def remove_volunteer(session: Session, volunteer_id: int) -> None:
    """Remove a volunteer (and take them out of their team); refused when the team would be empty."""
    volunteer = _volunteer(session, volunteer_id)
    team = _team_of_volunteer(session, volunteer.round_id).get(volunteer.id)
    if team is not None and len(team.members) <= 1:
        raise UserError(f"{volunteer.name} is de enige in {team.name}; een team zonder vrijwilligers kan niet. "
                        f"Zet eerst iemand anders in {team.name} of verwijder het team.")
    session.execute(delete(TeamMember).where(TeamMember.volunteer_id == volunteer.id))
    if team is not None:
        session.expire(team, ["members"])
    session.delete(volunteer)
    session.flush()


# --- teams -----------------------------------------------------------------------------------------

def _team(session: Session, team_id: int) -> Team:
    team = session.get(Team, team_id)
    if team is None:
        raise UserError("Dit team bestaat niet (meer).")
    return team


def _team_row(session: Session, team: Team) -> TeamRow:
    members = sorted((m.volunteer for m in team.members), key=lambda v: v.id)
    return TeamRow(team.id, team.name, team.position, tuple(_volunteer_row(v, team) for v in members))


def list_teams(session: Session, round_id: int) -> list[TeamRow]:
    teams = session.scalars(select(Team).where(Team.round_id == round_id).order_by(Team.position, Team.id))
    return [_team_row(session, team) for team in teams]


def _check_members(session: Session, round_: Round, volunteer_ids: Sequence[int], team_name: str,
                   team_id: int | None = None) -> list[Volunteer]:
    ids = list(dict.fromkeys(int(v) for v in volunteer_ids or ()))
    if not ids:
        raise UserError(f"{team_name} heeft geen vrijwilligers; kies minstens één vrijwilliger voor het team.")
    taken = _team_of_volunteer(session, round_.id)
    volunteers = []
    for volunteer_id in ids:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None or volunteer.round_id != round_.id:
            raise UserError(f"Een gekozen vrijwilliger hoort niet bij ronde '{round_.name}'.")
        other = taken.get(volunteer_id)
        if other is not None and other.id != team_id:
            raise UserError(f"{volunteer.name} zit al in {other.name}; iemand kan in één ronde maar in één team.")
        volunteers.append(volunteer)
    return volunteers


def _check_team_name(session: Session, round_: Round, name: str, team_id: int | None = None) -> str:
    clean = _clean(name)
    if not clean:
        numbers = [int(m.group(1)) for t in round_.teams if (m := re.fullmatch(r"Team (\d+)", t.name))]
        clean = f"Team {max(numbers, default=len(round_.teams)) + 1}"
    if len(clean) > TEAM_NAME_MAX:
        raise UserError(f"De naam van het team is te lang (hoogstens {TEAM_NAME_MAX} tekens).")
    same = session.scalar(select(Team.id).where(Team.round_id == round_.id, func.lower(Team.name) == clean.lower()))
    if same is not None and same != team_id:
        raise UserError(f"Deze ronde heeft al een team met de naam '{clean}'.")
    return clean


def create_team(session: Session, round_id: int, name: str, volunteer_ids: Sequence[int]) -> TeamRow:
    """A team of the given volunteers (an empty name becomes 'Team n')."""
    round_ = _round(session, round_id)
    clean = _check_team_name(session, round_, name)
    volunteers = _check_members(session, round_, volunteer_ids, clean)
    position = max((t.position for t in round_.teams), default=0) + 1
    team = Team(round=round_, name=clean, position=position)
    session.add(team)
    for volunteer in volunteers:
        team.members.append(TeamMember(volunteer=volunteer))
    session.flush()
    return _team_row(session, team)


def update_team(session: Session, team_id: int, name: str | None = None,
                volunteer_ids: Sequence[int] | None = None) -> TeamRow:
    """Rename a team and/or set its members."""
    team = _team(session, team_id)
    round_ = team.round
    clean = team.name if name is None else _check_team_name(session, round_, name, team.id)
    if volunteer_ids is not None:
        volunteers = _check_members(session, round_, volunteer_ids, clean, team.id)
        wanted = {v.id for v in volunteers}
        for member in list(team.members):
            if member.volunteer_id not in wanted:
                team.members.remove(member)
        present = {m.volunteer_id for m in team.members}
        for volunteer in volunteers:
            if volunteer.id not in present:
                team.members.append(TeamMember(volunteer=volunteer))
    team.name = clean
    session.flush()
    return _team_row(session, team)


def remove_team(session: Session, team_id: int) -> None:
    """Remove a team; its doors on every evening become unassigned (visits keep their outcome)."""
    team = _team(session, team_id)
    round_ = team.round
    session.execute(delete(Assignment).where(Assignment.team_id == team.id))
    session.delete(team)
    session.flush()
    session.expire(round_, ["teams"])


def auto_teams(session: Session, round_id: int) -> list[TeamRow]:
    """Replace the round's teams by pairs of volunteers in the order they were added; an odd one out
    joins the last pair (a team of three). Evenings whose doors were already split are split again
    over the new teams."""
    round_ = _round(session, round_id)
    volunteers = sorted(round_.volunteers, key=lambda v: v.id)
    if len(volunteers) < 2:
        raise UserError(f"Voor teams van twee zijn minstens twee vrijwilligers nodig; "
                        f"deze ronde heeft er {len(volunteers)}.")
    visits = session.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.round_id == round_id)) or 0
    if visits and round_.teams:
        raise UserError("Er zijn al bezoeken ingevoerd; pas de teams daarom met de hand aan "
                        "in plaats van ze opnieuw in te delen.")
    distributed = list(session.scalars(
        select(Assignment.evening_id).join(Evening, Evening.id == Assignment.evening_id)
        .where(Evening.round_id == round_id).distinct()
    ))
    for team in list(round_.teams):
        session.execute(delete(Assignment).where(Assignment.team_id == team.id))
        session.delete(team)
    session.flush()
    session.expire(round_, ["teams"])
    groups = [volunteers[i:i + 2] for i in range(0, len(volunteers) - 1, 2)]
    if len(volunteers) % 2:
        groups[-1].append(volunteers[-1])
    for position, group in enumerate(groups, start=1):
        team = Team(round=round_, name=f"Team {position}", position=position)
        session.add(team)
        for volunteer in group:
            team.members.append(TeamMember(volunteer=volunteer))
    session.flush()
    for evening_id in distributed:
        if _open_rows(session, round_, _evening(session, evening_id)):
            assign_doors(session, round_id, evening_id)
    log_activity(session, "round.teams", f"{len(groups)} teams ingedeeld voor ronde '{round_.name}'",
                 round_.building_id, round_id=round_.id)
    return list_teams(session, round_id)


# --- outcome codes ---------------------------------------------------------------------------------

def list_outcomes(session: Session, round_id: int) -> list[OutcomeRow]:
    outcomes = session.scalars(select(OutcomeCode).where(OutcomeCode.round_id == round_id).order_by(OutcomeCode.code))
    return [_outcome_row(o) for o in outcomes]


def update_outcome_label(session: Session, outcome_id: int, label: str) -> OutcomeRow:
    outcome = session.get(OutcomeCode, outcome_id)
    if outcome is None:
        raise UserError("Deze uitkomstcode bestaat niet (meer).")
    clean = _clean(label)
    if not clean:
        raise UserError(f"De omschrijving van uitkomst {outcome.code} mag niet leeg zijn.")
    if len(clean) > OUTCOME_LABEL_MAX:
        raise UserError(f"De omschrijving van uitkomst {outcome.code} is te lang (hoogstens {OUTCOME_LABEL_MAX} tekens).")
    same = session.scalar(select(OutcomeCode.code).where(
        OutcomeCode.round_id == outcome.round_id, OutcomeCode.id != outcome.id,
        func.lower(OutcomeCode.label) == clean.lower()))
    if same is not None:
        raise UserError(f"Uitkomst {same} heet al '{clean}'; kies een andere omschrijving.")
    outcome.label = clean
    session.flush()
    return _outcome_row(outcome)


# --- open homes ------------------------------------------------------------------------------------

def _attempts_before(session: Session, round_: Round, evening: Evening | None) -> list[DoorAttempt]:
    """The round's door visits recorded before ``evening`` (all of them for None), oldest first."""
    attempts = list(session.scalars(select(DoorAttempt).where(DoorAttempt.round_id == round_.id)))
    if evening is not None:
        keys = {e.id: _evening_key(e) for e in round_.evenings}
        limit = _evening_key(evening)
        starts = datetime.combine(evening.date, evening.starts)

        def before(attempt: DoorAttempt) -> bool:
            if attempt.evening_id is not None and attempt.evening_id in keys:
                return keys[attempt.evening_id] < limit
            return wall_clock(attempt.at) < starts

        attempts = [a for a in attempts if before(a)]
    return sorted(attempts, key=lambda a: (wall_clock(a.at), a.id))


def _closed_ids(attempts: Iterable[DoorAttempt]) -> set[int]:
    return {a.home_id for a in attempts if a.outcome.final}


def _interviewed_ids(session: Session, round_id: int) -> set[int]:
    """Homes with a completed interview in the round: done, whatever their door outcomes say."""
    return set(session.scalars(select(Interview.home_id).where(Interview.round_id == round_id,
                                                               Interview.status == COMPLETE)))


def _done_ids(session: Session, round_: Round, evening: Evening | None,
              attempts: Iterable[DoorAttempt] | None = None) -> set[int]:
    """Homes no team visits any more on ``evening``: a final outcome before it, or a completed interview."""
    if attempts is None:
        attempts = _attempts_before(session, round_, evening)
    return _closed_ids(attempts) | _interviewed_ids(session, round_.id)


def _open_rows(session: Session, round_: Round, evening: Evening | None) -> list[HomeRow]:
    closed = _done_ids(session, round_, evening)
    return [home for home in list_home_rows(session, round_.building_id) if home.id not in closed]


def open_homes(session: Session, round_id: int, evening_id: int | None = None) -> list[HomeRow]:
    """Homes still to visit on that evening (now, for None), in walking order: no final outcome
    (interview, partial, refusal, 'niet meer aanbellen', vacant) among the visits recorded before,
    and no completed interview."""
    round_ = _round(session, round_id)
    evening = _evening_of_round(session, round_, evening_id) if evening_id is not None else None
    return _open_rows(session, round_, evening)


# --- door assignment -------------------------------------------------------------------------------

def _cut_penalty(before: HomeRow, after: HomeRow) -> int:
    """How much stair climbing a cut between two neighbouring doors in walking order costs."""
    if (before.entrance_position, before.entrance) != (after.entrance_position, after.entrance):
        return 0
    if before.floor != after.floor:
        return 1
    return 4


def split_walking_order(homes: Sequence[HomeRow], teams: int, slack: int = BALANCE_SLACK) -> list[list[HomeRow]]:
    """Cut ``homes`` (walking order) into ``teams`` contiguous runs whose sizes differ by at most
    ``slack``, with the cuts at entrance changes, then floor changes, then anywhere."""
    n = len(homes)
    if teams <= 0:
        return []
    if n <= teams:
        return [[home] for home in homes] + [[] for _ in range(teams - n)]
    penalty = [0] + [_cut_penalty(homes[i - 1], homes[i]) for i in range(1, n)]  # cut before index i
    mean = n / teams
    best: tuple[float, list[int]] | None = None
    for low in range(max(0, -(-n // teams) - slack), n // teams + 1):
        high = low + slack
        if low * teams > n or high * teams < n:
            continue
        # cost[j][i]: the cheapest way to cover the first i homes with j runs; choice[j][i]: last cut.
        inf = float("inf")
        cost = [[inf] * (n + 1) for _ in range(teams + 1)]
        choice = [[0] * (n + 1) for _ in range(teams + 1)]
        cost[0][0] = 0.0
        for j in range(1, teams + 1):
            for i in range(j * low, min(n, j * high) + 1):
                for size in range(low, high + 1):
                    start = i - size
                    if start < 0 or cost[j - 1][start] == inf:
                        continue
                    cut = penalty[start] * 100 if 0 < start else 0
                    value = cost[j - 1][start] + cut + (size - mean) ** 2
                    if value < cost[j][i]:
                        cost[j][i], choice[j][i] = value, start
        if cost[teams][n] == inf:
            continue
        cuts, i = [], n
        for j in range(teams, 0, -1):
            cuts.append(choice[j][i])
            i = choice[j][i]
        if best is None or cost[teams][n] < best[0]:
            best = (cost[teams][n], sorted(cuts))
    assert best is not None  # a window always fits: low = n // teams, high = low + slack ≥ ceil(n / teams)
    bounds = best[1] + [n]
    return [list(homes[bounds[k]:bounds[k + 1]]) for k in range(teams)]


def _coverage(homes: Sequence[HomeRow], open_by_floor: Mapping[tuple, int]) -> tuple[str, int]:
    """'A: BG–5e, 6e (deels)'; and the number of contiguous entrance/floor stretches."""
    by_entrance: dict[tuple, dict[int, int]] = {}
    for home in homes:
        key = (home.entrance_position, home.entrance)
        by_entrance.setdefault(key, {})
        by_entrance[key][home.floor] = by_entrance[key].get(home.floor, 0) + 1
    parts, runs = [], 0
    for key in sorted(by_entrance):
        floors = by_entrance[key]
        items: list[str] = []
        run: list[int] = []

        def flush() -> None:
            if run:
                items.append(floor_label(run[0]) if len(run) == 1 else f"{floor_label(run[0])}–{floor_label(run[-1])}")
                run.clear()

        previous = None
        for floor in sorted(floors):
            if previous is not None and floor != previous + 1:
                runs += 1
            partial = floors[floor] < open_by_floor.get((*key, floor), 0)
            if partial or (previous is not None and floor != previous + 1):
                flush()
            if partial:
                items.append(f"{floor_label(floor)} (deels)")
            else:
                run.append(floor)
            previous = floor
        flush()
        runs += 1
        parts.append(f"{key[1] or 'zonder portiek'}: {', '.join(items)}")
    return "; ".join(parts), runs


def _assignment(session: Session, round_: Round, evening: Evening) -> EveningAssignment:
    homes = list_home_rows(session, round_.building_id)
    closed = _done_ids(session, round_, evening)
    open_rows = [h for h in homes if h.id not in closed]
    team_of_home = dict(session.execute(
        select(Assignment.home_id, Assignment.team_id).where(Assignment.evening_id == evening.id)
    ).all())
    open_by_floor: dict[tuple, int] = {}
    for home in open_rows:
        key = (home.entrance_position, home.entrance, home.floor)
        open_by_floor[key] = open_by_floor.get(key, 0) + 1
    teams = []
    for team in list_teams(session, round_.id):
        mine = [h for h in open_rows if team_of_home.get(h.id) == team.id]
        coverage, runs = _coverage(mine, open_by_floor) if mine else ("", 0)
        teams.append(TeamAssignmentRow(team.id, team.name, team.position, team.member_names, len(mine),
                                       coverage, runs))
    return EveningAssignment(
        evening=_evening_row(evening),
        teams=tuple(teams),
        team_of_home={h.id: team_of_home[h.id] for h in open_rows if h.id in team_of_home},
        open_home_ids=tuple(h.id for h in open_rows),
        closed_home_ids=tuple(h.id for h in homes if h.id in closed),
        unassigned_home_ids=tuple(h.id for h in open_rows if h.id not in team_of_home),
        stale_home_ids=tuple(h.id for h in homes if h.id in closed and h.id in team_of_home),
    )


def _check_ready(session: Session, round_: Round, need_evenings: bool = True) -> None:
    homes = session.scalar(select(func.count(Home.id)).where(Home.building_id == round_.building_id)) or 0
    if not homes:
        raise UserError(f"Flat '{round_.building.name}' heeft nog geen woningen; importeer eerst de adreslijst.")
    if need_evenings and not round_.evenings:
        raise UserError(f"Ronde '{round_.name}' heeft nog geen avonden; plan eerst een avond.")
    if not round_.teams:
        raise UserError(f"Ronde '{round_.name}' heeft nog geen teams; deel eerst de vrijwilligers in teams in.")


def assigned_door_counts(session: Session, round_id: int) -> dict[int, int]:
    """Evening id → the number of doors assigned to a team that evening (evenings not split: absent)."""
    rows = session.execute(
        select(Assignment.evening_id, func.count(Assignment.id)).join(Evening, Evening.id == Assignment.evening_id)
        .where(Evening.round_id == round_id).group_by(Assignment.evening_id)
    )
    return {evening_id: int(count) for evening_id, count in rows}


def evening_assignment(session: Session, round_id: int, evening_id: int) -> EveningAssignment:
    """The current assignment of one evening (possibly empty), for the planner."""
    round_ = _round(session, round_id)
    return _assignment(session, round_, _evening_of_round(session, round_, evening_id))


def assign_doors(session: Session, round_id: int, evening_id: int) -> EveningAssignment:
    """Split the evening's open homes over the round's teams (replacing that evening's assignment)."""
    round_ = _round(session, round_id)
    evening = _evening_of_round(session, round_, evening_id)
    _check_ready(session, round_)
    open_rows = _open_rows(session, round_, evening)
    label = _evening_row(evening).label
    if not open_rows:
        raise UserError(f"Op {label} zijn er geen deuren meer te doen: elke woning is al afgerond.")
    teams = sorted(round_.teams, key=lambda t: (t.position, t.id))
    session.execute(delete(Assignment).where(Assignment.evening_id == evening.id))
    for team, run in zip(teams, split_walking_order(open_rows, len(teams))):
        for home in run:
            session.add(Assignment(evening_id=evening.id, team_id=team.id, home_id=home.id))
    session.flush()
    log_activity(session, "round.assign", f"{len(open_rows)} deuren verdeeld over {len(teams)} teams "
                 f"voor {label} (ronde '{round_.name}')", round_.building_id, round_id=round_.id,
                 evening_id=evening.id)
    return _assignment(session, round_, evening)


def move_home(session: Session, evening_id: int, home_id: int, team_id: int) -> EveningAssignment:
    """Give one door on one evening to another team of the same round."""
    evening = _evening(session, evening_id)
    round_ = evening.round
    home = session.get(Home, home_id)
    if home is None:
        raise UserError("Deze woning bestaat niet (meer).")
    if home.building_id != round_.building_id:
        raise UserError(f"Woning {home.code} hoort niet bij flat '{round_.building.name}' van ronde '{round_.name}'.")
    team = _team(session, team_id)
    if team.round_id != round_.id:
        raise UserError(f"{team.name} hoort bij ronde '{team.round.name}', niet bij ronde '{round_.name}'; "
                        f"kies een team van deze ronde.")
    closed = _done_ids(session, round_, evening)
    if home.id in closed:
        raise UserError(f"Woning {home.code} is vóór {_evening_row(evening).label} al afgerond (of heeft een "
                        f"ingevoerde vragenlijst) en staat niet meer op de deurlijst.")
    current = session.scalar(select(Assignment).where(Assignment.evening_id == evening.id,
                                                      Assignment.home_id == home.id))
    if current is None:
        session.add(Assignment(evening_id=evening.id, team_id=team.id, home_id=home.id))
    else:
        current.team_id = team.id
    session.flush()
    return _assignment(session, round_, evening)


# --- homes without a team --------------------------------------------------------------------------

@dataclass(frozen=True)
class TeamlessHomes:
    """Open homes on an evening that was split, but that are on no team's list (added to the block
    after the split, for instance): no door list shows them."""

    evening: EveningRow
    homes: tuple[HomeRow, ...]


def teamless_homes(session: Session, round_id: int, evening_id: int | None = None) -> list[TeamlessHomes]:
    """Per split evening (or only ``evening_id``) the homes still to do that no team has; evenings
    where every open home has a team are left out, and so are evenings not split yet."""
    round_ = _round(session, round_id)
    evenings = sorted(round_.evenings, key=_evening_key)
    if evening_id is not None:
        evenings = [_evening_of_round(session, round_, evening_id)]
    counts = assigned_door_counts(session, round_id)
    found = []
    by_id: dict[int, HomeRow] = {}
    for evening in evenings:
        if not counts.get(evening.id):
            continue
        assignment = _assignment(session, round_, evening)
        if assignment.unassigned_home_ids:
            by_id = by_id or {h.id: h for h in list_home_rows(session, round_.building_id)}
            found.append(TeamlessHomes(_evening_row(evening),
                                       tuple(by_id[i] for i in assignment.unassigned_home_ids)))
    return found


def teamless_warning(groups: Sequence[TeamlessHomes]) -> str:
    """'3 woningen hebben geen team op dinsdag 24-11-2026 en donderdag 26-11-2026: TE-013 (Teststraat 50),
    …'; one sentence per different set of homes, '' when every open home has a team."""
    by_homes: dict[tuple[int, ...], list[TeamlessHomes]] = {}
    for group in groups:
        by_homes.setdefault(tuple(h.id for h in group.homes), []).append(group)
    sentences = []
    for same in by_homes.values():
        homes = same[0].homes
        days = [f"{DUTCH_WEEKDAYS[g.evening.date.weekday()]} {dutch_date(g.evening.date)}" for g in same]
        when = days[0] if len(days) == 1 else f"{', '.join(days[:-1])} en {days[-1]}"
        named = ", ".join(f"{h.code} ({h.address})" for h in homes[:TEAMLESS_NAMED])
        if len(homes) > TEAMLESS_NAMED:
            named += f" en nog {len(homes) - TEAMLESS_NAMED}"
        if len(homes) == 1:
            sentences.append(f"1 woning heeft geen team op {when} en staat op geen deurlijst: {named}.")
        else:
            sentences.append(f"{len(homes)} woningen hebben geen team op {when} en staan op geen deurlijst: {named}.")
    return " ".join(sentences)


def _spread(homes: Sequence[HomeRow], teams: Sequence[int], team_of_home: Mapping[int, int],
            open_rows: Sequence[HomeRow]) -> dict[int, int]:
    """Give each of ``homes`` to a team as the planner would walk: the team already climbing that
    entrance nearest to the home's floor, as long as no team gets more than an even share plus
    BALANCE_SLACK (then the next nearest, then the team with the fewest doors). Existing doors keep
    their team."""
    where: dict[int, list[tuple]] = {team: [] for team in teams}
    count = dict.fromkeys(teams, 0)
    for home in open_rows:
        team = team_of_home.get(home.id)
        if team in where:
            where[team].append(((home.entrance_position, home.entrance), home.floor))
            count[team] += 1
    cap = -(-(sum(count.values()) + len(homes)) // len(teams)) + BALANCE_SLACK
    position = {team: index for index, team in enumerate(teams)}

    def distance(home: HomeRow, team: int) -> int:
        entrance = (home.entrance_position, home.entrance)
        floors = [abs(floor - home.floor) for key, floor in where[team] if key == entrance]
        return min(floors) if floors else 1000

    chosen: dict[int, int] = {}
    for home in homes:
        allowed = [t for t in teams if count[t] < cap] or list(teams)
        team = min(allowed, key=lambda t: (distance(home, t), count[t], position[t]))
        chosen[home.id] = team
        where[team].append(((home.entrance_position, home.entrance), home.floor))
        count[team] += 1
    return chosen


@dataclass(frozen=True)
class TeamlessAssigned:
    """What ``assign_teamless`` did on one evening: team name → the home codes it was given."""

    evening: EveningRow
    given: Mapping[str, tuple[str, ...]]

    @property
    def count(self) -> int:
        return sum(len(codes) for codes in self.given.values())


def assign_teamless(session: Session, round_id: int, evening_id: int | None = None) -> list[TeamlessAssigned]:
    """Divide the homes without a team (``teamless_homes``) over the teams of each split evening, by
    entrance and floor near the doors a team already has, balanced; doors with a team keep it.
    Returns one row per evening that changed (empty: nothing to do)."""
    round_ = _round(session, round_id)
    _check_ready(session, round_)
    teams = sorted(round_.teams, key=lambda t: (t.position, t.id))
    names = {t.id: t.name for t in teams}
    done = []
    homes = list_home_rows(session, round_.building_id)
    for group in teamless_homes(session, round_id, evening_id):
        evening = _evening(session, group.evening.id)
        assignment = _assignment(session, round_, evening)
        open_ids = set(assignment.open_home_ids)
        open_rows = [h for h in homes if h.id in open_ids]
        chosen = _spread(group.homes, [t.id for t in teams], assignment.team_of_home, open_rows)
        given: dict[str, list[str]] = {}
        for home in group.homes:
            session.add(Assignment(evening_id=evening.id, team_id=chosen[home.id], home_id=home.id))
            given.setdefault(names[chosen[home.id]], []).append(home.code)
        done.append(TeamlessAssigned(group.evening, {name: tuple(codes) for name, codes in given.items()}))
    session.flush()
    for row in done:
        log_activity(session, "round.assign", f"{row.count} woningen zonder team verdeeld over "
                     f"{len(row.given)} teams voor {row.evening.label} (ronde '{round_.name}')",
                     round_.building_id, round_id=round_.id, evening_id=row.evening.id)
    return done


# --- door lists ------------------------------------------------------------------------------------

def door_lists(session: Session, round_id: int, evening_id: int, team_id: int | None = None,
               keep_visited: bool = False) -> list[TeamDoorList]:
    """The paper each team carries on one evening: its doors still open, in walking order, each with
    its earlier visits (time, outcome, come-back time; never notes), and the round's outcome codes.
    Never names or answers. A home with a completed interview is never on it, whatever its door
    outcomes say; ``keep_visited`` (the entry grid) keeps such a home on the evening it was visited,
    so what was typed for that evening stays in view."""
    round_ = _round(session, round_id)
    _check_ready(session, round_)
    evening = _evening_of_round(session, round_, evening_id)
    if team_id is not None:
        team = _team(session, team_id)
        if team.round_id != round_.id:
            raise UserError(f"{team.name} hoort niet bij ronde '{round_.name}'.")
    label = _evening_row(evening).label
    attempts = _attempts_before(session, round_, evening)
    interviewed = _interviewed_ids(session, round_.id)
    if keep_visited:
        interviewed -= set(session.scalars(select(DoorAttempt.home_id).where(
            DoorAttempt.round_id == round_.id, DoorAttempt.evening_id == evening.id)))
    closed = _closed_ids(attempts) | interviewed
    earlier: dict[int, list[AttemptRow]] = {}
    for attempt in attempts:
        earlier.setdefault(attempt.home_id, []).append(AttemptRow(
            at=wall_clock(attempt.at), outcome_code=attempt.outcome.code,
            outcome_label=attempt.outcome.label, come_back=attempt.come_back or ""))
    team_of_home = dict(session.execute(
        select(Assignment.home_id, Assignment.team_id).where(Assignment.evening_id == evening.id)).all())
    if not team_of_home:
        raise UserError(f"De deuren van {label} zijn nog niet over de teams verdeeld; "
                        f"kies eerst 'Deuren verdelen'.")
    outcomes = tuple(list_outcomes(session, round_id))
    evening_row = _evening_row(evening)
    doors: dict[int, list[DoorRow]] = {}
    for home in list_home_rows(session, round_.building_id):
        owner = team_of_home.get(home.id)
        if owner is None or home.id in closed:
            continue
        doors.setdefault(owner, []).append(DoorRow(
            home_id=home.id, code=home.code, address=home.address, postcode=home.postcode,
            entrance=home.entrance, floor=home.floor, floor_label=home.floor_label,
            earlier=tuple(earlier.get(home.id, ()))))
    lists = []
    for team in list_teams(session, round_id):
        if team_id is not None and team.id != team_id:
            continue
        if not doors.get(team.id):
            if team_id is not None:
                raise UserError(f"{team.name} heeft op {label} geen deuren.")
            continue
        lists.append(TeamDoorList(round_name=round_.name, building_name=round_.building.name,
                                  team_name=team.name, members=team.member_names, evening=evening_row,
                                  doors=tuple(doors[team.id]), outcomes=outcomes))
    return lists
