"""Imported text made safe to keep: no control characters, no garbled characters, no live formulas.

A stored street name ends up on letters, in CSV exports and in a terminal: an escape sequence or
a bidi override in it would act there, so they are removed on reading. A file that mixes UTF-8
with a stray Windows-1252 byte is read as UTF-8 with only that byte taken as Windows-1252, so
one bad byte no longer turns every 'ó' of the file into 'Ã³'. Text that still looks garbled
that way is recognised, so the import never writes it over a good name.
"""

from __future__ import annotations

import codecs
import re

from flatapp.domain.export_cells import FORMULA_START

# Terminal escape sequences (CSI, OSC, two-character ESC forms, 8-bit CSI), removed as a whole.
_ESCAPES = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -~]?)|\x9b[0-?]*[ -/]*[@-~]?")
# C0 controls but tab, line feed and carriage return (a cell's white space, normalised later),
# DEL, C1 controls, and the invisible marks that reorder text (bidi overrides and isolates).
_CONTROLS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_UNSAFE = re.compile(r"\x1b|\x9b|" + _CONTROLS)
_CONTROL_CHARS = re.compile(_CONTROLS)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def remove_unsafe(text: str) -> str:
    """``text`` without escape sequences and control characters (tab, CR and LF stay)."""
    if _UNSAFE.search(text) is None:
        return text                               # the common case, one scan in C
    return _CONTROL_CHARS.sub("", _ESCAPES.sub("", text))


# A cell FlatApp's own exports wrote as "'=1+1" so that a spreadsheet shows text, not a formula: the
# reader gives back the original text with flatapp.domain.export_cells.restore (the one rule).
_NEUTRALISED = re.compile("'[" + re.escape("".join(FORMULA_START)) + "]")


def may_hold_neutralised(text: str) -> bool:
    return _NEUTRALISED.search(text) is not None


# UTF-8 read as Windows-1252: 'ó' (C3 B3) shows as 'Ã³', 'é' as 'Ã©', '’' as 'â€™'.
_GARBLED = re.compile("[\u00c2\u00c3\u00c5][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                      "|\u00e2\u20ac[\u0080-\u00ff\u2018-\u203a\u2122\u0153]")


def garbled_original(text: str) -> str | None:
    """The text meant, when ``text`` is UTF-8 that was read as Windows-1252 ('DÃ³umastraat' →
    'Dóumastraat'); None when it does not look garbled."""
    if _GARBLED.search(text) is None:
        return None
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
MIXED_ENCODING = "utf-8+cp1252"


def _stray_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    piece = error.object[error.start:error.end]
    return piece.decode("cp1252", errors="replace").replace("\ufffd", ""), error.end


def decode_mostly_utf8(data: bytes) -> str | None:
    """A file that is UTF-8 but for a few stray Windows-1252 bytes (a name typed in another program
    and pasted in), decoded as UTF-8 with only the stray bytes as Windows-1252; None when the file
    is not mostly UTF-8 (then the whole file is Windows-1252)."""
    sequences = _UTF8_SEQUENCE.findall(data)
    valid = len(sequences)
    if not valid:
        return None
    stray = len(_HIGH_BYTE.findall(data)) - sum(map(len, sequences))
    if stray > valid:
        return None
    try:
        codecs.lookup_error("flatapp-stray-cp1252")
    except LookupError:
        codecs.register_error("flatapp-stray-cp1252", _stray_as_cp1252)
    return data.decode("utf-8", errors="flatapp-stray-cp1252")
