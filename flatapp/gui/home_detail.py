"""Correcting one home: the detail panel (view) and the editor that saves with undo (controller)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget

from flatapp.domain.addresses import floor_label
from flatapp.gui import theme
from flatapp.gui.conflicts import ConflictReloaded
from flatapp.gui.generated.ui_home_detail import Ui_HomeDetailPanel
from flatapp.gui.home_consent import HomeConsentPanel
from flatapp.gui.runner import ServiceRunner
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow, home_row, update_home
from flatapp.storage.database import Database

# A plain name, so that pyside6-lupdate finds the texts: translate("Context", "Dutch text").
translate = QCoreApplication.translate

FLOOR_RANGE = range(-2, 61)  # what parse_floor accepts: K2 … 60e


def _field_values(home: HomeRow) -> dict[str, object]:
    """A row's editable values in the form the panel shows them."""
    return {
        "street": home.street,
        "house_number": str(home.house_number),
        "house_letter": home.house_letter,
        "addition": home.addition,
        "postcode": home.postcode,
        "city": home.city,
        "entrance": home.entrance,
        "floor": home.floor,
        "vhe_code": home.vhe_code,
    }


# How the services' Dutch messages start, per field (to put the cursor where the problem is).
_ERROR_STARTS = {
    "postcode": ("Postcode",), "house_number": ("Huisnummer", "Dit adres"), "house_letter": ("Huisletter",),
    "addition": ("Toevoeging",), "street": ("De straat",), "floor": ("Verdieping",), "vhe_code": ("VHE",),
}


def _field_of_error(message: str, changes: dict[str, object]) -> str | None:
    if len(changes) == 1:
        return next(iter(changes))
    for field, starts in _ERROR_STARTS.items():
        if message.startswith(starts) and (not changes or field in changes or field == "house_number"):
            return field
    return None


class HomeDetailPanel(QWidget):
    """Shows one home's address fields; emits ``saveRequested(home_id, changes)``.

    ``changes`` holds only the fields the user altered, as typed (the service checks them).
    """

    saveRequested = Signal(int, object)
    homeShown = Signal(object)          # the HomeRow now shown, or None (the consent panel follows it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HomeDetailPanel()
        self.ui.setupUi(self)
        self._home: HomeRow | None = None
        self._loading = False
        ui = self.ui
        title_font = QFont(ui.titleLabel.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        ui.titleLabel.setFont(title_font)
        ui.emptyLabel.setStyleSheet(theme.QUIET_STYLE)
        ui.stateLabel.setStyleSheet(theme.QUIET_STYLE)
        ui.errorFrame.setStyleSheet(
            f"QFrame#errorFrame {{ background: {theme.ERROR_BG}; border: 1px solid {theme.ERROR_BORDER}; border-radius: 4px; }}"
            f"QLabel#errorLabel {{ color: {theme.ERROR_DARK}; background: transparent; border: none; }}"
        )
        ui.errorFrame.hide()
        # The home's consent and privacy actions, under the address fields (above the bottom spacer).
        self.consent_panel = HomeConsentPanel(self)
        ui.editLayout.insertWidget(ui.editLayout.count() - 1, self.consent_panel)
        for floor in FLOOR_RANGE:
            ui.floorCombo.addItem(floor_label(floor), floor)
        self._edits: dict[str, QLineEdit] = {
            "street": ui.streetEdit, "house_number": ui.numberEdit, "house_letter": ui.letterEdit,
            "addition": ui.additionEdit, "postcode": ui.postcodeEdit, "city": ui.cityEdit,
            "vhe_code": ui.vheEdit,
        }
        for edit in [*self._edits.values(), ui.entranceCombo.lineEdit()]:
            edit.textChanged.connect(self._on_edited)
            edit.returnPressed.connect(self.request_save)
            edit.installEventFilter(self)
        ui.floorCombo.currentIndexChanged.connect(self._on_edited)
        ui.saveButton.clicked.connect(self.request_save)
        ui.revertButton.clicked.connect(self.revert)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.request_save)
        self.show_home(None)

    # --- what the panel shows -----------------------------------------------------------------
    def home(self) -> HomeRow | None:
        return self._home

    def show_home(self, home: HomeRow | None, entrances: Sequence[str] = ()) -> None:
        """Load a home into the fields (None: the hint page); clears any error and edits."""
        self._home = home
        self.clear_error()
        ui = self.ui
        if home is None:
            ui.pages.setCurrentWidget(ui.emptyPage)
            self.homeShown.emit(None)
            return
        self._loading = True
        try:
            title = translate("HomeDetailPanel", "Woning {code} · {address}")
            ui.titleLabel.setText(title.format(code=home.code, address=home.address))
            values = _field_values(home)
            for field, edit in self._edits.items():
                edit.setText(str(values[field]))
                edit.setCursorPosition(0)
            ui.entranceCombo.clear()
            ui.entranceCombo.addItems([name for name in entrances if name])
            ui.entranceCombo.setEditText(home.entrance)
            index = ui.floorCombo.findData(home.floor)
            if index < 0:  # outside the usual range: show it anyway
                ui.floorCombo.addItem(home.floor_label, home.floor)
                index = ui.floorCombo.count() - 1
            ui.floorCombo.setCurrentIndex(index)
        finally:
            self._loading = False
        ui.pages.setCurrentWidget(ui.editPage)
        self._on_edited()
        self.homeShown.emit(home)

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {field: edit.text().strip() for field, edit in self._edits.items()}
        values["entrance"] = self.ui.entranceCombo.currentText().strip()
        values["floor"] = self.ui.floorCombo.currentData()
        return values

    def changes(self) -> dict[str, object]:
        """The fields that differ from the loaded home."""
        if self._home is None:
            return {}
        before = _field_values(self._home)
        return {field: value for field, value in self.values().items() if value != before[field]}

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def show_error(self, message: str, changes: dict[str, object] | None = None) -> None:
        """Show a Dutch error under the fields and put the cursor in the field it is about."""
        self.ui.errorLabel.setText(message)
        self.ui.errorFrame.show()
        field = _field_of_error(message, changes or {})
        widgets = {**self._edits, "entrance": self.ui.entranceCombo, "floor": self.ui.floorCombo}
        widget = widgets.get(field) if field else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def clear_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorFrame.hide()

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorFrame.isVisibleTo(self) else ""

    def focus_first_field(self) -> None:
        if self._home is not None:
            self.ui.streetEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.streetEdit.selectAll()

    # --- user actions -------------------------------------------------------------------------
    def request_save(self) -> None:
        if self._home is None:
            return
        changes = self.changes()
        if not changes:
            self.clear_error()
            return
        self.saveRequested.emit(self._home.id, changes)

    def revert(self) -> None:
        if self._home is not None:
            entrances = [self.ui.entranceCombo.itemText(i) for i in range(self.ui.entranceCombo.count())]
            self.show_home(self._home, entrances)

    def _on_edited(self, *_args) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        unsaved = translate("HomeDetailPanel", "Niet opgeslagen wijzigingen")
        self.ui.stateLabel.setText(unsaved if dirty else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A line edit claims Ctrl+Z for its own typing; once there is nothing of its own to undo
        # (e.g. right after a save), let the shortcut reach the window's Ongedaan maken instead.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            if (event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()) or (
                event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable()
            ):
                event.ignore()
                return True
        return super().eventFilter(watched, event)


def _write_home(session, home_id: int, values: dict[str, object], version: int
                ) -> tuple[HomeRow, HomeRow, dict[str, object]]:
    before = home_row(session, home_id)
    previous = update_home(session, home_id, values, version)
    return before, home_row(session, home_id), previous


def _without_version(home: HomeRow) -> HomeRow:
    return replace(home, version=0)


class UpdateHomeCommand(QUndoCommand):
    """A saved correction: undo writes the previous values back, redo the new ones.

    The correction is already in the database when the command is pushed, so the first
    ``redo`` (QUndoStack.push calls it) does nothing.
    """

    def __init__(self, editor: HomeEditor, home: HomeRow, building_id: int | None,
                 changes: dict[str, object], previous: dict[str, object], version: int):
        super().__init__(translate("UpdateHomeCommand", "woning {code} corrigeren").format(
            code=home.code))
        self._editor = editor
        self.home_id = home.id
        self.building_id = building_id
        self.changes = dict(changes)
        self.previous = dict(previous)
        self.version = version          # the home's version after this step (an undo or redo is based on it)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._apply(self.changes)

    def undo(self) -> None:
        self._apply(self.previous)

    def _apply(self, values: dict[str, object]) -> None:
        try:
            _before, after, _previous = self._editor.write(self.home_id, values, self.version)
            self.version = after.version
        except UserError as error:
            # E.g. another home took this address meanwhile: nothing was written; drop the step.
            self.setObsolete(True)
            self._editor.failed.emit(str(error))
            return
        self._editor.homeChanged.emit(self.home_id, self.building_id if self.building_id is not None else -1)


class HomeEditor(QObject):
    """Saves corrections from the panel, one transaction each, as steps on an undo stack."""

    homeChanged = Signal(int, int)   # home id, building id (-1: unknown) after save, undo or redo
    failed = Signal(str)             # an undo/redo step could not be applied (Dutch message)

    def __init__(self, database: Database, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self._database = database
        self.undo_stack = undo_stack

    def set_database(self, database: Database) -> None:
        """Another database: the old undo steps belong to the old one."""
        self._database = database
        self.undo_stack.clear()

    def write(self, home_id: int, values: dict[str, object], version: int
              ) -> tuple[HomeRow, HomeRow, dict[str, object]]:
        """One transaction: (row before, row after, previous values). Raises UserError (a stale
        ``version`` goes to the conflict dialog first)."""
        return ServiceRunner(self._database).write(_write_home, home_id, values, version)

    def save(self, home_id: int, changes: dict[str, object], building_id: int | None = None,
             version: int | None = None) -> str | None:
        """Save and push an undo step; returns the Dutch error when nothing was saved. When the user took
        the other's version in the conflict dialog, the home is shown again as saved."""
        try:
            before, after, previous = self.write(home_id, changes, version)
        except ConflictReloaded:
            self.homeChanged.emit(home_id, building_id if building_id is not None else -1)
            return None
        except UserError as error:
            return str(error)
        if _without_version(before) != _without_version(after):
            self.undo_stack.push(UpdateHomeCommand(self, before, building_id, changes, previous, after.version))
        self.homeChanged.emit(home_id, building_id if building_id is not None else -1)
        return None
