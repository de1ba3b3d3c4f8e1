"""Measuring an aligned page: how much ink each tick box holds, what that means, and the crops a person
needs (uncertain boxes, handwritten fields). Qt-free.

Ink is measured against the paper around it, not against a fixed grey: the page is divided by its own
background (estimated with the ink taken out), so a copier's grey paper, a phone's shadow or a yellowed
sheet all read as white paper.

What a box holds, by the share of its inside that is ink (the printed border left out):
- under ``EMPTY_BELOW`` with hardly any faint ink: EMPTY;
- a tick or cross covers ``MARKED_FROM`` … ``MARKED_BELOW``: MARKED;
- a box made black (the correction rule printed on the form) from ``CANCELLED_FROM``: CANCELLED;
- everything between, and a light pencil stroke that is faint ink only: UNCERTAIN, for a person.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from flatapp.scanning.align import ALIGNED_DPI, SCALE
from flatapp.scanning.page_layout import FieldSpot, PageLayout, Rect
from flatapp.scanning.readings import MarkState

# Ink and faint ink on the background-divided page (255 = paper): a pen stroke is far below INK; a light
# pencil stroke or a smudge sits between INK and FAINT.
INK = 165
FAINT = 212
EMPTY_BELOW = 0.025
MARKED_FROM = 0.06
MARKED_BELOW = 0.80      # a bold cross in a thick pen reaches 0.75 on a blurred 150 dpi scan
CANCELLED_FROM = 0.92
FAINT_EMPTY_BELOW = 0.05
# A handwritten field counts as written from this many ink pixels (200 dpi) off the printed lines: a
# small "34" leaves 25 or more; an empty field, after the noise specks are opened away, none. A field
# wrongly offered costs the coordinator one key; a missed one would lose what was written.
WRITTEN_PIXELS = 12
# The part of a box that is measured: its inside less this share of its side on each edge (the printed
# border, and what a slightly curled sheet may shift it).
INSET = 0.2
# How far (in points) a box is looked for around where the layout puts it.
SHIFT = 1.5
# A box's border is there when each of its four sides shows ink along at least this share of its length.
OUTLINE_PRESENT = 0.8


def paper_normalised(grey: np.ndarray) -> np.ndarray:
    """The page divided by its paper: 255 where there is paper, darker only where there is ink."""
    small = cv2.resize(grey, None, fx=1 / 8, fy=1 / 8, interpolation=cv2.INTER_AREA)
    # The brightest nearby pixel is paper (ink strokes are thinner than the kernel).
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    paper = cv2.GaussianBlur(paper, (0, 0), 3)
    paper = cv2.resize(paper, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)
    paper = np.maximum(paper, 40).astype(np.float32)
    return np.clip(grey.astype(np.float32) * 255 / paper, 0, 255).astype(np.uint8)


def pixel_rect(layout: PageLayout, rect: Rect) -> tuple[int, int, int, int]:
    """``rect`` (layout points) as x0, y0, x1, y1 on the aligned page."""
    x0 = rect.x * SCALE
    y0 = (layout.height - rect.y - rect.h) * SCALE
    return round(x0), round(y0), round(x0 + rect.w * SCALE), round(y0 + rect.h * SCALE)


@dataclass(frozen=True)
class BoxInk:
    ink: float            # the share of the box's inside that is ink
    faint: float          # ... that is at least faint ink
    outlined: bool        # its printed border was found: the page lies where the marks said


def box_ink(normalised: np.ndarray, layout: PageLayout, rect: Rect) -> BoxInk:
    """How much ink is in the box, and whether its printed border is there.

    The box is first found where it was printed within ``SHIFT`` (its border is the darkest square
    outline around there), so a sheet that curled a little in the feeder is still measured inside. A box
    whose border is not there (a wrong corner mark, a fold) cannot be measured: the caller hands it to a
    person."""
    x0, y0, x1, y1 = _located(normalised, layout, rect)
    side = min(x1 - x0, y1 - y0)
    inset = max(2, round(side * INSET))
    inside = normalised[y0 + inset:y1 - inset, x0 + inset:x1 - inset]
    if inside.size == 0:
        return BoxInk(0.0, 0.0, False)
    return BoxInk(float(np.count_nonzero(inside < INK)) / inside.size,
                  float(np.count_nonzero(inside < FAINT)) / inside.size,
                  _outlined(normalised, x0, y0, x1, y1))


def _outlined(normalised: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> bool:
    """Most of the box's four sides show printed ink (each side looked for within 2 pixels)."""
    if x0 < 2 or y0 < 2 or y1 + 2 > normalised.shape[0] or x1 + 2 > normalised.shape[1]:
        return False
    dark = normalised < FAINT
    sides = [dark[y0 - 2:y0 + 3, x0:x1].any(axis=0), dark[y1 - 3:y1 + 2, x0:x1].any(axis=0),
             dark[y0:y1, x0 - 2:x0 + 3].any(axis=1), dark[y0:y1, x1 - 3:x1 + 2].any(axis=1)]
    return all(side.mean() >= OUTLINE_PRESENT for side in sides)


def state_of(ink: float, faint: float) -> MarkState:
    if ink >= CANCELLED_FROM:
        return MarkState.CANCELLED
    if MARKED_FROM <= ink < MARKED_BELOW:
        return MarkState.MARKED
    if ink < EMPTY_BELOW and faint < FAINT_EMPTY_BELOW:
        return MarkState.EMPTY
    return MarkState.UNCERTAIN


def _located(normalised: np.ndarray, layout: PageLayout, rect: Rect) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = pixel_rect(layout, rect)
    reach = max(1, round(SHIFT * SCALE))
    top, left = y0 - reach, x0 - reach
    window = normalised[max(top, 0):y1 + reach + 1, max(left, 0):x1 + reach + 1]
    w, h = x1 - x0, y1 - y0
    if window.shape[0] < h + 1 or window.shape[1] < w + 1 or top < 0 or left < 0:
        return x0, y0, x1, y1
    darkness = (255 - window).astype(np.float32)
    outline = np.zeros((h + 1, w + 1), np.float32)
    line = max(2, round(1.1 * SCALE))
    outline[:line, :] = outline[-line:, :] = outline[:, :line] = outline[:, -line:] = 1
    score = cv2.matchTemplate(darkness, outline, cv2.TM_CCORR)
    _, _, _, (dx, dy) = cv2.minMaxLoc(score)
    return x0 + dx - reach, y0 + dy - reach, x1 + dx - reach, y1 + dy - reach


def crop_png(page: np.ndarray, layout: PageLayout, rect: Rect, *, left: float, right: float, up: float,
             down: float) -> bytes:
    """A PNG of ``rect`` on the aligned page with the given surroundings (in points)."""
    grown = Rect(rect.x - left, rect.y - down, rect.w + left + right, rect.h + up + down)
    x0, y0, x1, y1 = pixel_rect(layout, grown)
    x0, y0 = max(x0, 0), max(y0, 0)
    crop = page[y0:max(y1, y0 + 1), x0:max(x1, x0 + 1)]
    ok, data = cv2.imencode(".png", crop, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    return data.tobytes() if ok else b""


def field_has_ink(normalised: np.ndarray, layout: PageLayout, spot: FieldSpot) -> bool:
    """Whether anything was written in a handwritten field: its ink once the printed lines and digit boxes
    (long straight strokes) and its printed caption are taken out."""
    x0, y0, x1, y1 = pixel_rect(layout, spot.rect)
    x0, y0 = max(x0, 0), max(y0, 0)
    inside = normalised[y0:y1, x0:x1]
    if inside.size == 0:
        return False
    ink = (inside < INK).astype(np.uint8)
    if spot.printed is not None:
        cx0, cy0, cx1, cy1 = pixel_rect(layout, spot.printed.grown(1))
        ink[max(cy0 - y0, 0):max(cy1 - y0, 0), max(cx0 - x0, 0):max(cx1 - x0, 0)] = 0
    # Lines are found in everything darker than paper: a thin grey line scanned at 300 dpi and scaled down
    # wavers around the ink threshold, and its broken pieces would otherwise count as writing.
    drawn = (inside < FAINT).astype(np.uint8)
    long = round(8 * SCALE)
    lines = cv2.morphologyEx(drawn, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long, 1)))
    lines |= cv2.morphologyEx(drawn, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, long)))
    lines = cv2.dilate(lines, np.ones((3, 3), np.uint8))
    left = ink & (1 - lines)
    left = cv2.morphologyEx(left, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))    # specks of noise
    return int(np.count_nonzero(left)) >= WRITTEN_PIXELS


def ink_share(normalised: np.ndarray, margin: int = 0) -> float:
    """The share of the page (less ``margin`` pixels around) that is ink."""
    inner = normalised[margin:normalised.shape[0] - margin, margin:normalised.shape[1] - margin]
    return float(np.count_nonzero(inner < INK)) / max(inner.size, 1)


def stored_page_png(grey: np.ndarray, factor: float = 100 / ALIGNED_DPI) -> bytes:
    """A page as kept in the database: grey, scaled by ``factor`` (100 dpi for an aligned page), paper
    made white and greys in 16 steps (every mark and handwriting stays readable; about 100 kB a page)."""
    small = cv2.resize(grey, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    small = np.where(small > 235, 255, (small // 16) * 16 + 8).astype(np.uint8)
    ok, data = cv2.imencode(".png", small, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    return data.tobytes() if ok else b""
