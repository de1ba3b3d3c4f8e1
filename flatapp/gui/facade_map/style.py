"""The facade map's look: calm greys with one clear blue for the selection, the cell geometry, and black
or white text on a coloured cell."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from flatapp.gui import theme

# Colours: calm greys with one clear blue for the selection (contrast ≥ 4.5:1 for all text).
BACKGROUND = QColor(theme.CANVAS)
ENTRANCE_PANEL = QColor(theme.PANEL)
CELL_FILL = QColor(theme.WHITE)
CELL_BORDER = QColor(theme.LINE_STRONG)
CELL_HOVER = QColor(theme.CURRENT_BG)
TEXT = QColor(theme.TEXT)
LABEL_TEXT = QColor(theme.QUIET)
SELECTION = QColor(theme.ACCENT)
SELECTION_UNFOCUSED = QColor(theme.ACCENT_MUTED)
HIT = QColor(theme.SEARCH_HIT)
FADED = QColor(246, 247, 249, 170)       # over the homes a search did not find

GAP = 4               # between cells, px
ENTRANCE_GAP = 12     # between two entrances
PANEL_PADDING = 5     # inside an entrance's panel
MARGIN = 8
MIN_CELL = QSize(26, 18)
MAX_CELL = QSize(240, 120)
FIT_MAX_CELL = QSize(96, 48)   # "fit" never blows a small block up beyond this
BASE_CELL = QSize(64, 36)      # zoom factor 1.0
ZOOM_STEP = 1.25


def _readable_text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (relative luminance, WCAG)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * channel(fill.red()) + 0.7152 * channel(fill.green()) + 0.0722 * channel(fill.blue())
    return TEXT if luminance > 0.179 else QColor(theme.WHITE)  # where both contrasts are equal
