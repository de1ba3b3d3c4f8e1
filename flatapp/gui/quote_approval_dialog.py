"""Citaten beoordelen: the coordinator approves (after editing) or rejects the residents' stories of a round.

Only a story with the resident's consent is listed (``flatapp.services.quotes``); only an approved text is
public. The original text stays read-only beside the editable public text; while typing, the hints of
``identifying_hints`` (names? numbers?) and a character counter follow the text. Ctrl+Enter approves.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from flatapp.gui import theme
from flatapp.gui.conflicts import ConflictReloaded
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_quote_approval_dialog import Ui_QuoteApprovalDialog
from flatapp.gui.message_line import show_message
from flatapp.gui.row_table_model import RowTableModel
from flatapp.gui.runner import ServiceRunner
from flatapp.services.errors import UserError
from flatapp.services.quotes import (
    APPROVED,
    MAX_QUOTE_LENGTH,
    REJECTED,
    QuoteRow,
    approve_quote,
    identifying_hints,
    list_quotes,
    one_paragraph,
    reject_quote,
)
from flatapp.services.round_rows import dutch_moment
from flatapp.storage.database import Database

translate = QCoreApplication.translate

COL_STATUS, COL_TEXT = range(2)
PREVIEW_LENGTH = 90
# Shown in the list, translated in the "QuoteApproval" context (the Dutch text is STATUS_LABELS').
STATUS_TEXTS = {
    "new": QT_TRANSLATE_NOOP("QuoteApproval", "nog beoordelen"),
    APPROVED: QT_TRANSLATE_NOOP("QuoteApproval", "goedgekeurd"),
    REJECTED: QT_TRANSLATE_NOOP("QuoteApproval", "afgewezen"),
    "changed": QT_TRANSLATE_NOOP("QuoteApproval", "gewijzigd na beoordeling"),
}
STATUS_COLOURS = {"new": theme.WARNING, APPROVED: theme.OK, REJECTED: theme.FAINT, "changed": theme.ERROR}
OPEN_STATUSES = ("new", "changed")   # still waiting for the coordinator
ERROR_STYLE = theme.ERROR_STYLE
DONE_STYLE = theme.DONE_STYLE
HINT_STYLE = theme.box_style("warning")
CLEAN_STYLE = theme.text_style(theme.OK, extra="padding: 6px;")


def status_text(status: str) -> str:
    return translate("QuoteApproval", STATUS_TEXTS.get(status, STATUS_TEXTS["new"]))


class QuoteController:
    """The dialog's way to the quote services: one short session per read, one transaction per decision."""

    def __init__(self, database: Database, round_id: int):
        self.database = database
        self.runner = ServiceRunner(database)
        self.round_id = round_id

    def quotes(self) -> list[QuoteRow]:
        return self.runner.read(list_quotes, self.round_id)

    def approve(self, interview_id: int, text: str, version: int = 0) -> QuoteRow:
        return self.runner.write(approve_quote, interview_id, text, version)

    def reject(self, interview_id: int, version: int = 0) -> QuoteRow:
        return self.runner.write(reject_quote, interview_id, version)


class QuoteTableModel(RowTableModel):
    headers = (QT_TRANSLATE_NOOP("QuoteApproval", "Status"), QT_TRANSLATE_NOOP("QuoteApproval", "Verhaal"))
    context = "QuoteApproval"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: QuoteRow = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_STATUS:
                return status_text(row.status)
            text = row.public_text if row.status == APPROVED else row.source_text
            return text if len(text) <= PREVIEW_LENGTH else text[:PREVIEW_LENGTH].rstrip() + "…"
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return row.source_text
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS.get(row.status, theme.TEXT)))
        return None

    def row_of(self, interview_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows()) if row.interview_id == interview_id), None)


class QuoteApprovalDialog(RememberingDialog):
    """The stories of one round: pick one, edit its public text, approve (Ctrl+Enter) or reject."""

    settings_key = "quote_approval"

    def __init__(self, database: Database, round_id: int, round_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = QuoteController(database, round_id)
        self.ui = Ui_QuoteApprovalDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if round_name:
            self.setWindowTitle(translate("QuoteApproval", "Citaten beoordelen – {round}").format(round=round_name))
        self._drafts: dict[int, str] = {}        # edited texts not yet decided, kept while the dialog is open
        self._current: QuoteRow | None = None
        self._filling = False

        self.model = QuoteTableModel(self)
        table = ui.quoteTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._row_changed)

        ui.introLabel.setStyleSheet(theme.QUIET_STYLE)
        ui.emptyLabel.setStyleSheet(theme.text_style(theme.QUIET, size_pt=12, extra="padding: 24px;"))
        ui.summaryLabel.setStyleSheet(theme.QUIET_STYLE)
        ui.keysLabel.setStyleSheet(theme.text_style(theme.FAINT))
        ui.decisionLabel.setStyleSheet(theme.QUIET_STYLE)
        ui.originalEdit.setStyleSheet(f"QPlainTextEdit {{ background: {theme.SUBTLE}; color: {theme.TEXT}; }}")
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([480, 520])
        ui.approveButton.setToolTip(translate("QuoteApproval", "Deze tekst mag op de poster (Ctrl+Enter)"))
        ui.rejectButton.setToolTip(translate("QuoteApproval", "Dit verhaal komt niet op de poster"))

        ui.publicEdit.textChanged.connect(self._text_changed)
        ui.approveButton.clicked.connect(self.approve_current)
        ui.rejectButton.clicked.connect(self.reject_current)
        ui.closeButton.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.approve_current)
        self.reload()
        first_open = next((i for i, row in enumerate(self.model.rows()) if row.status in OPEN_STATUSES), 0)
        self._select_row(first_open)
        ui.publicEdit.setFocus()

    # --- the list -----------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        try:
            rows = self.controller.quotes()
        except UserError as error:
            rows = []
            self._show_error(str(error))
        self.model.set_rows(rows)
        self.ui.stack.setCurrentWidget(self.ui.workPage if rows else self.ui.emptyPage)
        self.ui.keysLabel.setVisible(bool(rows))
        counts = {status: sum(1 for row in rows if row.status == status) for status in STATUS_TEXTS}
        self.ui.summaryLabel.setText(translate(
            "QuoteApproval", "{total} verhalen: {open} nog te beoordelen, {approved} goedgekeurd, "
            "{rejected} afgewezen").format(total=len(rows), open=counts["new"] + counts["changed"],
                                           approved=counts[APPROVED], rejected=counts[REJECTED]))
        if keep is not None:
            row = self.model.row_of(keep)
            self._select_row(row if row is not None else 0)
        elif not rows:
            self._show_quote(None)

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._show_quote(None)
            return
        index = self.model.index(row, COL_TEXT)
        self.ui.quoteTable.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.quoteTable.scrollTo(index)
        self._show_quote(self.model.row_at(row))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._filling:
            self._show_quote(self.model.row_at(current.row()))

    def current_quote(self) -> QuoteRow | None:
        return self._current

    # --- the selected story -------------------------------------------------------------------
    def _show_quote(self, row: QuoteRow | None) -> None:
        ui = self.ui
        self._current = row
        self._filling = True
        try:
            ui.originalEdit.setPlainText(row.source_text if row else "")
            if row is None:
                text = ""
            elif row.interview_id in self._drafts:
                text = self._drafts[row.interview_id]
            elif row.status == APPROVED:
                text = row.public_text
            else:   # new, rejected, or corrected after the decision: start again from what was told
                text = row.source_text
            ui.publicEdit.setPlainText(text)
        finally:
            self._filling = False
        for widget in (ui.publicEdit, ui.approveButton, ui.rejectButton):
            widget.setEnabled(row is not None)
        ui.decisionLabel.setText(self._decision_text(row))
        ui.decisionLabel.setVisible(bool(ui.decisionLabel.text()))
        self._update_checks()

    def _decision_text(self, row: QuoteRow | None) -> str:
        if row is None or row.status == "new":
            return ""
        when = dutch_moment(row.decided_at)
        who = row.decided_by or "?"
        if row.status == "changed":
            earlier = row.public_text or translate("QuoteApproval", "(afgewezen)")
            return translate("QuoteApproval", "Het verhaal is gecorrigeerd na de beoordeling door {who} op {when}; "
                             "de oude beslissing telt niet meer. Eerder goedgekeurde tekst: {earlier}").format(
                who=who, when=when, earlier=earlier)
        if row.status == APPROVED:
            return translate("QuoteApproval", "Goedgekeurd door {who} op {when}.").format(who=who, when=when)
        return translate("QuoteApproval", "Afgewezen door {who} op {when}.").format(who=who, when=when)

    def _text_changed(self) -> None:
        if self._filling:
            return
        if self._current is not None:
            self._drafts[self._current.interview_id] = self.ui.publicEdit.toPlainText()
        self._update_checks()

    def _update_checks(self) -> None:
        ui = self.ui
        text = ui.publicEdit.toPlainText()
        length = len(one_paragraph(text))
        ui.counterLabel.setText(translate("QuoteApproval", "{count} / {limit} tekens").format(
            count=length, limit=MAX_QUOTE_LENGTH))
        ui.counterLabel.setStyleSheet(ERROR_STYLE if length > MAX_QUOTE_LENGTH else theme.QUIET_STYLE)
        if self._current is None:
            ui.hintsLabel.clear()
            ui.hintsLabel.hide()
            return
        hints = identifying_hints(text)
        ui.hintsLabel.show()
        if hints:
            show_message(ui.hintsLabel, "warning", translate("QuoteApproval", "Let op:") + "\n" + "\n".join(f"• {hint}" for hint in hints))
        else:
            ui.hintsLabel.setStyleSheet(CLEAN_STYLE)
            ui.hintsLabel.setText(translate("QuoteApproval", "Geen getallen, adressen of namen gevonden. "
                                            "Lees de tekst toch zelf na."))

    def hint_texts(self) -> list[str]:
        return identifying_hints(self.ui.publicEdit.toPlainText()) if self._current else []

    # --- deciding -----------------------------------------------------------------------------
    def approve_current(self) -> bool:
        row = self._current
        if row is None:
            return False
        try:
            decided = self.controller.approve(row.interview_id, self.ui.publicEdit.toPlainText(), row.version)
        except ConflictReloaded as error:       # the other's decision stands: show it
            self._drafts.pop(row.interview_id, None)
            self.reload()
            self._show_error(str(error))
            return False
        except UserError as error:
            self._show_error(str(error))
            return False
        self._decided(decided, translate("QuoteApproval", "Goedgekeurd: “{text}”").format(
            text=_short(decided.public_text)))
        return True

    def reject_current(self) -> bool:
        row = self._current
        if row is None:
            return False
        try:
            decided = self.controller.reject(row.interview_id, row.version)
        except ConflictReloaded as error:
            self._drafts.pop(row.interview_id, None)
            self.reload()
            self._show_error(str(error))
            return False
        except UserError as error:
            self._show_error(str(error))
            return False
        self._decided(decided, translate("QuoteApproval", "Afgewezen: dit verhaal komt niet op de poster."))
        return True

    def _decided(self, decided: QuoteRow, message: str) -> None:
        self._drafts.pop(decided.interview_id, None)
        position = self.model.row_of(decided.interview_id) or 0
        self.reload()
        rows = self.model.rows()
        # On to the next story that still waits (after this one, then from the top), else stay here.
        order = list(range(position + 1, len(rows))) + list(range(0, position + 1))
        following = next((i for i in order if rows[i].status in OPEN_STATUSES), None)
        self._select_row(following if following is not None else min(position, len(rows) - 1))
        self._show_done(message)
        self.ui.publicEdit.setFocus()

    def _show_error(self, text: str) -> None:
        show_message(self.ui.messageLabel, "error", text)

    def _show_done(self, text: str) -> None:
        show_message(self.ui.messageLabel, "ok", text)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
