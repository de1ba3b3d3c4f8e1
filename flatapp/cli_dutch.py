"""The command line's own words in Dutch: argparse's usage, headings, help and error texts.

argparse looks its texts up through gettext (its module-level ``_`` and ``ngettext``) each time it
prints, so ``use_dutch`` puts a small Dutch table in front of them for this process. Texts not in
the table (a newer Python may add some) stay as argparse has them.
"""

from __future__ import annotations

import argparse

DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "optional arguments": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer van FlatApp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
    "not allowed with argument %s": "niet samen met argument %s",
    "one of the arguments %s is required": "een van de argumenten %s is nodig",
    "ignored explicit argument %r": "waarde %r genegeerd",
}
_PLURALS = {"expected %s argument": ("verwacht %s waarde", "verwacht %s waarden")}


def _dutch(text: str) -> str:
    return DUTCH.get(text, text)


def _dutch_n(singular: str, plural: str, count: int) -> str:
    one, many = _PLURALS.get(singular, (singular, plural))
    return one if count == 1 else many


def use_dutch() -> None:
    """From now on argparse speaks Dutch in this process (the `flatapp` command's own)."""
    argparse._ = _dutch                      # type: ignore[attr-defined]
    argparse.ngettext = _dutch_n             # type: ignore[attr-defined]
