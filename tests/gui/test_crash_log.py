"""An error nobody caught is logged in the data folder and shown in Dutch; the app keeps running."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from flatapp.gui.crash_log import install_crash_handler, report_unexpected, start_logging


@pytest.fixture(autouse=True)
def own_log_handlers(flatapp_home):
    """Take this test's file handler off the root logger again."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(flatapp_home)):
            root.removeHandler(handler)
            handler.close()


def test_unexpected_error_is_logged_and_told_in_dutch(flatapp_home, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    log_file = start_logging()
    try:
        raise KeyError("sleutel-die-er-niet-is")
    except KeyError:
        report_unexpected(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file == flatapp_home / "logs" / "flatapp.log"
    assert "sleutel-die-er-niet-is" in log_file.read_text(encoding="utf-8")
    assert shown and shown[0][0] == "Er ging iets mis"
    assert "Wat u al had opgeslagen is bewaard" in shown[0][1] and str(log_file) in shown[0][1]


def test_handler_is_installed_once_per_log_file(flatapp_home, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    start_logging()
    start_logging()
    files = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "").startswith(str(flatapp_home))]
    assert len(files) == 1
    install_crash_handler()
    assert sys.excepthook is report_unexpected


def test_an_ordinary_database_fault_says_what_to_do_instead_of_something_went_wrong(monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from flatapp.storage import faults

    warned, critical = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append((title, text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: critical.append((title, text)))
    for cause, expected in ((sqlite3.OperationalError("database is locked"), faults.LOCKED),
                            (sqlite3.OperationalError("database or disk is full"), faults.FULL),
                            (sqlite3.OperationalError("attempt to write a readonly database"), faults.READ_ONLY)):
        error = OperationalError("INSERT INTO building …", {}, cause)
        try:
            raise error
        except OperationalError:
            report_unexpected(*sys.exc_info())
        assert warned[-1] == ("Niet gelukt", expected)
    assert critical == []                      # no "Er ging iets onverwachts mis" for these
