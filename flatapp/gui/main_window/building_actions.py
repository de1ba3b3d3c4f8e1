"""Blocks in the main window (mixed into MainController): importing homes, a new block, renaming one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from flatapp.gui.conflicts import ConflictReloaded
from flatapp.services.buildings import create_building, list_buildings, rename_building
from flatapp.services.errors import UserError

translate = QCoreApplication.translate


class BuildingActions:
    """Blocks in the main window."""

    def import_homes(self) -> None:
        from flatapp.gui.import_dialog import ImportHomesDialog  # heavy (pandas); only when asked

        building = self.current_building()
        dialog = ImportHomesDialog(self.database, building.name if building else None, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            name = getattr(dialog, "imported_building_name", None)
        finally:
            dialog.deleteLater()
        self.undo_stack.clear()  # an import may have replaced homes the undo steps point at
        self.reload(building_id=self._building_id_named(name))

    def _building_id_named(self, name: str | None) -> int | None:
        if not name:
            return None
        rows = self.runner.read(list_buildings)
        return next((row.id for row in rows if row.name.casefold() == name.casefold()), None)

    def _ask_building_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def new_building(self) -> int | None:
        text = ""
        while True:
            name = self._ask_building_name(translate("MainWindow", "Nieuwe flat"),
                                           translate("MainWindow", "Naam van de flat:"), text)
            if name is None:
                return None
            try:
                building_id = self.runner.write(create_building, name).id
            except UserError as error:
                QMessageBox.warning(self.window, translate("MainWindow", "Nieuwe flat"), str(error))
                text = name
                continue
            self.reload(building_id=building_id)
            return building_id

    def rename_current_building(self) -> bool:
        building = self.current_building()
        if building is None:
            return False
        text = building.name
        while True:
            name = self._ask_building_name(translate("MainWindow", "Flat hernoemen"),
                                           translate("MainWindow", "Nieuwe naam voor de flat:"), text)
            if name is None:
                return False
            try:
                self.runner.write(rename_building, building.id, name, building.version)
            except ConflictReloaded:
                self.reload(building_id=building.id)
                return False
            except UserError as error:
                QMessageBox.warning(self.window, translate("MainWindow", "Flat hernoemen"), str(error))
                text = name
                continue
            self.reload(building_id=building.id)
            return True
