"""The one rule for text cells in every CSV and xlsx FlatApp writes: never a live formula.

A spreadsheet runs a cell that starts with = + - @ (and, after a tab, CR or LF, often too) as a
formula: ``=HYPERLINK(…)`` in a street name would be a link in the coordinator's Excel (OWASP "CSV
injection"). Such text gets a leading apostrophe, which Excel shows as text. Text that already
starts with apostrophes before such a character gets one more, so ``restore`` gives back exactly
what was stored (the importers call it). Numbers stay numbers; only text is touched, so a house
number stored as the text "-1" is written as '-1 and read back as -1.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it."""
    if text.startswith(FORMULA_START) or (text.startswith("'") and text.lstrip("'").startswith(FORMULA_START)):
        return "'" + text
    return text


def restore(text: str) -> str:
    """The text ``neutralise`` was given (for importers reading FlatApp's own exports back)."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text


def safe_cell(value: object) -> object:
    """A value for a spreadsheet cell: text neutralised, numbers, dates and None as they are."""
    return neutralise(value) if isinstance(value, str) else value
