"""The designer's preview: one page of an in-memory PDF (QtPdf reads it from a QBuffer), drawn as a sheet
of paper scaled into the widget."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from flatapp.gui import theme
from flatapp.gui.slide_show import fit_rect

translate = QCoreApplication.translate


class PagePreview(QWidget):
    """One page of an in-memory PDF, drawn as a sheet of paper scaled into the widget."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 320)
        self.setAccessibleName(translate("PosterDesigner", "Voorbeeld"))
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._page = 0
        self._image: QImage | None = None
        self._image_key: tuple | None = None
        self._stale = False
        self._empty_text = ""

    def set_pdf(self, pdf: bytes, page: int = 0) -> int:
        """Show ``pdf`` (bytes) from ``page``; returns its page count (0 when QtPdf cannot read it)."""
        from PySide6.QtPdf import QPdfDocument

        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        ok = self.document.status() == QPdfDocument.Status.Ready
        self._page = max(0, min(page, self.page_count() - 1)) if ok else 0
        self._image, self._image_key, self._stale = None, None, False
        self.update()
        return self.page_count() if ok else 0

    def set_stale(self, stale: bool) -> None:
        """Grey the page out: the options shown no longer match it (an error is shown beside it)."""
        if stale != self._stale:
            self._stale = stale
            self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def page_count(self) -> int:
        return self.document.pageCount()

    def page(self) -> int:
        return self._page

    def set_page(self, page: int) -> None:
        if 0 <= page < self.page_count() and page != self._page:
            self._page = page
            self.update()

    def page_point_size(self):
        return self.document.pagePointSize(self._page)

    def page_rect(self) -> QRectF:
        size = self.page_point_size()
        return fit_rect(size.width(), size.height(), QRectF(self.rect()).adjusted(14, 14, -18, -18))

    def image(self) -> QImage | None:
        """The page as drawn now (rendered at the screen's resolution for the preview's size)."""
        if self.page_count() < 1:
            return None
        rect = self.page_rect()
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        key = (self._page, size.width(), size.height(), id(self._buffer))
        if key != self._image_key:
            rendered = self.document.render(self._page, size)
            paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
            paper.fill(Qt.GlobalColor.white)
            painter = QPainter(paper)
            painter.drawImage(0, 0, rendered)
            painter.end()
            paper.setDevicePixelRatio(ratio)
            self._image, self._image_key = paper, key
        return self._image

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.PREVIEW_BACKGROUND))
        image = self.image()
        if image is None:
            painter.setPen(QColor(theme.QUIET))
            painter.drawText(self.rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
            painter.end()
            return
        rect = self.page_rect()
        painter.fillRect(rect.translated(4, 5), QColor(0, 0, 0, 60))      # a soft shadow under the sheet
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(rect, image)
        if self._stale:
            painter.fillRect(rect, QColor(217, 221, 227, 170))
        painter.end()

