"""The parts of one door on a door list that are the same for every door: a labelled, numbered tick box
per outcome code (``DoorBoxes``, right of the address), and the handwritten 'later terug (tijd)' box and
notes line (``WriteLine``, at the right of the door's bottom line, beside its earlier visits).

Each is drawn once as a PDF form and placed per door; ``box_rects``, ``later_rect`` and ``notes_rect`` say
where their parts are, for drawing and for the scan layout alike.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from flatapp.printing.fonts import BOLD, REGULAR
from flatapp.printing.layout import BOX_LINE, DARK_GREY, INK, RULE_GREY, FittedLines, fit_lines
from flatapp.services.round_rows import OutcomeRow

OUTCOME_BOX = 4.5 * mm          # ≥ 4 mm, and ≥ 2 mm between two boxes: what recognition can trust
BOX_RIGHT_GAP = 1.2 * mm        # from a box to the next cell
CELL_MIN = 12 * mm              # narrower cells wrap the boxes into a second row
CELL_MAX = 17 * mm
ROW_GAP = 2 * mm                # between two rows of boxes (when there are many outcome codes)
NUMBER_PT = 9
LABEL_PT = 7                    # the short meaning above each box (the header's legend has it in full)
LABEL_MIN_PT = 6
LABEL_LEADING = 1.0
WRITE_HEIGHT = 4.5 * mm         # the 'later terug (tijd)' box and the notes line
LATER_WIDTH = 20 * mm
CAPTION_PT = 7
LATER_CAPTION = "later terug (tijd)"
NOTES_CAPTION = "notities"


def fit_label(text: str, width: float) -> FittedLines:
    """The outcome's label in at most two lines, broken between words only (never inside a word), as
    large as fits between LABEL_MIN_PT and LABEL_PT; shortened with '…' only when even that fails."""
    words = text.split()
    size = LABEL_PT
    while size >= LABEL_MIN_PT:
        if all(stringWidth(word, REGULAR, size) <= width for word in words):
            fitted = fit_lines(text, REGULAR, size, width, max_lines=2)
            if not fitted.shortened:
                return fitted
        size = round(size - 0.25, 2)
    return fit_lines(text, REGULAR, LABEL_MIN_PT, width, max_lines=2, minimum=LABEL_MIN_PT)


@dataclass(frozen=True)
class DoorBoxes:
    """Geometry of one door's right-hand block, origin at its bottom left."""

    codes: tuple[int, ...]
    labels: tuple[str, ...]
    cell: float
    per_row: int
    rows: int
    width: float

    @classmethod
    def for_outcomes(cls, outcomes: tuple[OutcomeRow, ...], width: float) -> DoorBoxes:
        count = max(1, len(outcomes))
        cell = min(CELL_MAX, width / count)
        per_row = count
        if cell < CELL_MIN:
            per_row = max(1, int(width // CELL_MIN))
            cell = width / per_row
        rows = -(-count // per_row)
        return cls(tuple(o.code for o in outcomes), tuple(o.label for o in outcomes), cell, per_row, rows, width)

    @property
    def label_height(self) -> float:
        return 2 * LABEL_PT * LABEL_LEADING

    @property
    def row_height(self) -> float:
        return self.label_height + 0.4 * mm + OUTCOME_BOX

    @property
    def boxes_height(self) -> float:
        return self.rows * self.row_height + (self.rows - 1) * ROW_GAP

    @property
    def height(self) -> float:
        return self.boxes_height

    @property
    def form_name(self) -> str:
        return "FlatDoorBoxes" + hashlib.md5(repr(self).encode()).hexdigest()[:12]

    def box_rects(self) -> list[tuple[int, float, float]]:
        """(code, x, y) of each outcome box's lower left corner."""
        rects = []
        for index, code in enumerate(self.codes):
            row, column = divmod(index, self.per_row)
            row_top = self.height - row * (self.row_height + ROW_GAP)
            x = (column + 1) * self.cell - OUTCOME_BOX - BOX_RIGHT_GAP
            rects.append((code, x, row_top - self.row_height))
        return rects

    def draw(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        for (code, x, y), label in zip(self.box_rects(), self.labels):
            cell_x = x + OUTCOME_BOX + BOX_RIGHT_GAP - self.cell
            fitted = fit_label(label, self.cell - 1.1 * mm)
            canvas.setFillColor(DARK_GREY)
            canvas.setFont(REGULAR, fitted.size)
            for number, line in enumerate(fitted.lines):
                baseline = y + self.row_height - (number + 1) * fitted.size * LABEL_LEADING + 1
                canvas.drawCentredString(cell_x + self.cell / 2, baseline, line)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, NUMBER_PT)
            canvas.drawRightString(x - 0.8 * mm, y + 1.2, str(code))
            canvas.rect(x, y, OUTCOME_BOX, OUTCOME_BOX, stroke=1, fill=0)


@dataclass(frozen=True)
class WriteLine:
    """'later terug (tijd)' with a box for the time, then 'notities' with a line, ``width`` wide; origin
    at the bottom left."""

    width: float
    height: float = WRITE_HEIGHT
    form_name: str = "FlatDoorWriteLine"

    def later_rect(self) -> tuple[float, float, float, float]:
        x = stringWidth(LATER_CAPTION, REGULAR, CAPTION_PT) + 1.5 * mm
        return x, 0.0, LATER_WIDTH, self.height

    def notes_rect(self) -> tuple[float, float, float, float]:
        later_x, _, later_width, _ = self.later_rect()
        x = later_x + later_width + 3 * mm
        return x, 0.0, self.width - x, self.height

    def notes_caption_rect(self) -> tuple[float, float, float, float]:
        """Where 'notities' is printed inside the notes field (not handwriting)."""
        x, y, _, height = self.notes_rect()
        return x, y, stringWidth(NOTES_CAPTION, REGULAR, CAPTION_PT) + 0.5 * mm, height

    def draw(self, canvas: Canvas) -> None:
        x, y, width, height = self.later_rect()
        canvas.setFillColor(DARK_GREY)
        canvas.setFont(REGULAR, CAPTION_PT)
        canvas.drawString(0, y + 1.5, LATER_CAPTION)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        canvas.rect(x, y, width, height, stroke=1, fill=0)
        x, y, width, _ = self.notes_rect()
        canvas.drawString(x, y + 1.5, NOTES_CAPTION)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.7)
        canvas.line(x + stringWidth(NOTES_CAPTION, REGULAR, CAPTION_PT) + 1 * mm, y + 0.5, x + width, y + 0.5)
