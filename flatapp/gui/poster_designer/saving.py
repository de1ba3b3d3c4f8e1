"""Saving the poster designer's document as PDF, printing it, and the slide show; mixed into
``PosterDesigner``. The PDF is rendered and written on a worker thread (``runner.run_in_background``) from
values read off the widgets first, so the window keeps answering; any fault (a full disk, a folder that
cannot be written) is one Dutch line below the buttons."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog

from flatapp.gui.message_line import show_message
from flatapp.gui.poster_designer.services import DOCUMENT_RENDERER, render_document
from flatapp.gui.poster_designer.style import (
    DOCUMENT_NAMES,
    HANDOUT,
    LAST_FOLDER_KEY,
    SIGN_UP,
)
from flatapp.gui.runner import error_line, run_in_background
from flatapp.gui.slide_show import SlideShow, make_slides, show_slides
from flatapp.printing.round_printing import write_pdf
from flatapp.services.errors import UserError
from flatapp.services.output_files import safe_file_name

translate = QCoreApplication.translate


class SavingPanel:
    """Saving, printing and the slides; mixed into ``PosterDesigner`` (its texts keep that context)."""

    def default_file_name(self, document: int | None = None) -> str:
        document = self.document() if document is None else document
        round_name = self.content.round_name or translate("PosterDesigner", "ronde")
        if document == HANDOUT:
            name = translate("PosterDesigner", "folder-{round}-{size}").format(
                round=round_name, size=self.ui.handoutSizeCombo.currentData())
        elif document == SIGN_UP:
            name = translate("PosterDesigner", "inschrijflijsten-{round}").format(round=round_name)
        else:
            name = translate("PosterDesigner", "poster-{round}-{size}").format(
                round=round_name, size=self.ui.sizeCombo.currentData())
        return safe_file_name(name, suffix=".pdf")     # never a path from the round's name

    def write(self, target: Path, document: int | None = None) -> int:
        """The document as PDF at ``target``, rendered and written atomically on a worker thread (the window
        keeps answering, a progress dialog shows when it takes a while); UserError (Dutch) on any failure."""
        document = self.document() if document is None else document
        try:
            options = self.options(document)          # a bad choice is reported before a file is touched
        except ValueError as error:
            raise UserError(str(error)) from None
        self._timer.stop()                  # no preview render while the worker renders
        renderer, content = self.renderers[DOCUMENT_RENDERER[document]], self.current_content()

        def render(out) -> int:
            return render_document(renderer, document, content, options, out).pages

        label = translate("PosterDesigner", "{document} maken en opslaan…").format(
            document=translate("PosterDesigner", DOCUMENT_NAMES[document]))
        return run_in_background(self, label, write_pdf, target, render)

    def save_pdf(self) -> bool:
        document = self.document()
        folder = QSettings().value(LAST_FOLDER_KEY) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("PosterDesigner", "Opslaan als PDF"), str(Path(folder) / self.default_file_name(document)),
            translate("PosterDesigner", "PDF-bestanden (*.pdf)"))
        if not path:
            return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            pages = self.write(target, document)
        except Exception as error:      # a full disk, a read-only folder, a renderer's refusal: one line
            self._show_message(error_line(error), "error")
            return False
        QSettings().setValue(LAST_FOLDER_KEY, str(target.parent))
        self.last_saved = target
        self._show_message(translate("PosterDesigner", "Opgeslagen: {path} ({pages})").format(
            path=target, pages=_pages_text(pages)), "ok")
        return True

    def print_now(self) -> bool:
        from flatapp.gui.print_pdf import print_pdf

        document = self.document()
        with tempfile.TemporaryDirectory(prefix="flatapp-print-") as folder:
            target = Path(folder) / self.default_file_name(document)
            try:
                pages = self.write(target, document)
                if not print_pdf(target, self):
                    return False
            except Exception as error:
                self._show_message(error_line(error), "error")
                return False
        self._show_message(translate("PosterDesigner", "Naar de printer gestuurd ({pages}).").format(
            pages=_pages_text(pages)), "ok")
        return True

    def start_slide_show(self, full_screen: bool = True) -> SlideShow | None:
        """The chosen panels as slides (a title slide first), full screen; Escape returns here. The slides
        PDF is rendered on a worker thread."""
        try:
            options = self.poster_options()
            pdf = run_in_background(self, translate("PosterDesigner", "Dia's maken…"), make_slides,
                                    self.current_content(), options, self.renderers["slides"])
            self.slide_show = show_slides(pdf, self, full_screen=full_screen)
        except Exception as error:
            self._show_message(error_line(error), "error")
            return None
        self.slide_show.destroyed.connect(self._slide_show_closed)
        return self.slide_show

    def _slide_show_closed(self, *_args) -> None:
        self.slide_show = None

    def _show_message(self, text: str, kind: str) -> None:
        show_message(self.ui.messageLabel, kind, text)


def _pages_text(pages: int) -> str:
    if pages == 1:
        return translate("PosterDesigner", "1 pagina")
    return translate("PosterDesigner", "{pages} pagina's").format(pages=pages)

