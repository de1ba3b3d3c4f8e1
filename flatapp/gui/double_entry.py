"""Double entry: a second typist types a sample of the paper forms again, blind; then only the
fields that differ are shown side by side and the coordinator picks the right value (keys 1 / 2).

The sample is typed in the same entry form (``InterviewEntryWidget`` in "verify" mode: the first
answers stay hidden, nothing is saved as a draft, Ctrl+Enter stores the second entry).
``DoubleEntryController`` calls the services, one transaction per call.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from flatapp.domain.questionnaire import Questionnaire, QuestionType
from flatapp.gui import theme
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_double_entry import Ui_DoubleEntryDialog
from flatapp.gui.interview_form import InterviewEntryWidget
from flatapp.gui.runner import ServiceRunner
from flatapp.services import double_entry, interviews
from flatapp.services.double_entry import Difference, DoubleEntryStats
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.interviews import AnswersInvalid, InterviewRow
from flatapp.services.questionnaires import questionnaire_for_round
from flatapp.services.rounds import get_round
from flatapp.storage.database import Database

translate = QCoreApplication.translate

SAMPLE_TAB, ENTRY_TAB, COMPARE_TAB = 0, 1, 2
FIRST, SECOND = 1, 2
ERROR_STYLE = theme.text_style(theme.ERROR, bold=True, extra="font-size: 16px;")
OK_STYLE = theme.text_style(theme.OK, bold=True, extra="font-size: 16px;")
CHOSEN = QColor(theme.SELECTED_BG)


# --- the controller -----------------------------------------------------------------------------
class DoubleEntryController:
    def __init__(self, database: Database, round_id: int):
        self.database = database
        self.runner = ServiceRunner(database)
        self.round_id = round_id

    def load(self) -> tuple[Questionnaire, list[HomeRow]]:
        def load(session) -> tuple[Questionnaire, list[HomeRow]]:
            return (questionnaire_for_round(session, self.round_id),
                    list_home_rows(session, get_round(session, self.round_id).building_id))

        return self.runner.read(load)

    def pick_sample(self, share: float) -> list[InterviewRow]:
        def pick(session) -> list[InterviewRow]:
            return [interviews.get_interview(session, i)
                    for i in double_entry.pick_sample(session, self.round_id, share)]

        return self.runner.read(pick)

    def open_differences(self) -> list[tuple[InterviewRow, list[Difference]]]:
        """Every complete interview of the round with differences still to resolve."""
        def differing(session) -> list[tuple[InterviewRow, list[Difference]]]:
            found = []
            for row in interviews.list_interviews(session, self.round_id, status=interviews.COMPLETE):
                differences = double_entry.differences(session, row.id)
                if differences:
                    found.append((row, differences))
            return found

        return self.runner.read(differing)

    def resolve(self, interview_id: int, chosen: dict[str, object]) -> None:
        self.runner.write(double_entry.resolve, interview_id, chosen)

    def stats(self) -> DoubleEntryStats:
        return self.runner.read(double_entry.double_entry_stats, self.round_id)


# --- the comparison table -----------------------------------------------------------------------
@dataclass
class DifferenceItem:
    interview_id: int
    home_code: str
    difference: Difference
    chosen: int | None = None      # FIRST, SECOND or None


class DifferenceModel(QAbstractTableModel):
    """One row per differing field: home, question, first entry, second entry, choice."""

    COL_HOME, COL_QUESTION, COL_FIRST, COL_SECOND, COL_CHOICE = range(5)

    def __init__(self, questionnaire: Questionnaire, homes: list[HomeRow], parent: QObject | None = None):
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.numbers = {home.code: home.number_label for home in homes}
        self.items: list[DifferenceItem] = []

    def set_items(self, items: list[DifferenceItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("DoubleEntryDialog", "Woning"), translate("DoubleEntryDialog", "Vraag"),
                translate("DoubleEntryDialog", "1  Eerste invoer"), translate("DoubleEntryDialog", "2  Tweede invoer"),
                translate("DoubleEntryDialog", "Gekozen"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_HOME:
                return item.home_code
            if column == self.COL_QUESTION:
                return f"{item.difference.question}  {item.difference.text}"
            if column == self.COL_FIRST:
                return self.show(item.difference.question, item.difference.first)
            if column == self.COL_SECOND:
                return self.show(item.difference.question, item.difference.second)
            if item.chosen is None:
                return translate("DoubleEntryDialog", "nog kiezen")
            return "1" if item.chosen == FIRST else "2"
        picked = (column == self.COL_FIRST and item.chosen == FIRST) or (
            column == self.COL_SECOND and item.chosen == SECOND)
        if role == Qt.ItemDataRole.BackgroundRole and picked:
            return QBrush(CHOSEN)
        if role == Qt.ItemDataRole.FontRole and column == self.COL_CHOICE and item.chosen is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_QUESTION:
            return item.difference.text
        return None

    def show(self, code: str, value: object) -> str:
        """A value as the coordinator reads it on paper: '2 (3 tot en met 5 buren)', house numbers."""
        if value is None:
            return translate("DoubleEntryDialog", "— (leeg)")
        try:
            question = self.questionnaire.question(code)
        except KeyError:
            return str(value)
        if question.type is QuestionType.HOMES and isinstance(value, list):
            return ", ".join(self.numbers.get(str(v), str(v)) for v in value)
        if question.type is QuestionType.MULTIPLE and isinstance(value, list):
            return ", ".join(f"{v} {_label(question, v)}" for v in value)
        if isinstance(value, int) and question.type is not QuestionType.NUMBER:
            return f"{value} {_label(question, value)}"
        return str(value)

    def choose(self, row: int, which: int | None) -> None:
        if 0 <= row < len(self.items):
            self.items[row].chosen = which
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def choices(self) -> dict[int, dict[str, object]]:
        """Interview id → {question: chosen value}, only for interviews whose every row is chosen."""
        by_interview: dict[int, list[DifferenceItem]] = {}
        for item in self.items:
            by_interview.setdefault(item.interview_id, []).append(item)
        result = {}
        for interview_id, items in by_interview.items():
            if all(item.chosen is not None for item in items):
                result[interview_id] = {
                    item.difference.question: (item.difference.first if item.chosen == FIRST
                                               else item.difference.second) for item in items}
        return result


def _label(question, code: object) -> str:
    try:
        return f"({question.option_label(code)})"
    except (KeyError, TypeError):
        return ""


# --- the dialog ---------------------------------------------------------------------------------
class DoubleEntryDialog(RememberingDialog):
    """Choose a sample, type it again blind, then resolve the differences."""

    settings_key = "double_entry"

    def __init__(self, database: Database, round_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DoubleEntryDialog()
        self.ui.setupUi(self)
        self.controller = DoubleEntryController(database, round_id)
        self.round_id = round_id
        self.questionnaire, self.homes = self.controller.load()
        self.sample: list[InterviewRow] = []
        self.typed: dict[int, int] = {}          # interview id → differences found
        ui = self.ui
        font = QFont(self.font())
        font.setPixelSize(16)
        self.setFont(font)
        self.entry = InterviewEntryWidget(database, round_id, ui.entryPage, mode="verify")
        ui.entryLayout.addWidget(self.entry, 1)
        self.entry.verified.connect(self._verified)
        self.model = DifferenceModel(self.questionnaire, self.homes, self)
        table = ui.differenceTable
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(DifferenceModel.COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (DifferenceModel.COL_HOME, DifferenceModel.COL_FIRST, DifferenceModel.COL_SECOND,
                       DifferenceModel.COL_CHOICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.installEventFilter(self)
        ui.rateTable.setColumnCount(3)
        ui.rateTable.setHorizontalHeaderLabels([
            translate("DoubleEntryDialog", "Vraag"), translate("DoubleEntryDialog", "Verschillend"),
            translate("DoubleEntryDialog", "Foutpercentage")])
        ui.rateTable.verticalHeader().hide()
        ui.rateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.rateTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.statsLabel.setStyleSheet("font-size: 17px; font-weight: bold;")
        for button in (ui.allButton, ui.sampleButton, ui.resolveButton):
            button.setAutoDefault(False)
        ui.allButton.clicked.connect(lambda: ui.shareSpin.setValue(100))
        ui.sampleButton.clicked.connect(self.take_sample)
        ui.resolveButton.clicked.connect(self.resolve_chosen)
        ui.buttonBox.rejected.connect(self.reject)
        ui.tabs.currentChanged.connect(self._tab_changed)
        self.refresh()

    # --- sample ---------------------------------------------------------------------------------
    def take_sample(self) -> None:
        share = self.ui.shareSpin.value() / 100
        try:
            rows = self.controller.pick_sample(share)
        except UserError as error:
            self._sample_status(str(error), error=True)
            return
        if not rows:
            self._sample_status(translate("DoubleEntryDialog", "Er zijn geen afgeronde formulieren die nog niet "
                                          "dubbel zijn ingevoerd."), error=True)
            return
        self.sample = rows
        self.typed = {}
        self.entry.set_targets(rows)
        self._show_sample()
        self._sample_status(translate("DoubleEntryDialog", "Steekproef: {n} formulieren. Leg die papieren "
                                      "formulieren klaar en typ ze opnieuw.").format(n=len(rows)))
        self.ui.tabs.setCurrentIndex(ENTRY_TAB)
        self.entry.new_form()

    def _show_sample(self) -> None:
        ui = self.ui
        ui.sampleList.clear()
        todo = []
        for row in self.sample:
            if row.id in self.typed:
                count = self.typed[row.id]
                state = translate("DoubleEntryDialog", "getypt, {n} verschillen").format(n=count)
            else:
                state = translate("DoubleEntryDialog", "nog typen")
                todo.append(row.home_code)
            ui.sampleList.addItem(QListWidgetItem(f"{row.home_code}   {row.home_label}   – {state}"))
        if todo:
            ui.entryTodoLabel.setText(translate("DoubleEntryDialog", "Nog opnieuw te typen: {homes}").format(
                homes=", ".join(todo)))
        elif self.sample:
            ui.entryTodoLabel.setText(translate("DoubleEntryDialog", "De hele steekproef is opnieuw getypt. "
                                                "Ga naar '3. Verschillen'."))
        else:
            ui.entryTodoLabel.setText(translate("DoubleEntryDialog", "Trek eerst een steekproef (tabblad 1)."))

    def _verified(self, interview_id: int, count: int) -> None:
        self.typed[interview_id] = count
        self._show_sample()
        self.refresh()
        if self.sample and all(row.id in self.typed for row in self.sample):
            self.ui.tabs.setCurrentIndex(COMPARE_TAB)

    def _sample_status(self, text: str, error: bool = False) -> None:
        self.ui.sampleStatusLabel.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.sampleStatusLabel.setText(text)

    # --- comparing ------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == COMPARE_TAB:
            self.load_differences()
            self.ui.differenceTable.setFocus()
        elif index == ENTRY_TAB:
            self.entry.ui.homeEdit.setFocus()

    def load_differences(self) -> None:
        items = [DifferenceItem(row.id, row.home_code, difference)
                 for row, differing in self.controller.open_differences() for difference in differing]
        self.model.set_items(items)
        self.ui.differenceTable.resizeRowsToContents()
        if items:
            self.ui.differenceTable.selectRow(0)
            self._resolve_status(translate("DoubleEntryDialog", "{n} verschillen om te kiezen.").format(
                n=len(items)))
        else:
            self._resolve_status(translate("DoubleEntryDialog", "Geen verschillen om te kiezen."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.differenceTable and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if text in ("1", "2"):
                self.choose_current(FIRST if text == "1" else SECOND)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.resolve_chosen()
                return True
        return super().eventFilter(watched, event)

    def choose_current(self, which: int) -> None:
        """Key 1 / 2: take that value for the selected row and go to the next row."""
        table = self.ui.differenceTable
        row = table.currentIndex().row()
        if row < 0:
            return
        self.model.choose(row, which)
        if row + 1 < self.model.rowCount():
            table.selectRow(row + 1)

    def resolve_chosen(self) -> None:
        """Store the choices of every form whose differences are all chosen (one transaction each)."""
        choices = self.model.choices()
        if not choices:
            self._resolve_status(translate("DoubleEntryDialog", "Kies eerst bij elk verschil 1 of 2."), error=True)
            return
        problems = []
        for interview_id, chosen in choices.items():
            try:
                self.controller.resolve(interview_id, chosen)
            except AnswersInvalid as error:
                home = next(i.home_code for i in self.model.items if i.interview_id == interview_id)
                problems.append(translate("DoubleEntryDialog", "woning {home}: {why}").format(
                    home=home, why="; ".join(e.message for e in error.errors)))
            except UserError as error:
                problems.append(str(error))
        left = self.model.rowCount()
        self.load_differences()
        self.refresh()
        if problems:
            self._resolve_status(translate("DoubleEntryDialog", "Niet vastgelegd: {what}").format(
                what=" | ".join(problems)), error=True)
        else:
            remaining = self.model.rowCount()
            self._resolve_status(translate("DoubleEntryDialog", "Vastgelegd: {done} verschillen. Nog te kiezen: "
                                           "{left}.").format(done=left - remaining, left=remaining))

    def _resolve_status(self, text: str, error: bool = False) -> None:
        self.ui.resolveStatusLabel.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.resolveStatusLabel.setText(text)

    # --- figures ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The share verified and the error rate per question."""
        stats = self.controller.stats()
        self.ui.statsLabel.setText(translate(
            "DoubleEntryDialog", "Dubbel ingevoerd: {verified} van {complete} afgeronde formulieren ({share}). "
            "Nog verschillen te kiezen bij {open} formulieren.").format(
            verified=stats.verified, complete=stats.complete, share=_percent(stats.share), open=stats.open))
        rows = [q for q in stats.questions if q.compared]
        table = self.ui.rateTable
        table.setRowCount(len(rows))
        for index, question in enumerate(rows):
            values = (f"{question.question}  {question.text}", f"{question.differed} / {question.compared}",
                      _percent(question.error_rate))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column and question.differed:
                    item.setForeground(QBrush(QColor(theme.ERROR)))
                table.setItem(index, column, item)
        table.resizeColumnToContents(1)
        table.resizeColumnToContents(2)

    def stats_text(self) -> str:
        return self.ui.statsLabel.text()


def _percent(share: float) -> str:
    return f"{share * 100:.1f} %".replace(".", ",")
