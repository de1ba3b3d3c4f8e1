"""Saving a poster, handout or slides, the report and the exports run on a worker thread: the window keeps
answering, a progress dialog shows, and a full disk or a folder that cannot be written is one Dutch line."""

from __future__ import annotations

import errno
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from flatapp.gui import runner
from flatapp.gui.poster_designer import open_poster_designer
from tests.gui.event_loop import Ticks

MKSTEMP = tempfile.mkstemp


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "PDF"))


def full_disk(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def designer(qtbot, demo_database, stand_ins):
    def make(**renderers):
        dialog = open_poster_designer(demo_database, 1, renderers={**stand_ins.renderers(), **renderers})
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def test_saving_a_poster_keeps_the_window_answering(qtbot, monkeypatch, designer, stand_ins, tmp_path):
    ran_on = []

    def slow_poster(content, options, out, fit=None):
        ran_on.append(threading.current_thread())
        time.sleep(1.0)                         # an A0 poster with charts on an old laptop
        return stand_ins.poster(content, options, out, fit)

    dialog = designer()
    dialog.renderers["poster"] = slow_poster
    save_as(monkeypatch, tmp_path / "poster.pdf")
    with Ticks() as ticks:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert ran_on and ran_on[0] is not threading.main_thread()
    ticks.assert_kept_running(1.0)
    assert ticks.progress and ticks.progress[0] == "Poster maken en opslaan…"
    assert (tmp_path / "poster.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.ui.messageLabel.text().startswith("Opgeslagen: ")


def read_only(monkeypatch, folder: Path) -> None:
    """A folder nobody may write in (root may write anywhere: then the refusal is simulated)."""
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:
        def refuse(*_args, dir=None, **_kwargs):  # noqa: A002 (tempfile's own name)
            if Path(dir) == folder:
                raise PermissionError(errno.EACCES, "Permission denied")
            return MKSTEMP(*_args, dir=dir, **_kwargs)

        monkeypatch.setattr("flatapp.services.output_files.tempfile.mkstemp", refuse)


def test_a_full_disk_or_a_read_only_folder_is_one_dutch_line(qtbot, monkeypatch, designer, tmp_path):
    dialog = designer()
    locked = tmp_path / "alleen-lezen"
    read_only(monkeypatch, locked)
    try:
        save_as(monkeypatch, locked / "poster.pdf")
        assert dialog.save_pdf() is False
    finally:
        locked.chmod(0o700)
    line = dialog.ui.messageLabel.text()
    assert "alleen-lezen" in line and "\n" not in line and not list(locked.iterdir())
    monkeypatch.setattr("flatapp.services.output_files.tempfile.mkstemp", MKSTEMP)

    monkeypatch.setattr("flatapp.services.output_files.os.replace", full_disk)
    save_as(monkeypatch, tmp_path / "vol.pdf")
    assert dialog.save_pdf() is False
    line = dialog.ui.messageLabel.text()
    assert "schijf" in line.lower() and "\n" not in line, line
    assert not (tmp_path / "vol.pdf").exists()


def test_the_handout_and_the_slides_are_made_off_the_gui_thread(qtbot, monkeypatch, designer, stand_ins, tmp_path):
    from flatapp.gui.poster_designer import HANDOUT

    threads = []

    def handout(content, options, out):
        threads.append(threading.current_thread())
        return stand_ins.handout(content, options, out)

    def slides(content, options, out):
        threads.append(threading.current_thread())
        return stand_ins.slides(content, options, out)

    dialog = designer(handout=handout, slides=slides)
    dialog.ui.documentTabs.setCurrentIndex(HANDOUT)
    threads.clear()                             # the preview renders in the GUI thread
    save_as(monkeypatch, tmp_path / "folder.pdf")
    assert dialog.save_pdf()
    show = dialog.start_slide_show(full_screen=False)
    qtbot.addWidget(show)
    assert show is not None and show.isVisible()
    assert len(threads) == 2 and threading.main_thread() not in threads


def test_the_preview_waits_while_a_save_renders(qtbot, monkeypatch, designer, stand_ins, tmp_path):
    """The chart code is not thread-safe: a preview due during a save is rendered after it, not beside it."""
    during = []

    def slow_poster(content, options, out, fit=None):
        if threading.current_thread() is threading.main_thread():
            during.append(runner.background_busy())
        else:
            time.sleep(0.8)
        return stand_ins.poster(content, options, out, fit)

    dialog = designer(poster=slow_poster)
    other = designer(poster=slow_poster)
    other.schedule_preview()                    # due in 300 ms, while the first dialog saves
    during.clear()
    save_as(monkeypatch, tmp_path / "poster.pdf")
    assert dialog.save_pdf()
    qtbot.waitUntil(lambda: bool(during), timeout=3000)
    assert during == [False]


def test_the_report_is_written_off_the_gui_thread_and_a_full_disk_is_one_line(qtbot, monkeypatch, demo_database,
                                                                               tmp_path):
    from flatapp.gui.reporting_dialogs import REPORT, ReportingDialog
    from flatapp.reporting import service

    real, ran_on = service.print_report, []

    def slow_report(*args, **kwargs):
        ran_on.append(threading.current_thread())
        time.sleep(1.0)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "print_report", slow_report)
    dialog = ReportingDialog(demo_database, 1, REPORT)
    qtbot.addWidget(dialog)
    dialog.show()
    with Ticks() as ticks:
        assert dialog.save_to(tmp_path / "rapport.pdf")
    assert ran_on and ran_on[0] is not threading.main_thread()
    ticks.assert_kept_running(1.0)
    assert ticks.progress and ticks.progress[0].startswith("Rapport voor gebiedsteam")
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")

    monkeypatch.setattr("flatapp.services.output_files.os.replace", full_disk)
    assert not dialog.save_to(tmp_path / "vol.pdf")
    line = dialog.messageLabel.text()
    assert "schijf is vol" in line and "\n" not in line and not (tmp_path / "vol.pdf").exists()


def test_exports_run_off_the_gui_thread_and_say_a_full_disk_in_one_line(qtbot, monkeypatch, demo_database, tmp_path):
    """The privacy log's export and the answers' export (Ronde › Antwoorden exporteren…)."""
    from PySide6.QtWidgets import QMessageBox

    from flatapp.gui.main_window import MainController
    from flatapp.gui.privacy_log_dialog import PrivacyLogDialog
    from flatapp.services.rounds import list_rounds

    dialog = PrivacyLogDialog(demo_database)
    qtbot.addWidget(dialog)
    assert dialog.export_csv(str(tmp_path / "log.csv")) == tmp_path / "log.csv"
    assert dialog.runner.last_job is not None and dialog.runner.last_job.isFinished()

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warnings.append((title, text)))
    monkeypatch.setattr("flatapp.services.output_files.os.replace", full_disk)
    assert dialog.export_csv(str(tmp_path / "vol.csv")) is None
    assert warnings and "schijf is vol" in warnings[-1][1] and "\n" not in warnings[-1][1]

    controller = MainController(demo_database, remember=False)
    qtbot.addWidget(controller.window)
    rounds = controller.runner.read(list_rounds, 1)
    monkeypatch.setattr(controller, "chosen_round", lambda _title: rounds[0])
    save_as(monkeypatch, tmp_path / "antwoorden.xlsx")
    before = runner.last_job
    controller.export_responses()
    assert warnings[-1][0] == "Antwoorden exporteren" and "schijf is vol" in warnings[-1][1]
    assert runner.last_job is not before and runner.last_job.isFinished()     # it ran on a worker thread
    assert not (tmp_path / "antwoorden.xlsx").exists()
