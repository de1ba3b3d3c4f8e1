"""Seeing another user's changes without a restart (a shared office): every few seconds the main window
asks the database a cheap fingerprint of the blocks and the shown block's homes, and reads the list and
the facade map (and the round planner, when it is open) again when it changed. What is being typed is never
lost: while the home panel or the planner's round form holds an unsaved change, the window only says that
others changed something, and catches up after the save (a save based on the old version meets the
conflict dialog).
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
        if self._seen is None or now == self._seen:
            self._seen = now
            return False
        status = self.window.statusBar()
        planner = self._pages.get("round")
        if self.window.detail_panel.is_dirty() or (planner is not None and planner.has_unsaved_edits()):
            status.showMessage(translate("MainWindow", "Gewijzigd door een ander; dit scherm wordt bijgewerkt zodra "
                                                       "u uw wijziging hebt opgeslagen."), 2 * REFRESH_MS)
            return False
        self.reload()
        if planner is not None:
            planner.reload()
        status.showMessage(translate("MainWindow", "Bijgewerkt met de wijzigingen van iemand anders."), 5000)
        return True
