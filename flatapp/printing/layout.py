"""Shared page layout for everything FlatApp prints: A4, large type, safe text, "pagina x van y".

Two rules hold for every PDF built here:

* every font is the shipped DejaVu Sans, registered and embedded (``fonts.register_fonts``);
* every user string goes through ``escape_text`` / ``safe_paragraph``, because reportlab's
  Paragraph reads its text as markup (``<font size=40>`` would print at 40 pt).

Every page names its tier (``flatapp.domain.tiers``) in one small grey line: ``draw_tier_line``.

Page numbers restart per group (a team's door list, a home's questionnaire): a ``GroupMarker``
at the start of each group tells the two-pass ``GroupedCanvas`` where a group begins, and the
canvas draws the headers and footers once it knows how many pages each group has.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from flatapp.domain.tiers import Tier
from flatapp.printing.fonts import BOLD, REGULAR, register_fonts
from flatapp.printing.notices import report_shortened

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

# Type sizes in points. A volunteer reads the door list on a dark stairwell: the address is the
# largest thing on the line, secondary information is small but never below SMALL.
TITLE_PT = 18
ADDRESS_PT = 15
HEADING_PT = 13
BODY_PT = 12
SMALL_PT = 9
CAPTION_PT = 8

# Boxes a pen can hit: 5 mm squares, lines thick enough to see in poor light.
TICK_BOX = 5 * mm
BOX_LINE = 1.1
WRITING_LINE_GAP = 9 * mm

INK = black
DARK_GREY = Color(0.25, 0.25, 0.25)
RULE_GREY = Color(0.55, 0.55, 0.55)
SHADE = Color(0.90, 0.90, 0.90)

# The tier line on every page: small, grey, never shortened (it shrinks a little when it must).
TIER_PT = 8
TIER_MIN_PT = 6
TIER_GREY = Color(0.40, 0.40, 0.40)
TIER_Y = 7 * mm                   # baseline in the bottom margin of an A4 page with MARGIN
# A form printed with a home code is blank, but confidential once a resident's answers are on it.
# (Short, so it keeps 8 pt beside the code box.)
FILLED_IN_CONFIDENTIAL = f"{Tier.CONFIDENTIAL.label} na invullen — alleen voor de coördinator, niet laten liggen"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --- text -------------------------------------------------------------------------------

def clean_text(text: object) -> str:
    """User text as plain characters: newlines normalised, tabs as spaces, control bytes dropped."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", value)


def escape_text(text: object) -> str:
    """User text as Paragraph markup that prints exactly as typed (newlines kept as line breaks)."""
    return escape(clean_text(text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    address: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    right: ParagraphStyle


def text_blocks(text: str) -> list[str]:
    """Blocks separated by a blank line become paragraphs; single newlines stay line breaks."""
    blocks, current = [], []
    for line in clean_text(text).split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def load_logo(path: Path | None) -> ImageReader | None:
    """The logo as an image, or ValueError (Dutch) when the file cannot be read.

    The file is looked at with stat before it is opened (a folder or FIFO is refused, never read) and
    decoded completely, so a truncated PNG fails here with a Dutch sentence, not later inside reportlab.
    """
    if path is None:
        return None
    from PIL import Image

    from flatapp.tent.options import check_logo_file

    path = check_logo_file(path)
    unreadable = (f"Het logo '{path.name}' kan niet worden gelezen: het is geen PNG- of JPG-afbeelding, of "
                  "het bestand is beschadigd (bijvoorbeeld niet helemaal gekopieerd). Sla het logo opnieuw op "
                  "of kies een ander bestand.")
    try:
        with Image.open(path) as picture:
            picture.load()
            if picture.format not in ("PNG", "JPEG", "MPO"):
                raise ValueError(unreadable)
            # reportlab reads palette and 16-bit images by its own rules (and fails on some with
            # transparency): hand it plain RGB(A), grey or CMYK pixels.
            picture = picture.copy() if picture.mode in ("RGB", "RGBA", "L", "CMYK") else picture.convert("RGBA")
        image = ImageReader(picture)
        width, height = image.getSize()
    except ValueError:
        raise
    except Exception:  # reportlab/PIL raise many kinds for a bad image; their text means nothing to a user
        raise ValueError(unreadable) from None
    if width <= 0 or height <= 0:
        raise ValueError(f"Het logo '{path.name}' is leeg.")
    return image


def draw_logo(canvas: Canvas, image: ImageReader, x: float, y: float, max_width: float,
              max_height: float) -> float:
    """The logo with its bottom-left corner at (x, y), scaled to fit and proportions kept; returns its width."""
    width, height = image.getSize()
    scale = min(max_width / width, max_height / height)
    canvas.drawImage(image, x, y, width * scale, height * scale, mask="auto")
    return width * scale


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared paragraph styles (fonts are registered on the first call)."""
    register_fonts()

    def style(name: str, size: float, font: str = REGULAR, alignment_right: bool = False) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=round(size * 1.22, 1),
                              textColor=INK, alignment=TA_RIGHT if alignment_right else TA_LEFT)

    return Styles(
        title=style("FlatTitle", TITLE_PT, BOLD),
        address=style("FlatAddress", ADDRESS_PT, BOLD),
        heading=style("FlatHeading", HEADING_PT, BOLD),
        body=style("FlatBody", BODY_PT),
        body_bold=style("FlatBodyBold", BODY_PT, BOLD),
        small=style("FlatSmall", SMALL_PT),
        caption=style("FlatCaption", CAPTION_PT),
        right=style("FlatRight", BODY_PT, alignment_right=True),
    )


def safe_paragraph(text: object, style: ParagraphStyle | None = None, *, bold: bool = False,
                   before: str = "", after: str = "") -> Paragraph:
    """A Paragraph of user text that prints as typed.

    ``before`` / ``after`` are trusted markup (our own, e.g. ``"<b>KN1</b> "``) put around the
    escaped text; never pass user text there.
    """
    markup = escape_text(text)
    if bold:
        markup = f"<b>{markup}</b>"
    return Paragraph(f"{before}{markup}{after}", style or styles().body)


ELLIPSIS = "…"


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Plain text as lines of at most ``width`` (measured); a word wider than a line is broken."""
    lines: list[str] = []
    for paragraph in clean_text(text).split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = _longest_fit(line, font, size, width)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return [line for line in lines if line] or [""]


def _longest_fit(text: str, font: str, size: float, width: float, tail: str = "") -> int:
    """How many leading characters of ``text`` (plus ``tail``) fit in ``width``; at least 1."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + tail, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def shorten(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, or its longest start that fits ``width`` followed by '…'."""
    text = " ".join(clean_text(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    cut = _longest_fit(text, font, size, width, ELLIPSIS)
    return text[:cut].rstrip(" ,;:-·") + ELLIPSIS


@dataclass(frozen=True)
class FittedLines:
    lines: list[str]
    size: float
    shortened: bool          # True: the text did not fit and ends in '…'

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int = 1,
              minimum: float | None = None) -> FittedLines:
    """The largest size from ``size`` down to ``minimum`` at which ``text`` wraps into ``max_lines``;
    when even ``minimum`` is too large, the first lines at ``minimum`` with the last shortened ('…')."""
    minimum = size if minimum is None else min(minimum, size)
    current = size
    while True:
        lines = wrap_words(text, font, current, width)
        if len(lines) <= max_lines:
            return FittedLines(lines, current, False)
        if current <= minimum:
            break
        current = max(minimum, current * 0.94)
    kept = lines[:max_lines]
    rest = " ".join([kept[-1]] + lines[max_lines:])
    cut = _longest_fit(rest, font, current, width, ELLIPSIS)
    kept[-1] = rest[:cut].rstrip(" ,;:-·") + ELLIPSIS
    return FittedLines(kept, current, True)


def fit_font_size(text: str, font: str, size: float, width: float, minimum: float = 6) -> float:
    """The largest size up to ``size`` at which ``text`` fits in ``width`` on one line."""
    measured = stringWidth(text, font, size)
    if measured <= width:
        return size
    return max(minimum, size * width / measured)


def tier_text(tier: Tier | str) -> str:
    """The sentence that names a page's tier: ``Tier.line``, or a sentence of our own (trusted text)."""
    return tier.line if isinstance(tier, Tier) else tier


def draw_tier_line(canvas: Canvas, tier: Tier | str, *, x: float = MARGIN, y: float = TIER_Y,
                   width: float = CONTENT_WIDTH, size: float = TIER_PT, align: str = "left",
                   colour: Color = TIER_GREY) -> None:
    """The page's tier in one small line (e.g. 'Vertrouwelijk — alleen voor de coördinator; …'),
    by default in the bottom margin of an A4 page. Drawn on every page of every PDF FlatApp makes."""
    text = tier_text(tier)
    size = max(TIER_MIN_PT, fit_font_size(text, REGULAR, size, width, TIER_MIN_PT))
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setFont(REGULAR, size)
    if align == "right":
        canvas.drawRightString(x + width, y, text)
    elif align == "center":
        canvas.drawCentredString(x + width / 2, y, text)
    else:
        canvas.drawString(x, y, text)
    canvas.restoreState()


def page_label(page: int, pages: int) -> str:
    return f"pagina {page} van {pages}"


# --- drawing helpers --------------------------------------------------------------------

def draw_once(canvas: Canvas, name: str, draw: Callable[[Canvas], None]) -> None:
    """Draw what ``draw`` draws; the first call records it as a PDF form, later calls reuse it.

    For what repeats on many pages (a header that only differs in its page number): the
    PDF holds it once and the pages refer to it, which is faster to write and to print.
    """
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        draw(canvas)
        canvas.endForm()
    canvas.doForm(name)


def draw_text_fitted(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
                     width: float, align: str = "left", what: str = "Een tekst", minimum: float = 6) -> None:
    """One line of plain text (no markup is parsed here) shrunk until it fits ``width``; below
    ``minimum`` points it is shortened with '…' instead, and reported as ``what`` (notices)."""
    text = " ".join(clean_text(text).split())
    size = fit_font_size(text, font, size, width, minimum)
    if stringWidth(text, font, size) > width:
        shown = shorten(text, font, size, width)
        report_shortened(what, text, shown)
        text = shown
    canvas.setFont(font, size)
    if align == "right":
        canvas.drawRightString(x + width, y, text)
    elif align == "center":
        canvas.drawCentredString(x + width / 2, y, text)
    else:
        canvas.drawString(x, y, text)


def draw_paragraphs(canvas: Canvas, paragraphs: Iterable[Flowable], x: float, top: float, width: float,
                    gap: float = 2) -> float:
    """Draw flowables top-down from ``top``; returns the y below the last one."""
    y = top
    for flowable in paragraphs:
        _, height = flowable.wrap(width, PAGE_HEIGHT)
        y -= height
        flowable.drawOn(canvas, x, y)
        y -= gap
    return y + gap


def paragraphs_height(paragraphs: Iterable[Flowable], width: float, gap: float = 2) -> float:
    heights = [flowable.wrap(width, PAGE_HEIGHT)[1] for flowable in paragraphs]
    return sum(heights) + gap * max(0, len(heights) - 1)


# --- groups and the two-pass canvas -------------------------------------------------------

_serial = itertools.count(1)


class ShadedHeading(Flowable):
    """A heading on a shaded bar (an entrance and floor on a door list, a questionnaire section)."""

    def __init__(self, text: str, bar_padding: float, gap_above: float = 0, gap_below: float = 0) -> None:
        super().__init__()
        self.paragraph = safe_paragraph(text, styles().heading)
        self.bar_padding, self.gap_above, self.gap_below = bar_padding, gap_above, gap_below

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.text_height = self.paragraph.wrap(available_width - 4 * mm, available_height)[1]
        self.height = self.gap_below + self.text_height + self.bar_padding + self.gap_above
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(SHADE)
        canvas.rect(0, self.gap_below, self.width, self.text_height + self.bar_padding, stroke=0, fill=1)
        self.paragraph.drawOn(canvas, 2 * mm, self.gap_below + 0.55 * self.bar_padding)


class GroupMarker(Flowable):
    """Zero-size flowable: from the page it is drawn on, pages belong to the group ``info``.

    Put it first after a page break; ``GroupedCanvas`` numbers pages per group.
    """

    def __init__(self, info: object) -> None:
        super().__init__()
        self.info = info
        self.serial = next(_serial)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._flatapp_group = self


@dataclass
class BuildResult:
    pages: int = 0
    groups: dict[int, int] = field(default_factory=dict)


Decorate = Callable[[Canvas, object, int, int], None]


class GroupedCanvas(Canvas):
    """Keeps every page until ``save`` and then calls ``decorate(canvas, info, page, pages)`` on each,
    with the page number and page count within its group (the classic two-pass numbered canvas)."""

    def __init__(self, *args, decorate: Decorate, result: BuildResult, **kwargs) -> None:
        # Every page starts with the initial font; reportlab's default would be a non-embedded Helvetica.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or BODY_PT
        super().__init__(*args, **kwargs)
        self._flatapp_group: GroupMarker | None = None
        self._flatapp_pages: list[dict] = []
        self._flatapp_decorate = decorate
        self._flatapp_result = result

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._flatapp_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = self._flatapp_pages
        keys = [state["_flatapp_group"] for state in pages]
        totals = Counter(marker.serial if marker else 0 for marker in keys)
        seen: Counter[int] = Counter()
        for state, marker in zip(pages, keys):
            self.__dict__.update(state)
            key = marker.serial if marker else 0
            seen[key] += 1
            self.saveState()
            self._flatapp_decorate(self, marker.info if marker else None, seen[key], totals[key])
            self.restoreState()
            Canvas.showPage(self)
        self._flatapp_result.pages = len(pages)
        self._flatapp_result.groups = dict(totals)
        Canvas.save(self)


class FormCanvas(Canvas):
    """An output canvas that can first lay a story out once, recording each page as a PDF form.

    Paper that is the same for every home except a few strings (questionnaires, letters) is laid
    out once with ``record``; each home's pages then place those forms and add their own code and
    address. A batch for 198 homes takes about as long as a single copy plus the strings.
    """

    def __init__(self, target: Path | str | BinaryIO, *, title: str = "", author: str = "",
                 subject: str = "") -> None:
        register_fonts()
        super().__init__(pdf_target(target), pagesize=PAGE_SIZE, initialFontName=REGULAR,
                         initialFontSize=BODY_PT)
        self._flatapp_recording: list[str] | None = None
        self._flatapp_meta = (clean_text(title), clean_text(author), clean_text(subject))
        self._apply_meta()
        self.pages = 0

    def _apply_meta(self) -> None:
        title, author, subject = self._flatapp_meta
        self.setTitle(title)
        self.setAuthor(author)
        self.setSubject(subject)
        self.setCreator("FlatApp")

    def record(self, story: list[Flowable], prefix: str, first_top: float, later_top: float,
               bottom: float, on_page: Callable[[str], None] | None = None) -> list[str]:
        """Lay ``story`` out on A4 frames and keep each page as a form; returns the form names in order.

        ``first_top`` / ``later_top`` are the distances from the top edge of the page where the frame
        starts on the first and on later pages (room for the per-copy header). ``on_page`` is told
        the name of each page's form as that page begins.
        """
        names: list[str] = []

        def begin(canvas: Canvas, doc: BaseDocTemplate) -> None:
            names.append(f"{prefix}{len(names) + 1}")
            canvas.beginForm(names[-1])
            if on_page is not None:
                on_page(names[-1])

        def frame(top: float) -> Frame:
            return Frame(MARGIN, bottom, CONTENT_WIDTH, PAGE_HEIGHT - top - bottom, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)

        doc = BaseDocTemplate("unused.pdf", pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=later_top, bottomMargin=bottom)
        doc.addPageTemplates([
            PageTemplate(id="first", frames=[frame(first_top)], onPage=begin, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame(later_top)], onPage=begin),
        ])
        doc._doSave = 0  # the pages are forms in this canvas; the caller writes the real pages
        self._flatapp_recording = names
        try:
            doc.build(list(story), canvasmaker=lambda *args, **kwargs: self)
        finally:
            self._flatapp_recording = None
            self._apply_meta()  # the layout pass overwrote title and author
        return names

    def save(self) -> None:
        with binary_streams():
            super().save()

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        if self._flatapp_recording is not None:
            self.endForm()
            return
        self.pages += 1
        super().showPage()


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write page streams zlib-compressed only, without reportlab's ASCII85 layer.

    ASCII85 makes streams a quarter larger and, in pure Python, costs about a third of the time
    of a large batch. The setting is read when the PDF is written; it is restored afterwards.
    """
    from reportlab import rl_config

    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def pdf_target(target: Path | str | BinaryIO) -> str | BinaryIO:
    return str(target) if isinstance(target, (str, Path)) else target


def build_grouped(story: list[Flowable], target: Path | str | BinaryIO, decorate: Decorate, *,
                  top: float = MARGIN, bottom: float = MARGIN, title: str = "", author: str = "",
                  subject: str = "", prepare: Callable[[Canvas], None] | None = None) -> BuildResult:
    """Lay out ``story`` on A4 pages (frame between ``top`` and ``bottom`` margins) and write the PDF.
    ``prepare`` is called with the canvas before anything is drawn on it."""
    register_fonts()
    result = BuildResult()
    doc = BaseDocTemplate(
        pdf_target(target), pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=top, bottomMargin=bottom, title=clean_text(title), author=clean_text(author),
        subject=clean_text(subject), creator="FlatApp",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def canvas_maker(*args, **kwargs) -> GroupedCanvas:
        canvas = GroupedCanvas(*args, decorate=decorate, result=result, **kwargs)
        if prepare is not None:
            prepare(canvas)
        return canvas

    with binary_streams():
        doc.build(story, canvasmaker=canvas_maker)
    return result
