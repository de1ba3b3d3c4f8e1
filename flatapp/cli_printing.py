"""The printing commands of `flatapp`: door lists, paper questionnaires and letters as PDF.

    flatapp doorlists --round NAME [--evening DD-MM-JJJJ [UU:MM]] [--team NAME] -o FILE
    flatapp forms     --round NAME [--homes open|all] [--duplex] -o FILE
    flatapp letters   --round NAME [--logo FILE] -o FILE

``add_print_commands`` adds them to the parser of ``flatapp.cli``. The services and reportlab
are imported inside the handlers, so the command line keeps starting fast. A PDF is written to a
temporary file beside the target and then moved into place (flatapp.printing.round_printing).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from flatapp.cli_support import round_of, session_of

EXIT_OK = 0


def add_print_commands(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:
    """Add `doorlists`, `forms` and `letters` to the `flatapp` sub-commands."""

    def round_options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
        parser.add_argument("--building", metavar="FLAT",
                            help="naam van de flat (alleen nodig als twee flats een ronde met die naam hebben)")
        parser.add_argument("-o", "--output", required=True, metavar="BESTAND",
                            help="het PDF-bestand dat wordt geschreven")

    doorlists = subparsers.add_parser(
        "doorlists", parents=[common_parent], help="deurlijsten per team voor een avond (PDF)",
        description="Deurlijsten per team voor één avond: alleen de deuren die nog open zijn, in looproute.",
    )
    round_options(doorlists)
    doorlists.add_argument("--evening", metavar="DATUM",
                           help="de avond als DD-MM-JJJJ, eventueel met begintijd ('25-11-2026 18:30'); "
                                "standaard de eerstvolgende avond")
    doorlists.add_argument("--team", metavar="NAAM", help="alleen de lijst van dit team")
    doorlists.set_defaults(handler=cmd_doorlists)

    forms = subparsers.add_parser(
        "forms", parents=[common_parent], help="papieren vragenlijsten per woning (PDF)",
        description="Een papieren vragenlijst per woning, met de woningcode en het adres voorgedrukt.",
    )
    round_options(forms)
    forms.add_argument("--homes", choices=("open", "all"), default="open",
                       help="open: alleen woningen die nog niet zijn afgerond (standaard); all: alle woningen")
    forms.add_argument("--duplex", action="store_true",
                       help="voor dubbelzijdig printen: een lege achterkant bij een oneven aantal pagina's, "
                            "zodat elke woning op eigen vellen begint")
    forms.set_defaults(handler=cmd_forms)

    letters = subparsers.add_parser(
        "letters", parents=[common_parent], help="aankondigingsbrieven per woning (PDF)",
        description="Een aankondigingsbrief per woning met de avonden waarop wordt aangebeld.",
    )
    round_options(letters)
    letters.add_argument("--logo", metavar="BESTAND", help="logo van de organisatie (PNG of JPG)")
    letters.set_defaults(handler=cmd_letters)


# --- handlers ------------------------------------------------------------------------------

def cmd_doorlists(args: argparse.Namespace) -> int:
    from flatapp.printing.round_printing import print_door_lists

    _check_output(args)
    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        evening = _pick_evening(session, round_row, args.evening)
        team_id = _find_team(session, round_row, args.team) if args.team else None
        printed = print_door_lists(session, round_row.id, evening.id, Path(args.output), team_id=team_id)
    show_printed(printed)
    return EXIT_OK


def cmd_forms(args: argparse.Namespace) -> int:
    from flatapp.printing.round_printing import print_questionnaires

    _check_output(args)
    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        printed = print_questionnaires(session, round_row.id, Path(args.output), which=args.homes,
                                       duplex=args.duplex)
    show_printed(printed)
    return EXIT_OK


def cmd_letters(args: argparse.Namespace) -> int:
    from flatapp.printing.round_printing import print_letters

    _check_output(args)
    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        printed = print_letters(session, round_row.id, Path(args.output),
                                logo=Path(args.logo) if args.logo else None)
    show_printed(printed)
    return EXIT_OK


# --- helpers -------------------------------------------------------------------------------

def _check_output(args: argparse.Namespace) -> None:
    """Refuse a bad -o (the database, a folder, a file of another kind) before any work is done."""
    from flatapp.services.output_files import check_target

    check_target(Path(args.output), "pdf")


def show_printed(printed, prefix: str = "") -> None:
    """The file written, then a warning line per text that was shortened or left out (on stderr)."""
    import sys

    print(f"{prefix}{printed.summary()}")
    for notice in printed.notices:
        print(f"Let op: {notice}", file=sys.stderr)



def _pick_evening(session, round_row, text: str | None):
    """The evening named on the command line, or the first one from today on."""
    from flatapp.services.errors import UserError
    from flatapp.services.rounds import find_evening, list_evenings, parse_dutch_date, parse_time

    if text:
        day_text, _, time_text = text.strip().partition(" ")
        day = parse_dutch_date(day_text, "avond")
        starts = parse_time(time_text, "begintijd") if time_text.strip() else None
        return find_evening(session, round_row.id, day, starts)
    evenings = list_evenings(session, round_row.id)
    if not evenings:
        raise UserError(f"Ronde '{round_row.name}' heeft nog geen avonden; plan eerst een avond.")
    upcoming = [e for e in evenings if e.date >= date.today()]
    if not upcoming:
        known = "; ".join(e.label for e in evenings)
        raise UserError(f"Alle avonden van ronde '{round_row.name}' zijn voorbij; kies er een met "
                        f"--evening DD-MM-JJJJ ({known}).")
    return upcoming[0]


def _find_team(session, round_row, name: str) -> int:
    from flatapp.services.errors import UserError
    from flatapp.services.rounds import list_teams

    teams = list_teams(session, round_row.id)
    wanted = " ".join(name.split()).lower()
    for team in teams:
        if team.name.lower() == wanted:
            return team.id
    known = ", ".join(f"'{t.name}'" for t in teams) or "nog geen teams"
    raise UserError(f"Team '{name}' bestaat niet in ronde '{round_row.name}' (wel: {known}).")
