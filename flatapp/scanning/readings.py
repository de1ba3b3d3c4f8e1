"""What reading one scanned page yields: the contract between the reader (images in) and the services
that turn readings into draft interviews and door outcomes (readings out). Plain, Qt-free and ORM-free.

A box is named by ``target`` and ``value``:
- on a questionnaire form, ``target`` is the question code ("KN1") and ``value`` the option's value as
  text ("2"); a multi-select question has one box per option;
- on a door list, ``target`` is the home code ("H0043") and ``value`` the outcome code ("NT").
A handwritten field (a number, an "anders" text, a story, neighbours' house numbers) is never read by the
machine: its crop goes to a person. Its ``target`` is the question code, or "KN1:anders" for the text
beside an option.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

# The first field of every page id: a QR code that does not start with this is not a FlatApp page.
PAGE_ID_PREFIX = "FA1"


class PageKind(str, Enum):
    FORM = "F"    # one home's questionnaire form
    DOORS = "D"   # a door list of one evening (or of the whole round) and one team


@dataclass(frozen=True)
class PageId:
    """What the QR code on a printed page says: enough to find the page's layout again.

    ``subject`` is the home code for a form and the door list's key for a door list (e.g. "E3-T2": evening
    3, team 2; "R-T2" for a list of the whole round). ``layout`` is the questionnaire version id for a form
    and, for a door list, the check of the printed page's boxes (``page_layout.layout_check``, 1–9999; 0 on
    door lists printed before the check existed). ``page`` counts from 1 within the document.
    """

    kind: PageKind
    round_id: int
    subject: str
    layout: int
    page: int

    def encode(self) -> str:
        return "|".join((PAGE_ID_PREFIX, self.kind.value, str(self.round_id), self.subject,
                         str(self.layout), str(self.page)))

    @classmethod
    def decode(cls, text: str) -> PageId | None:
        """The page id in a QR code's text, or None when the text is not a FlatApp page id."""
        parts = text.strip().split("|")
        if len(parts) != 6 or parts[0] != PAGE_ID_PREFIX:
            return None
        try:
            return cls(PageKind(parts[1]), int(parts[2]), parts[3], int(parts[4]), int(parts[5]))
        except ValueError:
            return None


class MarkState(str, Enum):
    EMPTY = "empty"          # nothing in the box
    MARKED = "marked"        # a tick, a cross or a filled box
    CANCELLED = "cancelled"  # a mark that was crossed out / filled over as a correction: counts as empty
    UNCERTAIN = "uncertain"  # the machine is not sure: a person decides, the machine never guesses


@dataclass(frozen=True)
class BoxReading:
    target: str
    value: str
    state: MarkState
    # How much of the box's inside is ink, 0..1 (after removing the printed border).
    ink: float
    # For the review screen: a PNG crop of all the boxes of this box's question (or door) and the start of
    # their labels, only when that question needs a person (an UNCERTAIN box, or more than one mark).
    crop_png: bytes | None = None


@dataclass(frozen=True)
class FieldCrop:
    """A handwritten field: the person types what the crop shows."""

    target: str
    label: str        # the question's text as printed, shortened, for the review screen
    crop_png: bytes
    # True when the field holds any ink at all; an empty field needs no typing.
    has_ink: bool


@dataclass
class PageReading:
    """One scanned page. ``page_id`` None or ``problem`` set means a person must look at the page."""

    source: str                 # file name, and "p. 3" for a page in a multi-page PDF
    source_index: int           # 0-based position of the page in the scanned stack
    page_id: PageId | None
    # Why the page could not be read, in Dutch for the coordinator ("te donker", "afgesneden: een
    # hoekmarkering ontbreekt", "geen FlatApp-pagina"); None when it was read.
    problem: str | None = None
    boxes: list[BoxReading] = field(default_factory=list)
    fields: list[FieldCrop] = field(default_factory=list)
    # The aligned page as a (grey, moderately compressed) PNG, kept as the source of every answer.
    image_png: bytes = b""
    # A digest of the page's pixels after alignment, so the same sheet scanned twice is recognised.
    fingerprint: str = ""
    # True for a blank back side of a double-sided scan (no page id, almost no ink): skipped silently.
    blank: bool = False
    # True when the scan is black and white without greys (a copier's "tekst" mode): light pencil may have
    # vanished before FlatApp saw it, so the coordinator is told.
    black_and_white: bool = False


# A door list's ``subject``: "E<evening id>-T<team id>" for one evening, "R-T<team id>" for the whole round;
# the ids are the database's, T0 is the list of homes without a team.
def door_list_subject(evening_id: int | None, team_id: int | None) -> str:
    return f"{'R' if evening_id is None else f'E{evening_id}'}-T{team_id or 0}"


def parse_door_list_subject(subject: str) -> tuple[int | None, int | None] | None:
    """(evening id or None for the whole round, team id or None) from a door list's subject; None when
    the subject is not a door list key."""
    head, _, tail = subject.partition("-")
    if not tail.startswith("T") or not tail[1:].isdigit():
        return None
    if head == "R":
        evening = None
    elif head.startswith("E") and head[1:].isdigit():
        evening = int(head[1:])
    else:
        return None
    team = int(tail[1:])
    return evening, team or None
