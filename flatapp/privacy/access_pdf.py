"""The access letter (AVG art. 15) as A4 PDF: a letter a resident can read, in Dutch, large type.

Header on every page: the tier (Vertrouwelijk) and who it is for; footer: the home and 'pagina x van y'.
Every string from the database is escaped (layout.safe_paragraph / escape_text); every font is the
shipped DejaVu Sans, embedded.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

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
    ShadedHeading,
    build_grouped,
    draw_text_fitted,
    escape_text,
    page_label,
    safe_paragraph,
    styles,
)
from flatapp.privacy.access import HouseholdRecord, Line, RoundPart

HEADER_ROOM = 16 * mm
FOOTER_ROOM = 12 * mm
LABEL_COLUMN = 0.42 * CONTENT_WIDTH


def tier_line() -> str:
    return f"{Tier.CONFIDENTIAL.label} — persoonsgegevens, alleen voor de bewoners van dit adres"


def _decorate(record: HouseholdRecord):
    def decorate(canvas: Canvas, _info: object, page: int, pages: int) -> None:
        canvas.setFillColor(INK)
        draw_text_fitted(canvas, MARGIN, PAGE_HEIGHT - 9 * mm, tier_line(), BOLD, 10, CONTENT_WIDTH)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, PAGE_HEIGHT - 11 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11 * mm)
        canvas.setFillColor(DARK_GREY)
        canvas.setFont(REGULAR, 9)
        canvas.drawString(MARGIN, 7 * mm, f"Inzage in uw gegevens · {record.address} · woning {record.home_code}")
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 7 * mm, page_label(page, pages))
    return decorate


def _p(text: str, bold: bool = False) -> Paragraph:
    return safe_paragraph(text, styles().body, bold=bold)


def _small(text: str) -> Paragraph:
    return safe_paragraph(text, styles().small)


def _subheading(text: str) -> Paragraph:
    return safe_paragraph(text, styles().body_bold.clone("FlatAccessHeading", spaceBefore=2))


def _intro(text: str) -> Paragraph:
    return safe_paragraph(text, styles().small.clone("FlatAccessIntro", spaceAfter=2))


def _section(title: str, intro: str, rows: list[list[Flowable]], label_width: float = LABEL_COLUMN) -> list[Flowable]:
    """A heading, a line of explanation and a table; the heading never stands alone at a page's foot."""
    head: list[Flowable] = [_subheading(title)] + ([_intro(intro)] if intro else [])
    if not rows:
        return [KeepTogether(head)]
    story: list[Flowable] = [KeepTogether(head + [_grid(rows[:2], label_width)])]
    if rows[2:]:
        story.append(_grid(rows[2:], label_width))
    return story + [_gap()]


def _rows(lines: tuple[Line, ...] | list[Line]) -> list[list[Flowable]]:
    return [[_p(line.label), _p(line.value)] for line in lines]


def _table(lines: tuple[Line, ...] | list[Line], label_width: float = LABEL_COLUMN) -> Table:
    return _grid(_rows(lines), label_width)


def _grid(rows: list[list[Flowable]], label_width: float) -> Table:
    table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),        # never the non-embedded Helvetica default
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, SHADE),
    ]))
    return table


def _gap(height: float = 3 * mm) -> Spacer:
    return Spacer(1, height)


def _opening(record: HouseholdRecord) -> list[Flowable]:
    organisations = " en ".join(record.organisations) or "de welzijnsorganisatie"
    story: list[Flowable] = [
        safe_paragraph("Aan de bewoners van", styles().body),
        safe_paragraph(record.address, styles().address),
        safe_paragraph(record.postcode_city, styles().body),
        _gap(6 * mm),
        safe_paragraph(f"Datum: {record.made_on}", styles().body),
        _gap(6 * mm),
        safe_paragraph("Welke gegevens bewaren wij over u?", styles().title),
        _gap(3 * mm),
        _p(f"U vroeg ons welke gegevens wij over uw woning bewaren. Daar hebt u recht op (artikel 15 van de "
           f"Algemene verordening gegevensbescherming, de AVG). {organisations} houdt de gesprekken met de "
           f"bewoners van {record.building} bij in het programma FlatApp. Hieronder staat alles wat daarin over "
           "uw woning is opgeslagen, per gespreksronde."),
    ]
    if not record.rounds:
        story += [_gap(), _p("Over uw woning is niets opgeslagen behalve het adres, dat wij van de "
                             "woningcorporatie kregen.")]
    return story


def _round(part: RoundPart) -> list[Flowable]:
    story: list[Flowable] = [
        _gap(5 * mm),
        ShadedHeading(f"Gespreksronde '{part.name}' ({part.period})", 2.5 * mm, gap_below=2 * mm),
    ]
    if part.purged:
        story.append(_p(f"De persoonlijke gegevens van deze ronde zijn al verwijderd ({part.purged}); wat "
                        "hieronder staat is wat er nog over is."))
    if part.visits:
        story += _section("Aanbellen", "Wanneer vrijwilligers bij u aanbelden, en wat er gebeurde.",
                          _rows(part.visits))
    if not part.respondents:
        story.append(_p("In deze ronde is er met u geen vragenlijst ingevuld."))
    for respondent in part.respondents:
        who = "Uw antwoorden" if len(part.respondents) == 1 else f"De antwoorden van bewoner {respondent.respondent}"
        intro = f"Ingevoerd op {respondent.entered}; het formulier is {respondent.status}."
        if respondent.double_entry:
            intro += " Het is ter controle nog een keer ingevoerd door een tweede persoon."
        story += _section(who, intro, _rows(respondent.answers))
        if respondent.story is not None:
            story.append(KeepTogether([
                _subheading("Uw verhaal"),
                Paragraph(f"“{escape_text(respondent.story.text)}”", styles().body),
                _p(respondent.story.shown), _gap()]))
        if respondent.corrections:
            story += _section("Correcties", "Wat na het invoeren is verbeterd: wanneer, bij welke vraag, van wat "
                              "naar wat.", [[_p(f"{c.moment}\n({c.reason or 'correctie'})"),
                              Paragraph(f"{escape_text(c.question)}<br/>was: {escape_text(c.before)}<br/>"
                                        f"werd: <b>{escape_text(c.after)}</b>", styles().body)]
                             for c in respondent.corrections], 0.27 * CONTENT_WIDTH)
    if part.scans:
        story += _section("Gescande pagina's", "Uw papieren formulier is ingescand; FlatApp bewaart de afbeelding "
                          "van deze pagina's als bron van uw antwoorden, even lang als de antwoorden zelf.",
                          _rows(part.scans))
    if part.consents:
        story += _section("Uw toestemming", "Waarvoor u wel of geen toestemming gaf. U kunt een toestemming "
                          "altijd intrekken.", _rows(part.consents))
    if part.groups:
        story += _section("Werkgroepen", "De werkgroepen waar u lid van bent. Uw naam is alleen met uw toestemming "
                          "gedeeld met de groep; u kunt altijd stoppen.", _rows(part.groups))
    if part.follow_up:
        story += _section("Inschrijvingen en opvolging", "Waarvoor u zich in de tent inschreef, en wat wij "
                          "noteerden toen wij contact met u opnamen.", _rows(part.follow_up))
    if part.named_by_others:
        times = "1 keer" if part.named_by_others == 1 else f"{part.named_by_others} keer"
        story.append(_p(f"Andere bewoners noemden uw woning {times} bij de vraag welke buren zij kennen. Wie dat "
                        "zijn staat hier niet: dat zijn hun gegevens."))
    story.append(_small(f"Wij bewaren de persoonlijke gegevens van deze ronde tot en met {part.retention_until}."))
    return story


def _closing(record: HouseholdRecord) -> list[Flowable]:
    organisations = " of ".join(record.organisations) or "de welzijnsorganisatie"
    until = ", ".join(dict.fromkeys(part.retention_until for part in record.rounds)) or "–"
    return [_gap(6 * mm), KeepTogether([
        ShadedHeading("Wat doen wij met deze gegevens?", 2.5 * mm, gap_below=2 * mm),
        _table([
            Line("Waarvoor", "Om te weten of bewoners elkaar kennen en helpen, en de uitkomsten aan alle bewoners "
                 "terug te geven. Met wie dat wil, nemen wij contact op voor een vervolg."),
            Line("Wie ziet het", "Alleen de coördinator van de gespreksronde. Anderen (het gebiedsteam, de "
                 "corporatie, de bewoners in de tent) zien alleen totalen, nooit uw naam, adres of antwoorden. "
                 "Een verhaal wordt alleen getoond met uw toestemming, zonder naam."),
            Line("Hoe lang", f"Tot en met {until}. Daarna verwijderen wij namen, contactgegevens, verhalen en open "
                 "antwoorden; alleen de getallen zonder namen blijven."),
            Line("Uw rechten", "U kunt vragen om iets te verbeteren of alles te laten verwijderen, en u kunt een "
                 "toestemming intrekken. Dat kost niets."),
            Line("Vragen", f"Neem contact op met {organisations}. Bent u het niet eens met hoe wij met uw gegevens "
                 "omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens."),
        ], 0.25 * CONTENT_WIDTH)])]


def render_access_letter(record: HouseholdRecord, target: BinaryIO) -> int:
    """Write the letter; returns the page count."""
    story = _opening(record)
    for part in record.rounds:
        story += _round(part)
    story += _closing(record)
    result = build_grouped(story, target, _decorate(record), top=MARGIN + HEADER_ROOM - 4 * mm,
                           bottom=FOOTER_ROOM + 4 * mm, title="Inzage in uw gegevens",
                           author=", ".join(record.organisations), subject=f"Woning {record.home_code}")
    return result.pages
