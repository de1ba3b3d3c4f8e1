"""The one checked writer for every file FlatApp writes for the user (PDF, xlsx, CSV, JSON).

Two promises, for the command line and the window alike:

* nothing is written over a database (an SQLite file, whatever its name), a folder, a device or
  pipe, or an existing file of another kind than the output (a PDF may replace a PDF, a workbook a
  workbook, a CSV or JSON file a text file);
* a file appears whole or not at all: it is written to a temporary file in the same folder, flushed
  to disk and then moved into place with ``os.replace``. A full disk or any error removes the
  temporary file and leaves an existing target as it was.

``safe_file_name`` makes a file name a dialog may suggest from a round's name (never a path).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from flatapp.services.errors import UserError

T = TypeVar("T")

SQLITE_MAGIC = b"SQLite format 3\x00"
DATABASE_SUFFIXES = {".sqlite", ".sqlite3", ".db", ".db3"}     # never an output's name
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class OutputKind:
    label: str              # Dutch, for messages: 'een PDF'
    article: str            # 'de PDF'
    example: str            # 'uitvoer.pdf'

    @property
    def noun(self) -> str:  # 'PDF'
        return self.label.split(" ", 1)[1]


KINDS = {
    "pdf": OutputKind("een PDF", "de PDF", "uitvoer.pdf"),
    "xlsx": OutputKind("een Excel-werkmap", "de werkmap", "uitvoer.xlsx"),
    "csv": OutputKind("een CSV-bestand", "het CSV-bestand", "uitvoer.csv"),
    "json": OutputKind("een JSON-bestand", "het JSON-bestand", "uitvoer.json"),
}


def kind_of_suffix(path: Path | str, default: str = "pdf") -> str:
    """'xlsx' for 'a.xlsx', 'csv' for 'a.CSV', … (``default`` for anything else)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in KINDS else default


# --- checking the target ---------------------------------------------------------------------------

def check_target(target: Path | str, kind: str) -> Path:
    """``target`` as a Path when FlatApp may write ``kind`` there; else a UserError in Dutch.

    Reads at most 64 kB of an existing regular file (never opens a FIFO or device: stat first).
    """
    target = Path(target)
    what = KINDS[kind]
    folder = target.parent if str(target.parent) else Path(".")
    if str(target) in ("", ".") or target.name in ("", ".", ".."):
        raise UserError(f"'{target}' is geen bestandsnaam; geef een naam voor {what.article}, "
                        f"bijvoorbeeld '{what.example}'.")
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise UserError(f"'{target}' kan niet worden bekeken ({_reason(error)}); kies een andere plek "
                        f"voor {what.article}.") from None
    if info is None:
        if not folder.is_dir():
            raise UserError(f"De map '{folder}' bestaat niet; kies een bestaande map voor {what.article} "
                            "(of maak de map eerst aan).")
        return _check_suffix(target, kind)
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"'{target}' is een map; geef een bestandsnaam voor {what.article}, bijvoorbeeld "
                        f"'{target / what.example}'.")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"'{target}' is geen gewoon bestand (maar een apparaat, pijp of socket); FlatApp "
                        f"schrijft daar niets naartoe. Kies een gewone bestandsnaam voor {what.article}.")
    head = _head(target)
    if head.startswith(SQLITE_MAGIC):
        raise UserError(f"'{target}' is een database (SQLite-bestand); FlatApp schrijft nooit {what.label} "
                        "over een database heen, want dan zijn de gegevens weg. Kies een andere bestandsnaam, "
                        f"bijvoorbeeld '{folder / what.example}'.")
    if head and not _same_kind(target, head, kind):
        raise UserError(f"'{target}' bestaat al en is geen {what.noun}; "
                        "FlatApp overschrijft geen bestand van een ander soort. Kies een andere bestandsnaam "
                        "of verplaats dat bestand eerst.")
    return _check_suffix(target, kind)


def _check_suffix(target: Path, kind: str) -> Path:
    """A name that says database or another output ('x.sqlite', 'x.xlsx' for a PDF) is refused, new or not."""
    suffix = target.suffix.lower()
    if suffix in DATABASE_SUFFIXES or suffix in {f".{other}" for other in KINDS if other != kind}:
        raise UserError(f"'{target.name}' eindigt op {suffix}, maar hier wordt {KINDS[kind].label} geschreven; geef "
                        f"een naam die eindigt op .{kind}, bijvoorbeeld '{target.with_suffix('.' + kind).name}'.")
    return target


def _head(target: Path) -> bytes:
    try:
        with open(target, "rb") as stream:
            return stream.read(_SNIFF_BYTES)
    except OSError as error:
        raise UserError(f"'{target}' bestaat al en kan niet worden gelezen ({_reason(error)}); FlatApp "
                        "overschrijft het daarom niet. Kies een andere bestandsnaam.") from None


def _same_kind(target: Path, head: bytes, kind: str) -> bool:
    """Does an existing, non-empty file look like the output it would be replaced by?"""
    if kind == "pdf":
        return head.lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"%PDF-")
    if kind == "xlsx":
        if not head.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(target) as archive:
                return "xl/workbook.xml" in archive.namelist()
        except (zipfile.BadZipFile, OSError):
            return False
    return _looks_like_text(head)


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):           # UTF-16 text (Excel's 'Unicode text')
        return True
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:                        # not just a character cut at 64 kB
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13))
    return controls <= len(head) // 100


# --- writing ---------------------------------------------------------------------------------------

def write_output(target: Path | str, kind: str, write: Callable[[BinaryIO], T]) -> T:
    """Check ``target``, run ``write`` into a temporary file beside it, then move it into place.

    Returns what ``write`` returns. A UserError from ``write`` passes unchanged; an OSError (full disk,
    no rights) becomes a UserError in Dutch. Nothing half-written is ever left behind.
    """
    def into_path(temporary: Path) -> T:
        with open(temporary, "wb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        return result

    return write_output_path(target, kind, into_path)


def write_output_path(target: Path | str, kind: str, write: Callable[[Path], T]) -> T:
    """As ``write_output``, for writers that want a path (they write the temporary file given)."""
    target = check_target(target, kind)
    what = KINDS[kind]
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        os.close(handle)
    except OSError as error:
        raise UserError(f"In de map '{folder}' kan geen bestand worden geschreven ({_reason(error)}); "
                        f"kies een andere map voor {what.article}.") from None
    temporary = Path(name)
    try:
        result = write(temporary)
        check_target(target, kind)          # nothing else appeared there while we wrote
        # A temporary file is private (0600); the output gets the usual permissions for a document.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        try:
            os.replace(temporary, target)
        except PermissionError:
            raise UserError(f"'{target}' kan niet worden overschreven; is het bestand nog open in een ander "
                            "programma (een PDF-lezer of Excel)? Sluit het en probeer het opnieuw.") from None
    except OSError as error:
        raise UserError(f"{what.article[0].upper()}{what.article[1:]} '{target.name}' kon niet worden "
                        f"geschreven in '{folder}' ({_reason(error)}); er is niets veranderd. "
                        f"{_advice(error)}") from None
    finally:
        temporary.unlink(missing_ok=True)
    return result


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _advice(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "De schijf is vol: maak ruimte vrij of kies een andere schijf."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "U mag in die map niet schrijven: kies een andere map, bijvoorbeeld uw Documenten."
    return "Kies een andere map of probeer het opnieuw."


# --- suggested file names ----------------------------------------------------------------------------

_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                     *(f"LPT{n}" for n in range(1, 10))}
MAX_NAME = 120


def safe_file_name(*parts: str, suffix: str = "") -> str:
    """A file name (never a path) from ``parts``: 'deurlijsten', 'Najaar/2026' → 'deurlijsten-Najaar-2026'.

    Separators, drive colons, wildcards, control characters and spaces become '-'; dots at the ends of
    a piece go (so '..' never survives as a path step); Windows' reserved names get a '_'; the name is
    at most 120 characters before ``suffix`` ('.pdf'). An empty result becomes 'flatapp'.
    """
    text = "-".join(unicodedata.normalize("NFC", str(p)) for p in parts if p is not None)
    pieces = (piece.strip(" .-") for piece in _NOT_IN_NAMES.sub(" ", text).replace("-", " ").split())
    name = "-".join(piece for piece in pieces if piece)[:MAX_NAME].rstrip(" .-") or "flatapp"
    if name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = "_" + name
    return name + suffix
