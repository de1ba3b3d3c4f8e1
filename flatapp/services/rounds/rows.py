"""The plain rows a round's services hand out, the limits they check and the defaults of a new round."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from flatapp.domain.dutch_dates import period_label
from flatapp.services.round_rows import EveningRow, OutcomeRow

# The optional block with the CBS Veiligheidsmonitor cohesion statements in "Kennen en helpen".
CBS_SECTION = "cbs"
NAME_MAX = 120
TEAM_NAME_MAX = 60
VOLUNTEER_NAME_MAX = 120
PHONE_MAX = 40
OUTCOME_LABEL_MAX = 60
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
    version: int = 1        # the saved version an edit is based on (flatapp.services.versioned)

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
    version: int = 1

    @property
    def label(self) -> str:
        return f"{self.name} ({self.phone})" if self.phone else self.name


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    position: int
    members: tuple[VolunteerRow, ...]
    version: int = 1

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
    assignment_versions: Mapping[int, int] = field(default_factory=dict)   # home id → its assignment's version

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
