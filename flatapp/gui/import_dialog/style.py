"""The import dialog's message styles (calm boxes: red what went wrong, amber what blocks the import,
green all is well), the remembered folder and rich-text escaping."""

from __future__ import annotations

import html

LAST_FOLDER_KEY = "import/last_folder"



def _escape(text: str) -> str:
    """For rich-text labels: <, > and & only (quotes in Dutch messages stay as they are)."""
    return html.escape(text, quote=False)
