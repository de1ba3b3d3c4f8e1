"""The GUI's one way to the services: it owns the sessions, turns every error into one Dutch line, and
runs slow work (an import, printing a round, a big export) on a worker thread with a progress dialog,
so the window keeps painting and answering while it works.

``run_slow`` (a service with a session) and ``run_in_background`` (work on plain values, such as rendering
a PDF from what a dialog's widgets hold) are called like an ordinary function: they return the work's result
(or raise its error in the GUI thread), so a controller's code stays straight-line. Meanwhile a nested event loop runs: the
window repaints, timers fire, and the modal progress dialog (shown only when the work takes longer than
``SHOW_AFTER_MS``) keeps the user from starting a second job. A service function that accepts a
``progress`` keyword gets a ``Progress`` it may report to and check; then the dialog has a Cancel button
and cancelling raises ``Cancelled`` inside the work, so its transaction rolls back and nothing is written.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from flatapp.services.errors import UserError
from flatapp.storage.database import Database, DatabaseRefused
from flatapp.storage.faults import describe_fault

T = TypeVar("T")
SHOW_AFTER_MS = 200       # quicker work never flashes a dialog


class Cancelled(Exception):
    """The user pressed Cancel; the work stops at its next check and writes nothing."""


def error_line(error: BaseException) -> str:
    """One Dutch line for any error a service can raise: what went wrong and, where known, what to do."""
    if isinstance(error, (UserError, DatabaseRefused)):
        return str(error)
    if isinstance(error, Cancelled):
        return QCoreApplication.translate("ServiceRunner", "Afgebroken; er is niets veranderd.")
    fault = describe_fault(error)
    if fault:
        return fault
    if isinstance(error, SQLAlchemyError):
        return QCoreApplication.translate(
            "ServiceRunner", "De database weigerde dit ({what}); er is niets veranderd.").format(
            what=type(error).__name__)
    return QCoreApplication.translate("ServiceRunner", "Er ging iets mis ({what}): {text}").format(
        what=type(error).__name__, text=str(error))


class Progress(QObject):
    """Handed to work that reports progress; thread-safe (signals are queued to the dialog)."""

    changed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> None:
        """``done`` of ``total`` steps; raises Cancelled when the user pressed Cancel."""
        self.changed.emit(done, total, text)
        self.check()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


class _Job(QThread):
    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:  # the worker thread
        try:
            self.result = self._work()
        except BaseException as error:  # handed to the GUI thread, raised there
            self.error = error


class ServiceRunner:
    """Runs service functions ``function(session, *args, **kwargs)`` against one database."""

    def __init__(self, database: Database):
        self.database = database
        self.last_job: _Job | None = None       # tests look at the thread the work ran on

    def read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.database.session() as session:
            return function(session, *args, **kwargs)

    def write(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """One save is one transaction: all of it, or (on any error) nothing.

        A save refused as stale (``VersionConflict``) goes to the conflict handler (the dialog), which
        may save again on top of the newer version (``gui/conflicts.py``)."""
        from flatapp.gui.conflicts import resolving_conflicts

        return resolving_conflicts(self._write_once, function, args, kwargs)

    def _write_once(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.database.session() as session, session.begin():
            return function(session, *args, **kwargs)

    def run_slow(self, parent: QWidget | None, label: str, function: Callable[..., T], *args: Any,
                 write: bool = True, **kwargs: Any) -> T:
        """``function`` on a worker thread (in one transaction when ``write``), with a progress dialog."""
        session_call = self._write_once if write else self.read     # no dialog from a worker thread

        def work(*args: Any, **kwargs: Any) -> T:
            return session_call(function, *args, **kwargs)

        cooperative = "progress" in inspect.signature(function).parameters
        return run_in_background(parent, label, work, *args, cooperative=cooperative, runner=self, **kwargs)


def run_in_background(parent: QWidget | None, label: str, function: Callable[..., T], *args: Any,
                      cooperative: bool | None = None, runner: ServiceRunner | None = None, **kwargs: Any) -> T:
    """``function(*args, **kwargs)`` on a worker thread, without a session (writing a file, rendering a PDF
    from plain rows), while a nested event loop keeps the window answering; a progress dialog shows when it
    takes longer than ``SHOW_AFTER_MS``. Returns its result or raises its error here, in the GUI thread.
    ``function`` must not touch widgets: read what it needs from them before."""
    if cooperative is None:
        cooperative = "progress" in inspect.signature(function).parameters
    progress = Progress() if cooperative else None
    if progress is not None:
        kwargs["progress"] = progress

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ServiceRunner", "Even geduld"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    if progress is None:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(QCoreApplication.translate("ServiceRunner", "Afbreken"))
        dialog.canceled.connect(lambda: setattr(progress, "cancelled", True))
        shower = _Shower(dialog)            # a QObject in the GUI thread: the update is queued there
        progress.changed.connect(shower.show)
    job = _Job(lambda: function(*args, **kwargs))
    global last_job
    last_job = job
    if runner is not None:
        runner.last_job = job
    loop = QEventLoop()
    job.finished.connect(loop.quit)     # queued: delivered inside loop.exec() even if already done
    show = QTimer()                     # quick work never flashes a dialog
    show.setSingleShot(True)
    show.timeout.connect(dialog.show)
    show.start(SHOW_AFTER_MS)
    global _running
    _running += 1
    try:
        job.start()
        loop.exec()
        job.wait()
    finally:
        _running -= 1
    show.stop()
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return job.result


last_job: _Job | None = None            # the latest background job (tests look at the thread it ran on)
_running = 0


def background_busy() -> bool:
    """True while a worker thread runs (the nested event loop is on): work that must not run beside it
    (a preview rendered with the same, not thread-safe, chart code) waits for its next turn."""
    return _running > 0


class _Shower(QObject):
    def __init__(self, dialog: QProgressDialog):
        super().__init__(dialog)
        self.dialog = dialog

    @Slot(int, int, str)
    def show(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)
