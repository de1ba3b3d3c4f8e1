"""Typing in the paper forms: a keyboard-only entry form that mirrors the printed questionnaire.

The fixed parts (home field, draft banner, buttons) come from ui/interview_entry.ui; the questions
are built here from the round's questionnaire, in printed order with the printed codes.

Keys: Enter moves to the next question that applies (skipped ones are greyed and passed over);
in a choice question the code selects the option, and when that code cannot be the start of a
longer one the cursor moves on by itself (no Enter needed). The one rule for the cursor: a key
always lands in the question that is highlighted when it is pressed, and an Enter (or Tab) typed
right after such a move, before anything else, only confirms the answer just given: it does not
move on again, so "code, Enter" and "code" both leave the cursor on the next question. ``?`` marks
a question "wil niet zeggen / weet niet" (as on paper) and moves on; a form is complete only when
every required question is answered or marked; in a multiple-choice question codes are
typed separated by spaces ("1 3 5"), or ↑/↓ walk over the options and Space ticks the one marked;
↑/↓ elsewhere go to the previous/next question; Enter in a long text moves on (a paper note rarely
needs a new line: Shift+Enter makes one); Ctrl+Enter saves the form as complete and opens an
empty one; Ctrl+H shows the corrections of a complete form ("Geschiedenis…"), and "Concept
weggooien" throws a draft away (after a confirmation). Every change is kept as a draft in the
database (300 ms after the last key, or when the field is left), so a crash loses nothing.

The widget holds widgets and the form state; ``InterviewEntryController`` calls the services, one
transaction per call. No ORM object reaches this module.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from flatapp.domain.answers import (
    DONT_KNOW,
    DONT_KNOW_LABEL,
    FieldError,
    check_answers,
    open_required,
    parse_codes,
    parse_home_list,
    takes_dont_know,
)
from flatapp.domain.questionnaire import CHOICE_TYPES, Question, Questionnaire, QuestionType
from flatapp.gui.generated.ui_interview_entry import Ui_InterviewEntry
from flatapp.services import homes as home_service
from flatapp.services import interviews
from flatapp.services import rounds as round_service
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow
from flatapp.services.interview_outcome import EveningNeeded
from flatapp.services.interviews import AnswersInvalid, InterviewConflict, InterviewRow
from flatapp.services.questionnaires import questionnaire_for_round
from flatapp.storage.database import Database

translate = QCoreApplication.translate

SAVE_DELAY_MS = 300
SINGLE_CHOICE = {QuestionType.SINGLE, QuestionType.YES_NO, QuestionType.AGREEMENT}
# Pressed on their own these type nothing (Shift comes before '?'): they never count as "a key".
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}

# Calm colours: dark text on white, one blue for "where am I", one red for "what is wrong".
FOCUS_BLUE = "#1f5fa8"
CURRENT_BACKGROUND = "#eef4fc"
ERROR_RED = "#a11d1d"
MUTED = "#8a9099"
OK_GREEN = "#1d5e2a"
TEXT_PX, QUESTION_PX, EDITOR_PX, HEADING_PX, TITLE_PX = 16, 17, 20, 21, 24


# --- the controller -----------------------------------------------------------------------------
class InterviewEntryController:
    """The services the entry form needs, each in its own session and transaction."""

    def __init__(self, database: Database, round_id: int):
        self.database = database
        self.round_id = round_id

    def load(self) -> tuple[Questionnaire, round_service.RoundRow, list[HomeRow]]:
        with self.database.session() as session:
            questionnaire = questionnaire_for_round(session, self.round_id)
            row = round_service.get_round(session, self.round_id)
            homes = home_service.list_home_rows(session, row.building_id)
        return questionnaire, row, homes

    def find_homes(self, text: str, limit: int = 10) -> list[HomeRow]:
        with self.database.session() as session:
            return interviews.find_homes(session, self.round_id, text, limit)

    def open(self, home_id: int, respondent: int = 1) -> InterviewRow | None:
        with self.database.session() as session:
            return interviews.open_interview(session, self.round_id, home_id, respondent)

    def drafts(self) -> list[InterviewRow]:
        with self.database.session() as session:
            return interviews.drafts(session, self.round_id)

    def counts(self) -> interviews.InterviewCounts:
        with self.database.session() as session:
            return interviews.interview_counts(session, self.round_id)

    def next_respondent(self, home_id: int) -> int:
        with self.database.session() as session:
            return interviews.next_respondent(session, self.round_id, home_id)

    def save_draft(self, home_id: int, answers: dict, version: int | None, respondent: int) -> InterviewRow:
        with self.database.session() as session, session.begin():
            return interviews.save_draft(session, self.round_id, home_id, answers, version, respondent)

    def complete(self, home_id: int, answers: dict, version: int | None, respondent: int,
                 evening_id: int | None = None) -> InterviewRow:
        with self.database.session() as session, session.begin():
            return interviews.complete_interview(session, self.round_id, home_id, answers, version, respondent,
                                                 evening_id=evening_id)

    def history(self, interview_id: int) -> list[interviews.ChangeRow]:
        with self.database.session() as session:
            return interviews.history(session, interview_id)

    def delete_draft(self, interview_id: int, version: int) -> None:
        with self.database.session() as session, session.begin():
            interviews.delete_draft(session, interview_id, version)

    def save_verification(self, interview_id: int, answers: dict) -> list:
        from flatapp.services import double_entry

        with self.database.session() as session, session.begin():
            return double_entry.save_verification(session, interview_id, answers)


# --- one question -------------------------------------------------------------------------------
@dataclass
class ReadValue:
    present: bool
    value: object = None
    error: str = ""          # a format error found while reading (letters in a number field)
    shown: str = ""          # what the homes field matched, shown under it


class QuestionField(QFrame):
    """One question as on paper: code, text, the printed options, the editor and an error line."""

    optionClicked = Signal(str, int)    # question code, option code (mouse)

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"field_{question.code}")
        self.skipped = False
        self.current = False
        self.error = ""
        self.option_cursor: int | None = None   # index into the options (multiple choice, ↑/↓)
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(4)
        # A required question carries a * as on paper: answer it or mark it '?'.
        self.code_label = QLabel(question.code + ("*" if question.required else ""), self)
        self.code_label.setMinimumWidth(52)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.code_label, 0, 0, 3, 1)
        self.text_label = QLabel(question.text, self)
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label, 0, 1, 1, 2)
        row = 1
        self.options_label: QLabel | None = None
        if question.type in CHOICE_TYPES:
            self.options_label = QLabel(self)
            self.options_label.setWordWrap(True)
            self.options_label.setTextFormat(Qt.TextFormat.RichText)
            self.options_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.options_label.linkActivated.connect(self._option_link)
            layout.addWidget(self.options_label, row, 1, 1, 2)
            row += 1
        if question.type is QuestionType.LONG_TEXT:
            self.editor: QLineEdit | QPlainTextEdit = QPlainTextEdit(self)
            self.editor.setTabChangesFocus(True)
            self.editor.setFixedHeight(64)
        else:
            self.editor = QLineEdit(self)
        self.editor.setObjectName(f"editor_{question.code}")
        self.editor.setMinimumHeight(34)
        hint = self._hint()
        if isinstance(self.editor, QLineEdit):
            self.editor.setPlaceholderText(hint)
            narrow = question.type in SINGLE_CHOICE or question.type is QuestionType.NUMBER
            if narrow:
                self.editor.setMaximumWidth(170)
            elif question.type is QuestionType.MULTIPLE:
                self.editor.setMaximumWidth(260)
            elif question.type is QuestionType.HOMES:
                self.editor.setMinimumWidth(400)     # room for the example in the placeholder
        layout.addWidget(self.editor, row, 1)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold; font-size: {TEXT_PX}px;")
        layout.addWidget(self.error_label, row, 2)
        layout.setColumnStretch(2, 1)
        row += 1
        self.info_label = QLabel(self)      # the homes a homes field matched; "overgeslagen"
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet(f"color: {OK_GREEN}; font-size: {TEXT_PX - 1}px;")
        layout.addWidget(self.info_label, row, 1, 1, 2)
        self.info_label.hide()
        if question.help:
            row += 1
            help_label = QLabel(question.help, self)
            help_label.setWordWrap(True)
            help_label.setStyleSheet(f"color: {MUTED}; font-size: {TEXT_PX - 2}px;")
            layout.addWidget(help_label, row, 1, 1, 2)
        self.render_options()
        self._restyle()

    def _hint(self) -> str:
        kind = self.question.type
        if kind is QuestionType.MULTIPLE:
            hint = translate("InterviewEntryWidget", "codes, bijv. 1 3")
        elif kind is QuestionType.NUMBER:
            hint = translate("InterviewEntryWidget", "{low} tot {high}").format(
                low=self.question.minimum, high=self.question.maximum)
        elif kind is QuestionType.HOMES:
            hint = translate("InterviewEntryWidget", "huisnummers, bijv. 12, 14, 31-2")
        elif kind in SINGLE_CHOICE:
            hint = translate("InterviewEntryWidget", "code")
        else:
            return ""
        return hint + translate("InterviewEntryWidget", " (of ?)")

    # --- value ---------------------------------------------------------------------------------
    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)

    def read(self, homes: list[HomeRow]) -> ReadValue:
        """The answer in the shared encoding, or absent; letters where a code belongs are an error."""
        text = self.text().strip()
        kind = self.question.type
        if not text:
            return ReadValue(False)
        if text == DONT_KNOW and takes_dont_know(self.question):
            return ReadValue(True, DONT_KNOW, shown=translate("InterviewEntryWidget", "wil niet zeggen / weet niet"))
        if kind in SINGLE_CHOICE or kind is QuestionType.NUMBER:
            try:
                return ReadValue(True, int(text))
            except ValueError:
                if kind is QuestionType.NUMBER:
                    message = translate("InterviewEntryWidget", "'{text}' is geen heel getal.").format(text=text)
                else:
                    message = translate("InterviewEntryWidget", "'{text}' is geen code; typ een van de "
                                        "cijfers hierboven.").format(text=text)
                return ReadValue(False, error=message)
        if kind is QuestionType.MULTIPLE:
            try:
                codes = parse_codes(text)
            except ValueError as error:
                return ReadValue(False, error=str(error))
            return ReadValue(bool(codes), codes)
        if kind is QuestionType.HOMES:
            codes, errors = parse_home_list(text, homes)
            by_code = {home.code: home for home in homes}
            shown = ", ".join(f"{by_code[c].number_label} ({c}, {by_code[c].floor_label})"
                              for c in codes if c in by_code)
            return ReadValue(bool(codes), codes, "; ".join(errors), shown)
        return ReadValue(True, text)

    def show_value(self, value: object, homes: list[HomeRow]) -> None:
        """Put a stored answer back into the editor, as the typist would have typed it."""
        kind = self.question.type
        if value is None:
            self.set_text("")
        elif value == DONT_KNOW:
            self.set_text(DONT_KNOW)
        elif kind is QuestionType.MULTIPLE and isinstance(value, list):
            self.set_text(" ".join(str(v) for v in value))
        elif kind is QuestionType.HOMES and isinstance(value, list):
            labels = {home.code: home.number_label for home in homes}
            self.set_text(", ".join(labels.get(str(v), str(v)) for v in value))
        else:
            self.set_text(str(value))

    def chosen_codes(self) -> set[int]:
        text = self.text().strip()
        if self.question.type is QuestionType.MULTIPLE:
            try:
                return set(parse_codes(text))
            except ValueError:
                return set()
        try:
            return {int(text)}
        except ValueError:
            return set()

    # --- choices ---------------------------------------------------------------------------------
    def render_options(self) -> None:
        if self.options_label is None:
            return
        chosen = self.chosen_codes()
        parts = []
        for index, option in enumerate(self.question.effective_options()):
            label = f"<b>{option.code}</b>&nbsp;{html.escape(option.label)}".replace(" ", "&nbsp;")
            style = "text-decoration: none; color: #1b1f24;"
            if option.code in chosen:
                style = f"text-decoration: none; color: white; background-color: {FOCUS_BLUE};"
            if index == self.option_cursor:
                style += " text-decoration: underline;"
            parts.append(f'<a href="{option.code}" style="{style}">&nbsp;{label}&nbsp;</a>')
        self.options_label.setText("&nbsp;&nbsp; ".join(parts))

    def _option_link(self, link: str) -> None:
        self.optionClicked.emit(self.question.code, int(link))

    def toggle_option(self, code: int) -> None:
        """Select (single) or tick/untick (multiple) an option, as the typist would by typing it."""
        if self.question.type is QuestionType.MULTIPLE:
            codes = self.chosen_codes()
            codes.symmetric_difference_update({code})
            self.set_text(" ".join(str(c) for c in sorted(codes)))
        else:
            self.set_text(str(code))

    def move_option_cursor(self, step: int) -> None:
        count = len(self.question.effective_options())
        if self.option_cursor is None:
            self.option_cursor = 0 if step > 0 else count - 1
        else:
            self.option_cursor = max(0, min(count - 1, self.option_cursor + step))
        self.render_options()

    def option_at_cursor(self) -> int | None:
        if self.option_cursor is None:
            return None
        return self.question.effective_options()[self.option_cursor].code

    def completes_code(self) -> bool:
        """True when the typed code is valid and no longer code starts with it (so move on)."""
        text = self.text().strip()
        if text == DONT_KNOW:
            return takes_dont_know(self.question)
        codes = [str(option.code) for option in self.question.effective_options()]
        return text in codes and not any(c != text and c.startswith(text) for c in codes)

    # --- look ------------------------------------------------------------------------------------
    def set_state(self, *, skipped: bool | None = None, current: bool | None = None,
                  error: str | None = None, info: str | None = None) -> None:
        if skipped is not None and skipped != self.skipped:
            self.skipped = skipped
            self.editor.setEnabled(not skipped)
        if current is not None:
            self.current = current
            if not current and self.option_cursor is not None:
                self.option_cursor = None
                self.render_options()
        if error is not None:
            self.error = error
            self.error_label.setText(error)
        if info is not None:
            self.info_label.setText(info)
            self.info_label.setVisible(bool(info))
        self._restyle()

    def _restyle(self) -> None:
        if self.skipped:
            frame = "border-left: 5px solid transparent;"
            colour = MUTED
        elif self.current:
            frame = f"border-left: 5px solid {FOCUS_BLUE}; background-color: {CURRENT_BACKGROUND};"
            colour = "#1b1f24"
        else:
            frame = "border-left: 5px solid transparent;"
            colour = "#1b1f24"
        name = self.objectName()
        if self.skipped:
            border = "1px solid #d5d9de"
        elif self.error:
            border = f"2px solid {ERROR_RED}"
        elif self.current:
            border = f"2px solid {FOCUS_BLUE}"
        else:
            border = "1px solid #9aa3ad"
        self.setStyleSheet(
            f"QFrame#{name} {{ {frame} }}"
            f" QLineEdit, QPlainTextEdit {{ border: {border}; border-radius: 3px; padding: 2px 6px;"
            f" background: {'#f3f4f6' if self.skipped else 'white'}; }}"
        )
        self.code_label.setStyleSheet(f"color: {FOCUS_BLUE if self.current else colour}; font-weight: bold;"
                                      f" font-size: {QUESTION_PX}px;")
        self.text_label.setStyleSheet(f"color: {colour}; font-size: {QUESTION_PX}px;")
        if self.options_label is not None:
            self.options_label.setStyleSheet(f"font-size: {TEXT_PX}px;")
        if self.options_label is not None:
            self.options_label.setEnabled(not self.skipped)
        if self.skipped:
            self.error_label.setText(translate("InterviewEntryWidget", "overgeslagen"))
            self.error_label.setStyleSheet(f"color: {MUTED}; font-style: italic; font-size: {TEXT_PX}px;")
        else:
            self.error_label.setText(self.error)
            self.error_label.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold; font-size: {TEXT_PX}px;")


# --- the form -----------------------------------------------------------------------------------
class InterviewEntryWidget(QWidget):
    """Type in the round's paper forms with the keyboard alone.

    ``mode="verify"`` is the blind second typing of double entry: the first answers are never shown,
    nothing is saved as a draft, and Ctrl+Enter calls ``save_verification`` for the sample's form.
    """

    interviewCompleted = Signal(int, str)   # interview id, home code
    draftSaved = Signal(int)                # interview id
    verified = Signal(int, int)             # interview id, number of differences

    def __init__(self, database: Database, round_id: int, parent: QWidget | None = None,
                 mode: str = "entry"):
        super().__init__(parent)
        self.ui = Ui_InterviewEntry()
        self.ui.setupUi(self)
        self.controller = InterviewEntryController(database, round_id)
        self.round_id = round_id
        self.mode = mode
        self.questionnaire, self.round_row, self.homes = self.controller.load()
        self.home_codes = {home.code for home in self.homes}
        self.questions = self.questionnaire.questions()
        self.fields: dict[str, QuestionField] = {}
        self.home: HomeRow | None = None
        self.respondent = 1
        self.interview: InterviewRow | None = None
        self.targets: dict[int, InterviewRow] = {}      # verify mode: home id → sampled interview
        self.touched: set[str] = set()
        self.attempted = False
        self.errors: dict[str, str] = {}
        self.form_errors: list[str] = []
        self._loading = False
        self.history_dialog = None
        self._dismissed: set[int] = set()
        self._offered: InterviewRow | None = None
        # Where the last auto-advance put the cursor: an Enter or Tab typed there before any other key
        # only confirms the answer just given (see the module text).
        self._moved_on_to: QWidget | None = None
        self.evening_dialog: QInputDialog | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft_now)
        self._build()
        self._connect()
        self.new_form(message="")

    # --- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        ui = self.ui
        # Pixel sizes: the same on a 96-dpi office laptop and in a screenshot.
        base = _font(self.font(), TEXT_PX)
        self.setFont(base)
        ui.titleLabel.setFont(_font(base, TITLE_PX, bold=True))
        if self.mode == "verify":
            ui.titleLabel.setText(translate("InterviewEntryWidget", "Tweede invoer (blind): {round}").format(
                round=self.round_row.name))
            ui.completeButton.setText(translate("InterviewEntryWidget", "Tweede invoer opslaan (Ctrl+Enter)"))
            ui.secondRespondentButton.hide()
            ui.historyButton.hide()          # blind: the first answers are never shown
            ui.discardButton.hide()
        else:
            ui.titleLabel.setText(translate("InterviewEntryWidget", "Papieren formulieren: {round}").format(
                round=self.round_row.name))
        editor_font = _font(base, EDITOR_PX)
        ui.homeEdit.setFont(editor_font)
        if self.homes:      # an example from this block, not the demo's codes
            example = self.homes[len(self.homes) // 2]
            ui.homeEdit.setPlaceholderText(translate("InterviewEntryWidget", "bijv. {code} of {number}").format(
                code=example.code, number=example.number_label))
        ui.homeEdit.setMinimumHeight(38)
        ui.homeEdit.setMaximumWidth(260)
        ui.homeLabel.setStyleSheet(f"font-weight: bold; font-size: {QUESTION_PX}px;")
        ui.homeInfoLabel.setStyleSheet(f"font-size: {QUESTION_PX}px;")
        ui.draftLabel.setStyleSheet(f"font-size: {QUESTION_PX}px;")
        ui.homeLayout.setColumnStretch(2, 1)
        ui.homeLayout.setHorizontalSpacing(14)
        ui.homeErrorLabel.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold; font-size: {TEXT_PX}px;")
        ui.homeErrorLabel.hide()
        ui.homeFrame.setStyleSheet(f"QFrame#homeFrame {{ border-left: 5px solid {FOCUS_BLUE};"
                                   f" background-color: {CURRENT_BACKGROUND}; }}")
        ui.draftBanner.setStyleSheet("QFrame#draftBanner { background-color: #fff4d6; border: 1px solid #e0c36a; }")
        ui.draftBanner.hide()
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setWidget(ui.homeEdit)
        completer.popup().setFont(editor_font)
        self.completer = completer
        layout: QVBoxLayout = ui.formLayout
        for section in self.questionnaire.sections:
            heading = QLabel(section.title, ui.formContainer)
            heading.setFont(_font(base, HEADING_PX, bold=True))
            heading.setStyleSheet(f"color: {FOCUS_BLUE}; padding-top: 10px; border-bottom: 1px solid #c9d3df;")
            layout.addWidget(heading)
            for question in section.questions:
                field = QuestionField(question, ui.formContainer)
                field.editor.setFont(editor_font)
                field.editor.installEventFilter(self)
                field.optionClicked.connect(self._option_clicked)
                if isinstance(field.editor, QLineEdit):
                    field.editor.textEdited.connect(lambda _text, f=field: self._edited(f, typed=True))
                else:
                    field.editor.textChanged.connect(lambda f=field: self._edited(f, typed=False))
                self.fields[question.code] = field
                layout.addWidget(field)
        layout.addStretch(1)
        ui.homeEdit.installEventFilter(self)
        for button in (ui.completeButton, ui.newButton, ui.secondRespondentButton, ui.resumeButton,
                       ui.dismissButton, ui.historyButton, ui.discardButton):
            button.setAutoDefault(False)     # inside a dialog Enter must never press a button
        ui.completeButton.installEventFilter(self)
        ui.statusLabel.setMinimumHeight(28)
        ui.countLabel.setStyleSheet(f"color: {MUTED}; font-size: {QUESTION_PX}px;")
        ui.completeButton.setStyleSheet(
            f"QPushButton {{ font-size: {QUESTION_PX}px; font-weight: bold; color: white;"
            f" background-color: {FOCUS_BLUE}; border-radius: 4px; padding: 8px 18px; }}"
            f" QPushButton:focus {{ border: 3px solid #0b2f57; }}")
        ui.newButton.setStyleSheet(f"QPushButton {{ font-size: {TEXT_PX}px; padding: 7px 14px; }}")

    def _connect(self) -> None:
        ui = self.ui
        ui.homeEdit.textEdited.connect(self._home_typed)
        ui.homeEdit.returnPressed.connect(self._home_entered)
        self.completer.activated.connect(self._home_chosen)
        ui.completeButton.clicked.connect(self.complete)
        ui.newButton.clicked.connect(lambda: self.new_form(message=""))
        ui.secondRespondentButton.clicked.connect(self.second_respondent)
        ui.resumeButton.clicked.connect(self.resume_offered_draft)
        ui.dismissButton.clicked.connect(self._dismiss_offer)
        ui.historyButton.clicked.connect(self.show_history)
        ui.discardButton.clicked.connect(self.discard_draft)
        if self.mode != "verify":
            history = QShortcut(QKeySequence("Ctrl+H"), self, self.show_history)
            history.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- keyboard --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(watched, event)
        if kind == QEvent.Type.FocusIn:
            self._focus_moved(watched)
        elif kind == QEvent.Type.FocusOut:
            field = self._field_of(watched)
            if field is not None and not self._loading:
                self.touched.add(field.question.code)
                self._refresh_checks()
                self.save_draft_now()
        return False

    def _field_of(self, widget: QObject) -> QuestionField | None:
        for field in self.fields.values():
            if field.editor is widget:
                return field
        return None

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers()
        if key in _MODIFIER_KEYS:
            return False
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and mods & Qt.KeyboardModifier.ControlModifier:
            self._moved_on_to = None
            self.complete()
            return True
        if watched is self._moved_on_to:
            self._moved_on_to = None
            plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            field = self._field_of(watched)
            if (enter or key == Qt.Key.Key_Tab) and plain and (field is None or not field.text().strip()):
                return True     # confirms the answer that moved the cursor here: it stays here
        if watched is self.ui.completeButton:
            if enter:
                self.complete()
                return True
            return False
        if watched is self.ui.homeEdit:
            if key == Qt.Key.Key_Down and not self.completer.popup().isVisible():
                self.focus_next(None)
                return True
            if enter:
                self._home_entered()
                return True
            return False    # with the completer's popup open, Enter arrives as returnPressed
        field = self._field_of(watched)
        if field is None:
            return False
        multiple = field.question.type is QuestionType.MULTIPLE
        if event.text() == DONT_KNOW and takes_dont_know(field.question):
            field.set_text(DONT_KNOW)          # the whole answer: 'wil niet zeggen / weet niet'
            self._edited(field, typed=True)
            return True
        if key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ControlModifier:
            self.touched.add(field.question.code)
            self._refresh_checks()
            self.focus_next(field)
            return True
        if key == Qt.Key.Key_Backtab:
            self.focus_previous(field)
            return True
        if enter:
            if mods & Qt.KeyboardModifier.ShiftModifier and isinstance(field.editor, QPlainTextEdit):
                field.editor.insertPlainText("\n")
                return True
            self._enter_on(field)
            return True
        if multiple and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            field.move_option_cursor(1 if key == Qt.Key.Key_Down else -1)
            return True
        if multiple and key == Qt.Key.Key_Space and field.option_at_cursor() is not None:
            field.toggle_option(field.option_at_cursor())
            self._edited(field, typed=False)
            return True
        if isinstance(field.editor, QLineEdit) and key == Qt.Key.Key_Up:
            self.focus_previous(field)
            return True
        if isinstance(field.editor, QLineEdit) and key == Qt.Key.Key_Down:
            self.focus_next(field)
            return True
        return False

    def _enter_on(self, field: QuestionField) -> None:
        """Enter: on to the next question; a field with a new error keeps the cursor once."""
        code = field.question.code
        already_shown = code in self.touched and bool(field.error)
        self.touched.add(code)
        self._refresh_checks()
        if field.error and not already_shown and field.text().strip():
            return
        self.focus_next(field)

    def _focus_moved(self, widget: QObject) -> None:
        if widget is not self._moved_on_to:
            self._moved_on_to = None
        for field in self.fields.values():
            current = field.editor is widget
            if current != field.current:
                field.set_state(current=current)
                if current:
                    self.ui.scrollArea.ensureWidgetVisible(field, 40, 80)

    def focus_next(self, field: QuestionField | None) -> QWidget:
        """Put the cursor on the next question that applies (or the save button); returns that widget."""
        start = 0 if field is None else self.questions.index(field.question) + 1
        for question in self.questions[start:]:
            candidate = self.fields[question.code]
            if not candidate.skipped:
                candidate.editor.setFocus(Qt.FocusReason.TabFocusReason)
                return candidate.editor
        self.ui.completeButton.setFocus(Qt.FocusReason.TabFocusReason)
        self._status(translate("InterviewEntryWidget", "Einde van het formulier. Ctrl+Enter (of Enter hier) "
                               "slaat het op."), "info")
        return self.ui.completeButton

    def focus_previous(self, field: QuestionField) -> None:
        index = self.questions.index(field.question)
        for question in reversed(self.questions[:index]):
            candidate = self.fields[question.code]
            if not candidate.skipped:
                candidate.editor.setFocus(Qt.FocusReason.BacktabFocusReason)
                return
        self.ui.homeEdit.setFocus(Qt.FocusReason.BacktabFocusReason)

    # --- typing ----------------------------------------------------------------------------------
    def _edited(self, field: QuestionField, typed: bool) -> None:
        if self._loading:
            return
        field.render_options()
        self._refresh_checks()
        self._schedule_save()
        auto = field.question.type in SINGLE_CHOICE or field.text().strip() == DONT_KNOW
        if typed and auto and field.completes_code() and not field.error:
            self.touched.add(field.question.code)
            target = self.focus_next(field)
            self._moved_on_to = target
            following = self._field_of(target)
            self._status(translate("InterviewEntryWidget", "{code} = {answer} · door naar {next}").format(
                code=field.question.code, answer=field.text().strip(),
                next=following.question.code if following else translate("InterviewEntryWidget", "opslaan")),
                "info")

    def _option_clicked(self, code: str, option: int) -> None:
        field = self.fields[code]
        if field.skipped:
            return
        field.toggle_option(option)
        field.editor.setFocus(Qt.FocusReason.MouseFocusReason)
        self._edited(field, typed=False)

    def collect(self) -> tuple[dict[str, object], dict[str, str]]:
        """(answers in the shared encoding, format errors by question) — skipped questions left out."""
        answers: dict[str, object] = {}
        problems: dict[str, str] = {}
        for question in self.questions:
            field = self.fields[question.code]
            if self.questionnaire.is_skipped(question, answers):
                continue
            read = field.read(self.homes)
            if read.error:
                problems[question.code] = read.error
            if read.present:
                answers[question.code] = read.value
        return answers, problems

    def _refresh_checks(self) -> None:
        """Skip rules, inline checks and the homes a homes field matched."""
        answers, problems = self.collect()
        errors: dict[str, str] = {}
        self.form_errors: list[str] = []
        for error in check_answers(self.questionnaire, answers, self.home_codes):
            if not error.question:
                self.form_errors.append(error.message)
            elif error.question not in errors:
                errors[error.question] = _without_code(error)
        errors.update(problems)        # a format error says more than 'required'
        self.errors = errors
        for question in self.questions:
            field = self.fields[question.code]
            skipped = self.questionnaire.is_skipped(question, answers)
            show = question.code in self.touched or self.attempted or (
                question.code in problems and field.current)
            info = "" if skipped else field.read(self.homes).shown   # the homes matched, or 'weet niet'
            field.set_state(skipped=skipped, error=errors.get(question.code, "") if show and not skipped else "",
                            info=info)

    # --- the home --------------------------------------------------------------------------------
    def _home_typed(self, text: str) -> None:
        text = text.strip()
        self.ui.homeErrorLabel.hide()
        if not text:
            self._completer_model.setStringList([])
            self.completer.popup().hide()
            return
        rows = self._find_homes(text)
        self._completer_model.setStringList([_home_choice(row) for row in rows])
        if rows and self.isVisible():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _find_homes(self, text: str) -> list[HomeRow]:
        rows = self.controller.find_homes(text)
        if self.mode == "verify" and self.targets:
            rows = [row for row in rows if row.id in self.targets]
        return rows

    def _home_chosen(self, choice: str) -> None:
        self.ui.homeEdit.setText(choice.split()[0])
        self._home_entered()

    def _home_entered(self) -> None:
        text = self.ui.homeEdit.text().strip()
        self.completer.popup().hide()
        if not text:
            self._home_error(translate("InterviewEntryWidget", "Typ de woningcode of het huisnummer."))
            return
        if self.home is not None and text.upper() in (self.home.code.upper(), self.home.number_label.upper()):
            self.focus_next(None)
            return
        rows = self._find_homes(text)
        key = text.upper().replace(" ", "")
        exact = [row for row in rows
                 if key in (row.code.upper(), row.number_label.upper().replace(" ", ""))]
        if len(exact) == 1:
            row = exact[0]
        elif len(rows) == 1:
            row = rows[0]
        elif not rows:
            if self.mode == "verify":
                message = translate("InterviewEntryWidget", "Woning '{text}' zit niet in de steekproef van "
                                    "deze flat.").format(text=text)
            else:
                message = translate("InterviewEntryWidget", "Woning '{text}' hoort niet bij deze flat.").format(
                    text=text)
            self._home_error(message)
            return
        else:
            self._home_error(translate("InterviewEntryWidget", "'{text}' past bij meer woningen ({which}); "
                                       "typ de woningcode.").format(
                text=text, which=", ".join(row.code for row in rows[:5])))
            return
        self.open_home(row)

    def _home_error(self, message: str) -> None:
        self.ui.homeErrorLabel.setText(message)
        self.ui.homeErrorLabel.show()
        self.ui.homeEdit.setFocus()
        self.ui.homeEdit.selectAll()

    def open_home(self, home: HomeRow, respondent: int = 1) -> None:
        """Start on this home's form: its existing interview (or the sample's, blind) or a new one."""
        self.save_draft_now()
        if self.mode == "verify":
            target = self.targets.get(home.id)
            if target is None:
                self._home_error(translate("InterviewEntryWidget", "Woning {code} zit niet in de steekproef."
                                           ).format(code=home.code))
                return
            self._show_form(home, target.respondent, None, answers={})
            self.interview = target
            self._status(translate("InterviewEntryWidget", "Typ het formulier van woning {code} opnieuw, "
                                   "zonder naar de eerste invoer te kijken.").format(code=home.code), "info")
        else:
            try:
                row = self.controller.open(home.id, respondent)
            except UserError as error:
                self._home_error(str(error))
                return
            self._show_form(home, respondent, row, answers=row.answers if row else {})
            if row is not None:
                state = (translate("InterviewEntryWidget", "compleet") if row.status == "complete"
                         else translate("InterviewEntryWidget", "concept"))
                self._status(translate("InterviewEntryWidget", "Woning {code} had al een formulier ({state}); "
                                       "dat is geopend, er komt geen tweede.").format(code=home.code, state=state),
                             "info")
            else:
                self._status("", "info")
        self.focus_next(None)

    def _show_form(self, home: HomeRow | None, respondent: int, row: InterviewRow | None,
                   answers: dict) -> None:
        self._save_timer.stop()
        self._loading = True
        try:
            self.home = home
            self.respondent = respondent
            self.interview = row
            self.touched = set(answers) if row is not None else set()
            self.attempted = False
            for question in self.questions:
                field = self.fields[question.code]
                field.show_value(answers.get(question.code), self.homes)
                field.render_options()
            self.ui.homeEdit.setText(home.code if home else "")
            self.ui.homeErrorLabel.hide()
        finally:
            self._loading = False
        self._refresh_checks()
        self._show_home_info()

    def _show_home_info(self) -> None:
        ui = self.ui
        self._show_form_actions()
        if self.home is None:
            ui.homeInfoLabel.setText("")
            ui.secondRespondentButton.setEnabled(False)
            return
        text = f"{self.home.address} · {self.home.floor_label}"
        if self.respondent > 1:
            text += " · " + translate("InterviewEntryWidget", "bewoner {n}").format(n=self.respondent)
        ui.homeInfoLabel.setText(text)
        ui.secondRespondentButton.setEnabled(self.mode != "verify" and self.interview is not None)

    def _show_form_actions(self) -> None:
        """'Geschiedenis…' beside a complete form (enabled once corrected), 'Concept weggooien' beside a
        draft: never both, so the home row keeps its room."""
        ui = self.ui
        if self.mode == "verify":
            return
        row = self.interview
        complete = row is not None and row.is_complete
        ui.historyButton.setVisible(complete)
        ui.historyButton.setEnabled(complete and bool(self.controller.history(row.id)))
        ui.discardButton.setVisible(row is not None and not row.is_complete)

    def _form_label(self) -> str:
        code = self.home.code if self.home is not None else ""
        if self.respondent > 1:
            return translate("InterviewEntryWidget", "woning {code}, bewoner {n}").format(code=code, n=self.respondent)
        return translate("InterviewEntryWidget", "woning {code}").format(code=code)

    def show_history(self) -> None:
        """Ctrl+H: the corrections of the complete form that is open (who, when, old → new, why)."""
        if self.mode == "verify":
            return
        row = self.interview
        if row is None or not row.is_complete:
            self._status(translate("InterviewEntryWidget", "Geschiedenis is er alleen van een afgerond formulier: "
                                   "typ eerst de woning van dat formulier."), "info")
            return
        from flatapp.gui.interview_history import InterviewHistoryDialog

        dialog = InterviewHistoryDialog(self.controller.history(row.id), self.questionnaire, self._form_label(), self)
        self.history_dialog = dialog            # for tests: the dialog on show
        try:
            dialog.exec()
        finally:
            self.history_dialog = None
            dialog.deleteLater()

    def discard_draft(self) -> None:
        """'Concept weggooien': after a confirmation the draft is deleted and the home is not yet entered."""
        if self.mode == "verify" or self.interview is None or self.interview.is_complete or self.home is None:
            return
        self._save_timer.stop()
        answer = QMessageBox.question(
            self, translate("InterviewEntryWidget", "Concept weggooien"),
            translate("InterviewEntryWidget", "Het concept van {form} weggooien? Alle antwoorden die op dit "
                      "formulier zijn getypt gaan verloren; dit kan niet ongedaan worden gemaakt.").format(
                form=self._form_label()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.save_draft_now()               # what was typed meanwhile is still kept
            return
        row = self.interview                    # the box took the focus: the field's last typing was saved
        if row is None or row.is_complete or self.home is None:
            return
        try:
            self.controller.delete_draft(row.id, row.version)
        except UserError as error:              # another window saved or completed it
            self._conflict(error)
            return
        form = self._form_label()
        self._show_form(self.home, self.respondent, None, answers={})
        for field in self.fields.values():
            field.set_state(current=False)
        self._show_counts()
        if self._offered is not None and self._offered.id == row.id:
            self._offer_draft()
        self._status(translate("InterviewEntryWidget", "Het concept van {form} is weggegooid; voor dit formulier "
                               "is niets meer opgeslagen.").format(form=form), "ok")
        self.focus_next(None)

    def second_respondent(self) -> None:
        """An explicit extra respondent in the same home: a new, empty form numbered 2, 3, …"""
        if self.home is None:
            return
        self.save_draft_now()
        number = self.controller.next_respondent(self.home.id)
        self._show_form(self.home, number, None, answers={})
        self._status(translate("InterviewEntryWidget", "Nieuw formulier voor bewoner {n} van woning {code}.").format(
            n=number, code=self.home.code), "info")
        self.focus_next(None)

    # --- saving ----------------------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if self.mode != "verify" and self.home is not None:
            self._save_timer.start()

    def save_draft_now(self) -> None:
        """Keep what is typed as a draft (nothing when nothing changed or nothing is typed yet)."""
        self._save_timer.stop()
        if self.mode == "verify" or self.home is None or self._loading:
            return
        answers, _problems = self.collect()
        if self.interview is None and not answers:
            return
        if self.interview is not None and answers == self.interview.answers:
            return
        if self.interview is not None and self.interview.is_complete:
            # A complete form is corrected as a whole (checked, with history) by Ctrl+Enter.
            self._status(translate("InterviewEntryWidget", "Correctie van een afgerond formulier: Ctrl+Enter "
                                   "slaat de wijziging op."), "info")
            return
        version = self.interview.version if self.interview is not None else None
        try:
            self.interview = self.controller.save_draft(self.home.id, answers, version, self.respondent)
        except InterviewConflict as error:
            self._conflict(error)
            return
        except UserError as error:
            self._status(str(error), "error")
            return
        if version is None:
            self._show_counts()
            self._show_home_info()
        self.draftSaved.emit(self.interview.id)

    def _conflict(self, error: Exception) -> None:
        """Another window saved this form first: say so and show what is stored now."""
        home = self.home
        message = translate("InterviewEntryWidget", "Dit formulier is intussen in een ander venster gewijzigd "
                            "({reason}). De opgeslagen versie is opnieuw geladen; controleer uw invoer.").format(
            reason=str(error).rstrip("."))
        if home is not None:
            row = self.controller.open(home.id, self.respondent)
            self._show_form(home, self.respondent, row, answers=row.answers if row else {})
        self._status(message, "error")

    def complete(self) -> None:
        """Ctrl+Enter: save as complete and open an empty form; with errors keep the draft and point at them."""
        if self.mode == "verify":
            self._save_verification()
            return
        answers, problems = self.collect()
        if self.home is None:
            if any(field.text().strip() for field in self.fields.values()):
                self._home_error(translate("InterviewEntryWidget", "Typ eerst de woning van dit formulier."))
            else:
                self._status(translate("InterviewEntryWidget", "Het formulier is leeg; er is niets opgeslagen."),
                             "error")
                self.ui.homeEdit.setFocus()
            return
        if not answers and not problems:
            self._status(translate("InterviewEntryWidget", "Het formulier is leeg; er is niets opgeslagen."),
                         "error")
            self.focus_next(None)
            return
        self.attempted = True
        self._refresh_checks()
        if self.errors:
            self.save_draft_now()
            self._point_at_errors(len(self.errors))
            return
        self._save_timer.stop()
        version = self.interview.version if self.interview is not None else None
        try:
            try:
                row = self.controller.complete(self.home.id, answers, version, self.respondent)
            except EveningNeeded as needed:
                evening_id = self._ask_evening(needed)
                if evening_id is None:
                    self.save_draft_now()
                    self._status(translate("InterviewEntryWidget", "Niet afgerond: kies de avond van dit "
                                           "gesprek. Het concept is bewaard."), "error")
                    return
                row = self.controller.complete(self.home.id, answers, version, self.respondent, evening_id)
        except InterviewConflict as error:
            self._conflict(error)
            return
        except AnswersInvalid as error:
            for item in error.errors:
                if item.question in self.fields:
                    self.errors.setdefault(item.question, _without_code(item))
                    self.fields[item.question].set_state(error=_without_code(item))
            self.save_draft_now()
            self._point_at_errors(len(error.errors))
            return
        except UserError as error:
            self.save_draft_now()
            self._status(str(error), "error")
            return
        code = self.home.code
        self.interviewCompleted.emit(row.id, code)
        self.new_form(message=translate("InterviewEntryWidget", "Opgeslagen: woning {code}").format(code=code))

    def _ask_evening(self, needed: EveningNeeded) -> int | None:
        """On which evening was this form filled in? The last one is offered; Enter takes it."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("InterviewEntryWidget", "Op welke avond was dit gesprek?"))
        dialog.setLabelText(translate("InterviewEntryWidget", "Bij woning {code} staat nog geen 'gesproken' bij "
                                      "de deuruitkomsten.\nKies de avond van dit gesprek; daar wordt "
                                      "'gesproken' vastgelegd.").format(code=needed.home_code))
        labels = [choice.label for choice in needed.evenings]
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(labels[-1])
        self.evening_dialog = dialog            # for tests: the question on show
        try:
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            return needed.evenings[labels.index(dialog.textValue())].id
        finally:
            self.evening_dialog = None
            dialog.deleteLater()
            self.window().activateWindow()      # the typing goes on here, not in the closed question

    def _point_at_errors(self, count: int) -> None:
        """Say which questions are still open (required, neither answered nor '?') and what else is wrong."""
        answers, _problems = self.collect()
        missing = [q.code for q in open_required(self.questionnaire, answers)]
        others = count - len([code for code in missing if code in self.errors])
        parts = []
        if missing:
            parts.append(translate("InterviewEntryWidget", "nog open: {codes} (typ het antwoord, of ? voor "
                                   "'{dont_know}')").format(codes=", ".join(missing), dont_know=DONT_KNOW_LABEL))
        if others == 1:
            parts.append(translate("InterviewEntryWidget", "1 fout (rood)"))
        elif others > 1:
            parts.append(translate("InterviewEntryWidget", "{n} fouten (rood)").format(n=others))
        kept = "" if self.mode == "verify" else translate("InterviewEntryWidget", " Het concept is bewaard.")
        text = translate("InterviewEntryWidget", "Nog niet compleet: {what}.").format(what="; ".join(parts)) + kept
        self._status(text, "error")
        first = next((q for q in self.questions if q.code in self.errors and not self.fields[q.code].skipped), None)
        if first is not None:
            self.fields[first.code].editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_verification(self) -> None:
        if self.home is None or self.interview is None:
            self._status(translate("InterviewEntryWidget", "Typ eerst een woning uit de steekproef."), "error")
            self.ui.homeEdit.setFocus()
            return
        answers, _problems = self.collect()
        if not answers:
            self._status(translate("InterviewEntryWidget", "Het formulier is leeg; er is niets opgeslagen."),
                         "error")
            self.focus_next(None)
            return
        missing = [q.code for q in open_required(self.questionnaire, answers)]
        if missing:                 # the second typing is a whole form too, or it differs by omission
            self.attempted = True
            self._refresh_checks()
            self._point_at_errors(len(missing))
            return
        try:
            differences = self.controller.save_verification(self.interview.id, answers)
        except UserError as error:
            self._status(str(error), "error")
            return
        interview_id, code = self.interview.id, self.home.code
        self.verified.emit(interview_id, len(differences))
        self.new_form(message=translate("InterviewEntryWidget", "Tweede invoer opgeslagen: woning {code} "
                                        "({n} verschillen)").format(code=code, n=len(differences)))

    # --- forms ----------------------------------------------------------------------------------
    def new_form(self, message: str = "") -> None:
        """An empty form with the cursor in the home field."""
        self.save_draft_now()
        self._show_form(None, 1, None, answers={})
        for field in self.fields.values():
            field.set_state(current=False)
        self._status(message, "ok")
        self.ui.scrollArea.verticalScrollBar().setValue(0)      # the next paper form starts at the top
        self.ui.homeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._offer_draft()
        self._show_counts()

    def _show_counts(self) -> None:
        if self.mode == "verify":
            self.ui.countLabel.setText("")
            return
        counts = self.controller.counts()
        self.ui.countLabel.setText(translate("InterviewEntryWidget", "{complete} afgerond · {draft} concept").format(
            complete=counts.complete, draft=counts.draft))

    def set_targets(self, rows: list[InterviewRow]) -> None:
        """Verify mode: the sampled interviews that may be typed again."""
        self.targets = {row.home_id: row for row in rows}

    def _offer_draft(self) -> None:
        banner = self.ui.draftBanner
        self._offered = None
        if self.mode == "verify":
            banner.hide()
            return
        rows = [row for row in self.controller.drafts() if row.id not in self._dismissed]
        if not rows:
            banner.hide()
            return
        self._offered = rows[0]
        if len(rows) == 1:
            text = translate("InterviewEntryWidget", "Er is een niet-afgemaakt formulier voor woning {code}. "
                             "Verder gaan?").format(code=rows[0].home_code)
        else:
            text = translate("InterviewEntryWidget", "Er zijn {n} niet-afgemaakte formulieren. Het eerste is "
                             "voor woning {code}. Verder gaan?").format(n=len(rows), code=rows[0].home_code)
        self.ui.draftLabel.setText(text)
        banner.show()

    def resume_offered_draft(self) -> None:
        row = self._offered
        if row is None:
            return
        self.ui.draftBanner.hide()
        home = next((h for h in self.homes if h.id == row.home_id), None)
        if home is not None:
            self.open_home(home, row.respondent)

    def _dismiss_offer(self) -> None:
        if self._offered is not None:
            self._dismissed.add(self._offered.id)
        self.ui.draftBanner.hide()
        self.ui.homeEdit.setFocus()

    def draft_offer_text(self) -> str:
        return self.ui.draftLabel.text() if not self.ui.draftBanner.isHidden() else ""

    def _status(self, text: str, kind: str) -> None:
        colour = {"error": ERROR_RED, "ok": OK_GREEN}.get(kind, "#1b1f24")
        self.ui.statusLabel.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: {QUESTION_PX}px;")
        self.ui.statusLabel.setText(text)

    def status_text(self) -> str:
        return self.ui.statusLabel.text()

    def closeEvent(self, event) -> None:
        self.save_draft_now()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        self.save_draft_now()
        super().hideEvent(event)


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _home_choice(row: HomeRow) -> str:
    return f"{row.code}   {row.address} · {row.floor_label}"


def _without_code(error: FieldError) -> str:
    """'KN1: deze vraag is verplicht' → 'Deze vraag is verplicht' (the code is beside the field)."""
    message = error.message
    prefix = f"{error.question}: "
    if error.question and message.startswith(prefix):
        message = message[len(prefix):]
    return message[:1].upper() + message[1:]
