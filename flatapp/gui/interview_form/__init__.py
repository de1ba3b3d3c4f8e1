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
transaction per call. No ORM object reaches this package.

The package: ``view`` composes the widget from ui/interview_entry.ui and the questions, ``fields`` holds
one question's field, ``keys`` the keyboard and cursor rule, ``homes`` finding the home of a form,
``saving`` drafts, completing and verifying, ``controller`` the service calls, ``style`` colours and sizes.
"""

from __future__ import annotations

from flatapp.gui.interview_form.controller import InterviewEntryController
from flatapp.gui.interview_form.fields import SINGLE_CHOICE, QuestionField, ReadValue
from flatapp.gui.interview_form.view import SAVE_DELAY_MS, InterviewEntryWidget

__all__ = ["InterviewEntryController", "InterviewEntryWidget", "QuestionField", "ReadValue", "SAVE_DELAY_MS",
           "SINGLE_CHOICE"]
