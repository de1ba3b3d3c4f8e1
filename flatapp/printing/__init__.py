"""Everything FlatApp prints for the doors, as PDF (reportlab; no Qt here).

* ``door_lists.render_door_lists``        door lists per team per evening
* ``questionnaire_form.render_questionnaires``  paper questionnaires per home
* ``letters.render_letters``              announcement letters per home

Each takes plain rows (``flatapp.services.round_rows``, ``HomeRow``, ``Questionnaire``), writes one
PDF to a path or a binary file object, and returns the number of pages. Printing to a printer is
``flatapp.gui.print_pdf``. Submodules are imported on first use, so importing this package is free.
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "render_door_lists": "flatapp.printing.door_lists",
    "render_questionnaires": "flatapp.printing.questionnaire_form",
    "render_letters": "flatapp.printing.letters",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'flatapp.printing' has no attribute {name!r}")
