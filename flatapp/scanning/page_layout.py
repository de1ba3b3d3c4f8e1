"""Where things are on a printed page that FlatApp can read back: the corner marks, the page id, every tick
box and every handwritten field, in PDF points (origin bottom left, as reportlab draws).

A ``PageLayout`` is produced by the printers while they draw (``flatapp.printing.scan_marks``), never
computed a second time, and rebuilt from the database by ``flatapp.scanning.layouts.layout_for``. Plain
dataclasses: no Qt, no ORM, no OpenCV.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flatapp.scanning.readings import PageId

MM = 72 / 25.4
# Registration marks: solid squares, their centres MARK_INSET from both edges of each corner. Inside the
# printable area of office printers (≥ 5 mm) and far enough in that a copier's crop rarely touches them.
MARK_SIZE = 5 * MM
MARK_INSET = 10 * MM


@dataclass(frozen=True)
class Rect:
    """A rectangle in points: lower-left corner, width and height."""

    x: float
    y: float
    w: float
    h: float

    def grown(self, by: float) -> Rect:
        return Rect(self.x - by, self.y - by, self.w + 2 * by, self.h + 2 * by)


@dataclass(frozen=True)
class BoxSpot:
    """A tick box: ``target`` and ``value`` as in ``flatapp.scanning.readings.BoxReading``."""

    target: str
    value: str
    rect: Rect


@dataclass(frozen=True)
class FieldSpot:
    """A handwritten field (lines, digit boxes, a bordered box): its crop goes to a person."""

    target: str
    label: str
    rect: Rect


@dataclass
class PageLayout:
    width: float
    height: float
    page_id: PageId | None = None
    boxes: list[BoxSpot] = field(default_factory=list)
    fields: list[FieldSpot] = field(default_factory=list)
    # Where the QR code is (for a check that it was found where it was printed), or None.
    qr: Rect | None = None

    @property
    def marks(self) -> tuple[tuple[float, float], ...]:
        """The four mark centres: top left, top right, bottom right, bottom left."""
        return mark_centres(self.width, self.height)


def mark_centres(width: float, height: float) -> tuple[tuple[float, float], ...]:
    inset = MARK_INSET
    return ((inset, height - inset), (width - inset, height - inset), (width - inset, inset), (inset, inset))
