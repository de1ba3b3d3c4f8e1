"""What every letter FlatApp prints shares: both organisations at the top (names, logos when given), the
addressee and the date, the coordinator's text at the largest type that fits the page, the signature
(name, role, organisation) and a footer with how to reach the sender.

``render_letter_batch`` lays the letter's story out once per type size, picks the largest size at which
it fits on one page (from ``BODY_SIZES``; a longer text flows on at the smallest, with page numbers),
keeps the pages as PDF forms and writes only the addressee per copy. Used by the announcement letters
(``letters``), the invitations to the tent and to a group meeting (``invitation``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from flatapp.domain.tiers import Tier
from flatapp.printing.fonts import BOLD, REGULAR
from flatapp.printing.layout import (
    CONTENT_WIDTH,
    DARK_GREY,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE_GREY,
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
    styles,
)
from flatapp.printing.notices import excerpt, report
from flatapp.services.round_rows import dutch_date

LOGO_MAX_WIDTH = 48 * mm
LOGO_MAX_HEIGHT = 18 * mm
LETTERHEAD = 30 * mm           # logos and organisation names
ADDRESS_BAND = 26 * mm         # the addressee (one or two lines), the place and date, room below
FOOTER_ROOM = 25 * mm          # the frame ends this far above the bottom edge
TIER_Y = 7 * mm
ORGANISATIONS_Y = 11.5 * mm
CONTACT_Y = 16 * mm
RULE_Y = 20.5 * mm
ADDRESS_PT = 13
ADDRESS_MIN_PT = 10
ADDRESS_LINES = 2
# Body type sizes tried from large to small: the largest at which the letter fits on one page wins, so
# a short letter fills the page in large, easy type and a long one still fits.
BODY_SIZES = (15, 14, 13.5, 13, 12.5, 12, 11.5, 11)
FIT_SLACK = 4 * mm             # measured heights are close, not exact: keep a little room


@dataclass(frozen=True)
class Sender:
    """Who sends the letter: the organisation and the corporation (names, logo files), the person who
    signs (name, role) and how residents reach them (phone, e-mail)."""

    organisation: str = ""
    organisation_logo: Path | None = None
    corporation: str = ""
    corporation_logo: Path | None = None
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""

    @classmethod
    def from_settings(cls, settings, organisation_logo: Path | None = None) -> Sender:
        """From ``flatapp.services.round_settings.LetterSettings``; ``organisation_logo`` overrides the
        round's (the letters' --logo)."""
        return cls(
            organisation=settings.organisation,
            organisation_logo=organisation_logo or (Path(settings.organisation_logo) if settings.organisation_logo
                                                    else None),
            corporation=settings.corporation_name,
            corporation_logo=Path(settings.corporation_logo) if settings.corporation_logo else None,
            name=settings.sender_name, role=settings.sender_role, phone=settings.sender_phone,
            email=settings.sender_email,
        )

    @property
    def contact_line(self) -> str:
        """'Vragen? Bel Anja de Boer: 06-12345678 of mail anja@welzijn.nl' ('' without phone and e-mail)."""
        who = f"{self.name}: " if self.name else ""
        ways = []
        if self.phone:
            ways.append(f"bel {who}{self.phone}")
        if self.email:
            ways.append(f"mail {self.email}" if ways else f"mail {who}{self.email}")
        if not ways:
            return ""
        text = " of ".join(ways)
        return f"Vragen? {text[0].upper()}{text[1:]}"

    @property
    def organisations_line(self) -> str:
        return " · ".join(clean(part) for part in (self.organisation, self.corporation) if clean(part))


@dataclass(frozen=True)
class Addressee:
    """One copy: the address line(s) as printed, the city for the date line, and a code to name it by in
    a notice (never printed)."""

    text: str                  # 'Aan de bewoners van Kastanjelaan 10, 8601 AB Sneek'
    city: str = ""
    code: str = ""


def clean(text: object) -> str:
    return " ".join(clean_text(text).split())


def date_line(day: date, city: str = "") -> str:
    """'Sneek, 04-12-2026' (the date alone without a city)."""
    return f"{clean(city)}, {dutch_date(day)}" if clean(city) else dutch_date(day)


def body_styles(size: float, spread: float = 0):
    """(body, heading, emphasis) paragraph styles at body size ``size``; ``spread`` points more between
    paragraphs (a short letter is spread over the page rather than leaving its lower half empty)."""
    st = styles()
    body = st.body.clone(f"FlatLetterBody{size}", fontSize=size, leading=round(size * 1.38, 1),
                         spaceAfter=size * 0.55 + spread)
    heading = st.heading.clone(f"FlatLetterHeading{size}", fontSize=size + 3, leading=round((size + 3) * 1.25, 1),
                               spaceAfter=size * 0.5)
    emphasis = st.address.clone(f"FlatLetterEmphasis{size}", fontSize=max(size, 14),
                                leading=round(max(size, 14) * 1.3, 1))
    return body, heading, emphasis


def signature(sender: Sender, size: float, spread: float = 0) -> list[Flowable]:
    """Name (bold), role, and the organisation(s) under the closing words, kept together."""
    body, _heading, _emphasis = body_styles(size)
    tight = body.clone(f"FlatLetterSignature{size}", spaceAfter=0)
    lines: list[Flowable] = []
    if clean(sender.name):
        lines.append(Paragraph(f"<b>{escape_text(clean(sender.name))}</b>", tight))
    if clean(sender.role):
        lines.append(Paragraph(escape_text(clean(sender.role)), tight))
    organisations = " en ".join(clean(p) for p in (sender.organisation, sender.corporation) if clean(p))
    if organisations:
        if lines:
            lines.append(Paragraph(escape_text(organisations), tight))
        else:
            lines.append(Paragraph(f"<b>{escape_text(organisations)}</b>", tight))
    return [Spacer(1, size * 0.6 + spread), KeepTogether(lines)] if lines else []


class Shaded(Flowable):
    """Flowables on a light shaded panel with a dark edge (what must stand out: the evenings, the tent)."""

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


def story_height(story: list[Flowable], width: float = CONTENT_WIDTH) -> float:
    """The height ``story`` takes in a frame of ``width`` (the content of a KeepTogether measured as is)."""
    total = 0.0
    for flowable in story:
        inner = getattr(flowable, "_content", None)
        if isinstance(flowable, KeepTogether) and inner is not None:
            total += story_height(list(inner), width)
            continue
        total += flowable.wrap(width, PAGE_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


FIRST_FRAME = PAGE_HEIGHT - MARGIN - LETTERHEAD - ADDRESS_BAND - FOOTER_ROOM


SPREAD_STEP = 2.0             # points added between paragraphs per step
SPREAD_MAX = 1.0              # at most this share of the body size
KEEP_FREE = 25 * mm           # a spread letter still ends this far above the footer


def fitted_story(build: Callable[[float, float], list[Flowable]]) -> tuple[list[Flowable], float]:
    """The story at the largest body size at which it fits on the first page (else the smallest), then
    with its paragraphs spread a little while that still leaves ``KEEP_FREE`` above the footer."""
    room = FIRST_FRAME - FIT_SLACK
    for size in BODY_SIZES:
        if story_height(build(size, 0)) <= room:
            break
    else:
        return build(BODY_SIZES[-1], 0), BODY_SIZES[-1]
    spread = 0.0
    while spread + SPREAD_STEP <= size * SPREAD_MAX and \
            story_height(build(size, spread + SPREAD_STEP)) <= room - KEEP_FREE:
        spread += SPREAD_STEP
    return build(size, spread), size


def render_letter_batch(target: Path | BinaryIO, addressees: list[Addressee], sender: Sender,
                        build_story: Callable[[float, float], list[Flowable]] | None, *, day: date,
                        tier: Tier | str, title: str, subject: str,
                        personal: Callable[[Addressee], Callable[[float, float], list[Flowable]]] | None = None) -> int:
    """One letter per addressee (each from a fresh page); returns the page count. The story is the same
    for every copy (laid out once, kept as PDF forms), or, with ``personal``, each addressee's own (a
    letter that greets a resident by name). ValueError (Dutch) for a logo that cannot be read."""
    left = load_logo(sender.organisation_logo)
    right = load_logo(sender.corporation_logo)
    canvas = FormCanvas(target, title=title, author=sender.organisation, subject=subject)

    def layout(build: Callable[[float, float], list[Flowable]], prefix: str) -> list[str]:
        story, _size = fitted_story(build)
        return canvas.record(story, prefix, first_top=MARGIN + LETTERHEAD + ADDRESS_BAND, later_top=MARGIN,
                             bottom=FOOTER_ROOM)

    shared = layout(build_story, "FlatLetterPage") if personal is None else []
    head = _Letterhead(sender, left, right)
    when = dutch_date(day)
    for index, addressee in enumerate(addressees, start=1):
        forms = shared if personal is None else layout(personal(addressee), f"FlatLetter{index}Page")
        address = _address_lines(addressee)
        for number, form in enumerate(forms, start=1):
            if number == 1:
                draw_once(canvas, "FlatLetterhead", head.draw)
                canvas.setFillColor(INK)
                canvas.setFont(BOLD, address.size)
                y = PAGE_HEIGHT - MARGIN - LETTERHEAD - 6 * mm
                for line in address.lines:
                    canvas.drawString(MARGIN, y, line)
                    y -= address.size * 1.2
                canvas.setFont(REGULAR, 11)
                canvas.setFillColor(DARK_GREY)
                line = date_line(day, addressee.city) if addressee.city else when
                canvas.drawString(MARGIN, y - 2 * mm, line)
            canvas.doForm(form)
            draw_once(canvas, "FlatLetterFooter", lambda c: _footer(c, sender, tier))
            if len(forms) > 1:
                canvas.setFont(REGULAR, 9)
                canvas.setFillColor(INK)
                canvas.drawRightString(PAGE_WIDTH - MARGIN, TIER_Y, page_label(number, len(forms)))
            canvas.showPage()
    canvas.save()
    return canvas.pages


def _footer(canvas: FormCanvas, sender: Sender, tier: Tier | str) -> None:
    """A thin rule, the contact line, both organisations, the tier."""
    contact = sender.contact_line
    organisations = sender.organisations_line
    if contact or organisations:
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, RULE_Y, PAGE_WIDTH - MARGIN, RULE_Y)
    canvas.setFillColor(INK)
    if contact:
        draw_text_fitted(canvas, MARGIN, CONTACT_Y, contact, BOLD, 11, CONTENT_WIDTH,
                         what="De contactregel onder aan de brief", minimum=8)
    if organisations:
        canvas.setFillColor(DARK_GREY)
        draw_text_fitted(canvas, MARGIN, ORGANISATIONS_Y, organisations, REGULAR, 9, CONTENT_WIDTH,
                         what="De namen van de organisaties onder aan de brief", minimum=7)
    draw_tier_line(canvas, tier, y=TIER_Y, width=CONTENT_WIDTH - 30 * mm)


def _address_lines(addressee: Addressee) -> FittedLines:
    """The addressee on one line at a readable size, else two; only what is longer still is shortened."""
    text = clean(addressee.text).strip(" ,")
    one = fit_lines(text, BOLD, ADDRESS_PT, CONTENT_WIDTH, max_lines=1, minimum=ADDRESS_MIN_PT)
    if not one.shortened:
        return one
    two = fit_lines(text, BOLD, ADDRESS_PT, CONTENT_WIDTH, max_lines=ADDRESS_LINES, minimum=ADDRESS_MIN_PT)
    if two.shortened:
        which = f"van woning {addressee.code} " if addressee.code else ""
        report(f"Het adres {which}({len(text)} tekens) past niet op twee regels van de brief en is ingekort "
               f"tot: “{excerpt(two.text, 80)}”. Verbeter het adres bij de woning.")
    return two


class _Letterhead:
    """The organisation at the top left (logo, name under it), the corporation at the top right."""

    def __init__(self, sender: Sender, left: ImageReader | None, right: ImageReader | None) -> None:
        self.organisation = clean(sender.organisation)
        self.corporation = clean(sender.corporation)
        self.left, self.right = left, right

    def draw(self, canvas: FormCanvas) -> None:
        top = PAGE_HEIGHT - MARGIN
        both = bool(self.corporation or self.right)
        half = (CONTENT_WIDTH - 10 * mm) / 2 if both else CONTENT_WIDTH
        canvas.setFillColor(INK)
        y = top
        if self.left is not None:
            height = _draw_logo(canvas, self.left, MARGIN, top, min(LOGO_MAX_WIDTH, half), align="left")
            y = top - height - 2 * mm
        if self.organisation:
            size = 16 if self.left is None else 12
            draw_text_fitted(canvas, MARGIN, y - size, self.organisation, BOLD, size, half,
                             what="De naam van de organisatie in de briefkop", minimum=8)
        if not both:
            return
        x = PAGE_WIDTH - MARGIN - half
        y = top
        if self.right is not None:
            height = _draw_logo(canvas, self.right, x, top, min(LOGO_MAX_WIDTH, half), align="right", width=half)
            y = top - height - 2 * mm
        if self.corporation:
            size = 12
            if self.right is None:
                canvas.setFillColor(DARK_GREY)
                draw_text_fitted(canvas, x, y - 9, "samen met", REGULAR, 9, half, align="right")
                y -= 11
            canvas.setFillColor(INK)
            draw_text_fitted(canvas, x, y - size, self.corporation, BOLD, size, half, align="right",
                             what="De naam van de woningcorporatie in de briefkop", minimum=8)


def _draw_logo(canvas: FormCanvas, image: ImageReader, x: float, top: float, max_width: float, align: str,
               width: float = 0) -> float:
    """The logo hanging from ``top`` (scaled, proportions kept), left- or right-aligned; returns its height."""
    w, h = image.getSize()
    scale = min(max_width / w, LOGO_MAX_HEIGHT / h)
    drawn_w, drawn_h = w * scale, h * scale
    left = x if align == "left" else x + width - drawn_w
    canvas.drawImage(image, left, top - drawn_h, drawn_w, drawn_h, mask="auto")
    return drawn_h


__all__ = ["Addressee", "Sender", "Shaded", "body_styles", "date_line", "fitted_story", "render_letter_batch",
           "signature"]
