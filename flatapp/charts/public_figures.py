"""Charts of the public panels (posters, slides) at their physical size, from ``TentContent`` only.

``panel_figure(panel, width_in, height_in, base_pt, colour)`` draws one panel's chart on a figure of
exactly that size in inches, with every text at a size in points (``base_pt`` is the label size), so
the type on the printed poster is as large as planned. The poster places the figure's SVG unscaled.

Every text is laid out here in points (wrapped by its measured width), not by matplotlib's layout
engines: that is what keeps labels from overlapping at poster sizes, and it is fast. Only figures the
panel holds are drawn: a hidden figure (``shown`` False) gets no bar, only its text in grey.

``chart_height_in`` says how tall a chart wants to be at a width and type size; the poster uses it to
share the page between panels. A chart given less height shrinks its type until it fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import matplotlib
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Rectangle

from flatapp.charts.figures import (
    _RC,
    FONT_FAMILY,
    GREY,
    LIGHT_GREY,
    MUTED,
    ORANGE,
    TEXT,
    dutch_number,
    register_fonts,
)
from flatapp.tent.content import COHESION, FLOORS, HELPING, KNOWING, NUISANCE, TOPICS, Bar, Panel

CHART_KINDS = (KNOWING, HELPING, NUISANCE, TOPICS, FLOORS, COHESION)
JOIN_LABEL, ORGANISE_LABEL = "wil meedoen", "wil mee organiseren"
FLOOR_HEADING, ENTRANCE_HEADING = "Per verdieping", "Per portiek"
MIN_SCALE = 0.55          # a chart given too little room shrinks its type at most to this share
_FLOOR_LABEL = re.compile(r"^(BG|K\d*|\d+e)$")


# --- text in points -------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of one line of DejaVu Sans text (the font the SVG names and the PDF embeds)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    register_fonts()
    prop = FontProperties(family=FONT_FAMILY, size=size, weight="bold" if bold else "normal")
    width, _, _ = text_to_path.get_text_width_height_descent(text, prop, ismath=False)
    return width


def wrap_text(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap by measured width; a single word wider than ``width`` stays whole."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if current and text_width(candidate, size, bold) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines or [""]


def mix(colour: str, other: str = "#ffffff", share: float = 0.5) -> str:
    """``colour`` moved ``share`` of the way towards ``other`` ('#rrggbb')."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b))


# --- a chart as a list of shapes in points (origin top left, y down) ------------------------------

@dataclass
class _Text:
    x: float
    y: float                  # baseline-free: the vertical centre of the line
    text: str
    size: float
    colour: str = TEXT
    bold: bool = False
    ha: str = "left"


@dataclass
class _Box:
    x: float
    y: float                  # top
    w: float
    h: float
    colour: str
    edge: str = "none"
    line: float = 0.0


@dataclass
class _Dot:
    x: float
    y: float
    r: float
    colour: str


@dataclass
class _Chart:
    width: float
    height: float = 0.0
    shapes: list = field(default_factory=list)

    def text_lines(self, x: float, top: float, lines: Sequence[str], size: float, line: float,
                   colour: str = TEXT, bold: bool = False, ha: str = "left") -> float:
        for index, text in enumerate(lines):
            self.shapes.append(_Text(x, top + (index + 0.5) * line, text, size, colour, bold, ha))
        return top + len(lines) * line


def _line(base: float) -> float:
    return 1.14 * base


def _bar_rows(chart: _Chart, top: float, bars: Sequence[Bar], base: float, colour: str,
              label_width: float) -> float:
    """Percentage bars on a 0–100 track; a hidden figure is its grey text where the bar would be."""
    line, gap = _line(base), 0.6 * base
    x0 = label_width + gap
    value_room = text_width("100%", base, True) + 0.4 * base
    x1 = max(x0 + 2 * base, chart.width - value_room)
    thickness = 0.95 * base
    y = top
    for bar in bars:
        labels = wrap_text(bar.label, base, label_width)
        figure = bar.figure
        if figure.shown and figure.percent is not None:
            height = max(len(labels) * line, thickness)
            middle = y + height / 2
            chart.shapes.append(_Box(x0, middle - thickness / 2, x1 - x0, thickness, LIGHT_GREY))
            length = (x1 - x0) * max(0, min(100, figure.percent)) / 100
            if length > 0:
                chart.shapes.append(_Box(x0, middle - thickness / 2, length, thickness, colour))
            chart.shapes.append(_Text(x0 + length + 0.25 * base, middle, figure.text, base, TEXT, True))
        else:
            hidden = wrap_text(figure.text, base, chart.width - x0)
            height = max(len(labels), len(hidden)) * line
            chart.text_lines(x0, y + (height - len(hidden) * line) / 2, hidden, base, line, MUTED)
        chart.text_lines(0, y + (height - len(labels) * line) / 2, labels, base, line)
        y += height + 0.3 * base
    return y - 0.3 * base


def _label_width(labels: Sequence[str], base: float, width: float, share: float = 0.5) -> float:
    widest = max((text_width(label, base) for label in labels), default=0)
    return min(widest, share * width)


def _percent_layout(panel: Panel, width: float, base: float, colour: str) -> _Chart:
    chart = _Chart(width)
    labels = [b.label for b in panel.bars + panel.extra_bars]
    label_width = _label_width(labels, base, width)
    y = 0.0
    if panel.bars:
        y = _bar_rows(chart, y, panel.bars, base, colour, label_width)
    if panel.extra_bars:
        if panel.bars:
            y += 1.1 * base
        if panel.extra_title:
            y = chart.text_lines(0, y, wrap_text(panel.extra_title, base, width, True), base, _line(base),
                                 TEXT, True) + 0.3 * base
        y = _bar_rows(chart, y, panel.extra_bars, base, mix(colour, "#ffffff", 0.4), label_width)
    chart.height = y
    return chart


def _count_text(figure, short: bool) -> str:
    """'ongeveer 35', or '±35' (the same rounded count) when not every count fits its long form."""
    return f"±{figure.rounded}" if short else figure.text


def _topics_layout(panel: Panel, width: float, base: float, colour: str) -> _Chart:
    chart = _Chart(width)
    line = _line(base)
    # Legend: two swatches with their words.
    x = 0.0
    for swatch, word in ((colour, JOIN_LABEL), (ORANGE, ORGANISE_LABEL)):
        chart.shapes.append(_Box(x, 0.5 * line - 0.4 * base, 0.8 * base, 0.8 * base, swatch))
        chart.shapes.append(_Text(x + 1.1 * base, 0.5 * line, word, base))
        x += 1.1 * base + text_width(word, base) + 1.4 * base
    y = line + 0.7 * base
    label_width = _label_width([t.label for t in panel.topics], base, width, 0.38)
    gap = 0.6 * base
    x0 = label_width + gap
    long_room = text_width("ongeveer 100", base, True) + 0.4 * base
    short_room = text_width("±100", base, True) + 0.4 * base
    room = long_room if (width - x0 - long_room) >= 0.42 * (width - x0) else short_room
    x1 = max(x0 + 2 * base, width - room)
    high = max((f.rounded or 0 for t in panel.topics for f in (t.join, t.organise) if f.shown), default=0)
    thickness, inner = 0.95 * base, 0.2 * base
    # One form for the whole chart: '±' everywhere as soon as one 'ongeveer …' would not fit.
    short = any(text_width(f.text, base, True) > width - x0 - (x1 - x0) * f.rounded / high - 0.3 * base
                for t in panel.topics for f in (t.join, t.organise) if f.shown and f.rounded is not None and high)
    for topic in panel.topics:
        labels = wrap_text(topic.label, base, label_width)
        height = max(len(labels) * line, 2 * thickness + inner)
        chart.text_lines(0, y + (height - len(labels) * line) / 2, labels, base, line)
        bar_top = y + (height - 2 * thickness - inner) / 2
        for index, (figure, fill) in enumerate(((topic.join, colour), (topic.organise, ORANGE))):
            top = bar_top + index * (thickness + inner)
            if figure.shown and figure.rounded is not None:
                length = (x1 - x0) * figure.rounded / high if high else 0
                if length > 0:
                    chart.shapes.append(_Box(x0, top, length, thickness, fill))
                chart.shapes.append(_Text(x0 + length + 0.25 * base, top + thickness / 2,
                                          _count_text(figure, short),
                                          base, TEXT, True))
            else:
                chart.shapes.append(_Text(x0, top + thickness / 2, figure.text, 0.8 * base, MUTED))
        y += height + 0.7 * base
    chart.height = y - 0.7 * base
    return chart


def _floor_number(label: str) -> int:
    if label == "BG":
        return 0
    if label.startswith("K"):
        return -int(label[1:] or 1)
    return int(label[:-1])


def split_groups(groups) -> tuple[list, list]:
    """(entrances, floors bottom to top) from a FLOORS panel's groups."""
    floors = [g for g in groups if _FLOOR_LABEL.match(g.label)]
    entrances = [g for g in groups if not _FLOOR_LABEL.match(g.label)]
    return entrances, sorted(floors, key=lambda g: _floor_number(g.label))


def _floors_layout(panel: Panel, width: float, base: float, colour: str) -> _Chart:
    chart = _Chart(width)
    line = _line(base)
    entrances, floors = split_groups(panel.groups)
    y = 0.0
    if floors:
        y = chart.text_lines(0, y, [FLOOR_HEADING], base, line, TEXT, True) + 0.3 * base
        label_width = max(text_width(g.label, base, True) for g in floors)
        x0 = label_width + 0.6 * base
        x1 = width
        band = 1.3 * base
        # roof
        chart.shapes.append(_Box(x0 - 0.15 * base, y, x1 - x0 + 0.3 * base, 0.35 * base, mix(colour, TEXT, 0.3)))
        y += 0.35 * base
        for group in reversed(floors):            # top floor first, BG at the bottom
            figure = group.figure
            chart.shapes.append(_Text(label_width, y + band / 2, group.label, base, TEXT, True, "right"))
            if figure.shown and figure.percent is not None:
                chart.shapes.append(_Box(x0, y, x1 - x0, band, mix(colour, "#ffffff", 0.82)))
                length = (x1 - x0) * max(0, min(100, figure.percent)) / 100
                if length > 0:
                    chart.shapes.append(_Box(x0, y, length, band, colour))
                value = text_width(figure.text, base, True)
                if length + 0.3 * base + value <= x1 - x0:
                    chart.shapes.append(_Text(x0 + length + 0.3 * base, y + band / 2, figure.text, base,
                                              TEXT, True))
                else:
                    chart.shapes.append(_Text(x0 + length - 0.3 * base, y + band / 2, figure.text, base,
                                              "#ffffff", True, "right"))
            else:
                chart.shapes.append(_Box(x0, y, x1 - x0, band, LIGHT_GREY))
                size = min(base, base * (x1 - x0 - 0.6 * base) / max(1, text_width(figure.text, base)))
                chart.shapes.append(_Text(x0 + 0.3 * base, y + band / 2, figure.text, size, MUTED))
            # the floor's line, as in a drawing of the facade
            chart.shapes.append(_Box(x0, y + band - 0.04 * base, x1 - x0, 0.08 * base, "#ffffff"))
            y += band
        chart.shapes.append(_Box(0, y, width, 0.12 * base, GREY))        # the ground
        y += 0.12 * base
    if entrances:
        if floors:
            y += 1.0 * base
        y = chart.text_lines(0, y, [ENTRANCE_HEADING], base, line, TEXT, True) + 0.3 * base
        gap = 1.0 * base
        columns = min(len(entrances), max(1, int((width + gap) / (7.5 * base + gap))))
        cell = (width - gap * (columns - 1)) / columns
        row_top = y
        for index, group in enumerate(entrances):
            column, row = index % columns, index // columns
            x = column * (cell + gap)
            top = row_top + row * (2 * line + 1.5 * base)
            figure = group.figure
            chart.shapes.append(_Text(x, top + line / 2, group.label, base, TEXT))
            bar_top = top + line + 0.1 * base
            if figure.shown and figure.percent is not None:
                value_room = text_width("100%", base, True) + 0.3 * base
                track = max(base, cell - value_room)
                chart.shapes.append(_Box(x, bar_top, track, base, LIGHT_GREY))
                length = track * max(0, min(100, figure.percent)) / 100
                chart.shapes.append(_Box(x, bar_top, length, base, colour))
                chart.shapes.append(_Text(x + length + 0.25 * base, bar_top + base / 2, figure.text, base,
                                          TEXT, True))
            else:
                size = min(0.8 * base, 0.8 * base * cell / max(1, text_width(figure.text, 0.8 * base)))
                chart.shapes.append(_Text(x, bar_top + base / 2, figure.text, size, MUTED))
            y = max(y, bar_top + 1.1 * base)
    chart.height = y
    return chart


def _cohesion_layout(panel: Panel, width: float, base: float, colour: str) -> _Chart:
    cohesion = panel.cohesion
    chart = _Chart(width)
    line = _line(base)
    pad = text_width("10", base) / 2 + 0.2 * base
    left, right = pad, width - pad

    def at(value: float) -> float:
        return left + (right - left) * max(0.0, min(10.0, value)) / 10

    def clamp(x: float, text: str, size: float, bold: bool = False) -> float:
        half = text_width(text, size, bold) / 2
        return min(max(x, half), width - half)

    flat_text = f"Deze flat {dutch_number(cohesion.score)}"
    y = chart.text_lines(clamp(at(cohesion.score), flat_text, 1.1 * base, True), 0, [flat_text],
                         1.1 * base, _line(1.1 * base), TEXT, True, "center") + 0.3 * base
    middle = y + 0.8 * base
    chart.shapes.append(_Box(left, middle - 0.12 * base, right - left, 0.24 * base, LIGHT_GREY))
    chart.shapes.append(_Box(at(cohesion.range_low), middle - 0.45 * base,
                             at(cohesion.range_high) - at(cohesion.range_low), 0.9 * base,
                             mix(colour, "#ffffff", 0.6)))
    chart.shapes.append(_Box(at(cohesion.national) - 0.09 * base, middle - 0.75 * base, 0.18 * base,
                             1.5 * base, MUTED))
    chart.shapes.append(_Dot(at(cohesion.score), middle, 0.62 * base, colour))
    y = middle + 0.9 * base
    for value in range(11):
        chart.shapes.append(_Box(at(value) - 0.03 * base, middle + 0.2 * base, 0.06 * base, 0.45 * base, GREY))
        chart.shapes.append(_Text(at(value), y + line / 2, str(value), base, MUTED, False, "center"))
    y += line + 0.4 * base
    national_text = f"Nederland {dutch_number(cohesion.national)} ({cohesion.national_year})"
    y = chart.text_lines(clamp(at(cohesion.national), national_text, base), y + 0.4 * base, [national_text],
                         base, line, MUTED, False, "center") + 0.5 * base
    range_text = (f"Nederland van zeer stedelijk {dutch_number(cohesion.range_low)} "
                  f"tot landelijk {dutch_number(cohesion.range_high)}")
    chart.shapes.append(_Box(0, y + 0.2 * base, 1.2 * base, 0.8 * base, mix(colour, "#ffffff", 0.6)))
    y = chart.text_lines(1.6 * base, y, wrap_text(range_text, base, width - 1.6 * base), base, line, MUTED)
    chart.height = y
    return chart


_LAYOUTS = {KNOWING: _percent_layout, HELPING: _percent_layout, NUISANCE: _percent_layout,
            TOPICS: _topics_layout, FLOORS: _floors_layout, COHESION: _cohesion_layout}


def has_chart(panel: Panel) -> bool:
    """Whether ``panel`` is drawn as a chart (else the poster writes it as text)."""
    if panel.is_empty or panel.key not in _LAYOUTS:
        return False
    if panel.key == TOPICS:
        return bool(panel.topics)
    if panel.key == FLOORS:
        return bool(panel.groups)
    if panel.key == COHESION:
        return panel.cohesion is not None
    return bool(panel.bars or panel.extra_bars)


def _layout(panel: Panel, width_pt: float, base_pt: float, colour: str) -> _Chart:
    return _LAYOUTS[panel.key](panel, width_pt, base_pt, colour)


def chart_height_in(panel: Panel, width_in: float, base_pt: float, colour: str = "#2f6f9f") -> float | None:
    """The height (inches) the chart of ``panel`` needs at this width and label size; None: no chart."""
    if not has_chart(panel):
        return None
    return _layout(panel, width_in * 72, base_pt, colour).height / 72


def _fitted(panel: Panel, width: float, height: float, base: float, colour: str) -> _Chart:
    chart = _layout(panel, width, base, colour)
    size = base
    for _ in range(6):
        if chart.height <= height + 0.01 or size <= base * MIN_SCALE:
            break
        size = max(base * MIN_SCALE, size * min(0.97, (height / chart.height) ** 0.9))
        chart = _layout(panel, width, size, colour)
    return chart


def panel_figure(panel: Panel, width_in: float, height_in: float, base_pt: float,
                 colour: str) -> Figure | None:
    """The chart of one panel on a figure of ``width_in`` × ``height_in`` inches, labels at ``base_pt``.

    HEADLINE, QUOTES and empty panels have no chart: None (the poster writes them as text). The chart
    sits at the top of the figure; when it needs more height its type shrinks (never below
    ``MIN_SCALE`` of ``base_pt``). The figure is transparent and has no title.
    """
    if not has_chart(panel):
        return None
    width, height = width_in * 72, height_in * 72
    chart = _fitted(panel, width, height, base_pt, colour)
    scale = min(1.0, height / chart.height) if chart.height > 0 else 1.0   # last resort: never overflow
    with matplotlib.rc_context(_RC):
        register_fonts()
        fig = Figure(figsize=(width_in, height_in), dpi=72, facecolor="none")
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, width)
        ax.set_ylim(height, 0)
        ax.axis("off")
        ax.patch.set_visible(False)
        for shape in chart.shapes:
            _draw(ax, shape, scale)
    return fig


def _draw(ax, shape, scale: float) -> None:
    if isinstance(shape, _Box):
        ax.add_patch(Rectangle((shape.x * scale, shape.y * scale), shape.w * scale, shape.h * scale,
                               facecolor=shape.colour, edgecolor=shape.edge, linewidth=shape.line))
    elif isinstance(shape, _Dot):
        ax.add_patch(Circle((shape.x * scale, shape.y * scale), shape.r * scale, facecolor=shape.colour,
                            edgecolor="#ffffff", linewidth=0.12 * shape.r * scale))
    else:
        ax.text(shape.x * scale, shape.y * scale, shape.text, fontsize=shape.size * scale, color=shape.colour,
                fontweight="bold" if shape.bold else "normal", ha=shape.ha, va="center",
                family=FONT_FAMILY)
