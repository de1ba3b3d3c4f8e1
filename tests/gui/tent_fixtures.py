"""Shared by the tent's GUI tests (helpers, not fixtures: each test module wraps them): the demo database (made once per run, copied per test) and small
stand-in renderers (reportlab pages with the title and panel names) that record the options they get."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from flatapp.tent.content import PANEL_TITLES
from flatapp.tent.options import HANDOUT_SIZES_MM

_DEMO: dict[str, Path] = {}
SLIDE_SIZE = (1280, 720)   # points, 16:9


def demo_copy(tmp_path_factory, target: Path) -> Path:
    """A fresh copy of the demo database (the demo is built once per test run: about 3 s)."""
    key = str(tmp_path_factory.getbasetemp())
    if key not in _DEMO:
        from flatapp.demo import create_demo_database

        source = tmp_path_factory.mktemp("tent-demo") / "demo.sqlite"
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("FLATAPP_HOME", str(source.parent / "home"))
            create_demo_database(source)
        _DEMO[key] = source
    source = _DEMO[key]
    for suffix in ("", "-wal", "-shm"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copy(part, target.with_name(target.name + suffix))
    return target


def open_demo(tmp_path_factory, tmp_path: Path):
    """The demo database (a private copy) opened for one test; the caller disposes of it."""
    from flatapp.storage.database import open_database

    return open_database(demo_copy(tmp_path_factory, tmp_path / "demo.sqlite"), backup_dir=tmp_path / "backups")


class StandIns:
    """Renderers like flatapp.printing's, drawing only the title and panel names; ``calls`` records options."""

    def __init__(self):
        self.calls: list[tuple[str, object]] = []

    def poster(self, content, options, out, fit=None) -> int:
        self.calls.append(("poster", options))
        width, height = options.page_size_mm
        pdf = canvas.Canvas(out, pagesize=(width * mm, height * mm))
        pages = [options.panels] if not options.per_theme else [(key,) for key in options.panels]
        for keys in pages:
            pdf.setFillColor(options.style.colour)
            pdf.rect(0, height * mm - 120, width * mm, 120, fill=1, stroke=0)
            pdf.setFillColor("#000000")
            pdf.setFont("Helvetica", 30)
            pdf.drawString(40, height * mm - 200, options.title_for(content.building_name))
            for i, key in enumerate(keys):
                panel = content.panel(key)
                pdf.drawString(40, height * mm - 260 - 40 * i, PANEL_TITLES[key] + (f" {panel.empty}" if panel.is_empty else ""))
            pdf.showPage()
        pdf.save()
        return len(pages)

    def slides(self, content, options, out) -> int:
        self.calls.append(("slides", options))
        pdf = canvas.Canvas(out, pagesize=SLIDE_SIZE)
        for text in (options.title_for(content.building_name), *(PANEL_TITLES[key] for key in options.panels)):
            pdf.setFont("Helvetica", 40)
            pdf.drawString(60, 600, text)
            pdf.showPage()
        pdf.save()
        return 1 + len(options.panels)

    def handout(self, content, options, out) -> int:
        self.calls.append(("handout", options))
        width, height = HANDOUT_SIZES_MM[options.size]
        pdf = canvas.Canvas(out, pagesize=(width * mm, height * mm))
        pdf.drawString(30, height * mm - 50, f"Folder {content.building_name}")
        pdf.showPage()
        pdf.drawString(30, height * mm - 50, options.next_steps[:60])
        pdf.showPage()
        pdf.save()
        return 2

    def signup(self, content, options, out) -> int:
        self.calls.append(("signup", options))
        pdf = canvas.Canvas(out, pagesize=(210 * mm, 297 * mm))
        topics = [topic.label for topic in content.sign_up_topics] or ["Onderwerp"]
        for label in topics:
            pdf.drawString(40, 780, label)
            for row in range(options.rows):
                pdf.line(40, 700 - 30 * row, 550, 700 - 30 * row)
            pdf.showPage()
        pdf.save()
        return len(topics)

    def renderers(self) -> dict:
        return {"poster": self.poster, "slides": self.slides, "handout": self.handout, "signup": self.signup}

    def last(self, kind: str):
        return next(options for name, options in reversed(self.calls) if name == kind)

