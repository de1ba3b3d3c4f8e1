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
    page_label,
    paragraphs_height,
    safe_paragraph,
    styles,
)
from flatapp.services.round_rows import DoorRow, OutcomeRow, TeamDoorList

# Columns of one door row.
ADDRESS_COLUMN = 60 * mm
LATER_COLUMN = 27 * mm
COLUMN_GAP = 4 * mm
OUTCOME_BOX = 6 * mm
OUTCOME_CELL_MAX = 10 * mm
OUTCOME_CELL_MIN = 8 * mm
NUMBER_PT = 11
DOOR_CAPTION_PT = 9   # 'later terug (tijd)', 'notities': read once, but in poor light
NOTES_HEIGHT = 10 * mm
NOTES_GAP = 2 * mm
ROW_PADDING = 2.2 * mm
HEADER_RIGHT = 62 * mm
HEADER_GAP = 4 * mm


def render_door_lists(lists: list[TeamDoorList], target: Path | BinaryIO,
                      teamless: tuple[DoorRow, ...] = ()) -> int:
    """Write one PDF with every team list in ``lists`` (each on fresh pages); returns the page count.
    ``teamless``: open homes no team has this evening; they get a last page for the coordinator, so
    no home is missed without a word.

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

    def decorate(canvas: Canvas, info: object, page: int, count: int) -> None:
        if isinstance(info, (_ListPages, _TeamlessPages)):
            info.draw_header(canvas, page, count)
        draw_once(canvas, "FlatDoorListTier", lambda c: draw_tier_line(c, Tier.CONFIDENTIAL))

    first = lists[0]
    result = build_grouped(
        story, target, decorate, top=top, bottom=MARGIN,
        title=f"Deurlijsten {first.round_name}", subject=first.building_name,
    )
    return result.pages


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


@dataclass(frozen=True)
class _Metrics:
    """Geometry of the outcome boxes, the same for every door of one list."""

    codes: tuple[int, ...]
    cell: float
    per_row: int
    rows: int
    later_x: float
    right_width: float

    @property
    def boxes_height(self) -> float:
        return self.rows * (NUMBER_PT + 3 + OUTCOME_BOX) + (self.rows - 1) * 2 * mm

    @property
    def block_height(self) -> float:
        """Height of the right-hand block: numbered boxes, then the notes box."""
        return self.boxes_height + NOTES_GAP + NOTES_HEIGHT

    @property
    def form_name(self) -> str:
        return "FlatDoorBoxes" + hashlib.md5(repr(self).encode()).hexdigest()[:12]

    def draw_block(self, canvas: Canvas) -> None:
        """The numbered outcome boxes, 'later terug (tijd)' and the notes box, origin bottom left."""
        top = self.block_height
        row_height = NUMBER_PT + 3 + OUTCOME_BOX
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, NUMBER_PT)
        for index, code in enumerate(self.codes):
            row, column = divmod(index, self.per_row)
            cell_x = column * self.cell
            row_top = top - row * (row_height + 2 * mm)
            canvas.drawCentredString(cell_x + self.cell / 2, row_top - NUMBER_PT + 2, str(code))
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        for index, _code in enumerate(self.codes):
            row, column = divmod(index, self.per_row)
            row_top = top - row * (row_height + 2 * mm)
            canvas.rect(column * self.cell + (self.cell - OUTCOME_BOX) / 2, row_top - row_height,
                        OUTCOME_BOX, OUTCOME_BOX, stroke=1, fill=0)

        # 'later terug (tijd)': caption on the number line, a box tall enough for a written time.
        canvas.setFillColor(DARK_GREY)
        canvas.setFont(REGULAR, DOOR_CAPTION_PT)
        canvas.drawString(self.later_x, top - DOOR_CAPTION_PT, "later terug (tijd)")
        later_height = OUTCOME_BOX + 3
        canvas.rect(self.later_x, top - row_height, LATER_COLUMN, later_height, stroke=1, fill=0)

        # Notes: a lighter box over the full width, its caption inside the top left corner.
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.7)
        canvas.rect(0, 0, self.right_width, NOTES_HEIGHT, stroke=1, fill=0)
        canvas.drawString(1.5 * mm, NOTES_HEIGHT - DOOR_CAPTION_PT - 1, "notities")

    @classmethod
    def for_codes(cls, codes: tuple[int, ...]) -> _Metrics:
        right_width = CONTENT_WIDTH - ADDRESS_COLUMN - COLUMN_GAP
        boxes_width = right_width - LATER_COLUMN - COLUMN_GAP
        count = max(1, len(codes))
        cell = min(OUTCOME_CELL_MAX, boxes_width / count)
        per_row = count
        if cell < OUTCOME_CELL_MIN:
            per_row = max(1, int(boxes_width // OUTCOME_CELL_MIN))
            cell = boxes_width / per_row
        rows = -(-count // per_row)
        return cls(codes, cell, per_row, rows, boxes_width + COLUMN_GAP, right_width)


class _ListPages:
    """Header (drawn on every page) and body (door rows) of one team's list."""

    def __init__(self, door_list: TeamDoorList) -> None:
        self.door_list = door_list
        st = styles()
        evening = door_list.evening
        self.title = Paragraph(
            f"Deurlijst <b>{escape_text(_team_title(door_list.team_name))}</b>", st.title)
        self.evening = safe_paragraph(evening.label, st.heading)
        members = ", ".join(" ".join(m.split()) for m in door_list.members if m.strip())
        self.members = safe_paragraph(members or "—", st.body, before="Vrijwilligers: ")
        place = " · ".join(part for part in (door_list.building_name, door_list.round_name) if part.strip())
        self.place = safe_paragraph(place, st.right.clone("FlatPlace", fontSize=9, leading=11))
        self.legend = Paragraph(self._legend_markup(door_list.outcomes), st.body.clone(
            "FlatLegend", fontSize=11, leading=15))
        self.metrics = _Metrics.for_codes(tuple(o.code for o in door_list.outcomes))

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
        left = paragraphs_height(self._left(), CONTENT_WIDTH - HEADER_RIGHT)
        legend = self.legend.wrap(CONTENT_WIDTH - 4 * mm, PAGE_HEIGHT)[1] + 3 * mm
        return left + 2 * mm + legend

    def draw_header(self, canvas: Canvas, page: int, count: int) -> None:
        draw_once(canvas, f"FlatDoorListHeader{id(self)}", self._draw_static_header)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 13)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN - 14, page_label(page, count))

    def _draw_static_header(self, canvas: Canvas) -> None:
        top = PAGE_HEIGHT - MARGIN
        left_width = CONTENT_WIDTH - HEADER_RIGHT
        y = draw_paragraphs(canvas, self._left(), MARGIN, top, left_width)
        draw_paragraphs(canvas, [self.place], PAGE_WIDTH - MARGIN - HEADER_RIGHT + 4 * mm, top - 22,
                        HEADER_RIGHT - 4 * mm)
        legend_height = self.legend.wrap(CONTENT_WIDTH - 4 * mm, PAGE_HEIGHT)[1] + 3 * mm
        box_top = y - 2 * mm
        canvas.setFillColor(SHADE)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(MARGIN, box_top - legend_height, CONTENT_WIDTH, legend_height, stroke=1, fill=1)
        self.legend.drawOn(canvas, MARGIN + 2 * mm, box_top - legend_height + 1.5 * mm)

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
                story.append(KeepTogether([ShadedHeading(_floor_heading(door), bar_padding=2.5 * mm, gap_above=2 * mm), row]))
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
        self.address = safe_paragraph(door.address, st.address)
        detail = " · ".join(part for part in (door.code, door.floor_label) if part)
        self.detail = safe_paragraph(detail, st.body.clone("FlatDoorCode", fontSize=10, leading=12))
        self.earlier = None
        if door.earlier:
            self.earlier = safe_paragraph("; ".join(a.label for a in door.earlier), st.small, before="Eerder: ")

    def _left(self) -> list[Flowable]:
        return [p for p in (self.address, self.detail, self.earlier) if p is not None]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        left = paragraphs_height(self._left(), ADDRESS_COLUMN)
        self.height = max(left, self.metrics.block_height) + 2 * ROW_PADDING
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a door is never cut in half

    def draw(self) -> None:
        canvas = self.canv
        m = self.metrics
        top = self.height - ROW_PADDING
        draw_paragraphs(canvas, self._left(), 0, top, ADDRESS_COLUMN)
        # The boxes are the same on every door: drawn once as a PDF form, placed per door.
        canvas.saveState()
        canvas.translate(ADDRESS_COLUMN + COLUMN_GAP, top - m.block_height)
        draw_once(canvas, m.form_name, m.draw_block)
        canvas.restoreState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        canvas.line(0, 0, self.width, 0)


class _TeamlessPages:
    """The coordinator's last page: homes that are on no team's list this evening."""

    def __init__(self, first: TeamDoorList, homes: tuple[DoorRow, ...]) -> None:
        st = styles()
        self.homes = homes
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

    def header_height(self) -> float:
        return paragraphs_height(self._left(), CONTENT_WIDTH - HEADER_RIGHT)

    def draw_header(self, canvas: Canvas, page: int, count: int) -> None:
        draw_paragraphs(canvas, self._left(), MARGIN, PAGE_HEIGHT - MARGIN, CONTENT_WIDTH - HEADER_RIGHT)
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
                story.append(ShadedHeading(_floor_heading(door), bar_padding=2.5 * mm, gap_above=2 * mm))
                previous = where
            story.append(safe_paragraph(f"{door.address} · {door.code}", st.address))
        return story
