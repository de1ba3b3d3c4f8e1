"""Werkgroepen › Overzicht… (ui/groups_overview.ui): the block's groups (members, open and overdue actions,
the next date), the open actions by date (overdue ones in the warning colours and marked 'te laat') and what
has been done with its result. Enter on a group opens its dialog (``group_dialog``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QWidget

from flatapp.domain.tiers import Tier
from flatapp.gui import theme
from flatapp.gui.generated.ui_groups_overview import Ui_GroupsOverview
from flatapp.gui.groups import controller
from flatapp.gui.groups.group_dialog import GroupDialog
from flatapp.gui.groups.models import ActionModel, DoneModel, GroupTableModel
from flatapp.gui.groups.style import TIER_STYLE
from flatapp.gui.groups.tables import select_row, setup_table
from flatapp.gui.message_line import show_message
from flatapp.gui.runner import ServiceRunner
from flatapp.services import groups as group_service
from flatapp.services.errors import UserError
from flatapp.storage.database import Database


class GroupsOverview(QDialog):
    """Werkgroepen › Overzicht…: the block's groups, open actions by date, and what has been done."""

    def __init__(self, database: Database, building_id: int, building_name: str, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.database = database
        self.building_id = building_id
        self.today = today
        self.runner = ServiceRunner(database)
        self.ui = ui = Ui_GroupsOverview()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Werkgroepen — {flat}").format(flat=building_name))
        ui.tierLabel.setText(Tier.CONFIDENTIAL.line)
        ui.tierLabel.setStyleSheet(TIER_STYLE)
        self.group_model = GroupTableModel(self)
        self.group_table = setup_table(ui.groupTable, self.group_model)
        self.group_table.activated.connect(lambda index: self.open_group(index.data(Qt.ItemDataRole.UserRole)))
        self.new_name_edit = ui.newGroupEdit
        self.new_name_edit.returnPressed.connect(self.new_group)
        ui.newGroupButton.clicked.connect(self.new_group)
        ui.openGroupButton.clicked.connect(lambda: self.open_group(self.current_group_id()))
        self.open_label = ui.openLabel
        self.open_model = ActionModel(editable=False, parent=self)
        self.open_table = setup_table(ui.openActionTable, self.open_model)
        self.open_table.activated.connect(self._open_action_group)
        self.done_model = DoneModel(self)
        self.done_table = setup_table(ui.doneTable, self.done_model)
        self.done_table.setWordWrap(True)
        self.message_label = ui.messageLabel
        ui.closeButton.clicked.connect(self.accept)
        self.refresh()
        self.group_table.setFocus()

    def _today(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        keep = self.current_group_id()
        groups, open_actions, done = self.runner.read(controller.overview, self.building_id, self._today())
        self.group_model.set_rows(groups)
        self.open_model.set_rows(open_actions)
        self.done_model.set_rows(done)
        overdue = sum(1 for a in open_actions if a.overdue)
        text = self.tr("<b>Open acties op datum</b>: {n}").format(n=len(open_actions))
        if overdue:
            text += self.tr(" — <span style='color:{colour}'>{n} te laat</span>").format(colour=theme.WARNING, n=overdue)
        self.open_label.setText(text)
        row = next((i for i, g in enumerate(groups) if g.id == keep), 0)
        select_row(self.group_table, row)
        if not groups:
            self.message_label.setText(self.tr("Deze flat heeft nog geen werkgroepen. Typ hierboven een naam en "
                                               "druk op Enter."))

    def current_group_id(self) -> int | None:
        index = self.group_table.currentIndex() if hasattr(self, "group_table") else QModelIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def new_group(self) -> int | None:
        name = self.new_name_edit.text()
        try:
            group = self.runner.write(group_service.create_group, self.building_id, name)
        except UserError as error:
            show_message(self.message_label, "error", str(error))
            return None
        self.new_name_edit.clear()
        show_message(self.message_label, "ok", self.tr("Werkgroep '{name}' gemaakt; Enter opent hem.").format(name=group.name))
        self.refresh()
        select_row(self.group_table, next(i for i, g in enumerate(self.group_model.rows()) if g.id == group.id))
        self.group_table.setFocus()
        return group.id

    def group_dialog(self, group_id: int) -> GroupDialog:
        return GroupDialog(self.database, group_id, self, today=self.today)

    def open_group(self, group_id: int | None) -> None:
        if group_id is None:
            return
        dialog = self.group_dialog(group_id)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.refresh()

    def _open_action_group(self, index) -> None:
        if index.isValid():
            self.open_group(self.open_model.row_at(index.row()).group_id)
