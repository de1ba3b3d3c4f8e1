"""Door lists: the paper a team carries up the stairs on one evening.

One PDF for a batch of ``TeamDoorList`` rows, A4 portrait, large type, a fresh page and its own
"pagina x van y" per team list. Every page repeats the team, its members, the evening and the
legend of outcome codes. Doors stay in the given (walking) order under entrance/floor headings.

The paper can be read back by a scanner, like the questionnaire: four corner marks and a QR page id
(``PageId(DOORS, round, door_list_subject(evening, team), check, page)``) on every page, a labelled tick
box per outcome code per door (``flatapp.printing.door_boxes``), and the handwritten 'later terug' box and
notes line per door. Where each was drawn goes into the page's ``PageLayout`` (see
``flatapp.scanning.page_layout`` for the names). The header has a fixed height that depends only on the
round's outcome codes, so a team's pages look the same printed alone or with the other teams, and
``flatapp.scanning.layouts.layout_for`` can draw them again.

Privacy: a door list is confidential (its tier line is on every page): it shows addresses and
earlier outcomes only. No resident names, no answers,
and no free-text notes of earlier attempts (they might name someone).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreakIfNotEmpty, Paragraph, Spacer

from flatapp.domain.dutch import counted
from flatapp.domain.tiers import Tier
from flatapp.printing.door_boxes import LATER_CAPTION, NOTES_CAPTION, OUTCOME_BOX, DoorBoxes, WriteLine
from flatapp.printing.fonts import BOLD, REGULAR
from flatapp.printing.layout import (
    BOX_LINE,
    CONTENT_WIDTH,
    DARK_GREY,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SHADE,
    GroupMarker,
    ShadedHeading,
    build_grouped,
    clean_text,
    draw_once,
    draw_paragraphs,
    draw_text_fitted,
    draw_tier_line,
    escape_text,
    fit_font_size,
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
from flatapp.scanning.page_layout import PageLayout, layout_check
from flatapp.scanning.readings import PageId, PageKind, door_list_subject
from flatapp.services.round_rows import DoorRow, OutcomeRow, TeamDoorList

# Columns of one door row. A4 holds at least 12 doors: a row is about 16 mm.
ADDRESS_COLUMN = 46 * mm
COLUMN_GAP = 3 * mm
EARLIER_WIDTH = 100 * mm        # the bottom line: earlier visits, then 'later terug' and the notes
LINE_GAP = 0.5 * mm
ROW_PADDING = 0.4 * mm
ADDRESS_PT = 13                 # read in a dim stairwell: shrunk to 12 pt at most, else wrapped
ADDRESS_MIN_PT = 12
DETAIL_PT = 10                  # the home code and floor; the earlier visits
HEADER_RIGHT = 50 * mm
HEADER_GAP = 3 * mm
QR_GAP = 3 * mm
# The header's lines (each one line, shrunk or shortened to fit): title, evening, volunteers.
TITLE_PT, EVENING_PT, MEMBERS_PT = 16, 12.5, 10.5
LEGEND_PT = 9.5


def render_door_lists(lists: list[TeamDoorList], target: Path | BinaryIO,
                      teamless: tuple[DoorRow, ...] = (), layouts: list[PageLayout] | None = None) -> int:
    """Write one PDF with every team list in ``lists`` (each on fresh pages); returns the page count.
    ``teamless``: open homes no team has this evening; they get a last page for the coordinator, so
    no home is missed without a word.

    Every page has corner marks and its page id; when ``layouts`` is a list, each page's ``PageLayout``
    (every outcome box and handwritten field per door) is appended to it, in page order.

    Raises ValueError (Dutch) when there is nothing to print.
    """
    if not lists:
        raise ValueError("Er zijn geen deurlijsten om te printen: deze avond heeft nog geen teams met deuren.")
    pages: list = [_ListPages(door_list) for door_list in lists]
    if teamless:
        pages.append(_TeamlessPages(lists[0], teamless))
    top = MARGIN + max(page.header_height() for page in pages) + HEADER_GAP

    story: list[Flowable] = []
    for index, page in enumerate(pages):
        if index:
            story.append(PageBreakIfNotEmpty())
        story.append(GroupMarker(page))
        story.extend(page.body())

    # Always recorded: the page id's check number is made from the page's boxes.
    recorder = LayoutRecorder()

    def decorate(canvas: Canvas, info: object, page: int, count: int) -> None:
        draw_once(canvas, "FlatDoorListMarks", lambda c: draw_corner_marks(c, PAGE_WIDTH, PAGE_HEIGHT))
        if isinstance(info, (_ListPages, _TeamlessPages)):
            info.draw_header(canvas, page, count)
            key = canvas.getPageNumber()
            layout = recorder.layout(key, PAGE_WIDTH, PAGE_HEIGHT)
            page_id = info.page_id(page, layout_check(layout))
            size = qr_size(page_id.encode())
            layout.page_id = page_id
            layout.qr = draw_page_id(canvas, page_id, info.qr_x, PAGE_HEIGHT - MARGIN - size)
            if layouts is not None:
                layouts.append(layout)
        draw_once(canvas, "FlatDoorListTier", lambda c: draw_tier_line(c, Tier.CONFIDENTIAL))

    first = lists[0]
    result = build_grouped(
        story, target, decorate, top=top, bottom=MARGIN,
        title=f"Deurlijsten {first.round_name}", subject=first.building_name,
        prepare=lambda canvas: attach_recorder(canvas, recorder),
    )
    return result.pages


def _page_id(door_list: TeamDoorList, team_id: int | None, page: int, check: int) -> PageId:
    return PageId(PageKind.DOORS, door_list.round_id, door_list_subject(door_list.evening.id, team_id), check, page)


def _qr_x() -> float:
    """The QR code stands between the header's texts and its right-hand column."""
    return PAGE_WIDTH - MARGIN - HEADER_RIGHT - QR_GAP - qr_size(
        PageId(PageKind.DOORS, 99999, "E99999-T99999", 9999, 99).encode())


def _draw_page_label(canvas: Canvas, page: int, count: int) -> None:
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 13)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN - 13, page_label(page, count))


def _qr_room() -> float:
    return PAGE_WIDTH - MARGIN - HEADER_RIGHT - _qr_x()


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
    return ShadedHeading(_floor_heading(door), bar_padding=1.4 * mm, gap_above=1.0 * mm)


class _ListPages:
    """Header (drawn on every page) and body (door rows) of one team's list."""

    def __init__(self, door_list: TeamDoorList) -> None:
        self.door_list = door_list
        self.title = f"Deurlijst {_team_title(door_list.team_name)}"
        members = ", ".join(" ".join(m.split()) for m in door_list.members if m.strip())
        self.members = f"Vrijwilligers: {members or '—'}"
        self.qr_x = _qr_x()
        self.place = " · ".join(part for part in (door_list.building_name, door_list.round_name) if part.strip())
        self.legend = Paragraph(self._legend_markup(door_list.outcomes), styles().body.clone(
            "FlatLegend", fontSize=LEGEND_PT, leading=LEGEND_PT * 1.2))
        self.boxes = DoorBoxes.for_outcomes(door_list.outcomes, CONTENT_WIDTH - ADDRESS_COLUMN - COLUMN_GAP)

    def page_id(self, page: int, check: int) -> PageId:
        return _page_id(self.door_list, self.door_list.team_id, page, check)

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
    # Three lines of a fixed height (a long team name or list of volunteers is shrunk, then shortened),
    # then the legend: the header's height depends on the round's outcome codes only.
    @staticmethod
    def _lines_height() -> float:
        return max(1.2 * (TITLE_PT + EVENING_PT) + 1.25 * MEMBERS_PT, _qr_room())

    def _legend_height(self) -> float:
        return self.legend.wrap(CONTENT_WIDTH - 4 * mm, PAGE_HEIGHT)[1] + 2.5 * mm

    def header_height(self) -> float:
        return self._lines_height() + 2 * mm + self._legend_height()

    def draw_header(self, canvas: Canvas, page: int, count: int) -> None:
        draw_once(canvas, f"FlatDoorListHeader{id(self)}", self._draw_static_header)
        _draw_page_label(canvas, page, count)

    def _draw_static_header(self, canvas: Canvas) -> None:
        top = PAGE_HEIGHT - MARGIN
        width = self.qr_x - MARGIN - QR_GAP
        canvas.setFillColor(INK)
        y = top - TITLE_PT
        draw_text_fitted(canvas, MARGIN, y, self.title, BOLD, TITLE_PT, width, what="De naam van een team")
        y -= 1.2 * EVENING_PT
        draw_text_fitted(canvas, MARGIN, y, self.door_list.evening.label, BOLD, EVENING_PT, width)
        y -= 1.25 * MEMBERS_PT
        draw_text_fitted(canvas, MARGIN, y, self.members, REGULAR, MEMBERS_PT, width,
                         what="De namen van de vrijwilligers", minimum=8.5)
        canvas.setFillColor(DARK_GREY)
        draw_text_fitted(canvas, PAGE_WIDTH - MARGIN - HEADER_RIGHT + 2 * mm, top - 13 - 13, self.place, REGULAR,
                         9, HEADER_RIGHT - 2 * mm, align="right", what="De naam van de flat en de ronde")
        legend_height = self._legend_height()
        box_top = top - self._lines_height() - 2 * mm
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
            row = _DoorEntry(door, self.boxes)
            where = (door.entrance, door.floor)
            if where != previous:
                story.append(KeepTogether([_floor_bar(door), row]))
                previous = where
            else:
                story.append(row)
        return story


class _DoorEntry(Flowable):
    """One door. Top: the address (large) and code left, a labelled, numbered box per outcome right.
    Bottom line: the earlier visits left, 'later terug (tijd)' and the notes line right."""

    def __init__(self, door: DoorRow, boxes: DoorBoxes) -> None:
        super().__init__()
        st = styles()
        self.door = door
        self.boxes = boxes
        self.write = WriteLine(CONTENT_WIDTH - EARLIER_WIDTH - COLUMN_GAP)
        size = max(ADDRESS_MIN_PT, fit_font_size(clean_text(door.address), BOLD, ADDRESS_PT, ADDRESS_COLUMN))
        self.address = safe_paragraph(door.address, st.address.clone(
            "FlatDoorAddress", fontName=BOLD, fontSize=size, leading=size * 1.2))
        detail = " · ".join(part for part in (door.code, door.floor_label) if part)
        small = st.body.clone("FlatDoorCode", fontSize=DETAIL_PT, leading=DETAIL_PT * 1.18)
        self.detail = safe_paragraph(detail, small)
        self.earlier = None
        if door.earlier:
            self.earlier = safe_paragraph("; ".join(a.label for a in door.earlier), small, before="Eerder: ")

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.top_height = max(paragraphs_height([self.address, self.detail], ADDRESS_COLUMN, gap=0),
                              self.boxes.height)
        earlier = self.earlier.wrap(EARLIER_WIDTH, available_height)[1] if self.earlier else 0
        self.bottom_height = max(earlier, self.write.height)
        self.height = self.top_height + LINE_GAP + self.bottom_height + 2 * ROW_PADDING
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a door is never cut in half

    def draw(self) -> None:
        canvas = self.canv
        boxes, write = self.boxes, self.write
        top = self.height - ROW_PADDING
        draw_paragraphs(canvas, [self.address, self.detail], 0, top, ADDRESS_COLUMN, gap=0)
        if self.earlier is not None:
            draw_paragraphs(canvas, [self.earlier], 0, ROW_PADDING + self.bottom_height, EARLIER_WIDTH)
        # The boxes and the writing line are the same on every door: drawn once as PDF forms, placed
        # per door; where each is goes into the page's scan layout.
        code = self.door.code
        canvas.saveState()
        canvas.translate(ADDRESS_COLUMN + COLUMN_GAP, top - boxes.height)
        draw_once(canvas, boxes.form_name, boxes.draw)
        for value, x, y in boxes.box_rects():
            record_box(canvas, code, value, x, y, OUTCOME_BOX, OUTCOME_BOX)
        canvas.restoreState()
        canvas.saveState()
        canvas.translate(EARLIER_WIDTH + COLUMN_GAP, ROW_PADDING + self.bottom_height - write.height)
        draw_once(canvas, write.form_name, write.draw)
        record_field(canvas, f"{code}:later", LATER_CAPTION, *write.later_rect())
        record_field(canvas, f"{code}:notities", NOTES_CAPTION, *write.notes_rect(), write.notes_caption_rect())
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
        self.title = f"Niet op een deurlijst: {counted(count, 'woning', 'woningen')}"
        self.advice = Paragraph(
            "Deze woningen hebben op deze avond geen team, bijvoorbeeld omdat ze na het verdelen van de deuren "
            "aan de flat zijn toegevoegd. Verdeel ze in FlatApp met <b>Woningen zonder team verdelen</b> "
            "(of <b>flatapp round assign</b>) en print de deurlijsten opnieuw, of geef ze zelf aan een team mee.",
            st.body)

    def page_id(self, page: int, check: int) -> PageId:
        return _page_id(self.first, None, page, check)      # "T0": the homes without a team

    def header_height(self) -> float:
        return max(1.2 * (TITLE_PT + EVENING_PT), _qr_room())

    def draw_header(self, canvas: Canvas, page: int, count: int) -> None:
        width = self.qr_x - MARGIN - QR_GAP
        top = PAGE_HEIGHT - MARGIN
        canvas.setFillColor(INK)
        draw_text_fitted(canvas, MARGIN, top - TITLE_PT, self.title, BOLD, TITLE_PT, width)
        draw_text_fitted(canvas, MARGIN, top - TITLE_PT - 1.2 * EVENING_PT, self.first.evening.label, BOLD,
                         EVENING_PT, width)
        _draw_page_label(canvas, page, count)

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
