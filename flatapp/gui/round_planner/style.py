"""Colours and styles of the round planner: one colour per team, the error, quiet and notice styles."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPixmap

from flatapp.gui import theme

# One colour per team, after Okabe & Ito (told apart with the common colour-vision deficiencies);
# the map picks black or white text on each. More teams than colours reuse them, lighter.
TEAM_COLOURS = theme.TEAM_COLOURS
CLOSED_COLOUR = QColor(theme.LINE)
ERROR_STYLE = theme.text_style(theme.ERROR)
QUIET_STYLE = theme.QUIET_STYLE
# Homes on no door list: amber, as a notice the coordinator must act on (not an error of theirs).
NOTICE_STYLE = (f"QFrame#teamlessFrame {{ background: {theme.WARNING_BG}; border: 1px solid {theme.WARNING_BORDER}; "
                "border-radius: 4px; }")


def team_colour(index: int) -> QColor:
    colour = QColor(TEAM_COLOURS[index % len(TEAM_COLOURS)])
    return colour.lighter(100 + 25 * (index // len(TEAM_COLOURS))) if index >= len(TEAM_COLOURS) else colour


def _swatch(colour: QColor, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return pixmap
