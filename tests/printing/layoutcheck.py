"""Checks of a printed page's scan layout against the page itself: the QR page id read back from a
rendered image, every recorded box drawn where the layout says, boxes inside the page and apart."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from flatapp.scanning.page_layout import MARK_INSET, MARK_SIZE, PageLayout, Rect
from flatapp.scanning.readings import PageId

MM = 72 / 25.4


def render_page(pdf: Path, page: int, dpi: int = 150):
    """Page ``page`` (1-based) as a greyscale PIL image, rendered by pdftoppm."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    png = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray", "-png",
                          str(pdf)], check=True, capture_output=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def read_page_ids(image) -> list[PageId | None]:
    """Every QR code on the image, decoded as a page id (None for a code that is not one)."""
    import zxingcpp

    return [PageId.decode(code.text) for code in zxingcpp.read_barcodes(image)]


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def _inside(rect: Rect, layout: PageLayout) -> bool:
    inset = MARK_INSET - MARK_SIZE / 2          # nothing reaches past the corner marks' outer edge
    return (rect.x >= inset and rect.y >= inset and rect.x + rect.w <= layout.width - inset
            and rect.y + rect.h <= layout.height - inset)


def assert_layout_sane(layout: PageLayout, min_box_mm: float = 4, min_gap_mm: float = 2) -> None:
    """Every box and field inside the area the marks span, boxes ≥ ``min_box_mm`` and at least
    ``min_gap_mm`` apart, nothing overlapping anything else (nor the QR code or a corner mark)."""
    marks = [Rect(x - MARK_SIZE / 2, y - MARK_SIZE / 2, MARK_SIZE, MARK_SIZE) for x, y in layout.marks]
    spots = [("box", b.target, b.value, b.rect) for b in layout.boxes]
    spots += [("field", f.target, "", f.rect) for f in layout.fields]
    for kind, target, value, rect in spots:
        assert _inside(rect, layout), (kind, target, value, rect)
        for mark in marks + ([layout.qr] if layout.qr else []):
            assert not _overlap(rect, mark), (kind, target, value, rect, mark)
    for box in layout.boxes:
        assert box.rect.w >= min_box_mm * MM - 0.01 and box.rect.h >= min_box_mm * MM - 0.01, box
    for index, (kind, target, value, rect) in enumerate(spots):
        for other in spots[index + 1:]:
            assert not _overlap(rect, other[3]), ((kind, target, value), other[:3])
            if kind == "box" and other[0] == "box":
                grown = rect.grown(min_gap_mm * MM - 0.01)
                assert not _overlap(grown, other[3]), ("boxes too close", (target, value), other[1:3])
    keys = [(b.target, b.value) for b in layout.boxes]
    assert len(keys) == len(set(keys)), "a box is recorded twice"


def assert_boxes_drawn(image, layout: PageLayout, dpi: int) -> None:
    """Each recorded box is printed there: its border is dark on all four sides, its inside blank."""
    scale = dpi / 72

    def pixel(x: float, y: float) -> int:
        return image.getpixel((round(x * scale), round((layout.height - y) * scale)))

    def darkest(x: float, y: float) -> int:
        """The darkest pixel within 1 pt of (x, y)."""
        px, py, reach = round(x * scale), round((layout.height - y) * scale), round(scale) + 1
        return min(image.getpixel((px + dx, py + dy)) for dx in range(-reach, reach + 1)
                   for dy in range(-reach, reach + 1))

    for box in layout.boxes:
        r = box.rect
        cx, cy = r.x + r.w / 2, r.y + r.h / 2
        for x, y in ((r.x, cy), (r.x + r.w, cy), (cx, r.y), (cx, r.y + r.h)):
            assert darkest(x, y) < 110, (box.target, box.value, "no border at", x, y)
        inside = [pixel(cx + dx * r.w / 4, cy + dy * r.h / 4) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        assert min(inside) > 200, (box.target, box.value, "the box is not empty inside")
