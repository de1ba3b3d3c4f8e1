"""Planning a round: the round, its evenings, volunteers and teams, and who rings which door.

``RoundPlannerWidget`` holds the widgets (layout in ui/round_planner.ui) and reacts to them;
every change goes through ``RoundPlanner``, which runs one service call in one transaction and
hands back plain rows. Tables are thin models over those rows. A bad input shows the service's
Dutch message at the section it belongs to and nothing is saved.

The facade map (``flatapp.gui.facade_map``) shows the evening's split, one colour per team;
the coordinator selects a home and gives it to another team with the combo box or the keys 1–9.

The package: ``view`` the widget (the round itself, showing it, shared helpers), composed with the
tabs' panels ``evenings_panel``, ``teams_panel`` (volunteers and teams) and ``doors_panel`` (the split);
``models`` the table models, ``controller`` the service calls, ``style`` the team colours and styles.
"""

from __future__ import annotations

from flatapp.gui.round_planner.controller import CONTEXT, RoundPlanner
from flatapp.gui.round_planner.models import (
    COL_ASSIGN_COVERAGE,
    COL_ASSIGN_DOORS,
    COL_ASSIGN_TEAM,
    COL_EVENING_DATE,
    COL_EVENING_DAY,
    COL_EVENING_DOORS,
    COL_EVENING_ENDS,
    COL_EVENING_STARTS,
    COL_TEAM_MEMBERS,
    COL_TEAM_NAME,
    COL_VOLUNTEER_NAME,
    COL_VOLUNTEER_PHONE,
    COL_VOLUNTEER_TEAM,
    AssignmentTableModel,
    DutchDateDelegate,
    EveningTableModel,
    TeamTableModel,
    VolunteerTableModel,
)
from flatapp.gui.round_planner.style import CLOSED_COLOUR, TEAM_COLOURS, team_colour
from flatapp.gui.round_planner.view import RoundPlannerWidget

__all__ = ["CLOSED_COLOUR", "COL_ASSIGN_COVERAGE", "COL_ASSIGN_DOORS", "COL_ASSIGN_TEAM", "COL_EVENING_DATE",
           "COL_EVENING_DAY", "COL_EVENING_DOORS", "COL_EVENING_ENDS", "COL_EVENING_STARTS", "COL_TEAM_MEMBERS",
           "COL_TEAM_NAME", "COL_VOLUNTEER_NAME", "COL_VOLUNTEER_PHONE", "COL_VOLUNTEER_TEAM", "CONTEXT",
           "TEAM_COLOURS", "AssignmentTableModel", "DutchDateDelegate", "EveningTableModel", "RoundPlanner",
           "RoundPlannerWidget", "TeamTableModel", "VolunteerTableModel", "team_colour"]
