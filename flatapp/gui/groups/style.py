"""The working groups' look: the warning colours of overdue actions, the message line's styles and the
facade map's colour of a home with a member."""

from __future__ import annotations

from PySide6.QtGui import QColor

from flatapp.gui import theme

# The app's warning look (as the import dialog's warning line): overdue actions.
WARNING_FILL, WARNING_TEXT = QColor(theme.WARNING_BG), QColor(theme.WARNING)
ERROR_STYLE = theme.text_style(theme.ERROR)
DONE_STYLE = theme.DONE_STYLE
TIER_STYLE = theme.text_style(theme.WARNING, bold=True)
MEMBER_COLOUR = QColor(theme.GROUP_MEMBER)
