"""The Werkgroepen menu of the main window (mixed into MainController): groups, partners and the groups on the map."""

from __future__ import annotations


class GroupsActions:
    """The Werkgroepen menu of the main window."""

    def show_groups(self) -> None:
        """Werkgroepen › Overzicht…: the block's groups and actions (flatapp.gui.groups)."""
        from flatapp.gui.groups import GroupsOverview

        building = self.current_building()
        if building is None:
            return
        dialog = GroupsOverview(self.database, building.id, building.name, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if self.window.ui.actionGroupsOnMap.isChecked():
            self.show_group_homes(True)

    def show_partners(self) -> None:
        from flatapp.gui.groups import PartnersDialog

        dialog = PartnersDialog(self.database, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_group_homes(self, shown: bool) -> None:
        """The facade map's confidential view: the homes with a member in an active working group."""
        from flatapp.gui.groups import show_group_homes

        show_group_homes(self.database, self.window.facade_map, self._building_id, shown)
