"""Door outcomes typed in after an evening: one attempt per ring, each with its time.

Every function takes a Session; the caller owns the transaction (one key press in the entry grid
is one save). Rows going out are plain dataclasses; no ORM object escapes this module.

Decisions (the issue left them open):

- **Several attempts per door** are all kept (each with its time); "latest" means the latest by
  time (then by entry order), and undo removes the last one entered for that evening.
- **"Later terugkomen" without a come-back time** is saved (the paper often has none) and flagged:
  the returned row carries a warning, and the grid shows "wanneer?" until a time is typed.
- **A time outside the evening** (before its start, more than an hour after its end, or on another
  day) is saved as typed, with a warning in the returned row: the coordinator copies what the
  volunteer wrote and is the one who can check it. Refusing would block typing the rest.
- **A home of another block** or **an unknown code** is refused with a UserError (the valid codes
  are listed). A door that is not on the chosen team's list is accepted (teams swap doors).
- A note is at most ``NOTE_MAX`` characters, a come-back time ``COME_BACK_MAX``; longer text is
  refused, never cut off silently.
- Recording a key press is not logged one by one (that would be one log row per key); the entry
  screen calls ``log_entry`` once when the coordinator leaves a door list, with the totals.

The next evening's door lists follow from what is recorded here: ``rounds.open_homes`` and
``rounds.door_lists`` leave out every home with a final outcome (interview, partial, refusal,
vacant, "niet meer aanbellen") recorded before that evening, and every home with a completed
interview (the grid keeps such a home on an evening it was visited, so what was typed stays in view).
Door visits to and from Excel/CSV, with the same checks: ``outcomes_io``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.round_rows import AttemptRow, DoorRow, EveningRow, OutcomeRow, dutch_date, wall_clock
from flatapp.services.rounds import door_lists, list_outcomes, list_teams
from flatapp.services.versioned import claim_version
from flatapp.storage.models import Home
from flatapp.storage.round_models import DoorAttempt, Evening, OutcomeCode, Round, Team

NOTE_MAX = 500
COME_BACK_MAX = 60
# A time this long after the evening's end still counts as "that evening" without a warning.
LATE_SLACK = timedelta(hours=1)

# Facade colours per AAPOR disposition group (the map picks black or white text on each).
DISPOSITION_COLOURS: dict[str, str] = {
    "interview": "#1e8a4c",      # green: spoken
    "partial": "#9fd88a",        # light green: partly spoken
    "refusal": "#d2443a",        # red
    "non_contact": "#f2a93b",    # amber: not home, come back later
    "not_eligible": "#a3abb5",   # grey: vacant, no home
    "other": "#4f86c6",          # blue: language barrier and the like
}
DISPOSITION_ORDER = ("interview", "partial", "non_contact", "refusal", "not_eligible", "other")

_TIME_DIGITS = re.compile(r"^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$")
_TIME_COMPACT = re.compile(r"^\s*(\d{1,2})(\d{2})\s*$")


# --- rows ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RecordedAttempt(AttemptRow):
    """An attempt as stored: an AttemptRow with its ids and any warnings about what was typed."""

    id: int = 0
    home_id: int = 0
    evening_id: int | None = None
    team_id: int | None = None
    disposition: str = ""
    final: bool = False
    asks_time: bool = False
    warnings: tuple[str, ...] = ()
    version: int = 1        # the saved version a correction or an undo is based on

    @property
    def needs_come_back(self) -> bool:
        """'Later terugkomen' without a time to come back: flagged, not refused."""
        return self.asks_time and not self.come_back


@dataclass(frozen=True)
class DoorOutcomeRow:
    """One door of the entry grid: where it is, earlier visits, and this evening's visits."""

    home_id: int
    code: str
    address: str
    entrance: str
    floor: int
    floor_label: str
    team_id: int | None
    team_name: str
    earlier: tuple[AttemptRow, ...] = ()          # before this evening, oldest first
    tonight: tuple[RecordedAttempt, ...] = ()     # this evening, oldest first

    @property
    def latest(self) -> RecordedAttempt | None:
        """This evening's last attempt (what the grid shows as the evening's outcome)."""
        return self.tonight[-1] if self.tonight else None

    @property
    def previous(self) -> tuple[AttemptRow, ...]:
        """Every visit before the latest one: earlier evenings, then this evening's earlier rings."""
        return self.earlier + self.tonight[:-1]


# --- parsing ---------------------------------------------------------------------------------------

def parse_entry_time(text: str) -> time:
    """A time as typed in the grid: '19:45', '19.45', '1945', '945', '19' (19:00)."""
    raw = (text or "").strip()
    match = _TIME_COMPACT.match(raw) if raw.isdigit() and len(raw) >= 3 else _TIME_DIGITS.match(raw)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        if 0 <= hours <= 23 and 0 <= minutes <= 59:
            return time(hours, minutes)
    raise UserError(f"De tijd '{raw}' is geen geldige tijd; typ bijvoorbeeld 19:45 of 1945.")


# --- helpers ---------------------------------------------------------------------------------------

def _round(session: Session, round_id: int) -> Round:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError("Deze ronde bestaat niet (meer).")
    return round_


def _evening_label(evening: Evening) -> str:
    return EveningRow(evening.id, evening.date, evening.starts, evening.ends).label


def _attempt_key(attempt: DoorAttempt) -> tuple:
    return (wall_clock(attempt.at), attempt.id)


def _recorded(attempt: DoorAttempt, warnings: tuple[str, ...] = ()) -> RecordedAttempt:
    outcome = attempt.outcome
    return RecordedAttempt(
        at=wall_clock(attempt.at), outcome_code=outcome.code, outcome_label=outcome.label,
        come_back=attempt.come_back or "", note=attempt.note or "", id=attempt.id, home_id=attempt.home_id,
        evening_id=attempt.evening_id, team_id=attempt.team_id, disposition=outcome.disposition,
        final=bool(outcome.final), asks_time=bool(outcome.asks_time), warnings=warnings, version=attempt.version)


def _check_text(come_back: str, note: str, home: Home) -> tuple[str, str]:
    come_back = " ".join((come_back or "").split())
    note = (note or "").strip()
    if len(come_back) > COME_BACK_MAX:
        raise UserError(f"Het terugkommoment bij woning {home.code} is te lang ({len(come_back)} tekens, "
                        f"hoogstens {COME_BACK_MAX}); schrijf bijvoorbeeld 'do 19:00'.")
    if len(note) > NOTE_MAX:
        raise UserError(f"De notitie bij woning {home.code} is te lang ({len(note)} tekens, "
                        f"hoogstens {NOTE_MAX}); kort hem in.")
    return come_back, note


def _warnings(attempt_at: datetime, evening: Evening | None, outcome: OutcomeCode, come_back: str,
              home: Home) -> tuple[str, ...]:
    warnings = []
    if evening is not None:
        starts = datetime.combine(evening.date, evening.starts)
        ends = datetime.combine(evening.date, evening.ends)
        if attempt_at.date() != evening.date:
            warnings.append(f"Woning {home.code}: de datum {dutch_date(attempt_at.date())} is niet die van de "
                            f"avond ({dutch_date(evening.date)}).")
        elif attempt_at < starts or attempt_at > ends + LATE_SLACK:
            warnings.append(f"Woning {home.code}: {attempt_at:%H:%M} valt buiten de avond "
                            f"({evening.starts:%H:%M}–{evening.ends:%H:%M}); klopt de tijd?")
    if outcome.asks_time and not come_back:
        warnings.append(f"Woning {home.code}: '{outcome.label}' zonder tijd om terug te komen.")
    return tuple(warnings)


def _attempt(session: Session, attempt_id: int) -> DoorAttempt:
    attempt = session.get(DoorAttempt, attempt_id)
    if attempt is None:
        raise UserError("Dit bezoek bestaat niet (meer); het is misschien al ongedaan gemaakt.")
    return attempt


# --- recording -------------------------------------------------------------------------------------

def record_attempt(
    session: Session,
    round_id: int,
    home_id: int,
    outcome_code: int,
    at: datetime,
    evening_id: int | None = None,
    team_id: int | None = None,
    come_back: str = "",
    note: str = "",
) -> RecordedAttempt:
    """Keep one ring at one door (earlier attempts stay). ``outcome_code`` is the number printed on
    the door list. Returns the stored attempt with its id and any warnings (see the module text)."""
    round_ = _round(session, round_id)
    home = session.get(Home, home_id)
    if home is None:
        raise UserError("Deze woning bestaat niet (meer).")
    if home.building_id != round_.building_id:
        raise UserError(f"Woning {home.code} hoort niet bij flat '{round_.building.name}' van ronde "
                        f"'{round_.name}'; kies een woning van deze flat.")
    outcome = session.scalar(select(OutcomeCode).where(OutcomeCode.round_id == round_.id,
                                                       OutcomeCode.code == outcome_code))
    if outcome is None:
        known = ", ".join(f"{o.code} {o.label}" for o in round_.outcome_codes)
        raise UserError(f"Uitkomstcode {outcome_code} bestaat niet in ronde '{round_.name}'; "
                        f"geldig zijn: {known}.")
    evening = None
    if evening_id is not None:
        evening = session.get(Evening, evening_id)
        if evening is None or evening.round_id != round_.id:
            raise UserError(f"Deze avond hoort niet bij ronde '{round_.name}'.")
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is None or team.round_id != round_.id:
            raise UserError(f"Dit team hoort niet bij ronde '{round_.name}'.")
    if not isinstance(at, datetime):
        raise UserError(f"Geef het bezoek aan woning {home.code} een datum en tijd.")
    at = wall_clock(at).replace(second=0, microsecond=0)
    come_back, note = _check_text(come_back, note, home)
    attempt = DoorAttempt(round_id=round_.id, home_id=home.id, evening_id=evening_id, team_id=team_id,
                          outcome_code_id=outcome.id, at=at, come_back=come_back, note=note)
    session.add(attempt)
    session.flush()
    return _recorded(attempt, _warnings(at, evening, outcome, come_back, home))


def update_attempt(
    session: Session,
    attempt_id: int,
    *,
    at: datetime | None = None,
    come_back: str | None = None,
    note: str | None = None,
    version: int | None = None,
) -> RecordedAttempt:
    """Correct the time, come-back time or note of a recorded attempt (None: keep), based on the
    attempt's ``version`` (refused when someone corrected or removed it meanwhile)."""
    attempt = _attempt(session, attempt_id)
    home = attempt.home
    new_at = attempt.at if at is None else wall_clock(at).replace(second=0, microsecond=0)
    new_come_back, new_note = _check_text(attempt.come_back if come_back is None else come_back,
                                          attempt.note if note is None else note, home)
    wanted = {name: value for name, value, given in (("at", new_at, at), ("come_back", new_come_back, come_back),
                                                     ("note", new_note, note)) if given is not None}
    claim_version(session, DoorAttempt, attempt_id, version, f"Het bezoek aan woning {home.code}",
                  ATTEMPT_LABELS, wanted, values={"at": new_at, "come_back": new_come_back, "note": new_note})
    session.refresh(attempt)
    evening = session.get(Evening, attempt.evening_id) if attempt.evening_id is not None else None
    return _recorded(attempt, _warnings(wall_clock(new_at), evening, attempt.outcome, new_come_back, home))


ATTEMPT_LABELS = {"at": "de tijd", "come_back": "het terugkommoment", "note": "de notitie"}


def undo_attempt(session: Session, attempt_id: int, version: int | None = None) -> RecordedAttempt:
    """Remove one recorded attempt; returns what was removed (for the status line). Refused when someone
    corrected it after ``version``."""
    attempt = _attempt(session, attempt_id)
    claim_version(session, DoorAttempt, attempt_id, version, f"Het bezoek aan woning {attempt.home.code}",
                  deleting=True)
    row = _recorded(attempt)
    session.delete(attempt)
    session.flush()
    return row


def undo_last_attempt(session: Session, round_id: int, home_id: int,
                      evening_id: int | None) -> RecordedAttempt | None:
    """Remove the last attempt entered for this door on this evening; None when there is none."""
    attempt = session.scalar(
        select(DoorAttempt).where(DoorAttempt.round_id == round_id, DoorAttempt.home_id == home_id,
                                  DoorAttempt.evening_id == evening_id)
        .order_by(DoorAttempt.id.desc()).limit(1))
    return undo_attempt(session, attempt.id, attempt.version) if attempt is not None else None


def log_entry(session: Session, round_id: int, evening_id: int | None, team_id: int | None,
              recorded: int, undone: int = 0) -> None:
    """One activity row for a stretch of typing (not one per key press)."""
    if not recorded and not undone:
        return
    round_ = _round(session, round_id)
    evening = session.get(Evening, evening_id) if evening_id is not None else None
    team = session.get(Team, team_id) if team_id is not None else None
    where = f" op {_evening_label(evening)}" if evening is not None else ""
    who = f" van {team.name}" if team is not None else ""
    summary = f"{recorded} deurbezoeken ingevoerd{who}{where} (ronde '{round_.name}')"
    if undone:
        summary += f", {undone} ongedaan gemaakt"
    log_activity(session, "round.outcomes", summary, round_.building_id, round_id=round_.id,
                 evening_id=evening_id, team_id=team_id, recorded=recorded, undone=undone)


# --- reading ---------------------------------------------------------------------------------------

def evening_doors(session: Session, round_id: int, evening_id: int,
                  team_id: int | None = None) -> list[DoorOutcomeRow]:
    """The evening's door list (one team's, or every team's one after the other) in the printed
    order, each door with its visits before this evening and the ones recorded this evening."""
    lists = door_lists(session, round_id, evening_id, team_id, keep_visited=True)
    team_ids = {team.name: team.id for team in list_teams(session, round_id)}
    home_ids = [door.home_id for door_list in lists for door in door_list.doors]
    tonight: dict[int, list[RecordedAttempt]] = {}
    if home_ids:
        attempts = session.scalars(select(DoorAttempt).where(DoorAttempt.round_id == round_id,
                                                             DoorAttempt.evening_id == evening_id))
        for attempt in sorted(attempts, key=_attempt_key):
            tonight.setdefault(attempt.home_id, []).append(_recorded(attempt))
    rows = []
    for door_list in lists:
        for door in door_list.doors:
            rows.append(_door_row(door, team_ids.get(door_list.team_name), door_list.team_name,
                                  tuple(tonight.get(door.home_id, ()))))
    return rows


def _door_row(door: DoorRow, team_id: int | None, team_name: str,
              tonight: tuple[RecordedAttempt, ...]) -> DoorOutcomeRow:
    return DoorOutcomeRow(home_id=door.home_id, code=door.code, address=door.address, entrance=door.entrance,
                          floor=door.floor, floor_label=door.floor_label, team_id=team_id, team_name=team_name,
                          earlier=door.earlier, tonight=tonight)


def latest_outcomes(session: Session, round_id: int) -> dict[int, OutcomeRow]:
    """Home id → the outcome of its latest attempt in the round (by time, then entry order)."""
    _round(session, round_id)
    outcomes = {o.id: o for o in list_outcomes(session, round_id)}
    rows = session.execute(select(DoorAttempt.home_id, DoorAttempt.outcome_code_id, DoorAttempt.at, DoorAttempt.id)
                           .where(DoorAttempt.round_id == round_id))
    latest: dict[int, tuple[tuple, int]] = {}
    for home_id, outcome_id, at, attempt_id in rows:
        key = (wall_clock(at), attempt_id)
        if home_id not in latest or key > latest[home_id][0]:
            latest[home_id] = (key, outcome_id)
    return {home_id: outcomes[outcome_id] for home_id, (_, outcome_id) in latest.items()}


def disposition_colours() -> dict[str, str]:
    """Disposition group → hex colour, for the facade map and its legend."""
    return dict(DISPOSITION_COLOURS)

