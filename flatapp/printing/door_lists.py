"""Door lists: the paper a team carries up the stairs on one evening.

One PDF for a batch of ``TeamDoorList`` rows, A4 portrait, large type, a fresh page and its own
"pagina x van y" per team list. Every page repeats the team, its members, the evening and the
legend of outcome codes. Doors stay in the given (walking) order under entrance/floor headings.

Privacy: a door list is confidential (its tier line is on every page): it shows addresses and
earlier outcomes only. No resident names, no answers,
and no free-text notes of earlier attempts (they might name someone).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreakIfNotEmpty, Paragraph, Spacer

from flatapp.domain.tiers import Tier
from flatapp.printing.fonts import BOLD, REGULAR
from flatapp.printing.layout import (
    BOX_LINE,
    CONTENT_WIDTH,
    DARK_GREY,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE_GREY,
    SHADE,
    GroupMarker,
    ShadedHeading,
    build_grouped,
    draw_once,
    draw_paragraphs,
    draw_tier_line,
    escape_text,
    fit_lines,
    page_label,
    paragraphs_height,
    safe_paragraph,
    styles,
)
from flatapp.printing.scan_marks import (
    LayoutRecorder,
    attach_recorder,
    draw_corner_marks,
    draw_page_id,
    qr_size,
    record_box,
    record_field,
)
from flatapp.scanning.page_layout import PageLayout
from flatapp.scanning.readings import PageId, PageKind, door_list_subject
from flatapp.services.round_rows import DoorRow, OutcomeRow, TeamDoorList

# Columns of one door row. A4 holds at least 12 doors: a row is about 16.5 mm.
ADDRESS_COLUMN = 54 * mm
COLUMN_GAP = 3 * mm
OUTCOME_BOX = 4.5 * mm          # ≥ 4 mm, and ≥ 2 mm between two boxes: what recognition can trust
OUTCOME_CELL_MAX = 12 * mm
OUTCOME_CELL_MIN = 10 * mm
LATER_CELL = 18 * mm
NUMBER_PT = 9
LABEL_PT = 6.5                  # the short meaning above each box (the legend has it in full)
LABEL_MIN_PT = 5.5
LABEL_LEADING = 1.12
NOTES_HEIGHT = 4.5 * mm
NOTES_GAP = 0.8 * mm
ROW_PADDING = 0.6 * mm
ADDRESS_PT = 13                 # read in a dim stairwell
DETAIL_PT = 10                  # the home code and floor; the earlier visits
HEADER_RIGHT = 62 * mm
HEADER_GAP = 3 * mm
QR_GAP = 3 * mm


def render_door_lists(lists: list[TeamDoorList], target: Path | BinaryIO,
                      teamless: tuple[DoorRow, ...] = (), layouts: list[PageLayout] | None = None) -> int:
    """Write one PDF with every team list in ``lists`` (each on fresh pages); returns the page count.
    ``teamless``: open homes no team has this evening; they get a last page for the coordinator, so
    no home is missed without a word.

    Every page has corner marks and its page id (``PageId(DOORS, round, "E<evening>-T<team>", 0, page)``);
    when ``layouts`` is a list, each page's ``PageLayout`` (every outcome box per door) is appended to it.

    Raises ValueError (Dutch) when there is nothing to print.
    """
    if not lists:
        raise ValueError("Er zijn geen deurlijsten om te printen: deze avond heeft nog geen teams met deuren.")
    pages: list = [_ListPages(door_list) for door_list in lists]
    if teamless:
        pages.append(_TeamlessPages(lists[0], teamless))
    header_height = max(page.header_height() for page in pages)
    top = MARGIN + header_height + HEADER_GAP

    story: list[Flowable] = []
    for index, page in enumerate(pages):
        if index:
            story.append(PageBreakIfNotEmpty())
        story.append(GroupMarker(page))
        story.extend(page.body())

    recorder = LayoutRecorder() if layouts is not None else None

    def decorate(canvas: Canvas, info: object, page: int, count: int) -> None:
        draw_once(canvas, "FlatDoorListMarks", lambda c: draw_corner_marks(c, PAGE_WIDTH, PAGE_HEIGHT))
        if isinstance(info, (_ListPages, _TeamlessPages)):
            info.draw_header(canvas, page, count)
            page_id = info.page_id(page)
            size = qr_size(page_id.encode())
            qr = draw_page_id(canvas, page_id, info.qr_x, PAGE_HEIGHT - MARGIN - size)
            if recorder is not None and layouts is not None:
                layouts.append(recorder.layout(canvas.getPageNumber(), PAGE_WIDTH, PAGE_HEIGHT, page_id, qr))
        draw_once(canvas, "FlatDoorListTier", lambda c: draw_tier_line(c, Tier.CONFIDENTIAL))

    first = lists[0]
    result = build_grouped(
        story, target, decorate, top=top, bottom=MARGIN,
        title=f"Deurlijsten {first.round_name}", subject=first.building_name,
        prepare=lambda canvas: attach_recorder(canvas, recorder),
    )
    return result.pages


def _page_id(door_list: TeamDoorList, page: int, team_id: int | None) -> PageId:
    return PageId(PageKind.DOORS, door_list.round_id, door_list_subject(door_list.evening.id, team_id), 0, page)


def _qr_x() -> float:
    """The QR code stands between the header's texts and its right-hand column."""
    return PAGE_WIDTH - MARGIN - HEADER_RIGHT - QR_GAP - qr_size(
        PageId(PageKind.DOORS, 99999, "E99999-T99999", 0, 99).encode())


# --- one team's list ------------------------------------------------------------------------

def _team_title(name: str) -> str:
    clean = " ".join(name.split())
    return clean if clean.lower().startswith("team") else f"Team {clean}"


def _entrance_label(entrance: str) -> str:
    clean = " ".join(entrance.split())
    if not clean:
        return ""
    return f"Ingang {clean}" if len(clean) <= 3 or clean.isdigit() else clean


def _floor_heading(door: DoorRow) -> str:
    if door.floor == 0:
        floor = "begane grond"
    elif door.floor < 0:
        floor = f"kelder ({door.floor_label})"
    else:
        floor = f"{door.floor_label} verdieping"
    entrance = _entrance_label(door.entrance)
    return f"{entrance} · {floor}" if entrance else floor[:1].upper() + floor[1:]


def _floor_bar(door: DoorRow) -> ShadedHeading:
    return ShadedHeading(_floor_heading(door), bar_padding=1.8 * mm, gap_above=1.2 * mm)


@dataclass(frozen=True)
class _Metrics:
    """Geometry of one door's right-hand block, the same for every door of one list: a cell per outcome
    (its short meaning above, its number beside a box), a cell for 'later terug (tijd)', and a notes line
    under them. ``box_rects`` is where the boxes are; drawing and the scan layout both use it."""

    codes: tuple[int, ...]
    labels: tuple[str, ...]
    cell: float
    per_row: int
    rows: int
    right_width: float

    @property
    def label_height(self) -> float:
        return 2 * LABEL_PT * LABEL_LEADING

    @property
    def row_height(self) -> float:
        return self.label_height + 0.5 * mm + OUTCOME_BOX

    @property
    def boxes_height(self) -> float:
        return self.rows * self.row_height + (self.rows - 1) * 1.5 * mm

    @property
    def block_height(self) -> float:
        """Height of the right-hand block: labelled boxes, then the notes line."""
        return self.boxes_height + NOTES_GAP + NOTES_HEIGHT

    @property
    def later_x(self) -> float:
        return self.per_row * self.cell + 2 * mm

    @property
    def form_name(self) -> str:
        return "FlatDoorBoxes" + hashlib.md5(repr(self).encode()).hexdigest()[:12]

    def box_rects(self) -> list[tuple[int, float, float]]:
        """(code, x, y) of each outcome box's lower left corner, origin at the block's bottom left."""
        rects = []
        for index, code in enumerate(self.codes):
            row, column = divmod(index, self.per_row)
            row_top = self.block_height - row * (self.row_height + 1.5 * mm)
            rects.append((code, column * self.cell + self.cell - OUTCOME_BOX - 1 * mm, row_top - self.row_height))
        return rects

    def later_rect(self) -> tuple[float, float, float, float]:
        return self.later_x, self.block_height - self.row_height, LATER_CELL, OUTCOME_BOX

    def notes_rect(self) -> tuple[float, float, float, float]:
        return 0, 0, self.right_width, NOTES_HEIGHT

    def _draw_label(self, canvas: Canvas, x: float, top: float, width: float, text: str) -> None:
        fitted = fit_lines(text, REGULAR, LABEL_PT, width, max_lines=2, minimum=LABEL_MIN_PT)
        canvas.setFont(REGULAR, fitted.size)
        for number, line in enumerate(fitted.lines):
            canvas.drawCentredString(x + width / 2, top - (number + 1) * LABEL_PT * LABEL_LEADING + 1, line)

    def draw_block(self, canvas: Canvas) -> None:
        """The labelled outcome boxes, 'later terug (tijd)' and the notes line, origin bottom left."""
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        for (code, x, y), label in zip(self.box_rects(), self.labels):
            cell_x = x - (self.cell - OUTCOME_BOX - 1 * mm)
            canvas.setFillColor(DARK_GREY)
            self._draw_label(canvas, cell_x, y + self.row_height, self.cell - 0.6 * mm, label)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, NUMBER_PT)
            canvas.drawRightString(x - 0.8 * mm, y + 1.2, str(code))
            canvas.rect(x, y, OUTCOME_BOX, OUTCOME_BOX, stroke=1, fill=0)
        x, y, width, height = self.later_rect()
        canvas.setFillColor(DARK_GREY)
        self._draw_label(canvas, x, y + self.row_height, width, "later terug (tijd)")
        canvas.rect(x, y, width, height, stroke=1, fill=0)
        # Notes: a light line over the full width, its caption at its start.
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.7)
        canvas.line(0, 0.5, self.right_width, 0.5)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(0, 2, "notities")

    @classmethod
    def for_outcomes(cls, outcomes: tuple[OutcomeRow, ...]) -> _Metrics:
        right_width = CONTENT_WIDTH - ADDRESS_COLUMN - COLUMN_GAP
        boxes_width = right_width - LATER_CELL - 2 * mm
        count = max(1, len(outcomes))
        cell = min(OUTCOME_CELL_MAX, boxes_width / count)
        per_row = count
        if cell < OUTCOME_CELL_MIN:
            per_row = max(1, int(boxes_width // OUTCOME_CELL_MIN))
            cell = boxes_width / per_row
        rows = -(-count // per_row)
        return cls(tuple(o.code for o in outcomes), tuple(o.label for o in outcomes), cell, per_row, rows,
                   right_width)


class _ListPages:
    """Header (drawn on every page) and body (door rows) of one team's list."""

    def __init__(self, door_list: TeamDoorList) -> None:
        self.door_list = door_list
        st = styles()
        evening = door_list.evening
        self.title = Paragraph(
            f"Deurlijst <b>{escape_text(_team_title(door_list.team_name))}</b>", st.title.clone(
                "FlatDoorTitle", fontSize=16, leading=19))
        self.evening = safe_paragraph(evening.label, st.heading)
        members = ", ".join(" ".join(m.split()) for m in door_list.members if m.strip())
        self.members = safe_paragraph(members or "—", st.body, before="Vrijwilligers: ")
        self.qr_x = _qr_x()
        place = " · ".join(part for part in (door_list.building_name, door_list.round_name) if part.strip())
        self.place = safe_paragraph(place, st.right.clone("FlatPlace", fontSize=9, leading=11))
        self.legend = Paragraph(self._legend_markup(door_list.outcomes), st.body.clone(
            "FlatLegend", fontSize=10.5, leading=13.5))
        self.metrics = _Metrics.for_outcomes(door_list.outcomes)

    def page_id(self, page: int) -> PageId:
        return _page_id(self.door_list, page, self.door_list.team_id)

    @cached_property
    def left_width(self) -> float:
        return self.qr_x - MARGIN - QR_GAP

    @staticmethod
    def _legend_markup(outcomes: tuple[OutcomeRow, ...]) -> str:
        if not outcomes:
            return "<b>Uitkomst:</b> schrijf op wat er gebeurde."
        items = []
        for outcome in sorted(outcomes, key=lambda o: o.code):
            extra = " (+ tijd)" if outcome.asks_time else ""
            items.append(f"<b>{outcome.code}</b>&nbsp;{escape_text(outcome.label)}{extra}")
        return "<b>Uitkomst</b> (kruis het vakje aan): " + " &nbsp;·&nbsp; ".join(items)

    # header ----------------------------------------------------------------------------
    def _left(self) -> list[Flowable]:
        return [self.title, self.evening, self.members]

    def header_height(self) -> float:
        left = max(paragraphs_height(self._left(), self.left_width), PAGE_WIDTH - MARGIN - HEADER_RIGHT - self.qr_x)
        legend = self.legend.wrap(CONTENT_WIDTH - 4 * mm, PAGE_HEIGHT)[1] + 2.5 * mm
        return left + 2 * mm + legend

    def draw_header(self, canvas: Canvas, page: int, count: int) -> None:
        draw_once(canvas, f"FlatDoorListHeader{id(self)}", self._draw_static_header)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 13)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN - 14, page_label(page, count))

    def _draw_static_header(self, canvas: Canvas) -> None:
        top = PAGE_HEIGHT - MARGIN
        y = draw_paragraphs(canvas, self._left(), MARGIN, top, self.left_width)
        y = min(y, top - (PAGE_WIDTH - MARGIN - HEADER_RIGHT - self.qr_x))     # below the QR code too
        draw_paragraphs(canvas, [self.place], PAGE_WIDTH - MARGIN - HEADER_RIGHT + 4 * mm, top - 22,
                        HEADER_RIGHT - 4 * mm)
        legend_height = self.legend.wrap(CONTENT_WIDTH - 4 * mm, PAGE_HEIGHT)[1] + 2.5 * mm
        box_top = y - 2 * mm
        canvas.setFillColor(SHADE)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(MARGIN, box_top - legend_height, CONTENT_WIDTH, legend_height, stroke=1, fill=1)
        self.legend.drawOn(canvas, MARGIN + 2 * mm, box_top - legend_height + 1.2 * mm)

    # body ------------------------------------------------------------------------------
    def body(self) -> list[Flowable]:
        doors = self.door_list.doors
        if not doors:
            return [Spacer(1, 6 * mm), Paragraph("Geen deuren voor dit team op deze avond.", styles().heading)]
        story: list[Flowable] = []
        previous: tuple[str, int] | None = None
        for door in doors:
            row = _DoorEntry(door, self.metrics)
            where = (door.entrance, door.floor)
            if where != previous:
                story.append(KeepTogether([_floor_bar(door), row]))
                previous = where
            else:
                story.append(row)
        return story


class _DoorEntry(Flowable):
    """One door: address and code left, a numbered box per outcome, 'later terug', notes."""

    def __init__(self, door: DoorRow, metrics: _Metrics) -> None:
        super().__init__()
        st = styles()
        self.door = door
        self.metrics = metrics
        self.address = safe_paragraph(door.address, st.address.clone(
            "FlatDoorAddress", fontSize=ADDRESS_PT, leading=ADDRESS_PT * 1.2))
        detail = " · ".join(part for part in (door.code, door.floor_label) if part)
        small = st.body.clone("FlatDoorCode", fontSize=DETAIL_PT, leading=DETAIL_PT * 1.18)
        self.detail = safe_paragraph(detail, small)
        self.earlier = None
        if door.earlier:
            self.earlier = safe_paragraph("; ".join(a.label for a in door.earlier), small, before="Eerder: ")

    def _left(self) -> list[Flowable]:
        return [p for p in (self.address, self.detail, self.earlier) if p is not None]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        left = paragraphs_height(self._left(), ADDRESS_COLUMN, gap=0)
        self.height = max(left, self.metrics.block_height) + 2 * ROW_PADDING
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a door is never cut in half

    def draw(self) -> None:
        canvas = self.canv
        m = self.metrics
        top = self.height - ROW_PADDING
        draw_paragraphs(canvas, self._left(), 0, top, ADDRESS_COLUMN, gap=0)
        # The boxes are the same on every door: drawn once as a PDF form, placed per door; where each
        # box is goes into the page's scan layout.
        canvas.saveState()
        canvas.translate(ADDRESS_COLUMN + COLUMN_GAP, top - m.block_height)
        draw_once(canvas, m.form_name, m.draw_block)
        code = self.door.code
        for value, x, y in m.box_rects():
            record_box(canvas, code, value, x, y, OUTCOME_BOX, OUTCOME_BOX)
        record_field(canvas, f"{code}:later", "later terug (tijd)", *m.later_rect())
        record_field(canvas, f"{code}:notities", "notities", *m.notes_rect())
        canvas.restoreState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        canvas.line(0, 0, self.width, 0)


class _TeamlessPages:
    """The coordinator's last page: homes that are on no team's list this evening."""

    def __init__(self, first: TeamDoorList, homes: tuple[DoorRow, ...]) -> None:
        st = styles()
        self.homes = homes
        self.first = first
        self.qr_x = _qr_x()
        count = len(homes)
        self.title = Paragraph(f"Niet op een deurlijst: {count} {'woning' if count == 1 else 'woningen'}", st.title)
        self.evening = safe_paragraph(first.evening.label, st.heading)
        self.advice = Paragraph(
            "Deze woningen hebben op deze avond geen team, bijvoorbeeld omdat ze na het verdelen van de deuren "
            "aan de flat zijn toegevoegd. Verdeel ze in FlatApp met <b>Woningen zonder team verdelen</b> "
            "(of <b>flatapp round assign</b>) en print de deurlijsten opnieuw, of geef ze zelf aan een team mee.",
            st.body)

    def _left(self) -> list[Flowable]:
        return [self.title, self.evening]

    def page_id(self, page: int) -> PageId:
        return _page_id(self.first, page, None)      # "T0": the homes without a team

    def header_height(self) -> float:
        return paragraphs_height(self._left(), self.qr_x - MARGIN - QR_GAP)

    def draw_header(self, canvas: Canvas, page: int, count: int) -> None:
        draw_paragraphs(canvas, self._left(), MARGIN, PAGE_HEIGHT - MARGIN, self.qr_x - MARGIN - QR_GAP)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 13)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN - 14, page_label(page, count))

    def body(self) -> list[Flowable]:
        st = styles()
        story: list[Flowable] = [self.advice, Spacer(1, 4 * mm)]
        previous: tuple[str, int] | None = None
        for door in self.homes:
            where = (door.entrance, door.floor)
            if where != previous:
                story.append(_floor_bar(door))
                previous = where
            story.append(safe_paragraph(f"{door.address} · {door.code}", st.address))
        return story
