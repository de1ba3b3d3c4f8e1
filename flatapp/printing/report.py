"""The report for the area team and the corporation: a few A4 pages, internal tier, from a ``ReportContent``.

Why and how (evenings, volunteers, response), what residents said (knowing, helping, topics, nuisance,
cohesion beside the national figure), the tent, the groups and actions since, a comparison with the
previous round when there is one, and the next steps. Charts are the results screen's own figures
(``flatapp.charts.figures``) drawn from the internal view, placed as vectors (SVG through svglib, fonts
embedded). Every page names its tier and its number; no name, home code or unapproved story is in it.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from flatapp.analysis.compare import format_difference, format_value
from flatapp.domain import template_codes as codes
from flatapp.domain.dutch import dutch_number, dutch_percent
from flatapp.domain.tiers import Tier
from flatapp.printing.fonts import REGULAR
from flatapp.printing.layout import (
    CONTENT_WIDTH,
    DARK_GREY,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE_GREY,
    SHADE,
    build_grouped,
    clean_text,
    draw_text_fitted,
    draw_tier_line,
    escape_text,
    page_label,
    styles,
)
from flatapp.printing.notices import report as notice
from flatapp.reporting.content import ReportContent, chart_question, question
from flatapp.services.round_rows import dutch_date

HEADER_Y = PAGE_HEIGHT - 9 * mm
TOP = 18 * mm
BOTTOM = 16 * mm
CHART_WIDTH = 125 * mm        # the screen's charts at about two thirds: labels stay about 9 pt
ACCENT = Color(0.18, 0.44, 0.62)
HIDDEN = "te weinig"
MAX_ACTIONS = 12
NO_NAMES_LINE = ("Dit rapport bevat geen namen, huisnummers of woningcodes en geen cijfers over minder dan "
                 "{minimum} bewoners; citaten alleen met toestemming van de bewoner en na goedkeuring.")


# --- styles ------------------------------------------------------------------------------------------

def _styles():
    st = styles()
    return {
        "title": st.title.clone("RepTitle", fontSize=24, leading=29, textColor=ACCENT),
        "subtitle": st.body.clone("RepSubtitle", fontSize=13, leading=17, textColor=DARK_GREY),
        "h1": st.heading.clone("RepH1", fontSize=16, leading=20, textColor=ACCENT, spaceBefore=4 * mm,
                               spaceAfter=2 * mm),
        "h2": st.heading.clone("RepH2", fontSize=12.5, leading=16, spaceBefore=2.5 * mm, spaceAfter=1 * mm),
        "body": st.body.clone("RepBody", fontSize=11, leading=15, spaceAfter=2 * mm),
        "small": st.small.clone("RepSmall", fontSize=9, leading=12, textColor=DARK_GREY, spaceAfter=1.5 * mm),
        "cell": st.body.clone("RepCell", fontSize=10, leading=12.5),
        "cell_bold": st.body_bold.clone("RepCellBold", fontSize=9.5, leading=12),
        "quote": st.body.clone("RepQuote", fontSize=11, leading=15, leftIndent=6 * mm, textColor=DARK_GREY,
                               spaceAfter=2 * mm),
        "big": st.title.clone("RepBig", fontSize=22, leading=26, textColor=ACCENT, alignment=1),
        "caption": st.small.clone("RepCaption", fontSize=9, leading=11.5, alignment=1),
    }


def _p(text: object, style) -> Paragraph:
    return Paragraph(escape_text(" ".join(clean_text(text).split())), style)


# --- charts ------------------------------------------------------------------------------------------

class _Chart(Flowable):
    """A reportlab Drawing scaled to the frame's width (vector, fonts embedded)."""

    def __init__(self, drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.scale = min(1.0, CHART_WIDTH / self.drawing.width, available_width / self.drawing.width)
        return self.drawing.width * self.scale, self.drawing.height * self.scale

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        self.drawing.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def chart(make, *args) -> Flowable | None:
    """One of ``flatapp.charts.figures``' charts as a vector flowable; None (and a notice) when the chart
    has nothing to show (the figure function raises ValueError with a Dutch sentence)."""
    from svglib.svglib import svg2rlg

    from flatapp.charts.figures import figure_svg
    from flatapp.printing.poster import _register_svg_fonts

    try:
        figure = make(*args)
    except ValueError as error:
        notice(f"Rapport: {error}")
        return None
    _register_svg_fonts()
    drawing = svg2rlg(io.BytesIO(figure_svg(figure)))
    drawing.initialFontName = REGULAR
    return _Chart(drawing)


# --- tables ------------------------------------------------------------------------------------------

def _table(rows: list[list], widths: list[float], st, header: bool = True) -> Table:
    body = [[cell if isinstance(cell, Flowable) else _p(cell, st["cell_bold"] if header and index == 0
                                                         else st["cell"]) for cell in row]
            for index, row in enumerate(rows)]
    fixed = sum(w for w in widths if w is not None)
    loose = sum(1 for w in widths if w is None)
    widths = [w if w is not None else (CONTENT_WIDTH - fixed) / loose for w in widths]
    table = Table(body, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [("FONT", (0, 0), (-1, -1), REGULAR, 10),     # reportlab's default would be a non-embedded Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


class _Tiles(Flowable):
    """The key figures side by side: value big, caption under it."""

    def __init__(self, tiles: list[tuple[str, str]], st) -> None:
        super().__init__()
        self.values = [_p(v, st["big"]) for v, _ in tiles]
        self.captions = [_p(c, st["caption"]) for _, c in tiles]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        count = max(1, len(self.values))
        self.cell = (available_width - 3 * mm * (count - 1)) / count
        inner = self.cell - 4 * mm
        self.value_h = max(p.wrap(inner, available_height)[1] for p in self.values)
        self.caption_h = max(p.wrap(inner, available_height)[1] for p in self.captions)
        self.height = self.value_h + self.caption_h + 7 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for index, (value, caption) in enumerate(zip(self.values, self.captions)):
            x = index * (self.cell + 3 * mm)
            canvas.setFillColor(SHADE)
            canvas.roundRect(x, 0, self.cell, self.height, 2 * mm, stroke=0, fill=1)
            value.wrap(self.cell - 4 * mm, self.height)
            value.drawOn(canvas, x + 2 * mm, self.height - 2.5 * mm - self.value_h)
            caption.wrap(self.cell - 4 * mm, self.height)
            caption.drawOn(canvas, x + 2 * mm, 2.5 * mm)


# --- sections ----------------------------------------------------------------------------------------

def _count(value: int | None) -> str:
    return HIDDEN if value is None else str(value)


def _front(content: ReportContent, st) -> list[Flowable]:
    s = content.settings
    view = content.view
    story: list[Flowable] = [
        _p(f"Rapportage {content.round_name}", st["title"]),
        _p(f"{content.building_name} · {content.period}", st["subtitle"]),
    ]
    made_by = " en ".join(p for p in (s.organisation, s.corporation_name) if p)
    line = f"Gemaakt op {dutch_date(content.made_on)}" + (f" door {made_by}" if made_by else "")
    if s.sender_line:
        line += f"; contact: {s.sender_line}" + (f", {s.sender_phone}" if s.sender_phone else "") + \
            (f", {s.sender_email}" if s.sender_email else "")
    story += [_p(line, st["small"]), Spacer(1, 3 * mm)]
    response = view.response
    if view.shown and response is not None:
        tiles = [(str(response.complete), "gesprekken"),
                 (dutch_percent(response.rr1, 0) if response.rr1 is not None else "–", "respons (RR1)")]
        known = question(view, codes.KNOWN_NEIGHBOURS)
        if known is not None and known.shown:
            named = sum(c.count for c in known.counts[1:] if c.count is not None)
            if all(c.count is not None for c in known.counts[1:]) and known.answered:
                tiles.append((dutch_percent(named / known.answered, 0), "kent minstens één buur bij naam"))
        if view.cohesion is not None and view.cohesion.score is not None:
            tiles.append((dutch_number(view.cohesion.score), f"samenhang (Nederland {dutch_number(view.cohesion.national)})"))
        tiles.append((str(len([g for g in content.groups if g.active])), "werkgroepen"))
        story += [_Tiles(tiles[:5], st), Spacer(1, 3 * mm)]
    story.append(_p(NO_NAMES_LINE.format(minimum=view.min_group), st["small"]))
    return story


def _why_and_how(content: ReportContent, st) -> list[Flowable]:
    view = content.view
    story: list[Flowable] = [_p("Waarom en hoe", st["h1"]), _p(content.why, st["body"])]
    evenings = "; ".join(content.evenings) if content.evenings else "nog geen avonden gepland"
    story.append(_p(f"{len(content.evenings)} avonden ({evenings}), {content.volunteers} vrijwilligers in "
                    f"{content.teams} teams.", st["body"]))
    response = view.response
    if not view.shown or response is None:
        story.append(_p(view.notes[0] if view.notes else "Nog geen gesprekken.", st["body"]))
        return story
    story.append(_p(f"Van de {response.homes} woningen waren er {response.eligible} bewoond. Met {response.complete} "
                    f"huishoudens is een gesprek gevoerd: een respons van {dutch_percent(response.rr1)} (RR1, "
                    f"AAPOR). {response.refusals} huishoudens wilden niet meedoen; bij {response.non_contacts} "
                    "deden we niemand open.", st["body"]))
    from flatapp.charts.figures import response_figure

    drawn = chart(response_figure, response)
    if drawn is not None:
        story.append(drawn)
    if view.by_entrance:
        rows = [["Portiek", "Woningen", "Bewoond", "Gesprekken", "Respons"]]
        for group in view.by_entrance:
            rows.append([group.label, str(group.homes), str(group.eligible), _count(group.interviews),
                         dutch_percent(group.rr1, 0) if group.rr1 is not None else HIDDEN])
        story += [Spacer(1, 2 * mm), KeepTogether([_p("Per portiek", st["h2"]),
                                                   _table(rows, [55 * mm, 30 * mm, 30 * mm, 32 * mm, None], st)])]
    return story


def _residents(content: ReportContent, st) -> list[Flowable]:
    from flatapp.analysis.model import Cohesion, TopicResult
    from flatapp.charts.figures import (
        bar_counts_figure,
        cohesion_figure,
        known_neighbours_figure,
        topics_figure,
    )

    view = content.view
    story: list[Flowable] = [CondPageBreak(60 * mm), _p("Wat bewoners vertelden", st["h1"])]
    if not view.shown:
        return story + [_p("Er zijn te weinig gesprekken om iets te laten zien.", st["body"])]
    parts = [
        ("Buren kennen", codes.KNOWN_NEIGHBOURS, None),
        ("Elkaar helpen", codes.HELP_WILLING, "Zou u een buur helpen?"),
        (None, codes.ASK_HELP, "Zou u een buur om hulp vragen?"),
        (None, codes.HELP_KINDS, "Waarmee zou u helpen?"),
        ("Overlast", codes.NUISANCE, "Waar heeft u last van?"),
    ]
    for heading, code, title in parts:
        found = question(view, code)
        if found is None:
            continue
        block: list[Flowable] = [_p(heading, st["h2"])] if heading else []
        data = chart_question(found)
        if data is None:
            block.append(_p(f"{found.text}: te weinig antwoorden (minder dan {view.min_group}) om te tonen.",
                            st["small"]))
        elif code == codes.KNOWN_NEIGHBOURS and len(data.counts) == len(found.counts):
            block.append(chart(known_neighbours_figure, data))
        else:
            block.append(chart(bar_counts_figure, data, title or found.text))
            if len(data.counts) < len(found.counts):
                block.append(_p("Antwoorden die te weinig bewoners gaven, staan er niet bij.", st["small"]))
        story.append(KeepTogether([f for f in block if f is not None]))
    topics = [TopicResult(t.code, t.label, t.join, t.organise) for t in view.topics
              if t.join is not None and t.organise is not None]
    if topics:
        story.append(KeepTogether([_p("Onderwerpen om samen aan te werken", st["h2"]),
                                   chart(topics_figure, topics) or _p("Nog niemand koos een onderwerp.", st["small"])]))
        if len(topics) < len(view.topics):
            story.append(_p("Onderwerpen die te weinig bewoners kozen, staan er niet bij.", st["small"]))
    else:
        story.append(KeepTogether([_p("Onderwerpen om samen aan te werken", st["h2"]),
                                   _p("Over de onderwerpen zijn te weinig antwoorden om te tonen.", st["small"])]))
    cohesion = view.cohesion
    if cohesion is not None and cohesion.score is not None:
        drawn = chart(cohesion_figure, Cohesion(cohesion.score, cohesion.respondents or 0, cohesion.national,
                                                 cohesion.national_year, cohesion.national_source,
                                                 cohesion.range_low, cohesion.range_high, cohesion.note))
        story.append(KeepTogether([
            _p("Samenhang in de buurt", st["h2"]),
            _p(f"De flat scoort {dutch_number(cohesion.score)} op de samenhangschaal van het CBS (0–10); "
               f"landelijk is dat {dutch_number(cohesion.national)} ({cohesion.national_year}).", st["body"]),
            drawn or Spacer(1, 1)]))
    else:
        story.append(KeepTogether([_p("Samenhang in de buurt", st["h2"]),
                                   _p("Deze ronde heeft (nog) geen samenhangscore voor deze flat.", st["small"])]))
    if content.quotes:
        story.append(_p("Wat bewoners vertelden, in hun eigen woorden", st["h2"]))
        story.append(_p("Met toestemming van de bewoner en na goedkeuring, zonder naam of huisnummer.", st["small"]))
        for quote in content.quotes:
            story.append(_p(f"“{quote}”", st["quote"]))
    return story


def _tent(content: ReportContent, st) -> list[Flowable]:
    tent = content.tent
    story: list[Flowable] = [CondPageBreak(50 * mm), _p("In de tent", st["h1"])]
    if tent.label:
        story.append(_p(f"De uitkomsten zijn op {tent.label} {tent.place} aan de bewoners gepresenteerd.",
                        st["body"]))
    else:
        story.append(_p("De datum van de tent is (nog) niet ingevuld bij de ronde.", st["body"]))
    if tent.publication:
        story.append(_p(f"Getoond zijn de cijfers van {tent.publication} (openbaar: afgerond, geen groepen "
                        "kleiner dan de drempel).", st["small"]))
    if tent.sign_ups:
        total = sum(count for _, count in tent.sign_ups)
        story.append(_p(f"{tent.people} bewoners schreven zich in ({total} inschrijvingen, waarvan {tent.organisers} "
                        "om mee te organiseren):", st["body"]))
        rows = [["Onderwerp", "Inschrijvingen"]] + [[topic, str(count)] for topic, count in tent.sign_ups]
        story.append(_table(rows, [120 * mm, None], st))
    else:
        story.append(_p("Er zijn (nog) geen inschrijvingen uit de tent ingevoerd.", st["body"]))
    return story


def _status(action) -> str:
    if action.done:
        return f"klaar {dutch_date(action.done_on)}" if action.done_on else "klaar"
    due = f", uiterlijk {dutch_date(action.due)}" if action.due else ""
    return f"{action.status}{due}"


def _groups(content: ReportContent, st) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm), _p("Groepen en acties sinds de tent", st["h1"])]
    if not content.groups:
        return story + [_p("Er zijn (nog) geen werkgroepen vastgelegd.", st["body"])]
    rows = [["Werkgroep", "Onderwerp", "Leden", "Partners", "Acties"]]
    for group in content.groups:
        name = group.name + ("" if group.active else " (gestopt)")
        actions = f"{len(group.done)} klaar, {len(group.planned)} gepland"
        rows.append([name, group.topic or "–", str(group.members), ", ".join(group.partners) or "–", actions])
    story.append(_table(rows, [38 * mm, 36 * mm, 17 * mm, 48 * mm, None], st))
    done = content.done_actions
    if done:
        story.append(_p("Wat er is gedaan", st["h2"]))
        rows = [["Groep", "Actie", "Wie", "Resultaat"]]
        for action in done[:MAX_ACTIONS]:
            rows.append([action.group, action.what, action.who, (action.result or "–") + f" ({_status(action)})"])
        story.append(_table(rows, [32 * mm, 55 * mm, 32 * mm, None], st))
    return story


def _comparison(content: ReportContent, st) -> list[Flowable]:
    comparison = content.comparison
    if comparison is None:
        return []
    story: list[Flowable] = [CondPageBreak(60 * mm), _p(f"Vergeleken met {content.previous_name}", st["h1"])]
    keys = ("response.rr1", "known.at_least_one", "network.isolated_share", "cohesion.score")
    rows = [["", content.previous_name, content.round_name, "Verschil"]]
    for row in comparison.rows:
        if row.key in keys or row.key.startswith("topics.join."):
            rows.append([row.label, format_value(row.before, row.unit), format_value(row.after, row.unit),
                         format_difference(row.difference, row.unit)])
    story.append(_table(rows, [70 * mm, 35 * mm, 35 * mm, None], st))
    between = content.between
    if between is not None:
        story.append(_p(f"Tussen de rondes ({between.label})", st["h2"]))
        if between.groups:
            names = ", ".join(f"{g.name} ({g.members} leden)" for g in between.groups)
            story.append(_p(f"Werkgroepen: {names}.", st["body"]))
        else:
            story.append(_p("Geen nieuwe werkgroepen.", st["body"]))
        if between.actions_done:
            rows = [["Klaar op", "Groep", "Actie"]] + [[dutch_date(a.done_on), a.group, a.what]
                                                        for a in between.actions_done[:MAX_ACTIONS]]
            story.append(_table(rows, [25 * mm, 40 * mm, None], st))
        else:
            story.append(_p("Geen afgeronde acties in die tijd.", st["body"]))
    return story


def _next_steps(content: ReportContent, st) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(40 * mm), _p("Volgende stappen", st["h1"])]
    planned = content.open_actions
    if planned:
        rows = [["Wanneer", "Groep", "Actie", "Wie"]]
        for action in planned[:MAX_ACTIONS]:
            overdue = action.overdue(content.made_on)
            when = (dutch_date(action.due) if action.due else "nog geen datum") + (" (te laat)" if overdue else "")
            rows.append([when, action.group, action.what, action.who])
        story.append(_table(rows, [30 * mm, 35 * mm, 75 * mm, None], st))
        if len(planned) > MAX_ACTIONS:
            story.append(_p(f"En nog {len(planned) - MAX_ACTIONS} geplande acties.", st["small"]))
    else:
        story.append(_p("Er zijn geen geplande acties van werkgroepen.", st["body"]))
    if content.next_round:
        story.append(_p(f"Een vervolgronde is gepland: {content.next_round}. Dan zien we wat er veranderd is.",
                        st["body"]))
    else:
        story.append(_p("Over ongeveer een jaar bellen we opnieuw aan, met dezelfde vragen, om te zien wat er "
                        "veranderd is.", st["body"]))
    return story


def _notes(content: ReportContent, st) -> list[Flowable]:
    from flatapp.disclosure.internal import NO_STORIES_NOTE

    # This report has approved quotes (with consent), so the export's 'no stories' note does not apply.
    notes = [n for n in content.view.notes if n and n != NO_STORIES_NOTE]
    if not notes:
        return []
    return [Spacer(1, 4 * mm), _p("Over de cijfers", st["h2"])] + [_p(f"• {n}", st["small"]) for n in notes]


def report_story(content: ReportContent) -> list[Flowable]:
    st = _styles()
    return (_front(content, st) + _why_and_how(content, st) + _residents(content, st) + _tent(content, st)
            + _groups(content, st) + _comparison(content, st) + _next_steps(content, st) + _notes(content, st))


def render_report(content: ReportContent, target: Path | BinaryIO) -> int:
    """Write the report; returns its page count."""
    header = f"Rapportage {content.round_name} · {content.building_name}"

    def decorate(canvas, _info, page: int, pages: int) -> None:
        canvas.setFillColor(DARK_GREY)
        draw_text_fitted(canvas, MARGIN, HEADER_Y, header, REGULAR, 8.5, CONTENT_WIDTH - 30 * mm, minimum=6)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, HEADER_Y, page_label(page, pages))
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, HEADER_Y - 2 * mm, PAGE_WIDTH - MARGIN, HEADER_Y - 2 * mm)
        draw_tier_line(canvas, Tier.INTERNAL, size=8.5)

    result = build_grouped(report_story(content), target, decorate, top=TOP, bottom=BOTTOM,
                           title=f"Rapportage {content.round_name}", author=content.settings.organisation,
                           subject=f"Rapport voor gebiedsteam en corporatie, {content.building_name}")
    return result.pages


__all__ = ["chart", "render_report", "report_story"]
