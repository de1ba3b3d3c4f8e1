"""The import dialog's message styles (calm boxes: red what went wrong, amber what blocks the import,
green all is well), the remembered folder and rich-text escaping."""

from __future__ import annotations

import html

LAST_FOLDER_KEY = "import/last_folder"

# Calm message boxes inside the dialog: what went wrong (red), what blocks the import (amber),
# all is well (green). Explicit background and text colour, so they read in a dark theme too.
_STYLE_ERROR = ("QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #f3b8b4;"
                " border-radius: 4px; padding: 8px; }")
_STYLE_WARNING = ("QLabel { background: #fff4e0; color: #6b4200; border: 1px solid #f0d29a;"
                  " border-radius: 4px; padding: 8px; }")
_STYLE_OK = ("QLabel { background: #e8f4ea; color: #1d4d2b; border: 1px solid #b5dbbf;"
             " border-radius: 4px; padding: 8px; }")


def _escape(text: str) -> str:
    """For rich-text labels: <, > and & only (quotes in Dutch messages stay as they are)."""
    return html.escape(text, quote=False)
