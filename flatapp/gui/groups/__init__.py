"""Werkgroepen: the overview per block, a dialog per working group and the partner list.

The package: ``overview`` (Werkgroepen › Overzicht…), ``group_dialog`` (one group: fields, members, partners
and actions, every change an undo step), ``partners_dialog`` (Werkgroepen › Partners…), ``facade_colours``
(the facade map's view of the homes taking part); ``models`` the table models and the status delegate,
``tables`` the table views' look, ``controller`` the reads and writes the runner runs, ``style`` the
colours. The layouts are Designer files: ui/groups_overview.ui, ui/group_dialog.ui, ui/partners_dialog.ui.
"""

from __future__ import annotations

from flatapp.gui.groups.facade_colours import show_group_homes
from flatapp.gui.groups.group_dialog import GroupDialog
from flatapp.gui.groups.overview import GroupsOverview
from flatapp.gui.groups.partners_dialog import PartnersDialog
from flatapp.gui.groups.style import MEMBER_COLOUR, WARNING_FILL

__all__ = ["MEMBER_COLOUR", "WARNING_FILL", "GroupDialog", "GroupsOverview", "PartnersDialog", "show_group_homes"]
