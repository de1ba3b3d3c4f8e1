"""Colours and styles of the round planner: one colour per team, the error, quiet and notice styles."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPixmap

# One colour per team, after Okabe & Ito (told apart with the common colour-vision deficiencies);
# the map picks black or white text on each. More teams than colours reuse them, lighter.
TEAM_COLOURS = ("#56b4e9", "#e69f00", "#009e73", "#f0e442", "#cc79a7", "#0072b2", "#d55e00",
                "#a6761d", "#7570b3", "#66a61e")
CLOSED_COLOUR = QColor("#d5d9de")
ERROR_STYLE = "color: #9b1c12;"
QUIET_STYLE = "color: #444f5c;"
# Homes on no door list: amber, as a notice the coordinator must act on (not an error of theirs).
NOTICE_STYLE = "QFrame#teamlessFrame { background: #fff4d6; border: 1px solid #e6c46b; border-radius: 4px; }"


def team_colour(index: int) -> QColor:
    colour = QColor(TEAM_COLOURS[index % len(TEAM_COLOURS)])
    return colour.lighter(100 + 25 * (index // len(TEAM_COLOURS))) if index >= len(TEAM_COLOURS) else colour


def _swatch(colour: QColor, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return pixmap
