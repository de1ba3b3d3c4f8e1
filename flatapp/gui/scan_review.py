"""The scan review: what a scanned stack left for a person, one item at a time, by keyboard.

- an uncertain box: the crop and the machine's reading. Enter accepts the proposal; an option's key (1, 2, …,
  ?) gives the answer (a single choice moves on at once; a multiple choice toggles, then Enter); Space
  toggles the uncertain box;
- a handwritten field: the crop beside an input field; type what it shows, Enter;
- a page that could not be identified: the page and why; type the home (code or house number), Enter, or
  Overslaan (Alt+O);
- Later (Ctrl+→) leaves an item for another time.
When a form has nothing left it is completed through the interview service's checks; a failing check is said,
and "Formulier openen" takes the coordinator to that form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flatapp.domain.answers import DONT_KNOW
from flatapp.domain.tiers import Tier
from flatapp.gui import theme
from flatapp.gui.message_line import MessageLine
from flatapp.gui.runner import ServiceRunner, error_line

translate = QCoreApplication.translate
CROP_WIDTH = 520            # a box or field crop is shown at this width (crops are small: enlarged to read)
PAGE_HEIGHT = 560           # an unreadable page is shown whole at this height


def answer_label(options: tuple[tuple[str, str], ...], value: object) -> str:
    """A proposal or answer as a person reads it: '2 Mee eens', '1 Ja, 3 Boodschappen', 'geen antwoord'."""
    if value is None or value == []:
        return translate("ScanReviewDialog", "geen antwoord")
    labels = dict(options)
    values = value if isinstance(value, list) else [value]
    return ", ".join(f"{v} {labels.get(str(v), '')}".strip() for v in values)


class Picture(QLabel):
    """A crop enlarged to CROP_WIDTH, or a whole page as tall as the frame allows: fitted again whenever the
    frame changes size (the intake's summary below it takes room after the first item is shown)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.source: QPixmap | None = None
        self.whole_page = False

    def show_picture(self, pixmap: QPixmap, whole_page: bool) -> None:
        self.source, self.whole_page = pixmap, whole_page
        self._fit()

    def clear(self) -> None:
        self.source = None
        super().clear()

    def resizeEvent(self, event) -> None:     # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.source is not None:
            self._fit()

    def _fit(self) -> None:
        smooth = Qt.TransformationMode.SmoothTransformation
        if self.whole_page:
            height = max(160, min(PAGE_HEIGHT, self.contentsRect().height()))
            self.setPixmap(self.source.scaledToHeight(height, smooth))
        else:
            self.setPixmap(self.source.scaledToWidth(min(CROP_WIDTH, max(160, self.contentsRect().width())), smooth))


class ScanReviewDialog(QDialog):
    """Goes through the round's open review items; every decision is saved at once (one transaction)."""

    openForm = Signal(int)          # home id: the coordinator finishes this form in the form entry

    def __init__(self, runner: ServiceRunner, round_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.round_id = runner, round_id
        self.setWindowTitle(self.tr("Scans nakijken"))
        self.items: list = []
        self.selection: object = None
        self.completed: list[str] = []          # home codes completed in this review
        self.waiting: dict[int, str] = {}       # home id → why its form waits for the coordinator
        self._build()
        self.reload()

    # --- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setStyleSheet(theme.text_style(theme.TEXT, bold=True, size_pt=12))
        layout.addWidget(self.header)
        tier = QLabel(Tier.CONFIDENTIAL.line, self)       # handwriting, names and home codes of residents
        tier.setStyleSheet(theme.text_style(theme.WARNING, bold=True))
        layout.addWidget(tier)
        body = QHBoxLayout()
        self.crop = Picture(self)
        # At the top, level with the question beside it: the eye goes from the paper to the choices.
        self.crop.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.crop.setMinimumSize(CROP_WIDTH + 20, 160)
        self.crop.setStyleSheet(f"background: {theme.WHITE}; border: 1px solid {theme.LINE_STRONG}; padding: 8px;")
        body.addWidget(self.crop, 3)
        side = QVBoxLayout()
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet(theme.text_style(theme.TEXT, size_pt=11))
        self.reading = QLabel(self)
        self.reading.setWordWrap(True)
        self.reading.setStyleSheet(theme.QUIET_STYLE)
        self.choices = QLabel(self)
        self.choices.setWordWrap(True)
        self.choices.setTextFormat(Qt.TextFormat.RichText)
        self.choices.setStyleSheet(theme.text_style(theme.TEXT, size_pt=12))
        self.input = QLineEdit(self)
        self.keys = QLabel(self)
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet(theme.text_style(theme.FAINT))
        for widget in (self.question, self.reading, self.choices, self.input, self.keys):
            side.addWidget(widget)
        side.addStretch(1)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)
        self.message = MessageLine(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.later_button = QPushButton(self.tr("Later (Ctrl+→)"), self)
        self.skip_button = QPushButton(self.tr("&Overslaan"), self)
        self.form_button = QPushButton(self.tr("&Formulier openen"), self)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        for button, role in ((self.later_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.skip_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.form_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.close_button, QDialogButtonBox.ButtonRole.RejectRole)):
            button.setAutoDefault(False)
            buttons.addButton(button, role)
        self.later_button.clicked.connect(self.later)
        self.skip_button.clicked.connect(self.skip_page)
        self.form_button.clicked.connect(self._open_waiting_form)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Right"), self, self.later)
        layout.addWidget(buttons)
        self.resize(980, 640)

    # --- the items --------------------------------------------------------------------------------
    def reload(self) -> None:
        from flatapp.scanning.review import review_items

        try:
            self.items = self.runner.read(review_items, self.round_id)
        except Exception as error:       # one Dutch line, the dialog stays usable
            self.items = []
            self.message.show_error(error_line(error))
        self._show()

    @property
    def current(self):
        return self.items[0] if self.items else None      # a queue: Later puts an item at the back

    def _show(self) -> None:
        item = self.current
        self.form_button.setVisible(bool(self.waiting))
        if item is None:
            self._show_done()
            return
        where = item.home_code and self.tr("woning {code}, pagina {page}").format(code=item.home_code,
                                                                                  page=item.page_number)
        # The header counts what is still open.
        left = (self.tr("Nog 1 punt na te kijken") if len(self.items) == 1
                else self.tr("Nog {n} punten na te kijken").format(n=len(self.items)))
        self.header.setText(f"{left} · {where + ' · ' if where else ''}{item.source}")
        self.input.clear()
        self.skip_button.setVisible(item.kind == "page")
        self.later_button.setVisible(True)
        if item.kind == "page":
            # The whole page, as tall as the frame allows (the intake summary may take room below it).
            self._show_image(self._page_image(item.page_id), whole_page=True)
            self.question.setText(self.tr("Deze pagina is niet herkend."))
            self.reading.setText(self.tr("Waarom: {why}").format(why=item.label))
            self.choices.clear()
            self.input.setPlaceholderText(self.tr("woning (code of huisnummer)"))
            self.input.show()
            self.keys.setText(self.tr("Typ de woning en Enter: de pagina hoort bij dat formulier (typ de antwoorden "
                                  "daar). Of Overslaan (Alt+O)."))
            self.input.setFocus()
            return
        self._show_image(item.crop)
        if item.kind == "field":
            self.question.setText(f"{item.target} {item.label}")
            self.reading.setText(self.tr("Handgeschreven: typ wat u ziet."))
            self.choices.clear()
            self.input.setPlaceholderText(self.tr("wat er staat"))
            self.input.show()
            self.keys.setText(self.tr("Enter: opslaan (leeg: geen antwoord)."))
            self.input.setFocus()
            return
        self.selection = item.proposal
        door = item.question_type == "door"
        self.question.setText(self.tr("Woning {code}: welke uitkomst?").format(code=item.target) if door
                              else item.label)
        self.reading.setText(self.tr("De machine leest: {reason}; voorstel: {proposal}").format(
            reason=item.reason or self.tr("onzeker"), proposal=answer_label(item.options, item.proposal)))
        self.input.hide()
        multiple = item.question_type == "multiple"
        self.keys.setText(self.tr("Enter: voorstel goed · een cijfer: {what} · spatie: onzeker vakje aan/uit").format(
            what=self.tr("aan/uit") if multiple else self.tr("dat antwoord")))
        self._show_choices()
        self.setFocus()

    def _show_choices(self) -> None:
        item = self.current
        chosen = self.selection if isinstance(self.selection, list) else [self.selection]
        uncertain = {value for value, state, _ink in item.boxes if state == "uncertain"}
        lines = []
        for key, label in item.options:
            mark = "☒" if any(str(c) == key for c in chosen if c is not None) else "☐"
            text = f"{mark} <b>{key}</b> {label}"
            if key in uncertain:
                text += " " + self.tr("(onzeker)")
            lines.append(text)
        self.choices.setText("<br>".join(lines))

    def _show_image(self, png: bytes, whole_page: bool = False) -> None:
        pixmap = QPixmap()
        if not png or not pixmap.loadFromData(png):
            self.crop.clear()
            self.crop.setText(self.tr("(geen afbeelding)"))
            return
        self.crop.show_picture(pixmap, whole_page)

    def _page_image(self, page_id: int) -> bytes:
        from flatapp.scanning.review import page_image

        try:
            return self.runner.read(page_image, page_id)
        except Exception as error:
            self.message.show_error(error_line(error))
            return b""

    def _show_done(self) -> None:
        self.header.setText(self.tr("Alles nagekeken"))
        self.crop.clear()
        self.question.setText(self.tr("Er wacht niets meer op u."))
        self.reading.setText(self.tr("Afgerond in deze ronde van nakijken: {codes}").format(
            codes=", ".join(self.completed) or "-"))
        self.choices.clear()
        self.input.hide()
        self.keys.setText(self.tr("Esc: sluiten."))
        self.skip_button.hide()
        self.later_button.hide()
        self.close_button.setFocus()

    # --- deciding ---------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        item = self.current
        key, text = event.key(), event.text()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
        if item is not None and item.kind != "box" and enter:
            self._input_entered()           # the input field passes Enter on (QLineEdit ignores it)
            return
        if item is None or item.kind != "box" or self.input.hasFocus():
            super().keyPressEvent(event)
            return
        if enter:
            self._decide(self.selection)
        elif key == Qt.Key.Key_Space:
            uncertain = [value for value, state, _ink in item.boxes if state == "uncertain"]
            if uncertain:
                self._toggle(uncertain[0])
        elif text and text in dict(item.options):
            if item.question_type == "multiple":
                self._toggle(text)
            else:
                self._decide(self._value(text))
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _value(key: str) -> object:
        return DONT_KNOW if key == DONT_KNOW else int(key)

    def _toggle(self, key: str) -> None:
        value = self._value(key)
        if self.current.question_type == "multiple":
            chosen = [v for v in (self.selection or []) if v != DONT_KNOW] if isinstance(self.selection, list) else []
            chosen = [v for v in chosen if v != value] if value in chosen else sorted([*chosen, value], key=str)
            self.selection = chosen or None
        else:
            self.selection = None if self.selection == value else value
        self._show_choices()

    def _decide(self, answer: object) -> None:
        from flatapp.scanning.review import resolve_item

        if isinstance(answer, list):
            answer = sorted(answer)
        self._run(resolve_item, self.current.id, answer)

    def _input_entered(self) -> None:
        from flatapp.scanning.review import assign_page, resolve_item

        item = self.current
        if item is None:
            return
        if item.kind == "page":
            if not self.input.text().strip():
                self.message.show_info(self.tr("Typ de woning van deze pagina, of kies Overslaan (Alt+O)."))
                return
            self._run(assign_page, item.id, self.input.text(), said=translate("ScanReviewDialog",
                "Pagina toegewezen aan woning {code}; typ de antwoorden van die pagina in het formulier."))
        else:
            self._run(resolve_item, item.id, self.input.text())

    def skip_page(self) -> None:
        from flatapp.scanning.review import skip_page

        if self.current is not None and self.current.kind == "page":
            self._run(skip_page, self.current.id)

    def later(self) -> None:
        if self.current is not None:
            self.items.append(self.items.pop(0))
            self.message.clear()
            self._show()

    def _run(self, function, *args, said: str = "") -> None:
        try:
            result = self.runner.write(function, *args)
        except Exception as error:       # a refused text or a changed item: said, the item stays
            self.message.show_error(error_line(error))
            return
        self.items.pop(0)
        self._said(result, said)
        self._show()

    def _said(self, result, said: str) -> None:
        if said:
            self.message.show_info(said.format(code=result.home_code))
        elif result is None:
            self.message.show_info(self.tr("Pagina overgeslagen."))
        elif result.completed:
            self.completed.append(result.home_code)
            self.waiting.pop(result.home_id, None)
            self.message.show_ok(self.tr("Formulier van woning {code} afgerond.").format(code=result.home_code))
        elif result.waiting:
            self.waiting[result.home_id] = result.waiting
            self.message.show_warning(self.tr("Formulier van woning {code} is nog niet af: {why} Het staat als "
                                          "concept klaar; Formulier openen (Alt+F).").format(
                code=result.home_code, why=result.waiting))
        else:
            self.message.clear()

    def _open_waiting_form(self) -> None:
        if self.waiting:
            home_id = next(iter(self.waiting))
            self.openForm.emit(home_id)
            self.accept()
