"""Where things are on a printed page that FlatApp can read back: the corner marks, the page id, every tick
box and every handwritten field, in PDF points (origin bottom left, as reportlab draws).

A ``PageLayout`` is produced by the printers while they draw (``flatapp.printing.scan_marks``), never
computed a second time, and rebuilt from the database by ``flatapp.scanning.layouts.layout_for``. Plain
dataclasses: no Qt, no ORM, no OpenCV.

How boxes and fields are named (``target``, ``value``; as in ``flatapp.scanning.readings``):
- a questionnaire form (``PageKind.FORM``): a tick box has ``target`` = the question code ("KN1") and
  ``value`` = the option's value as text ("2", "9" for "weet niet / wil niet zeggen"); a handwritten field
  has ``target`` = the question code ("KN4" for digit boxes, "KN2" for lines) or "KN1:anders" for the text
  beside an option, and ``label`` = the question's text, shortened;
- a door list (``PageKind.DOORS``): a tick box has ``target`` = the home code as printed ("H0043") and
  ``value`` = the outcome code ("3"), one box per outcome code per door; the handwritten fields per door
  are "H0043:later" (the 'later terug (tijd)' box) and "H0043:notities" (the notes line).

A door list's page id carries ``layout_check(layout)`` of its page as ``PageId.layout`` (a form carries the
questionnaire version id there): a door list is drawn again from the database when it is scanned, and a
list whose doors changed since it was printed draws differently; the check tells, so that a scan is
never read with boxes in the wrong places.
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
    # Printed text inside ``rect`` (a caption at the start of the first line): shown in the crop, but not
    # taken for handwriting.
    printed: Rect | None = None


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


def layout_check(layout: PageLayout) -> int:
    """A number from 1 to 9999 that changes when any box or field of ``layout`` moves (to 0.1 pt), is
    renamed, or is added or left out. The page id is not part of it."""
    import hashlib

    parts = [f"B{b.target}={b.value}@{_rounded(b.rect)}" for b in layout.boxes]
    parts += [f"F{f.target}@{_rounded(f.rect)}" for f in layout.fields]
    digest = hashlib.sha256("\n".join(parts).encode()).digest()
    return int.from_bytes(digest[:4], "big") % 9999 + 1


def _rounded(rect: Rect) -> str:
    return ",".join(f"{value:.1f}" for value in (rect.x, rect.y, rect.w, rect.h))


def mark_centres(width: float, height: float) -> tuple[tuple[float, float], ...]:
    inset = MARK_INSET
    return ((inset, height - inset), (width - inset, height - inset), (width - inset, inset), (inset, inset))
