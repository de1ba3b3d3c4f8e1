"""`flatapp scan FILE.pdf|FOLDER --round R`: read a scanned stack into a round (no Qt).

Prints the Dutch summary: pages read, forms drafted, door outcomes saved, items waiting for review,
unreadable pages with why, duplicates. Exits non-zero only on an error (a page that needs a person is no
error: it waits in the window's review).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flatapp.cli_support import EXIT_OK, round_of, say, say_list, session_of


def reader():
    """The page reader; tests replace it (``flatapp.cli_scan.reader``)."""
    from flatapp.scanning.stack import default_reader

    return default_reader()


def cmd_scan(args: argparse.Namespace) -> int:
    from flatapp.scanning.stack import scan_stack

    with session_of(args, write=True) as session:
        round_ = round_of(session, args)
        summary = scan_stack(session, round_.id, [Path(p) for p in args.paths], read=reader())
    head, *rest = summary.lines()
    say(f"Ronde '{round_.name}': {head}")
    say_list(rest, "")
    return EXIT_OK


def add_scan_commands(subparsers, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "scan", parents=[common_parent], help="gescande formulieren en deurlijsten inlezen",
        description="Leest een gescande stapel (een PDF, afbeeldingen of een map) in: formulieren worden "
                    "concepten met de zekere antwoorden, aangekruiste deurlijsten deuruitkomsten van die avond. "
                    "Wat een mens moet bekijken wacht in het venster (Ronde › Scans nakijken…).")
    parser.add_argument("paths", nargs="+", metavar="BESTAND_OF_MAP", help="PDF, afbeelding(en) of map met scans")
    parser.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    parser.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    parser.set_defaults(handler=cmd_scan)
    return parser
