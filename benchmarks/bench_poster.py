"""Poster speed: the A1 portrait poster with the six default panels, charts as vectors.

Run: ``.venv/bin/python benchmarks/bench_poster.py [--repeat R]``.

The content comes from the demo database (built once in a temp folder, untimed). The first, cold
render is timed on its own: it includes importing matplotlib and svglib and registering the fonts.
Then the best of R renders after that warm-up.

Baseline, measured in the same run: a plain reportlab canvas page of the same size writing the same
text strings (titles, leads, labels, figures, notes) in the same embedded font.
Goal: the warm poster under 2 s (exits 1 when missed).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 2.0


def build_content(folder: Path):
    from flatapp.demo import create_demo_database
    from flatapp.storage.database import open_database
    from flatapp.tent.service import tent_content

    path = folder / "demo.sqlite"
    create_demo_database(str(path))
    database = open_database(str(path))
    with database.session() as session:
        return tent_content(session, 1)


def strings(content) -> list[str]:
    from flatapp.tent.content import DEFAULT_PANELS

    texts = [content.building_name, content.round_name, content.headline, content.privacy_line]
    for panel in content.chosen(DEFAULT_PANELS):
        texts += [panel.title, panel.lead, panel.note, panel.call, panel.empty, panel.extra_title]
        texts += [f"{b.label} {b.figure.text}" for b in panel.bars + panel.extra_bars]
        texts += [f"{n.value} {n.caption}" for n in panel.big_numbers]
        texts += [f"{t.label} {t.join.text} {t.organise.text}" for t in panel.topics]
    return [t for t in texts if t]


def baseline(texts: list[str]) -> int:
    """A plain reportlab canvas: one A1 page with the same strings, one per line."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from flatapp.printing.fonts import register_fonts

    regular, _ = register_fonts()
    canvas = Canvas(io.BytesIO(), pagesize=(594 * mm, 841 * mm), initialFontName=regular)
    y = 841 * mm - 80
    for text in texts:
        canvas.setFont(regular, 28)
        canvas.drawString(60, y, text)
        y -= 34
    canvas.showPage()
    canvas.save()
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        content = build_content(Path(folder))
    texts = strings(content)

    start = time.perf_counter()
    from flatapp.printing.poster import render_poster
    from flatapp.tent.options import PosterOptions

    options = PosterOptions(size="A1", orientation="portrait")
    render_poster(content, options, io.BytesIO())
    cold = time.perf_counter() - start

    def best(function) -> float:
        times = []
        for _ in range(args.repeat):
            begin = time.perf_counter()
            function()
            times.append(time.perf_counter() - begin)
        return min(times)

    baseline(texts)   # untimed: registers the fonts
    base = best(lambda: baseline(texts))
    poster = best(lambda: render_poster(content, options, io.BytesIO()))
    ok = poster < GOAL_SECONDS
    print(f"A1 staand, 6 panelen, best of {args.repeat}")
    print(f"  baseline (zelfde teksten, kaal canvas) {base:7.3f} s")
    print(f"  poster, eerste koude keer (met imports) {cold:7.3f} s")
    print(f"  poster                                 {poster:7.3f} s  {poster / base:7.1f}× baseline"
          f"  {'ok' if ok else 'TE TRAAG'}")
    print(f"Doel: onder {GOAL_SECONDS:.0f} s.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
