"""The resident handout: one sheet, front and back (exactly two pages), A4 or A5 portrait.

Front: what the residents told, in short lines with a simple drawn bar per percentage (no charts, so
it prints on any home printer). Back: what happens next, the topics to sign up for, up to two approved
quotes, the contact and the privacy line. Everything comes from a ``TentContent`` (disclosure-
controlled figures only), every string is escaped, every font is the embedded DejaVu Sans.

The text is laid out at the largest type that fits; when it does not, fewer bars and quotes are shown
and the type gets smaller, and as a last resort the coordinator's own 'next steps' text is shortened
with '…'. The handout never runs onto a third page and nothing is clipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from flatapp.domain.tiers import Tier
from flatapp.printing.fonts import BOLD, REGULAR, register_fonts
from flatapp.printing.layout import (
    DARK_GREY,
    INK,
    binary_streams,
    clean_text,
    draw_logo,
    draw_text_fitted,
    draw_tier_line,
    escape_text,
    fit_lines,
    load_logo,
    pdf_target,
    text_blocks,
)
from flatapp.printing.notices import excerpt, report, report_shortened
from flatapp.printing.signup_sheets import (
    fitted_paragraph,
    on_colour,
    paragraph_style,
    tent_colour,
    tint,
)
from flatapp.tent.content import COHESION, HEADLINE, HELPING, KNOWING, NUISANCE, QUOTES, TOPICS, Bar, Panel, TentContent
from flatapp.tent.options import HANDOUT_SIZES_MM, HandoutOptions, TentStyle

BAR_PANELS = (KNOWING, HELPING, NUISANCE)
FRONT_ORDER = (KNOWING, HELPING, TOPICS, NUISANCE, COHESION)
SIGN_UP_LINE = "Meedoen? Schrijf je in bij de tafel in de tent of neem contact op."
NO_TOPICS_LINE = "Heb je een idee voor de flat? Vertel het ons in de tent of neem contact op."
NEXT_TITLE = "Wat gebeurt er nu?"
TOPICS_TITLE = "Samen aan de slag"
QUOTES_TITLE = "Wat bewoners vertelden"
COHESION_HINT = "Een cijfer van 0 tot 10: hoe hoger, hoe meer bewoners zich met elkaar verbonden voelen."
MAX_QUOTE_CHARS = 220
MAX_QUOTES = 2
FOOTER_LINES = 2          # the organisation and the contact line on the back: at most two lines each
MAX_TOPICS_WHEN_SHORT = 6


@dataclass(frozen=True)
class _Sizes:
    """Type sizes in points for one attempt (already scaled)."""

    title: float
    heading: float
    body: float
    small: float
    big: float
    scale: float


# Base sizes per paper size: big and plain for A4, still comfortable for A5.
_BASE = {"A4": dict(title=26, heading=17, body=14, small=10, big=34),
         "A5": dict(title=19, heading=13, body=11, small=8.5, big=24)}
# (scale, fewest bars per panel, fewest quotes) allowed at that scale: trim a little before shrinking much.
_STEPS = ((1.2, 3, 2), (1.1, 3, 2), (1.0, 3, 2), (1.0, 2, 2), (0.95, 2, 1), (0.95, 1, 1), (0.9, 1, 1), (0.9, 1, 0), (0.85, 1, 0),
          (0.8, 0, 0), (0.74, 0, 0))   # smaller than this is not readable: shorten the own text instead


def render_handout(content: TentContent, options: HandoutOptions, out: BinaryIO) -> int:
    """Write the two-page handout (front, back) to ``out`` and return 2.

    Raises ValueError (Dutch) when the logo cannot be read.
    """
    register_fonts()
    style = options.style
    logo = load_logo(style.logo)
    width_mm, height_mm = HANDOUT_SIZES_MM[options.size]
    page = _Page(options.size, width_mm * mm, height_mm * mm, tent_colour(style), style, logo, content)

    front, back = _fit(page, content, options)

    canvas = Canvas(pdf_target(out), pagesize=(page.width, page.height), initialFontName=REGULAR,
                    initialFontSize=12)
    canvas.setTitle(clean_text(f"Wat de bewoners van {content.building_name} vertelden"))
    canvas.setAuthor(clean_text(style.organisation))
    canvas.setSubject("Folder voor de bewoners")
    canvas.setCreator("FlatApp")
    for blocks, sizes, draw_footer in ((front[0], front[1], page.front_footer),
                                       (back[0], back[1], page.back_footer)):
        page.draw(canvas, blocks, sizes, draw_footer)
        draw_tier_line(canvas, Tier.PUBLIC, x=page.margin, y=0.45 * page.margin, width=page.inner)
        canvas.showPage()
    with binary_streams():
        canvas.save()
    return 2


# --- the page frame --------------------------------------------------------------------------

@dataclass
class _Page:
    size: str
    width: float
    height: float
    colour: Color
    style: TentStyle
    logo: ImageReader | None
    content: TentContent

    @property
    def margin(self) -> float:
        return (15 if self.size == "A4" else 11) * mm

    @property
    def inner(self) -> float:
        return self.width - 2 * self.margin

    def footer_height(self, sizes: _Sizes, back: bool) -> float:
        if not back:
            return sizes.small * 1.3
        return self._back_footer_parts(sizes)[1]

    def room(self, sizes: _Sizes, back: bool) -> float:
        """Height between the top margin and the footer (with a gap above the footer)."""
        return self.height - 2 * self.margin - self.footer_height(sizes, back) - 4 * mm * sizes.scale

    # Footers -----------------------------------------------------------------------------
    def front_footer(self, canvas: Canvas, sizes: _Sizes) -> None:
        canvas.setFillColor(DARK_GREY)
        text = " · ".join(part for part in (clean_text(self.content.building_name).strip(),
                                            clean_text(self.content.round_name).strip(),
                                            clean_text(self.style.organisation).strip()) if part)
        draw_text_fitted(canvas, self.margin, self.margin, text, REGULAR, sizes.small, self.inner,
                         what="De voetregel van de voorkant (flat · ronde · organisatie)",
                         minimum=sizes.small * 0.75)

    def _back_footer_parts(self, sizes: _Sizes, drawing: bool = False) -> tuple[list[Paragraph], float, float]:
        """(paragraphs beside the logo, total footer height, logo height). The organisation and the
        contact take at most FOOTER_LINES lines each; longer text is shortened with '…' (reported
        when ``drawing``, so the attempts at other sizes do not report)."""
        logo_height = (16 if self.size == "A4" else 12) * mm * sizes.scale if self.logo else 0
        text_width = self._footer_text_width(sizes)
        paragraphs = []
        organisation = self._footer_text(self.style.organisation, BOLD, sizes, text_width, drawing,
                                         "De naam van de organisatie op de achterkant")
        contact = self._footer_text(self.style.contact, REGULAR, sizes, text_width, drawing,
                                    "De contactregel op de achterkant")
        if organisation:
            paragraphs.append(Paragraph(escape_text(organisation),
                                        paragraph_style("HandOrg", sizes.body, BOLD)))
        if contact:
            paragraphs.append(Paragraph(escape_text(contact), paragraph_style("HandContact", sizes.body)))
        text_height = sum(p.wrap(text_width, self.height)[1] for p in paragraphs)
        privacy = self._privacy(sizes)
        privacy_height = privacy.wrap(self.inner, self.height)[1]
        top_part = max(text_height, logo_height)
        return paragraphs, top_part + (2 * mm if top_part else 0) + privacy_height, logo_height

    @staticmethod
    def _footer_text(text: str, font: str, sizes: _Sizes, width: float, drawing: bool, what: str) -> str:
        plain = " ".join(clean_text(text).split())
        fitted = fit_lines(plain, font, sizes.body, width, max_lines=FOOTER_LINES)
        if fitted.shortened and drawing:
            report_shortened(what, plain, fitted.text)
        return fitted.text if fitted.shortened else plain

    def _footer_text_width(self, sizes: _Sizes) -> float:
        if self.logo is None:
            return self.inner
        return self.inner - self._logo_width(sizes) - 4 * mm

    def _logo_width(self, sizes: _Sizes) -> float:
        width, height = self.logo.getSize()
        max_width = (40 if self.size == "A4" else 30) * mm * sizes.scale
        max_height = (16 if self.size == "A4" else 12) * mm * sizes.scale
        return min(max_width, width * max_height / height)

    def _privacy(self, sizes: _Sizes) -> Paragraph:
        return Paragraph(escape_text(self.content.privacy_line),
                         paragraph_style("HandPrivacy", sizes.small, REGULAR, DARK_GREY))

    def back_footer(self, canvas: Canvas, sizes: _Sizes) -> None:
        paragraphs, total, logo_height = self._back_footer_parts(sizes, drawing=True)
        privacy = self._privacy(sizes)
        _, privacy_height = privacy.wrap(self.inner, self.height)
        privacy.drawOn(canvas, self.margin, self.margin)
        top = self.margin + total
        # A thin rule in the colour above the footer.
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(1.2)
        canvas.line(self.margin, top + 2 * mm * sizes.scale, self.margin + self.inner, top + 2 * mm * sizes.scale)
        x = self.margin
        if self.logo is not None:
            logo_width = self._logo_width(sizes)
            draw_logo(canvas, self.logo, x, top - logo_height, logo_width, logo_height)
            x += logo_width + 4 * mm
        y = top
        for paragraph in paragraphs:
            _, height = paragraph.wrap(self._footer_text_width(sizes), self.height)
            y -= height
            paragraph.drawOn(canvas, x, y)

    # Body --------------------------------------------------------------------------------
    def draw(self, canvas: Canvas, blocks: list[Flowable], sizes: _Sizes,
             footer: Callable[[Canvas, _Sizes], None]) -> None:
        heights = [block.wrap(self.inner, self.height)[1] for block in blocks]
        spare = self.room(sizes, footer == self.back_footer) - sum(heights)
        # Spread a little of the spare room between the blocks, so a short page does not look cramped.
        gaps = sum(1 for block in blocks if getattr(block, "section_start", False))
        extra = min(spare / gaps, 6 * mm) if gaps and spare > 0 else 0
        y = self.height - self.margin
        for block, height in zip(blocks, heights):
            if getattr(block, "section_start", False):
                y -= extra
            y -= height
            block.drawOn(canvas, self.margin, y)
        footer(canvas, sizes)


# --- flowables -----------------------------------------------------------------------------

class _Band(Flowable):
    """A heading on a band in the organisation's colour."""

    def __init__(self, paragraph: Paragraph, height: float, pad: float, colour: Color,
                 below: float) -> None:
        super().__init__()
        self.paragraph, self.text_height, self.pad, self.colour, self.below = (paragraph, height, pad, colour,
                                                                              below)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.text_height + 2 * self.pad + self.below
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(self.colour)
        self.canv.roundRect(0, self.below, self.width, self.text_height + 2 * self.pad, 2.5 * mm, stroke=0,
                            fill=1)
        self.paragraph.drawOn(self.canv, self.pad, self.below + self.pad)


class _Gap(Flowable):
    def __init__(self, height: float, section_start: bool = False) -> None:
        super().__init__()
        self.gap, self.section_start = height, section_start

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.gap

    def draw(self) -> None:
        pass


class _Para(Flowable):
    """A Paragraph with room below it (wrap reports it; Paragraph's own spaceAfter is not drawn here)."""

    def __init__(self, markup: str, style, below: float = 0, indent: float = 0) -> None:
        super().__init__()
        self.paragraph, self.below, self.indent = Paragraph(markup, style), below, indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, height = self.paragraph.wrap(available_width - self.indent, available_height)
        self.height = height + self.below
        return self.width, self.height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, self.indent, self.below)


class _BarLine(Flowable):
    """'label — 36%' with a simple bar on the right: a grey track and the share in the colour."""

    def __init__(self, bar: Bar, sizes: _Sizes, colour: Color, below: float) -> None:
        super().__init__()
        figure = bar.figure
        self.percent = figure.percent or 0
        self.colour, self.below = colour, below
        self.bar_height = sizes.body * 0.7
        self.paragraph = Paragraph(f"{escape_text(bar.label)} — <b>{escape_text(figure.text)}</b>",
                                   paragraph_style("HandBar", sizes.body))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.track = available_width * 0.28
        _, self.text_height = self.paragraph.wrap(available_width - self.track - 4 * mm, available_height)
        self.height = max(self.text_height, self.bar_height) + self.below
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        self.paragraph.drawOn(canvas, 0, self.height - self.text_height)
        x = self.width - self.track
        # Centred on the first line of the label.
        y = self.height - 0.62 * self.paragraph.style.fontSize - self.bar_height / 2
        canvas.setFillColor(tint(self.colour, 0.15))
        canvas.rect(x, y, self.track, self.bar_height, stroke=0, fill=1)
        canvas.setFillColor(self.colour)
        canvas.rect(x, y, self.track * min(100, self.percent) / 100, self.bar_height, stroke=0, fill=1)


class _BigNumbers(Flowable):
    """The headline's numbers side by side: the value big, the caption small under it, on a light tint."""

    def __init__(self, numbers, sizes: _Sizes, colour: Color, below: float) -> None:
        super().__init__()
        self.colour, self.below, self.pad = colour, below, 2.5 * mm * sizes.scale
        self.values = [Paragraph(f"<b>{escape_text(n.value)}</b>", paragraph_style(
            "HandBig", sizes.big, BOLD, colour, leading=1.1, alignment=TA_CENTER)) for n in numbers]
        self.captions = [Paragraph(escape_text(n.caption), paragraph_style(
            "HandCaption", sizes.small * 1.1, REGULAR, INK, alignment=TA_CENTER)) for n in numbers]
        self.sizes = sizes

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        count = max(1, len(self.values))
        self.gap = 3 * mm
        self.cell = (available_width - self.gap * (count - 1)) / count
        inner = self.cell - 2 * self.pad
        self.value_height = max((p.wrap(inner, available_height)[1] for p in self.values), default=0)
        self.caption_height = max((p.wrap(inner, available_height)[1] for p in self.captions), default=0)
        self.box = self.value_height + self.caption_height + 3 * self.pad
        self.height = self.box + self.below
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        inner = self.cell - 2 * self.pad
        for index, (value, caption) in enumerate(zip(self.values, self.captions)):
            x = index * (self.cell + self.gap)
            canvas.setFillColor(tint(self.colour, 0.12))
            canvas.roundRect(x, self.below, self.cell, self.box, 2 * mm, stroke=0, fill=1)
            value.wrap(inner, self.box)
            value.drawOn(canvas, x + self.pad, self.below + self.box - self.pad - self.value_height)
            caption.wrap(inner, self.box)
            caption.drawOn(canvas, x + self.pad, self.below + self.pad)


# --- content of the two pages ----------------------------------------------------------------

def _fit(page: _Page, content: TentContent, options: HandoutOptions):
    """Per page the largest type with the least trimming at which it fits: ((blocks, sizes), (blocks, sizes))."""
    base = _BASE[options.size]
    quotes = _pick_quotes(content.panel(QUOTES))
    front = back = None
    shown_quotes = 0
    sizes = None
    for scale, fewest_bars, fewest_quotes in _STEPS:
        # Above 1 (a short page) only the text grows; the band title stays the same on both pages.
        sizes = _Sizes(scale=scale, **{key: value * (min(scale, 1.0) if key == "title" else scale)
                                       for key, value in base.items()})
        for bars in range(3, fewest_bars - 1, -1) if front is None else ():
            blocks = _front(page, content, sizes, bars)
            if _height(page, blocks) <= page.room(sizes, back=False):
                front = (blocks, sizes)
                break
        for count in range(len(quotes), min(fewest_quotes, len(quotes)) - 1, -1) if back is None else ():
            blocks = _back(page, content, options.next_steps, sizes, quotes[:count])
            if _height(page, blocks) <= page.room(sizes, back=True):
                back = (blocks, sizes)
                shown_quotes = count
                break
        if front and back:
            _report_quotes(content, quotes[:shown_quotes])
            return front, back
    # Last resort at the smallest type: no bars, no quotes, and the own texts shortened until they fit.
    if front is None:
        blocks = _front(page, content, sizes, 0)
        full = len(blocks)
        while _height(page, blocks) > page.room(sizes, back=False) and len(blocks) > 1:
            blocks = blocks[:-1]
        if len(blocks) < full:
            report("De voorkant van de folder is te vol: het laatste deel (onder meer de staafjes) is "
                   "weggelaten. Kies A4 of minder tekst.")
        front = (blocks, sizes)
    if back is None:
        next_steps = clean_text(options.next_steps)
        blocks = _back(page, content, next_steps, sizes, ())
        words = next_steps.split()
        total_words = len(words)
        while _height(page, blocks) > page.room(sizes, back=True) and words:
            words = words[:len(words) - max(1, len(words) // 8)]
            blocks = _back(page, content, " ".join(words) + " …", sizes, (), trim_topics=True)
        if len(words) < total_words:
            report(f"De tekst 'Wat gebeurt er nu?' ({total_words} woorden) past niet op de achterkant en is "
                   f"ingekort tot {len(words)} woorden, met '…' erachter. Maak de tekst korter of kies A4.")
            labels = content.sign_up_topics or content.panel(TOPICS).topics
            if len(labels) > MAX_TOPICS_WHEN_SHORT:
                report(f"Van de {len(labels)} onderwerpen staan er {MAX_TOPICS_WHEN_SHORT} op de folder; de "
                       "inschrijflijsten hebben ze allemaal.")
        full = len(blocks)
        while _height(page, blocks) > page.room(sizes, back=True) and len(blocks) > 1:
            blocks = blocks[:-1]
        if len(blocks) < full:
            report("De achterkant van de folder is te vol: het laatste deel is weggelaten. Maak 'Wat gebeurt "
                   "er nu?' korter of kies A4.")
        back = (blocks, sizes)
    _report_quotes(content, quotes[:shown_quotes])
    return front, back


def _report_quotes(content: TentContent, shown: tuple[str, ...]) -> None:
    """Say which approved quotes are not on the handout, and why."""
    panel = content.panel(QUOTES)
    if panel.is_empty:
        return
    distinct = list(dict.fromkeys(" ".join(clean_text(q).split()) for q in panel.quotes if q.strip()))
    picked = _pick_quotes(panel)
    for quote in distinct:
        if quote in shown:
            continue
        if quote in picked:
            why = "het paste niet meer op de achterkant; maak 'Wat gebeurt er nu?' korter of kies A4"
        elif len(quote) > MAX_QUOTE_CHARS and any(len(q) <= MAX_QUOTE_CHARS for q in distinct):
            why = f"het is langer dan {MAX_QUOTE_CHARS} tekens; kort het in bij Citaten beoordelen"
        else:
            why = f"de folder heeft ruimte voor {MAX_QUOTES} citaten (de poster toont ze allemaal)"
        report(f"Het goedgekeurde citaat “{excerpt(quote)}” ({len(quote)} tekens) staat niet op de folder: {why}.")


def _height(page: _Page, blocks: list[Flowable]) -> float:
    return sum(block.wrap(page.inner, page.height)[1] for block in blocks)


def _pick_quotes(panel: Panel) -> tuple[str, ...]:
    """Distinct approved quotes, those short enough for a handout first, in their own order."""
    if panel.is_empty:
        return ()
    distinct = list(dict.fromkeys(" ".join(clean_text(q).split()) for q in panel.quotes if q.strip()))
    short = [q for q in distinct if len(q) <= MAX_QUOTE_CHARS]
    return tuple((short or sorted(distinct, key=len))[:MAX_QUOTES])


def _band(text: str, page: _Page, sizes: _Sizes, font_size: float) -> _Band:
    pad = 3.5 * mm * sizes.scale
    colour = on_colour(page.colour)
    paragraph, height = fitted_paragraph(f"<b>{escape_text(text)}</b>", page.inner - 2 * pad,
                                         (font_size, font_size * 0.9, font_size * 0.8), BOLD, colour,
                                         max_lines=2, one_line_from=font_size * 0.8)
    return _Band(paragraph, height, pad, page.colour, below=3 * mm * sizes.scale)


def _heading(text: str, page: _Page, sizes: _Sizes) -> list[Flowable]:
    style = paragraph_style("HandHeading", sizes.heading, BOLD, page.colour)
    return [_Gap(2.5 * mm * sizes.scale, section_start=True), _Para(escape_text(text), style, 1 * mm * sizes.scale)]


def _body(text: str, sizes: _Sizes, bold: bool = False, below: float | None = None,
          colour: Color = INK, size: float | None = None) -> _Para:
    markup = escape_text(text)
    style = paragraph_style("HandBody", size or sizes.body, BOLD if bold else REGULAR, colour)
    return _Para(f"<b>{markup}</b>" if bold else markup, style,
                 1.2 * mm * sizes.scale if below is None else below)


def _front(page: _Page, content: TentContent, sizes: _Sizes, bars: int) -> list[Flowable]:
    blocks: list[Flowable] = [_band(f"Wat de bewoners van {_plain(content.building_name)} vertelden", page, sizes,
                                    sizes.title)]
    headline = content.panel(HEADLINE)
    if _plain(content.headline):
        blocks.append(_body(content.headline, sizes, bold=True, size=sizes.heading, below=2 * mm * sizes.scale))
    if headline.is_empty:
        if _plain(headline.empty) != _plain(content.headline):
            blocks.append(_body(headline.empty, sizes))
    elif headline.big_numbers:
        blocks.append(_BigNumbers(headline.big_numbers, sizes, page.colour, below=1 * mm * sizes.scale))
    for key in FRONT_ORDER:
        blocks.extend(_front_panel(content.panel(key), page, sizes, bars))
    return blocks


def _front_panel(panel: Panel, page: _Page, sizes: _Sizes, bars: int) -> list[Flowable]:
    blocks = _heading(panel.title, page, sizes)
    if panel.is_empty:
        return blocks + [_body(panel.empty, sizes, colour=DARK_GREY)]
    if _plain(panel.lead):
        blocks.append(_body(panel.lead, sizes, bold=True))
    if panel.key in BAR_PANELS and bars:
        shown = [bar for bar in panel.bars if bar.figure.shown] or [
            bar for bar in panel.extra_bars if bar.figure.shown]
        top = sorted(shown, key=lambda bar: -(bar.figure.percent or 0))[:bars]
        for bar in (bar for bar in shown if bar in top):       # the top ones, in their own order
            blocks.append(_BarLine(bar, sizes, page.colour, below=1.2 * mm * sizes.scale))
    elif panel.key == TOPICS:
        for topic in panel.topics:
            text = (f"{_plain(topic.label)} — {topic.join.text} buren willen meedoen"
                    if topic.join.shown else _plain(topic.label))
            blocks.append(_body("• " + text, sizes, below=0.8 * mm * sizes.scale))
    elif panel.key == COHESION:
        blocks.append(_body(COHESION_HINT, sizes, colour=DARK_GREY, size=sizes.small * 1.1))
    if len(blocks) == 2:    # nothing public beyond the title: say so instead of a bare heading
        blocks.append(_body("Hierover is nog niets te tonen.", sizes, colour=DARK_GREY))
    return blocks


def _back(page: _Page, content: TentContent, next_steps: str, sizes: _Sizes, quotes: tuple[str, ...],
          trim_topics: bool = False) -> list[Flowable]:
    blocks: list[Flowable] = [_band(NEXT_TITLE, page, sizes, sizes.title)]
    for block in text_blocks(next_steps):
        blocks.append(_Para(escape_text(block), paragraph_style("HandNext", sizes.body), 2 * mm * sizes.scale))
    blocks.extend(_heading(TOPICS_TITLE, page, sizes))
    labels = [_plain(t.label) for t in content.sign_up_topics] or [
        _plain(t.label) for t in content.panel(TOPICS).topics]
    if trim_topics:
        labels = labels[:MAX_TOPICS_WHEN_SHORT]
    if labels:
        for label in labels:
            blocks.append(_body("☐  " + label, sizes, size=sizes.body * 1.05, below=0.8 * mm * sizes.scale))
        blocks.append(_body(SIGN_UP_LINE, sizes, bold=True, below=0))
    else:
        blocks.append(_body(NO_TOPICS_LINE, sizes, bold=True, below=0))
    if quotes:
        blocks.extend(_heading(QUOTES_TITLE, page, sizes))
        quote_style = paragraph_style("HandQuote", sizes.body, REGULAR, INK, leftIndent=0)
        for quote in quotes:
            blocks.append(_Quote(_Para(f"“{escape_text(quote)}”", quote_style, 0), page.colour,
                                 1.5 * mm * sizes.scale))
        note = content.panel(QUOTES).note
        if _plain(note):
            blocks.append(_body(note, sizes, colour=DARK_GREY, size=sizes.small))
    return blocks


class _Quote(Flowable):
    """A quote with a bar in the colour on its left."""

    def __init__(self, para: _Para, colour: Color, below: float) -> None:
        super().__init__()
        self.para, self.colour, self.below = para, colour, below
        self.indent = 4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.text_height = self.para.wrap(available_width - self.indent, available_height)
        self.height = self.text_height + self.below
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(tint(self.colour, 0.6))
        self.canv.rect(0, self.below, 1.5 * mm, self.text_height, stroke=0, fill=1)
        self.para.drawOn(self.canv, self.indent, self.below)


def _plain(text: str) -> str:
    return " ".join(clean_text(text).split())


__all__ = ["render_handout"]
