"""The GUI's log file and its safety net for errors nobody caught.

An unexpected error must not silently kill a coordinator's evening of typing: it is written
to the log in the data folder (for the developers) and shown as one Dutch sentence. Saved work
is safe regardless: every save is its own transaction and drafts are saved as the user types.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from flatapp.paths import app_paths
from flatapp.storage.faults import describe_fault

LOG_NAME = "flatapp.log"


def start_logging() -> Path:
    """Log to ``<data>/logs/flatapp.log`` (rotated at 1 MB, 3 old files kept); returns the path."""
    log_file = app_paths().ensure().logs / LOG_NAME
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == log_file for h in root.handlers):
        handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return log_file


def report_unexpected(kind, error, trace) -> None:
    """sys.excepthook for the GUI: log the traceback, tell the user in Dutch, keep running."""
    log_file = start_logging()
    logging.getLogger("flatapp").error("onverwachte fout:\n%s", "".join(traceback.format_exception(kind, error, trace)))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    fault = describe_fault(error)
    if fault:        # locked, full disk, read-only, server down: no bug, the user can act on it
        QMessageBox.warning(QApplication.activeWindow(),
                            QCoreApplication.translate("CrashLog", "Niet gelukt"), fault)
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("CrashLog", "Er ging iets mis"),
        QCoreApplication.translate(
            "CrashLog", "Er ging iets onverwachts mis ({error}). Wat u al had opgeslagen is bewaard. "
            "De details staan in {log}; stuur dat bestand mee als u de fout meldt.").format(
            error=type(error).__name__, log=log_file),
    )


def install_crash_handler() -> None:
    sys.excepthook = report_unexpected
