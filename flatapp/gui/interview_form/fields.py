"""One question of the paper form as a field: code, text, printed options, editor and error line."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from flatapp.domain.answers import DONT_KNOW, FieldError, parse_codes, parse_home_list, takes_dont_know
from flatapp.domain.questionnaire import CHOICE_TYPES, Question, QuestionType
from flatapp.gui import theme
from flatapp.gui.interview_form.style import (
    CURRENT_BACKGROUND,
    ERROR_RED,
    FOCUS_BLUE,
    MUTED,
    OK_GREEN,
    QUESTION_PX,
    TEXT_PX,
)
from flatapp.services.homes import HomeRow

translate = QCoreApplication.translate

SINGLE_CHOICE = {QuestionType.SINGLE, QuestionType.YES_NO, QuestionType.AGREEMENT}


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
            style = f"text-decoration: none; color: {theme.TEXT};"
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
            colour = theme.TEXT
        else:
            frame = "border-left: 5px solid transparent;"
            colour = theme.TEXT
        name = self.objectName()
        if self.skipped:
            border = f"1px solid {theme.LINE}"
        elif self.error:
            border = f"2px solid {ERROR_RED}"
        elif self.current:
            border = f"2px solid {FOCUS_BLUE}"
        else:
            border = f"1px solid {theme.LINE_STRONG}"
        self.setStyleSheet(
            f"QFrame#{name} {{ {frame} }}"
            f" QLineEdit, QPlainTextEdit {{ border: {border}; border-radius: 3px; padding: 2px 6px;"
            f" background: {theme.SUBTLE if self.skipped else theme.WHITE}; }}"
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



def _without_code(error: FieldError) -> str:
    """'KN1: deze vraag is verplicht' → 'Deze vraag is verplicht' (the code is beside the field)."""
    message = error.message
    prefix = f"{error.question}: "
    if error.question and message.startswith(prefix):
        message = message[len(prefix):]
    return message[:1].upper() + message[1:]
