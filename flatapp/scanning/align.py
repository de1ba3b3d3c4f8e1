"""Finding a printed page in a scan: its page id (the QR code), then its four corner marks, then the page
warped onto its layout at a fixed resolution, whatever the scan's resolution, rotation or skew.

The QR code's corners say roughly where the page lies and which way up (a page scanned upside down or
sideways turns with it); each corner mark is then looked for near where that rough estimate puts it (for a
phone photo taken at an angle, a second, wider look takes the outermost solid square), and the four mark
centres fix the page exactly (a perspective transform). The QR code, carried by that transform, must land
where it was printed: a fifth point that catches a wrong mark. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from flatapp.scanning.page_layout import MARK_SIZE, PageLayout

# The aligned page: 200 dpi, the resolution the goals are measured at.
ALIGNED_DPI = 200
SCALE = ALIGNED_DPI / 72          # pixels per point on the aligned page
# How far from where the QR code predicts it a corner mark may be (a QR code is small, so its angle is
# only roughly known): in points.
MARK_SEARCH = 22 * 72 / 25.4
MARK_WIDE_SEARCH = 50 * 72 / 25.4       # the second look, for a photo taken at an angle
# How far (in points) the QR code may land from where it was printed once the page is aligned on its marks.
CODE_TOLERANCE = 3 * 72 / 25.4
CORNER_NAMES = ("linksboven", "rechtsboven", "rechtsonder", "linksonder")


@dataclass(frozen=True)
class FoundCode:
    text: str
    corners: np.ndarray      # 4 × 2: the symbol's top left, top right, bottom right, bottom left in the scan


def find_codes(grey: np.ndarray) -> list[FoundCode]:
    """Every QR code on the scanned page, with its corners."""
    import zxingcpp

    found = []
    for code in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode):
        p = code.position
        corners = np.array([[p.top_left.x, p.top_left.y], [p.top_right.x, p.top_right.y],
                            [p.bottom_right.x, p.bottom_right.y], [p.bottom_left.x, p.bottom_left.y]], np.float32)
        found.append(FoundCode(code.text, corners))
    return found


def page_points(layout: PageLayout, points: list[tuple[float, float]]) -> np.ndarray:
    """Layout points (PDF: origin bottom left, y up) as points on the page seen from the top (y down)."""
    return np.array([[x, layout.height - y] for x, y in points], np.float32)


def qr_corners(layout: PageLayout) -> np.ndarray:
    """The printed QR code's corners in the order zxing names them, on the page from the top (y down)."""
    r = layout.qr
    return page_points(layout, [(r.x, r.y + r.h), (r.x + r.w, r.y + r.h), (r.x + r.w, r.y), (r.x, r.y)])


@dataclass
class Alignment:
    """The scan → aligned-page transform, or why there is none."""

    matrix: np.ndarray | None = None      # 3 × 3, scan pixels → aligned pixels
    problem: str | None = None
    pixels_per_point: float = 0.0         # the scan's resolution, roughly


def align(grey: np.ndarray, layout: PageLayout, code: FoundCode) -> Alignment:
    """The transform that puts the scan onto ``layout`` at ``SCALE``, found from the four corner marks."""
    if layout.qr is None:
        return Alignment(problem="de paginacode staat niet waar FlatApp hem drukte")
    rough, _ = cv2.estimateAffinePartial2D(qr_corners(layout), code.corners)
    if rough is None:
        return Alignment(problem="de paginacode is vervormd; scan de pagina opnieuw")
    pixels_per_point = float(np.hypot(rough[0, 0], rough[1, 0]))
    if pixels_per_point < 100 / 72:
        return Alignment(problem=f"de resolutie is te laag (ongeveer {pixels_per_point * 72:.0f} dpi); "
                                 "scan met 200 tot 300 dpi", pixels_per_point=pixels_per_point)
    marks = page_points(layout, list(layout.marks))
    expected = cv2.transform(marks[None], rough)[0]
    found = [_find_mark(grey, centre, pixels_per_point) for centre in expected]
    if None in found:
        # A phone photo in perspective: the small QR code predicts the far corners badly. The marks found and
        # the code's corners predict them better; look again in a wider window and take the outermost solid
        # square there (a mark is the square nearest its page corner; the checks below refuse a wrong pick).
        known = [number for number, spot in enumerate(found) if spot is not None]
        if len(known) >= 2:
            page = np.vstack([marks[known], qr_corners(layout)])
            scan = np.vstack([np.array([found[n] for n in known], np.float32), code.corners])
            better, _ = cv2.estimateAffinePartial2D(page, scan, ransacReprojThreshold=1e4)   # all points count
            if better is not None:
                expected = cv2.transform(marks[None], better)[0]
        centre_of_page = expected.mean(axis=0)
        found = [spot or _find_mark(grey, centre, pixels_per_point, MARK_WIDE_SEARCH, centre - centre_of_page)
                 for spot, centre in zip(found, expected)]
    missing = [name for name, spot in zip(CORNER_NAMES, found) if spot is None]
    if missing:
        return Alignment(problem="afgesneden, te donker of te schuin gefotografeerd: een hoekmarkering "
                                 "ontbreekt (" + ", ".join(missing) + "); leg het vel recht op de glasplaat en "
                                 "scan opnieuw, of fotografeer het recht van boven",
                         pixels_per_point=pixels_per_point)
    target = marks * SCALE
    matrix = cv2.getPerspectiveTransform(np.array(found, np.float32), target)
    if not _square_enough(found, target) or not _code_in_place(code, matrix, layout):
        return Alignment(problem="de hoekmarkeringen liggen niet waar ze horen (gekreukt of gevouwen vel, of "
                                 "te schuin gefotografeerd?)",
                         pixels_per_point=pixels_per_point)
    return Alignment(matrix, None, pixels_per_point)


def warp(grey: np.ndarray, alignment: Alignment, layout: PageLayout) -> np.ndarray:
    size = (round(layout.width * SCALE), round(layout.height * SCALE))
    return cv2.warpPerspective(grey, alignment.matrix, size, flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def _find_mark(grey: np.ndarray, centre: np.ndarray, pixels_per_point: float, search: float = MARK_SEARCH,
               outward: np.ndarray | None = None) -> tuple[float, float] | None:
    """The centre of the solid square mark within ``search`` points of ``centre``: the nearest one, or with
    ``outward`` (the direction of the page's corner) the outermost one; None when there is none."""
    reach = int(search * pixels_per_point)
    cx, cy = int(round(centre[0])), int(round(centre[1]))
    x0, y0 = max(cx - reach, 0), max(cy - reach, 0)
    x1, y1 = min(cx + reach, grey.shape[1]), min(cy + reach, grey.shape[0])
    least = int(MARK_SEARCH * pixels_per_point)
    if x1 - x0 < least or y1 - y0 < least:      # the corner lies (mostly) off the scan: cut off
        return None
    window = grey[y0:y1, x0:x1]
    # A mark is far darker than the paper around it, whatever the lighting: Otsu on the window.
    _, dark = cv2.threshold(window, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(dark, connectivity=8)
    side = MARK_SIZE * pixels_per_point
    best, best_distance = None, None
    for label in range(1, count):
        x, y, w, h, area = stats[label]
        if not (0.6 * side <= max(w, h) <= 1.6 * side and 0.6 * side <= min(w, h)):
            continue
        if area < 0.5 * side * side or area < 0.8 * w * h:   # solid: not a ring, a letter or a line
            continue
        if x == 0 or y == 0 or x + w >= window.shape[1] or y + h >= window.shape[0]:
            continue                                           # touches the window's edge: not whole
        mx, my = centroids[label]
        offset = np.array([x0 + mx - centre[0], y0 + my - centre[1]])
        distance = float(np.hypot(*offset)) if outward is None else -float(offset @ outward)
        if best_distance is None or distance < best_distance:
            best, best_distance = (x0 + float(mx), y0 + float(my)), distance
    return best


def _square_enough(found: list, target: np.ndarray) -> bool:
    """The four marks form the printed rectangle, allowing for a skew and a phone's perspective: the six
    mark-to-mark distances share one scale within 30% (a photo taken some 30 degrees off square)."""
    spots = np.array(found, np.float64)
    ratios = [np.hypot(*(spots[a] - spots[b])) / np.hypot(*(target[a] - target[b]))
              for a, b in ((0, 1), (1, 2), (2, 3), (3, 0), (0, 2), (1, 3))]
    return max(ratios) / min(ratios) < 1.3


def _code_in_place(code: FoundCode, matrix: np.ndarray, layout: PageLayout) -> bool:
    """A fifth point checks the four: the QR code, carried by the marks' transform, lands where it was
    printed (within CODE_TOLERANCE). Four points always fit some perspective; a wrong one (a blackened box
    taken for a mark, a folded corner) puts the code elsewhere."""
    carried = cv2.perspectiveTransform(code.corners[None].astype(np.float32), matrix)[0]
    printed = qr_corners(layout) * SCALE
    return float(np.max(np.hypot(*(carried - printed).T))) <= CODE_TOLERANCE * SCALE
