"""The update handout "Wat is er gebeurd?" for every resident, some weeks after the tent: A4, public tier.

What the residents saw in the tent (the publication's headline), the working groups that started (name,
topic, how many take part as a public phrase), what they did and what comes next, and how to join. From an
``UpdateContent`` only (no names, no home codes, no links to group apps). The type is as large as fits
on one page; a long list flows on to a second page, each with the tier line.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from flatapp.domain.tiers import Tier
from flatapp.printing.fonts import BOLD, REGULAR
from flatapp.printing.layout import (
    CONTENT_WIDTH,
    DARK_GREY,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    SHADE,
    build_grouped,
    clean_text,
    draw_text_fitted,
    draw_tier_line,
    escape_text,
    page_label,
    styles,
)
from flatapp.printing.letterhead import story_height
from flatapp.reporting.update import UpdateContent

COLOUR = Color(0.18, 0.44, 0.62)
TITLE = "Wat is er gebeurd?"
TOP, BOTTOM = 14 * mm, 22 * mm
SIZES = (18, 17, 16, 15, 14, 13, 12, 11.5, 11, 10.5)   # the largest that fits one page
NO_GROUPS = ("Er is nog geen werkgroep gestart. Heeft u een idee voor de flat, of wilt u ergens mee helpen? "
             "Neem contact met ons op: samen maken we een begin.")


def _plain(text: object) -> str:
    return " ".join(clean_text(text).split())


class _Band(Flowable):
    """The title on a coloured band."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.paragraph = Paragraph(f"<b>{escape_text(text)}</b>", styles().title.clone(
            "UpdTitle", fontSize=min(size, 15) * 2, leading=min(size, 15) * 2.3, textColor=white))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.text_height = self.paragraph.wrap(available_width - 10 * mm, available_height)[1]
        self.height = self.text_height + 8 * mm
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(COLOUR)
        self.canv.roundRect(0, 0, self.width, self.height, 3 * mm, stroke=0, fill=1)
        self.paragraph.drawOn(self.canv, 5 * mm, 4 * mm)


class _Box(Flowable):
    """Paragraphs on a shaded panel (how to join)."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        super().__init__()
        self.paragraphs = paragraphs

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.heights = [p.wrap(available_width - 10 * mm, available_height)[1] for p in self.paragraphs]
        self.height = sum(self.heights) + 8 * mm + 1.5 * mm * (len(self.paragraphs) - 1)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(SHADE)
        self.canv.roundRect(0, 0, self.width, self.height, 3 * mm, stroke=0, fill=1)
        y = self.height - 4 * mm
        for paragraph, height in zip(self.paragraphs, self.heights):
            y -= height
            paragraph.drawOn(self.canv, 5 * mm, y)
            y -= 1.5 * mm


def _story(content: UpdateContent, size: float) -> list[Flowable]:
    st = styles()
    body = st.body.clone(f"UpdBody{size}", fontSize=size, leading=size * 1.35, spaceAfter=size * 0.4)
    bullet = body.clone(f"UpdBullet{size}", leftIndent=size * 1.1, bulletIndent=size * 0.2, spaceAfter=size * 0.2,
                        bulletFontName=REGULAR, bulletFontSize=size)
    heading = st.heading.clone(f"UpdHeading{size}", fontSize=size * 1.3, leading=size * 1.6, textColor=COLOUR,
                               spaceBefore=size * 0.6, spaceAfter=size * 0.25)
    group_head = st.heading.clone(f"UpdGroup{size}", fontSize=size * 1.1, leading=size * 1.4, spaceAfter=size * 0.2)
    quiet = body.clone(f"UpdQuiet{size}", textColor=DARK_GREY)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(escape_text(_plain(text)), style)

    story: list[Flowable] = [_Band(f"{TITLE} · {_plain(content.building_name)}", size), Spacer(1, size * 0.6)]
    when = f"op {content.tent_label} " if content.tent_label else ""
    story.append(p(f"In de tent lieten we {when}zien wat bewoners van {content.building_name} vertelden: "
                   f"{content.headline.rstrip('.')}. Veel bewoners wilden samen iets doen. Dit is er sindsdien "
                   "gebeurd.", body))
    story.append(p("Samen aan de slag", heading))
    if not content.groups:
        story.append(p(NO_GROUPS))
    for group in content.groups:
        block: list[Flowable] = [p(group.name + (f" — {group.topic}" if group.topic and
                                                 group.topic.lower() != group.name.lower() else ""), group_head)]
        line = group.members[0].upper() + group.members[1:] + "."
        if group.has_app:
            line += " De groep heeft een eigen groepsapp."
        block.append(p(line, quiet))
        for item in group.done:
            block.append(Paragraph(escape_text(_plain(item)), bullet, bulletText="✓"))
        for item in group.planned:
            block.append(Paragraph(escape_text("Binnenkort: " + _plain(item)), bullet, bulletText="•"))
        story.append(KeepTogether(block))
    settings = content.settings
    join = [Paragraph(f"<b>{escape_text('Meedoen?')}</b>", body.clone(f"UpdJoinHead{size}", fontSize=size * 1.2,
                                                                       leading=size * 1.5))]
    join.append(p("Iedereen in de flat kan meedoen met een werkgroep, of een nieuwe beginnen. U hoeft niet "
                  "veel tijd te hebben: elke hulp telt.", body))
    who = settings.sender_line or settings.organisation or "het opbouwwerk"
    ways = [w for w in (settings.sender_phone and f"bel {settings.sender_phone}",
                        settings.sender_email and f"mail {settings.sender_email}") if w]
    join.append(p(f"Neem contact op met {who}" + (f": {' of '.join(ways)}." if ways else "."), body))
    story += [Spacer(1, size * 0.8), KeepTogether([_Box(join)])]
    return story


def _fitted(content: UpdateContent) -> list[Flowable]:
    room = PAGE_HEIGHT - TOP - BOTTOM - 3 * mm
    for size in SIZES:
        story = _story(content, size)
        if story_height(story, CONTENT_WIDTH) <= room:
            return story
    return _story(content, SIZES[-1])


def render_update_handout(content: UpdateContent, target: Path | BinaryIO) -> int:
    """Write the handout; returns its page count (1, or more for a long list of groups)."""
    settings = content.settings
    organisations = " · ".join(p for p in (_plain(settings.organisation), _plain(settings.corporation_name)) if p)

    def decorate(canvas, _info, page: int, pages: int) -> None:
        canvas.setFillColor(INK)
        if organisations:
            draw_text_fitted(canvas, MARGIN, 13 * mm, organisations, BOLD, 10, CONTENT_WIDTH - 30 * mm,
                             what="De namen van de organisaties onder aan de folder", minimum=7)
        if pages > 1:
            canvas.setFont(REGULAR, 9)
            canvas.drawRightString(MARGIN + CONTENT_WIDTH, 13 * mm, page_label(page, pages))
        draw_tier_line(canvas, Tier.PUBLIC)

    result = build_grouped(_fitted(content), target, decorate, top=TOP, bottom=BOTTOM,
                           title=f"{TITLE} {content.building_name}", author=settings.organisation,
                           subject="Nieuws voor de bewoners")
    return result.pages


__all__ = ["render_update_handout"]
