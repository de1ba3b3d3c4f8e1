"""The page reader: a scanned stack in, one ``PageReading`` per page out (``flatapp.scanning.readings``).

Per page: the page id from its QR code, the layout of that page from the database (``layout_for``), the
four corner marks, the page warped onto its layout, every tick box measured and every handwritten field
cropped. A page that cannot be read says why in Dutch; the machine never guesses (see ``measure``).
Qt-free; OpenCV, zxing-cpp and PDFium are imported here and nowhere in the rest of FlatApp.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np

from flatapp.scanning.align import align, find_codes, warp
from flatapp.scanning.images import ScannedImage, count_pages, scanned_pages
from flatapp.scanning.measure import (
    box_ink,
    crop_png,
    field_has_ink,
    ink_share,
    paper_normalised,
    state_of,
    stored_page_png,
)
from flatapp.scanning.page_layout import MM, PageLayout, Rect
from flatapp.scanning.readings import BoxReading, FieldCrop, MarkState, PageId, PageReading

LayoutFor = Callable[[PageId], PageLayout | None]
# A page with less ink than this (outside a 1 cm border, where a copier leaves its shadows) is blank.
BLANK_BELOW = 0.002
# A scan whose paper is darker than this (0-255) is too dark to trust a single box on it.
TOO_DARK = 90
DARK = "te donker: scan het vel opnieuw, lichter (en met de klep van de kopieerder dicht)"
NOT_OURS = "geen FlatApp-pagina: er staat geen paginacode van FlatApp op"
# More than this share of a page's boxes without their printed border where the marks put them: the page
# is refused (a fold, or something taken for a corner mark) rather than sent to a person box by box.
MISPLACED_PAGE = 0.25
MISPLACED = ("de vakjes staan niet waar ze horen (gevouwen of gekreukt vel, of een vlek bij een hoekmarkering?); "
             "strijk het vel glad en scan opnieuw")
# A scan with fewer pixels than this share between black and white has no greys (a 1-bit scan).
GREYS_AT_LEAST = 0.01
# Right of a question's boxes, its crop shows this much of the option labels.
QUESTION_LABEL_ROOM = 45 * MM


def read_stack(paths: list[Path], layout_for: LayoutFor,
               progress: Callable[[int, int], None] | None = None) -> Iterator[PageReading]:
    """Every page of the scanned files, in the order scanned."""
    paths = [Path(p) for p in paths]
    total = count_pages(paths)
    for index, page in enumerate(scanned_pages(paths)):
        if isinstance(page, str):          # a file that could not be opened at all
            reading = PageReading(page.split(" ", 1)[0], index, None, problem=page)
        else:
            reading = read_page(page, index, layout_for)
        if progress is not None:
            progress(index + 1, max(total, index + 1))
        yield reading


def read_page(page: ScannedImage, index: int, layout_for: LayoutFor) -> PageReading:
    grey = page.grey
    codes = find_codes(grey)
    ours = [(code, page_id) for code in codes if (page_id := PageId.decode(code.text)) is not None]
    if not ours:
        return _unidentified(page, index, grey, codes)
    code, page_id = ours[0]
    try:
        layout = layout_for(page_id)
    except Exception as error:           # a door list that changed since printing, a removed home, ...
        return _problem(page, index, page_id, grey, str(error))
    if layout is None:
        return _problem(page, index, page_id, grey, "onbekende pagina: het formulier of de deurlijst op deze "
                                                    "pagina is niet (meer) in deze ronde te vinden")
    alignment = align(grey, layout, code)
    if alignment.problem:
        return _problem(page, index, page_id, grey, alignment.problem)
    aligned = warp(grey, alignment, layout)
    if float(np.percentile(aligned, 90)) < TOO_DARK:      # the code was read, but a pencil tick would not be
        return _problem(page, index, page_id, grey, DARK)
    normalised = paper_normalised(aligned)
    measured = [box_ink(normalised, layout, spot.rect) for spot in layout.boxes]
    if sum(not box.outlined for box in measured) > MISPLACED_PAGE * len(measured):
        return _problem(page, index, page_id, grey, MISPLACED)
    # A box whose printed border is not where the marks put it is not measured: a person looks.
    boxes = [BoxReading(spot.target, spot.value,
                        state_of(box.ink, box.faint) if box.outlined else MarkState.UNCERTAIN, round(box.ink, 4))
             for spot, box in zip(layout.boxes, measured, strict=True)]
    # Crops come from the normalised page: a copier's shadow or grey paper made white, every mark kept.
    boxes = _with_question_crops(normalised, layout, boxes)
    fields = [FieldCrop(spot.target, spot.label,
                        crop_png(normalised, layout, spot.rect, left=2 * MM, right=2 * MM, up=6 * MM, down=2 * MM),
                        field_has_ink(normalised, layout, spot))
              for spot in layout.fields]
    return PageReading(page.source, index, page_id, boxes=boxes, fields=fields,
                       image_png=stored_page_png(normalised), fingerprint=_fingerprint(page_id, boxes),
                       black_and_white=_black_and_white(grey))


def _black_and_white(grey: np.ndarray) -> bool:
    """Almost every pixel is black or white: a 1-bit scan (perhaps JPEG'd afterwards), no greys for pencil."""
    step = grey[::4, ::4]
    return float(np.count_nonzero((step > 40) & (step < 215))) < GREYS_AT_LEAST * step.size


def _with_question_crops(page: np.ndarray, layout: PageLayout, boxes: list[BoxReading]) -> list[BoxReading]:
    """The boxes of a question (or a door's row) that may need a person, an uncertain box or more than one
    mark, carry a crop of all its boxes and the start of their labels: the coordinator sees what the
    volunteer ticked, and what beside it, without turning to the page."""
    questions: dict[str, list[tuple[Rect, MarkState]]] = {}
    for spot, box in zip(layout.boxes, boxes, strict=True):
        questions.setdefault(box.target, []).append((spot.rect, box.state))
    crops: dict[str, bytes] = {}
    for target, spots in questions.items():
        marks = [state for _rect, state in spots]
        if MarkState.UNCERTAIN in marks or marks.count(MarkState.MARKED) > 1:
            rects = [rect for rect, _state in spots]
            x0, y0 = min(r.x for r in rects), min(r.y for r in rects)
            union = Rect(x0, y0, max(r.x + r.w for r in rects) - x0, max(r.y + r.h for r in rects) - y0)
            side = rects[0].w
            crops[target] = crop_png(page, layout, union, left=side, right=QUESTION_LABEL_ROOM, up=2 * side,
                                     down=side)
    return [replace(box, crop_png=crops[box.target]) if box.target in crops else box for box in boxes]


def _fingerprint(page_id: PageId, boxes: list[BoxReading]) -> str:
    """The same sheet scanned again gives the same page id and the same marks; a sheet filled in anew
    does not (two sheets of one page id with different marks are both shown to the coordinator)."""
    marks = "".join(box.state.value[0] for box in boxes)
    return hashlib.sha256(f"{page_id.encode()}|{marks}".encode()).hexdigest()[:32]


def _unidentified(page: ScannedImage, index: int, grey: np.ndarray, codes) -> PageReading:
    """No FlatApp page id: a blank back, a page too dark to read, or a page that is not FlatApp's."""
    small = cv2.resize(grey, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    paper = float(np.percentile(small, 90))
    if paper < TOO_DARK:
        return _problem(page, index, None, grey, DARK)
    margin = round(small.shape[0] * 10 / 297)
    if not codes and ink_share(paper_normalised(small), margin) < BLANK_BELOW:
        return PageReading(page.source, index, None, blank=True, fingerprint="")
    if codes:
        return _problem(page, index, None, grey, NOT_OURS + " (wel een andere QR-code)")
    return _problem(page, index, None, grey, NOT_OURS + ", of hij is onleesbaar (vlek, vouw of afgesneden)")


def _problem(page: ScannedImage, index: int, page_id: PageId | None, grey: np.ndarray, why: str) -> PageReading:
    """A page a person must look at: the scan as it came (smaller), and why."""
    # As scanned (not made white: a person must see why it failed), at about 100 dpi.
    image = stored_page_png(cv2.medianBlur(grey, 3), min(1.0, 1169 / max(grey.shape)))
    coarse = cv2.resize(grey, (24, 34), interpolation=cv2.INTER_AREA) // 32
    return PageReading(page.source, index, page_id, problem=why, image_png=image,
                       fingerprint=hashlib.sha256(coarse.tobytes()).hexdigest()[:32])
