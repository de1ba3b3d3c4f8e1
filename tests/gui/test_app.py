"""The composition root: which database FlatApp starts on, run_gui, and the selftest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from flatapp.gui import app as app_module
from flatapp.gui.app import selftest, start_target
from flatapp.gui.i18n import remove_translators
from flatapp.gui.main_window import LAST_DATABASE_KEY, MainWindow, RefusalChoice
from flatapp.paths import app_paths
from flatapp.storage.database import open_database


@pytest.fixture(autouse=True)
def restore_translators(qt_settings, qapp):
    locale = QLocale()
    yield
    # run_gui and selftest install translators and a Dutch default locale: leave the app as found.
    remove_translators(qapp)
    QLocale.setDefault(locale)


def close_main_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()


def test_selftest_on_a_fresh_home_creates_the_demo_and_prints_ok(capsys, flatapp_home):
    assert not app_paths().demo_database.exists()
    assert selftest() == 0
    assert capsys.readouterr().out.strip() == "ok"
    assert app_paths().demo_database.exists()
    # The selftest leaves the user's settings alone.
    assert QSettings().value(LAST_DATABASE_KEY) is None
    assert QSettings().value("mainwindow/geometry") is None
    # Settings went into this test's own FLATAPP_HOME.
    assert QSettings().fileName().startswith(str(flatapp_home))


def test_selftest_on_a_refused_file_says_why_and_touches_nothing(capsys, tmp_path):
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(b"x" * 200)
    assert selftest(str(broken)) == 1
    out = capsys.readouterr().out
    assert out.startswith("selftest mislukt:") and "geen FlatApp-database" in out
    assert broken.read_bytes() == b"x" * 200


def test_selftest_on_an_existing_database(capsys, database, make_building):
    make_building("Blok", [("A", 0, 1), ("A", 1, 2)])
    assert selftest(str(database.file)) == 0
    assert capsys.readouterr().out.strip() == "ok"


def test_start_target_order(tmp_path):
    paths = app_paths()
    # Nothing yet: the demo, created on the way.
    assert start_target() == paths.demo_database and paths.demo_database.exists()
    # A default database wins over the demo.
    open_database(paths.default_database, create=True).dispose()
    assert start_target() == paths.default_database
    # The last used database wins over the default, while it exists.
    last = tmp_path / "vorige.sqlite"
    open_database(last, create=True).dispose()
    QSettings().setValue(LAST_DATABASE_KEY, str(last))
    assert start_target() == str(last)
    last.unlink()
    assert start_target() == paths.default_database
    # An explicit target wins over everything.
    assert start_target("elders.sqlite") == "elders.sqlite"


def test_run_gui_opens_the_demo_and_remembers_it(monkeypatch):
    shown = {}

    def fake_exec(self=None):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown["banner"] = windows[0].ui.demoBanner.isVisible()
        shown["homes"] = len(windows[0].facade_map.home_ids())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    try:
        assert app_module.run_gui() == 0
    finally:
        close_main_windows()
    assert shown == {"banner": True, "homes": 198}
    assert QSettings().value(LAST_DATABASE_KEY) == str(app_paths().demo_database)


def test_run_gui_refused_at_start_and_the_user_quits(monkeypatch, tmp_path):
    broken = tmp_path / "kapot.sqlite"
    broken.write_text("geen database")
    asked = []

    def refuse(parent, error, cancel_text):
        asked.append(cancel_text)
        return RefusalChoice.CANCEL

    monkeypatch.setattr("flatapp.gui.main_window.database_actions.ask_after_refusal", refuse)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: pytest.fail("the window must not open"))
    assert app_module.run_gui(str(broken)) == 1
    assert asked == ["Afsluiten"]
    assert broken.read_text() == "geen database"


def test_run_gui_refused_at_start_then_a_new_database(monkeypatch, tmp_path):
    broken = tmp_path / "kapot.sqlite"
    broken.write_text("geen database")
    fresh = tmp_path / "nieuw.sqlite"
    monkeypatch.setattr("flatapp.gui.main_window.database_actions.ask_after_refusal", lambda *a: RefusalChoice.NEW_DATABASE)
    monkeypatch.setattr("flatapp.gui.main_window.database_actions.ask_new_database_path", lambda parent: fresh)
    monkeypatch.setattr("flatapp.gui.main_window.database_actions.ask_new_database_encryption", lambda parent, path: (True, None))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    try:
        assert app_module.run_gui(str(broken)) == 0
    finally:
        close_main_windows()
    assert fresh.exists() and QSettings().value(LAST_DATABASE_KEY) == str(fresh.resolve())


def test_the_selftest_loads_only_what_the_first_window_needs(tmp_path):
    """Start-up speed: the round services and the other commands' modules load when first used."""
    import json
    import os
    import subprocess
    import sys

    code = ("import json, sys; from flatapp.cli import main; code = main(['selftest']); "
            "print(json.dumps([code, sorted(m for m in sys.modules if m.startswith('flatapp'))]))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLATAPP_HOME": str(tmp_path)}
    env.pop("FLATAPP_DB", None)
    for _run in ("makes the demo database", "starts on it"):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                                env=env)
        assert result.returncode == 0, result.stderr
    code, loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0
    assert "flatapp.gui.main_window" in loaded
    for later in ("flatapp.services.rounds", "flatapp.services.questionnaires", "flatapp.cli_tent",
                  "flatapp.cli_results", "flatapp.gui.round_planner"):
        assert later not in loaded
