"""A working group's dialog (ui/group_dialog.ui): its name, topic, app, contact person and state, its
members (only residents with consent: the service refuses others and the refusal is shown on the message
line), its partners with what each brings, and its actions with inline editing of what, date, status and
result.

Every change is one transaction through the runner (``flatapp.services.groups``/``actions``) and one step
on the dialog's QUndoStack (Ctrl+Z / Ctrl+Shift+Z): undo writes the previous values back with the version
the step itself produced, so a change made meanwhile elsewhere is never overwritten (the step is then
dropped and the message says why).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from flatapp.domain.tiers import Tier
from flatapp.gui.conflicts import MAX_ROUNDS, MERGE, THEIRS, conflict_handler
from flatapp.gui.generated.ui_group_dialog import Ui_GroupDialog
from flatapp.gui.groups.controller import group_choices, record_versions
from flatapp.gui.groups.models import ActionModel, GroupPartnerModel, MemberModel, StatusDelegate
from flatapp.gui.groups.style import TIER_STYLE
from flatapp.gui.groups.tables import select_row, setup_table
from flatapp.gui.message_line import show_message
from flatapp.gui.runner import ServiceRunner
from flatapp.services import actions as action_service
from flatapp.services import groups as group_service
from flatapp.services.errors import UserError
from flatapp.services.rounds import parse_dutch_date
from flatapp.services.versioned import VersionConflict
from flatapp.storage.database import Database
from flatapp.storage.followup_models import ACTION_DONE, BY_COORDINATOR, BY_PARTNER, BY_RESIDENT


class GroupStep(QUndoCommand):
    """One change to a group, applied in its own transaction by ``do``/``undo_it`` (each takes a
    session). A step whose change is refused (consent withdrawn) is dropped from the stack and the dialog
    shows why. A change refused as stale (someone saved the group or action meanwhile) goes to the
    conflict dialog: keep mine or merge saves again on the newer version (``values``, the dicts ``do`` and
    ``undo_it`` write, take the merged values), take the other's shows the group as saved now."""

    def __init__(self, dialog: GroupDialog, text: str, do: Callable, undo_it: Callable,
                 values: tuple[dict, dict] | None = None):
        super().__init__(text)
        self.dialog = dialog
        self._do, self._undo = do, undo_it
        self._values = values

    def redo(self) -> None:
        self._run(self._do, 0)

    def undo(self) -> None:
        self._run(self._undo, 1)

    def _run(self, work: Callable, side: int) -> None:
        dialog = self.dialog
        for _ in range(MAX_ROUNDS):
            try:
                before, after = dialog.runner.write(record_versions, dialog.group_id, work)
                break
            except VersionConflict as conflict:
                if not self._resolved(conflict, side):
                    return
            except UserError as error:
                self._refused(str(error))
                return
        else:
            self._refused(self.dialog.tr("Niet opgeslagen: de werkgroep verandert steeds opnieuw."))
            return
        # The records this step changed (also as a side effect, e.g. the contact person cleared with a
        # member): their new versions are the ones the next undo or redo is based on.
        dialog.known_versions.update({key: version for key, version in after.items() if before.get(key) != version})
        dialog.refresh()

    def _refused(self, message: str) -> None:
        self.setObsolete(True)
        self.dialog.failed(message)

    def _resolved(self, conflict: VersionConflict, side: int) -> bool:
        """Ask the user; True when the step should be written again on top of the newer version."""
        data, handler = conflict.data, conflict_handler()
        key = (_STEP_KEYS.get(conflict.kind, ""), conflict.record_id)
        if handler is None or data is None or data.current is None or key not in self.dialog.known_versions:
            self._refused(str(conflict))
            return False
        resolution = handler(conflict)
        if resolution is None:
            self._refused(str(conflict))
            return False
        if resolution.choice == THEIRS:
            self._refused(self.dialog.tr("Niet opgeslagen: u ziet nu de versie die {who} intussen opsloeg.").format(
                who=data.changed_by or self.dialog.tr("iemand anders")))
            self.dialog.refresh()
            return False
        self.dialog.known_versions[key] = data.current
        if self._values is not None:
            written, other = self._values[side], self._values[1 - side]
            if resolution.choice == MERGE:
                written.update({k: v for k, v in resolution.values.items() if k in written})
            # Undoing this step puts back what it wrote over: the other's values, not the stale ones.
            other.update({d.field: d.theirs for d in conflict.differences if d.field in other})
        return True


# The conflict's table → the dialog's key of the version it knows.
_STEP_KEYS = {"working_group": "group", "group_action": "action"}


class GroupDialog(QDialog):
    """Edit one working group: fields, members, partners, actions; every change an undo step."""

    changed = Signal()

    def __init__(self, database: Database, group_id: int, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.database = database
        self.runner = ServiceRunner(database)
        self.group_id = group_id
        self.today = today
        self.undo_stack = QUndoStack(self)
        self.detail: group_service.GroupDetail | None = None
        self._failed = False
        # Per record ('group'/'action', id): the version this dialog's own last write left, or the one
        # the user saw when starting a change. Undo and redo are based on it: a change made elsewhere
        # since then makes them refuse instead of overwrite.
        self.known_versions: dict[tuple[str, int], int] = {}
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        self._build()
        self.refresh()


    # --- layout (ui/group_dialog.ui) and wiring ----------------------------------------------------
    def _build(self) -> None:
        ui = self.ui
        ui.tierLabel.setText(Tier.CONFIDENTIAL.line)
        ui.tierLabel.setStyleSheet(TIER_STYLE)
        self.name_edit, self.topic_edit, self.app_edit = ui.nameEdit, ui.topicEdit, ui.appEdit
        self.note_edit, self.contact_combo, self.active_check = ui.noteEdit, ui.contactCombo, ui.activeCheck
        self.save_button = ui.saveButton
        self.save_button.clicked.connect(self.save_fields)
        for edit in (self.name_edit, self.topic_edit, self.app_edit, self.note_edit):
            edit.returnPressed.connect(self.save_fields)

        self.member_model = MemberModel(self)
        self.member_table = setup_table(ui.memberTable, self.member_model)
        self.member_table.horizontalHeader().setStretchLastSection(False)     # the name takes the room left
        self.member_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.member_table.installEventFilter(self)
        self.person_combo = ui.personCombo
        self.add_member_button, self.remove_member_button = ui.addMemberButton, ui.removeMemberButton
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_member)

        self.partner_model = GroupPartnerModel(self)
        self.partner_model.bringsEdited.connect(self.set_brings, Qt.ConnectionType.QueuedConnection)
        self.partner_table = setup_table(ui.groupPartnerTable, self.partner_model)
        self.partner_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed
                                           | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.partner_combo = ui.partnerCombo
        self.add_partner_button, self.remove_partner_button = ui.addPartnerButton, ui.removePartnerButton
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button.clicked.connect(self.remove_partner)

        self.action_model = ActionModel(editable=True, parent=self)
        self.action_model.editRequested.connect(self.edit_action, Qt.ConnectionType.QueuedConnection)
        self.action_table = setup_table(ui.actionTable, self.action_model)
        self.action_table.setItemDelegate(StatusDelegate(ActionModel.FIELDS.index("status"), self.action_table))
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.what_edit, self.who_combo, self.due_edit = ui.whatEdit, ui.whoCombo, ui.dueEdit
        self.add_action_button = ui.addActionButton
        self.what_edit.returnPressed.connect(self.add_action)
        self.due_edit.returnPressed.connect(self.add_action)
        self.add_action_button.clicked.connect(self.add_action)

        self.message_label = ui.messageLabel
        self.undo_button, self.redo_button = ui.undoButton, ui.redoButton
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        ui.closeButton.clicked.connect(self.accept)
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
        if watched is self.member_table and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete:
            self.remove_member()
            return True
        return super().eventFilter(watched, event)

    # --- reading ------------------------------------------------------------------------------------
    def _today(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        """Read the group again (one session) and show it; keeps the selected rows."""
        rows = {view: view.currentIndex().row() for view in (self.member_table, self.partner_table, self.action_table)}
        try:
            self.detail, choices, partners = self.runner.read(group_choices, self.group_id, self._today())
        except UserError as error:      # the group was removed elsewhere
            show_message(self.message_label, "error", str(error))
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
                select_row(view, row)
        self.action_table.resizeColumnsToContents()
        self.changed.emit()

    # --- messages -----------------------------------------------------------------------------------
    def failed(self, text: str) -> None:
        """A refused change: the message line says why; the dialog shows what is in the database now."""
        self._failed = True
        show_message(self.message_label, "error", text)
        self.refresh()

    def done_message(self, text: str) -> None:
        show_message(self.message_label, "ok", text)

    def _push(self, text: str, do: Callable, undo_it: Callable, message: str,
              values: tuple[dict, dict] | None = None) -> bool:
        """Apply a change as an undo step; True when it was saved. ``values``: the dicts ``do`` and
        ``undo_it`` write, so a merge after a conflict can change them."""
        self._failed = False
        self.message_label.clear()
        self.undo_stack.push(GroupStep(self, text, do, undo_it, values))
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
                          self.tr("Gegevens van de werkgroep opgeslagen."), (changes, previous))

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
            select_row(self.partner_table, row)
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
        return self._push(text_step, do, undo_it, self.tr("Actie opgeslagen."), (after, before))
