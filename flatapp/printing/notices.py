"""What a renderer shortened or left out, for the command line and the designer to tell the user.

A renderer calls ``report("…")`` (a Dutch sentence) wherever it has to cut user text or leave a part
out; the caller collects those sentences around the render with ``collect_notices()``. Outside a
collection ``report`` does nothing, so renderers stay plain functions. No reportlab, no Qt here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[list[str] | None] = ContextVar("flatapp_print_notices", default=None)
QUOTE_CHARS = 40


@contextmanager
def collect_notices() -> Iterator[list[str]]:
    """The notices reported while the block runs (each sentence once, in order)."""
    notices: list[str] = []
    token = _current.set(notices)
    try:
        yield notices
    finally:
        _current.reset(token)


def report(text: str) -> None:
    notices = _current.get()
    if notices is not None and text not in notices:
        notices.append(text)


def excerpt(text: str, chars: int = QUOTE_CHARS) -> str:
    """The start of ``text`` on one line, for a notice: 'Stichting Welzijn Sneek en omstr…'."""
    plain = " ".join(str(text).split())
    return plain if len(plain) <= chars else plain[:chars - 1].rstrip() + "…"


def report_shortened(what: str, original: str, shown: str) -> None:
    """'De contactregel onderaan (212 tekens) past niet en is ingekort tot: "Vragen? Bel …".'"""
    report(f"{what} ({len(' '.join(original.split()))} tekens) past niet en is ingekort tot: "
           f"“{excerpt(shown, 60)}”.")
