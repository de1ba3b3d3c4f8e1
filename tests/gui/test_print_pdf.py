"""Printing a PDF through the print dialog: offscreen, to a PDF printer, the dialog accepted by a stub."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from flatapp.gui import print_pdf as module  # noqa: E402
from flatapp.services.errors import UserError  # noqa: E402


class AcceptingDialog:
    """Stands in for QPrintDialog: records what was asked and accepts (or cancels)."""

    accept = True
    seen: list[tuple[int, int]] = []

    def __init__(self, printer, parent=None):
        self.printer = printer

    def setWindowTitle(self, title):  # noqa: N802 (Qt API)
        pass

    def setMinMax(self, low, high):  # noqa: N802
        AcceptingDialog.seen.append((low, high))

    def setOption(self, option, on=True):  # noqa: N802
        pass

    def exec(self):
        return QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected


def _pdf(path: Path, pages: int) -> Path:
    canvas = Canvas(str(path))
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 48)
        canvas.drawString(72, 700, f"Pagina {number}")
        canvas.rect(72, 400, 200, 200, fill=1)
        canvas.showPage()
    canvas.save()
    return path


def _printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def dialog(monkeypatch):
    AcceptingDialog.accept = True
    AcceptingDialog.seen = []
    monkeypatch.setattr(module, "QPrintDialog", AcceptingDialog)
    return AcceptingDialog


def test_prints_every_page_on_a4(qapp, tmp_path, dialog):
    source = _pdf(tmp_path / "bron.pdf", 3)
    out = tmp_path / "geprint.pdf"
    assert module.print_pdf(source, None, printer=_printer(out)) is True
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5
        # The page carries the rendered image (QtPdf renders, the printer gets pixels).
        assert "/XObject" in page["/Resources"]
    assert dialog.seen == [(1, 3)]


def test_page_range_from_the_dialog(qapp, tmp_path, dialog, monkeypatch):
    source = _pdf(tmp_path / "bron.pdf", 4)
    out = tmp_path / "geprint.pdf"
    printer = _printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)

    original = module.QPrinter.setFromTo

    class RangeDialog(AcceptingDialog):
        def exec(self):
            original(self.printer, 2, 3)  # the user typed 2–3
            return super().exec()

    monkeypatch.setattr(module, "QPrintDialog", RangeDialog)
    assert module.print_pdf(source, None, printer=printer) is True
    assert len(PdfReader(out).pages) == 2


def test_cancel_prints_nothing(qapp, tmp_path, dialog):
    dialog.accept = False
    out = tmp_path / "geprint.pdf"
    assert module.print_pdf(_pdf(tmp_path / "bron.pdf", 1), None, printer=_printer(out)) is False
    assert not out.exists()


def test_unreadable_pdf_is_a_dutch_error(qapp, tmp_path, dialog):
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"dit is geen pdf")
    with pytest.raises(UserError, match="kan niet worden geopend"):
        module.print_pdf(broken, None, printer=_printer(tmp_path / "uit.pdf"))


@pytest.mark.parametrize("size_mm, landscape", [((594, 841), False), ((420, 297), True), ((148, 210), False)])
def test_the_printer_takes_the_paper_of_the_pdf(qapp, tmp_path, dialog, size_mm, landscape):
    """An A1 poster goes to A1 paper (or a plotter), a landscape A3 to landscape A3, a handout to A5."""
    source = tmp_path / "poster.pdf"
    canvas = Canvas(str(source), pagesize=(size_mm[0] * mm, size_mm[1] * mm))
    canvas.drawString(72, 72, "Poster")
    canvas.save()
    printed = tmp_path / "printed.pdf"
    assert module.print_pdf(source, None, printer=_printer(printed))
    box = PdfReader(str(printed)).pages[0].mediabox
    assert (round(float(box.width) / mm), round(float(box.height) / mm)) == size_mm
    assert (float(box.width) > float(box.height)) == landscape
