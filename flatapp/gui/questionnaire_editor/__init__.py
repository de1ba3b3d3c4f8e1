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

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

# The parts (and Qt with them) load when a name is first used, not when the package is imported:
# walking flatapp's packages (tests/test_core_is_qt_free.py) must not load Qt outside flatapp.gui.
_HOME = {
    "Draft": "flatapp.gui.questionnaire_editor.draft",
    "OptionDraft": "flatapp.gui.questionnaire_editor.draft",
    "OptionTableModel": "flatapp.gui.questionnaire_editor.models",
    "QuestionDraft": "flatapp.gui.questionnaire_editor.draft",
    "QuestionTreeModel": "flatapp.gui.questionnaire_editor.models",
    "QuestionnaireEditorDialog": "flatapp.gui.questionnaire_editor.dialog",
    "SectionDraft": "flatapp.gui.questionnaire_editor.draft",
    "TYPE_LABELS": "flatapp.gui.questionnaire_editor.draft",
    "parse_codes": "flatapp.gui.questionnaire_editor.draft",
}
__all__ = ["Draft", "OptionDraft", "OptionTableModel", "QuestionDraft", "QuestionTreeModel",
           "QuestionnaireEditorDialog", "SectionDraft", "TYPE_LABELS", "parse_codes"]


def __getattr__(name: str):
    if name in _HOME:
        return getattr(import_module(_HOME[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
