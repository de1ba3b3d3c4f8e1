"""Poster maken: the coordinator designs the tent's paper (poster, handout, sign-up sheets) with a live preview.

Everything shown comes from one ``TentContent``: the round's latest publication (frozen, disclosure-
controlled figures; flatapp.disclosure.publications), read through the runner by ``TentServices`` when the
dialog opens and again after the coordinator publishes anew (with the smallest group chosen here); the
widgets never see a database session, only a ``TentSource``. The preview is
the real page: the renderer writes the PDF into memory, QtPdf reads it from a QBuffer and the page is
drawn scaled into the preview area. Every change re-renders after a short pause (``PREVIEW_DELAY_MS``).
Invalid choices (the options' ValueError, in Dutch) are shown above the preview, never raised. Saving,
printing and the slides render on a worker thread; a fault is one Dutch line.

The choices that are not about one round (size, panels, organisation, logo, colour, smallest group, …) are
remembered in QSettings under ``tent/``; the title and the next-steps text belong to a round and start fresh.

The package: ``view`` the dialog (ui/poster_designer.ui) with its choices, mixed with ``preview_panel`` (the
live preview) and ``saving`` (PDF, printer, slides); ``preview`` the page widget; ``services`` the round's
content and the renderers; ``settings`` the remembered choices; ``style`` the constants.
"""

from __future__ import annotations

from flatapp.gui.poster_designer.preview import PagePreview
from flatapp.gui.poster_designer.services import REAL_RENDERERS, TentServices, TentSource
from flatapp.gui.poster_designer.settings import (
    remember_threshold,
    remembered_panels,
    remembered_poster_options,
    remembered_style,
    remembered_threshold,
)
from flatapp.gui.poster_designer.style import HANDOUT, MAX_THRESHOLD, POSTER, SIGN_UP
from flatapp.gui.poster_designer.view import PosterDesigner, open_poster_designer

__all__ = ["HANDOUT", "MAX_THRESHOLD", "POSTER", "REAL_RENDERERS", "SIGN_UP", "PagePreview", "PosterDesigner",
           "TentServices", "TentSource", "open_poster_designer", "remember_threshold", "remembered_panels",
           "remembered_poster_options", "remembered_style", "remembered_threshold"]
