"""Plain rows about a round, as the screens and the printed paper need them (no ORM objects).

Built by flatapp.services.rounds; read by flatapp.printing and the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

# Dutch dates and numbers live at the bottom (flatapp.domain.dutch); importable from here as before.
from flatapp.domain.dutch import DUTCH_WEEKDAYS, dutch_date, dutch_moment, wall_clock  # noqa: F401


@dataclass(frozen=True)
class EveningRow:
    id: int
    date: date
    starts: time
    ends: time
    version: int = 1

    @property
    def label(self) -> str:
        """'dinsdag 25-11-2026, 18:30–20:30'."""
        return (f"{DUTCH_WEEKDAYS[self.date.weekday()]} {dutch_date(self.date)}, "
                f"{self.starts:%H:%M}–{self.ends:%H:%M}")


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    code: int           # the number printed on the door list and typed at entry
    label: str
    disposition: str    # interview, partial, refusal, non_contact, not_eligible, other
    final: bool
    asks_time: bool


@dataclass(frozen=True)
class AttemptRow:
    at: datetime
    outcome_code: int
    outcome_label: str
    come_back: str = ""
    note: str = ""

    @property
    def label(self) -> str:
        """'25-11 19:40 niet thuis (later: do 19:00)'."""
        text = f"{self.at:%d-%m %H:%M} {self.outcome_label}"
        return f"{text} (later: {self.come_back})" if self.come_back else text


@dataclass(frozen=True)
class DoorRow:
    """One door on a door list: where it is and what happened there before. Never names or answers."""

    home_id: int
    code: str
    address: str          # 'Kastanjelaan 12-3'
    postcode: str
    entrance: str
    floor: int
    floor_label: str      # 'BG', '1e'
    earlier: tuple[AttemptRow, ...] = ()


@dataclass(frozen=True)
class TeamDoorList:
    """The paper one team carries on one evening, doors in walking order."""

    round_name: str
    building_name: str
    team_name: str
    members: tuple[str, ...]
    evening: EveningRow
    doors: tuple[DoorRow, ...]
    outcomes: tuple[OutcomeRow, ...] = field(default=())
    # For the page id on the paper (a scan names the list it came from); 0 / None when unknown.
    round_id: int = 0
    team_id: int | None = None
