"""The slide show for the tent: the public slides PDF, full screen on a laptop or beamer.

The slides are rendered once (``flatapp.printing.poster.render_slides``: a title slide, then one slide per
chosen panel) into a PDF in memory and shown page by page with QtPdf, scaled to the screen with the
page's proportions on a dark background. Only that PDF is shown: public, disclosure-controlled content.

Keys: Right, Down, Space, PageDown, Enter → next; Left, Up, PageUp, Backspace → previous; Home/End;
Escape or Q leaves. A mouse click goes to the next slide (right click: the previous one). P plays the
slides by themselves, round and round, for a laptop left on a table in the tent; P again (or any key
that moves) stops it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import QWidget

from flatapp.gui import theme
from flatapp.gui.print_pdf import on_white_paper
from flatapp.services.errors import UserError
from flatapp.tent.content import TentContent
from flatapp.tent.options import PosterOptions

translate = QCoreApplication.translate

BACKGROUND = QColor(theme.SLIDE_BACKGROUND)
INDICATOR = QColor(255, 255, 255, 200)
INDICATOR_BACKGROUND = QColor(20, 24, 29, 90)
CURSOR_HIDE_MS = 2500
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Return,
             Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
LEAVE_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Q}
PLAY_KEY = Qt.Key.Key_P
PLAY_SECONDS = 12          # long enough to read a chart slide from a few metres

SlideRenderer = Callable[[TentContent, PosterOptions, BinaryIO], int]


def _render_slides(content: TentContent, options: PosterOptions, out: BinaryIO) -> int:
    from flatapp.printing.poster import render_slides  # the real renderer, loaded when first used

    return render_slides(content, options, out)


def make_slides(content: TentContent, options: PosterOptions, render: SlideRenderer | None = None) -> bytes:
    """The slides PDF in memory. A renderer's ValueError becomes a UserError (its Dutch text)."""
    out = io.BytesIO()
    try:
        (render or _render_slides)(content, options, out)
    except ValueError as error:
        raise UserError(str(error)) from None
    return out.getvalue()


def fit_rect(width: float, height: float, target: QRectF) -> QRectF:
    """The largest rectangle with the proportions width:height, centred in ``target``."""
    if width <= 0 or height <= 0:
        return QRectF(target)
    scale = min(target.width() / width, target.height() / height)
    w, h = width * scale, height * scale
    return QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h)


def beamer_screen(parent: QWidget | None) -> QScreen | None:
    """With a second screen (a beamer beside the laptop) the slides go there; else the window's own screen."""
    own = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    others = [screen for screen in QGuiApplication.screens() if screen is not own]
    return others[0] if others else own


class SlideShow(QWidget):
    """A window showing the pages of one slides PDF, one at a time."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument

        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setWindowTitle(translate("SlideShow", "Diavoorstelling"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._buffer = QBuffer(self)                     # QtPdf reads from it as long as the document lives
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise UserError(translate("SlideShow", "De dia's konden niet worden geopend."))
        self._page = 0
        self._cache: dict[tuple[int, int, int], QImage] = {}
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(lambda: self.setCursor(Qt.CursorShape.BlankCursor))
        self._cursor_timer.start()
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(PLAY_SECONDS * 1000)
        self._play_timer.timeout.connect(self._advance_round)

    # --- playing by itself ------------------------------------------------------------------------
    def is_playing(self) -> bool:
        return self._play_timer.isActive()

    def set_playing(self, playing: bool) -> None:
        if playing:
            self._play_timer.start()
        else:
            self._play_timer.stop()
        self.update()

    def _advance_round(self) -> None:
        """The next slide, and after the last one the first again."""
        self.go_to(self._page + 1 if self._page + 1 < self.page_count() else 0)

    # --- pages --------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self._page

    def indicator_text(self) -> str:
        playing = "\u25b6 " if self.is_playing() else ""      # ▶ while the slides play by themselves
        return f"{playing}{self._page + 1} / {self.page_count()}"

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        if page != self._page:
            self._page = page
            self.update()
            QTimer.singleShot(0, self._prepare_next)   # the next slide is ready before it is asked for

    def next_page(self) -> None:
        self.go_to(self._page + 1)

    def previous_page(self) -> None:
        self.go_to(self._page - 1)

    def page_rect(self, page: int | None = None) -> QRectF:
        """Where the page goes in the window (logical pixels), keeping its proportions."""
        size = self.document.pagePointSize(self._page if page is None else page)
        return fit_rect(size.width(), size.height(), QRectF(self.rect()))

    def page_image(self, page: int | None = None) -> QImage:
        """The page rendered at the screen's resolution (cached per page and window size)."""
        number = self._page if page is None else page
        rect = self.page_rect(number)
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        key = (number, size.width(), size.height())
        image = self._cache.get(key)
        if image is None:
            image = on_white_paper(self.document.render(number, size))
            image.setDevicePixelRatio(ratio)
            self._cache[key] = image
        return image

    def _prepare_next(self) -> None:
        if self._page + 1 < self.page_count() and self.isVisible():
            self.page_image(self._page + 1)

    # --- Qt events ----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        self._cache.clear()
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.page_rect(), self.page_image())
        self._paint_indicator(painter)
        painter.end()

    def _paint_indicator(self, painter: QPainter) -> None:
        """'3 / 8' small in the bottom right corner, on a faint dark pill (readable on a white slide)."""
        font = QFont(self.font())
        font.setPixelSize(max(12, self.height() // 48))
        painter.setFont(font)
        text = self.indicator_text()
        metrics = painter.fontMetrics()
        margin = max(8, self.height() // 80)
        width, height = metrics.horizontalAdvance(text) + 2 * metrics.height() // 2, metrics.height() + 6
        pill = QRectF(self.width() - margin - width, self.height() - margin - height, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INDICATOR_BACKGROUND)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(INDICATOR)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == PLAY_KEY:
            self.set_playing(not self.is_playing())
            return
        if key in NEXT_KEYS | PREVIOUS_KEYS | {Qt.Key.Key_Home, Qt.Key.Key_End}:
            self.set_playing(False)       # the coordinator takes over
        if key in NEXT_KEYS:
            self.next_page()
        elif key in PREVIOUS_KEYS:
            self.previous_page()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.page_count() - 1)
        elif key in LEAVE_KEYS:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.next_page()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous_page()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.unsetCursor()
        self._cursor_timer.start()
        super().mouseMoveEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._cursor_timer.stop()
        self._play_timer.stop()
        self.document.close()
        super().closeEvent(event)



def start_slide_show(content: TentContent, options: PosterOptions, parent: QWidget | None = None,
                     render: SlideRenderer | None = None, full_screen: bool = True) -> SlideShow:
    """Render the slides and show them (full screen on the beamer when there is one).
    Raises UserError (Dutch) when the slides cannot be made."""
    return show_slides(make_slides(content, options, render), parent, full_screen)


def show_slides(pdf: bytes, parent: QWidget | None = None, full_screen: bool = True) -> SlideShow:
    """Show rendered slides (full screen on the beamer when there is one, else a 16:9 window)."""
    show = SlideShow(pdf, parent)
    if full_screen:
        screen = beamer_screen(parent)
        if screen is not None:
            show.setScreen(screen)
            show.setGeometry(screen.geometry())
        show.showFullScreen()
    else:                           # in a window: 16:9, most of the screen it opens on
        area = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        width = min(1280, int(area.width() * 0.8))
        show.resize(width, min(width * 9 // 16, int(area.height() * 0.8)))
        show.show()
    show.raise_()
    show.activateWindow()
    show.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    return show
