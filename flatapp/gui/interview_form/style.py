"""Colours, pixel sizes and fonts of the paper-form entry."""

from __future__ import annotations

from PySide6.QtGui import QFont

from flatapp.gui import theme

# Calm colours: dark text on white, one blue for "where am I", one red for "what is wrong".
FOCUS_BLUE = theme.ACCENT
CURRENT_BACKGROUND = theme.CURRENT_BG
ERROR_RED = theme.ERROR
MUTED = theme.FAINT
OK_GREEN = theme.OK
TEXT_PX, QUESTION_PX, EDITOR_PX, HEADING_PX, TITLE_PX = 16, 17, 20, 21, 24


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font
