"""The working groups' table models over plain rows (groups, actions, done, members, partners) and the
status delegate of the action table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from flatapp.domain.dutch import dutch_date
from flatapp.gui.groups.style import WARNING_FILL, WARNING_TEXT
from flatapp.gui.row_table_model import ModelIndex, RowTableModel
from flatapp.services import actions as action_service
from flatapp.services import groups as group_service
from flatapp.services import partners as partner_service
from flatapp.storage.followup_models import ACTION_STATUSES

translate = QCoreApplication.translate

# The statuses are stored in Dutch and shown translated (listed here so lupdate collects them).
STATUS_TEXTS = (QT_TRANSLATE_NOOP("ActionModel", "open"), QT_TRANSLATE_NOOP("ActionModel", "bezig"),
                QT_TRANSLATE_NOOP("ActionModel", "klaar"), QT_TRANSLATE_NOOP("ActionModel", "vervallen"))


def day_text(value: date | None) -> str:
    return dutch_date(value) if value else ""


class GroupTableModel(RowTableModel):
    context = "GroupTableModel"
    headers = (QT_TRANSLATE_NOOP("GroupTableModel", "Werkgroep"), QT_TRANSLATE_NOOP("GroupTableModel", "Onderwerp"),
               QT_TRANSLATE_NOOP("GroupTableModel", "Stand"), QT_TRANSLATE_NOOP("GroupTableModel", "Leden"),
               QT_TRANSLATE_NOOP("GroupTableModel", "Open acties"), QT_TRANSLATE_NOOP("GroupTableModel", "Te laat"),
               QT_TRANSLATE_NOOP("GroupTableModel", "Eerstvolgende datum"),
               QT_TRANSLATE_NOOP("GroupTableModel", "Klaar"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: group_service.GroupRow = self.row_at(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue_actions and index.column() == 5:
            return QBrush(WARNING_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue_actions and index.column() == 5:
            return QBrush(WARNING_FILL)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        state = translate("GroupTableModel", "actief") if row.active else translate("GroupTableModel", "gesloten")
        return (row.name, row.topic, state, row.members, row.open_actions, row.overdue_actions or "",
                day_text(row.next_due), row.done_actions)[index.column()]


class ActionModel(RowTableModel):
    """Actions; overdue rows in the warning colours. ``editable`` (a group's dialog): what, date, status
    and result can be edited in place; an edit is asked for with ``editRequested`` (the dialog saves it
    as an undo step) and the table shows the saved state after the refresh."""

    editRequested = Signal(int, str, object)     # action id, field, new value

    context = "ActionModel"
    OVERVIEW = (QT_TRANSLATE_NOOP("ActionModel", "Datum"), QT_TRANSLATE_NOOP("ActionModel", "Werkgroep"),
                QT_TRANSLATE_NOOP("ActionModel", "Wat"), QT_TRANSLATE_NOOP("ActionModel", "Wie"),
                QT_TRANSLATE_NOOP("ActionModel", "Stand"))
    EDITING = (QT_TRANSLATE_NOOP("ActionModel", "Wat"), QT_TRANSLATE_NOOP("ActionModel", "Wie"),
               QT_TRANSLATE_NOOP("ActionModel", "Datum"), QT_TRANSLATE_NOOP("ActionModel", "Stand"),
               QT_TRANSLATE_NOOP("ActionModel", "Resultaat"), QT_TRANSLATE_NOOP("ActionModel", "Klaar op"))
    FIELDS = ("what", "who", "due", "status", "result", "done_on")

    def __init__(self, editable: bool = False, parent=None):
        super().__init__(parent)
        self.editable = editable
        self.headers = self.EDITING if editable else self.OVERVIEW

    def flags(self, index: ModelIndex):
        flags = super().flags(index)
        if self.editable and index.isValid() and self.FIELDS[index.column()] in ("what", "due", "status", "result"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _status_text(self, row: action_service.ActionRow) -> str:
        text = translate("ActionModel", row.status)
        return translate("ActionModel", "{status} — te laat").format(status=text) if row.overdue else text

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: action_service.ActionRow = self.row_at(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if row.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(WARNING_FILL)
        if row.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(WARNING_TEXT)
        if row.overdue and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.EditRole and self.editable:
            field = self.FIELDS[index.column()]
            return {"what": row.what, "due": day_text(row.due), "status": row.status, "result": row.result}.get(field)
        if role == Qt.ItemDataRole.ToolTipRole and row.result:
            return row.result
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.editable:
            return (row.what, row.who_label, day_text(row.due), self._status_text(row), row.result,
                    day_text(row.done_on))[index.column()]
        return (day_text(row.due), row.group_name, row.what, row.who_label, self._status_text(row))[index.column()]

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (self.editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        row: action_service.ActionRow = self.row_at(index.row())
        field = self.FIELDS[index.column()]
        current = {"what": row.what, "due": day_text(row.due), "status": row.status, "result": row.result}[field]
        if str(value).strip() == current:
            return False
        self.editRequested.emit(row.id, field, str(value))
        return True


class DoneModel(RowTableModel):
    context = "DoneModel"
    headers = (QT_TRANSLATE_NOOP("DoneModel", "Klaar op"), QT_TRANSLATE_NOOP("DoneModel", "Werkgroep"),
               QT_TRANSLATE_NOOP("DoneModel", "Wat"), QT_TRANSLATE_NOOP("DoneModel", "Resultaat"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: action_service.ActionRow = self.row_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.result or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (day_text(row.done_on), row.group_name, row.what, row.result)[index.column()]


class MemberModel(RowTableModel):
    context = "MemberModel"
    headers = (QT_TRANSLATE_NOOP("MemberModel", "Naam"), QT_TRANSLATE_NOOP("MemberModel", "Woning"),
               QT_TRANSLATE_NOOP("MemberModel", "Telefoon / e-mail"), QT_TRANSLATE_NOOP("MemberModel", "Lid sinds"),
               QT_TRANSLATE_NOOP("MemberModel", "Toestemming"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: group_service.MemberRow = self.row_at(index.row())
        if not row.consent and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(WARNING_TEXT)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        name = row.name + (translate("MemberModel", " (contactpersoon)") if row.is_contact else "")
        if not row.consent:
            name = translate("MemberModel", "bewoner (naam niet gedeeld: geen toestemming)")
        reach = ", ".join(part for part in (row.phone, row.email) if part)
        consent = translate("MemberModel", "ja") if row.consent else row.why
        return (name, row.home_code, reach, day_text(row.joined_on), consent)[index.column()]


class GroupPartnerModel(RowTableModel):
    """A group's partners; 'Brengt in' is edited in place (``bringsEdited``)."""

    bringsEdited = Signal(int, str)       # partner id, new text
    context = "GroupPartnerModel"
    headers = (QT_TRANSLATE_NOOP("GroupPartnerModel", "Partner"), QT_TRANSLATE_NOOP("GroupPartnerModel", "Soort"),
               QT_TRANSLATE_NOOP("GroupPartnerModel", "Kan bieden"),
               QT_TRANSLATE_NOOP("GroupPartnerModel", "Brengt in deze groep in"))

    def flags(self, index: ModelIndex):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 3 else flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: group_service.GroupPartnerRow = self.row_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return (row.name, row.kind, ", ".join(row.offers), row.brings)[index.column()]

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 3 or role != Qt.ItemDataRole.EditRole:
            return False
        row: group_service.GroupPartnerRow = self.row_at(index.row())
        if str(value).strip() == row.brings:
            return False
        self.bringsEdited.emit(row.partner_id, str(value))
        return True


class StatusDelegate(QStyledItemDelegate):
    """The status column is chosen from a list (keyboard: F2, arrows, Enter)."""

    def __init__(self, column: int, parent=None):
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent, option, index):  # noqa: N802
        if index.column() != self.column:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("statusEditor")
        for status in ACTION_STATUSES:
            combo.addItem(translate("ActionModel", status), status)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)




class PartnerModel(RowTableModel):
    """The partner list, edited in place (``editRequested``)."""

    editRequested = Signal(int, str, str)       # partner id, field, new text
    context = "PartnerModel"
    FIELDS = ("name", "kind", "contact_name", "phone", "email", "offers", "note", "groups")
    headers = (QT_TRANSLATE_NOOP("PartnerModel", "Naam"), QT_TRANSLATE_NOOP("PartnerModel", "Soort"),
               QT_TRANSLATE_NOOP("PartnerModel", "Contactpersoon"), QT_TRANSLATE_NOOP("PartnerModel", "Telefoon"),
               QT_TRANSLATE_NOOP("PartnerModel", "E-mail"),
               QT_TRANSLATE_NOOP("PartnerModel", "Kan bieden (mensen, contacten, kennis, geld, middelen)"),
               QT_TRANSLATE_NOOP("PartnerModel", "Notitie"), QT_TRANSLATE_NOOP("PartnerModel", "Werkgroepen"))

    def flags(self, index: ModelIndex):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and self.FIELDS[index.column()] != "groups" \
            else flags

    def _value(self, row: partner_service.PartnerRow, field: str) -> object:
        return row.offers_label if field == "offers" else getattr(row, field)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self._value(self.row_at(index.row()), self.FIELDS[index.column()])

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.row_at(index.row())
        field = self.FIELDS[index.column()]
        if str(value).strip() == str(self._value(row, field)):
            return False
        self.editRequested.emit(row.id, field, str(value))
        return True

