"""The paper-form entry widget: ui/interview_entry.ui with the questions, the form state and the forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QInputDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from flatapp.domain.answers import check_answers
from flatapp.gui import theme
from flatapp.gui.generated.ui_interview_entry import Ui_InterviewEntry
from flatapp.gui.interview_form.controller import InterviewEntryController
from flatapp.gui.interview_form.fields import QuestionField, _without_code
from flatapp.gui.interview_form.homes import HomeChoice
from flatapp.gui.interview_form.keys import KeyboardRule
from flatapp.gui.interview_form.saving import FormSaving
from flatapp.gui.interview_form.style import (
    CURRENT_BACKGROUND,
    EDITOR_PX,
    ERROR_RED,
    FOCUS_BLUE,
    HEADING_PX,
    MUTED,
    OK_GREEN,
    QUESTION_PX,
    TEXT_PX,
    TITLE_PX,
    _font,
)
from flatapp.services.homes import HomeRow
from flatapp.services.interviews import InterviewRow
from flatapp.storage.database import Database

translate = QCoreApplication.translate

SAVE_DELAY_MS = 300


# --- the form -----------------------------------------------------------------------------------
class InterviewEntryWidget(KeyboardRule, HomeChoice, FormSaving, QWidget):
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
        # only confirms the answer just given (see keys.py).
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
        ui.draftBanner.setStyleSheet(f"QFrame#draftBanner {{ background-color: {theme.WARNING_BG}; "
                                     f"border: 1px solid {theme.WARNING_BORDER}; }}")
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
            heading.setStyleSheet(f"color: {FOCUS_BLUE}; padding-top: 10px; border-bottom: 1px solid {theme.LINE_SOFT};")
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
            f" QPushButton:focus {{ border: 3px solid {theme.ACCENT_DARK}; }}")
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

    def refresh_from_others(self) -> None:
        """Another user saved something in this round: the counts and the drafts on offer again, and the
        open form as it is stored now when that changed and nothing is typed over it."""
        if self.mode == "verify":
            return
        self._show_counts()
        if self.home is None:
            self._offer_draft()
            return
        if self.interview is None:
            return
        answers, _problems = self.collect()
        if answers != self.interview.answers:
            return              # typed but not saved yet: its save meets the conflict dialog
        stored = self.controller.open(self.home.id, self.respondent)
        if stored is None or stored.version != self.interview.version:
            self._show_form(self.home, self.respondent, stored, answers=stored.answers if stored else {})
            self._status(translate("InterviewEntryWidget", "Dit formulier is intussen door iemand anders "
                                   "opgeslagen; u ziet nu die versie."), "info")

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
        colour = {"error": ERROR_RED, "ok": OK_GREEN}.get(kind, theme.TEXT)
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
