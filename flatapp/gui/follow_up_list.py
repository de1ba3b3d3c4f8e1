"""Tent › Opvolglijst…: the residents to call back, from their form (CT1) and from the tent's sheets.

A table (Model/View, plain ``FollowUpRow``s): naam, woning, contact, bron (formulier / inschrijflijst with
the topics), status, notitie. The status changes with the keyboard: keys 1–4 on a row (1 te bellen,
2 gebeld, 3 doet mee, 4 geen interesse), or F2 on the status column opens a combo box; the note is edited
in place (F2 or typing). Every change is saved at once against the version shown (a stale save is refused
with a Dutch message and the list reloads) and can be undone (Ctrl+Z). Filter by status; "Opslaan als…"
writes the list (Vertrouwelijk) to CSV or xlsx and logs it. Opening the list is logged as a confidential
view; consent is checked every time the list is made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flatapp.domain.tiers import Tier
from flatapp.gui import theme
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.row_table_model import ModelIndex, RowTableModel
from flatapp.gui.runner import ServiceRunner, error_line
from flatapp.gui.sign_up_entry import redo_keys
from flatapp.services.errors import UserError
from flatapp.services.follow_up import (
    FollowUpRow,
    export_follow_up,
    follow_up_rows,
    get_follow_up,
    log_follow_up_shown,
    refresh_follow_up,
    set_follow_up,
)
from flatapp.storage.database import Database
from flatapp.storage.followup_models import FOLLOW_UP_STATUSES

translate = QCoreApplication.translate

ERROR_RED = theme.ERROR
OK_GREEN = theme.OK
MUTED = theme.QUIET
STATUS_TEXTS = {
    "te bellen": QT_TRANSLATE_NOOP("FollowUp", "te bellen"),
    "gebeld": QT_TRANSLATE_NOOP("FollowUp", "gebeld"),
    "doet mee": QT_TRANSLATE_NOOP("FollowUp", "doet mee"),
    "geen interesse": QT_TRANSLATE_NOOP("FollowUp", "geen interesse"),
}
STATUS_COLOURS = {"te bellen": theme.WARNING, "gebeld": theme.INFO, "doet mee": OK_GREEN, "geen interesse": theme.FAINT}
STATUS_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


def status_text(status: str) -> str:
    return translate("FollowUp", STATUS_TEXTS.get(status, status))


class FollowUpController:
    """One short session per read, one transaction per change."""

    def __init__(self, database: Database, round_id: int):
        self.database = database
        self.runner = ServiceRunner(database)
        self.round_id = round_id

    def refresh(self) -> None:
        self.runner.write(refresh_follow_up, self.round_id)

    def rows(self, status: str | None = None) -> list[FollowUpRow]:
        return self.runner.read(follow_up_rows, self.round_id, status)

    def log_shown(self, count: int) -> None:
        self.runner.write(log_follow_up_shown, self.round_id, count)

    def get(self, person_id: int) -> FollowUpRow:
        return self.runner.read(get_follow_up, person_id)

    def set(self, person_id: int, version: int, status: str | None = None, note: str | None = None) -> FollowUpRow:
        return self.runner.write(set_follow_up, person_id, version, status=status, note=note)

    def export(self, path: Path, status: str | None, parent: QWidget | None = None) -> int:
        """The list as CSV or xlsx, written on a worker thread (a progress dialog over ``parent``)."""
        return self.runner.run_slow(parent, translate("FollowUp", "Opvolglijst opslaan…"), export_follow_up,
                                    self.round_id, path, status)


COL_NAME, COL_HOME, COL_CONTACT, COL_SOURCE, COL_STATUS, COL_NOTE = range(6)


class FollowUpModel(RowTableModel):
    context = "FollowUp"
    headers = (QT_TRANSLATE_NOOP("FollowUp", "Naam"), QT_TRANSLATE_NOOP("FollowUp", "Woning"),
               QT_TRANSLATE_NOOP("FollowUp", "Telefoon / e-mail"), QT_TRANSLATE_NOOP("FollowUp", "Bron"),
               QT_TRANSLATE_NOOP("FollowUp", "Status"), QT_TRANSLATE_NOOP("FollowUp", "Notitie"))

    def __init__(self, dialog: FollowUpDialog):
        super().__init__(dialog)
        self._dialog = dialog

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: FollowUpRow = self.row_at(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_HOME:
                if row.home_code:
                    return f"{row.home_code} · {row.address}"
                return translate("FollowUp", "niet gevonden: {text}").format(text=row.house_text) \
                    if row.house_text else ""
            if column == COL_SOURCE:
                return self._source(row)
            if column == COL_STATUS:
                return status_text(row.status)
            return (row.name, "", row.contact, "", "", row.note)[column]
        if role == Qt.ItemDataRole.EditRole:
            return row.status if column == COL_STATUS else row.note if column == COL_NOTE else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS.get(row.status, theme.TEXT)))
        return None

    @staticmethod
    def _source(row: FollowUpRow) -> str:
        parts = [translate("FollowUp", "formulier")] if row.from_form else []
        if row.topics:
            shown = [translate("FollowUp", "{topic} (organiseren)").format(topic=t) if t in row.organise else t
                     for t in row.topics]
            parts.append(translate("FollowUp", "inschrijflijst: {topics}").format(topics=", ".join(shown)))
        return "; ".join(parts)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (COL_STATUS, COL_NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row: FollowUpRow = self.row_at(index.row())
        if index.column() == COL_STATUS:
            return self._dialog.change(row, status=str(value))
        if index.column() == COL_NOTE:
            return self._dialog.change(row, note=str(value))
        return False

    def replace(self, new: FollowUpRow) -> None:
        for number, row in enumerate(self._rows):
            if row.person_id == new.person_id:
                self._rows[number] = new
                self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
                return

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.person_id == person_id), None)


class StatusDelegate(QStyledItemDelegate):
    """A combo box for the status column (F2 or double click); the keys 1–4 work without it."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for number, status in enumerate(FOLLOW_UP_STATUSES, start=1):
            combo.addItem(f"{number} {status_text(status)}", status)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ChangeCommand(QUndoCommand):
    """A saved status or note: undo saves the old value back (against the version then current)."""

    def __init__(self, dialog: FollowUpDialog, before: FollowUpRow, after: FollowUpRow):
        super().__init__(translate("FollowUp", "opvolging van {who} wijzigen").format(
            who=after.name or after.person_id))
        self._dialog = dialog
        self.before, self.after = before, after
        self._pushed = False

    def _apply(self, row: FollowUpRow) -> None:
        try:
            current = self._dialog.controller.get(row.person_id)
            saved = self._dialog.controller.set(row.person_id, current.version, status=row.status, note=row.note)
        except UserError as error:
            self.setObsolete(True)
            self._dialog.show_message(str(error), "error")
            self._dialog.reload()
            return
        self._dialog.model.replace(saved)
        self._dialog.select(saved.person_id)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class FollowUpDialog(RememberingDialog):
    settings_key = "follow_up_list"

    def __init__(self, database: Database, round_id: int, round_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = FollowUpController(database, round_id)
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Opvolglijst – {round}").format(round=round_name) if round_name
                            else self.tr("Opvolglijst"))
        self.resize(1040, 560)
        layout = QVBoxLayout(self)
        tier = QLabel(Tier.CONFIDENTIAL.line, self)
        tier.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold;")
        layout.addWidget(tier)
        intro = QLabel(self.tr(
            "Bewoners die op het formulier om contact vroegen en bewoners die zich in de tent inschreven met "
            "'mag contact'. Status: toets 1 te bellen, 2 gebeld, 3 doet mee, 4 geen interesse (of F2 in de "
            "kolom Status). Notitie: F2 of gewoon typen in de kolom Notitie. Ctrl+Z maakt ongedaan."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Alle"), None)
        for status in FOLLOW_UP_STATUSES:
            self.status_combo.addItem(status_text(status), status)
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_combo)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {MUTED};")
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addSpacing(12)
        filters.addWidget(self.count_label, 1)
        layout.addLayout(filters)

        self.model = FollowUpModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Lijst &bijwerken"), self)
        self.refresh_button.setToolTip(self.tr("Nieuwe formulieren met 'contact: ja' en nieuwe inschrijvingen "
                                               "toevoegen; wie toestemming introk verdwijnt"))
        self.export_button = QPushButton(self.tr("Opslaan &als…"), self)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        for button in (self.refresh_button, self.export_button, self.close_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self).activated.connect(self.undo_stack.undo)
        for keys in redo_keys():
            QShortcut(keys, self).activated.connect(self.undo_stack.redo)
        self.status_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.accept)

        try:
            self.controller.refresh()
        except UserError as error:
            self.show_message(str(error), "error")
        self.reload()
        self.controller.log_shown(self.model.rowCount())
        self._size_columns()
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, COL_NAME))

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, most in ((COL_NAME, 200), (COL_HOME, 240), (COL_CONTACT, 190), (COL_SOURCE, 300),
                             (COL_STATUS, 130)):
            header.resizeSection(column, min(max(header.sectionSize(column), 90), most))

    # --- reading ------------------------------------------------------------------------------------
    def status_filter(self) -> str | None:
        return self.status_combo.currentData()

    def reload(self) -> None:
        current = self.current_row()
        try:
            rows = self.controller.rows(self.status_filter())
        except UserError as error:
            self.show_message(str(error), "error")
            rows = []
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} bewoners").format(count=len(rows)))
        if current is not None:
            self.select(current.person_id)

    def refresh(self) -> None:
        try:
            self.controller.refresh()
        except UserError as error:
            self.show_message(str(error), "error")
            return
        self.reload()
        self.show_message(self.tr("De lijst is bijgewerkt met de formulieren en inschrijvingen van nu."), "ok")

    def current_row(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is not None:
            column = max(self.table.currentIndex().column(), 0)
            self.table.setCurrentIndex(self.model.index(row, column))

    # --- changing -----------------------------------------------------------------------------------
    def change(self, row: FollowUpRow, status: str | None = None, note: str | None = None) -> bool:
        try:
            saved = self.controller.set(row.person_id, row.version, status=status, note=note)
        except UserError as error:
            self.show_message(str(error), "error")
            self.reload()
            return False
        self.model.replace(saved)
        if self.status_filter() is not None and saved.status != self.status_filter():
            self.reload()           # no longer in the filtered list
        self.undo_stack.push(ChangeCommand(self, row, saved))
        what = (self.tr("{who}: {status}").format(who=saved.name or saved.person_id, status=status_text(saved.status))
                if status is not None else self.tr("Notitie bij {who} bewaard.").format(who=saved.name or saved.person_id))
        self.show_message(what, "ok")
        return True

    def set_status_of_current(self, status: str) -> bool:
        row = self.current_row()
        if row is None:
            self.show_message(self.tr("Kies eerst een bewoner in de lijst."), "error")
            return False
        if row.status == status:
            return True
        return self.change(row, status=status)

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and event.key() in STATUS_KEYS and self.table.state() != QAbstractItemView.State.EditingState \
                and self.table.currentIndex().column() != COL_NOTE:
            self.set_status_of_current(FOLLOW_UP_STATUSES[STATUS_KEYS[event.key()]])
            return True
        return super().eventFilter(watched, event)

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Opvolglijst opslaan"), "opvolglijst.csv",
            self.tr("CSV voor Excel (*.csv);;Excel-werkmap (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            count = self.controller.export(path, self.status_filter(), self)
        except Exception as error:      # a full disk, a folder that cannot be written: one Dutch line
            self.show_message(error_line(error), "error")
            return False
        self.show_message(self.tr("{tier}: {count} bewoners opgeslagen in {path}. Dit is vastgelegd in het "
                                  "privacylogboek.").format(tier=Tier.CONFIDENTIAL.label, count=count, path=path), "ok")
        return True

    def show_message(self, text: str, kind: str = "ok") -> None:
        colour = ERROR_RED if kind == "error" else OK_GREEN
        self.message_label.setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if kind == "error" else ""))
        self.message_label.setText(text)
