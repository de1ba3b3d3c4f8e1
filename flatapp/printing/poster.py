"""Posters and slides for the tent, as PDF: built from ``TentContent`` only, charts as vectors.

``render_poster`` writes one combined poster (header band, the chosen panels in a grid, footer) or,
with ``per_theme``, one page per panel. ``render_slides`` writes 16:9 pages for a beamer: a title
slide, then one slide per panel, drawn by the same panel code.

Type sizes are planned for A1 read from three metres (labels 28.5 pt, leads 40.5 pt, panel titles 48.5 pt,
big numbers up to 124 pt) and scale with the paper (A0 ×1.414, A2 ×0.707, A3 ×0.5). Every text is fitted to
its frame: wrapped, shrunk when needed, and quotes that do not fit are left out. Charts come from
``flatapp.charts.public_figures`` at their physical size, as SVG through svglib, so they stay vectors
with their text in the embedded DejaVu Sans.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from flatapp.domain.tiers import Tier
from flatapp.printing.fonts import BOLD, REGULAR, register_fonts
from flatapp.printing.layout import binary_streams, clean_text, draw_tier_line, escape_text, load_logo
from flatapp.printing.notices import excerpt, report
from flatapp.tent.content import HEADLINE, QUOTES, Panel, TentContent
from flatapp.tent.options import POSTER_SIZES_MM, PosterOptions

TEXT = "#1b2430"
MUTED = "#55606d"
WHITE = "#ffffff"
SLIDE_MM = (338.67, 190.5)
_A1_AREA = POSTER_SIZES_MM["A1"][0] * POSTER_SIZES_MM["A1"][1]
QUOTE_OPEN, QUOTE_CLOSE = "\u201c", "\u201d"
# Type at 95% of the plan still reads from three metres at A1 (labels ≥ 27 pt); smaller gets a warning.
READABLE_SCALE = 0.95
SINGLE_PANEL_MAX_SCALE = 2.4   # a theme alone on a poster: up to 2.4× the combined poster's type


@dataclass(frozen=True)
class Sizes:
    """Type sizes (pt) and spacing of one kind of page."""

    label: float          # chart labels, body
    lead: float
    title: float          # panel titles
    big: float            # big numbers
    note: float           # small print (the note, the footer)
    header: float         # the poster's title in the header band
    sub: float            # the header's second line
    margin: float
    gap: float            # between panels

    def scaled(self, factor: float) -> Sizes:
        return Sizes(*(getattr(self, name) * factor for name in self.__dataclass_fields__))


A1_SIZES = Sizes(label=28.5, lead=40.5, title=48.5, big=124, note=28, header=92, sub=40, margin=16 * mm,
                 gap=7 * mm)
SLIDE_SIZES = Sizes(label=17, lead=26, title=34, big=84, note=13, header=30, sub=18, margin=10 * mm,
                    gap=6 * mm)


def paper_factor(options: PosterOptions) -> float:
    """Type scale against A1: A0 ×1.414, A2 ×0.707, A3 ×0.5."""
    width, height = POSTER_SIZES_MM[options.size]
    return math.sqrt(width * height / _A1_AREA)


# --- colours ----------------------------------------------------------------------------------------

def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _mix(colour: str, other: str, share: float) -> str:
    from flatapp.charts.public_figures import mix
    return mix(colour, other, share)


@dataclass(frozen=True)
class Palette:
    main: str             # header band, bars
    on_main: str          # text on the header band
    accent: str           # titles, big numbers, quote marks: the main colour, darkened when too light
    card: str             # panel background

    @classmethod
    def of(cls, colour: str) -> Palette:
        on_main = WHITE if _luminance(colour) < 0.4 else TEXT
        accent = colour
        for _ in range(8):
            if _luminance(accent) < 0.18:
                break
            accent = _mix(accent, "#000000", 0.25)
        return cls(colour, on_main, accent, _mix(colour, WHITE, 0.93))


# --- text fitted to a frame ------------------------------------------------------------------------

def _style(size: float, bold: bool = False, colour: str = TEXT, leading: float = 1.18,
           align: int = TA_LEFT) -> ParagraphStyle:
    return ParagraphStyle(f"poster{size:.2f}{bold}", fontName=BOLD if bold else REGULAR, fontSize=size,
                          leading=size * leading, textColor=HexColor(colour), alignment=align)


@dataclass
class Block:
    paragraph: Paragraph
    height: float


TINY_SHARE = 0.5      # a text shrunk below half its planned size is reported (notices)


def fit(text: str, size: float, width: float, max_height: float | None = None, *, bold: bool = False,
        colour: str = TEXT, leading: float = 1.18, align: int = TA_LEFT, markup: str | None = None,
        max_lines: int | None = None) -> Block:
    """User text (escaped) as a paragraph of at most ``max_height``, shrinking the type when needed."""
    body = markup if markup is not None else escape_text(text)
    asked = size
    while True:
        paragraph = Paragraph(body, _style(size, bold, colour, leading, align))
        _, height = paragraph.wrap(width, 1e6)
        lines = len(paragraph.blPara.lines) if hasattr(paragraph, "blPara") else 1
        fits = (max_height is None or height <= max_height) and (max_lines is None or lines <= max_lines)
        if fits or size < 4:
            if size < TINY_SHARE * asked and text.strip():     # the user's own text, made hard to read
                report(f"“{excerpt(text)}” ({len(text)} tekens) is te lang voor zijn plek en staat in veel "
                       "kleinere letters op de poster of dia; maak de tekst korter.")
            return Block(paragraph, height)
        size *= 0.93


def _draw_block(canvas: Canvas, block: Block, x: float, top: float) -> float:
    block.paragraph.drawOn(canvas, x, top - block.height)
    return top - block.height


def _fill(canvas: Canvas, colour: str) -> None:
    canvas.setFillColor(HexColor(colour))


# --- charts as vector drawings -------------------------------------------------------------------------

_svg_fonts_registered = False


def _register_svg_fonts() -> None:
    """Map matplotlib's SVG font ('DejaVu Sans', weight normal / bold / 700) to the embedded faces."""
    global _svg_fonts_registered
    if _svg_fonts_registered:
        return
    from svglib.fonts import register_font

    from flatapp.resources import shipped_path

    regular = str(shipped_path("resources", "fonts", "DejaVuSans.ttf"))
    bold = str(shipped_path("resources", "fonts", "DejaVuSans-Bold.ttf"))
    register_font("DejaVu Sans", font_path=regular, rlgFontName=REGULAR)
    for weight in ("bold", "700", "600", "800", "900"):
        register_font("DejaVu Sans", font_path=bold, weight=weight, rlgFontName=BOLD)
    for family in ("sans-serif", "DejaVu Sans Mono"):
        register_font(family, font_path=regular, rlgFontName=REGULAR)
        register_font(family, font_path=bold, weight="bold", rlgFontName=BOLD)
    register_fonts()  # re-establish the Paragraph mappings for the faces just re-registered
    _svg_fonts_registered = True


def chart_drawing(panel: Panel, width: float, height: float, base: float, colour: str):
    """The panel's chart as a reportlab Drawing of ``width`` × ``height`` points (None: no chart)."""
    import io

    from svglib.svglib import svg2rlg

    from flatapp.charts.figures import figure_svg
    from flatapp.charts.public_figures import panel_figure

    figure = panel_figure(panel, width / 72, height / 72, base, colour)
    if figure is None:
        return None
    _register_svg_fonts()
    drawing = svg2rlg(io.BytesIO(figure_svg(figure)))
    drawing.initialFontName = REGULAR
    return drawing


def _chart_height(panel: Panel, width: float, base: float, colour: str) -> float:
    from flatapp.charts.public_figures import chart_height_in

    height = chart_height_in(panel, width / 72, base, colour)
    return 0.0 if height is None else height * 72


# --- one panel in a frame --------------------------------------------------------------------------

@dataclass
class PanelBox:
    panel: Panel
    x: float
    y: float              # bottom
    w: float
    h: float


class Painter:
    """Draws panels, headers and footers at one set of sizes in one palette."""

    def __init__(self, canvas: Canvas, sizes: Sizes, palette: Palette, headline_shown: bool = False) -> None:
        register_fonts()
        self.canvas, self.sizes, self.palette = canvas, sizes, palette
        self.headline_shown = headline_shown     # the header already says the headline sentence
        self.grow = 1.0                          # a panel alone on a page may enlarge its chart up to this

    @property
    def pad(self) -> float:
        return 0.7 * self.sizes.label

    # The parts of a panel, top to bottom; their heights decide how much room the chart gets.
    def _parts(self, panel: Panel, width: float, height: float | None) -> dict[str, Block]:
        s, p = self.sizes, self.palette
        parts = {"title": fit(panel.title, s.title, width, None if height is None else 0.3 * height,
                              bold=True, colour=p.accent, leading=1.1, max_lines=2)}
        if panel.is_empty:
            return parts
        if panel.lead and not (panel.key == HEADLINE and self.headline_shown):
            parts["lead"] = fit(panel.lead, s.lead, width, None if height is None else 0.25 * height,
                                leading=1.15, max_lines=3)
        if panel.call:
            parts["call"] = fit(panel.call, s.lead, width, None if height is None else 0.2 * height,
                                bold=True, colour=p.accent, leading=1.12, max_lines=3)
        if panel.note:
            parts["note"] = fit(panel.note, s.note, width, None if height is None else 0.22 * height,
                                colour=MUTED, leading=1.12, max_lines=4)
        return parts

    def wanted_height(self, panel: Panel, width: float) -> float:
        """How tall the card of ``panel`` would like to be at ``width``."""
        inner = width - 2 * self.pad
        parts = self._parts(panel, inner, None)
        spacing = 0.35 * self.sizes.label
        text = sum(b.height for b in parts.values()) + spacing * len(parts)
        if panel.is_empty:
            body = 4 * self.sizes.lead
        elif panel.key == HEADLINE:
            body = self._numbers_height(panel, inner)
        elif panel.key == QUOTES:
            body = sum(self._quote_block(q, inner, None).height + self.sizes.label for q in panel.quotes[:4])
        else:
            body = _chart_height(panel, inner, self.sizes.label, self.palette.main)
        return text + body + 2 * self.pad

    def card(self, box: PanelBox) -> None:
        canvas = self.canvas
        _fill(canvas, self.palette.card)
        canvas.roundRect(box.x, box.y, box.w, box.h, 0.6 * self.sizes.label, stroke=0, fill=1)
        _fill(canvas, self.palette.main)
        canvas.rect(box.x + 0.6 * self.sizes.label, box.y + box.h - 0.22 * self.sizes.label,
                    box.w - 1.2 * self.sizes.label, 0.22 * self.sizes.label, stroke=0, fill=1)

    def panel(self, box: PanelBox) -> None:
        self.card(box)
        s, panel = self.sizes, box.panel
        inner = box.w - 2 * self.pad
        x, top, bottom = box.x + self.pad, box.y + box.h - self.pad, box.y + self.pad
        parts = self._parts(panel, inner, box.h - 2 * self.pad)
        spacing = 0.35 * s.label
        y = _draw_block(self.canvas, parts["title"], x, top) - spacing
        if panel.is_empty:
            block = fit(panel.empty, s.lead, inner, max(1.0, y - bottom), colour=MUTED, leading=1.2,
                        align=TA_CENTER)
            middle = (y + bottom) / 2
            _draw_block(self.canvas, block, x, middle + block.height / 2)
            return
        if "lead" in parts:
            y = _draw_block(self.canvas, parts["lead"], x, y) - spacing
        low = bottom
        for key in ("note", "call"):
            if key in parts:
                parts[key].paragraph.drawOn(self.canvas, x, low)
                low += parts[key].height + spacing
        room = y - low
        if room <= s.label:
            return
        if panel.key == HEADLINE:
            self._big_numbers(panel, x, y, inner, room)
        elif panel.key == QUOTES:
            self._quotes(panel, x, y, inner, room)
        else:
            self._chart(panel, x, y, inner, room)

    def _chart(self, panel: Panel, x: float, top: float, width: float, room: float) -> None:
        base = self.sizes.label
        wanted = _chart_height(panel, width, base, self.palette.main)
        if self.grow > 1 and 0 < wanted < 0.8 * room:
            base = max(base, min(base * self.grow, base * 0.8 * room / wanted, 0.8 * self.sizes.lead))
            wanted = _chart_height(panel, width, base, self.palette.main)
        height = min(room, wanted)
        drawing = chart_drawing(panel, width, height, base, self.palette.main)
        if drawing is None:
            return
        from reportlab.graphics import renderPDF

        bottom = top - height - (room - height) / 2       # centred in the room left over
        renderPDF.draw(drawing, self.canvas, x, bottom)

    def _captions(self, panel: Panel, width: float, max_height: float | None) -> list[Block]:
        column = width / max(1, len(panel.big_numbers))
        return [fit(n.caption, self.sizes.label, column - 0.8 * self.sizes.label, max_height, align=TA_CENTER,
                    max_lines=3) for n in panel.big_numbers]

    def _numbers_height(self, panel: Panel, width: float) -> float:
        if not panel.big_numbers:
            return 0.0
        captions = max(c.height for c in self._captions(panel, width, None))
        return self.sizes.big * self.grow * 0.9 + 0.3 * self.sizes.label + captions

    def _big_numbers(self, panel: Panel, x: float, top: float, width: float, room: float) -> None:
        numbers = panel.big_numbers
        if not numbers:
            return
        s = self.sizes
        column = width / len(numbers)
        gap = 0.8 * s.label
        captions = self._captions(panel, width, 0.55 * room)
        caption_height = max(c.height for c in captions)
        big = min(s.big * self.grow, (room - caption_height - 0.3 * s.label) / 1.0)
        for number in numbers:
            big = min(big, (column - gap) / max(1.0, _string_width(number.value, BOLD, 1.0)))
        block_height = big * 0.9 + 0.3 * s.label + caption_height
        y = top - max(0.0, room - block_height) / 2
        for index, (number, caption) in enumerate(zip(numbers, captions)):
            centre = x + column * (index + 0.5)
            _fill(self.canvas, self.palette.accent)
            self.canvas.setFont(BOLD, big)
            self.canvas.drawCentredString(centre, y - big * 0.76, clean_text(number.value))
            caption.paragraph.drawOn(self.canvas, centre - (column - gap) / 2, y - big * 0.9 - 0.3 * s.label
                                     - caption.height)

    def _quote_block(self, quote: str, width: float, max_height: float | None, size: float = 0) -> Block:
        size = size or self.sizes.lead
        markup = f"{QUOTE_OPEN}{escape_text(quote)}{QUOTE_CLOSE}"
        return fit("", size, width - 1.9 * size, max_height, markup=markup, leading=1.25)

    def _quotes(self, panel: Panel, x: float, top: float, width: float, room: float) -> None:
        s = self.sizes
        size = s.lead
        if self.grow > 1:   # alone on a page or slide: larger type, as far as the room allows
            natural = sum(self._quote_block(q, width, None).height + s.label for q in panel.quotes)
            if natural < 0.7 * room:
                size = s.lead * min(self.grow, 1.5, max(1.0, 0.7 * room / natural))
        blocks, used = [], 0.0
        for quote in panel.quotes:
            block = self._quote_block(quote, width, None, size)
            if used + block.height > room + 1e-6:
                continue                  # does not fit: leave it out (a shorter one may still fit)
            blocks.append(block)
            used += block.height + s.label
        y = top - max(0.0, room - used + s.label) / 2      # centred in the room
        for block in blocks:
            _fill(self.canvas, self.palette.accent)
            self.canvas.setFont(BOLD, 2.6 * size)
            self.canvas.drawString(x - 0.1 * size, y - 1.75 * size, QUOTE_OPEN)
            _fill(self.canvas, self.palette.main)
            self.canvas.rect(x + 1.45 * size, y - block.height, 0.12 * size, block.height, stroke=0, fill=1)
            _draw_block(self.canvas, block, x + 1.9 * size, y)
            y -= block.height + s.label

    # --- header and footer -----------------------------------------------------------------------

    def header(self, page_w: float, page_h: float, title: str, second: str, third: str,
               logo: object) -> float:
        """The coloured band across the top; returns its bottom y."""
        s, p, canvas = self.sizes, self.palette, self.canvas
        margin = s.margin
        logo_room = 0.0
        band_text_w = page_w - 2 * margin
        logo_h = s.header * 1.6
        if logo is not None:
            logo_room = logo_h * 1.8 + s.gap
            band_text_w -= logo_room
        one_line = fit(title, s.header, band_text_w, None, bold=True, colour=p.on_main, leading=1.08, max_lines=1)
        if one_line.paragraph.style.fontSize < 0.72 * s.header:
            one_line = fit(title, s.header, band_text_w, s.header * 2.4, bold=True, colour=p.on_main,
                           leading=1.08, max_lines=2)
        blocks = [one_line]
        if second:
            blocks.append(fit(second, s.sub, band_text_w, s.sub * 2.5, colour=p.on_main, max_lines=2))
        if third:
            blocks.append(fit(third, s.lead, page_w - 2 * margin, s.lead * 2.5, bold=True, colour=p.on_main,
                              max_lines=2))
        spacing = 0.35 * s.sub
        height = sum(b.height for b in blocks) + spacing * (len(blocks) - 1) + 2 * 0.45 * margin
        height = max(height, logo_h + 1.5 * margin if logo is not None else 0)
        bottom = page_h - height
        _fill(canvas, p.main)
        canvas.rect(0, bottom, page_w, height, stroke=0, fill=1)
        y = page_h - 0.45 * margin
        for block in blocks:
            y = _draw_block(canvas, block, margin, y) - spacing
        if logo is not None:
            self._logo(logo, page_w - margin - logo_h * 1.8, page_h - 0.45 * margin - logo_h, logo_h * 1.8, logo_h)
        return bottom

    def _logo(self, image, x: float, y: float, w: float, h: float) -> None:
        # A white rounded tile, so any logo reads on any band colour.
        _fill(self.canvas, WHITE)
        pad = 0.12 * h
        self.canvas.roundRect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, pad, stroke=0, fill=1)
        self.canvas.drawImage(image, x, y, w, h, preserveAspectRatio=True, anchor="c", mask="auto")

    def footer(self, page_w: float, content: TentContent, organisation: str, contact: str) -> float:
        """Privacy line left; organisation and contact right, the tier ('Openbaar') below them; above a
        thin rule. Returns its top y."""
        s, canvas, margin = self.sizes, self.canvas, self.sizes.margin
        width = page_w - 2 * margin
        right_text = " · ".join(t for t in (organisation, contact) if t)
        tier = f'<font color="{MUTED}">{escape_text(Tier.PUBLIC.label)}</font>'
        tier_w = _string_width(Tier.PUBLIC.label, REGULAR, s.note) * 1.05
        left_w = width * 0.58 if right_text else width - tier_w - s.gap
        left = fit(content.privacy_line, s.note, left_w, 3 * s.note * 1.2, colour=MUTED, leading=1.2)
        markup = f"<b>{escape_text(right_text)}</b><br/>{tier}" if right_text else tier
        right = fit(right_text, s.note, width - left_w - s.gap, 4 * s.note * 1.2, leading=1.2, align=2,
                    markup=markup)
        blocks = [left, right]
        height = max(b.height for b in blocks)
        base = 0.45 * margin
        left.paragraph.drawOn(canvas, margin, base + height - left.height)
        right.paragraph.drawOn(canvas, margin + left_w + s.gap, base + height - right.height)
        _fill(canvas, self.palette.main)
        canvas.rect(margin, base + height + 0.5 * s.note, width, 0.12 * s.note, stroke=0, fill=1)
        return base + height + 0.5 * s.note + 0.12 * s.note


def _string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(clean_text(text), font, size)


# --- pages ----------------------------------------------------------------------------------------

def _canvas(out: BinaryIO, size: tuple[float, float], title: str, organisation: str) -> Canvas:
    register_fonts()
    canvas = Canvas(out, pagesize=size, initialFontName=REGULAR, initialFontSize=12, pageCompression=1)
    canvas.setTitle(clean_text(title))
    canvas.setAuthor(clean_text(organisation))
    canvas.setCreator("FlatApp")
    return canvas


def _second_line(content: TentContent, organisation: str) -> str:
    return " · ".join(t for t in (content.round_name, organisation) if t)


def _columns(wanted: list[float], columns: int, gap: float) -> tuple[list[int], float]:
    """Each panel's column (in reading order) so that the tallest column is as short as possible."""
    import itertools

    best: tuple[float, list[int]] | None = None
    for choice in itertools.product(range(columns), repeat=len(wanted)):
        if sorted(set(choice)) != list(range(min(columns, len(wanted)))) or choice[0] != 0:
            continue
        heights = [0.0] * columns
        counts = [0] * columns
        for column, height in zip(choice, wanted):
            heights[column] += height
            counts[column] += 1
        tallest = max(h + gap * max(0, n - 1) for h, n in zip(heights, counts))
        if best is None or tallest < best[0] - 1e-6:
            best = (tallest, list(choice))
        if len(wanted) > 9:      # beyond that, the first even split is good enough
            break
    return best[1], best[0]


def _layout(painter: Painter, panels: list[Panel], x: float, bottom: float, width: float, top: float,
            columns: int) -> tuple[list[PanelBox], float]:
    """The headline as a band across the top, the other panels in ``columns`` columns that end level
    at the bottom; returns the boxes and by how much the content overflows (0: it fits)."""
    gap = painter.sizes.gap
    boxes: list[PanelBox] = []
    headline = [p for p in panels if p.key == HEADLINE]
    rest = [p for p in panels if p.key != HEADLINE]
    columns = max(1, min(columns, len(rest)))
    cell = (width - gap * (columns - 1)) / columns
    wanted = [painter.wanted_height(panel, cell) for panel in rest]
    choice, tallest = _columns(wanted, columns, gap) if rest else ([], 0.0)
    band = painter.wanted_height(headline[0], width) if headline else 0.0
    room = top - bottom
    need = band + (gap if headline and rest else 0) + tallest
    if headline:
        height = band if not rest else band * min(1.0, room / need)
        boxes.append(PanelBox(headline[0], x, top - (room if not rest else height), width,
                              room if not rest else height))
        top -= height + gap
    for column in range(columns):
        stack = [(p, w) for p, w, c in zip(rest, wanted, choice) if c == column]
        if not stack:
            continue
        space = top - bottom - gap * (len(stack) - 1)
        total = sum(w for _, w in stack)
        extra = (space - total) / len(stack) if total <= space else 0.0
        factor = 1.0 if total <= space else space / total
        y = top
        for panel, want in stack:
            height = want * factor + extra
            boxes.append(PanelBox(panel, x + column * (cell + gap), y - height, cell, height))
            y -= height + gap
    return boxes, max(0.0, need - room)


@dataclass
class PosterFit:
    """How the type came out against the plan: 1.0 is as planned for reading from three metres at A1
    (and in proportion on other paper); below it, the chosen panels needed smaller type to fit."""

    type_scale: float = 1.0

    @property
    def smaller_than_planned(self) -> bool:
        return self.type_scale < READABLE_SCALE


def render_poster(content: TentContent, options: PosterOptions, out: BinaryIO, fit: PosterFit | None = None) -> int:
    """Write the poster(s) of ``content`` as PDF to ``out``; returns the number of pages. ``fit``, when
    given, receives how far the type had to shrink (the designer warns when it is too small)."""
    page_w, page_h = (value * mm for value in options.page_size_mm)
    style = options.style
    palette = Palette.of(style.colour)
    sizes = A1_SIZES.scaled(paper_factor(options))
    title = options.title_for(content.building_name)
    panels = list(content.chosen(options.panels))
    logo = load_logo(style.logo)
    canvas = _canvas(out, (page_w, page_h), title, style.organisation)
    painter = Painter(canvas, sizes, palette, headline_shown=True)
    pages = [panels] if not options.per_theme else [[panel] for panel in panels]
    columns = 3 if options.orientation == "landscape" else 2
    for page_panels in pages:
        canvas.setFont(REGULAR, sizes.note)
        top = painter.header(page_w, page_h, title, _second_line(content, style.organisation),
                             content.headline, logo) - sizes.gap
        bottom = painter.footer(page_w, content, style.organisation, style.contact) + sizes.gap
        if len(page_panels) == 1:
            # One theme on the page: the largest type at which the panel still fits, so it fills the poster.
            panel, width, room = page_panels[0], page_w - 2 * sizes.margin, top - bottom
            scale = SINGLE_PANEL_MAX_SCALE
            while True:
                big = Painter(canvas, replace(sizes.scaled(scale), margin=sizes.margin, gap=sizes.gap), palette,
                              headline_shown=True)
                if scale <= 1.0 or big.wanted_height(panel, width) <= room:
                    break
                scale = max(1.0, scale * 0.92)
            big.grow = 1.3
            big.panel(PanelBox(panel, sizes.margin, bottom, width, room))
        else:
            # Shrink the panels' type together (never the header) until every column fits.
            fitted = painter
            for _ in range(8):
                boxes, overflow = _layout(fitted, page_panels, sizes.margin, bottom, page_w - 2 * sizes.margin,
                                          top, columns)
                if overflow <= 0.5 or fitted.sizes.label <= 0.6 * sizes.label:
                    break
                factor = max(0.85, ((top - bottom) / (top - bottom + overflow)) ** 1.1)
                fitted = Painter(canvas, replace(fitted.sizes.scaled(factor), margin=sizes.margin, gap=sizes.gap),
                                 palette, headline_shown=True)
            for box in boxes:
                fitted.panel(box)
            if fit is not None:
                fit.type_scale = min(fit.type_scale, fitted.sizes.label / sizes.label)
        canvas.showPage()
    with binary_streams():
        canvas.save()
    return len(pages)


def _slide_tier(canvas: Canvas, page_w: float, sizes: Sizes, colour: str) -> None:
    """The tier (public) small at the bottom right of a slide, below the panel."""
    draw_tier_line(canvas, Tier.PUBLIC, x=sizes.margin, y=0.3 * sizes.margin, width=page_w - 2 * sizes.margin,
                   align="right", colour=HexColor(colour))


def render_slides(content: TentContent, options: PosterOptions, out: BinaryIO) -> int:
    """Write 16:9 slides (338.67 × 190.5 mm): a title slide, then one slide per chosen panel."""
    page_w, page_h = SLIDE_MM[0] * mm, SLIDE_MM[1] * mm
    style = options.style
    palette = Palette.of(style.colour)
    sizes = SLIDE_SIZES
    title = options.title_for(content.building_name)
    logo = load_logo(style.logo)
    canvas = _canvas(out, (page_w, page_h), title, style.organisation)
    painter = Painter(canvas, sizes, palette)
    painter.grow = 1.4
    # The title slide: the whole page in the main colour.
    canvas.setFont(REGULAR, sizes.note)
    _fill(canvas, palette.main)
    canvas.rect(0, 0, page_w, page_h, stroke=0, fill=1)
    margin = 2 * sizes.margin
    width = page_w - 2 * margin
    if logo is not None:
        painter._logo(logo, page_w - sizes.margin - 90, page_h - sizes.margin - 50, 90, 50)
        width -= 110
    blocks = [fit(title, 2 * sizes.header - 8, width, 2.4 * 52, bold=True, colour=palette.on_main, leading=1.08,
                  max_lines=2),
              fit(content.headline, sizes.lead + 4, page_w - 2 * margin, 3 * sizes.lead, colour=palette.on_main,
                  leading=1.2, max_lines=2),
              fit(_second_line(content, style.organisation), sizes.sub, page_w - 2 * margin, 2.5 * sizes.sub,
                  colour=palette.on_main, max_lines=2)]
    total = sum(b.height for b in blocks) + 2 * sizes.label
    y = page_h / 2 + total / 2 + 0.05 * page_h
    for block in blocks:
        y = _draw_block(canvas, block, margin, y) - sizes.label
    if style.contact:
        block = fit(style.contact, sizes.note + 2, page_w - 2 * margin, 2 * sizes.note * 1.3,
                    colour=palette.on_main)
        _draw_block(canvas, block, margin, sizes.margin + block.height)
    _slide_tier(canvas, page_w, sizes, palette.on_main)
    canvas.showPage()
    pages = 1
    for panel in content.chosen(options.panels):
        canvas.setFont(REGULAR, sizes.note)
        strip = fit(" · ".join(t for t in (title, content.round_name, style.organisation) if t), sizes.note,
                    page_w - 2 * sizes.margin, 1.3 * sizes.note * 1.2, colour=palette.on_main, max_lines=1)
        strip_h = strip.height + sizes.margin
        _fill(canvas, palette.main)
        canvas.rect(0, page_h - strip_h, page_w, strip_h, stroke=0, fill=1)
        _draw_block(canvas, strip, sizes.margin, page_h - sizes.margin / 2)
        box = PanelBox(panel, sizes.margin, sizes.margin * 0.8, page_w - 2 * sizes.margin,
                       page_h - strip_h - sizes.margin * 1.6)
        painter.panel(box)
        _slide_tier(canvas, page_w, sizes, MUTED)
        canvas.showPage()
        pages += 1
    with binary_streams():
        canvas.save()
    return pages
