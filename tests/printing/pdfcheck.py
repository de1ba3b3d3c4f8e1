"""Reading the printed PDFs back: text per page, text runs with font and size, fonts, page size."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

A4_POINTS = (595.2756, 841.8898)


@dataclass(frozen=True)
class Run:
    text: str
    font: str
    size: float


def page_texts(pdf: Path | bytes) -> list[str]:
    return [page.extract_text() for page in _reader(pdf).pages]


def page_runs(pdf: Path | bytes) -> list[list[Run]]:
    """Per page: each text run with its font name and effective size."""
    pages = []
    for page in _reader(pdf).pages:
        runs: list[Run] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                scale = abs(cm[3] * tm[3]) or 1.0
                runs.append(Run(text.strip(), str((font or {}).get("/BaseFont", "")), size * scale))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def flat(text: str) -> str:
    """All whitespace (line breaks, non-breaking spaces) as single spaces."""
    return " ".join(text.replace("\xa0", " ").split())


def assert_a4(pdf: Path | bytes) -> None:
    reader = _reader(pdf)
    assert reader.pages, "de PDF heeft geen pagina's"
    for number, page in enumerate(reader.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert abs(size[0] - A4_POINTS[0]) < 0.01 and abs(size[1] - A4_POINTS[1]) < 0.01, (number, size)


def assert_fonts_embedded(pdf: Path) -> None:
    """`pdffonts` lists every font; each must say 'emb yes' (skip only without pdffonts)."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    result = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()[2:]
    assert lines, "pdffonts found no fonts"
    for line in lines:
        # name type [encoding] emb sub uni object ID: 'emb' is the 5th column from the right.
        columns = line.split()
        assert columns[-5] == "yes", f"font not embedded: {line}"
        assert "DejaVu" in columns[0], f"unexpected font: {line}"


def codes_in_order(text: str, codes: list[str]) -> list[str]:
    """The question codes that stand on a line of their own (a required one with its *), in order."""
    wanted = set(codes)
    return [line.strip().rstrip("*") for line in text.splitlines() if line.strip().rstrip("*") in wanted]


def words_in_order(needle: str, haystack: str) -> bool:
    """Every word of ``needle`` occurs in ``haystack`` in the same order (other words may come between)."""
    words = iter(flat(haystack).split(" "))
    return all(any(word == candidate for candidate in words) for word in flat(needle).split(" "))


def count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text))


def _reader(pdf: Path | bytes) -> PdfReader:
    if isinstance(pdf, bytes):
        import io

        return PdfReader(io.BytesIO(pdf))
    return PdfReader(str(pdf))


MM = 72 / 25.4


def assert_page_size_mm(pdf: Path | bytes, width_mm: float, height_mm: float, tolerance_pt: float = 0.5) -> None:
    """Every page is ``width_mm`` × ``height_mm`` (within ``tolerance_pt`` points)."""
    reader = _reader(pdf)
    assert reader.pages, "de PDF heeft geen pagina's"
    for number, page in enumerate(reader.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert abs(size[0] - width_mm * MM) <= tolerance_pt and abs(size[1] - height_mm * MM) <= tolerance_pt, \
            (number, size, (width_mm * MM, height_mm * MM))


def image_count(pdf: Path | bytes) -> list[int]:
    """Per page: how many image XObjects it uses (also inside form XObjects)."""
    counts = []
    for page in _reader(pdf).pages:
        seen = 0

        def visit(resources, depth=0):
            nonlocal seen
            xobjects = (resources or {}).get("/XObject") or {}
            for ref in xobjects.values():
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Image":
                    seen += 1
                elif obj.get("/Subtype") == "/Form" and depth < 5:
                    visit(obj.get("/Resources"), depth + 1)

        visit(page.get("/Resources"))
        counts.append(seen)
    return counts


def assert_text_inside_pages(pdf, margin: float = 0.0) -> None:
    """Every glyph run starts inside the page (``margin`` from the left and right edge) and, measured
    with its font, ends inside it too (pypdf's visitor gives each run's position)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from flatapp.printing.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    for number, page in enumerate(_reader(pdf).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        runs = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                scale = abs(cm[0] * tm[0]) or 1.0
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                name = BOLD if "Bold" in str((font or {}).get("/BaseFont", "")) else REGULAR
                runs.append((text.strip(), x, y, stringWidth(text.rstrip(), name, size * scale)))

        page.extract_text(visitor_text=visit)
        assert runs, f"page {number} has no text"
        for text, x, y, run_width in runs:
            assert margin - 0.5 <= x and x + run_width <= width - margin + 0.5, (number, text[:60], x, run_width)
            assert 0 <= y <= height, (number, text[:60], y)
