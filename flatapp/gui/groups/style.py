"""The working groups' look: the warning colours of overdue actions, the message line's styles and the
facade map's colour of a home with a member."""

from __future__ import annotations

from PySide6.QtGui import QColor

# The app's warning look (as the import dialog's warning line): overdue actions.
WARNING_FILL, WARNING_TEXT = QColor("#fff4e0"), QColor("#6b4200")
ERROR_STYLE = "color: #9b1c12;"
DONE_STYLE = "color: #1d5e2a;"
TIER_STYLE = "color: #6b4200; font-weight: bold;"
MEMBER_COLOUR = QColor("#7fb77e")          # the facade map: a home with a member in an active group
