"""Sign-up sheets for the tent: one A4 sheet per topic, with ruled rows to write on by hand.

Residents who want to take a topic up themselves write their name and a way to reach them on the
sheet of that topic. The sheet carries no results beyond the topic's public interest line
(``SignUpTopic.interest``, already disclosure-controlled), and no names or house numbers: it is
printed empty. Every string is escaped (reportlab's Paragraph reads markup) and every font is the
embedded DejaVu Sans.

Rows are at least ``MIN_ROW_HEIGHT`` tall so they can be written in by hand; when more rows are
asked for than fit on one page at that height, the topic continues on a second sheet with the
same header (the rows are spread evenly over the sheets).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

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
    shorten,
)
from flatapp.printing.notices import report_shortened
from flatapp.tent.content import SignUpTopic, TentContent
from flatapp.tent.options import SignUpOptions, TentStyle

PAGE_WIDTH, PAGE_HEIGHT = A4
SIDE = 16 * mm                  # generous margins: home printers cannot print to the edge
TOP = 12 * mm
BOTTOM = 11 * mm
# Public as printed; once residents wrote their names on it, the sheet is for the coordinator only.
TIER_LINE = f"{Tier.PUBLIC.line} · ingevuld: vertrouwelijk, niet laten liggen"
WIDTH = PAGE_WIDTH - 2 * SIDE

MIN_ROW_HEIGHT = 11 * mm        # room for handwriting
MAX_ROW_HEIGHT = 14 * mm
BOX = 6.5 * mm                  # the tick box in the 'Mag contact' column
LOGO_MAX_WIDTH = 34 * mm
LOGO_MAX_HEIGHT = 15 * mm

GENERAL_TITLE = "Ik wil meedoen met een eigen idee"
GENERAL_LINE = ("Heb je een idee voor de flat of de buurt? Schrijf je naam op, dan nemen we contact met je "
                "op om erover te praten.")
INVITE_LINE = "Schrijf je naam op, dan nemen we contact met je op over de eerste bijeenkomst."
COLUMNS = (("Naam", 0.33), ("Huisnummer of telefoonnummer", 0.27), ("E-mail (niet verplicht)", 0.26),
           ("Mag contact", 0.14))
CONSENT = ("Door je gegevens op te schrijven geef je {who} toestemming om je over dit onderwerp te "
           "benaderen. We gebruiken je gegevens alleen hiervoor en vernietigen ze na afloop.")


# --- shared with the handout --------------------------------------------------------------

def tent_colour(style: TentStyle) -> Color:
    return HexColor(style.colour)


def on_colour(colour: Color) -> Color:
    """White text on a dark colour, near-black text on a light one (readable either way)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue)
    return white if luminance < 0.4 else INK


def tint(colour: Color, share: float) -> Color:
    """``colour`` mixed with white: ``share`` of the colour is kept (0.15 gives a light tint)."""
    return Color(*(1 - share * (1 - c) for c in (colour.red, colour.green, colour.blue)))


def paragraph_style(name: str, size: float, font: str = REGULAR, colour: Color = INK,
                    leading: float = 1.25, **kwargs) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=round(size * leading, 1),
                          textColor=colour, **kwargs)


def fitted_paragraph(markup: str, width: float, sizes: tuple[float, ...], font: str, colour: Color,
                     max_lines: int = 2, one_line_from: float | None = None) -> tuple[Paragraph, float]:
    """``markup`` at the first of ``sizes`` where it takes at most ``max_lines`` lines (else the last size).

    With ``one_line_from``, one line at any size down to that is preferred over wrapping at a larger size.
    """
    def make(size: float) -> tuple[Paragraph, float, int]:
        paragraph = Paragraph(markup, paragraph_style(f"Fit{size}", size, font, colour, leading=1.15))
        _, height = paragraph.wrap(width, PAGE_HEIGHT)
        return paragraph, height, len(paragraph.blPara.lines)

    if one_line_from is not None:
        for size in sizes:
            if size < one_line_from:
                break
            paragraph, height, lines = make(size)
            if lines == 1:
                return paragraph, height
    for size in sizes:
        paragraph, height, lines = make(size)
        if lines <= max_lines or size == sizes[-1]:
            return paragraph, height
    raise ValueError("sizes is empty")


# --- the sheets -----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Look:
    """Type sizes of a sheet; the compact look gives the rows more room before a second sheet is needed."""

    title_sizes: tuple[float, ...]
    one_line_from: float
    intro_size: float


NORMAL = _Look((30, 28, 26, 24, 22, 20, 18), 24, 14)
COMPACT = _Look((24, 22, 20, 18, 16), 20, 12.5)


@dataclass(frozen=True)
class _Sheet:
    title: str
    lines: tuple[str, ...]          # the inviting lines, plain text
    rows: int
    part: int                       # 1-based sheet of this topic
    parts: int
    look: _Look


def render_signup_sheets(content: TentContent, options: SignUpOptions, out: BinaryIO) -> int:
    """Write the sign-up sheets (A4 portrait) to ``out``; returns the page count.

    One sheet per ``content.sign_up_topics``; without topics one general sheet for an own idea, so
    the file is never blank. A topic takes a second sheet only when its rows would otherwise be
    lower than MIN_ROW_HEIGHT. Raises ValueError (Dutch) when the logo cannot be read.
    """
    register_fonts()
    style = options.style
    logo = load_logo(style.logo)
    colour = tent_colour(style)
    topics = content.sign_up_topics or (SignUpTopic(GENERAL_TITLE, ""),)

    canvas = Canvas(pdf_target(out), pagesize=A4, initialFontName=REGULAR, initialFontSize=12)
    canvas.setTitle(f"Inschrijflijsten {clean_text(content.building_name)}".strip())
    canvas.setAuthor(clean_text(style.organisation))
    canvas.setSubject("Inschrijflijsten voor de bewonersbijeenkomst")
    canvas.setCreator("FlatApp")

    pages = 0
    general = not content.sign_up_topics
    for topic in topics:
        title = GENERAL_TITLE if general else _short_title(f"Doe mee: {_one_line(topic.label)}")
        lines = (GENERAL_LINE,) if general else tuple(
            line for line in (_one_line(topic.interest), INVITE_LINE) if line)
        for sheet in _split(title, lines, options.rows):
            _draw_sheet(canvas, sheet, content, style, colour, logo)
            draw_tier_line(canvas, TIER_LINE, x=SIDE, y=0.45 * BOTTOM, width=WIDTH)
            canvas.showPage()
            pages += 1
    with binary_streams():
        canvas.save()
    return pages


def _one_line(text: str) -> str:
    return " ".join(clean_text(text).split())


def _short_title(title: str) -> str:
    """The topic in the band: at most TITLE_LINES lines at the smallest title size, else shortened."""
    fitted = fit_lines(title, BOLD, NORMAL.title_sizes[-1], WIDTH - 2 * BAND_PAD - 2, max_lines=TITLE_LINES)
    if not fitted.shortened:
        return title
    report_shortened("De titel van een inschrijflijst", title, fitted.text)
    return fitted.text


def _who(organisation: str) -> str:
    """The organisation as named in the consent line: at most one line long, else shortened."""
    who = _one_line(organisation) or "ons"
    short = shorten(who, REGULAR, CONSENT_SIZE, WIDTH - 2 * CONSENT_PAD)
    if short != who:
        report_shortened("De naam van de organisatie in de toestemmingsregel", who, short)
    return short


def _split(title: str, lines: tuple[str, ...], rows: int) -> list[_Sheet]:
    """One sheet in the first look that gives every row MIN_ROW_HEIGHT; else the rows spread evenly
    over as few sheets as needed."""
    for look in (NORMAL, COMPACT):
        if _table_room(title, lines, look, continued=False) >= rows * MIN_ROW_HEIGHT:
            return [_Sheet(title, lines, rows, 1, 1, look)]
    capacity = max(1, int(_table_room(title, lines, NORMAL, continued=True) // MIN_ROW_HEIGHT))
    parts = -(-rows // capacity)
    base, extra = divmod(rows, parts)
    return [_Sheet(title, lines, base + (1 if index < extra else 0), index + 1, parts, NORMAL)
            for index in range(parts)]


# Vertical layout, measured from the top edge of the page.
BAND_PAD = 5 * mm
HEAD_ROW = 12 * mm
CONSENT_SIZE = 10.5
CONSENT_PAD = 3.5 * mm
FOOTER_HEIGHT = LOGO_MAX_HEIGHT
GAP = 5 * mm
TITLE_LINES = 2
FOOTER_MIN_PT = 8               # smaller does not read on a table in the tent: shorten instead


def _title(title: str, look: _Look, colour: Color) -> tuple[Paragraph, float]:
    return fitted_paragraph(f"<b>{escape_text(title)}</b>", WIDTH - 2 * BAND_PAD, look.title_sizes, BOLD,
                            colour, one_line_from=look.one_line_from)


def _intro(lines: tuple[str, ...], look: _Look, continued: bool) -> list[Paragraph]:
    paragraphs = []
    for index, line in enumerate(lines):
        bold = index == 0 and len(lines) > 1
        paragraphs.append(Paragraph(escape_text(line), paragraph_style(
            f"SignIntro{index}", look.intro_size, BOLD if bold else REGULAR, INK, spaceAfter=1.5 * mm)))
    if continued:
        paragraphs.append(Paragraph("Vervolg van de vorige lijst.", paragraph_style(
            "SignContinued", 11, REGULAR, DARK_GREY)))
    return paragraphs


def _consent(who: str) -> Paragraph:
    return Paragraph(escape_text(CONSENT.format(who=who)), paragraph_style("SignConsent", CONSENT_SIZE))


def _heights(paragraphs: list[Paragraph]) -> float:
    return sum(p.wrap(WIDTH, PAGE_HEIGHT)[1] + p.getSpaceAfter() for p in paragraphs)


def _table_room(title: str, lines: tuple[str, ...], look: _Look, continued: bool) -> float:
    """Height left for the ruled rows (the organisation's name may take a line more in the consent:
    measured with a long stand-in)."""
    _, title_height = _title(title, look, white)
    band = title_height + 2 * BAND_PAD
    consent = (_consent("de organisatie van deze bijeenkomst").wrap(WIDTH - 2 * CONSENT_PAD, PAGE_HEIGHT)[1]
               + 2 * CONSENT_PAD)
    used = (TOP + band + GAP + _heights(_intro(lines, look, continued)) + GAP + HEAD_ROW + GAP + consent
            + GAP + FOOTER_HEIGHT + BOTTOM)
    return PAGE_HEIGHT - used


def _draw_sheet(canvas: Canvas, sheet: _Sheet, content: TentContent, style: TentStyle, colour: Color,
                logo: ImageReader | None) -> None:
    text_colour = on_colour(colour)
    continued = sheet.part > 1

    # Header band with the topic in big type.
    title, title_height = _title(sheet.title, sheet.look, text_colour)
    band = title_height + 2 * BAND_PAD
    top = PAGE_HEIGHT - TOP
    canvas.setFillColor(colour)
    canvas.roundRect(SIDE, top - band, WIDTH, band, 3 * mm, stroke=0, fill=1)
    title.drawOn(canvas, SIDE + BAND_PAD, top - BAND_PAD - title_height)
    y = top - band - GAP

    # The inviting lines.
    for paragraph in _intro(sheet.lines, sheet.look, continued):
        _, height = paragraph.wrap(WIDTH, PAGE_HEIGHT)
        y -= height
        paragraph.drawOn(canvas, SIDE, y)
        y -= paragraph.getSpaceAfter()
    y -= GAP

    # Footer and consent first (fixed at the bottom), then the table fills what is between.
    footer_top = BOTTOM + FOOTER_HEIGHT
    consent = _consent(_who(style.organisation))
    _, consent_height = consent.wrap(WIDTH - 2 * CONSENT_PAD, PAGE_HEIGHT)
    box_height = consent_height + 2 * CONSENT_PAD
    box_bottom = footer_top + GAP
    canvas.setFillColor(tint(colour, 0.12))
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(1)
    canvas.roundRect(SIDE, box_bottom, WIDTH, box_height, 2 * mm, stroke=1, fill=1)
    consent.drawOn(canvas, SIDE + CONSENT_PAD, box_bottom + CONSENT_PAD)
    _draw_footer(canvas, content, style, logo, sheet)

    table_bottom_limit = box_bottom + box_height + GAP
    row_height = min(MAX_ROW_HEIGHT, (y - HEAD_ROW - table_bottom_limit) / sheet.rows)
    _draw_table(canvas, y, sheet.rows, max(row_height, MIN_ROW_HEIGHT), colour)


def _draw_table(canvas: Canvas, top: float, rows: int, row_height: float, colour: Color) -> None:
    widths = [WIDTH * share for _, share in COLUMNS]
    xs = [SIDE]
    for width in widths:
        xs.append(xs[-1] + width)
    bottom = top - HEAD_ROW - rows * row_height

    # Header row on a light tint of the colour, the column names in bold (two lines where needed).
    canvas.setFillColor(tint(colour, 0.18))
    canvas.rect(SIDE, top - HEAD_ROW, WIDTH, HEAD_ROW, stroke=0, fill=1)
    for (name, _), x, width in zip(COLUMNS, xs, widths):
        centred = name == COLUMNS[-1][0]
        head = Paragraph(escape_text(name), paragraph_style(
            f"SignHead{name}", 11, BOLD, INK, leading=1.1, alignment=TA_CENTER if centred else 0))
        _, height = head.wrap(width - 4 * mm, HEAD_ROW)
        head.drawOn(canvas, x + 2 * mm, top - HEAD_ROW / 2 - height / 2)

    # Ruled rows; a tick box per row in the last column.
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    for row in range(rows + 1):
        y = top - HEAD_ROW - row * row_height
        canvas.line(SIDE, y, SIDE + WIDTH, y)
    canvas.setLineWidth(1.2)
    canvas.rect(SIDE, bottom, WIDTH, top - bottom, stroke=1, fill=0)
    canvas.setLineWidth(0.8)
    for x in xs[1:-1]:
        canvas.line(x, bottom, x, top)
    box_x = xs[-2] + widths[-1] / 2 - BOX / 2
    canvas.setLineWidth(1.2)
    for row in range(rows):
        y = top - HEAD_ROW - (row + 1) * row_height + (row_height - BOX) / 2
        canvas.rect(box_x, y, BOX, BOX, stroke=1, fill=0)


def _draw_footer(canvas: Canvas, content: TentContent, style: TentStyle, logo: ImageReader | None,
                 sheet: _Sheet) -> None:
    x = SIDE
    if logo is not None:
        x += draw_logo(canvas, logo, SIDE, BOTTOM, LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT) + 5 * mm
    right_width = 55 * mm
    text_width = SIDE + WIDTH - right_width - 4 * mm - x
    canvas.setFillColor(INK)
    organisation = clean_text(style.organisation).strip()
    contact = clean_text(style.contact).strip()
    org_what, contact_what = "De naam van de organisatie onderaan", "De contactregel onderaan"
    if organisation and contact:
        draw_text_fitted(canvas, x, BOTTOM + 8 * mm, organisation, BOLD, 12, text_width, what=org_what,
                         minimum=FOOTER_MIN_PT)
        draw_text_fitted(canvas, x, BOTTOM + 2 * mm, contact, REGULAR, 12, text_width, what=contact_what,
                         minimum=FOOTER_MIN_PT)
    elif organisation or contact:
        draw_text_fitted(canvas, x, BOTTOM + 5 * mm, organisation or contact, BOLD if organisation else REGULAR,
                         12, text_width, what=org_what if organisation else contact_what, minimum=FOOTER_MIN_PT)
    canvas.setFillColor(DARK_GREY)
    place = clean_text(content.building_name).strip()
    round_name = clean_text(content.round_name).strip()
    right_x = SIDE + WIDTH - right_width
    draw_text_fitted(canvas, right_x, BOTTOM + 8 * mm, place, REGULAR, 9, right_width, align="right",
                     what="De naam van de flat onderaan")
    second = round_name
    if sheet.parts > 1:
        second = f"{round_name} · lijst {sheet.part} van {sheet.parts}".strip(" ·")
    draw_text_fitted(canvas, right_x, BOTTOM + 3.5 * mm, second, REGULAR, 9, right_width, align="right",
                     what="De naam van de ronde onderaan")


__all__ = ["render_signup_sheets"]
