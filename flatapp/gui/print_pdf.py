"""Print a PDF that FlatApp wrote (door lists, forms, letters, posters) through the system print dialog.

QtPdf renders each page at the printer's resolution (capped, see ``MAX_DPI``) and the image is
painted on the printer's full page at its real size, so boxes and type keep their printed size.
The PDF itself stays the reference: what is printed is what the PDF shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from flatapp.services.errors import UserError

# A plain name, so that pyside6-lupdate finds the texts: translate("Context", "Dutch text").
translate = QCoreApplication.translate

# A4 at 300 dpi is a 35 MB image; at 1200 dpi it would be 550 MB per page. Text and boxes
# are sharp at 300 dpi, so higher printer resolutions are not worth the memory and time.
MAX_DPI = 300
# A poster at 300 dpi would be 560 MB (A0); its type is large, so fewer pixels per inch do.
# 80 million pixels (320 MB) is A1 at about 300 dpi and A0 at about 210 dpi.
MAX_PIXELS = 80_000_000


def print_pdf(pdf_path: Path, parent: QWidget | None, printer: QPrinter | None = None) -> bool:
    """Ask for a printer and print every page (or the chosen range) of ``pdf_path``.

    Returns False when the user cancels the dialog. Raises ``UserError`` (in the UI language) when the PDF
    cannot be read or the printer cannot be started. ``printer`` is for tests (a PDF printer).
    """
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:  # pragma: no cover - depends on the installation
        raise UserError(translate("PrintPdf", "Printen kan niet: het onderdeel QtPdf ontbreekt in deze "
                                  "installatie. Open de PDF en print die vanuit een PDF-lezer.")) from None

    path = Path(pdf_path)
    document = QPdfDocument(parent)
    try:
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise UserError(translate("PrintPdf", "De PDF '{name}' kan niet worden geopend om te printen.").format(
                name=path.name))
        pages = document.pageCount()

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path.stem)
        # The paper of the PDF itself (A4 door lists, an A5 handout, an A1 poster); the dialog may change it.
        first = document.pagePointSize(0)
        portrait = QSizeF(min(first.width(), first.height()), max(first.width(), first.height()))
        printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if first.width() > first.height()
                                   else QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, pages)

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("PrintPdf", "Printen"))
        dialog.setMinMax(1, pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        _print_pages(document, printer, _page_numbers(printer, pages))
        return True
    finally:
        document.close()
        document.deleteLater()


def _page_numbers(printer: QPrinter, pages: int) -> list[int]:
    """Zero-based pages to print: all, or the range chosen in the dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(pages, printer.toPage() or pages)
        return list(range(first - 1, last))
    return list(range(pages))


def _print_pages(document, printer: QPrinter, numbers: list[int]) -> None:
    # The dialog hands over copies to the driver where it can; otherwise print them ourselves.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    order = [n for n in numbers for _ in range(copies)] if not printer.collateCopies() else numbers * copies
    printer.setFullPage(True)  # paint on the whole sheet, so 1 PDF point stays 1 point on paper
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(translate("PrintPdf", "De printer kan niet worden gestart. Controleer of de printer "
                                  "aan staat."))
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        target.moveTo(0, 0)
        for index, number in enumerate(order):
            if index:
                printer.newPage()
            size = document.pagePointSize(number)
            scale = min(dpi / 72, (MAX_PIXELS / (size.width() * size.height())) ** 0.5)
            image = on_white_paper(document.render(
                number, QSize(round(size.width() * scale), round(size.height() * scale))))
            painter.drawImage(_fit(size.width(), size.height(), target), image)
    finally:
        painter.end()


def on_white_paper(image: QImage) -> QImage:
    """The page on white paper: QtPdf renders on a transparent background."""
    if not image.hasAlphaChannel():
        return image
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def _fit(width: float, height: float, target: QRectF) -> QRectF:
    """The largest rectangle with the page's proportions, centred in ``target``."""
    scale = min(target.width() / width, target.height() / height)
    w, h = width * scale, height * scale
    return QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h)
