"""The keyboard and cursor rule of the paper-form entry (mixed into ``InterviewEntryWidget``).

The one rule for the cursor: a key always lands in the question that is highlighted when it is pressed,
and an Enter (or Tab) typed right after an automatic move, before anything else, only confirms the
answer just given (see the package text).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from flatapp.domain.answers import DONT_KNOW, takes_dont_know
from flatapp.domain.questionnaire import QuestionType
from flatapp.gui.interview_form.fields import SINGLE_CHOICE, QuestionField

translate = QCoreApplication.translate

# Pressed on their own these type nothing (Shift comes before '?'): they never count as "a key".
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}


class KeyboardRule:
    """Keys, focus and typing of the entry form: where the cursor goes and what a key does there."""

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
