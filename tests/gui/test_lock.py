"""The passphrase in the window (at start, for a new database) and the screen lock after idle minutes."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from flatapp.gui import app as app_module
from flatapp.gui import main_window as main_window_module
from flatapp.gui.lock import (
    AUTO_LOCK_KEY,
    LockOverlay,
    NewDatabaseDialog,
    PassphraseDialog,
    auto_lock_minutes,
)
from flatapp.gui.main_window import MainController, RefusalChoice
from flatapp.services.rounds import create_round
from flatapp.storage.database import is_encrypted_database, open_database
from tests.gui.keyboard import type_text

PASSPHRASE = "twee eieren en een fiets"
RESIDENT = "Mevr. Zwartbroek-Dóuma"


@pytest.fixture
def database(tmp_path):
    """This module's database is encrypted (conftest's make_building fills it)."""
    db = open_database(tmp_path / "geheim.sqlite", backup_dir=tmp_path / "backups", create=True,
                       passphrase=PASSPHRASE)
    yield db
    db.dispose()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answer_passphrase_dialogs(qtbot, answers: list[str | None], seen: list[str]) -> None:
    """Answer each passphrase dialog as it appears (None: cancel); ``seen`` gets the error each showed."""
    pending = list(answers)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog):
            seen.append("" if dialog.error_label.isHidden() else dialog.error_label.text())
            answer = pending.pop(0)
            if answer is None:
                dialog.reject()
            else:
                type_text(dialog.edit, answer)
                dialog.open_button.click()
        if pending:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


# --- at start ------------------------------------------------------------------------------------------
def test_start_asks_the_passphrase_again_after_a_wrong_one(qtbot, database, make_building, tmp_path,
                                                         monkeypatch):
    make_building("Geheime flat", [("A", 0, 1)])
    path = database.file
    database.dispose()
    monkeypatch.delenv("FLATAPP_PASSPHRASE", raising=False)
    before = digest(path)
    seen: list[str] = []
    answer_passphrase_dialogs(qtbot, ["dit is het niet", PASSPHRASE], seen)
    opened = app_module.open_at_start(str(path))
    try:
        assert opened is not None and opened.encrypted
        assert seen[0] == ""
        assert "klopt niet" in seen[1] and "probeer het opnieuw" in seen[1]
        controller = MainController(opened, remember=False)
        qtbot.addWidget(controller.window)
        assert controller.current_building().name == "Geheime flat"
    finally:
        opened.dispose()
    assert not (tmp_path / "backups").exists()        # the wrong try wrote nothing
    assert digest(path) == before or is_encrypted_database(path)


def test_cancelling_the_passphrase_refuses_and_changes_nothing(qtbot, database, monkeypatch):
    path = database.file
    database.dispose()
    monkeypatch.delenv("FLATAPP_PASSPHRASE", raising=False)
    before = digest(path)
    explained = []

    def refuse(parent, error, cancel_text):
        explained.append(str(error))
        return RefusalChoice.CANCEL

    monkeypatch.setattr("flatapp.gui.main_window.database_actions.ask_after_refusal", refuse)
    answer_passphrase_dialogs(qtbot, [None], [])
    assert app_module.open_at_start(str(path)) is None
    assert explained and "versleuteld" in explained[0] and "geen wachtwoord" in explained[0]
    assert digest(path) == before


def test_the_environment_passphrase_opens_without_a_dialog(qtbot, database, monkeypatch):
    path = database.file
    database.dispose()
    monkeypatch.setenv("FLATAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: pytest.fail("no dialog with FLATAPP_PASSPHRASE"))
    opened = main_window_module.open_database_checked(path)
    assert opened.encrypted
    opened.dispose()


# --- a new database -------------------------------------------------------------------------------------
def test_new_database_dialog_checks_the_passphrase_twice(qtbot, tmp_path):
    dialog = NewDatabaseDialog(tmp_path / "nieuw.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.encrypt_box.isChecked()               # encrypted unless the user unticks it
    type_text(dialog.first, "lange zin één")
    type_text(dialog.second, "lange zin twee")
    dialog._check()
    assert dialog.result() != dialog.DialogCode.Accepted and "niet gelijk" in dialog.error_label.text()
    dialog.first.setText("kort")
    dialog.second.setText("kort")
    dialog._check()
    assert "te kort" in dialog.error_label.text()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog._check()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.passphrase() == PASSPHRASE
    dialog.encrypt_box.setChecked(False)
    assert dialog.passphrase() is None and not dialog.first.isEnabled()


def test_new_encrypted_database_from_the_menu(qtbot, database, tmp_path, monkeypatch):
    controller = MainController(database, remember=False)
    qtbot.addWidget(controller.window)
    target = tmp_path / "buurt.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewDatabaseDialog):
            QTimer.singleShot(10, fill)
            return
        type_text(dialog.first, PASSPHRASE)
        type_text(dialog.second, PASSPHRASE)
        dialog._check()

    QTimer.singleShot(0, fill)
    assert controller.new_database()
    assert controller.database.file == target.resolve() and controller.database.encrypted
    assert is_encrypted_database(target)


# --- the screen lock ------------------------------------------------------------------------------------
def send_key(widget: QWidget, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def locked_form(qtbot, database, make_building):
    """The main window on the form-entry tab, a resident's name half typed into a text answer."""
    building_id = make_building("Vogelflat")
    with database.session() as session, session.begin():
        create_round(session, building_id, "Voorjaar 2026")
    controller = MainController(database, remember=False)
    window = controller.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    controller.show_tab("forms")
    form = controller.page("forms").form
    editor = form.fields["WO1"].editor
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    type_text(editor, RESIDENT)
    return controller, form, editor


def test_auto_lock_hides_the_data_and_keeps_the_draft(qtbot, locked_form):
    controller, form, editor = locked_form
    lock, window = controller.screen_lock, controller.window
    assert auto_lock_minutes() == 10 and lock.interval_ms == 10 * 60_000
    lock.set_interval_ms(300)                           # a short idle time for the test
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)

    [overlay] = lock.overlays()
    assert isinstance(overlay, LockOverlay) and overlay.isVisible()
    assert overlay.geometry() == window.rect()          # the whole window, menus and the form included
    assert overlay.edit is not None and QApplication.focusWidget() is overlay.edit
    # Nothing beneath the overlay takes input: a key sent to the form or a menu shortcut does nothing.
    send_key(editor, "X")
    text_of = form.fields["WO1"].text
    assert text_of() == RESIDENT
    window.lock_action.trigger()                        # (triggered in code it is harmless: already locked)
    assert lock.is_locked

    type_text(overlay.edit, "verkeerd wachtwoord")
    overlay.button.click()
    assert lock.is_locked and "klopt niet" in overlay.error_label.text()
    overlay.edit.clear()
    type_text(overlay.edit, PASSPHRASE)
    qtbot.keyClick(overlay.edit, Qt.Key.Key_Return)
    assert not lock.is_locked and lock.overlays() == []
    assert text_of() == RESIDENT                        # the draft is still there …
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)   # … and the cursor is back in it
    send_key(editor, "!")
    assert text_of() == RESIDENT + "!"
    assert lock.timer.isActive()                        # counting idle time again


def test_input_keeps_the_lock_away(qtbot, locked_form):
    controller, _form, editor = locked_form
    lock = controller.screen_lock
    lock.set_interval_ms(400)
    for _ in range(6):                                  # typing for longer than the idle time
        qtbot.wait(120)
        send_key(editor, "a")
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)


def test_a_plain_database_unlocks_with_a_click_in_the_users_name(qtbot, tmp_path):
    plain = open_database(tmp_path / "gewoon.sqlite", create=True)
    controller = MainController(plain, remember=False)
    qtbot.addWidget(controller.window)
    controller.window.show()
    qtbot.waitExposed(controller.window)
    controller.window.lock_action.trigger()
    [overlay] = controller.screen_lock.overlays()
    assert overlay.edit is None and "Ontgrendelen als" in overlay.button.text()
    qtbot.mouseClick(overlay.button, Qt.MouseButton.LeftButton)
    assert not controller.screen_lock.is_locked


def test_the_idle_minutes_are_a_setting(qtbot, database, monkeypatch):
    controller = MainController(database, remember=False)
    qtbot.addWidget(controller.window)
    monkeypatch.setattr("flatapp.gui.main_window.controller.QInputDialog.getInt", lambda *a, **k: (0, True))
    controller.window.auto_lock_action.trigger()
    assert QSettings().value(AUTO_LOCK_KEY) in (0, "0") and auto_lock_minutes() == 0
    assert controller.screen_lock.interval_ms == 0 and not controller.screen_lock.timer.isActive()
    monkeypatch.setattr("flatapp.gui.main_window.controller.QInputDialog.getInt", lambda *a, **k: (3, True))
    controller.window.auto_lock_action.trigger()
    assert auto_lock_minutes() == 3 and controller.screen_lock.interval_ms == 180_000
