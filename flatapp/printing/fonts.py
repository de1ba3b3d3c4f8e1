"""The shipped DejaVu Sans, registered with reportlab so every PDF embeds its font.

Registration happens on the first call of ``register_fonts()``, never at import time;
later calls are cheap and do nothing (reportlab's font registry is process-wide).
"""

from __future__ import annotations

import threading

REGULAR = "FlatApp-DejaVuSans"
BOLD = "FlatApp-DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold face (once) and return their names.

    ``<b>`` in a Paragraph maps to the bold face; ``<i>`` maps to the upright faces,
    because no italic face ships and a fallback would be a non-embedded Helvetica.
    """
    global _registered
    if _registered:
        return REGULAR, BOLD
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            from flatapp.resources import shipped_path

            known = set(pdfmetrics.getRegisteredFontNames())
            for name, filename in _FILES.items():
                if name not in known:
                    pdfmetrics.registerFont(TTFont(name, str(shipped_path("resources", "fonts", filename))))
            for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
                addMapping(REGULAR, bold, italic, face)
                addMapping(BOLD, bold, italic, face)
            _registered = True
    return REGULAR, BOLD
