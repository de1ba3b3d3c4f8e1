"""Vragenlijst bewerken: change wording, answer options, skip rules and order of a questionnaire.

Left a tree of the sections and their questions (with, on top, the title, intro and closing
text); right the fields of what is chosen. Edits are made in a plain working copy (the draft);
"Opslaan" validates it and stores it through ``flatapp.services.questionnaires`` in one
transaction. A frozen version (answers were entered with it) is never changed: saving makes the
next version, and the dialog says so before and after. Errors are shown in Dutch at the field
and in the message line; nothing is written when the definition is not valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from flatapp.domain.questionnaire import (
    AGREEMENT_OPTIONS,
    YES_NO_OPTIONS,
    Option,
    Question,
    Questionnaire,
    QuestionnaireError,
    QuestionType,
    Section,
    SkipRule,
)
from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_questionnaire_editor import Ui_QuestionnaireEditorDialog
from flatapp.services.errors import UserError
from flatapp.services.questionnaires import (
    DefinitionError,
    QuestionnaireRow,
    VersionInfo,
    copy_questionnaire,
    ensure_builtin_questionnaire,
    list_questionnaires,
    save_definition,
    version_definition,
    version_info,
)
from flatapp.storage.database import Database

# What the coordinator reads in the "Soort" list: Dutch source texts marked for pyside6-lupdate,
# translated where they are shown (QCoreApplication.translate("QuestionnaireEditorDialog", label)).
TYPE_LABELS: dict[QuestionType, str] = {
    QuestionType.SINGLE: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Eén antwoord kiezen"),
    QuestionType.MULTIPLE: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Meerdere antwoorden kiezen"),
    QuestionType.YES_NO: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Ja / nee"),
    QuestionType.NUMBER: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Getal"),
    QuestionType.AGREEMENT: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Eens / oneens (5 punten)"),
    QuestionType.HOMES: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Woningen in deze flat (huisnummers)"),
    QuestionType.SHORT_TEXT: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Korte tekst"),
    QuestionType.LONG_TEXT: QT_TRANSLATE_NOOP("QuestionnaireEditorDialog", "Lange tekst"),
}
FREE_OPTIONS = {QuestionType.SINGLE, QuestionType.MULTIPLE}
FIXED_OPTIONS = {QuestionType.YES_NO: YES_NO_OPTIONS, QuestionType.AGREEMENT: AGREEMENT_OPTIONS}
# The questions whose answers a public output shows as percentages: only these can be marked sensitive.
SENSITIVE_TYPES = {QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.YES_NO}
DEFAULT_RANGE = (0, 20)

_STYLE_ERROR = ("QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #f3b8b4;"
                " border-radius: 4px; padding: 8px; }")
_STYLE_NOTICE = ("QLabel { background: #fff4e0; color: #5c3a00; border: 1px solid #f0d29a;"
                 " border-radius: 4px; padding: 8px; }")
_STYLE_INFO = ("QLabel { background: #eaf2fb; color: #1d3a5c; border: 1px solid #b9d0ea;"
               " border-radius: 4px; padding: 8px; }")
_STYLE_INVALID = '*[invalid="true"] { border: 2px solid #c0392b; border-radius: 3px; }'
MUTED = "#4a5563"


# --- the working copy ------------------------------------------------------------------------

@dataclass
class OptionDraft:
    code: int
    label: str


@dataclass
class QuestionDraft:
    code: str
    text: str
    type: QuestionType
    options: list[OptionDraft] = field(default_factory=list)
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None
    skip_question: str = ""        # '' = never skipped
    skip_answers: str = ""         # as typed: "0" or "1, 2"
    help: str = ""
    consent: bool = False
    personal: bool = False
    reversed: bool = False
    sensitive: bool = False

    @classmethod
    def from_question(cls, q: Question) -> QuestionDraft:
        return cls(
            code=q.code, text=q.text, type=q.type, options=[OptionDraft(o.code, o.label) for o in q.options],
            required=q.required, minimum=q.minimum, maximum=q.maximum,
            skip_question=q.skip_if.question if q.skip_if else "",
            skip_answers=", ".join(str(a) for a in q.skip_if.answers) if q.skip_if else "",
            help=q.help, consent=q.consent, personal=q.personal, reversed=q.reversed, sensitive=q.sensitive,
        )

    def build(self, index: int) -> Question:
        """The domain question; ``index`` (position in the questionnaire) for error locations."""
        rule = None
        if self.skip_question:
            answers = parse_codes(self.skip_answers)
            if answers is None:
                raise QuestionnaireError(
                    QCoreApplication.translate("QuestionnaireEditorDialog", "vraag {code}: bij ‘Sla over als’ staan alleen antwoordcodes (getallen), "
                        "gescheiden door komma’s.").format(code=self.code.strip() or index + 1),
                    question_index=index, field="skip_answers")
            if not answers:
                raise QuestionnaireError(
                    QCoreApplication.translate("QuestionnaireEditorDialog", "vraag {code}: geef bij ‘Sla over als’ de antwoordcode(s) van vraag {source}.").format(
                        code=self.code.strip() or index + 1, source=self.skip_question),
                    question_index=index, field="skip_answers")
            rule = SkipRule(self.skip_question, answers)
        number = self.type is QuestionType.NUMBER
        return Question(
            code=self.code.strip(), text=self.text.strip(), type=self.type,
            options=tuple(Option(o.code, o.label.strip()) for o in self.options) if self.type in FREE_OPTIONS else (),
            required=self.required,
            minimum=self.minimum if number else None, maximum=self.maximum if number else None,
            skip_if=rule, help=self.help.strip(), consent=self.consent, personal=self.personal,
            reversed=self.reversed, sensitive=self.sensitive,
        )

    def effective_options(self) -> list[tuple[int, str]]:
        if self.type in FIXED_OPTIONS:
            return list(FIXED_OPTIONS[self.type])      # questionnaire data (Dutch on paper), not UI text
        if self.type in FREE_OPTIONS:
            return [(o.code, o.label) for o in self.options]
        return []


@dataclass
class SectionDraft:
    code: str
    title: str
    optional: bool = False
    questions: list[QuestionDraft] = field(default_factory=list)


@dataclass
class Draft:
    title: str
    intro: str
    closing: str
    sections: list[SectionDraft]

    @classmethod
    def from_questionnaire(cls, q: Questionnaire) -> Draft:
        return cls(q.title, q.intro, q.closing, [
            SectionDraft(s.code, s.title, s.optional, [QuestionDraft.from_question(x) for x in s.questions])
            for s in q.sections
        ])

    def questions(self) -> list[QuestionDraft]:
        return [q for s in self.sections for q in s.questions]

    def locate(self, flat_index: int) -> tuple[int, int] | None:
        """(section, question) of the n-th question in printed order."""
        n = 0
        for s, section in enumerate(self.sections):
            if flat_index < n + len(section.questions):
                return s, flat_index - n
            n += len(section.questions)
        return None

    def build(self) -> Questionnaire:
        sections, index = [], 0
        for s in self.sections:
            questions = []
            for q in s.questions:
                questions.append(q.build(index))
                index += 1
            sections.append(Section(s.code.strip(), s.title.strip(), tuple(questions), s.optional))
        return Questionnaire(self.title.strip(), self.intro.strip(), tuple(sections), self.closing.strip())


def parse_codes(text: str) -> tuple[int, ...] | None:
    """'0' → (0,); '1, 2' / '1 2' / '1 of 2' → (1, 2); None when something is not a number."""
    parts = [p for p in re.split(r"[\s,;/]+|\bof\b", text.strip()) if p]
    try:
        values = [int(p) for p in parts]
    except ValueError:
        return None
    return tuple(dict.fromkeys(values))


def _one_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _code_prefix(code: str) -> str:
    match = re.match(r"^([A-Za-z_]+)", code)
    return match.group(1) if match else "V"


# --- models ----------------------------------------------------------------------------------

class QuestionTreeModel(QAbstractItemModel):
    """Row 0: title, intro and closing; rows 1…: the sections, each with its questions as children.

    Children carry their section's top-level row as internal id (top-level rows carry 0).
    """

    GENERAL, SECTION, QUESTION = "general", "section", "question"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._draft: Draft | None = None

    def set_draft(self, draft: Draft | None) -> None:
        self.beginResetModel()
        self._draft = draft
        self.endResetModel()

    def draft(self) -> Draft | None:
        return self._draft

    # structure
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0 and parent.row() >= 1:
            return self.createIndex(row, column, parent.row())
        return QModelIndex()

    def parent(self, index: QModelIndex | None = None):  # type: ignore[override]
        if index is None:                       # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, 0)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if self._draft is None:
            return 0
        if not parent.isValid():
            return 1 + len(self._draft.sections)
        if parent.column() != 0 or parent.internalId() != 0 or parent.row() < 1:
            return 0
        return len(self._draft.sections[parent.row() - 1].questions)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # what a row is
    def kind(self, index: QModelIndex) -> str | None:
        if not index.isValid() or self._draft is None:
            return None
        if index.internalId() != 0:
            return self.QUESTION
        return self.GENERAL if index.row() == 0 else self.SECTION

    def location(self, index: QModelIndex) -> tuple[int, int]:
        """(section, question); question -1 for a section row, (-1, -1) for the general row."""
        kind = self.kind(index)
        if kind == self.QUESTION:
            return int(index.internalId()) - 1, index.row()
        if kind == self.SECTION:
            return index.row() - 1, -1
        return -1, -1

    def index_for(self, section: int, question: int = -1) -> QModelIndex:
        if section < 0:
            return self.index(0, 0)
        parent = self.index(section + 1, 0)
        return parent if question < 0 else self.index(question, 0, parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        kind = self.kind(index)
        if kind is None:
            return None
        draft = self._draft
        if kind == self.GENERAL:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("QuestionnaireEditorDialog", "Titel, inleiding en slot")
            if role == Qt.ItemDataRole.ToolTipRole:
                return draft.title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        s, q = self.location(index)
        section = draft.sections[s]
        if kind == self.SECTION:
            title = section.title.strip() or QCoreApplication.translate("QuestionnaireEditorDialog", "(onderdeel zonder titel)")
            if role == Qt.ItemDataRole.DisplayRole:
                return title + (QCoreApplication.translate("QuestionnaireEditorDialog", "  · optioneel") if section.optional else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("QuestionnaireEditorDialog", "Onderdeel {code}: {count} vragen").format(code=section.code, count=len(section.questions))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        question = section.questions[q]
        if role == Qt.ItemDataRole.DisplayRole:
            text = _one_line(question.text) or QCoreApplication.translate("QuestionnaireEditorDialog",
                                                                          "(nog geen tekst)")
            return f"{question.code}   {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = QCoreApplication.translate("QuestionnaireEditorDialog", TYPE_LABELS[question.type])
            return f"{question.code} · {kind}\n{question.text}"
        if role == Qt.ItemDataRole.ForegroundRole and not question.text.strip():
            return QColor(MUTED)
        return None

    def refresh(self, index: QModelIndex) -> None:
        if index.isValid():
            self.dataChanged.emit(index, index)


class OptionTableModel(QAbstractTableModel):
    """The answer options of one question: code and text, editable unless the type fixes them."""

    COL_CODE, COL_LABEL = 0, 1
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._options: list[OptionDraft] = []
        self._fixed: list[tuple[int, str]] | None = None

    def set_options(self, options: list[OptionDraft] | None, fixed: list[tuple[int, str]] | None = None) -> None:
        """Edit ``options`` in place, or show the ``fixed`` ones read-only."""
        self.beginResetModel()
        self._options = options if options is not None else []
        self._fixed = fixed
        self.endResetModel()

    def is_fixed(self) -> bool:
        return self._fixed is not None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self._fixed) if self._fixed is not None else len(self._options)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QuestionnaireEditorDialog", "Code") if section == self.COL_CODE else QCoreApplication.translate("QuestionnaireEditorDialog", "Antwoordtekst")
        return None

    def _row(self, row: int) -> tuple[int, str]:
        if self._fixed is not None:
            return self._fixed[row]
        option = self._options[row]
        return option.code, option.label

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        code, label = self._row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return code if index.column() == self.COL_CODE else label
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_CODE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._fixed is not None:
            return QColor(MUTED)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._fixed is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self._fixed is not None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        option = self._options[index.row()]
        if index.column() == self.COL_CODE:
            try:
                code = int(str(value).strip())
            except ValueError:
                return False
            if code == option.code:
                return True
            option.code = code
        else:
            text = str(value)
            if text == option.label:
                return True
            option.label = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # changes the buttons make
    def add(self) -> int:
        """A new option with the next free code; returns its row."""
        code = max((o.code for o in self._options), default=0) + 1
        row = len(self._options)
        self.beginInsertRows(QModelIndex(), row, row)
        self._options.append(OptionDraft(code, ""))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._options):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._options[row]
            self.endRemoveRows()
            self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._options) and 0 <= target < len(self._options)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if delta > 0 else 0))
        self._options[row], self._options[target] = self._options[target], self._options[row]
        self.endMoveRows()
        self.edited.emit()
        return target


class _CodeDelegate(QStyledItemDelegate):
    """Answer codes are whole numbers from 0 to 99 (what fits in the box on paper)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        if index.column() == OptionTableModel.COL_CODE:
            editor = QSpinBox(parent)
            editor.setRange(0, 99)
            editor.setFrame(False)
            return editor
        return super().createEditor(parent, option, index)


# --- the dialog ------------------------------------------------------------------------------

class QuestionnaireEditorDialog(RememberingDialog):
    """Edit a questionnaire version; with ``version_id`` None the built-in "Kennen en helpen".

    ``saved(version_id)`` is emitted after every successful save or copy, with the id of the
    version that now holds the edit (a new one when the edited version was frozen).
    """

    settings_key = "questionnaire_editor"
    saved = Signal(int)

    def __init__(self, database: Database, version_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_QuestionnaireEditorDialog()
        self.ui.setupUi(self)
        self._database = database
        self._info: VersionInfo | None = None
        self._rows: list[QuestionnaireRow] = []
        self._draft: Draft | None = None
        self._dirty = False
        self._loading = False
        self._code_at_load = ""
        self._shown_question: QuestionDraft | None = None
        self._invalid: list[QWidget] = []

        self._tree = QuestionTreeModel(self)
        self._options = OptionTableModel(self)
        self._setup_views()
        self._connect()

        if version_id is None:
            version_id = self._builtin_version_id()
        self._load_versions()
        if version_id is not None:
            self.load_version(version_id)

    # ------------------------------------------------------------------ set-up

    def _setup_views(self) -> None:
        ui = self.ui
        self.setStyleSheet(_STYLE_INVALID)
        for heading in (ui.generalHeading, ui.sectionHeading, ui.questionHeading):
            font = QFont(heading.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            heading.setFont(font)
            heading.setTextFormat(Qt.TextFormat.PlainText)
        for hint in (ui.introHint, ui.sectionHint, ui.skipHint, ui.fixedOptionsLabel, ui.stateLabel):
            hint.setStyleSheet(f"color: {MUTED};")
        ui.errorLabel.setStyleSheet(_STYLE_ERROR)
        self._sensitive_tip = ui.sensitiveCheck.toolTip()
        ui.errorLabel.hide()
        ui.noticeLabel.hide()

        ui.treeView.setModel(self._tree)
        ui.treeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.treeView.setIndentation(14)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([400, 760])

        view = ui.optionsView
        view.setModel(self._options)
        view.setItemDelegate(_CodeDelegate(view))
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.horizontalHeader().setSectionResizeMode(OptionTableModel.COL_CODE, QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setSectionResizeMode(OptionTableModel.COL_LABEL, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(OptionTableModel.COL_CODE, 64)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)

        for kind, label in TYPE_LABELS.items():
            ui.typeCombo.addItem(self.tr(label), kind)

    def _connect(self) -> None:
        ui = self.ui
        ui.versionCombo.activated.connect(self._version_chosen)
        ui.copyButton.clicked.connect(lambda: self.copy_current())
        ui.treeView.selectionModel().currentChanged.connect(self._current_changed)
        ui.addQuestionButton.clicked.connect(self.add_question)
        ui.addSectionButton.clicked.connect(self.add_section)
        ui.removeButton.clicked.connect(self.remove_current)
        ui.upButton.clicked.connect(lambda: self.move_current(-1))
        ui.downButton.clicked.connect(lambda: self.move_current(1))
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)

        ui.titleEdit.textEdited.connect(lambda text: self._set_general("title", text))
        ui.introEdit.textChanged.connect(lambda: self._set_general("intro", ui.introEdit.toPlainText()))
        ui.closingEdit.textChanged.connect(lambda: self._set_general("closing", ui.closingEdit.toPlainText()))

        ui.sectionTitleEdit.textEdited.connect(lambda text: self._set_section("title", text))
        ui.sectionCodeEdit.textEdited.connect(lambda text: self._set_section("code", text.strip()))
        ui.sectionOptionalCheck.toggled.connect(lambda on: self._set_section("optional", on))

        ui.codeEdit.textEdited.connect(lambda text: self._set_question("code", text.strip()))
        ui.codeEdit.editingFinished.connect(self._code_finished)
        ui.textEdit.textChanged.connect(lambda: self._set_question("text", ui.textEdit.toPlainText()))
        ui.typeCombo.currentIndexChanged.connect(self._type_changed)
        ui.requiredCheck.toggled.connect(lambda on: self._set_question("required", on))
        ui.consentCheck.toggled.connect(lambda on: self._set_question("consent", on))
        ui.personalCheck.toggled.connect(lambda on: self._set_question("personal", on))
        ui.reversedCheck.toggled.connect(lambda on: self._set_question("reversed", on))
        ui.sensitiveCheck.toggled.connect(lambda on: self._set_question("sensitive", on))
        ui.minimumSpin.valueChanged.connect(lambda value: self._set_question("minimum", value))
        ui.maximumSpin.valueChanged.connect(lambda value: self._set_question("maximum", value))
        ui.helpEdit.textEdited.connect(lambda text: self._set_question("help", text))
        ui.skipCombo.currentIndexChanged.connect(self._skip_question_changed)
        ui.skipAnswersEdit.textEdited.connect(lambda text: self._set_question("skip_answers", text))

        self._options.edited.connect(self._options_edited)
        ui.addOptionButton.clicked.connect(self.add_option)
        ui.removeOptionButton.clicked.connect(self.remove_option)
        ui.optionUpButton.clicked.connect(lambda: self._move_option(-1))
        ui.optionDownButton.clicked.connect(lambda: self._move_option(1))
        ui.optionsView.selectionModel().currentChanged.connect(lambda *_: self._update_option_buttons())

        def shortcut(keys, slot, widget=None, context=Qt.ShortcutContext.WindowShortcut):
            item = QShortcut(QKeySequence(keys), widget or self)
            item.setContext(context)
            item.activated.connect(slot)
            return item

        shortcut(QKeySequence.StandardKey.Save, self.save)
        shortcut("Ctrl+N", self.add_question)
        shortcut("Ctrl+Up", lambda: self.move_current(-1), ui.treeView, Qt.ShortcutContext.WidgetShortcut)
        shortcut("Ctrl+Down", lambda: self.move_current(1), ui.treeView, Qt.ShortcutContext.WidgetShortcut)
        shortcut("Insert", self.add_option, ui.optionsView, Qt.ShortcutContext.WidgetShortcut)
        shortcut("Delete", self.remove_option, ui.optionsView, Qt.ShortcutContext.WidgetShortcut)

    # ------------------------------------------------------------------ loading

    def _builtin_version_id(self) -> int | None:
        try:
            with self._database.session() as session, session.begin():
                return ensure_builtin_questionnaire(session).id
        except (UserError, QuestionnaireError, SQLAlchemyError) as error:
            self._show_error(self.tr("De vragenlijst ‘Kennen en helpen’ kon niet worden klaargezet: {error}")
                             .format(error=error))
            return None

    def _load_versions(self) -> None:
        try:
            with self._database.session() as session:
                self._rows = list_questionnaires(session)
        except SQLAlchemyError as error:
            self._show_error(self.tr("De vragenlijsten konden niet worden gelezen: {error}").format(error=error))
            self._rows = []
        combo = self.ui.versionCombo
        with QSignalBlocker(combo):
            combo.clear()
            for row in self._rows:
                for version in row.versions:
                    text = self.tr("{name} · versie {number}").format(name=row.name, number=version.number)
                    if version.frozen:
                        text += self.tr(" (vastgezet)")
                    combo.addItem(text, version.id)
            self._select_in_combo()

    def _select_in_combo(self) -> None:
        if self._info is not None:
            index = self.ui.versionCombo.findData(self._info.id)
            if index >= 0:
                self.ui.versionCombo.setCurrentIndex(index)

    def load_version(self, version_id: int, keep_place: bool = False) -> bool:
        """Show a stored version (unsaved edits are dropped; ask first). False when it cannot be read."""
        place = self._tree.location(self.ui.treeView.currentIndex()) if keep_place else (0, 0)
        try:
            with self._database.session() as session:
                info = version_info(session, version_id)
                questionnaire = version_definition(session, version_id)
        except (UserError, SQLAlchemyError) as error:
            self._show_error(str(error))
            return False
        self._info = info
        self._draft = Draft.from_questionnaire(questionnaire)
        self._tree.set_draft(self._draft)
        self.ui.treeView.expandAll()
        self._select_in_combo()
        self._set_dirty(False)
        self._clear_error()
        self._update_notice()
        self._select(*self._valid_place(place))
        return True

    def _valid_place(self, place: tuple[int, int]) -> tuple[int, int]:
        s, q = place
        sections = self._draft.sections if self._draft else []
        if not sections:
            return -1, -1
        if s < 0:
            return -1, -1
        s = min(s, len(sections) - 1)
        if q >= 0:
            if not sections[s].questions:
                return s, -1
            q = min(q, len(sections[s].questions) - 1)
        return s, q

    def _update_notice(self) -> None:
        info, ui = self._info, self.ui
        if info is None:
            return
        if info.frozen:
            ui.noticeLabel.setText(self.tr(
                "Versie {number} is vastgezet, omdat er al antwoorden mee zijn ingevoerd. Als u opslaat, "
                "maakt FlatApp een nieuwe versie {next}; versie {number} blijft zoals hij is.").format(
                number=info.number, next=info.next_number))
            ui.noticeLabel.setStyleSheet(_STYLE_NOTICE)
            ui.noticeLabel.show()
            ui.saveButton.setText(self.tr("&Opslaan als versie {next}").format(next=info.next_number))
        else:
            ui.saveButton.setText(self.tr("&Opslaan"))
            if info.round_count:
                ui.noticeLabel.setText(self.tr(
                    "Deze versie hoort bij {count} ronde(s) waarvoor nog geen antwoorden zijn ingevoerd. "
                    "Wijzigingen gelden ook voor die ronde(s).").format(count=info.round_count))
                ui.noticeLabel.setStyleSheet(_STYLE_INFO)
                ui.noticeLabel.show()
            else:
                ui.noticeLabel.hide()
        self.setWindowTitle(self.tr("Vragenlijst bewerken – {name}, versie {number}").format(
            name=info.name, number=info.number))

    # ------------------------------------------------------------------ state

    def version_info(self) -> VersionInfo | None:
        return self._info

    def draft(self) -> Draft | None:
        return self._draft

    def is_dirty(self) -> bool:
        return self._dirty

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    def state_text(self) -> str:
        return self.ui.stateLabel.text()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.ui.stateLabel.setText(self.tr("Niet opgeslagen wijzigingen") if dirty else "")

    def _edited(self) -> None:
        self._set_dirty(True)
        self._clear_error()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _clear_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorLabel.hide()
        for widget in self._invalid:
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._invalid = []

    def _mark_invalid(self, widget: QWidget) -> None:
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        self._invalid.append(widget)

    # ------------------------------------------------------------------ tree and pages

    def _current(self) -> tuple[str | None, int, int]:
        index = self.ui.treeView.currentIndex()
        s, q = self._tree.location(index)
        return self._tree.kind(index), s, q

    def _current_question(self) -> QuestionDraft | None:
        kind, s, q = self._current()
        return self._draft.sections[s].questions[q] if kind == QuestionTreeModel.QUESTION else None

    def _current_section(self) -> SectionDraft | None:
        kind, s, _q = self._current()
        return self._draft.sections[s] if kind == QuestionTreeModel.SECTION else None

    def _select(self, section: int, question: int = -1) -> None:
        index = self._tree.index_for(section, question)
        selection = self.ui.treeView.selectionModel()
        unchanged = selection.currentIndex() == index
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.ui.treeView.scrollTo(index)
        if unchanged:                  # no currentChanged signal: show it here
            self._show_item(index)

    def select_question(self, code: str) -> bool:
        """Choose a question by code (as a click in the tree would)."""
        if self._draft is None:
            return False
        for s, section in enumerate(self._draft.sections):
            for q, question in enumerate(section.questions):
                if question.code == code:
                    self._select(s, q)
                    return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._code_finished()
        self._show_item(current)

    def _show_item(self, index: QModelIndex) -> None:
        ui = self.ui
        kind = self._tree.kind(index)
        self._shown_question = None
        self._loading = True
        try:
            if kind == QuestionTreeModel.QUESTION:
                self._fill_question(*self._tree.location(index))
                ui.pages.setCurrentWidget(ui.questionPage)
            elif kind == QuestionTreeModel.SECTION:
                self._fill_section(self._tree.location(index)[0])
                ui.pages.setCurrentWidget(ui.sectionPage)
            else:
                draft = self._draft
                ui.titleEdit.setText(draft.title if draft else "")
                ui.introEdit.setPlainText(draft.intro if draft else "")
                ui.closingEdit.setPlainText(draft.closing if draft else "")
                ui.pages.setCurrentWidget(ui.generalPage)
        finally:
            self._loading = False
        self._update_tree_buttons()
        ui.editorScroll.verticalScrollBar().setValue(0)

    def _fill_section(self, s: int) -> None:
        ui, section = self.ui, self._draft.sections[s]
        ui.sectionHeading.setText(self.tr("Onderdeel {number} van {total}").format(
            number=s + 1, total=len(self._draft.sections)))
        ui.sectionTitleEdit.setText(section.title)
        ui.sectionCodeEdit.setText(section.code)
        ui.sectionOptionalCheck.setChecked(section.optional)
        ui.sectionHint.setText(self.tr(
            "{count} vragen. De code van een optioneel onderdeel gebruikt een ronde om het aan of uit te "
            "zetten; verander hem liever niet meer als er al rondes mee gepland zijn.").format(
            count=len(section.questions)))

    def _fill_question(self, s: int, q: int) -> None:
        ui, question = self.ui, self._draft.sections[s].questions[q]
        flat = sum(len(x.questions) for x in self._draft.sections[:s]) + q
        ui.questionHeading.setText(self.tr("Vraag {number} van {total} · {section}").format(
            number=flat + 1, total=len(self._draft.questions()), section=self._draft.sections[s].title))
        self._shown_question = question
        self._code_at_load = question.code
        ui.codeEdit.setText(question.code)
        ui.textEdit.setPlainText(question.text)
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(question.type))
        ui.requiredCheck.setChecked(question.required)
        ui.consentCheck.setChecked(question.consent)
        ui.personalCheck.setChecked(question.personal)
        ui.reversedCheck.setChecked(question.reversed)
        ui.sensitiveCheck.setChecked(question.sensitive)
        low, high = DEFAULT_RANGE
        ui.minimumSpin.setValue(question.minimum if question.minimum is not None else low)
        ui.maximumSpin.setValue(question.maximum if question.maximum is not None else high)
        ui.helpEdit.setText(question.help)
        ui.skipAnswersEdit.setText(question.skip_answers)
        self._fill_skip_combo(question, flat)
        self._show_type(question)

    def _fill_skip_combo(self, question: QuestionDraft, flat: int) -> None:
        combo = self.ui.skipCombo
        earlier = self._draft.questions()[:flat]
        combo.clear()
        combo.addItem(self.tr("(nooit overslaan)"), "")
        for other in earlier:
            combo.addItem(f"{other.code} – {_one_line(other.text, 60)}", other.code)
        if question.skip_question and combo.findData(question.skip_question) < 0:
            combo.addItem(self.tr("{code} (staat niet vóór deze vraag)").format(code=question.skip_question),
                          question.skip_question)
        combo.setCurrentIndex(max(0, combo.findData(question.skip_question)))
        self._update_skip_hint(question)

    def _update_skip_hint(self, question: QuestionDraft) -> None:
        ui = self.ui
        ui.skipAnswersEdit.setEnabled(bool(question.skip_question))
        if not question.skip_question:
            ui.skipHint.setText(self.tr("Deze vraag wordt altijd gesteld."))
            return
        source = next((q for q in self._draft.questions() if q.code == question.skip_question), None)
        if source is None:
            ui.skipHint.setText(self.tr("Vraag {code} bestaat niet (meer).").format(code=question.skip_question))
        elif source.type is QuestionType.NUMBER:
            ui.skipHint.setText(self.tr("Antwoord op {code} is een getal van {low} tot en met {high}.").format(
                code=source.code, low=source.minimum, high=source.maximum))
        elif source.effective_options():
            codes = " · ".join(f"{code} = {label}" for code, label in source.effective_options())
            ui.skipHint.setText(self.tr("Antwoordcodes van {code}: {codes}").format(code=source.code, codes=codes))
        else:
            ui.skipHint.setText(self.tr("Vraag {code} heeft geen antwoordcodes; kies een keuzevraag.").format(
                code=source.code))

    def _show_type(self, question: QuestionDraft) -> None:
        ui = self.ui
        form = ui.questionForm
        form.setRowVisible(ui.rangeWidget, question.type is QuestionType.NUMBER)
        has_options = question.type in FREE_OPTIONS or question.type in FIXED_OPTIONS
        form.setRowVisible(ui.optionsWidget, has_options)
        if question.type in FREE_OPTIONS:
            self._options.set_options(question.options)
            ui.fixedOptionsLabel.setText(self.tr(
                "De code is wat de vrijwilliger omcirkelt en wat later wordt ingetypt (0 tot en met 99)."))
        elif question.type in FIXED_OPTIONS:
            self._options.set_options(None, question.effective_options())
            ui.fixedOptionsLabel.setText(self.tr("Dit soort vraag heeft vaste antwoorden met vaste codes."))
        else:
            self._options.set_options(None, [])
        for button in (ui.addOptionButton, ui.removeOptionButton, ui.optionUpButton, ui.optionDownButton):
            button.setVisible(question.type in FREE_OPTIONS)
        ui.reversedCheck.setEnabled(question.type is QuestionType.AGREEMENT or question.reversed)
        # A mark left on a question whose type changed stays, and can still be taken off (it only makes
        # the public figures stricter); a new one is only for the questions shown as percentages.
        choice = question.type in SENSITIVE_TYPES
        ui.sensitiveCheck.setEnabled(choice or question.sensitive)
        ui.sensitiveCheck.setToolTip(self._sensitive_tip if choice else self.tr(
            "Alleen voor keuzevragen (één antwoord, meerdere antwoorden of ja / nee): alleen die staan als "
            "percentage op de poster, in de folder en op de dia’s."))
        self._fit_options_height()
        self._update_option_buttons()

    def _fit_options_height(self) -> None:
        """The table shows every answer (up to 12) without scrolling, and room for one more."""
        view = self.ui.optionsView
        rows = min(max(self._options.rowCount() + (0 if self._options.is_fixed() else 1), 3), 12)
        height = (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                  + 2 * view.frameWidth() + 2)
        view.setMinimumHeight(height)
        view.setMaximumHeight(height if rows < 12 else 16777215)

    def _update_tree_buttons(self) -> None:
        kind, s, q = self._current()
        ui = self.ui
        sections = self._draft.sections if self._draft else []
        if kind == QuestionTreeModel.QUESTION:
            last_section = s == len(sections) - 1
            can_up = q > 0 or s > 0
            can_down = q < len(sections[s].questions) - 1 or not last_section
        elif kind == QuestionTreeModel.SECTION:
            can_up, can_down = s > 0, s < len(sections) - 1
        else:
            can_up = can_down = False
        ui.upButton.setEnabled(can_up)
        ui.downButton.setEnabled(can_down)
        ui.removeButton.setEnabled(kind in (QuestionTreeModel.QUESTION, QuestionTreeModel.SECTION))
        ui.addQuestionButton.setEnabled(self._draft is not None)
        ui.addSectionButton.setEnabled(self._draft is not None)

    def _update_option_buttons(self) -> None:
        ui = self.ui
        row = ui.optionsView.currentIndex().row()
        editable = not self._options.is_fixed()
        count = self._options.rowCount()
        ui.addOptionButton.setEnabled(editable)
        ui.removeOptionButton.setEnabled(editable and 0 <= row < count)
        ui.optionUpButton.setEnabled(editable and 0 < row < count)
        ui.optionDownButton.setEnabled(editable and 0 <= row < count - 1)

    # ------------------------------------------------------------------ field edits

    def _set_general(self, name: str, value: str) -> None:
        if self._loading or self._draft is None:
            return
        setattr(self._draft, name, value)
        self._tree.refresh(self._tree.index_for(-1))
        self._edited()

    def _set_section(self, name: str, value) -> None:
        section = self._current_section()
        if self._loading or section is None:
            return
        setattr(section, name, value)
        self._tree.refresh(self.ui.treeView.currentIndex())
        self._edited()

    def _set_question(self, name: str, value) -> None:
        question = self._current_question()
        if self._loading or question is None:
            return
        setattr(question, name, value)
        self._tree.refresh(self.ui.treeView.currentIndex())
        self._edited()

    def _code_finished(self) -> None:
        """A renamed question keeps the skip rules that point at it."""
        question = self._shown_question
        if question is None or self._draft is None:
            return
        old, new = self._code_at_load, question.code
        codes = [q.code for q in self._draft.questions()]
        # Only a real rename: the old code is gone (it was no duplicate) and the new one is unique.
        if old and new and old != new and old not in codes and codes.count(new) == 1:
            for other in self._draft.questions():
                if other.skip_question == old:
                    other.skip_question = new
        self._code_at_load = new

    def _type_changed(self, _index: int) -> None:
        question = self._current_question()
        if self._loading or question is None:
            return
        question.type = QuestionType(self.ui.typeCombo.currentData())
        if question.type is QuestionType.NUMBER and (question.minimum is None or question.maximum is None):
            question.minimum, question.maximum = self.ui.minimumSpin.value(), self.ui.maximumSpin.value()
        self._tree.refresh(self.ui.treeView.currentIndex())
        self._edited()
        self._show_type(question)

    def _skip_question_changed(self, _index: int) -> None:
        question = self._current_question()
        if self._loading or question is None:
            return
        question.skip_question = self.ui.skipCombo.currentData() or ""
        self._update_skip_hint(question)
        self._edited()

    def _options_edited(self) -> None:
        if not self._loading:
            self._edited()
        self._fit_options_height()
        self._update_option_buttons()

    def add_option(self) -> None:
        question = self._current_question()
        if question is None or question.type not in FREE_OPTIONS:
            return
        row = self._options.add()
        view = self.ui.optionsView
        index = self._options.index(row, OptionTableModel.COL_LABEL)
        view.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.edit(index)

    def remove_option(self) -> None:
        if self._options.is_fixed():
            return
        row = self.ui.optionsView.currentIndex().row()
        self._options.remove(row)
        if self._options.rowCount():
            self.ui.optionsView.setCurrentIndex(self._options.index(min(row, self._options.rowCount() - 1), 1))

    def _move_option(self, delta: int) -> None:
        if self._options.is_fixed():
            return
        current = self.ui.optionsView.currentIndex()
        row = self._options.move(current.row(), delta)
        self.ui.optionsView.setCurrentIndex(self._options.index(row, max(0, current.column())))

    # ------------------------------------------------------------------ structure

    def _free_code(self, prefix: str) -> str:
        taken = {q.code for q in self._draft.questions()}
        number = 1
        while f"{prefix}{number}" in taken:
            number += 1
        return f"{prefix}{number}"

    def add_question(self) -> None:
        if self._draft is None:
            return
        kind, s, q = self._current()
        sections = self._draft.sections
        if not sections:
            sections.append(SectionDraft(self._free_section_code(), self.tr("Nieuw onderdeel")))
        if kind is None or kind == QuestionTreeModel.GENERAL:
            s, q = 0, -1
        section = sections[s]
        neighbour = section.questions[q] if q >= 0 else (section.questions[-1] if section.questions else None)
        position = q + 1 if q >= 0 else len(section.questions)
        question = QuestionDraft(self._free_code(_code_prefix(neighbour.code) if neighbour else "V"), "",
                                 QuestionType.SINGLE)
        section.questions.insert(position, question)
        self._structure_changed(s, position)
        self.ui.textEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _free_section_code(self) -> str:
        taken = {s.code for s in self._draft.sections}
        number = 1
        while f"deel{number}" in taken:
            number += 1
        return f"deel{number}"

    def add_section(self) -> None:
        if self._draft is None:
            return
        kind, s, _q = self._current()
        position = s + 1 if kind in (QuestionTreeModel.SECTION, QuestionTreeModel.QUESTION) else len(self._draft.sections)
        self._draft.sections.insert(position, SectionDraft(self._free_section_code(), self.tr("Nieuw onderdeel")))
        self._structure_changed(position, -1)
        self.ui.sectionTitleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.sectionTitleEdit.selectAll()

    def remove_current(self) -> None:
        kind, s, q = self._current()
        if self._draft is None or kind not in (QuestionTreeModel.QUESTION, QuestionTreeModel.SECTION):
            return
        sections = self._draft.sections
        if kind == QuestionTreeModel.QUESTION:
            del sections[s].questions[q]
            self._structure_changed(*self._valid_place((s, q if sections[s].questions else -1)))
            return
        section = sections[s]
        if section.questions:
            answer = QMessageBox.question(
                self, self.tr("Onderdeel verwijderen"),
                self.tr("Het onderdeel ‘{title}’ met {count} vragen verwijderen?").format(
                    title=section.title, count=len(section.questions)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        del sections[s]
        self._structure_changed(*(self._valid_place((s, -1)) if sections else (-1, -1)))

    def move_current(self, delta: int) -> None:
        kind, s, q = self._current()
        if self._draft is None:
            return
        sections = self._draft.sections
        if kind == QuestionTreeModel.SECTION:
            target = s + delta
            if 0 <= target < len(sections):
                sections[s], sections[target] = sections[target], sections[s]
                self._structure_changed(target, -1)
            return
        if kind != QuestionTreeModel.QUESTION:
            return
        questions = sections[s].questions
        target = q + delta
        if 0 <= target < len(questions):
            questions[q], questions[target] = questions[target], questions[q]
            self._structure_changed(s, target)
        elif delta < 0 and s > 0:        # to the end of the section above
            sections[s - 1].questions.append(questions.pop(q))
            self._structure_changed(s - 1, len(sections[s - 1].questions) - 1)
        elif delta > 0 and s < len(sections) - 1:   # to the start of the section below
            sections[s + 1].questions.insert(0, questions.pop(q))
            self._structure_changed(s + 1, 0)

    def _structure_changed(self, section: int, question: int) -> None:
        self._tree.set_draft(self._draft)
        self.ui.treeView.expandAll()
        self._edited()
        self._select(section, question)

    # ------------------------------------------------------------------ saving

    def _finish_table_edit(self) -> None:
        """An answer still being typed in the table counts (its editor commits when it loses focus)."""
        focus = QApplication.focusWidget()
        view = self.ui.optionsView
        if focus is not None and focus is not view and view.isAncestorOf(focus):
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._code_finished()

    def _build(self) -> Questionnaire | None:
        try:
            return self._draft.build()
        except QuestionnaireError as error:
            self._show_definition_error(DefinitionError.from_error(error))
            return None

    def _write(self, store, failure: str) -> int | None:
        """Run ``store(session)`` in one transaction; its version id, or None with the error shown
        at the field (definition), in the message line (rule) or as ``failure`` (database)."""
        try:
            with self._database.session() as session, session.begin():
                return store(session)
        except DefinitionError as error:
            self._show_definition_error(error)
        except UserError as error:
            self._show_error(str(error))
        except SQLAlchemyError as error:
            self._show_error(failure.format(error=error))
        return None

    def save(self) -> bool:
        """Validate and store; True when stored. The message line says what happened."""
        if self._info is None or self._draft is None:
            return False
        self._finish_table_edit()
        self._clear_error()
        questionnaire = self._build()
        if questionnaire is None:
            return False
        before = self._info
        version_id = self._write(lambda session: save_definition(session, before.id, questionnaire).id,
                                 self.tr("Opslaan is mislukt; er is niets veranderd. ({error})"))
        if version_id is None:
            return False
        self._load_versions()
        self.load_version(version_id, keep_place=True)
        if version_id != before.id:
            self.ui.stateLabel.setText(self.tr(
                "Opgeslagen als nieuwe versie {number}; versie {old} is niet veranderd.").format(
                number=self._info.number, old=before.number))
        else:
            self.ui.stateLabel.setText(self.tr("Opgeslagen."))
        self.saved.emit(version_id)
        return True

    def _show_definition_error(self, error: DefinitionError) -> None:
        self._show_error(str(error))
        ui = self.ui
        if error.question_index is not None and self._draft is not None:
            place = self._draft.locate(error.question_index)
            if place is None:
                return
            self._select(*place)
            question = self._draft.sections[place[0]].questions[place[1]]
            earlier = {q.code for q in self._draft.questions()[:error.question_index]}
            widgets = {
                "code": ui.codeEdit, "text": ui.textEdit, "options": ui.optionsView, "range": ui.minimumSpin,
                "skip_answers": ui.skipAnswersEdit,
                "skip_if": ui.skipCombo if question.skip_question not in earlier else ui.skipAnswersEdit,
            }
            widget = widgets.get(error.field)
        elif error.section_index is not None:
            self._select(error.section_index, -1)
            widget = ui.sectionCodeEdit
        else:
            widget = None
        if widget is not None:
            self._mark_invalid(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ other questionnaires

    def _confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user saved or chose to drop it."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Wijzigingen niet opgeslagen"),
            self.tr("Er zijn wijzigingen in de vragenlijst die nog niet zijn opgeslagen. Wilt u ze opslaan?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _version_chosen(self, index: int) -> None:
        version_id = self.ui.versionCombo.itemData(index)
        if self._info is not None and version_id == self._info.id:
            return
        if not self._confirm_discard():
            self._select_in_combo()
            return
        self.load_version(version_id)

    def _default_copy_name(self) -> str:
        taken = {row.name.lower() for row in self._rows}
        base = self.tr("{name} (kopie)").format(name=self._info.name)
        name, number = base, 2
        while name.lower() in taken:
            name = f"{base} {number}"
            number += 1
        return name

    def copy_current(self, name: str | None = None) -> bool:
        """A new questionnaire with what is on screen (unsaved edits included); the original stays."""
        if self._info is None or self._draft is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Kopie maken"),
                self.tr("Naam van de nieuwe vragenlijst (het origineel blijft zoals het is):"),
                QLineEdit.EchoMode.Normal, self._default_copy_name())
            if not ok:
                return False
        self._finish_table_edit()
        self._clear_error()
        questionnaire = self._build() if self._dirty else None
        if self._dirty and questionnaire is None:
            return False
        source_id = self._info.id

        def copy(session) -> int:
            version = copy_questionnaire(session, source_id, name)
            if questionnaire is not None:
                version = save_definition(session, version.id, questionnaire)
            return version.id

        version_id = self._write(copy, self.tr("De kopie is niet gemaakt; er is niets veranderd. ({error})"))
        if version_id is None:
            return False
        self._load_versions()
        self.load_version(version_id, keep_place=True)
        self.ui.stateLabel.setText(self.tr("Kopie ‘{name}’ gemaakt; u bewerkt nu de kopie.").format(
            name=self._info.name))
        self.saved.emit(version_id)
        return True

    def reject(self) -> None:
        if self._confirm_discard():
            super().reject()
