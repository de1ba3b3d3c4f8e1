"""The poster designer's constants: the tabs (documents), remembered-settings keys and the message styles."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

POSTER, HANDOUT, SIGN_UP = 0, 1, 2          # the tabs, and the document each one previews and saves
PREVIEW_DELAY_MS = 300
PANEL_KEY_ROLE = Qt.ItemDataRole.UserRole
LAST_FOLDER_KEY = "printing/lastFolder"     # shared with the round's printing dialog
SETTINGS = "tent"
ERROR_STYLE = ("background: #fbe4e2; color: #7f1d1d; border: 1px solid #e3a29c; border-radius: 4px; "
               "padding: 6px; font-weight: bold;")
DONE_STYLE = "color: #1d5e2a;"
NOTICE_STYLE = ("background: #fff4d6; color: #5c4200; border: 1px solid #e6c46b; border-radius: 4px; "
                "padding: 6px;")
FAIL_STYLE = "color: #a11d1d; font-weight: bold;"
EMPTY_PANEL = QColor("#8a6d3b")
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
