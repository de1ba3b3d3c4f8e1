"""The flowables of a paper questionnaire: a question with its code in the left column, tick boxes with
their answer codes, the agreement grid's boxes, digit boxes, writing lines, and two short questions side
by side.

Every tick box and handwritten field is recorded where it is drawn (``flatapp.printing.scan_marks``), so
a scan can be read back on exactly the printed geometry. Boxes are TICK_BOX (5 mm) with at least 2 mm
between any two: a size and spacing that recognition can trust.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from flatapp.printing.fonts import BOLD, REGULAR
from flatapp.printing.layout import (
    BOX_LINE,
    DARK_GREY,
    INK,
    PAGE_HEIGHT,
    RULE_GREY,
    TICK_BOX,
    draw_text_fitted,
    styles,
)
from flatapp.printing.scan_marks import record_box, record_field

CODE_COLUMN = 17 * mm
CODE_PT = 12
FORM_PT = 11                   # question texts and answer labels: read aloud at the door, held in the hand
OPTION_GAP = 2 * mm
COLUMN_GAP = 3 * mm            # between two option columns, and between two questions side by side
DIGIT_BOX_WIDTH = 8 * mm
DIGIT_BOX_HEIGHT = 10 * mm
WRITING_GAP = 8 * mm         # between handwriting lines


@lru_cache(maxsize=2)
def form_style(bold: bool = False) -> ParagraphStyle:
    base = styles().body_bold if bold else styles().body
    return base.clone(f"FlatForm{'Bold' if bold else ''}", fontSize=FORM_PT, leading=13.4)


class Indented(Flowable):
    """The question code in a left column, the question and its answer space beside it.

    Splits between its parts when one question is taller than a page (a long consent text).
    """

    def __init__(self, code: str, parts: list[Flowable], boxed: bool = False, continued: bool = False) -> None:
        super().__init__()
        self.code = code
        self.parts = parts
        self.boxed = boxed
        self.continued = continued
        self.gap = OPTION_GAP
        self._heights: list[float] = []

    def _inner_width(self, width: float) -> float:
        return width - CODE_COLUMN - (3 * mm if self.boxed else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        inner = self._inner_width(available_width)
        self._heights = [part.wrap(inner, available_height)[1] for part in self.parts]
        pad = 2 * 2 * mm if self.boxed else 0
        self.height = sum(self._heights) + self.gap * max(0, len(self.parts) - 1) + pad
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is not None and not frame._atTop and self.height <= frame._height:
            return []  # fits on a fresh page: the whole question moves there
        inner = self._inner_width(available_width)
        pad = 2 * 2 * mm if self.boxed else 0
        room = available_height - pad
        used = 0.0
        for index, part in enumerate(self.parts):
            height = part.wrap(inner, room)[1]
            if used + height > room:
                pieces = part.split(inner, room - used) if room - used > 20 else []
                head = self.parts[:index] + pieces[:1]
                tail = pieces[1:] + self.parts[index + 1:] if pieces else self.parts[index:]
                if not head:
                    return []
                return [Indented(self.code, head, self.boxed, self.continued),
                        Indented(self.code, tail, self.boxed, continued=True)]
            used += height + self.gap
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        pad = 2 * mm if self.boxed else 0
        if self.boxed:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(1)
            canvas.rect(CODE_COLUMN - 2 * mm, 0, self.width - CODE_COLUMN + 2 * mm, self.height, stroke=1, fill=0)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, CODE_PT)
        label = f"({self.code})" if self.continued else self.code
        draw_text_fitted(canvas, 0, self.height - pad - CODE_PT, label, BOLD, CODE_PT, CODE_COLUMN - 2 * mm)
        y = self.height - pad
        x = CODE_COLUMN + (1 * mm if self.boxed else 0)
        for part, height in zip(self.parts, self._heights):
            y -= height
            part.drawOn(canvas, x, y)
            y -= self.gap


class SideBySide(Flowable):
    """Two short questions beside each other (left first: the order of the entry form). Never split."""

    def __init__(self, left: Flowable, right: Flowable) -> None:
        super().__init__()
        self.left, self.right = left, right

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.half = (available_width - 2 * COLUMN_GAP) / 2
        self.heights = (self.left.wrap(self.half, available_height)[1],
                        self.right.wrap(self.half, available_height)[1])
        self.height = max(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self.left.drawOn(self.canv, 0, self.height - self.heights[0])
        self.right.drawOn(self.canv, self.half + 2 * COLUMN_GAP, self.height - self.heights[1])


class OptionGrid(Flowable):
    """Answer options as '[ ] 3  label': in a row that wraps ('[ ] 1 Ja   [ ] 2 Nee') when the labels are
    short, else in one to three columns filled top to bottom; whichever is lowest."""

    def __init__(self, target: str, items: list[tuple[int | str, str]]) -> None:
        super().__init__()
        self.target = target
        self.items = items
        self.style = form_style()
        self.code_width = max(stringWidth(str(code), BOLD, FORM_PT) for code, _ in items) + 2 * mm
        self.labels = [Paragraph(markup, self.style) for _, markup in items]

    def _lead(self) -> float:
        return TICK_BOX + 1.5 * mm + self.code_width

    def _flow(self, width: float) -> list[tuple[float, int]] | None:
        """(x, row) per item when every label fits on one line in a wrapping row, else None."""
        places, x, row = [], 0.0, 0
        for label in self.labels:
            text_width = self._one_line_width(label, width - self._lead())
            if text_width is None:
                return None
            item = self._lead() + text_width
            if x > 0 and x + item > width:
                x, row = 0.0, row + 1
            places.append((x, row))
            x += item + 2 * COLUMN_GAP
        return places

    @staticmethod
    def _one_line_width(label: Paragraph, room: float) -> float | None:
        """The width of the label on one line of ``room``, or None when it needs more lines."""
        label.wrap(room, PAGE_HEIGHT)
        lines = label.blPara.lines
        if len(lines) != 1:
            return None
        line = lines[0]
        return room - (line.extraSpace if hasattr(line, "extraSpace") else line[0])

    def _columns_height(self, width: float, columns: int) -> tuple[float, list[float], int]:
        rows = -(-len(self.items) // columns)
        label_width = width / columns - self._lead() - COLUMN_GAP
        heights = [max(p.wrap(label_width, PAGE_HEIGHT)[1], TICK_BOX) for p in self.labels]
        row_heights = [
            max(heights[c * rows + r] for c in range(columns) if c * rows + r < len(heights))
            for r in range(rows)
        ]
        return sum(row_heights) + OPTION_GAP * (rows - 1), row_heights, rows

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.places = self._flow(available_width)
        options = []
        for columns in (1, 2, 3):
            label_width = available_width / columns - self._lead() - COLUMN_GAP
            if columns <= len(self.items) and (columns == 1 or label_width >= 38 * mm):
                options.append((self._columns_height(available_width, columns), columns))
        (height, self.row_heights, self.rows), self.columns = min(options, key=lambda o: (round(o[0][0]), o[1]))
        if self.places is not None:
            rows = self.places[-1][1] + 1
            flow_height = rows * self.style.leading + OPTION_GAP * (rows - 1)
            if flow_height + 1 < height:
                for label in self.labels:
                    label.wrap(available_width - self._lead(), available_height)
                self.row_heights = [max(self.style.leading, TICK_BOX)] * rows
                self.height = sum(self.row_heights) + OPTION_GAP * (rows - 1)
                return self.width, self.height
        self.places = None
        label_width = available_width / self.columns - self._lead() - COLUMN_GAP
        for label in self.labels:
            label.wrap(label_width, available_height)
        self.height = height
        return self.width, self.height

    def _spots(self) -> list[tuple[float, float]]:
        """(x, top) of each item's box."""
        tops, y = [], self.height
        for height in self.row_heights:
            tops.append(y)
            y -= height + OPTION_GAP
        if self.places is not None:
            return [(x, tops[row]) for x, row in self.places]
        column_width = self.width / self.columns
        return [(divmod(i, self.rows)[0] * column_width, tops[divmod(i, self.rows)[1]]) for i in range(len(self.items))]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        for (code, _), label, (x, top) in zip(self.items, self.labels, self._spots()):
            canvas.rect(x, top - TICK_BOX, TICK_BOX, TICK_BOX, stroke=1, fill=0)
            record_box(canvas, self.target, code, x, top - TICK_BOX, TICK_BOX, TICK_BOX)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, FORM_PT)
            baseline = top - TICK_BOX + 3
            canvas.drawString(x + TICK_BOX + 1.5 * mm, baseline, str(code))
            # The label's first line sits on the same baseline as the code.
            label.drawOn(canvas, x + self._lead(), baseline - label.height + self.style.fontSize)


class ScaleBox(Flowable):
    """One tick box of the agreement grid, its code small beside it."""

    def __init__(self, target: str, code: int | str) -> None:
        super().__init__()
        self.target = target
        self.code = str(code)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = TICK_BOX
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = (self.width - TICK_BOX) / 2
        canvas.setFillColor(DARK_GREY)
        canvas.setFont(BOLD, 9)
        canvas.drawRightString(x - 2, 3.5, self.code)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        canvas.rect(x, 0, TICK_BOX, TICK_BOX, stroke=1, fill=0)
        record_box(canvas, self.target, self.code, x, 0, TICK_BOX, TICK_BOX)


class DigitBoxes(Flowable):
    """A box per digit for a number answer, with the allowed range beside it (read by a person)."""

    def __init__(self, target: str, label: str, digits: int, hint: str) -> None:
        super().__init__()
        self.target, self.label = target, label
        self.digits = digits
        self.hint = hint

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = DIGIT_BOX_HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        for index in range(self.digits):
            canvas.rect(index * DIGIT_BOX_WIDTH, 0, DIGIT_BOX_WIDTH, DIGIT_BOX_HEIGHT, stroke=1, fill=0)
        record_field(canvas, self.target, self.label, 0, 0, self.digits * DIGIT_BOX_WIDTH, DIGIT_BOX_HEIGHT)
        if self.hint:
            canvas.setFillColor(DARK_GREY)
            x = self.digits * DIGIT_BOX_WIDTH + 3 * mm
            draw_text_fitted(canvas, x, DIGIT_BOX_HEIGHT / 2 - 3.5, self.hint, REGULAR, 10, self.width - x)


class WritingLines(Flowable):
    """Lines to write on, spaced for handwriting; an optional caption before the first line."""

    def __init__(self, target: str, label: str, lines: int, caption: str = "") -> None:
        super().__init__()
        self.target, self.label = target, label
        self.lines = lines
        self.caption = caption

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.lines * WRITING_GAP
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        start = 0.0
        if self.caption:
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 11)
            canvas.drawString(0, self.height - WRITING_GAP + 2, self.caption)
            start = stringWidth(self.caption, BOLD, 11) + 2 * mm
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.8)
        for line in range(self.lines):
            y = self.height - (line + 1) * WRITING_GAP + 1
            canvas.line(start if line == 0 else 0, y, self.width, y)
        caption = (0, self.height - WRITING_GAP, start, WRITING_GAP) if self.caption else None
        record_field(canvas, self.target, self.label, 0, -1 * mm, self.width, self.height + 1 * mm, caption)


class FillIn(Flowable):
    """'Datum ________  Interviewer(s) ________' on one line; each blank is a handwritten field."""

    def __init__(self, labels: tuple[tuple[str, str], ...]) -> None:
        super().__init__()
        self.labels = labels      # (target, label)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 8 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        slot = self.width / len(self.labels)
        for index, (target, label) in enumerate(self.labels):
            x = index * slot
            canvas.setFillColor(INK)
            canvas.setFont(REGULAR, 11)
            canvas.drawString(x, 3, f"{label}:")
            start = x + stringWidth(f"{label}:", REGULAR, 11) + 2 * mm
            canvas.setStrokeColor(RULE_GREY)
            canvas.setLineWidth(0.8)
            canvas.line(start, 1, x + slot - 6 * mm, 1)
            record_field(canvas, target, label, start, -1 * mm, x + slot - 6 * mm - start, self.height + 1 * mm)
