"""The correction history of one complete paper form: who changed which answer, when, from what to what,
and for a scanned form the scan page each answer came from (with the page itself on request).

The rows come from ``flatapp.services.interviews.history``; answers are shown as a person reads them
(option labels, not codes; lists joined with ', '; home codes as they are).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flatapp.domain.questionnaire import CHOICE_TYPES, Question, Questionnaire
from flatapp.gui import theme
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_interview_history import Ui_InterviewHistoryDialog
from flatapp.gui.row_table_model import RowTableModel
from flatapp.services.interviews import REASON_CORRECTION, REASON_DOUBLE_ENTRY, REASON_IMPORT, ChangeRow
from flatapp.services.round_rows import dutch_moment

translate = QCoreApplication.translate

CONTEXT = "InterviewHistory"
COL_AT, COL_USER, COL_QUESTION, COL_OLD, COL_NEW, COL_REASON = range(6)
SHORT_QUESTION = 48
# The reasons are stored in Dutch; shown translated.
REASONS = {
    REASON_CORRECTION: QT_TRANSLATE_NOOP("InterviewHistory", "correctie"),
    REASON_DOUBLE_ENTRY: QT_TRANSLATE_NOOP("InterviewHistory", "dubbele invoer"),
    REASON_IMPORT: QT_TRANSLATE_NOOP("InterviewHistory", "import"),
}


@dataclass(frozen=True)
class HistoryLine:
    at: str            # '25-11-2026 19:42', local time
    user: str
    question: str      # 'KN1 Hoeveel buren kent u…'
    question_text: str  # the whole question (tooltip)
    old: str
    new: str
    reason: str


def answer_text(question: Question | None, value: object) -> str:
    """An answer as a person reads it: option labels, lists joined with ', ', home codes as they are."""
    if value is None or value == [] or value == "":
        return translate("InterviewHistory", "(geen antwoord)")
    if question is not None and question.type in CHOICE_TYPES:
        codes = value if isinstance(value, list) else [value]
        return ", ".join(_option_label(question, code) for code in codes)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _option_label(question: Question, code: object) -> str:
    try:
        return question.option_label(int(code))
    except (KeyError, TypeError, ValueError):
        return str(code)              # a code the questionnaire no longer knows: shown as stored


def history_lines(changes: list[ChangeRow], questionnaire: Questionnaire) -> list[HistoryLine]:
    by_code = {question.code: question for question in questionnaire.questions()}
    lines = []
    for change in changes:
        question = by_code.get(change.question)
        text = question.text if question is not None else ""
        short = text if len(text) <= SHORT_QUESTION else text[:SHORT_QUESTION].rstrip() + "…"
        reason = translate("InterviewHistory", REASONS[change.reason]) if change.reason in REASONS else change.reason
        lines.append(HistoryLine(
            at=dutch_moment(change.at), user=change.user, question=f"{change.question} {short}".strip(),
            question_text=text, old=answer_text(question, change.old_value),
            new=answer_text(question, change.new_value), reason=reason))
    return lines


class HistoryTableModel(RowTableModel):
    headers = (
        QT_TRANSLATE_NOOP("InterviewHistory", "Datum en tijd"), QT_TRANSLATE_NOOP("InterviewHistory", "Door"),
        QT_TRANSLATE_NOOP("InterviewHistory", "Vraag"), QT_TRANSLATE_NOOP("InterviewHistory", "Oud antwoord"),
        QT_TRANSLATE_NOOP("InterviewHistory", "Nieuw antwoord"), QT_TRANSLATE_NOOP("InterviewHistory", "Reden"),
    )
    context = CONTEXT

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line: HistoryLine = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (line.at, line.user, line.question, line.old, line.new, line.reason)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_QUESTION:
                return line.question_text or None
            if column in (COL_OLD, COL_NEW):
                return line.old if column == COL_OLD else line.new
        return None

    def texts(self) -> list[tuple[str, ...]]:
        """Every row as shown (for tests)."""
        return [tuple(self.data(self.index(r, c)) for c in range(self.columnCount()))
                for r in range(self.rowCount())]


@dataclass(frozen=True)
class SourceLine:
    """One scanned answer as the sources table shows it."""

    question: str        # 'KN2 Welke buren zijn dat?…'
    page: str            # 'pagina 1 (stapel.pdf p. 1)'
    at: str              # when the stack was read
    how: str             # 'de scanner' / 'nagekeken door een mens'
    page_id: int


def source_lines(sources: list, questionnaire: Questionnaire) -> list[SourceLine]:
    texts = {question.code: question.text for question in questionnaire.questions()}
    how = {"machine": translate("InterviewHistory", "de scanner"),
           "person": translate("InterviewHistory", "nagekeken door een mens")}
    lines = []
    for source in sources:
        text = texts.get(source.question, "")
        short = text if len(text) <= SHORT_QUESTION else text[:SHORT_QUESTION].rstrip() + "…"
        lines.append(SourceLine(
            f"{source.question} {short}".strip(),
            translate("InterviewHistory", "pagina {page} ({source})").format(page=source.page_number,
                                                                             source=source.source),
            dutch_moment(source.scanned_at), how.get(source.how, source.how), source.page_id))
    return lines


class SourceTableModel(RowTableModel):
    headers = (
        QT_TRANSLATE_NOOP("InterviewHistory", "Vraag"), QT_TRANSLATE_NOOP("InterviewHistory", "Scanpagina"),
        QT_TRANSLATE_NOOP("InterviewHistory", "Ingelezen op"), QT_TRANSLATE_NOOP("InterviewHistory", "Gelezen door"),
    )
    context = CONTEXT

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        line: SourceLine = self.row_at(index.row())
        return (line.question, line.page, line.at, line.how)[index.column()]


class InterviewHistoryDialog(RememberingDialog):
    """Read-only: the corrections of the form that is open, oldest first."""

    settings_key = "interview_history"

    def __init__(self, changes: list[ChangeRow], questionnaire: Questionnaire, form_label: str,
                 parent: QWidget | None = None, sources: list | None = None,
                 page_image: Callable[[int], bytes] | None = None):
        super().__init__(parent)
        self.sources = list(sources or [])
        self.page_image = page_image
        self.ui = Ui_InterviewHistoryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = HistoryTableModel(self)
        self.model.set_rows(history_lines(changes, questionnaire))
        table = ui.historyTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setStyleSheet("QTableView::item { padding: 2px 8px; }")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)   # never clipped: a long
        header.setStretchLastSection(True)                                      # answer scrolls instead
        ui.introLabel.setText(translate("InterviewHistory", "Correcties van het afgeronde formulier van {form}, "
                                        "oudste eerst.").format(form=form_label))
        empty = not changes
        table.setVisible(not empty)
        ui.emptyLabel.setVisible(empty)
        ui.emptyLabel.setStyleSheet(theme.text_style(theme.QUIET, size_pt=11, extra="padding: 12px 0;"))
        if empty:
            ui.introLabel.hide()
            self.resize(560, 160)
        if self.sources:
            self._add_sources(questionnaire)
        ui.buttonBox.rejected.connect(self.reject)
        table.setFocus()

    def _add_sources(self, questionnaire: Questionnaire) -> None:
        """Which scan page each scanned answer came from, and a button to see that page."""
        heading = QLabel(translate("InterviewHistory", "Bron van de antwoorden: de gescande pagina's"), self)
        heading.setStyleSheet(theme.text_style(theme.TEXT, bold=True))
        self.source_model = SourceTableModel(self)
        self.source_model.set_rows(source_lines(self.sources, questionnaire))
        self.source_table = table = QTableView(self)
        table.setModel(self.source_model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectRow(0)
        table.activated.connect(lambda _index: self.show_page())
        self.page_button = QPushButton(translate("InterviewHistory", "Pagina &bekijken"), self)
        self.page_button.setEnabled(self.page_image is not None)
        self.page_button.clicked.connect(self.show_page)
        layout = self.ui.mainLayout
        at = layout.indexOf(self.ui.buttonBox)
        for offset, widget in enumerate((heading, table, self.page_button)):
            layout.insertWidget(at + offset, widget)
        self.ui.emptyLabel.setText(translate("InterviewHistory", "Dit formulier is na het afronden niet "
                                             "gecorrigeerd."))
        self.resize(max(self.width(), 900), 560)

    def show_page(self) -> None:
        """The scan page of the selected answer, whole."""
        row = self.source_table.currentIndex().row()
        if self.page_image is None or row < 0:
            return
        line: SourceLine = self.source_model.row_at(row)
        pixmap = QPixmap()
        pixmap.loadFromData(self.page_image(line.page_id))
        viewer = QDialog(self)
        viewer.setWindowTitle(line.page)
        layout = QVBoxLayout(viewer)
        scroll = QScrollArea(viewer)
        image = QLabel(viewer)
        image.setPixmap(pixmap)
        scroll.setWidget(image)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, viewer)
        buttons.rejected.connect(viewer.reject)
        layout.addWidget(buttons)
        viewer.resize(760, 900)
        self.page_viewer = viewer             # for tests: the page on show
        try:
            viewer.exec()
        finally:
            self.page_viewer = None
            viewer.deleteLater()
