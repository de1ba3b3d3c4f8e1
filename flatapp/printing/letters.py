"""Announcement letters: one A4 letter per home, "Aan de bewoners van <adres>".

The letterhead (organisation name, optional logo), the editable text and the evenings are the
same for every home: they are laid out once and kept as PDF forms; per home only the address
line is written. The text is the coordinator's own: escaped, its paragraphs kept. A letter to every door
is public: each page says so in a small footer line (the print is still logged: it has addresses).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from flatapp.domain.tiers import Tier
from flatapp.printing.fonts import BOLD, REGULAR
from flatapp.printing.layout import (
    CONTENT_WIDTH,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SHADE,
    FittedLines,
    FormCanvas,
    clean_text,
    draw_once,
    draw_text_fitted,
    draw_tier_line,
    escape_text,
    fit_lines,
    load_logo,
    page_label,
    safe_paragraph,
    styles,
    text_blocks,
)
from flatapp.printing.notices import excerpt, report
from flatapp.services.homes import HomeRow
from flatapp.services.round_rows import DUTCH_WEEKDAYS, EveningRow, dutch_date

LOGO_MAX_WIDTH = 50 * mm
LOGO_MAX_HEIGHT = 25 * mm
LETTERHEAD = 32 * mm          # logo and organisation name
ADDRESS_BAND = 24 * mm        # the "Aan de bewoners van ..." line and room below it
FOOTER_ROOM = 14 * mm
FOOTER_Y = 8 * mm
ADDRESS_PT = 13
ADDRESS_MIN_PT = 10          # smaller is hard to read; wrap to a second line instead
ADDRESS_LINES = 2

def evening_phrase(evening: EveningRow) -> str:
    """'dinsdag 25-11-2026 van 18:30 tot 20:30'."""
    weekday = DUTCH_WEEKDAYS[evening.date.weekday()]
    return f"{weekday} {dutch_date(evening.date)} van {evening.starts:%H:%M} tot {evening.ends:%H:%M}"


def render_letters(homes: list[HomeRow], target: Path | BinaryIO, organisation: str,
                   evenings: list[EveningRow], text: str, logo: Path | None = None) -> int:
    """Write one PDF with a letter per home (each starting on a fresh page); returns the page count.

    Raises ValueError (Dutch) without homes, evenings or text, or with a logo that cannot be read.
    """
    if not homes:
        raise ValueError("Er zijn geen woningen om een brief voor te printen.")
    if not evenings:
        raise ValueError("Plan eerst de avonden: de brief noemt wanneer er wordt aangebeld.")
    if not clean_text(text).strip():
        raise ValueError("De tekst van de brief is leeg.")
    image = load_logo(logo)

    canvas = FormCanvas(target, title="Aankondiging", author=organisation, subject="Brief aan de bewoners")
    forms = canvas.record(
        _story(text, evenings, organisation), "FlatLetterPage",
        first_top=MARGIN + LETTERHEAD + ADDRESS_BAND, later_top=MARGIN, bottom=MARGIN + FOOTER_ROOM,
    )
    head = _Letterhead(organisation, image)
    for home in homes:
        address = _address_lines(home)
        for number, form in enumerate(forms, start=1):
            if number == 1:
                draw_once(canvas, "FlatLetterhead", head.draw)
                canvas.setFillColor(INK)
                canvas.setFont(BOLD, address.size)
                y = PAGE_HEIGHT - MARGIN - LETTERHEAD - 8 * mm
                for line in address.lines:
                    canvas.drawString(MARGIN, y, line)
                    y -= address.size * 1.2
            canvas.doForm(form)
            draw_once(canvas, "FlatLetterTier", lambda c: draw_tier_line(c, Tier.PUBLIC, y=FOOTER_Y))
            if len(forms) > 1:
                canvas.setFont(REGULAR, 9)
                canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, page_label(number, len(forms)))
            canvas.showPage()
    canvas.save()
    return canvas.pages


def _address_lines(home: HomeRow) -> FittedLines:
    """'Aan de bewoners van <address>, <postcode> <city>' in the address band: one line when it fits at
    a readable size, else two (a 110-character street wraps); only what is longer still is shortened."""
    address = " ".join(clean_text(f"Aan de bewoners van {home.address}, {home.postcode} {home.city}")
                       .strip(" ,").split())
    one = fit_lines(address, BOLD, ADDRESS_PT, CONTENT_WIDTH, max_lines=1, minimum=ADDRESS_MIN_PT)
    if not one.shortened:
        return one
    two = fit_lines(address, BOLD, ADDRESS_PT, CONTENT_WIDTH, max_lines=ADDRESS_LINES, minimum=ADDRESS_MIN_PT)
    if two.shortened:
        report(f"Het adres van woning {home.code} ({len(address)} tekens) past niet op twee regels van de "
               f"brief en is ingekort tot: “{excerpt(two.text, 80)}”. Verbeter het adres bij de woning.")
    return two


class _Letterhead:
    """Logo at the top left (scaled to fit, proportions kept), organisation name beside it."""

    def __init__(self, organisation: str, image: ImageReader | None) -> None:
        self.organisation = clean_text(organisation).strip()
        self.image = image

    def draw(self, canvas: FormCanvas) -> None:
        top = PAGE_HEIGHT - MARGIN
        text_x, text_width = MARGIN, CONTENT_WIDTH
        if self.image is not None:
            width, height = self.image.getSize()
            scale = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height)
            canvas.drawImage(self.image, MARGIN, top - height * scale, width * scale, height * scale,
                             mask="auto")
            text_x = MARGIN + width * scale + 8 * mm
            text_width = PAGE_WIDTH - MARGIN - text_x
        if self.organisation:
            canvas.setFillColor(INK)
            align = "right" if self.image is not None else "left"
            draw_text_fitted(canvas, text_x, top - 16, self.organisation, BOLD, 16, text_width, align=align,
                             what="De naam van de organisatie in de briefkop", minimum=9)


EVENINGS_PLACEHOLDER = "{avonden}"


def _story(text: str, evenings: list[EveningRow], organisation: str) -> list[Flowable]:
    """The text with the evenings box where the text says ``{avonden}``; without that marker the
    box goes before the closing paragraph ("Met vriendelijke groet,"), so it is read before the
    signature."""
    st = styles()
    body = st.body.clone("FlatLetterBody", fontSize=13, leading=18, spaceAfter=3 * mm)
    box = [Paragraph("Wij bellen bij u aan op:", st.heading)]
    for evening in sorted(evenings, key=lambda e: (e.date, e.starts)):
        box.append(Paragraph(escape_text(evening_phrase(evening)),
                             st.address.clone("FlatLetterEvening", leftIndent=5 * mm, spaceBefore=2 * mm)))
    evenings_box: list[Flowable] = [Spacer(1, 2 * mm), KeepTogether([_Shaded(box)]), Spacer(1, 5 * mm)]

    blocks = text_blocks(text)
    if EVENINGS_PLACEHOLDER not in (block.strip() for block in blocks):
        blocks.insert(max(len(blocks) - 1, 1) if len(blocks) > 1 else 1, EVENINGS_PLACEHOLDER)
    story: list[Flowable] = []
    for block in blocks:
        if block.strip() == EVENINGS_PLACEHOLDER:
            story.extend(evenings_box)
        else:
            story.append(Paragraph(escape_text(block), body))
    if organisation.strip():
        story.append(safe_paragraph(organisation, st.body_bold))
    return story


class _Shaded(Flowable):
    """Flowables on a light shaded panel with a dark edge (the evenings stand out on the letter)."""

    PAD = 4 * mm

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        inner = available_width - 2 * self.PAD
        self.heights = [f.wrap(inner, available_height)[1] + f.getSpaceBefore() for f in self.content]
        self.height = sum(self.heights) + 2 * self.PAD
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(SHADE)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        y = self.height - self.PAD
        for flowable, height in zip(self.content, self.heights):
            y -= height
            flowable.drawOn(canvas, self.PAD, y)


__all__ = ["evening_phrase", "render_letters"]
