"""The runner: slow work runs off the GUI thread (the window keeps answering), errors become one
Dutch line, and Cancel stops cooperative work with nothing written."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from flatapp.gui.runner import Cancelled, ServiceRunner, error_line
from flatapp.services.buildings import create_building
from flatapp.services.errors import UserError
from flatapp.storage.models import Building, Home
from tests.gui.test_import_dialog import LEFT, counts, messages, open_dialog, type_text, write_clean_csv  # noqa: F401


def test_a_long_import_does_not_block_the_event_loop(qtbot, database, tmp_path, monkeypatch, messages):  # noqa: F811
    import flatapp.gui.import_dialog.check_step as module

    real, ran_on = module.apply_plan, []

    def slow_import(*args, **kwargs):
        ran_on.append(threading.current_thread())
        time.sleep(1.0)                         # a big file on a slow laptop
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "apply_plan", slow_import)
    rows = [f"Kade;{n};8601 AA;Sneek;V{n};0" for n in range(1, 31)]
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(write_clean_csv(tmp_path / "kade.csv", rows)), ""))
    dialog = open_dialog(qtbot, database)
    type_text(dialog.ui.newNameEdit, "Kadeflat")
    qtbot.mouseClick(dialog.ui.browseButton, LEFT)
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)

    ticks, progress_seen = [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.timeout.connect(lambda: progress_seen.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()))
    timer.start(50)
    qtbot.mouseClick(dialog.ui.importButton, LEFT)
    timer.stop()
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert len(ticks) >= 10, f"the event loop stood still during the import ({len(ticks)} ticks in ~1 s)"
    assert max(b - a for a, b in zip(ticks, ticks[1:])) < 0.5
    assert progress_seen and "Woningen importeren" in progress_seen[0].labelText()
    assert messages and messages[0][0] == "Woningen geïmporteerd"
    with database.session() as session:
        assert session.scalar(select(func.count(Home.id))) == 30


def test_cancel_stops_cooperative_work_and_writes_nothing(qtbot, database):
    runner = ServiceRunner(database)

    def many_blocks(session, progress):
        for n in range(200):
            create_building(session, f"Flat {n}", "Sneek")
            session.flush()
            progress.report(n, 200, f"Flat {n}")
            time.sleep(0.01)

    def press_cancel():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                button = widget.findChild(QPushButton)
                assert button.text() == "Afbreken"
                qtbot.mouseClick(button, LEFT)
    QTimer.singleShot(600, press_cancel)
    with pytest.raises(Cancelled):
        runner.run_slow(None, "Flats maken…", many_blocks)
    with database.session() as session:
        assert session.scalar(select(func.count(Building.id))) == 0
    assert error_line(Cancelled()) == "Afgebroken; er is niets veranderd."


def test_errors_become_one_dutch_line(database):
    runner = ServiceRunner(database)

    def refuse(_session):
        raise UserError("De flat bestaat al.")

    with pytest.raises(UserError) as caught:
        runner.run_slow(None, "Bezig…", refuse)
    assert error_line(caught.value) == "De flat bestaat al."
    locked = OperationalError("UPDATE home", {}, Exception("database is locked"))
    assert "vergrendeld" in error_line(locked) or "bezet" in error_line(locked) or "ander" in error_line(locked)
    assert error_line(ValueError("x")) == "Er ging iets mis (ValueError): x"
