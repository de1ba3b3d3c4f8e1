"""Opening, making and recovering databases: the file dialogs, the passphrase and what to do after a refusal."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from flatapp.gui.lock import ask_new_database_encryption, ask_passphrase, wrong_passphrase_text
from flatapp.paths import app_paths
from flatapp.storage.database import (
    PASSPHRASE_ENV,
    Database,
    DatabaseRefused,
    PassphraseRequired,
    WrongPassphrase,
    is_encrypted_database,
    open_database,
)
from flatapp.storage.faults import describe_fault
from flatapp.storage.server import ServerAddress, connection_problem, with_stored_password, without_password

translate = QCoreApplication.translate


LAST_DATABASE_KEY = "database/last"


def database_filter() -> str:
    return translate("MainWindow", "FlatApp-database (*.sqlite *.db);;Alle bestanden (*)")


def homes_text(count: int) -> str:
    if count == 1:
        return translate("MainWindow", "1 woning")
    return translate("MainWindow", "{count} woningen").format(count=count)


# --- opening databases (also used by the composition root at start) ---------------------------
def open_database_checked(target: str | Path, create: bool = False, passphrase: str | None = None,
                          parent: QWidget | None = None, ask: bool = True) -> Database:
    """open_database with backups in the app's folder; every failure becomes DatabaseRefused.
    ``create`` only for a new database chosen on purpose (opening never makes one); ``passphrase``
    then encrypts it. An encrypted database is opened with FLATAPP_PASSPHRASE when set, else (``ask``)
    with the passphrase typed in a dialog, asked again after a wrong one until the user cancels."""
    error_text = None
    if passphrase is None and not create and is_encrypted_database(target):
        passphrase = os.environ.get(PASSPHRASE_ENV) or None
        if passphrase is None and ask:
            passphrase = _ask_or_refuse(parent, target, None)
    target = with_stored_password(str(target)) if "://" in str(target) else target
    while True:
        try:
            return signed_in(open_database(target, backup_dir=app_paths().backups, create=create,
                                           passphrase=passphrase))
        except (PassphraseRequired, WrongPassphrase) as error:
            if not ask:
                raise
            error_text = wrong_passphrase_text() if isinstance(error, WrongPassphrase) else None
            passphrase = _ask_or_refuse(parent, target, error_text)
        except DatabaseRefused:
            raise
        except (OSError, SQLAlchemyError) as error:
            address = ServerAddress.from_url(str(target)) if "://" in str(target) else None
            if address is not None:        # server down, wrong password, no rights: what to do
                raise DatabaseRefused(connection_problem(error, address)) from error
            raise DatabaseRefused(
                translate("MainWindow", "De database '{target}' kon niet worden geopend: {reason}").format(
                    target=target, reason=describe_fault(error) or error)
            ) from error


def signed_in(database: Database) -> Database:
    """``database`` with its user signed in (flatapp.services.access); a login that is not one of its users
    is refused like a database that cannot be opened."""
    from flatapp.services.access import AccessDenied, sign_in

    try:
        sign_in(database)
    except AccessDenied as error:
        database.dispose()
        raise DatabaseRefused(str(error)) from error
    return database


def _ask_or_refuse(parent: QWidget | None, target: str | Path, error_text: str | None) -> str:
    passphrase = ask_passphrase(parent, target, error_text)
    if passphrase is None:
        raise DatabaseRefused(translate(
            "MainWindow", "De database '{target}' is versleuteld en er is geen wachtwoord gegeven. Er is niets "
            "geopend of gewijzigd.").format(target=target))
    return passphrase


def is_demo_database(database: Database) -> bool:
    file = database.file
    return file is not None and file.resolve() == app_paths().demo_database.resolve()


def ask_open_database_path(parent: QWidget | None) -> Path | None:
    folder = str(app_paths().data)
    title = translate("MainWindow", "Database openen")
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, database_filter())
    return Path(path) if path else None


def ask_new_database_path(parent: QWidget | None) -> Path | None:
    """Where a new database goes; an existing file is refused (never overwritten)."""
    folder = app_paths().data
    while True:
        suggestion = str(folder / translate("MainWindow", "mijn-flats.sqlite"))
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("MainWindow", "Nieuwe database"), suggestion, database_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        chosen = Path(path)
        if not chosen.suffix:
            chosen = chosen.with_suffix(".sqlite")
        if not (chosen.exists() and chosen.stat().st_size > 0):
            return chosen
        QMessageBox.warning(
            parent, translate("MainWindow", "Bestand bestaat al"),
            translate("MainWindow", "Het bestand '{path}' bestaat al. FlatApp overschrijft geen bestaande "
                      "bestanden; kies een andere naam, of open het bestand met Bestand › Database "
                      "openen…").format(path=chosen),
        )
        folder = chosen.parent


def ask_new_database(parent: QWidget | None) -> tuple[Path, str | None] | None:
    """Where the new database goes and, when it is to be encrypted, its passphrase; None: cancelled."""
    path = ask_new_database_path(parent)
    if path is None:
        return None
    chosen, passphrase = ask_new_database_encryption(parent, path)
    return (path, passphrase) if chosen else None


class RefusalChoice:
    OTHER_FILE = "other"
    NEW_DATABASE = "new"
    CANCEL = "cancel"


def ask_after_refusal(parent: QWidget | None, error: DatabaseRefused, cancel_text: str) -> str:
    """Explain why a database was refused and ask what to do instead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Database niet geopend"))
    box.setText(translate("MainWindow", "FlatApp kan deze database niet openen."))
    box.setInformativeText(str(error))
    other = box.addButton(translate("MainWindow", "Ander bestand kiezen…"),
                          QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(translate("MainWindow", "Nieuwe database starten…"),
                        QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return RefusalChoice.OTHER_FILE
    if clicked is new:
        return RefusalChoice.NEW_DATABASE
    return RefusalChoice.CANCEL


def open_with_recovery(parent: QWidget | None, target: str | Path | None, cancel_text: str,
                       error: DatabaseRefused | None = None, create: bool = False,
                       passphrase: str | None = None) -> Database | None:
    """Open ``target`` (``create``: a new database the user just chose, encrypted with ``passphrase``
    when given); when refused (or ``error`` is given), let the user pick another file or start a new
    one. Returns None when the user gives up. A refused file is never written to.
    """
    while True:
        if error is None and target is not None:
            try:
                return open_database_checked(target, create=create, passphrase=passphrase, parent=parent)
            except DatabaseRefused as refused:
                error = refused
        choice = ask_after_refusal(parent, error, cancel_text)
        if choice == RefusalChoice.CANCEL:
            return None
        create = choice == RefusalChoice.NEW_DATABASE
        if create:
            new = ask_new_database(parent)
            path, passphrase = new if new is not None else (None, None)
        else:
            path, passphrase = ask_open_database_path(parent), None
        if path is not None:
            target, error = path, None


def remember_database(database: Database) -> None:
    # A server's address only: its password stays in the system keyring (flatapp.storage.server).
    QSettings().setValue(LAST_DATABASE_KEY, str(database.file) if database.file else without_password(database.url))

