"""The pages of a scanned stack as grey images: a multi-page PDF from a copier (rendered with PDFium), or
images from a copier or a phone (PNG, JPEG, TIFF with one or more pages, BMP).

Qt-free. Pages are produced one at a time, so a stack of 400 pages never sits in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from flatapp.services.errors import UserError

# PDF pages are rendered at this resolution: what the goals are measured at, and enough for 5 mm boxes.
PDF_DPI = 200


@dataclass(frozen=True)
class ScannedImage:
    source: str          # "stapel.pdf p. 3", or the image's file name
    grey: np.ndarray     # uint8, one channel


def count_pages(paths: list[Path]) -> int:
    """How many pages the files hold (for the progress bar); a file that cannot be opened counts as one."""
    total = 0
    for path in paths:
        try:
            if path.suffix.lower() == ".pdf":
                with _pdf(path) as document:
                    total += len(document)
            elif path.suffix.lower() in (".tif", ".tiff"):
                total += max(1, cv2.imcount(str(path)))
            else:
                total += 1
        except (UserError, cv2.error, OSError):
            total += 1
    return total


def scanned_pages(paths: list[Path]) -> Iterator[ScannedImage | str]:
    """Every page of every file in order: its image, or (a file that cannot be read at all) a Dutch line
    naming the file and why."""
    for path in paths:
        try:
            if path.suffix.lower() == ".pdf":
                yield from _pdf_pages(path)
            elif path.suffix.lower() in (".tif", ".tiff"):
                yield from _tiff_pages(path)
            elif path.suffix.lower() in (".heic", ".heif"):
                yield (f"{path.name} is een HEIC-foto (iPhone) en die kan FlatApp niet lezen; zet de camera van de "
                       "telefoon op 'Meest compatibel' (JPEG) of bewaar de foto als JPEG, en lees hem opnieuw in")
            else:
                yield ScannedImage(path.name, _decode(path.read_bytes(), path.name))
        except UserError as error:
            yield str(error)
        except OSError as error:
            yield f"{path.name} kon niet worden gelezen ({error.strerror or error})"


class _pdf:
    """A PDF document opened with PDFium, closed on exit."""

    def __init__(self, path: Path):
        import pypdfium2

        try:
            self.document = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError:       # its own words are English; the reasons a copier's PDF fails:
            raise UserError(f"{path.name} is geen leesbare PDF (leeg, beschadigd of met een wachtwoord "
                            "beveiligd)") from None

    def __enter__(self):
        return self.document

    def __exit__(self, *exc) -> None:
        self.document.close()


def _pdf_pages(path: Path) -> Iterator[ScannedImage]:
    with _pdf(path) as document:
        for number in range(len(document)):
            page = document[number]
            bitmap = page.render(scale=PDF_DPI / 72, grayscale=True)
            grey = np.array(bitmap.to_numpy(), copy=True)
            if grey.ndim == 3:
                grey = cv2.cvtColor(grey, cv2.COLOR_BGR2GRAY if grey.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)
            bitmap.close()
            page.close()
            yield ScannedImage(f"{path.name} p. {number + 1}", grey)


def _tiff_pages(path: Path) -> Iterator[ScannedImage]:
    ok, pages = cv2.imdecodemulti(np.frombuffer(path.read_bytes(), np.uint8), cv2.IMREAD_GRAYSCALE)
    if not ok or not pages:
        raise UserError(f"{path.name} is geen leesbare TIFF-afbeelding")
    for number, grey in enumerate(pages):
        yield ScannedImage(f"{path.name} p. {number + 1}" if len(pages) > 1 else path.name, _eight_bit(grey))


def _decode(data: bytes, name: str) -> np.ndarray:
    grey = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE) if data else None
    if grey is None:
        raise UserError(f"{name} is geen leesbare afbeelding (leeg of beschadigd bestand)")
    return _eight_bit(grey)


def _eight_bit(grey: np.ndarray) -> np.ndarray:
    if grey.dtype == np.uint16:      # 16-bit scans
        return (grey >> 8).astype(np.uint8)
    return grey.astype(np.uint8, copy=False)
