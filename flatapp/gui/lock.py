"""Passphrases in the window, and the screen lock.

- ``ask_passphrase``: the dialog before the main window (or when another database is opened) for an
  encrypted database; a wrong passphrase shows why and lets the user try again.
- ``ask_new_database_encryption``: the "Versleutelen" choice for a new database, passphrase twice.
- ``ScreenLock``: after a chosen number of idle minutes (no key or mouse input to FlatApp; an
  application-wide event filter and one timer) every FlatApp window is covered by a ``LockOverlay``,
  and input reaches nothing but the overlays until the user unlocks. Nothing is closed or hidden, so
  an interview half typed is there again, as it was, after unlocking.

  To unlock an encrypted database the passphrase is asked again. For a plain database there is no
  secret FlatApp could check (the operating system's password cannot be checked portably, and a PIN
  kept beside a readable file would protect nothing): the overlay hides the residents' data from
  passers-by, and a click on "Ontgrendelen als <gebruiker>" opens it again. The overlay says that
  encrypting the database is what really protects it.
"""

from __future__ import annotations

import getpass
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flatapp.gui import theme
from flatapp.storage.cipher import MIN_PASSPHRASE_LENGTH, passphrase_problem

translate = QCoreApplication.translate

AUTO_LOCK_KEY = "privacy/autoLockMinutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 240
ERROR_STYLE = theme.text_style(theme.ERROR)


def auto_lock_minutes() -> int:
    value = QSettings().value(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES)
    try:
        return max(0, min(MAX_AUTO_LOCK_MINUTES, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_AUTO_LOCK_MINUTES


def set_auto_lock_minutes(minutes: int) -> None:
    QSettings().setValue(AUTO_LOCK_KEY, max(0, min(MAX_AUTO_LOCK_MINUTES, int(minutes))))


def user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:          # no user name known to the system (a service account, a container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


# --- opening an encrypted database -------------------------------------------------------------------
class PassphraseDialog(QDialog):
    """Asks the passphrase of an encrypted database (shown again with ``error`` after a wrong one)."""

    def __init__(self, name: str, error: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(translate("Lock", "Versleutelde database"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Lock", "De database <b>{name}</b> is versleuteld. Typ het wachtwoord om hem "
                                 "te openen.").format(name=name.replace("<", "&lt;")), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = _password_edit(self, "passphraseEdit")
        layout.addWidget(self.edit)
        self.error_label = _error_label(self)
        layout.addWidget(self.error_label)
        if error:
            self.error_label.setText(error)
            self.error_label.show()
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(420)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(translate("Lock", "Openen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Lock", "Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept_if_typed)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def _accept_if_typed(self) -> None:
        if self.edit.text():
            self.accept()

    def passphrase(self) -> str:
        return self.edit.text()


def wrong_passphrase_text() -> str:
    return translate("Lock", "Dit wachtwoord klopt niet. Er is niets geopend of gewijzigd; probeer het opnieuw.")


def ask_passphrase(parent: QWidget | None, target: str | Path, error: str | None = None) -> str | None:
    """The passphrase typed for ``target``; None when the user cancels."""
    dialog = PassphraseDialog(Path(str(target)).name, error, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()
    finally:
        dialog.deleteLater()


class NewDatabaseDialog(QDialog):
    """A new database: encrypted (recommended on a laptop, the passphrase twice) or not."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newDatabaseDialog")
        self.setWindowTitle(translate("Lock", "Nieuwe database"))
        layout = QVBoxLayout(self)
        where = QLabel(translate("Lock", "Nieuwe database: {path}").format(path=path), self)
        where.setWordWrap(True)
        layout.addWidget(where)
        self.encrypt_box = QCheckBox(translate("Lock", "Versleutelen (aanbevolen)"), self)
        self.encrypt_box.setObjectName("encryptBox")
        self.encrypt_box.setChecked(True)
        layout.addWidget(self.encrypt_box)
        why = QLabel(translate("Lock", "Wie de laptop, het bestand of een reservekopie in handen krijgt, ziet "
                               "zonder het wachtwoord niets van de bewoners."), self)
        why.setWordWrap(True)
        layout.addWidget(why)
        form = QFormLayout()
        self.first = _password_edit(self, "passphraseEdit")
        self.second = _password_edit(self, "repeatEdit")
        form.addRow(translate("Lock", "Wachtwoord:"), self.first)
        form.addRow(translate("Lock", "Nog een keer:"), self.second)
        layout.addLayout(form)
        self.warning = QLabel(translate(
            "Lock", "Minstens {count} tekens; een zin van een paar woorden is sterk en goed te onthouden. "
            "Bewaar het wachtwoord op een veilige plek: zonder wachtwoord kan niemand, ook u niet en ook "
            "de helpdesk niet, de gegevens terughalen.").format(count=MIN_PASSPHRASE_LENGTH), self)
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.error_label = _error_label(self)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        buttons.addButton(translate("Lock", "Database maken"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Lock", "Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.encrypt_box.toggled.connect(self._encrypt_toggled)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(540)
        self.first.setFocus()

    def _encrypt_toggled(self, on: bool) -> None:
        for widget in (self.first, self.second, self.warning):
            widget.setEnabled(on)
        self.error_label.hide()

    def _check(self) -> None:
        if self.encrypt_box.isChecked():
            problem = None
            if self.first.text() != self.second.text():
                problem = translate("Lock", "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.")
            elif passphrase_problem(self.first.text()):
                problem = translate("Lock", "Het wachtwoord is te kort: kies er een van minstens {count} "
                                    "tekens.").format(count=MIN_PASSPHRASE_LENGTH)
            if problem:
                self.error_label.setText(problem)
                self.error_label.show()
                self.adjustSize()
                self.second.clear()
                self.first.setFocus()
                self.first.selectAll()
                return
        self.accept()

    def passphrase(self) -> str | None:
        return self.first.text() if self.encrypt_box.isChecked() else None


def ask_new_database_encryption(parent: QWidget | None, path: Path) -> tuple[bool, str | None]:
    """(chosen, passphrase): (False, None) when cancelled; passphrase None for a plain database."""
    dialog = NewDatabaseDialog(path, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.passphrase()
    finally:
        dialog.deleteLater()


# --- the screen lock -------------------------------------------------------------------------------------
class LockOverlay(QWidget):
    """Covers one window while FlatApp is locked: nothing of the data shows through."""

    unlockRequested = Signal(str)

    def __init__(self, window: QWidget, encrypted: bool):
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)
        self.setStyleSheet("QWidget#lockOverlay { background: palette(window); }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget(self)
        box.setFixedWidth(520)
        layout = QVBoxLayout(box)
        title = QLabel(translate("Lock", "FlatApp is vergrendeld"), box)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.encrypted = encrypted
        self.edit: QLineEdit | None = None
        if encrypted:
            text = translate("Lock", "De gegevens zijn verborgen omdat FlatApp een tijd niet is gebruikt. Typ het "
                             "wachtwoord van de database om verder te werken; wat u aan het typen was, staat er "
                             "dan nog.")
        else:
            text = translate("Lock", "De gegevens zijn verborgen omdat FlatApp een tijd niet is gebruikt; wat u aan "
                             "het typen was, staat er nog. Deze database is niet versleuteld: wie het bestand "
                             "kan openen, kan de gegevens lezen. Versleutel hem voor echte bescherming.")
        info = QLabel(text, box)
        info.setWordWrap(True)
        layout.addWidget(info)
        if encrypted:
            self.edit = _password_edit(box, "unlockEdit")
            self.edit.returnPressed.connect(self._request)
            layout.addWidget(self.edit)
            self.button = QPushButton(translate("Lock", "Ontgrendelen"), box)
        else:
            self.button = QPushButton(translate("Lock", "Ontgrendelen als {user}").format(user=user_name()), box)
        self.button.setObjectName("unlockButton")
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self._request)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error_label = _error_label(box)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setGeometry(window.rect())

    def _request(self) -> None:
        self.unlockRequested.emit(self.edit.text() if self.edit is not None else "")

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if self.edit is not None:
            self.edit.selectAll()
            self.edit.setFocus()

    def take_focus(self) -> None:
        (self.edit or self.button).setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802
        """Tab stays on the overlay: the widgets beneath must not get the keyboard."""
        chain = [widget for widget in (self.edit, self.button) if widget is not None]
        current = QApplication.focusWidget()
        index = chain.index(current) if current in chain else -1
        chain[(index + (1 if next_ else -1)) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
        return True


_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                       QEvent.Type.Wheel, QEvent.Type.TouchBegin})
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                    QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
                    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.DragEnter, QEvent.Type.Drop})


class ScreenLock(QObject):
    """Locks every FlatApp window after ``minutes`` without input (0: never by itself; ``lock()`` always).

    ``encrypted()`` and ``check(passphrase)`` come from the window's current database.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, main_window: QWidget, encrypted: Callable[[], bool], check: Callable[[str], bool],
                 minutes: int = DEFAULT_AUTO_LOCK_MINUTES, parent: QObject | None = None):
        super().__init__(parent)
        self.main_window = main_window
        self._encrypted = encrypted
        self._check = check
        self._overlays: list[LockOverlay] = []
        self._focus: QWidget | None = None
        self._last_input = time.monotonic()
        self._filtering = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        self.interval_ms = 0
        self.set_minutes(minutes)

    # --- idle time ---------------------------------------------------------------------------------
    def set_minutes(self, minutes: float) -> None:
        self.set_interval_ms(round(minutes * 60_000))

    def set_interval_ms(self, interval_ms: int) -> None:
        self.interval_ms = max(0, int(interval_ms))
        self._last_input = time.monotonic()
        self._update_filter()
        if self.interval_ms and not self.is_locked:
            self.timer.start(self.interval_ms)
        else:
            self.timer.stop()

    def _update_filter(self) -> None:
        """The event filter runs only while it is needed (an interval is set, or the screen is locked)."""
        wanted = bool(self.interval_ms) or self.is_locked
        app = QApplication.instance()
        if wanted and not self._filtering:
            app.installEventFilter(self)
        elif not wanted and self._filtering:
            app.removeEventFilter(self)
        self._filtering = wanted

    def _timeout(self) -> None:
        if self.is_locked or not self.interval_ms:
            return
        idle_ms = (time.monotonic() - self._last_input) * 1000
        if idle_ms + 5 >= self.interval_ms:
            self.lock()
        else:
            self.timer.start(max(1, round(self.interval_ms - idle_ms)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _ACTIVITY:
            self._last_input = time.monotonic()
        if self._overlays:
            if kind in _INPUT:
                return not self._on_overlay(watched, kind)
            if kind == QEvent.Type.Resize and isinstance(watched, QWidget):
                for overlay in self._overlays:
                    if overlay.parentWidget() is watched:
                        overlay.setGeometry(watched.rect())
        return False

    def _on_overlay(self, watched: QObject, kind: QEvent.Type) -> bool:
        if isinstance(watched, QWidget):
            return any(overlay is watched or overlay.isAncestorOf(watched) for overlay in self._overlays)
        # QShortcut events go to the actions (menus, Ctrl+O …): none may fire while locked.
        # Other objects (the platform windows) pass the event on to a widget, which is checked above.
        return kind != QEvent.Type.Shortcut

    # --- locking -----------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return bool(self._overlays)

    def _windows(self) -> list[QWidget]:
        windows = [self.main_window]
        for widget in QApplication.topLevelWidgets():
            if (widget is not self.main_window and widget.isVisible() and widget.isWindow()
                    and widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
                windows.append(widget)
        return windows

    def lock(self) -> None:
        if self.is_locked:
            return
        popup = QApplication.activePopupWidget()
        while popup is not None:        # an open menu or completer list would stay above the overlay
            popup.close()
            following = QApplication.activePopupWidget()
            popup = following if following is not popup else None
        self._focus = QApplication.focusWidget()
        encrypted = self._encrypted()
        for window in self._windows():
            overlay = LockOverlay(window, encrypted)
            overlay.unlockRequested.connect(lambda text, shown=overlay: self._try_unlock(text, shown))
            overlay.destroyed.connect(lambda *_args, gone=overlay: self._forget(gone))
            overlay.show()
            overlay.raise_()
            self._overlays.append(overlay)
        self.timer.stop()
        self._update_filter()
        target = QApplication.activeModalWidget() or self.main_window
        front = next((o for o in self._overlays if o.parentWidget() is target), self._overlays[0])
        front.take_focus()
        self.locked.emit()

    def _forget(self, overlay: LockOverlay) -> None:
        """A window closed while locked takes its overlay along."""
        if overlay in self._overlays:
            self._overlays.remove(overlay)
            if not self._overlays:         # nothing left to cover (the main window closed)
                self._update_filter()

    def _try_unlock(self, passphrase: str, overlay: LockOverlay) -> None:
        if not self.unlock(passphrase):
            overlay.show_error(translate("Lock", "Dit wachtwoord klopt niet. Probeer het opnieuw."))

    def unlock(self, passphrase: str = "") -> bool:
        """Remove the overlays when ``passphrase`` is right (a plain database needs none)."""
        if not self.is_locked:
            return True
        if self._encrypted() and not self._check(passphrase):
            return False
        overlays, self._overlays = self._overlays, []
        for overlay in overlays:
            overlay.hide()
            overlay.setParent(None)
            overlay.deleteLater()
        self._update_filter()
        focus, self._focus = self._focus, None
        if focus is not None:
            try:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)   # back where the user was typing
            except RuntimeError:      # the widget was deleted meanwhile
                pass
        self.set_interval_ms(self.interval_ms)
        self.unlocked.emit()
        return True

    def overlays(self) -> list[LockOverlay]:
        return list(self._overlays)

    def stop(self) -> None:
        self.timer.stop()
        self.interval_ms = 0
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False
