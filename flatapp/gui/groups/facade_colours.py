"""The facade map's confidential view of the working groups: the homes with a member in an active group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from flatapp.gui.groups import controller
from flatapp.gui.groups.style import MEMBER_COLOUR
from flatapp.gui.runner import ServiceRunner
from flatapp.storage.database import Database

translate = QCoreApplication.translate


def show_group_homes(database: Database, facade_map, building_id: int | None, shown: bool) -> int:
    """Colour the homes with a member in an active group (the confidential view), or clear the
    colours; returns how many homes are coloured. Showing it is logged (names behind it)."""
    if not shown or building_id is None:
        facade_map.set_home_colours({})
        facade_map.set_legend([])
        return 0
    homes = ServiceRunner(database).write(controller.participating_homes, building_id)
    facade_map.set_home_colours({home_id: MEMBER_COLOUR for home_id in homes})
    facade_map.set_legend([(translate("GroupsMap", "Doet mee in een werkgroep ({n}) — vertrouwelijk").format(
        n=len(homes)), MEMBER_COLOUR)])
    return len(homes)
