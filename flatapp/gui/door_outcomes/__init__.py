"""Typing in the door outcomes after an evening, at typing speed.

``DoorOutcomeWidget`` (layout in ui/door_outcomes.ui) shows one team's door list of one evening in
the printed order. In the grid:

- a digit in the code, address, floor, earlier-visits or outcome column records that outcome code
  for the door (the numbers printed on the list) and moves the cursor to the next door. When the
  round has codes 10 and up and the digit could start one of them ('1' with codes 10–12), the grid
  waits ``SECOND_DIGIT_MS`` for a second digit: a second digit that makes an existing code records
  that code; Enter, any other key or the wait running out records the one-digit code. Without
  codes of two digits every digit records at once;
- the time column takes a time ("1945", "19:45"); before an outcome it is the time used for it
  (default: the evening's start), after one it corrects that visit's time. The same holds for the
  come-back time and the note. Enter there brings the cursor back to the outcome column;
- Backspace or Delete removes this evening's last visit at that door (undo).

Every key press that changes something is one service call in one transaction
(``flatapp.services.door_outcomes``). The facade map beside the grid colours every home of the
block by its latest outcome in the rou

The package: ``view`` the page, with ``keys`` (typing in the grid) mixed in; ``models`` the grid's table
model; ``controller`` the service calls; ``style`` the look and the legend's words.
"""

from __future__ import annotations

from flatapp.gui.door_outcomes.controller import DoorOutcomeEntry
from flatapp.gui.door_outcomes.keys import SECOND_DIGIT_MS
from flatapp.gui.door_outcomes.models import (
    COL_ADDRESS,
    COL_CODE,
    COL_COME_BACK,
    COL_EARLIER,
    COL_FLOOR,
    COL_NOTE,
    COL_OUTCOME,
    COL_TIME,
    DoorOutcomeTableModel,
)
from flatapp.gui.door_outcomes.style import disposition_label, tint
from flatapp.gui.door_outcomes.view import DoorOutcomeWidget

__all__ = ["COL_ADDRESS", "COL_CODE", "COL_COME_BACK", "COL_EARLIER", "COL_FLOOR", "COL_NOTE", "COL_OUTCOME",
           "COL_TIME", "SECOND_DIGIT_MS", "DoorOutcomeEntry", "DoorOutcomeTableModel", "DoorOutcomeWidget",
           "disposition_label", "tint"]
