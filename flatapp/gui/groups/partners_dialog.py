"""Werkgroepen › Partners… (ui/partners_dialog.ui): each partner once, with what it can bring; edited in the
table, every edit one transaction through the runner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from flatapp.domain.tiers import Tier
from flatapp.gui.generated.ui_partners_dialog import Ui_PartnersDialog
from flatapp.gui.groups.models import PartnerModel
from flatapp.gui.groups.style import TIER_STYLE
from flatapp.gui.groups.tables import select_row, setup_table
from flatapp.gui.message_line import show_message
from flatapp.gui.runner import ServiceRunner
from flatapp.services import partners as partner_service
from flatapp.services.errors import UserError
from flatapp.storage.database import Database


class PartnersDialog(QDialog):
    """Werkgroepen › Partners…: each partner once, with what it can bring; edited in the table."""

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.runner = ServiceRunner(database)
        self.ui = ui = Ui_PartnersDialog()
        ui.setupUi(self)
        ui.tierLabel.setText(Tier.INTERNAL.line)
        ui.tierLabel.setStyleSheet(TIER_STYLE)
        self.model = PartnerModel(self)
        self.model.editRequested.connect(self.save_cell, Qt.ConnectionType.QueuedConnection)
        self.table = setup_table(ui.partnerTable, self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.name_edit = ui.partnerNameEdit
        self.name_edit.returnPressed.connect(self.new_partner)
        ui.addPartnerButton.clicked.connect(self.new_partner)
        ui.removePartnerButton.clicked.connect(self.delete_partner)
        self.message_label = ui.messageLabel
        ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        current = self.table.currentIndex()
        rows = self.runner.read(partner_service.list_partners)
        self.model.set_rows(rows)
        if select_id is not None:
            row = next((i for i, p in enumerate(rows) if p.id == select_id), 0)
            select_row(self.table, row)
        elif current.isValid():
            self.table.setCurrentIndex(self.model.index(min(current.row(), len(rows) - 1), current.column()))
        self.table.resizeColumnsToContents()

    def _message(self, text: str, kind: str) -> None:
        show_message(self.message_label, kind, text)

    def new_partner(self) -> int | None:
        try:
            row = self.runner.write(partner_service.create_partner, self.name_edit.text())
        except UserError as error:
            self._message(str(error), "error")
            return None
        self.name_edit.clear()
        self._message(self.tr("{name} toegevoegd; vul in de tabel de soort, contactpersoon en wat de partner kan "
                              "bieden in.").format(name=row.name), "ok")
        self.refresh(select_id=row.id)
        self.table.setCurrentIndex(self.model.index(self.table.currentIndex().row(), 1))
        self.table.setFocus()
        return row.id

    def save_cell(self, partner_id: int, field: str, text: str) -> bool:
        row = next(p for p in self.model.rows() if p.id == partner_id)
        try:
            self.runner.write(partner_service.update_partner, partner_id, row.version, **{field: text})
        except UserError as error:
            self._message(str(error), "error")
            self.refresh()
            return False
        self._message(self.tr("{name} opgeslagen.").format(name=row.name if field != "name" else text.strip()),
                      "ok")
        self.refresh()
        return True

    def delete_partner(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            self._message(self.tr("Kies eerst in de tabel de partner die u wilt verwijderen."), "error")
            return False
        row = self.model.row_at(index.row())
        try:
            self.runner.write(partner_service.delete_partner, row.id, row.version)
        except UserError as error:
            self._message(str(error), "error")
            return False
        self._message(self.tr("{name} verwijderd.").format(name=row.name), "ok")
        self.refresh()
        return True
