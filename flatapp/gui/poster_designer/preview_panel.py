"""The poster designer's live preview: the real page, re-rendered a short pause after every change, with
the fit and the renderer's notices above it; mixed into ``PosterDesigner``."""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from flatapp.gui.message_line import show_message
from flatapp.gui.poster_designer.style import HANDOUT, POSTER, SAVE_TEXTS
from flatapp.gui.runner import background_busy
from flatapp.services.errors import UserError

translate = QCoreApplication.translate


class PreviewPanel:
    """The preview beside the choices; mixed into ``PosterDesigner`` (its texts keep that context)."""

    def schedule_preview(self, *_args) -> None:
        if not self._loading:
            self._timer.start()

    def refresh_preview(self) -> bool:
        """Render the current document now; False (and a Dutch message beside the preview) when it fails."""
        self._timer.stop()
        if background_busy():       # a save renders on a worker thread: matplotlib must not run twice at once
            self._timer.start()
            return False
        out = io.BytesIO()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.render(out)
        except (ValueError, UserError) as error:
            return self._preview_failed(str(error))
        except Exception as error:  # a renderer's bug must not take the coordinator's work with it
            return self._preview_failed(translate(
                "PosterDesigner", "Het voorbeeld kon niet worden gemaakt: {error}").format(error=error))
        finally:
            QGuiApplication.restoreOverrideCursor()
        pages = self.preview.set_pdf(out.getvalue(), self.preview.page())
        if pages < 1:
            return self._preview_failed(translate("PosterDesigner", "Het voorbeeld kon niet worden gelezen."))
        self.preview_error = ""
        self._show_fit_notice()
        self._update_pages()
        return True

    def _show_fit_notice(self) -> None:
        """A warning above a good preview when the chosen panels only fit in type too small for the tent,
        and a line per text the document shortened or left out (the renderer's notices)."""
        label = self.ui.previewMessageLabel
        fit = self.poster_fit
        lines = []
        if fit is not None and fit.smaller_than_planned:
            lines.append(translate(
                "PosterDesigner", "Met deze panelen wordt de letter {percent}% kleiner dan gepland en is de poster "
                "minder goed te lezen van drie meter. Kies minder panelen, staand of een groter formaat.").format(
                percent=round(100 * (1 - fit.type_scale))))
        lines += [translate("PosterDesigner", "Let op: {notice}").format(notice=notice)
                  for notice in self.render_notices]
        if not lines:
            label.hide()
            label.clear()
            return
        show_message(label, "warning", "\n".join(lines))
        label.setWordWrap(True)
        label.show()

    def _preview_failed(self, message: str) -> bool:
        self.preview_error = message
        show_message(self.ui.previewMessageLabel, "error", message)
        self.ui.previewMessageLabel.show()
        self.preview.set_stale(True)
        self.preview.set_empty_text(message)
        self._update_pages()
        return False

    def show_page(self, page: int) -> None:
        self.preview.set_page(page)
        self._update_pages()

    def _update_pages(self) -> None:
        ui = self.ui
        pages, page = self.preview.page_count(), self.preview.page()
        several = pages > 1
        for widget in (ui.previousPageButton, ui.nextPageButton, ui.pageLabel):
            widget.setVisible(several)
        ui.previousPageButton.setEnabled(page > 0)
        ui.nextPageButton.setEnabled(page < pages - 1)
        ui.pageLabel.setText(translate("PosterDesigner", "pagina {page} van {pages}").format(page=page + 1, pages=pages))
        ui.previewTitleLabel.setText(self._preview_title(pages))

    def _preview_title(self, pages: int) -> str:
        ui = self.ui
        document = self.document()
        if pages == 1:
            count = translate("PosterDesigner", "1 pagina")
        else:
            count = translate("PosterDesigner", "{pages} pagina's").format(pages=pages)
        if document == POSTER:
            what = translate("PosterDesigner", "Poster {size}, {orientation}").format(
                size=ui.sizeCombo.currentData(),
                orientation=translate("PosterDesigner", "liggend") if ui.landscapeRadio.isChecked()
                else translate("PosterDesigner", "staand"))
        elif document == HANDOUT:
            what = translate("PosterDesigner", "Folder {size}").format(size=ui.handoutSizeCombo.currentData())
        else:
            what = translate("PosterDesigner", "Inschrijflijsten")
        return translate("PosterDesigner", "Voorbeeld: {what} · {count}").format(what=what, count=count)

    def _document_changed(self, document: int) -> None:
        self.ui.saveButton.setText(translate("PosterDesigner", SAVE_TEXTS.get(document, SAVE_TEXTS[POSTER])))
        if not self._loading:
            self.preview.set_page(0)
            self.refresh_preview()

    def _sign_up_text(self) -> str:
        topics = [topic.label for topic in self.content.sign_up_topics]
        if not topics:
            return translate("PosterDesigner", "Er zijn nog geen onderwerpen om lijsten voor te maken.")
        return translate("PosterDesigner", "Eén lijst per onderwerp: {topics}.").format(topics=", ".join(topics))
