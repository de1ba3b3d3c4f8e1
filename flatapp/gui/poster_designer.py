"""Poster maken: the coordinator designs the tent's paper (poster, handout, sign-up sheets) with a live preview.

Everything shown comes from one ``TentContent``: the round's latest publication (frozen, disclosure-
controlled figures; flatapp.disclosure.publications), read in a short session by ``TentServices`` when the
dialog opens and again after the coordinator publishes anew (with the smallest group chosen here); the
widgets never see a database session, only a ``TentSource``. The preview is
the real page: the renderer writes the PDF into memory, QtPdf reads it from a QBuffer and the page is
drawn scaled into the preview area. Every change re-renders after a short pause (``PREVIEW_DELAY_MS``).
Invalid choices (the options' ValueError, in Dutch) are shown above the preview, never raised.

The choices that are not about one round (size, panels, organisation, logo, colour, smallest group, …) are
remembered in QSettings under ``tent/``; the title and the next-steps text belong to a round and start fresh.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QColorDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from flatapp.disclosure.publications import PublicationRow
from flatapp.disclosure.rules import MIN_THRESHOLD
from flatapp.domain.dutch import dutch_moment
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_poster_designer import Ui_PosterDesigner
from flatapp.gui.slide_show import SlideShow, fit_rect, start_slide_show
from flatapp.printing.notices import collect_notices
from flatapp.printing.round_printing import write_pdf
from flatapp.services.errors import UserError
from flatapp.services.output_files import safe_file_name
from flatapp.storage.database import Database
from flatapp.tent.content import DEFAULT_PANELS, PANEL_KEYS, PANEL_TITLES, TentContent
from flatapp.tent.options import (
    DEFAULT_COLOUR,
    DEFAULT_NEXT_STEPS,
    HANDOUT_SIZES_MM,
    POSTER_SIZES_MM,
    HandoutOptions,
    PosterOptions,
    SignUpOptions,
    TentStyle,
)

translate = QCoreApplication.translate

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

Renderer = Callable[..., int]   # (content, options, out) -> pages


class TentSource(Protocol):
    """What the designer needs of a round; each call is a short session (UserError in Dutch)."""

    def content(self) -> TentContent: ...
    def publication(self) -> PublicationRow | None: ...
    def publish(self, threshold: int) -> PublicationRow: ...
    def organisation(self) -> str: ...

MAX_THRESHOLD = 50              # the spin box's top; the service itself only refuses less than MIN_THRESHOLD


# --- the renderers (flatapp.printing), loaded when first used --------------------------------------
def _poster(content, options, out: BinaryIO, fit=None) -> int:
    from flatapp.printing.poster import render_poster

    return render_poster(content, options, out, fit)


def _slides(content, options, out: BinaryIO) -> int:
    from flatapp.printing.poster import render_slides

    return render_slides(content, options, out)


def _handout(content, options, out: BinaryIO) -> int:
    from flatapp.printing.handout import render_handout

    return render_handout(content, options, out)


def _sign_up(content, options, out: BinaryIO) -> int:
    from flatapp.printing.signup_sheets import render_signup_sheets

    return render_signup_sheets(content, options, out)


REAL_RENDERERS: dict[str, Renderer] = {"poster": _poster, "slides": _slides, "handout": _handout,
                                       "signup": _sign_up}
DOCUMENT_RENDERER = {POSTER: "poster", HANDOUT: "handout", SIGN_UP: "signup"}


class TentServices:
    """The dialog's way to the database: the round's public content, each time in a short session."""

    def __init__(self, database: Database, round_id: int):
        self.database = database
        self.round_id = round_id

    def content(self) -> TentContent:
        """The public content of the latest publication; NoPublication (a UserError) when there is none."""
        from flatapp.tent.service import tent_content

        with self.database.session() as session:
            return tent_content(session, self.round_id)

    def publication(self) -> PublicationRow | None:
        from flatapp.disclosure.publications import list_publications

        with self.database.session() as session:
            rows = list_publications(session, self.round_id)
        return rows[-1] if rows else None

    def publish(self, threshold: int) -> PublicationRow:
        """A new publication with groups smaller than ``threshold`` (5 or more) left out."""
        from flatapp.tent.service import make_publication

        with self.database.session() as session, session.begin():
            return make_publication(session, self.round_id, threshold)

    def organisation(self) -> str:
        from flatapp.services.rounds import get_round

        with self.database.session() as session:
            return get_round(session, self.round_id).organisation or ""


# --- remembered choices --------------------------------------------------------------------------
def _text(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(f"{SETTINGS}/{key}")
    return str(value) if value not in (None, "") else default


def _keys(text: str) -> list[str]:
    return [key for key in dict.fromkeys(part.strip() for part in text.split(",")) if key in PANEL_KEYS]


def remembered_panels() -> tuple[list[str], list[str]]:
    """(every panel key in the remembered order, the chosen ones in that order)."""
    settings = QSettings()
    order = _keys(_text(settings, "panelOrder"))
    order += [key for key in PANEL_KEYS if key not in order]
    raw = settings.value(f"{SETTINGS}/panels")
    chosen = set(_keys(str(raw))) if raw is not None else set(DEFAULT_PANELS)
    return order, [key for key in order if key in chosen]


def remembered_style() -> TentStyle:
    """The remembered style; a logo that has gone (or a bad colour) is left out instead of failing."""
    settings = QSettings()
    organisation, contact = _text(settings, "organisation"), _text(settings, "contact")
    colour, logo = _text(settings, "colour", DEFAULT_COLOUR), _text(settings, "logo")
    for attempt in ((colour, logo), (colour, None), (DEFAULT_COLOUR, None)):
        try:
            return TentStyle(organisation=organisation, contact=contact, colour=attempt[0], logo=attempt[1])
        except ValueError:
            continue
    return TentStyle()


def remembered_threshold() -> int:
    """The smallest group shown, as last chosen in the designer (5 to 50; never below 5)."""
    try:
        value = int(_text(QSettings(), "threshold", str(MIN_THRESHOLD)))
    except ValueError:
        return MIN_THRESHOLD
    return max(MIN_THRESHOLD, min(value, MAX_THRESHOLD))


def remember_threshold(threshold: int) -> None:
    QSettings().setValue(f"{SETTINGS}/threshold", str(threshold))


def remembered_poster_options() -> PosterOptions:
    """The poster choices of the last designer session (for the slide show started from the menu)."""
    settings = QSettings()
    _order, chosen = remembered_panels()
    try:
        return PosterOptions(size=_text(settings, "size", "A1"), orientation=_text(settings, "orientation", "portrait"),
                             panels=tuple(chosen) or DEFAULT_PANELS, style=remembered_style())
    except ValueError:
        return PosterOptions(style=remembered_style())


# --- the preview ---------------------------------------------------------------------------------
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
        painter.fillRect(self.rect(), QColor("#d9dde3"))
        image = self.image()
        if image is None:
            painter.setPen(QColor("#444f5c"))
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


# --- the dialog ----------------------------------------------------------------------------------
class PosterDesigner(RememberingDialog):
    """Poster, handout and sign-up sheets of one round, with a live preview of the real page.

    ``source.content()`` gives the round's published content (a UserError in Dutch when it cannot); it is
    called first here, so a failure reaches the caller before any window is made.
    """

    settings_key = "poster_designer"

    def __init__(self, source: TentSource, parent: QWidget | None = None, *,
                 renderers: Mapping[str, Renderer] | None = None, organisation: str = ""):
        content = source.content()
        super().__init__(parent)
        self.source = source
        self.content = content
        self.publication = source.publication()
        self.renderers = {**REAL_RENDERERS, **(renderers or {})}
        self.poster_fit = None              # how the last poster preview's type fitted (PosterFit)
        self.render_notices: list[str] = []  # what the last render shortened or left out (Dutch)
        self.slide_show: SlideShow | None = None
        self.last_saved: Path | None = None
        self.preview_error = ""
        self._loading = True
        self._colour = DEFAULT_COLOUR
        self.ui = Ui_PosterDesigner()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(translate("PosterDesigner", "Poster maken – {building}, {round}").format(
            building=content.building_name, round=content.round_name))

        self.preview = PagePreview(ui.previewHost)
        ui.previewHostLayout.addWidget(self.preview)
        self.orientation_group = QButtonGroup(self)
        for button in (ui.portraitRadio, ui.landscapeRadio):
            self.orientation_group.addButton(button)
        self.layout_group = QButtonGroup(self)
        for button in (ui.combinedRadio, ui.perThemeRadio):
            self.layout_group.addButton(button)
        for size, (width, height) in POSTER_SIZES_MM.items():
            ui.sizeCombo.addItem(translate("PosterDesigner", "{size} ({width} × {height} cm)").format(
                size=size, width=_cm(width), height=_cm(height)), size)
        for size, (width, height) in HANDOUT_SIZES_MM.items():
            ui.handoutSizeCombo.addItem(translate("PosterDesigner", "{size} ({width} × {height} cm)").format(
                size=size, width=_cm(width), height=_cm(height)), size)
        ui.titleEdit.setPlaceholderText(PosterOptions().title_for(content.building_name))
        ui.titleEdit.setClearButtonEnabled(True)
        ui.nextStepsEdit.setPlaceholderText(DEFAULT_NEXT_STEPS)
        for hint in (ui.handoutHint, ui.signUpHint, ui.panelsHint):
            hint.setStyleSheet("color: #4a5563;")
        ui.signUpHint.setText(self._sign_up_text())
        ui.previewTitleLabel.setStyleSheet("font-weight: bold;")
        ui.previewMessageLabel.setStyleSheet(ERROR_STYLE)
        ui.previewMessageLabel.hide()
        ui.pageLabel.setMinimumWidth(110)
        ui.rowsSpin.setMaximumWidth(90)
        ui.thresholdSpin.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        ui.pageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        panel_list = ui.panelList
        panel_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        panel_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        panel_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        panel_list.setWordWrap(True)                 # '… (nog niets te tonen)' wraps instead of scrolling
        panel_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_list.setSpacing(1)
        panel_list.setAccessibleDescription(translate(
            "PosterDesigner", "Spatie zet een paneel aan of uit; Alt+Pijl omhoog en omlaag verplaatsen het."))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), panel_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_panel(step))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self._restore(organisation)
        self._connect()
        self._loading = False
        self._document_changed(ui.documentTabs.currentIndex())
        self.refresh_preview()

    def _connect(self) -> None:
        ui = self.ui
        changed = self.schedule_preview
        ui.sizeCombo.currentIndexChanged.connect(changed)
        ui.handoutSizeCombo.currentIndexChanged.connect(changed)
        self.orientation_group.buttonToggled.connect(changed)
        self.layout_group.buttonToggled.connect(changed)
        ui.panelList.itemChanged.connect(changed)
        ui.panelList.model().rowsMoved.connect(changed)
        ui.panelList.currentRowChanged.connect(self._update_move_buttons)
        for edit in (ui.titleEdit, ui.organisationEdit, ui.contactEdit, ui.logoEdit):
            edit.textChanged.connect(changed)
        ui.nextStepsEdit.textChanged.connect(changed)
        ui.rowsSpin.valueChanged.connect(changed)
        ui.publishButton.clicked.connect(self.publish)
        ui.upButton.clicked.connect(lambda: self.move_panel(-1))
        ui.downButton.clicked.connect(lambda: self.move_panel(1))
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.logoClearButton.clicked.connect(ui.logoEdit.clear)
        ui.colourButton.clicked.connect(self.choose_colour)
        ui.previousPageButton.clicked.connect(lambda: self.show_page(self.preview.page() - 1))
        ui.nextPageButton.clicked.connect(lambda: self.show_page(self.preview.page() + 1))
        ui.documentTabs.currentChanged.connect(self._document_changed)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.printButton.clicked.connect(self.print_now)
        # Not connected directly: clicked(bool) would pass checked=False as full_screen (a 100×30 window).
        ui.slideShowButton.clicked.connect(lambda: self.start_slide_show())
        ui.closeButton.clicked.connect(self.reject)

    # --- remembered choices -------------------------------------------------------------------
    def _restore(self, organisation: str) -> None:
        ui = self.ui
        settings = QSettings()
        ui.sizeCombo.setCurrentIndex(max(0, ui.sizeCombo.findData(_text(settings, "size", "A1"))))
        landscape = _text(settings, "orientation", "portrait") == "landscape"
        (ui.landscapeRadio if landscape else ui.portraitRadio).setChecked(True)
        per_theme = _text(settings, "perTheme", "false") == "true"
        (ui.perThemeRadio if per_theme else ui.combinedRadio).setChecked(True)
        order, chosen = remembered_panels()
        self.set_panels(order, chosen)
        ui.organisationEdit.setText(_text(settings, "organisation") or organisation)
        ui.contactEdit.setText(_text(settings, "contact"))
        ui.logoEdit.setText(_text(settings, "logo"))
        self.set_colour(_text(settings, "colour", DEFAULT_COLOUR))
        ui.handoutSizeCombo.setCurrentIndex(max(0, ui.handoutSizeCombo.findData(_text(settings, "handoutSize", "A5"))))
        try:
            rows = int(_text(settings, "signUpRows", "14"))
        except ValueError:
            rows = 14
        ui.rowsSpin.setValue(rows)
        ui.thresholdSpin.setValue(remembered_threshold())
        self._show_publication()
        tab = _text(settings, "document", "0")
        ui.documentTabs.setCurrentIndex(int(tab) if tab in ("0", "1", "2") else POSTER)

    def remember(self) -> None:
        ui = self.ui
        settings = QSettings()
        values = {
            "size": ui.sizeCombo.currentData(),
            "orientation": "landscape" if ui.landscapeRadio.isChecked() else "portrait",
            "perTheme": "true" if ui.perThemeRadio.isChecked() else "false",
            "panelOrder": ",".join(self.panel_order()),
            "panels": ",".join(self.chosen_panels()),
            "organisation": ui.organisationEdit.text().strip(),
            "contact": ui.contactEdit.text().strip(),
            "logo": self._logo_text(),
            "colour": self._colour,
            "handoutSize": ui.handoutSizeCombo.currentData(),
            "signUpRows": str(ui.rowsSpin.value()),
            "threshold": str(ui.thresholdSpin.value()),
            "document": str(ui.documentTabs.currentIndex()),
        }
        for key, value in values.items():
            settings.setValue(f"{SETTINGS}/{key}", value)

    def done(self, result: int) -> None:
        self._timer.stop()
        self.remember()
        super().done(result)

    # --- panels -------------------------------------------------------------------------------
    def set_panels(self, order: list[str], chosen: list[str]) -> None:
        panel_list = self.ui.panelList
        row = max(0, panel_list.currentRow())
        panel_list.blockSignals(True)
        try:
            panel_list.clear()
            for key in order:
                panel = self.content.panel(key)
                item = QListWidgetItem(PANEL_TITLES[key])
                item.setData(PANEL_KEY_ROLE, key)
                item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
                              & ~Qt.ItemFlag.ItemIsDropEnabled)
                item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
                if panel.is_empty:
                    item.setText(translate("PosterDesigner", "{title} (nog niets te tonen)").format(
                        title=PANEL_TITLES[key]))
                    item.setForeground(QBrush(EMPTY_PANEL))
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                    item.setToolTip(panel.empty)
                panel_list.addItem(item)
            panel_list.setCurrentRow(min(row, panel_list.count() - 1))
        finally:
            panel_list.blockSignals(False)
        self._update_move_buttons()

    def panel_order(self) -> list[str]:
        panel_list = self.ui.panelList
        return [panel_list.item(i).data(PANEL_KEY_ROLE) for i in range(panel_list.count())]

    def chosen_panels(self) -> list[str]:
        panel_list = self.ui.panelList
        return [panel_list.item(i).data(PANEL_KEY_ROLE) for i in range(panel_list.count())
                if panel_list.item(i).checkState() == Qt.CheckState.Checked]

    def move_panel(self, step: int) -> None:
        panel_list = self.ui.panelList
        row = panel_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < panel_list.count():
            return
        item = panel_list.takeItem(row)
        panel_list.insertItem(target, item)
        panel_list.setCurrentRow(target)
        self._update_move_buttons()
        self.schedule_preview()

    def _update_move_buttons(self, *_args) -> None:
        row, count = self.ui.panelList.currentRow(), self.ui.panelList.count()
        self.ui.upButton.setEnabled(row > 0)
        self.ui.downButton.setEnabled(0 <= row < count - 1)

    # --- logo and colour ----------------------------------------------------------------------
    def _logo_text(self) -> str:
        return self.ui.logoEdit.text().strip().strip('"')

    def choose_logo(self) -> None:
        start = self._logo_text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("PosterDesigner", "Logo kiezen"), start,
            translate("PosterDesigner", "Afbeeldingen (*.png *.jpg *.jpeg)"))
        if path:
            self.ui.logoEdit.setText(path)

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        value = QColor(colour)
        if not value.isValid():
            value = QColor(DEFAULT_COLOUR)
        self._colour = value.name()
        text_colour = "#ffffff" if value.lightnessF() < 0.6 else "#1f2933"
        self.ui.colourButton.setText(self._colour)
        self.ui.colourButton.setStyleSheet(
            f"QPushButton {{ background: {self._colour}; color: {text_colour}; border: 1px solid #6b7280; "
            "border-radius: 4px; padding: 5px 12px; }")
        self.schedule_preview()

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, translate("PosterDesigner", "Hoofdkleur kiezen"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    # --- options ------------------------------------------------------------------------------
    def style(self) -> TentStyle:
        ui = self.ui
        logo = self._logo_text()
        return TentStyle(organisation=ui.organisationEdit.text(), logo=logo or None, colour=self._colour,
                         contact=ui.contactEdit.text())

    def poster_options(self) -> PosterOptions:
        ui = self.ui
        return PosterOptions(size=ui.sizeCombo.currentData(),
                             orientation="landscape" if ui.landscapeRadio.isChecked() else "portrait",
                             panels=tuple(self.chosen_panels()), per_theme=ui.perThemeRadio.isChecked(),
                             title=ui.titleEdit.text(), style=self.style())

    def handout_options(self) -> HandoutOptions:
        ui = self.ui
        return HandoutOptions(size=ui.handoutSizeCombo.currentData(), next_steps=ui.nextStepsEdit.toPlainText(),
                              style=self.style())

    def sign_up_options(self) -> SignUpOptions:
        return SignUpOptions(rows=self.ui.rowsSpin.value(), style=self.style())

    def document(self) -> int:
        return self.ui.documentTabs.currentIndex()

    def options(self, document: int | None = None):
        document = self.document() if document is None else document
        if document == HANDOUT:
            return self.handout_options()
        if document == SIGN_UP:
            return self.sign_up_options()
        return self.poster_options()

    def current_content(self) -> TentContent:
        """The content of the publication shown (the same figures every time it is printed)."""
        return self.content

    def _show_publication(self) -> None:
        row = self.publication
        if row is None:
            self.ui.publicationLabel.setText(translate("PosterDesigner", "Nog geen publicatie."))
            return
        text = translate("PosterDesigner", "Publicatie {number} van {moment}, kleinste groep {threshold}.").format(
            number=row.number, moment=dutch_moment(row.created_at), threshold=row.threshold)
        self.ui.publicationLabel.setText(f"{text}\n{row.note}" if row.note else text)

    def publish(self) -> bool:
        """Freeze the figures of now with the smallest group chosen, after a confirmation; True when made."""
        threshold = self.ui.thresholdSpin.value()
        title = translate("PosterDesigner", "Cijfers publiceren")
        answer = QMessageBox.question(self, title, translate(
            "PosterDesigner", "De cijfers van nu vastleggen als nieuwe publicatie, met kleinste groep {threshold}? "
            "Posters, dia's, folders en inschrijflijsten tonen daarna de nieuwe cijfers.").format(threshold=threshold))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.publication = self.source.publish(threshold)
            self.content = self.source.content()
        except UserError as error:
            QMessageBox.warning(self, title, str(error))
            return False
        self._show_publication()
        self._content_changed()
        self.remember()
        self.schedule_preview()
        return True

    def _content_changed(self) -> None:
        """The panel list's '(nog niets te tonen)' marks and the sign-up topics follow new content."""
        self.set_panels(self.panel_order(), self.chosen_panels())
        self.ui.signUpHint.setText(self._sign_up_text())

    def render(self, out: BinaryIO, document: int | None = None) -> int:
        """Write the document (the current tab's by default) as PDF into ``out``; ValueError or UserError (Dutch)."""
        document = self.document() if document is None else document
        options = self.options(document)
        content = self.current_content()
        renderer = self.renderers[DOCUMENT_RENDERER[document]]
        # What the renderer shortens or leaves out is shown above the preview (render_notices).
        with collect_notices() as notices:
            if document == POSTER:
                from flatapp.printing.poster import PosterFit

                self.poster_fit = PosterFit()
                pages = renderer(content, options, out, self.poster_fit)
            else:
                self.poster_fit = None
                pages = renderer(content, options, out)
        self.render_notices = list(notices)
        return pages

    # --- the preview --------------------------------------------------------------------------
    def schedule_preview(self, *_args) -> None:
        if not self._loading:
            self._timer.start()

    def refresh_preview(self) -> bool:
        """Render the current document now; False (and a Dutch message beside the preview) when it fails."""
        self._timer.stop()
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
        label.setStyleSheet(NOTICE_STYLE)
        label.setText("\n".join(lines))
        label.setWordWrap(True)
        label.show()

    def _preview_failed(self, message: str) -> bool:
        self.preview_error = message
        self.ui.previewMessageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.previewMessageLabel.setText(message)
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

    # --- saving, printing, slides ---------------------------------------------------------------
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
        """The document as PDF at ``target``, written atomically; UserError (Dutch) on any failure."""
        document = self.document() if document is None else document
        try:
            self.options(document)          # a bad choice is reported before a file is touched
        except ValueError as error:
            raise UserError(str(error)) from None
        return write_pdf(target, lambda out: self.render(out, document))

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
        except UserError as error:
            self._show_message(str(error), FAIL_STYLE)
            return False
        QSettings().setValue(LAST_FOLDER_KEY, str(target.parent))
        self.last_saved = target
        self._show_message(translate("PosterDesigner", "Opgeslagen: {path} ({pages})").format(
            path=target, pages=_pages_text(pages)), DONE_STYLE)
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
            except UserError as error:
                self._show_message(str(error), FAIL_STYLE)
                return False
        self._show_message(translate("PosterDesigner", "Naar de printer gestuurd ({pages}).").format(
            pages=_pages_text(pages)), DONE_STYLE)
        return True

    def start_slide_show(self, full_screen: bool = True) -> SlideShow | None:
        """The chosen panels as slides (a title slide first), full screen; Escape returns here."""
        try:
            options = self.poster_options()
            self.slide_show = start_slide_show(self.current_content(), options, self,
                                               render=self.renderers["slides"], full_screen=full_screen)
        except (ValueError, UserError) as error:
            self._show_message(str(error), FAIL_STYLE)
            return None
        self.slide_show.destroyed.connect(self._slide_show_closed)
        return self.slide_show

    def _slide_show_closed(self, *_args) -> None:
        self.slide_show = None

    def _show_message(self, text: str, style: str) -> None:
        self.ui.messageLabel.setStyleSheet(style)
        self.ui.messageLabel.setText(text)


def _cm(millimetres: int) -> str:
    return f"{millimetres / 10:.1f}".replace(".", ",")


def _pages_text(pages: int) -> str:
    if pages == 1:
        return translate("PosterDesigner", "1 pagina")
    return translate("PosterDesigner", "{pages} pagina's").format(pages=pages)


def open_poster_designer(database: Database, round_id: int, parent: QWidget | None = None,
                         renderers: Mapping[str, Renderer] | None = None) -> PosterDesigner:
    """The designer for one round: its public content is computed in short sessions by ``TentServices``."""
    services = TentServices(database, round_id)
    return PosterDesigner(services, parent, renderers=renderers, organisation=services.organisation())
