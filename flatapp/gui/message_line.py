"""The one message line of every screen and dialog: what just happened, in a box of its state's colours.

``show_message(label, kind, text)`` turns any label into the message line (the labels laid out in the
Designer forms); ``MessageLine`` is the same as a widget for screens built in code. The text wraps, can
be selected and copied (to mail it to whoever helps), and an empty text hides the line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from flatapp.gui import theme

KINDS = ("error", "warning", "ok", "info")


def show_message(label: QLabel, kind: str, text: str) -> None:
    """Show ``text`` in ``label`` as a message of ``kind`` ('error', 'warning', 'ok', 'info')."""
    if kind not in KINDS:
        raise ValueError(f"unknown message kind {kind!r}")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(theme.box_style(kind))
    label.setProperty("messageKind", kind)
    label.setText(text)
    label.setVisible(bool(text))


def clear_message(label: QLabel) -> None:
    label.clear()
    label.setProperty("messageKind", "")
    label.setVisible(False)


def message_kind(label: QLabel) -> str:
    """The kind of message the label shows now ('' when none): what tests and screens ask."""
    return str(label.property("messageKind") or "") if label.text() else ""


class MessageLine(QLabel):
    """A message line for a screen built in code; hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageLine")
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        show_message(self, "error", text)

    def show_warning(self, text: str) -> None:
        show_message(self, "warning", text)

    def show_ok(self, text: str) -> None:
        show_message(self, "ok", text)

    def show_info(self, text: str) -> None:
        show_message(self, "info", text)

    def clear(self) -> None:
        super().clear()
        self.setProperty("messageKind", "")
        self.setVisible(False)

    @property
    def kind(self) -> str:
        return message_kind(self)
