"""What a scanner needs on a printed page: four solid corner marks, the page id as a vector QR code, and a
record of where every tick box and handwritten field was drawn.

The record is made by the drawing code itself: a flowable that draws a box calls ``record_box`` with the
rectangle it drew, in its own coordinates; the canvas's current transformation turns it into page points.
A canvas without a ``LayoutRecorder`` attached records nothing (printing without a scan in mind).
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from flatapp.printing.layout import INK
from flatapp.scanning.page_layout import MARK_SIZE, BoxSpot, FieldSpot, PageLayout, Rect, mark_centres
from flatapp.scanning.readings import PageId

# The QR code: version 2 at level M holds a page id of up to 26 characters in 25 × 25 modules.
QR_MODULE = 0.6 * 72 / 25.4


def draw_corner_marks(canvas: Canvas, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setFillColor(INK)
    for x, y in mark_centres(width, height):
        canvas.rect(x - MARK_SIZE / 2, y - MARK_SIZE / 2, MARK_SIZE, MARK_SIZE, stroke=0, fill=1)
    canvas.restoreState()


@lru_cache(maxsize=256)
def _qr_runs(text: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR matrix of ``text`` as (size, dark runs per row: (row, first column, length))."""
    import segno

    matrix = [list(row) for row in segno.make(text, error="m", micro=False).matrix]
    runs = []
    for row, cells in enumerate(matrix):
        column = 0
        while column < len(cells):
            if cells[column]:
                start = column
                while column < len(cells) and cells[column]:
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return len(matrix), tuple(runs)


def qr_size(text: str) -> float:
    """The printed width of the QR code of ``text`` in points (without its quiet zone)."""
    return _qr_runs(text)[0] * QR_MODULE


def draw_page_id(canvas: Canvas, page_id: PageId, x: float, y: float) -> Rect:
    """The page id as a QR code drawn with rectangles (it stays vector), lower left at (x, y)."""
    text = page_id.encode()
    size, runs = _qr_runs(text)
    canvas.saveState()
    canvas.setFillColor(INK)
    top = y + size * QR_MODULE
    path = canvas.beginPath()
    for row, column, length in runs:
        path.rect(x + column * QR_MODULE, top - (row + 1) * QR_MODULE, length * QR_MODULE, QR_MODULE)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return Rect(x, y, size * QR_MODULE, size * QR_MODULE)


class LayoutRecorder:
    """Collects the boxes and fields drawn on a canvas, per page key.

    The key is ``key`` when the owner sets it (a page recorded as a PDF form), else the canvas's page
    number."""

    def __init__(self) -> None:
        self.key: Hashable | None = None
        self.boxes: dict[Hashable, list[BoxSpot]] = {}
        self.fields: dict[Hashable, list[FieldSpot]] = {}

    def _key(self, canvas: Canvas) -> Hashable:
        return self.key if self.key is not None else canvas.getPageNumber()

    def layout(self, key: Hashable, width: float, height: float, page_id: PageId | None = None,
               qr: Rect | None = None) -> PageLayout:
        return PageLayout(width, height, page_id, list(self.boxes.get(key, ())), list(self.fields.get(key, ())), qr)


def attach_recorder(canvas: Canvas, recorder: LayoutRecorder | None) -> None:
    canvas._flatapp_recorder = recorder


def _absolute(canvas: Canvas, x: float, y: float, w: float, h: float) -> Rect:
    corners = [canvas.absolutePosition(cx, cy) for cx, cy in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))]
    xs = [c[0] for c in corners]
    ys = [c[1] for c in corners]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def record_box(canvas: Canvas, target: str, value: object, x: float, y: float, w: float, h: float) -> None:
    """Note the tick box just drawn at (x, y, w, h) in the canvas's current coordinates."""
    recorder: LayoutRecorder | None = getattr(canvas, "_flatapp_recorder", None)
    if recorder is not None:
        recorder.boxes.setdefault(recorder._key(canvas), []).append(
            BoxSpot(target, str(value), _absolute(canvas, x, y, w, h)))


def record_field(canvas: Canvas, target: str, label: str, x: float, y: float, w: float, h: float,
                 printed: tuple[float, float, float, float] | None = None) -> None:
    """Note the handwritten field just drawn at (x, y, w, h) in the canvas's current coordinates;
    ``printed`` is a caption printed inside it (x, y, w, h), if any."""
    recorder: LayoutRecorder | None = getattr(canvas, "_flatapp_recorder", None)
    if recorder is not None:
        caption = _absolute(canvas, *printed) if printed else None
        recorder.fields.setdefault(recorder._key(canvas), []).append(
            FieldSpot(target, label, _absolute(canvas, x, y, w, h), caption))
