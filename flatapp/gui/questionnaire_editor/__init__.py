"""Vragenlijst bewerken: change wording, answer options, skip rules and order of a questionnaire.

Left a tree of the sections and their questions (with, on top, the title, intro and closing
text); right the fields of what is chosen. Edits are made in a plain working copy (the draft);
"Opslaan" validates it and stores it through ``flatapp.services.questionnaires`` in one
transaction. A frozen version (answers were entered with it) is never changed: saving makes the
next version, and the dialog says so before and after. Errors are shown in Dutch at the field
and in the message line; nothing is written when the definition is not valid.

The package: ``draft`` holds the working copy (plain data), ``models`` the tree and option-table models,
``dialog`` the dialog composed from ui/questionnaire_editor.ui, ``panels`` the property pages on the right,
``structure`` adding, removing and moving in the tree, ``versions`` loading, saving and copying versions,
``style`` the colours and style sheets.
"""

from __future__ import annotations

from flatapp.gui.questionnaire_editor.dialog import QuestionnaireEditorDialog
from flatapp.gui.questionnaire_editor.draft import (
           TYPE_LABELS,
           Draft,
           OptionDraft,
           QuestionDraft,
           SectionDraft,
           parse_codes,
)
from flatapp.gui.questionnaire_editor.models import OptionTableModel, QuestionTreeModel

__all__ = ["Draft", "OptionDraft", "OptionTableModel", "QuestionDraft", "QuestionTreeModel",
           "QuestionnaireEditorDialog", "SectionDraft", "TYPE_LABELS", "parse_codes"]
