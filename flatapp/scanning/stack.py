"""A scanned stack from files to the round: which files (a PDF, images, or a folder of them), reading them
with the page reader, and the intake. The command line and the window both call ``scan_stack``.

The reader (``flatapp.scanning.reader.read_stack`` with ``flatapp.scanning.layouts.layout_for``) is imported
only when a stack is read, so everything else works without OpenCV; tests pass their own ``read``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from flatapp.scanning.intake import IntakeSummary, take_in
from flatapp.scanning.readings import PageReading
from flatapp.services.errors import UserError

SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")
# Photos FlatApp cannot decode but must not skip without a word: they are named as unreadable, with what to do.
NAMED_ONLY = (".heic", ".heif")
TAKEN = SUFFIXES + NAMED_ONLY
# read(paths, layout_for, progress) -> the readings, page by page (the reader's signature).
Read = Callable[..., Iterable[PageReading]]


def stack_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read: each file as given, a folder's PDFs and images by name."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted((p for p in path.iterdir() if p.suffix.lower() in TAKEN and p.is_file()),
                           key=lambda p: p.name.lower())
            if not found:
                raise UserError(f"In de map {path} staan geen PDF's of afbeeldingen ({', '.join(SUFFIXES)}); "
                                "kies de map waarin de scanner of telefoon de scans zette.")
            files += found
        elif path.is_file():
            if path.suffix.lower() not in TAKEN:
                raise UserError(f"{path.name} is geen PDF of afbeelding; kies een scan als PDF, PNG, JPG of TIFF.")
            files.append(path)
        else:
            raise UserError(f"{path} bestaat niet; kies een PDF, een afbeelding of een map met scans.")
    return files


def default_reader() -> Read:
    try:
        from flatapp.scanning.reader import read_stack
    except ImportError as error:
        raise UserError(f"De scanlezer is in deze installatie niet beschikbaar ({error}); installeer FlatApp "
                        "opnieuw met de scanonderdelen (opencv-python-headless, zxing-cpp).") from None
    return read_stack


def layouts_of(session: Session) -> Callable:
    """``layout_for(page_id)`` for the reader, on this session (the layouts module is imported when used)."""
    def layout_for(page_id):
        from flatapp.scanning.layouts import layout_for as find

        return find(session, page_id)

    return layout_for


class _Ticks:
    """The reader's progress: it says how many pages the files hold in all (``ticks(done, total)``) and the
    intake reports each page taken in (``report(done, text)``) to the window's progress, always out of the
    pages (not the files) in all."""

    def __init__(self, progress, total: int):
        self.progress, self.total = progress, total

    def __call__(self, done: int, total: int | None = None, text: str = "") -> None:
        if total:
            self.total = total
        self.check()

    def report(self, done: int, text: str = "") -> None:
        if self.progress is not None:
            self.progress.report(done, max(self.total, done), text)

    def check(self) -> None:
        if self.progress is not None:
            self.progress.check()


def scan_stack(session: Session, round_id: int, paths: Iterable[Path], read: Read | None = None,
               today: date | None = None, progress=None) -> IntakeSummary:
    """Read the scanned files and take them into round ``round_id`` (one transaction, the caller's).
    ``progress`` is the window's (``report(done, total, text)``, ``check()``), or None."""
    files = stack_files(paths)
    reader = read or default_reader()
    layout_for = layouts_of(session)
    ticks = _Ticks(progress, len(files))          # until the reader has counted the pages

    def readings() -> Iterator[PageReading]:
        for reading in reader(files, layout_for, ticks):
            ticks.check()
            yield reading

    def page_done(number: int, source: str) -> None:
        ticks.report(number, f"Pagina {number} gelezen: {source}")

    return take_in(session, round_id, readings(), [f.name for f in files], today=today, progress=page_done)
