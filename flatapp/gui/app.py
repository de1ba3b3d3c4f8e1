"""The composition root of the GUI: application, settings, translations, database, main window.

``flatapp`` (flatapp.cli) calls ``run_gui``; ``flatapp selftest`` calls ``selftest``.
Nothing here runs at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, QTranslator, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from flatapp import APP_NAME
from flatapp.gui.i18n import install_translators, qt_translations_dir
from flatapp.gui.main_window import (
    LAST_DATABASE_KEY,
    MainController,
    open_database_checked,
    open_with_recovery,
    remember_database,
)
from flatapp.paths import HOME_ENV, app_paths
from flatapp.resources import shipped_path
from flatapp.startup import resume_collection
from flatapp.storage.database import Database, DatabaseRefused

# A plain name, so that pyside6-lupdate finds the texts: translate("Context", "Dutch text").
translate = QCoreApplication.translate

SETTINGS_FOLDER = "settings"


def configure_settings() -> None:
    """Name the application for QSettings; with FLATAPP_HOME set, settings live in that folder.

    Tests (which set FLATAPP_HOME per test) and portable installs thereby never touch the
    user's own settings. Call again after FLATAPP_HOME changed.
    """
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    home = os.environ.get(HOME_ENV)
    if home:
        folder = str(Path(home).expanduser() / SETTINGS_FOLDER)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
    else:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one when there is one), named and with its settings place."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    configure_settings()
    return app


# --- which database to open ----------------------------------------------------------------------
def ensure_demo_database() -> Path:
    """The demo database's path, created (block Voorbeeldflat) when it is not there yet."""
    path = app_paths().demo_database
    if not path.exists() or path.stat().st_size == 0:
        from flatapp.demo import create_demo_database  # imports the importer: only when needed

        path.parent.mkdir(parents=True, exist_ok=True)
        create_demo_database(path)
    return path


def start_target(db_target: str | None = None) -> str | Path:
    """An explicit target; else the last used database; else the default file; else the demo."""
    if db_target:
        return db_target
    last = QSettings().value(LAST_DATABASE_KEY)
    if last:
        last = str(last)
        if "://" in last or Path(last).is_file():
            return last
    default = app_paths().default_database
    if default.is_file():
        return default
    return ensure_demo_database()


def open_at_start(db_target: str | None = None) -> Database | None:
    """The database to start with, asking the user when it is refused; None when they give up."""
    try:
        target = start_target(db_target)
    except Exception as error:  # the demo could not be made: let the user choose instead
        problem = DatabaseRefused(
            translate("FlatApp", "De voorbeelddatabase kon niet worden gemaakt: {reason}").format(reason=error)
        )
        return open_with_recovery(None, None, translate("FlatApp", "Afsluiten"), problem)
    return open_with_recovery(None, target, translate("FlatApp", "Afsluiten"))


def run_gui(db_target: str | None = None) -> int:
    """Start FlatApp's window; returns the exit code."""
    from flatapp.gui.crash_log import install_crash_handler, start_logging

    start_logging()
    install_crash_handler()
    app = create_application()
    install_translators(app)
    from flatapp.gui.conflict_dialog import ask_user
    from flatapp.gui.conflicts import set_conflict_handler

    set_conflict_handler(ask_user)      # a stale save anywhere asks the user (gui/conflicts.py)
    database = open_at_start(db_target)
    if database is None:
        return 1
    remember_database(database)
    controller = MainController(database)
    controller.window.show()
    QTimer.singleShot(0, resume_collection)   # once the window is painted (flatapp.startup)
    code = app.exec()
    while controller.successor is not None:      # the window was built anew in another language
        controller = controller.successor
    controller.database.dispose()
    return code


# --- selftest ------------------------------------------------------------------------------------
def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def _check_translations(problems: list[str]) -> None:
    qt_file = qt_translations_dir() / "qtbase_nl.qm"
    translator = QTranslator()
    if not translator.load(str(qt_file)) or translator.isEmpty():
        problems.append(f"Qt-vertaling {qt_file} kon niet worden geladen")
    try:
        folder = shipped_path("resources", "translations")
    except FileNotFoundError:
        problems.append("map resources/translations ontbreekt")
        return
    for qm in sorted(folder.glob("flatapp_*.qm")):
        if not QTranslator().load(str(qm)):
            problems.append(f"FlatApp-vertaling {qm} kon niet worden geladen")


def _check_fonts(problems: list[str]) -> None:
    try:
        font = shipped_path("resources", "fonts", "DejaVuSans.ttf")
    except FileNotFoundError as error:
        problems.append(str(error))
        return
    font_id = QFontDatabase.addApplicationFont(str(font))
    if font_id < 0 or not QFontDatabase.applicationFontFamilies(font_id):
        problems.append(f"lettertype {font} kon niet worden geladen")


def _check_window(database: Database, problems: list[str]) -> None:
    controller = MainController(database, remember=False)
    window = controller.window
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.resize(1366, 768)
        window.show()
        # Settle the layouts, then paint once, into an image. (A full processEvents() here would
        # paint the whole window a first time, and grab() a second: twice the cost of a start.)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100:
            problems.append("het hoofdvenster kon niet worden getekend")
        building = controller.current_building()
        expected = building.home_count if building else 0
        drawn = len(window.facade_map.home_ids())
        if drawn != expected:
            problems.append(f"de gevelkaart toont {drawn} van {expected} woningen")
    finally:
        window.close()
        window.deleteLater()
        controller.deleteLater()   # with it go the timers it set for after the first paint
        # Only the deletions: what a real start does after its first paint (the retention reminder, which
        # may ask a question) is no part of a selftest, and would cost it a tenth of a second.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _quiet_offscreen_notes(mode, context, message: str) -> None:
    """Qt's own messages to stderr, without the offscreen platform's harmless window notes."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def selftest(db_target: str | None = None) -> int:
    """Open the main window on a database (the demo when none), paint it, and check that
    migrations, fonts and translations are in place. Prints "ok" and returns 0, else the
    problems and 1."""
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problems: list[str] = []
    previous_handler = qInstallMessageHandler(_quiet_offscreen_notes)
    try:
        app = create_application()
        status = install_translators(app)
        problems += status.problems
        _check_translations(problems)
        _check_fonts(problems)
        target = db_target or ensure_demo_database()
        database = open_database_checked(target, ask=False)   # encrypted: FLATAPP_PASSPHRASE
        try:
            schema = database.status()
            if not schema.up_to_date:
                problems.append(f"databaseschema {schema.current} is niet het nieuwste ({schema.head})")
            if schema.integrity != "ok":
                problems.append(f"database-integriteit: {schema.integrity}")
            _check_window(database, problems)
        finally:
            database.dispose()
            resume_collection()
    except DatabaseRefused as error:
        problems.append(str(error))
    except Exception as error:  # a selftest reports, it does not crash
        problems.append(f"{type(error).__name__}: {error}")
    finally:
        qInstallMessageHandler(previous_handler)
    if problems:
        print("selftest mislukt:")
        for problem in problems:
            print(f"- {problem}")
        return 1
    print("ok")
    return 0
