"""Tent › Inschrijvingen invoeren…: the sign-up sheets from the tent typed in by keyboard, as fast as paper.

Per sheet the round and topic are chosen once (topics from the round's questionnaire, or typed new). Per
line: name ⏎ house number or phone ⏎ mag contact (j/n or space) ⏎ organiseren (j/n) ⏎, and the line is
saved; the cursor is back in the name box for the next line. Beside the house-number box the matched home
(code and address) is shown while typing; a number that is no home of the block is flagged in red and
still saved as written. The lines of this sheet are listed below (Model/View). Ctrl+Z takes back the last
line (a QUndoStack of this dialog), Ctrl+Y puts it back; Delete removes the chosen line. Errors go to one
Dutch message line; nothing half-saved: every line is one transaction through ``flatapp.services.sign_ups``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flatapp.gui import theme
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.row_table_model import ModelIndex, RowTableModel
from flatapp.gui.runner import ServiceRunner
from flatapp.services.errors import UserError
from flatapp.services.sign_ups import (
    AddedSignUp,
    HomeMatch,
    HomeMatcher,
    SignUpInput,
    SignUpRow,
    add_sign_up,
    delete_sign_up,
    home_matcher,
    list_sign_ups,
    looks_like_phone,
    topics_of_round,
)
from flatapp.storage.database import Database

translate = QCoreApplication.translate

ERROR_RED = theme.ERROR
OK_GREEN = theme.OK
WARN_AMBER = theme.WARNING
MUTED = theme.QUIET


class SignUpController:
    """The dialog's way to the services: one short session per read, one transaction per line."""

    def __init__(self, database: Database, building_id: int):
        self.database = database
        self.runner = ServiceRunner(database)
        self.building_id = building_id

    def rounds(self) -> list[tuple[int, str]]:
        from flatapp.services.rounds import list_rounds

        return [(r.id, r.name) for r in self.runner.read(list_rounds, self.building_id)]

    def topics(self, round_id: int) -> list[str]:
        return self.runner.read(topics_of_round, round_id)

    def matcher(self, round_id: int) -> HomeMatcher:
        return self.runner.read(home_matcher, round_id)

    def lines(self, round_id: int, topic: str) -> list[SignUpRow]:
        return self.runner.read(list_sign_ups, round_id, topic)

    def add(self, round_id: int, entry: SignUpInput, matcher: HomeMatcher | None) -> AddedSignUp:
        return self.runner.write(add_sign_up, round_id, entry, matcher)

    def delete(self, sign_up_id: int) -> SignUpRow:
        return self.runner.write(delete_sign_up, sign_up_id)


# --- undo ---------------------------------------------------------------------------------------------

class LineCommand(QUndoCommand):
    """A saved line (``added``) or a removed one: undo and redo do the opposite, each in one transaction.
    The change is already in the database when the command is pushed, so the first redo does nothing."""

    def __init__(self, dialog: SignUpEntryDialog, row: SignUpRow, added: bool):
        who = row.name or row.house_text or row.phone
        text = (translate("SignUpEntry", "regel {who} invoeren") if added
                else translate("SignUpEntry", "regel {who} verwijderen")).format(who=who)
        super().__init__(text)
        self._dialog = dialog
        self.row = row
        self.added = added
        self._pushed = False

    def _remove(self) -> None:
        self._dialog.controller.delete(self.row.id)

    def _restore(self) -> None:
        result = self._dialog.controller.add(self.row.round_id, self.row.as_input(), None)
        self.row = result.row

    def _run(self, action) -> None:
        try:
            action()
        except UserError as error:
            self.setObsolete(True)
            self._dialog.show_message(str(error), "error")
            return
        self._dialog.reload_lines()

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._restore if self.added else self._remove)

    def undo(self) -> None:
        self._run(self._remove if self.added else self._restore)
        if not self.isObsolete():
            what = (translate("SignUpEntry", "Ongedaan gemaakt: de regel van {who} is weggehaald.") if self.added
                    else translate("SignUpEntry", "Ongedaan gemaakt: de regel van {who} staat er weer."))
            self._dialog.show_message(what.format(who=self.row.name or self.row.house_text or self.row.phone), "ok")


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Y and Ctrl+Shift+Z, each once (a key bound twice fires neither)."""
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y"),
            QKeySequence("Ctrl+Shift+Z")]
    return list({key.toString(): key for key in keys if not key.isEmpty()}.values())


# --- entry widgets ------------------------------------------------------------------------------------

class EntryLineEdit(QLineEdit):
    """A line edit that leaves Ctrl+Z to the dialog when it has nothing of its own to undo."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)) \
                and not (self.isUndoAvailable() or self.isRedoAvailable()):
            event.ignore()
            return False
        return super().event(event)


class YesNoBox(QCheckBox):
    """The "mag contact" / "organiseren" box: j sets it, n clears it, space toggles, Enter moves on."""

    advance = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.toggled.connect(self._show)
        self._show(False)

    def _show(self, checked: bool) -> None:
        self.setText(translate("SignUpEntry", "ja") if checked else translate("SignUpEntry", "nee"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        text = event.text().casefold()
        if text in ("j", "y", "x", "1"):
            self.setChecked(True)
        elif text in ("n", "0"):
            self.setChecked(False)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance.emit()
        else:
            super().keyPressEvent(event)


COL_NAME, COL_HOME, COL_PHONE, COL_CONTACT, COL_ORGANISE = range(5)


class SignUpLineModel(RowTableModel):
    context = "SignUpEntry"
    headers = (QT_TRANSLATE_NOOP("SignUpEntry", "Naam"), QT_TRANSLATE_NOOP("SignUpEntry", "Woning"),
               QT_TRANSLATE_NOOP("SignUpEntry", "Telefoon"), QT_TRANSLATE_NOOP("SignUpEntry", "Mag contact"),
               QT_TRANSLATE_NOOP("SignUpEntry", "Organiseren"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: SignUpRow = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_HOME:
                if row.matched:
                    return f"{row.home_code} · {row.address}"
                return translate("SignUpEntry", "niet gevonden: {text}").format(text=row.house_text) \
                    if row.house_text else ""
            yes, no = translate("SignUpEntry", "ja"), translate("SignUpEntry", "nee")
            return (row.name, "", row.phone, yes if row.may_contact else no,
                    yes if row.wants_to_organise else no)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_HOME and not row.matched:
            return QBrush(QColor(ERROR_RED))
        return None

    def row_of(self, sign_up_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows()) if row.id == sign_up_id), None)


# --- the dialog ---------------------------------------------------------------------------------------

class SignUpEntryDialog(RememberingDialog):
    settings_key = "sign_up_entry"

    def __init__(self, database: Database, building_id: int, round_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = SignUpController(database, building_id)
        self.undo_stack = QUndoStack(self)
        self._matcher: HomeMatcher | None = None
        self.setWindowTitle(self.tr("Inschrijvingen invoeren"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "Kies per inschrijflijst eenmaal de ronde en het onderwerp. Typ dan per regel: naam ⏎ huisnummer of "
            "telefoon ⏎ mag contact (j/n of spatie) ⏎ organiseren (j/n) ⏎ – de regel is bewaard en u begint aan "
            "de volgende. Ctrl+Z haalt de laatste regel weg, Delete de gekozen regel."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(intro)

        sheet = QHBoxLayout()
        self.round_combo = QComboBox(self)
        round_label = QLabel(self.tr("&Ronde:"), self)
        round_label.setBuddy(self.round_combo)
        self.topic_combo = QComboBox(self)
        self.topic_combo.setEditable(True)
        self.topic_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic_combo.setMinimumWidth(260)
        self.topic_combo.lineEdit().setPlaceholderText(self.tr("kies of typ een onderwerp"))
        topic_label = QLabel(self.tr("&Onderwerp (blad):"), self)
        topic_label.setBuddy(self.topic_combo)
        sheet.addWidget(round_label)
        sheet.addWidget(self.round_combo, 1)
        sheet.addSpacing(12)
        sheet.addWidget(topic_label)
        sheet.addWidget(self.topic_combo, 2)
        layout.addLayout(sheet)

        grid = QGridLayout()
        self.name_edit = EntryLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.house_edit = EntryLineEdit(self)
        self.house_edit.setObjectName("houseEdit")
        self.house_edit.setPlaceholderText(self.tr("12, 12a, 12-2 of 06-…"))
        self.contact_box = YesNoBox(self)
        self.contact_box.setObjectName("contactBox")
        self.organise_box = YesNoBox(self)
        self.organise_box.setObjectName("organiseBox")
        labels = (self.tr("&Naam"), self.tr("&Huisnummer of telefoon"), self.tr("&Mag contact"),
                  self.tr("Or&ganiseren"))
        widgets = (self.name_edit, self.house_edit, self.contact_box, self.organise_box)
        for column, (text, widget) in enumerate(zip(labels, widgets)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("matchLabel")
        self.match_label.setWordWrap(True)
        self.match_label.setMinimumHeight(self.fontMetrics().height() + 6)
        grid.addWidget(self.match_label, 2, 1, 1, 3)
        layout.addLayout(grid)

        self.model = SignUpLineModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HOME, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Regel &verwijderen"), self)
        self.delete_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.activated.connect(self.undo_stack.undo)
        for keys in redo_keys():
            QShortcut(keys, self).activated.connect(self.undo_stack.redo)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

        self.name_edit.returnPressed.connect(self.house_edit.setFocus)
        self.house_edit.returnPressed.connect(self.contact_box.setFocus)
        self.house_edit.textChanged.connect(self._show_match)
        self.contact_box.advance.connect(self.organise_box.setFocus)
        self.organise_box.advance.connect(self.save_line)
        self.topic_combo.lineEdit().returnPressed.connect(self._topic_chosen)
        self.topic_combo.currentTextChanged.connect(lambda _text: self.reload_lines())
        self.round_combo.currentIndexChanged.connect(lambda _index: self._round_changed())
        self.delete_button.clicked.connect(self.delete_current)
        self.close_button.clicked.connect(self.accept)

        for round_id_, name in self.controller.rounds():
            self.round_combo.addItem(name, round_id_)
        if round_id is not None and self.round_combo.findData(round_id) >= 0:
            self.round_combo.setCurrentIndex(self.round_combo.findData(round_id))
        self._round_changed()
        self.topic_combo.setFocus()

    # --- the sheet ----------------------------------------------------------------------------------
    def round_id(self) -> int | None:
        data = self.round_combo.currentData()
        return int(data) if data is not None else None

    def topic(self) -> str:
        return " ".join(self.topic_combo.currentText().split())

    def _round_changed(self) -> None:
        round_id = self.round_id()
        self.undo_stack.clear()          # undo steps belong to the round they were typed in
        self._matcher = self.controller.matcher(round_id) if round_id is not None else None
        current = self.topic()
        self.topic_combo.blockSignals(True)
        self.topic_combo.clear()
        if round_id is not None:
            self.topic_combo.addItems(self.controller.topics(round_id))
        self.topic_combo.setEditText(current)
        self.topic_combo.blockSignals(False)
        self.reload_lines()
        self._show_match(self.house_edit.text())

    def _topic_chosen(self) -> None:
        if self.topic():
            self.reload_lines()
            self.name_edit.setFocus()

    def reload_lines(self, select_id: int | None = None) -> None:
        round_id, topic = self.round_id(), self.topic()
        rows = self.controller.lines(round_id, topic) if round_id is not None and topic else []
        self.model.set_rows(rows)
        unmatched = sum(1 for row in rows if not row.matched and row.house_text)
        text = self.tr("{count} regels op dit blad").format(count=len(rows)) if topic else \
            self.tr("Kies eerst het onderwerp van het blad.")
        if unmatched:
            text += " · " + self.tr("{count} met een huisnummer dat niet in de flat voorkomt").format(count=unmatched)
        self.count_label.setText(text)
        if rows:
            row = self.model.row_of(select_id) if select_id is not None else None
            row = len(rows) - 1 if row is None else row
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # --- a line -------------------------------------------------------------------------------------
    def _show_match(self, text: str) -> None:
        raw = text.strip()
        if not raw:
            self.match_label.setText("")
            return
        if looks_like_phone(raw):
            self.match_label.setStyleSheet(f"color: {MUTED};")
            self.match_label.setText(self.tr("telefoonnummer"))
            return
        match: HomeMatch = self._matcher.match(raw) if self._matcher is not None else HomeMatch(raw)
        if match.matched:
            self.match_label.setStyleSheet(f"color: {OK_GREEN}; font-weight: bold;")
            self.match_label.setText(f"{match.code} · {match.address}")
        else:
            self.match_label.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold;")
            self.match_label.setText(self.tr("Niet gekoppeld: {reason}").format(reason=match.problem))

    def current_input(self) -> SignUpInput:
        house = " ".join(self.house_edit.text().split())
        phone = ""
        if looks_like_phone(house):
            house, phone = "", house
        return SignUpInput(self.topic(), self.name_edit.text(), house, phone, self.contact_box.isChecked(),
                           self.organise_box.isChecked())

    def save_line(self) -> bool:
        round_id = self.round_id()
        if round_id is None:
            self.show_message(self.tr("Deze flat heeft nog geen ronde; maak eerst een ronde aan."), "error")
            return False
        if not self.topic():
            self.show_message(self.tr("Kies of typ eerst het onderwerp van deze inschrijflijst; de regel is niet "
                                      "bewaard."), "error")
            self.topic_combo.setFocus()
            return False
        try:
            result = self.controller.add(round_id, self.current_input(), self._matcher)
        except UserError as error:
            self.show_message(str(error), "error")
            self.name_edit.setFocus()
            return False
        self.undo_stack.push(LineCommand(self, result.row, added=True))
        if self.topic_combo.findText(result.row.topic, Qt.MatchFlag.MatchFixedString) < 0:
            self.topic_combo.blockSignals(True)
            self.topic_combo.addItem(result.row.topic)
            self.topic_combo.blockSignals(False)
        self.reload_lines(result.row.id)
        self._saved_message(result)
        self.name_edit.setText("")           # setText (not clear) also empties the box's own undo history,
        self.house_edit.setText("")          # so Ctrl+Z in the empty box takes back the line
        self.contact_box.setChecked(False)
        self.organise_box.setChecked(False)
        self.name_edit.setFocus()
        return True

    def _saved_message(self, result: AddedSignUp) -> None:
        row = result.row
        who = row.name or row.house_text or row.phone
        where = f"{row.home_code} · {row.address}" if row.matched else (
            self.tr("niet gekoppeld aan een woning") if row.house_text else row.phone)
        text = self.tr("Bewaard: {who} ({where}).").format(who=who, where=where)
        if not result.person_created:
            text += " " + self.tr("Dezelfde bewoner als op een andere lijst of het formulier.")
        if result.warnings:
            self.show_message(text + " " + " ".join(result.warnings), "warning")
        else:
            self.show_message(text, "ok")

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.show_message(self.tr("Kies eerst de regel die weg moet."), "error")
            return
        row: SignUpRow = self.model.row_at(index.row())
        try:
            self.controller.delete(row.id)
        except UserError as error:
            self.show_message(str(error), "error")
            self.reload_lines()
            return
        self.undo_stack.push(LineCommand(self, row, added=False))
        self.reload_lines()
        self.show_message(self.tr("Regel van {who} verwijderd (Ctrl+Z zet hem terug).").format(
            who=row.name or row.house_text or row.phone), "ok")

    def show_message(self, text: str, kind: str = "ok") -> None:
        colour = {"error": ERROR_RED, "warning": WARN_AMBER}.get(kind, OK_GREEN)
        self.message_label.setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if kind == "error" else ""))
        self.message_label.setText(text)
