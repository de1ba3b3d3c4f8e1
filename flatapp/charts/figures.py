"""One function per chart: plain result data in, a matplotlib ``Figure`` out.

Qt-free and pyplot-free (``matplotlib.figure.Figure`` only), so the same figure is drawn on the
results screen (FigureCanvasQTAgg) and saved as SVG for the posters (``figure_svg``). Text is
DejaVu Sans, the font shipped in ``resources/fonts``; SVG keeps text as text in that font.

A chart with nothing to show is never drawn as an empty frame: the function raises ``ValueError``
with a Dutch sentence, which the screen (or poster) shows instead.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure

from flatapp.analysis.model import Cohesion, QuestionResult, Response, TopicResult
from flatapp.domain.dutch import dutch_number, dutch_percent  # noqa: F401  (re-exported for the screens)
from flatapp.resources import shipped_path

FONT_FAMILY = "DejaVu Sans"

# Calm colours; text on them stays readable (dark text on light fills, white on the dark blue).
BLUE = "#2f6f9f"
LIGHT_BLUE = "#9cc3e0"
ORANGE = "#d9822b"
GREY = "#aab4bf"
LIGHT_GREY = "#dfe4ea"
LILAC = "#b9a7d1"
TEXT = "#1b2430"
MUTED = "#55606d"
SEQUENTIAL = ("#dbe9f5", "#9cc3e0", "#5a9bc9", "#2f6f9f", "#1d4a6e")

TITLE_SIZE = 15
LABEL_SIZE = 13
SMALL_SIZE = 11
WIDTH = 6.6            # inches; at 100 dpi a chart is 660 px wide on screen
DPI = 100

_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT_FAMILY],
    "font.size": LABEL_SIZE,
    "text.color": TEXT,
    "axes.labelcolor": TEXT,
    "xtick.color": MUTED,
    "ytick.color": TEXT,
    "axes.edgecolor": GREY,
    "svg.fonttype": "none",     # text stays text in SVG (searchable, and svglib maps the font)
    "figure.facecolor": "white",
}

_fonts_registered = False


def register_fonts() -> None:
    """Make matplotlib use the shipped DejaVu TTFs (same output on every machine). Idempotent."""
    global _fonts_registered
    if _fonts_registered:
        return
    folder = shipped_path("resources", "fonts")
    for ttf in sorted(folder.glob("DejaVuSans*.ttf")):
        font_manager.fontManager.addfont(str(ttf))
    _fonts_registered = True


# --- Dutch numbers ------------------------------------------------------------------------------

def _wrap(text: str, width: int = 30) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


# --- helpers ------------------------------------------------------------------------------------

def _figure(height: float, width: float = WIDTH) -> Figure:
    register_fonts()
    return Figure(figsize=(width, height), dpi=DPI, layout="constrained")


def _clean_axes(ax) -> None:
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(GREY)
    ax.tick_params(axis="y", labelsize=LABEL_SIZE, length=0, pad=6)
    ax.tick_params(axis="x", bottom=False, labelbottom=False)
    ax.set_facecolor("white")


def _title(fig: Figure, ax, title: str, subtitle: str = "") -> None:
    fig.suptitle(title, x=0.01, ha="left", fontsize=TITLE_SIZE, fontweight="bold", color=TEXT)
    if subtitle:
        fig.supxlabel(_wrap(subtitle, 82), x=0.01, ha="left", fontsize=SMALL_SIZE, color=MUTED)


def _hbars(ax, labels: Sequence[str], values: Sequence[float], texts: Sequence[str],
           colours: Sequence[str], limit: float) -> None:
    positions = list(range(len(labels)))
    ax.barh(positions, values, color=colours, height=0.62, edgecolor="none")
    ax.set_yticks(positions, [_wrap(label) for label in labels])
    ax.invert_yaxis()
    ax.set_xlim(0, limit)
    for y, value, text in zip(positions, values, texts):
        ax.text(value + limit * 0.015, y, text, va="center", ha="left", fontsize=LABEL_SIZE, color=TEXT)


def _height_for(rows: int, extra: float = 1.3) -> float:
    return max(2.4, 0.5 * rows + extra)


# --- the charts ---------------------------------------------------------------------------------

def response_figure(response: Response) -> Figure:
    """How the block's homes ended: spoken, refused, not home … as bars with count and share."""
    if response.homes <= 0:
        raise ValueError("Deze ronde heeft geen woningen; er is geen respons te tonen.")
    rows = [
        ("Gesproken", response.complete, BLUE, True),
        ("Deels gesproken", response.partial, LIGHT_BLUE, False),
        ("Geweigerd", response.refusals, ORANGE, False),
        ("Niet thuis of geen contact", response.non_contacts, GREY, False),
        ("Anders (bijv. taalbarrière)", response.other, LILAC, False),
        ("Nog niet aangebeld", response.not_attempted, LIGHT_GREY, False),
        ("Geen woning of leegstand", response.not_eligible, LIGHT_GREY, False),
    ]
    rows = [row for row in rows if row[1] > 0 or row[3]]
    # The same base as RR1 and the refusal rate in the tiles: the occupied homes. Vacant homes and
    # "geen woning" are shown as a count only (they are outside the base).
    base = response.eligible
    with matplotlib.rc_context(_RC):
        fig = _figure(_height_for(len(rows)))
        ax = fig.add_subplot()
        outside = {"Geen woning of leegstand"}
        values = [100 * count / (base or 1) if label not in outside else 100 * count / response.homes
                  for label, count, _, _ in rows]
        texts = [f"{count} (telt niet mee)" if label in outside else f"{count} ({dutch_percent(count / base)})"
                 if base else str(count) for label, count, _, _ in rows]
        _hbars(ax, [row[0] for row in rows], values, texts, [row[2] for row in rows],
               max(max(values) * 1.45, 10))
        _clean_axes(ax)
        _title(fig, ax, "Hoe verliep het aanbellen?",
               f"Percentages van de {base} bewoonde woningen (van {response.homes} woningen)")
    return fig


def known_neighbours_figure(question: QuestionResult) -> Figure:
    """How many neighbours residents know by name: one 100% bar, light (none) to dark (many)."""
    counts = [c for c in question.counts if c.count > 0]
    total = sum(c.count for c in question.counts)
    if question.answered <= 0 or total <= 0:
        raise ValueError("Nog niemand heeft gezegd hoeveel buren hij of zij bij naam kent.")
    with matplotlib.rc_context(_RC):
        fig = _figure(3.3)
        ax = fig.add_subplot()
        left = 0.0
        colours = SEQUENTIAL if len(question.counts) <= len(SEQUENTIAL) else None
        for index, count in enumerate(question.counts):
            if count.count <= 0:
                continue
            width = 100 * count.count / total
            colour = colours[index] if colours else BLUE
            ax.barh([0], [width], left=left, color=colour, height=0.6, edgecolor="white", linewidth=2,
                    label=f"{count.label}: {count.count}")
            if width >= 7:
                text_colour = "white" if colour in (BLUE, "#2f6f9f", "#1d4a6e", "#5a9bc9") else TEXT
                ax.text(left + width / 2, 0, dutch_percent(count.count / total, 0), ha="center",
                        va="center", fontsize=LABEL_SIZE, fontweight="bold", color=text_colour)
            left += width
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.45, 0.45)
        ax.axis("off")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=2, frameon=False,
                  fontsize=SMALL_SIZE + 1, handlelength=1.2, columnspacing=1.4)
        knows_some = sum(c.count for c in question.counts[1:]) if len(question.counts) > 1 else 0
        _title(fig, ax, "Hoeveel buren kent men bij naam?",
               f"{question.answered} bewoners beantwoordden de vraag"
               + (f"; {dutch_percent(knows_some / total, 0)} kent minstens één buur bij naam"
                  if len(counts) and len(question.counts) > 1 else ""))
    return fig


def bar_counts_figure(question: QuestionResult, title: str) -> Figure:
    """Answer options as horizontal bars: share of the respondents who answered, count as label."""
    base = max((c.base for c in question.counts), default=0) or question.answered
    if question.answered <= 0 or base <= 0 or not question.counts:
        raise ValueError(f"Nog niemand heeft de vraag '{question.text}' beantwoord.")
    with matplotlib.rc_context(_RC):
        fig = _figure(_height_for(len(question.counts), 1.5))
        ax = fig.add_subplot()
        values = [100 * c.count / (c.base or base) for c in question.counts]
        texts = [f"{dutch_percent(c.count / (c.base or base), 0)} ({c.count})" for c in question.counts]
        _hbars(ax, [c.label for c in question.counts], values, texts, [BLUE] * len(values),
               max(max(values) * 1.4, 10))
        _clean_axes(ax)
        _title(fig, ax, _wrap(title, 60), f"Percentage van de {base} bewoners die deze vraag beantwoordden")
    return fig


def topics_figure(topics: Sequence[TopicResult]) -> Figure:
    """Per topic: how many would join (blue) and how many would help organise (orange)."""
    topics = [t for t in topics if t.join > 0 or t.organise > 0]
    if not topics:
        raise ValueError("Nog niemand heeft een onderwerp gekozen om aan mee te doen of te organiseren.")
    with matplotlib.rc_context(_RC):
        fig = _figure(max(2.8, 0.85 * len(topics) + 1.6))
        ax = fig.add_subplot()
        positions = list(range(len(topics)))
        high = max(max(t.join, t.organise) for t in topics)
        limit = high * 1.25 + 1
        for offset, values, colour, label in (
            (-0.2, [t.join for t in topics], BLUE, "wil meedoen"),
            (0.2, [t.organise for t in topics], ORANGE, "wil mee organiseren"),
        ):
            ys = [p + offset for p in positions]
            ax.barh(ys, values, height=0.38, color=colour, label=label, edgecolor="none")
            for y, value in zip(ys, values):
                ax.text(value + limit * 0.015, y, str(value), va="center", ha="left",
                        fontsize=LABEL_SIZE, color=TEXT)
        ax.set_yticks(positions, [_wrap(t.label, 24) for t in topics])
        ax.invert_yaxis()
        ax.set_xlim(0, limit)
        _clean_axes(ax)
        ax.legend(loc="lower right", frameon=False, fontsize=SMALL_SIZE + 1)
        _title(fig, ax, "Onderwerpen: meedoen of mee organiseren", "Aantal bewoners per onderwerp")
    return fig


def cohesion_figure(cohesion: Cohesion) -> Figure:
    """The block's cohesion score on a 0–10 line beside the national figure and the urban–rural range."""
    if cohesion.score is None or cohesion.respondents <= 0:
        raise ValueError("Er is nog geen samenhangscore: te weinig bewoners beantwoordden de "
                         "CBS-stellingen over de buurt.")
    with matplotlib.rc_context(_RC):
        fig = _figure(3.4)
        ax = fig.add_subplot()
        ax.axhspan(-0.08, 0.08, xmin=0, xmax=1, color=LIGHT_GREY, zorder=0)
        ax.fill_between([cohesion.range_low, cohesion.range_high], -0.2, 0.2, color=LIGHT_BLUE,
                        alpha=0.55, zorder=1, lw=0)
        ax.text((cohesion.range_low + cohesion.range_high) / 2, -0.32,
                f"Nederland: zeer stedelijk {dutch_number(cohesion.range_low)} – landelijk "
                f"{dutch_number(cohesion.range_high)}", ha="center", va="top", fontsize=SMALL_SIZE, color=MUTED)
        ax.plot([cohesion.national, cohesion.national], [-0.22, 0.22], color=MUTED, lw=3, zorder=2)
        ax.text(cohesion.national, 0.3, f"Nederland {dutch_number(cohesion.national)} "
                f"({cohesion.national_year})", ha="center", va="bottom", fontsize=LABEL_SIZE, color=MUTED)
        ax.plot([cohesion.score], [0], marker="o", markersize=20, color=ORANGE, zorder=3,
                markeredgecolor="white", markeredgewidth=2)
        ax.text(cohesion.score, -0.62 if abs(cohesion.score - cohesion.national) < 1.2 else 0.3,
                f"Deze flat {dutch_number(cohesion.score)}", ha="center",
                va="top" if abs(cohesion.score - cohesion.national) < 1.2 else "bottom",
                fontsize=LABEL_SIZE + 1, fontweight="bold", color=TEXT)
        ax.set_xlim(0, 10)
        ax.set_ylim(-0.95, 0.75)
        ax.set_yticks([])
        ax.set_xticks(range(0, 11), [str(v) for v in range(0, 11)])
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.spines["bottom"].set_color(GREY)
        ax.tick_params(axis="x", labelsize=SMALL_SIZE, colors=MUTED)
        note = (cohesion.note or "benadering van de CBS-methode").rstrip(". ")
        if "benadering van de cbs-methode" not in note.lower():
            note = f"benadering van de CBS-methode; {note}"
        _title(fig, ax, "Sociale samenhang (0–10)",
               f"{cohesion.respondents} bewoners; {note}; bron: {cohesion.national_source}")
    return fig


def figure_svg(fig: Figure) -> bytes:
    """The figure as SVG with text kept as DejaVu Sans text (for the vector posters)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg")
    return buffer.getvalue()
