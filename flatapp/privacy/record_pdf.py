"""The processing record as one A4 page (tier Intern in the header), shipped DejaVu fonts embedded."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

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
    build_grouped,
    draw_text_fitted,
    escape_text,
    page_label,
    safe_paragraph,
    styles,
)
from flatapp.privacy.access import Line
from flatapp.privacy.record import ProcessingRecord

BODY = 9
LABEL = 0.3 * CONTENT_WIDTH


def _style(bold: bool = False):
    base = styles().body_bold if bold else styles().body
    return base.clone(f"FlatRecord{'Bold' if bold else ''}", fontSize=BODY, leading=BODY * 1.22)


def _block(title: str, lines: tuple[Line, ...]) -> list[Flowable]:
    rows = [[Paragraph(f"<b>{escape_text(title)}</b>", _style()), ""]] + [
        [safe_paragraph(line.label, _style()), safe_paragraph(line.value, _style())] for line in lines]
    table = Table(rows, colWidths=[LABEL, CONTENT_WIDTH - LABEL])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, BODY),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, SHADE),
    ]))
    return [table, Spacer(1, 1.5 * mm)]


def render_processing_record(record: ProcessingRecord, target: BinaryIO) -> int:
    def decorate(canvas: Canvas, _info: object, page: int, pages: int) -> None:
        canvas.setFillColor(INK)
        draw_text_fitted(canvas, MARGIN, PAGE_HEIGHT - 9 * mm, Tier.INTERNAL.line, BOLD, 9, CONTENT_WIDTH)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, PAGE_HEIGHT - 11 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11 * mm)
        canvas.setFillColor(DARK_GREY)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(MARGIN, 7 * mm, f"Verwerkingsregister · {record.building} · ronde '{record.round_name}' · "
                                          f"gemaakt op {record.made_on} met FlatApp")
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 7 * mm, page_label(page, pages))

    story: list[Flowable] = [
        safe_paragraph(f"Verwerkingsregister: ronde '{record.round_name}'",
                       styles().title.clone("FlatRecordTitle", fontSize=15, leading=18)),
        safe_paragraph(f"{record.building} · {record.period} · verantwoordelijk: {record.organisation}", _style()),
        Spacer(1, 3 * mm),
    ]
    story += _block("Doel", (Line("Waarvoor", record.purpose), Line("Grondslag", "toestemming per doel (AVG art. "
                    "6 lid 1 sub a) voor verhalen, contact, werkgroepen en onderzoek; meedoen aan het gesprek is "
                    "vrijwillig")))
    story += _block("Categorieën van gegevens", record.data)
    story += _block("Categorieën van betrokkenen", record.persons)
    story += _block("Wie heeft toegang", record.access)
    story += _block("Bewaren en beveiligen", record.storage)
    story += _block("Toestemming per doel", record.consents)
    story += _block("Publicaties (openbaar, vastgelegd)", record.publications)
    result = build_grouped(story, target, decorate, top=MARGIN + 2 * mm, bottom=14 * mm,
                           title=f"Verwerkingsregister {record.round_name}", author=record.organisation,
                           subject="Verwerkingsregister (AVG art. 30)")
    return result.pages
