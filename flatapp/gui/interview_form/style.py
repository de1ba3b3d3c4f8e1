"""Colours, pixel sizes and fonts of the paper-form entry."""

from __future__ import annotations

from PySide6.QtGui import QFont

# Calm colours: dark text on white, one blue for "where am I", one red for "what is wrong".
FOCUS_BLUE = "#1f5fa8"
CURRENT_BACKGROUND = "#eef4fc"
ERROR_RED = "#a11d1d"
MUTED = "#8a9099"
OK_GREEN = "#1d5e2a"
TEXT_PX, QUESTION_PX, EDITOR_PX, HEADING_PX, TITLE_PX = 16, 17, 20, 21, 24


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font
