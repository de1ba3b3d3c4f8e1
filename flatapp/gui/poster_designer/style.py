"""The poster designer's constants: the tabs (documents), remembered-settings keys and the message styles."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from flatapp.gui import theme

POSTER, HANDOUT, SIGN_UP = 0, 1, 2          # the tabs, and the document each one previews and saves
PREVIEW_DELAY_MS = 300
PANEL_KEY_ROLE = Qt.ItemDataRole.UserRole
LAST_FOLDER_KEY = "printing/lastFolder"     # shared with the round's printing dialog
SETTINGS = "tent"
ERROR_STYLE = theme.box_style("error")
DONE_STYLE = theme.DONE_STYLE
NOTICE_STYLE = theme.box_style("warning")
FAIL_STYLE = theme.ERROR_STYLE
EMPTY_PANEL = QColor(theme.POSTER_EMPTY_PANEL)
DOCUMENT_NAMES = {
    POSTER: QT_TRANSLATE_NOOP("PosterDesigner", "Poster"),
    HANDOUT: QT_TRANSLATE_NOOP("PosterDesigner", "Folder"),
    SIGN_UP: QT_TRANSLATE_NOOP("PosterDesigner", "Inschrijflijsten"),
}
SAVE_TEXTS = {
    POSTER: QT_TRANSLATE_NOOP("PosterDesigner", "Poster opslaan als &PDF…"),
    HANDOUT: QT_TRANSLATE_NOOP("PosterDesigner", "Folder opslaan als &PDF…"),
    SIGN_UP: QT_TRANSLATE_NOOP("PosterDesigner", "Inschrijflijsten opslaan als &PDF…"),
}

MAX_THRESHOLD = 50              # the spin box's top; the service itself only refuses less than MIN_THRESHOLD
