"""Werkgroepen: the overview per block, a dialog per working group and the partner list.

The overview shows the block's groups (members, open and overdue actions, the next date), the open
actions by date (overdue ones in the warning colours and marked 'te laat') and what has been done with
its result. A group's dialog edits its name, topic, app, contact person and state, its members (only
residents with consent: the service refuses others and the refusal is shown on the message line), its
partners with what each brings, and its actions with inline editing of what, date, status and result.

Every change is one transaction through ``flatapp.services.groups``/``actions``/``partners`` and one step
on the dialog's QUndoStack (Ctrl+Z / Ctrl+Shift+Z): undo writes the previous values back with the version
the step itself produced, so a change made meanwhile elsewhere is never overwritten (the step is then
dropped and the message says why).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flatapp.domain.dutch import dutch_date
from flatapp.domain.tiers import Tier
from flatapp.gui.row_table_model import ModelIndex, RowTableModel
from flatapp.services import actions as action_service
from flatapp.services import groups as group_service
from flatapp.services import partners as partner_service
from flatapp.services.errors import UserError
from flatapp.services.rounds import parse_dutch_date
from flatapp.storage.database import Database
from flatapp.storage.followup_models import ACTION_DONE, ACTION_STATUSES, BY_COORDINATOR, BY_PARTNER, BY_RESIDENT

translate = QCoreApplication.translate

# The app's warning look (as the import dialog's warning line): overdue actions.
WARNING_FILL, WARNING_TEXT = QColor("#fff4e0"), QColor("#6b4200")
ERROR_STYLE = "color: #9b1c12;"
DONE_STYLE = "color: #1d5e2a;"
TIER_STYLE = "color: #6b4200; font-weight: bold;"
MEMBER_COLOUR = QColor("#7fb77e")          # the facade map: a home with a member in an active group
# The statuses are stored in Dutch and shown translated (listed here so lupdate collects them).
STATUS_TEXTS = (QT_TRANSLATE_NOOP("ActionModel", "open"), QT_TRANSLATE_NOOP("ActionModel", "bezig"),
                QT_TRANSLATE_NOOP("ActionModel", "klaar"), QT_TRANSLATE_NOOP("ActionModel", "vervallen"))


def _day(value: date | None) -> str:
    return dutch_date(value) if value else ""


def _table(parent: QWidget, model: RowTableModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)          # Tab leaves the table: keyboard users move on to the buttons
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    return view


def _select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if model.rowCount() == 0:
        return
    row = max(0, min(row, model.rowCount() - 1))
    view.setCurrentIndex(model.index(row, 0))
    view.selectRow(row)


# --- models -------------------------------------------------------------------------------------

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
                _day(row.next_due), row.done_actions)[index.column()]


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
            return {"what": row.what, "due": _day(row.due), "status": row.status, "result": row.result}.get(field)
        if role == Qt.ItemDataRole.ToolTipRole and row.result:
            return row.result
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.editable:
            return (row.what, row.who_label, _day(row.due), self._status_text(row), row.result,
                    _day(row.done_on))[index.column()]
        return (_day(row.due), row.group_name, row.what, row.who_label, self._status_text(row))[index.column()]

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (self.editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        row: action_service.ActionRow = self.row_at(index.row())
        field = self.FIELDS[index.column()]
        current = {"what": row.what, "due": _day(row.due), "status": row.status, "result": row.result}[field]
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
        return (_day(row.done_on), row.group_name, row.what, row.result)[index.column()]


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
        return (name, row.home_code, reach, _day(row.joined_on), consent)[index.column()]


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


# --- undo steps ---------------------------------------------------------------------------------

class GroupStep(QUndoCommand):
    """One change to a group, applied in its own transaction by ``do``/``undo_it`` (each takes a
    session). A step whose change is refused (consent withdrawn, changed elsewhere) is dropped from the
    stack and the dialog shows why."""

    def __init__(self, dialog: GroupDialog, text: str, do: Callable, undo_it: Callable):
        super().__init__(text)
        self.dialog = dialog
        self._do, self._undo = do, undo_it

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, work: Callable) -> None:
        dialog = self.dialog
        try:
            with dialog.database.session() as session, session.begin():
                before = dialog.versions_in(session)
                work(session)
                after = dialog.versions_in(session)
        except UserError as error:
            self.setObsolete(True)
            dialog.failed(str(error))
            return
        # The records this step changed (also as a side effect, e.g. the contact person cleared with a
        # member): their new versions are the ones the next undo or redo is based on.
        dialog.known_versions.update({key: version for key, version in after.items() if before.get(key) != version})
        dialog.refresh()


class GroupDialog(QDialog):
    """Edit one working group: fields, members, partners, actions; every change an undo step."""

    changed = Signal()

    def __init__(self, database: Database, group_id: int, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.database = database
        self.group_id = group_id
        self.today = today
        self.undo_stack = QUndoStack(self)
        self.detail: group_service.GroupDetail | None = None
        self._failed = False
        # Per record ('group'/'action', id): the version this dialog's own last write left, or the one
        # the user saw when starting a change. Undo and redo are based on it: a change made elsewhere
        # since then makes them refuse instead of overwrite.
        self.known_versions: dict[tuple[str, int], int] = {}
        self.setObjectName("groupDialog")
        self._build()
        self.refresh()
        self.resize(980, 760)

    # --- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        tier = QLabel(Tier.CONFIDENTIAL.line, self)
        tier.setObjectName("tierLabel")
        tier.setStyleSheet(TIER_STYLE)
        tier.setWordWrap(True)
        layout.addWidget(tier)

        fields = QGroupBox(self.tr("Werkgroep"), self)
        form = QFormLayout(fields)
        self.name_edit = QLineEdit(fields)
        self.name_edit.setObjectName("nameEdit")
        self.topic_edit = QLineEdit(fields)
        self.topic_edit.setObjectName("topicEdit")
        self.app_edit = QLineEdit(fields)
        self.app_edit.setObjectName("appEdit")
        self.app_edit.setPlaceholderText(self.tr("link naar de groepsapp, of de naam van de groep in de app"))
        self.contact_combo = QComboBox(fields)
        self.contact_combo.setObjectName("contactCombo")
        self.active_check = QCheckBox(self.tr("&Actief (uitvinken als de groep gestopt is)"), fields)
        self.active_check.setObjectName("activeCheck")
        self.note_edit = QLineEdit(fields)
        self.note_edit.setObjectName("noteEdit")
        self.save_button = QPushButton(self.tr("Gegevens op&slaan"), fields)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_fields)
        for edit in (self.name_edit, self.topic_edit, self.app_edit, self.note_edit):
            edit.returnPressed.connect(self.save_fields)
        form.addRow(self.tr("&Naam:"), self.name_edit)
        form.addRow(self.tr("&Onderwerp:"), self.topic_edit)
        form.addRow(self.tr("&Groepsapp:"), self.app_edit)
        form.addRow(self.tr("&Contactpersoon:"), self.contact_combo)
        form.addRow(self.tr("Notiti&e:"), self.note_edit)
        row = QHBoxLayout()
        row.addWidget(self.active_check)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        layout.addWidget(fields)

        middle = QHBoxLayout()
        members = QGroupBox(self.tr("Leden (alleen bewoners met toestemming)"), self)
        members_layout = QVBoxLayout(members)
        self.member_model = MemberModel(self)
        self.member_table = _table(members, self.member_model, "memberTable")
        self.member_table.horizontalHeader().setStretchLastSection(False)     # the name takes the room left
        self.member_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.member_table.installEventFilter(self)
        members_layout.addWidget(self.member_table)
        add_row = QHBoxLayout()
        self.person_combo = QComboBox(members)
        self.person_combo.setObjectName("personCombo")
        self.add_member_button = QPushButton(self.tr("Lid &toevoegen"), members)
        self.add_member_button.setObjectName("addMemberButton")
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Lid &verwijderen"), members)
        self.remove_member_button.setObjectName("removeMemberButton")
        self.remove_member_button.clicked.connect(self.remove_member)
        add_row.addWidget(self.person_combo, 1)
        add_row.addWidget(self.add_member_button)
        add_row.addWidget(self.remove_member_button)
        members_layout.addLayout(add_row)
        middle.addWidget(members, 3)

        partners = QGroupBox(self.tr("Partners en wat ze inbrengen"), self)
        partners_layout = QVBoxLayout(partners)
        self.partner_model = GroupPartnerModel(self)
        self.partner_model.bringsEdited.connect(self.set_brings, Qt.ConnectionType.QueuedConnection)
        self.partner_table = _table(partners, self.partner_model, "groupPartnerTable")
        self.partner_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed
                                           | QAbstractItemView.EditTrigger.AnyKeyPressed)
        partners_layout.addWidget(self.partner_table)
        partner_row = QHBoxLayout()
        self.partner_combo = QComboBox(partners)
        self.partner_combo.setObjectName("partnerCombo")
        self.add_partner_button = QPushButton(self.tr("&Partner toevoegen"), partners)
        self.add_partner_button.setObjectName("addPartnerButton")
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button = QPushButton(self.tr("Partner weg&halen"), partners)
        self.remove_partner_button.setObjectName("removePartnerButton")
        self.remove_partner_button.clicked.connect(self.remove_partner)
        partner_row.addWidget(self.partner_combo, 1)
        partner_row.addWidget(self.add_partner_button)
        partner_row.addWidget(self.remove_partner_button)
        partners_layout.addLayout(partner_row)
        middle.addWidget(partners, 2)
        layout.addLayout(middle, 1)

        actions = QGroupBox(self.tr("Acties (F2 of dubbelklik: wat, datum, stand en resultaat wijzigen)"), self)
        actions_layout = QVBoxLayout(actions)
        self.action_model = ActionModel(editable=True, parent=self)
        self.action_model.editRequested.connect(self.edit_action, Qt.ConnectionType.QueuedConnection)
        self.action_table = _table(actions, self.action_model, "actionTable")
        self.action_table.setItemDelegate(StatusDelegate(ActionModel.FIELDS.index("status"), self.action_table))
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        actions_layout.addWidget(self.action_table, 1)
        new_row = QHBoxLayout()
        self.what_edit = QLineEdit(actions)
        self.what_edit.setObjectName("whatEdit")
        self.what_edit.setPlaceholderText(self.tr("wat moet er gebeuren?"))
        self.what_edit.returnPressed.connect(self.add_action)
        self.who_combo = QComboBox(actions)
        self.who_combo.setObjectName("whoCombo")
        self.due_edit = QLineEdit(actions)
        self.due_edit.setObjectName("dueEdit")
        self.due_edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.due_edit.setMaximumWidth(110)
        self.due_edit.returnPressed.connect(self.add_action)
        self.add_action_button = QPushButton(self.tr("Act&ie toevoegen"), actions)
        self.add_action_button.setObjectName("addActionButton")
        self.add_action_button.clicked.connect(self.add_action)
        new_row.addWidget(self.what_edit, 3)
        new_row.addWidget(self.who_combo, 2)
        new_row.addWidget(self.due_edit)
        new_row.addWidget(self.add_action_button)
        actions_layout.addLayout(new_row)
        layout.addWidget(actions, 1)

        bottom = QHBoxLayout()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        bottom.addWidget(self.message_label, 1)
        self.undo_button = QPushButton(self.tr("Ongedaan &maken"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self.tr("Opnieu&w"), self)
        self.redo_button.setObjectName("redoButton")
        self.redo_button.clicked.connect(self.redo)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.accept)
        for button in (self.undo_button, self.redo_button, close):
            button.setAutoDefault(False)
            bottom.addWidget(button)
        layout.addLayout(bottom)
        for button in (self.save_button, self.add_member_button, self.remove_member_button, self.add_partner_button,
                       self.remove_partner_button, self.add_action_button):
            button.setAutoDefault(False)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.redo)

    def undo(self) -> None:
        self._step(self.undo_stack.undoText(), self.undo_stack.undo, self.tr("Ongedaan gemaakt: {what}."))

    def redo(self) -> None:
        self._step(self.undo_stack.redoText(), self.undo_stack.redo, self.tr("Opnieuw gedaan: {what}."))

    def _step(self, text: str, move: Callable, message: str) -> None:
        if not text:
            return
        self._failed = False
        move()
        if not self._failed:
            self.done_message(message.format(what=text))

    def _undo_text(self, text: str) -> None:
        self.undo_button.setToolTip(self.tr("Ongedaan maken: {what}").format(what=text) if text else "")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if watched is self.member_table and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete:
            self.remove_member()
            return True
        return super().eventFilter(watched, event)

    # --- reading ------------------------------------------------------------------------------------
    def versions_in(self, session) -> dict[tuple[str, int], int]:
        from sqlalchemy import select

        from flatapp.storage.followup_models import GroupAction, WorkingGroup

        found = {("group", self.group_id): version for version in session.scalars(
            select(WorkingGroup.version).where(WorkingGroup.id == self.group_id))}
        found.update({("action", action_id): version for action_id, version in session.execute(
            select(GroupAction.id, GroupAction.version).where(GroupAction.group_id == self.group_id))})
        return found

    def _today(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        """Read the group again (one session) and show it; keeps the selected rows."""
        rows = {view: view.currentIndex().row() for view in (self.member_table, self.partner_table, self.action_table)}
        try:
            with self.database.session() as session:
                self.detail = group_service.group_detail(session, self.group_id, self._today())
                building_id = self.detail.group.building_id
                choices = group_service.candidates(session, building_id)
                partners = partner_service.list_partners(session)
        except UserError as error:      # the group was removed elsewhere
            self.message_label.setStyleSheet(ERROR_STYLE)
            self.message_label.setText(str(error))
            return
        detail = self.detail
        group = detail.group
        self.setWindowTitle(self.tr("Werkgroep {name} — {flat}").format(name=group.name, flat=group.building_name))
        self.name_edit.setText(group.name)
        self.topic_edit.setText(group.topic)
        self.app_edit.setText(group.group_app)
        self.note_edit.setText(group.note)
        self.active_check.setChecked(group.active)
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(nog niet gekozen)"), None)
        for member in detail.members:
            if member.consent:
                self.contact_combo.addItem(member.name, member.person_id)
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(group.contact_person_id)))

        self.member_model.set_rows(detail.members)
        members = {m.person_id for m in detail.members}
        keep = self.person_combo.currentData()
        self.person_combo.clear()
        for choice in choices:
            if choice.id in members:
                continue
            label = f"{choice.name} — {choice.home_code or self.tr('geen woning')}"
            if not choice.allowed:
                label += self.tr(" (geen toestemming)")
            self.person_combo.addItem(label, choice.id)
            self.person_combo.setItemData(self.person_combo.count() - 1, choice.why, Qt.ItemDataRole.ToolTipRole)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(keep)))
        self.add_member_button.setEnabled(self.person_combo.count() > 0)

        self.partner_model.set_rows(detail.partners)
        linked = {p.partner_id for p in detail.partners}
        self.partner_combo.clear()
        for partner in partners:
            if partner.id not in linked:
                offers = f" ({partner.offers_label})" if partner.offers else ""
                self.partner_combo.addItem(partner.name + offers, partner.id)
        self.add_partner_button.setEnabled(self.partner_combo.count() > 0)

        keep_who = self.who_combo.currentData()
        self.who_combo.clear()
        self.who_combo.addItem(self.tr("coördinator"), (BY_COORDINATOR, None))
        for member in detail.members:
            if member.consent:
                self.who_combo.addItem(self.tr("bewoner: {name}").format(name=member.name),
                                       (BY_RESIDENT, member.person_id))
        self.who_combo.addItem(self.tr("een bewoner"), (BY_RESIDENT, None))
        for partner in detail.partners:
            self.who_combo.addItem(self.tr("partner: {name}").format(name=partner.name),
                                   (BY_PARTNER, partner.partner_id))
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(keep_who)))

        self.action_model.set_rows(detail.actions)
        for view, row in rows.items():
            if row >= 0:
                _select_row(view, row)
        self.action_table.resizeColumnsToContents()
        self.changed.emit()

    # --- messages -----------------------------------------------------------------------------------
    def failed(self, text: str) -> None:
        """A refused change: the message line says why; the dialog shows what is in the database now."""
        self._failed = True
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(text)
        self.refresh()

    def done_message(self, text: str) -> None:
        self.message_label.setStyleSheet(DONE_STYLE)
        self.message_label.setText(text)

    def _push(self, text: str, do: Callable, undo_it: Callable, message: str) -> bool:
        """Apply a change as an undo step; True when it was saved."""
        self._failed = False
        self.message_label.clear()
        self.undo_stack.push(GroupStep(self, text, do, undo_it))
        if self._failed:
            return False
        self.done_message(message)
        return True

    # --- the group's fields -------------------------------------------------------------------------
    def save_fields(self) -> bool:
        group = self.detail.group if self.detail else None
        if group is None:
            return False
        wanted = {"name": self.name_edit.text(), "topic": self.topic_edit.text(), "group_app": self.app_edit.text(),
                  "note": self.note_edit.text(), "active": self.active_check.isChecked(),
                  "contact_person_id": self.contact_combo.currentData()}
        before = {"name": group.name, "topic": group.topic, "group_app": group.group_app, "note": group.note,
                  "active": group.active, "contact_person_id": group.contact_person_id}
        changes = {k: v for k, v in wanted.items() if v != before[k]}
        if not changes:
            self.done_message(self.tr("Niets gewijzigd."))
            return False
        previous = {k: before[k] for k in changes}
        key = ("group", self.group_id)
        self.known_versions[key] = group.version

        def do(session) -> None:
            group_service.update_group(session, self.group_id, self.known_versions[key], **changes)

        def undo_it(session) -> None:
            group_service.update_group(session, self.group_id, self.known_versions[key], **previous)

        return self._push(self.tr("werkgroep {name} wijzigen").format(name=group.name), do, undo_it,
                          self.tr("Gegevens van de werkgroep opgeslagen."))

    # --- members ------------------------------------------------------------------------------------
    def add_member(self) -> bool:
        person_id = self.person_combo.currentData()
        if person_id is None:
            return False
        label = self.person_combo.currentText().split(" — ")[0]
        joined = self._today()

        def do(session) -> None:
            group_service.add_member(session, self.group_id, person_id, joined)

        def undo_it(session) -> None:
            group_service.remove_member(session, self.group_id, person_id)

        return self._push(self.tr("{name} toevoegen als lid").format(name=label), do, undo_it,
                          self.tr("{name} is lid geworden.").format(name=label))

    def remove_member(self) -> bool:
        index = self.member_table.currentIndex()
        if not index.isValid():
            self.failed(self.tr("Kies eerst in de tabel het lid dat u wilt verwijderen."))
            return False
        member: group_service.MemberRow = self.member_model.row_at(index.row())
        actions = [a.id for a in (self.detail.actions if self.detail else []) if a.who_person_id == member.person_id]
        name = member.name

        def do(session) -> None:
            group_service.remove_member(session, self.group_id, member.person_id)

        def undo_it(session) -> None:
            group_service.add_member(session, self.group_id, member.person_id, member.joined_on)
            if member.is_contact:
                group_service.set_contact_person(session, self.group_id, self.known_versions[("group", self.group_id)],
                                                 member.person_id)
            for action_id in actions:
                action_service.update_action(session, action_id, self.known_versions[("action", action_id)],
                                             who_kind=BY_RESIDENT, who_person_id=member.person_id)

        return self._push(self.tr("lid {name} verwijderen").format(name=name), do, undo_it,
                          self.tr("{name} is geen lid meer.").format(name=name))

    # --- partners -----------------------------------------------------------------------------------
    def add_partner(self) -> bool:
        partner_id = self.partner_combo.currentData()
        if partner_id is None:
            return False
        name = self.partner_combo.currentText().split(" (")[0]

        def do(session) -> None:
            group_service.add_group_partner(session, self.group_id, partner_id)

        def undo_it(session) -> None:
            group_service.remove_group_partner(session, self.group_id, partner_id)

        done = self._push(self.tr("partner {name} toevoegen").format(name=name), do, undo_it,
                          self.tr("{name} werkt mee; schrijf in de tabel wat de partner inbrengt.").format(name=name))
        if done:
            row = next((i for i, p in enumerate(self.partner_model.rows()) if p.partner_id == partner_id), 0)
            _select_row(self.partner_table, row)
            self.partner_table.setCurrentIndex(self.partner_model.index(row, 3))
            self.partner_table.setFocus()
        return done

    def remove_partner(self) -> bool:
        index = self.partner_table.currentIndex()
        if not index.isValid():
            self.failed(self.tr("Kies eerst in de tabel de partner die u wilt weghalen."))
            return False
        row: group_service.GroupPartnerRow = self.partner_model.row_at(index.row())

        def do(session) -> None:
            group_service.remove_group_partner(session, self.group_id, row.partner_id)

        def undo_it(session) -> None:
            group_service.add_group_partner(session, self.group_id, row.partner_id, row.brings)

        return self._push(self.tr("partner {name} weghalen").format(name=row.name), do, undo_it,
                          self.tr("{name} werkt niet meer mee in deze groep.").format(name=row.name))

    def set_brings(self, partner_id: int, text: str) -> bool:
        before = next((p.brings for p in self.partner_model.rows() if p.partner_id == partner_id), "")

        def do(session) -> None:
            group_service.set_group_partner_brings(session, self.group_id, partner_id, text)

        def undo_it(session) -> None:
            group_service.set_group_partner_brings(session, self.group_id, partner_id, before)

        return self._push(self.tr("inbreng van een partner wijzigen"), do, undo_it, self.tr("Inbreng opgeslagen."))

    # --- actions ------------------------------------------------------------------------------------
    def add_action(self) -> bool:
        what = self.what_edit.text().strip()
        if not what:
            self.failed(self.tr("Schrijf eerst op wat er moet gebeuren."))
            self.what_edit.setFocus()
            return False
        try:
            due = parse_dutch_date(self.due_edit.text(), "datum") if self.due_edit.text().strip() else None
        except UserError as error:
            self.failed(str(error))
            self.due_edit.setFocus()
            return False
        kind, who_id = self.who_combo.currentData() or (BY_COORDINATOR, None)
        state: dict[str, int] = {}

        def do(session) -> None:
            row = action_service.add_action(
                session, self.group_id, what, kind, who_person_id=who_id if kind == BY_RESIDENT else None,
                who_partner_id=who_id if kind == BY_PARTNER else None, due=due, today=self._today())
            state["id"] = row.id

        def undo_it(session) -> None:
            action_service.delete_action(session, state["id"], self.known_versions[("action", state["id"])])

        done = self._push(self.tr("actie '{what}' toevoegen").format(what=what), do, undo_it,
                          self.tr("Actie toegevoegd."))
        if done:
            self.what_edit.clear()
            self.due_edit.clear()
            self.what_edit.setFocus()
        return done

    def edit_action(self, action_id: int, field: str, text: str) -> bool:
        row = next((a for a in self.action_model.rows() if a.id == action_id), None)
        if row is None:
            return False
        try:
            if field == "due":
                value: object = parse_dutch_date(text, "datum") if text.strip() else None
            else:
                value = text
        except UserError as error:
            self.failed(str(error))
            return False
        after: dict[str, object] = {field: value}
        before: dict[str, object] = {field: getattr(row, field)}
        if field == "status":
            before["result"] = row.result
            before["done_on"] = row.done_on
            if row.status != ACTION_DONE:
                before.pop("done_on")
        key = ("action", action_id)
        self.known_versions[key] = row.version

        def do(session) -> None:
            action_service.update_action(session, action_id, self.known_versions[key], today=self._today(), **after)

        def undo_it(session) -> None:
            action_service.update_action(session, action_id, self.known_versions[key], today=self._today(), **before)

        labels = {"what": self.tr("wat"), "due": self.tr("datum"), "status": self.tr("stand"),
                  "result": self.tr("resultaat")}
        if field == "status":
            text_step = self.tr("stand van '{what}' op {status} zetten").format(what=row.what, status=value)
        else:
            text_step = self.tr("{field} van '{what}' wijzigen").format(field=labels[field], what=row.what)
        return self._push(text_step, do, undo_it, self.tr("Actie opgeslagen."))


# --- the overview -------------------------------------------------------------------------------

class GroupsOverview(QDialog):
    """Werkgroepen › Overzicht…: the block's groups, open actions by date, and what has been done."""

    def __init__(self, database: Database, building_id: int, building_name: str, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.database = database
        self.building_id = building_id
        self.today = today
        self.setObjectName("groupsOverview")
        self.setWindowTitle(self.tr("Werkgroepen — {flat}").format(flat=building_name))
        layout = QVBoxLayout(self)
        tier = QLabel(Tier.CONFIDENTIAL.line, self)
        tier.setObjectName("tierLabel")
        tier.setStyleSheet(TIER_STYLE)
        tier.setWordWrap(True)
        layout.addWidget(tier)

        layout.addWidget(QLabel(self.tr("<b>Werkgroepen</b> (Enter of dubbelklik opent een groep)"), self))
        self.group_model = GroupTableModel(self)
        self.group_table = _table(self, self.group_model, "groupTable")
        self.group_table.activated.connect(lambda index: self.open_group(index.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.group_table, 2)
        new_row = QHBoxLayout()
        self.new_name_edit = QLineEdit(self)
        self.new_name_edit.setObjectName("newGroupEdit")
        self.new_name_edit.setPlaceholderText(self.tr("naam van een nieuwe werkgroep, bijvoorbeeld 'Afval van balkons'"))
        self.new_name_edit.returnPressed.connect(self.new_group)
        new_button = QPushButton(self.tr("Werkgroep &maken"), self)
        new_button.setObjectName("newGroupButton")
        new_button.setAutoDefault(False)
        new_button.clicked.connect(self.new_group)
        open_button = QPushButton(self.tr("Groep &openen…"), self)
        open_button.setObjectName("openGroupButton")
        open_button.setAutoDefault(False)
        open_button.clicked.connect(lambda: self.open_group(self.current_group_id()))
        new_row.addWidget(self.new_name_edit, 1)
        new_row.addWidget(new_button)
        new_row.addWidget(open_button)
        layout.addLayout(new_row)

        self.open_label = QLabel(self)
        self.open_label.setObjectName("openLabel")
        layout.addWidget(self.open_label)
        self.open_model = ActionModel(editable=False, parent=self)
        self.open_table = _table(self, self.open_model, "openActionTable")
        self.open_table.activated.connect(self._open_action_group)
        layout.addWidget(self.open_table, 2)

        layout.addWidget(QLabel(self.tr("<b>Wat is er gedaan</b>"), self))
        self.done_model = DoneModel(self)
        self.done_table = _table(self, self.done_model, "doneTable")
        self.done_table.setWordWrap(True)
        layout.addWidget(self.done_table, 1)

        bottom = QHBoxLayout()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        bottom.addWidget(self.message_label, 1)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.refresh()
        self.resize(1000, 760)
        self.group_table.setFocus()

    def _today(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        keep = self.current_group_id()
        with self.database.session() as session:
            groups = group_service.list_groups(session, self.building_id, today=self._today())
            open_actions = action_service.list_actions(session, self.building_id, open_only=True, today=self._today())
            done = action_service.list_actions(session, self.building_id, done_only=True, today=self._today())
        self.group_model.set_rows(groups)
        self.open_model.set_rows(open_actions)
        self.done_model.set_rows(done)
        overdue = sum(1 for a in open_actions if a.overdue)
        text = self.tr("<b>Open acties op datum</b>: {n}").format(n=len(open_actions))
        if overdue:
            text += self.tr(" — <span style='color:#6b4200'>{n} te laat</span>").format(n=overdue)
        self.open_label.setText(text)
        row = next((i for i, g in enumerate(groups) if g.id == keep), 0)
        _select_row(self.group_table, row)
        if not groups:
            self.message_label.setText(self.tr("Deze flat heeft nog geen werkgroepen. Typ hierboven een naam en "
                                               "druk op Enter."))

    def current_group_id(self) -> int | None:
        index = self.group_table.currentIndex() if hasattr(self, "group_table") else QModelIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def new_group(self) -> int | None:
        name = self.new_name_edit.text()
        try:
            with self.database.session() as session, session.begin():
                group = group_service.create_group(session, self.building_id, name)
        except UserError as error:
            self.message_label.setStyleSheet(ERROR_STYLE)
            self.message_label.setText(str(error))
            return None
        self.new_name_edit.clear()
        self.message_label.setStyleSheet(DONE_STYLE)
        self.message_label.setText(self.tr("Werkgroep '{name}' gemaakt; Enter opent hem.").format(name=group.name))
        self.refresh()
        _select_row(self.group_table, next(i for i, g in enumerate(self.group_model.rows()) if g.id == group.id))
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


# --- partners -----------------------------------------------------------------------------------

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


class PartnersDialog(QDialog):
    """Werkgroepen › Partners…: each partner once, with what it can bring; edited in the table."""

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.setObjectName("partnersDialog")
        self.setWindowTitle(self.tr("Partners"))
        layout = QVBoxLayout(self)
        tier = QLabel(Tier.INTERNAL.line, self)
        tier.setStyleSheet(TIER_STYLE)
        tier.setWordWrap(True)
        layout.addWidget(tier)
        layout.addWidget(QLabel(self.tr("De corporatie en de huismeester, het jongerenwerk, het buurtplatform, het "
                                        "gebiedsteam, de politie …: elk één keer. F2 of dubbelklik wijzigt een cel."),
                                self))
        self.model = PartnerModel(self)
        self.model.editRequested.connect(self.save_cell, Qt.ConnectionType.QueuedConnection)
        self.table = _table(self, self.model, "partnerTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("partnerNameEdit")
        self.name_edit.setPlaceholderText(self.tr("naam van een nieuwe partner"))
        self.name_edit.returnPressed.connect(self.new_partner)
        add = QPushButton(self.tr("Partner &toevoegen"), self)
        add.setObjectName("addPartnerButton")
        add.setAutoDefault(False)
        add.clicked.connect(self.new_partner)
        remove = QPushButton(self.tr("Partner &verwijderen"), self)
        remove.setObjectName("removePartnerButton")
        remove.setAutoDefault(False)
        remove.clicked.connect(self.delete_partner)
        row.addWidget(self.name_edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        bottom.addWidget(self.message_label, 1)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.refresh()
        self.resize(1060, 460)

    def refresh(self, select_id: int | None = None) -> None:
        current = self.table.currentIndex()
        with self.database.session() as session:
            rows = partner_service.list_partners(session)
        self.model.set_rows(rows)
        if select_id is not None:
            row = next((i for i, p in enumerate(rows) if p.id == select_id), 0)
            _select_row(self.table, row)
        elif current.isValid():
            self.table.setCurrentIndex(self.model.index(min(current.row(), len(rows) - 1), current.column()))
        self.table.resizeColumnsToContents()

    def _message(self, text: str, style: str) -> None:
        self.message_label.setStyleSheet(style)
        self.message_label.setText(text)

    def new_partner(self) -> int | None:
        try:
            with self.database.session() as session, session.begin():
                row = partner_service.create_partner(session, self.name_edit.text())
        except UserError as error:
            self._message(str(error), ERROR_STYLE)
            return None
        self.name_edit.clear()
        self._message(self.tr("{name} toegevoegd; vul in de tabel de soort, contactpersoon en wat de partner kan "
                              "bieden in.").format(name=row.name), DONE_STYLE)
        self.refresh(select_id=row.id)
        self.table.setCurrentIndex(self.model.index(self.table.currentIndex().row(), 1))
        self.table.setFocus()
        return row.id

    def save_cell(self, partner_id: int, field: str, text: str) -> bool:
        row = next(p for p in self.model.rows() if p.id == partner_id)
        try:
            with self.database.session() as session, session.begin():
                partner_service.update_partner(session, partner_id, row.version, **{field: text})
        except UserError as error:
            self._message(str(error), ERROR_STYLE)
            self.refresh()
            return False
        self._message(self.tr("{name} opgeslagen.").format(name=row.name if field != "name" else text.strip()),
                      DONE_STYLE)
        self.refresh()
        return True

    def delete_partner(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            self._message(self.tr("Kies eerst in de tabel de partner die u wilt verwijderen."), ERROR_STYLE)
            return False
        row = self.model.row_at(index.row())
        try:
            with self.database.session() as session, session.begin():
                partner_service.delete_partner(session, row.id, row.version)
        except UserError as error:
            self._message(str(error), ERROR_STYLE)
            return False
        self._message(self.tr("{name} verwijderd.").format(name=row.name), DONE_STYLE)
        self.refresh()
        return True


# --- the facade map -----------------------------------------------------------------------------

def show_group_homes(database: Database, facade_map, building_id: int | None, shown: bool) -> int:
    """Colour the homes with a member in an active group (the confidential view), or clear the
    colours; returns how many homes are coloured. Showing it is logged (names behind it)."""
    if not shown or building_id is None:
        facade_map.set_home_colours({})
        facade_map.set_legend([])
        return 0
    from flatapp.services.activity import log_activity

    with database.session() as session, session.begin():
        homes = group_service.participating_homes(session, building_id)
        log_activity(session, "groups.map", f"Gevelkaart: woningen in een werkgroep getoond ({len(homes)})",
                     building_id, tier=Tier.CONFIDENTIAL, target="scherm")
    facade_map.set_home_colours({home_id: MEMBER_COLOUR for home_id in homes})
    facade_map.set_legend([(translate("GroupsMap", "Doet mee in een werkgroep ({n}) — vertrouwelijk").format(
        n=len(homes)), MEMBER_COLOUR)])
    return len(homes)
