"""The door grid's look: message styles, the default-time and warning text colours, the legend's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from flatapp.gui import theme

ERROR_STYLE = theme.text_style(theme.ERROR)
WARNING_STYLE = theme.text_style(theme.WARNING)
QUIET_STYLE = theme.QUIET_STYLE
DEFAULT_TEXT = QColor(theme.FAINT)     # a default time not typed yet
WARN_TEXT = QColor(theme.WARNING)
WHITE = QColor(theme.WHITE)


def disposition_label(disposition: str) -> str:
    """The legend's Dutch word for an AAPOR disposition group."""
    labels = {
        "interview": QCoreApplication.translate("DoorOutcomes", "gesproken"),
        "partial": QCoreApplication.translate("DoorOutcomes", "deels"),
        "non_contact": QCoreApplication.translate("DoorOutcomes", "niet bereikt"),
        "refusal": QCoreApplication.translate("DoorOutcomes", "geweigerd"),
        "not_eligible": QCoreApplication.translate("DoorOutcomes", "valt af"),
        "other": QCoreApplication.translate("DoorOutcomes", "anders"),
    }
    return labels.get(disposition, disposition)


def tint(colour: QColor, amount: float = 0.35) -> QColor:
    """``colour`` mixed with white: a calm cell background that keeps dark text readable."""
    return QColor(round(255 + (colour.red() - 255) * amount), round(255 + (colour.green() - 255) * amount),
                  round(255 + (colour.blue() - 255) * amount))
