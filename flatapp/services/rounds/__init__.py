"""Planning a round: the round itself, evenings, volunteers, teams, outcome codes and door assignment.

Every function takes a Session; the caller owns the transaction, so one save is one transaction
and a ``UserError`` (a Dutch sentence that says what and why) leaves nothing saved half: checks
run before anything changes, and the caller rolls back on an error anyway.

Door assignment splits the doors still open on an evening over the round's teams in walking order
(the pure algorithm is flatapp.domain.walking_order). Homes that have no team on a split evening (added
to the block after the split) are named by ``teamless_homes`` and given to the team nearest in entrance
and floor by ``assign_teamless``, without moving any other door.

Rows going out are plain dataclasses (``round_rows`` for what printing reads); no ORM object
escapes this package.

The package: ``rows`` the rows, limits and defaults, ``lookup`` the shared look-ups, ``round`` the round
itself, ``evenings``, ``teams`` (volunteers and teams), ``outcomes`` the outcome codes, ``doors`` open doors
and their split over the teams, ``teamless`` homes without a team, ``door_lists`` what each team carries.
Parsing typed dates and times lives in flatapp.domain.dutch_dates.
"""

from __future__ import annotations

from flatapp.domain.dutch_dates import parse_dutch_date, parse_evening, parse_time, period_label
from flatapp.domain.walking_order import BALANCE_SLACK, split_walking_order
from flatapp.services.rounds.door_lists import door_lists
from flatapp.services.rounds.doors import (
    assign_doors,
    assigned_door_counts,
    auto_teams,
    evening_assignment,
    move_home,
    open_homes,
)
from flatapp.services.rounds.evenings import (
    add_evening,
    find_evening,
    list_evenings,
    remove_evening,
    update_evening,
)
from flatapp.services.rounds.outcomes import list_outcomes, update_outcome_label
from flatapp.services.rounds.round import (
    create_round,
    find_round,
    get_round,
    list_rounds,
    remove_round,
    round_detail,
    update_round,
)
from flatapp.services.rounds.rows import (
    CBS_SECTION,
    DEFAULT_LETTER_TEXT,
    DEFAULT_OUTCOMES,
    NAME_MAX,
    OUTCOME_LABEL_MAX,
    PHONE_MAX,
    TEAM_NAME_MAX,
    TEAMLESS_NAMED,
    VOLUNTEER_NAME_MAX,
    DefaultOutcome,
    EveningAssignment,
    RoundDetail,
    RoundRow,
    TeamAssignmentRow,
    TeamRow,
    VolunteerRow,
)
from flatapp.services.rounds.teamless import (
    TeamlessAssigned,
    TeamlessHomes,
    assign_teamless,
    teamless_homes,
    teamless_warning,
)
from flatapp.services.rounds.teams import (
    add_volunteer,
    create_team,
    list_teams,
    list_volunteers,
    remove_team,
    remove_volunteer,
    update_team,
    update_volunteer,
)

__all__ = [
    "BALANCE_SLACK", "CBS_SECTION", "DEFAULT_LETTER_TEXT", "DEFAULT_OUTCOMES", "NAME_MAX", "OUTCOME_LABEL_MAX",
    "PHONE_MAX", "TEAMLESS_NAMED", "TEAM_NAME_MAX", "VOLUNTEER_NAME_MAX", "DefaultOutcome", "EveningAssignment",
    "RoundDetail", "RoundRow", "TeamAssignmentRow", "TeamRow", "TeamlessAssigned", "TeamlessHomes",
    "VolunteerRow", "add_evening", "add_volunteer", "assign_doors", "assign_teamless", "assigned_door_counts",
    "auto_teams", "create_round", "create_team", "door_lists", "evening_assignment", "find_evening",
    "find_round", "get_round", "list_evenings", "list_outcomes", "list_rounds", "list_teams",
    "list_volunteers", "move_home", "open_homes", "parse_dutch_date", "parse_evening", "parse_time",
    "period_label", "remove_evening", "remove_round", "remove_team", "remove_volunteer", "round_detail",
    "split_walking_order", "teamless_homes", "teamless_warning", "update_evening", "update_outcome_label",
    "update_round", "update_team", "update_volunteer",
]
