"""A dialog base that remembers its size and place between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget


class RememberingDialog(QDialog):
    """Subclasses set ``settings_key``; geometry is restored on show and saved on close."""

    settings_key = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._restored = False

    def _key(self) -> str:
        return f"dialogs/{self.settings_key or type(self).__name__}/geometry"

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self._restored:
            self._restored = True
            geometry = QSettings().value(self._key())
            if geometry is not None:
                self.restoreGeometry(geometry)
        super().showEvent(event)

    def done(self, result: int) -> None:
        QSettings().setValue(self._key(), self.saveGeometry())
        super().done(result)
