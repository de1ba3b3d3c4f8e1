"""The poster designer's dialog (ui/poster_designer.ui): building it, the remembered choices, the panels,
logo and colour, and the options each document is rendered with. The preview (``preview_panel``) and
saving, printing and the slides (``saving``) are mixed in; every text keeps the PosterDesigner context."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QColorDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from flatapp.disclosure.rules import MIN_THRESHOLD
from flatapp.domain.dutch import dutch_moment
from flatapp.gui import theme
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_poster_designer import Ui_PosterDesigner
from flatapp.gui.poster_designer.preview import PagePreview
from flatapp.gui.poster_designer.preview_panel import PreviewPanel
from flatapp.gui.poster_designer.saving import SavingPanel
from flatapp.gui.poster_designer.services import (
    DOCUMENT_RENDERER,
    REAL_RENDERERS,
    Renderer,
    TentServices,
    TentSource,
    render_document,
)
from flatapp.gui.poster_designer.settings import remembered_panels, remembered_threshold, setting_text
from flatapp.gui.poster_designer.style import (
    EMPTY_PANEL,
    ERROR_STYLE,
    HANDOUT,
    MAX_THRESHOLD,
    PANEL_KEY_ROLE,
    POSTER,
    PREVIEW_DELAY_MS,
    SETTINGS,
    SIGN_UP,
)
from flatapp.gui.slide_show import SlideShow
from flatapp.services.errors import UserError
from flatapp.storage.database import Database
from flatapp.tent.content import PANEL_TITLES, TentContent
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


class PosterDesigner(PreviewPanel, SavingPanel, RememberingDialog):
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
            hint.setStyleSheet(theme.QUIET_STYLE)
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
        ui.sizeCombo.setCurrentIndex(max(0, ui.sizeCombo.findData(setting_text(settings, "size", "A1"))))
        landscape = setting_text(settings, "orientation", "portrait") == "landscape"
        (ui.landscapeRadio if landscape else ui.portraitRadio).setChecked(True)
        per_theme = setting_text(settings, "perTheme", "false") == "true"
        (ui.perThemeRadio if per_theme else ui.combinedRadio).setChecked(True)
        order, chosen = remembered_panels()
        self.set_panels(order, chosen)
        ui.organisationEdit.setText(setting_text(settings, "organisation") or organisation)
        ui.contactEdit.setText(setting_text(settings, "contact"))
        ui.logoEdit.setText(setting_text(settings, "logo"))
        self.set_colour(setting_text(settings, "colour", DEFAULT_COLOUR))
        ui.handoutSizeCombo.setCurrentIndex(max(0, ui.handoutSizeCombo.findData(setting_text(settings, "handoutSize", "A5"))))
        try:
            rows = int(setting_text(settings, "signUpRows", "14"))
        except ValueError:
            rows = 14
        ui.rowsSpin.setValue(rows)
        ui.thresholdSpin.setValue(remembered_threshold())
        self._show_publication()
        tab = setting_text(settings, "document", "0")
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
        text_colour = theme.WHITE if value.lightnessF() < 0.6 else theme.TEXT
        self.ui.colourButton.setText(self._colour)
        self.ui.colourButton.setStyleSheet(
            f"QPushButton {{ background: {self._colour}; color: {text_colour}; border: 1px solid {theme.FAINT}; "
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
        rendered = render_document(self.renderers[DOCUMENT_RENDERER[document]], document, self.current_content(),
                                   self.options(document), out)
        # What the renderer shortens or leaves out is shown above the preview (render_notices).
        self.poster_fit, self.render_notices = rendered.poster_fit, rendered.notices
        return rendered.pages


def _cm(millimetres: int) -> str:
    return f"{millimetres / 10:.1f}".replace(".", ",")


def open_poster_designer(database: Database, round_id: int, parent: QWidget | None = None,
                         renderers: Mapping[str, Renderer] | None = None) -> PosterDesigner:
    """The designer for one round: its public content is computed in short sessions by ``TentServices``."""
    services = TentServices(database, round_id)
    return PosterDesigner(services, parent, renderers=renderers, organisation=services.organisation())
