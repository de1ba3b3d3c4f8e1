"""The questionnaire editor dialog: ui/questionnaire_editor.ui, its set-up, signals and state."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_questionnaire_editor import Ui_QuestionnaireEditorDialog
from flatapp.gui.questionnaire_editor.draft import TYPE_LABELS, Draft, QuestionDraft
from flatapp.gui.questionnaire_editor.models import OptionTableModel, QuestionTreeModel, _CodeDelegate
from flatapp.gui.questionnaire_editor.panels import PropertyPanels
from flatapp.gui.questionnaire_editor.structure import TreeStructure
from flatapp.gui.questionnaire_editor.style import _STYLE_ERROR, _STYLE_INVALID, MUTED
from flatapp.gui.questionnaire_editor.versions import VersionStore
from flatapp.gui.runner import ServiceRunner
from flatapp.services.questionnaires import QuestionnaireRow, VersionInfo
from flatapp.storage.database import Database

# --- the dialog ------------------------------------------------------------------------------

class QuestionnaireEditorDialog(PropertyPanels, TreeStructure, VersionStore, RememberingDialog):
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
        self._runner = ServiceRunner(database)
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

    def reject(self) -> None:
        if self._confirm_discard():
            super().reject()
