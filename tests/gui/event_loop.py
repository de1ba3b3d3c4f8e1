"""Watching the event loop while slow work runs: it must keep turning (the window answers)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog


class Ticks:
    """Counts event-loop turns (a 50 ms timer) and the progress dialogs seen meanwhile."""

    def __init__(self):
        self.times: list[float] = []
        self.progress: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.times.append(time.monotonic())
        self.progress += [w.labelText() for w in QApplication.topLevelWidgets()
                          if isinstance(w, QProgressDialog) and w.isVisible()]

    def __enter__(self):
        self.timer.start(50)
        return self

    def __exit__(self, *_exc):
        self.timer.stop()

    def assert_kept_running(self, seconds: float) -> None:
        assert len(self.times) >= seconds * 10, f"the event loop stood still ({len(self.times)} ticks in ~{seconds} s)"
        assert max(b - a for a, b in zip(self.times, self.times[1:])) < 0.5
