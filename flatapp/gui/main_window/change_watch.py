"""Seeing another user's changes without a restart (a shared office): every few seconds the main window
asks the database a cheap fingerprint of the blocks and the shown block's homes, and reads the list and
the facade map and every open round page (planner, door grid, forms, results) again when it changed. What
is being typed is never lost: while the home panel, the planner's round form, a half-typed door code or an
open paper form holds an unsaved change, that screen waits and catches up after the save (a save based on
the old version meets the conflict dialog).
The first look is taken right after the first paint (start-up stays quick); a change committed in those
few milliseconds shows with the next one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from flatapp.gui.runner import background_busy
from flatapp.services.changes import block_fingerprint

translate = QCoreApplication.translate
REFRESH_MS = 3000


class ChangeWatch:
    """Mixed into MainController: needs ``window``, ``runner``, ``reload`` and ``_building_id``."""

    def _start_watching(self) -> None:
        self._watch = QTimer(self)
        self._watch.setInterval(REFRESH_MS)
        self._watch.timeout.connect(self.check_for_changes)
        self._watch.start()
        QTimer.singleShot(0, self, self._first_look)     # after the first paint: start-up stays quick

    def _first_look(self) -> None:
        if self._seen is None:
            self._seen = self.runner.read(block_fingerprint, self._building_id)

    def _stop_watching(self) -> None:
        self._watch.stop()

    def _fingerprint_in(self, session) -> tuple:
        return block_fingerprint(session, self._building_id)

    def check_for_changes(self) -> bool:
        """Read the block again when someone else changed it; True when the window was brought up to date."""
        if not self.window.isVisible() or background_busy():
            return False
        try:
            now = self.runner.read(block_fingerprint, self._building_id)
        except Exception:       # the server away for a moment: the next turn asks again
            return False
        waiting = self._pages_waiting
        if self._seen is None or (now == self._seen and not waiting):
            self._seen = now
            return False
        status = self.window.statusBar()
        if now != self._seen:
            if self.window.detail_panel.is_dirty():     # the old fingerprint stays: the next turn asks again
                self._say_waiting()
                return False
            self._seen = now
            self.reload(pages=False)
            waiting = set(self._pages)
        # Every open round page shows it too; a page with something typed and unsaved waits and is asked
        # again on the next turns, the others are not read again.
        self._pages_waiting = {name for name in waiting
                               if name in self._pages and not self._pages[name].refresh_from_others()}
        if self._pages_waiting:
            self._say_waiting()
            return False
        status.showMessage(translate("MainWindow", "Bijgewerkt met de wijzigingen van iemand anders."), 5000)
        return True

    def _say_waiting(self) -> None:
        self.window.statusBar().showMessage(translate(
            "MainWindow", "Gewijzigd door een ander; dit scherm wordt bijgewerkt zodra u uw wijziging hebt "
                          "opgeslagen."), 2 * REFRESH_MS)
