"""The tent's commands of `flatapp`: what the coordinator takes to the residents, and the quotes.

    flatapp poster        --round NAME [--size A1] [--orientation portrait] [--panels a,b,…] [--per-theme] -o FILE
    flatapp slides        --round NAME -o FILE
    flatapp handout       --round NAME [--size A5] [--next-steps FILE] -o FILE
    flatapp signup-sheets --round NAME [--rows 14] -o FILE
    flatapp quotes        --round NAME [--approve ID [--text TEXT] | --reject ID]
    flatapp publish       --round NAME [--threshold N] [--list]

Every public document is built from the round's latest publication: disclosure-controlled figures of
the whole round, frozen by ``flatapp publish`` (flatapp.disclosure.publications); there is no filter by
entrance or floor on purpose. ``--threshold N`` raises the smallest group shown above 5 (never below).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flatapp.cli_support import EXIT_OK, round_of, say, session_of

PANEL_HELP = ("panelen in deze volgorde, met komma's: kerncijfers, kennen, helpen, onderwerpen, overlast, "
              "citaten, verdiepingen, samenhang (standaard de eerste vijf en samenhang)")


def _style(args: argparse.Namespace):
    from flatapp.tent.options import TentStyle

    return TentStyle(organisation=args.organisation or "", logo=args.logo, colour=args.colour,
                     contact=args.contact or "")


def _options(args: argparse.Namespace):
    """The options object of the command; a ValueError (Dutch) becomes a UserError."""
    from flatapp.services.errors import UserError
    from flatapp.tent import options

    try:
        if args.kind in ("poster", "slides"):
            panels = tuple(p for p in (args.panels or "").split(",") if p.strip()) or options.DEFAULT_PANELS
            return options.PosterOptions(size=args.size, orientation=args.orientation, panels=panels,
                                         per_theme=args.per_theme, title=args.title or "", style=_style(args))
        if args.kind == "handout":
            next_steps = ""
            if args.next_steps:
                from flatapp.importing.table_reader import decode_text  # Dutch Notepad/Word text files

                path = Path(args.next_steps)
                try:
                    _check_text_file(path)          # stat first: a FIFO or device would make a read hang
                    next_steps, _encoding = decode_text(path, path.read_bytes())
                except OSError as error:
                    raise UserError(f"Het tekstbestand '{path}' kan niet worden gelezen "
                                    f"({error.strerror or error}).") from None
            return options.HandoutOptions(size=args.size, next_steps=next_steps, style=_style(args))
        return options.SignUpOptions(rows=args.rows, style=_style(args))
    except ValueError as error:
        raise UserError(str(error)) from None


MAX_TEXT_BYTES = 1_000_000


def _check_text_file(path: Path) -> None:
    import os
    import stat

    from flatapp.services.errors import UserError

    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"'{path}' is een map; geef bij --next-steps het tekstbestand zelf.")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"'{path}' is geen gewoon bestand (maar een apparaat of pijp); geef bij --next-steps "
                        "een tekstbestand.")
    if info.st_size > MAX_TEXT_BYTES:
        raise UserError(f"Het tekstbestand '{path}' is {info.st_size // 1000} kB; voor 'Wat gebeurt er nu?' past "
                        "hooguit een halve pagina tekst. Kies het juiste bestand of maak de tekst korter.")


def cmd_tent_document(args: argparse.Namespace) -> int:
    from flatapp.services.output_files import check_target
    from flatapp.tent.service import print_tent_pdf

    check_target(Path(args.output), "pdf")     # before any work; the writer checks again
    options = _options(args)
    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        printed = print_tent_pdf(session, round_row.id, args.kind, options, Path(args.output))
    from flatapp.cli_printing import show_printed

    show_printed(printed, prefix="Geschreven: ")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from flatapp.disclosure.publications import list_publications
    from flatapp.domain.dutch import dutch_moment
    from flatapp.tent.service import make_publication

    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        if args.list:
            rows = list_publications(session, round_row.id)
            if not rows:
                say(f"Ronde '{round_row.name}' heeft nog geen publicatie.")
            for row in rows:
                say(f"{row.number:>3}  {dutch_moment(row.created_at)}  drempel {row.threshold}  {row.created_by}")
                if row.note:
                    say(f"     {row.note}")
            return EXIT_OK
        row = make_publication(session, round_row.id, args.threshold)
    say(f"Publicatie {row.number} van ronde '{round_row.name}' gemaakt (drempel {row.threshold}). Posters, dia's, "
        "folders en inschrijflijsten tonen vanaf nu deze cijfers.")
    if row.note:
        say(row.note)
    return EXIT_OK


def cmd_quotes(args: argparse.Namespace) -> int:
    from flatapp.services import quotes
    from flatapp.services.errors import UserError

    if args.text is not None and args.approve is None:
        raise UserError("--text hoort bij --approve: de tekst waarmee het citaat wordt goedgekeurd.")
    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        rows = {row.interview_id: row for row in quotes.list_quotes(session, round_row.id)}
        chosen = args.approve if args.approve is not None else args.reject
        if chosen is not None and chosen not in rows:
            raise UserError(f"Citaat {chosen} hoort niet bij ronde '{round_row.name}' (of de bewoner gaf "
                            "geen toestemming); 'flatapp quotes --round …' toont de nummers.")
        if args.approve is not None:
            row = quotes.approve_quote(session, args.approve,
                                       args.text if args.text is not None else rows[args.approve].source_text,
                                       rows[args.approve].version)
            say(f"Citaat {row.interview_id} goedgekeurd: “{row.public_text}”")
            for hint in quotes.identifying_hints(row.public_text):
                say(f"  Let op: {hint}")
        elif args.reject is not None:
            quotes.reject_quote(session, args.reject, rows[args.reject].version)
            say(f"Citaat {args.reject} afgewezen.")
        else:
            from flatapp.domain.tiers import Tier
            from flatapp.services.activity import log_activity

            # Stories as typed are confidential: the list says so first and is logged as shown.
            say(Tier.CONFIDENTIAL.line)
            if not rows:
                say(f"Ronde '{round_row.name}' heeft geen verhalen waarvoor de bewoner toestemming gaf.")
            for row in rows.values():
                say(f"{row.interview_id:>5}  {row.status_label:<24} {row.public_text}")
            log_activity(session, "quotes.list", f"Verhalen van ronde '{round_row.name}' getoond "
                         f"({len(rows)})", round_row.building_id, tier=Tier.CONFIDENTIAL, target="scherm",
                         round_id=round_row.id)
    return EXIT_OK


def add_tent_commands(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:
    """Add `poster`, `slides`, `handout`, `signup-sheets` and `quotes` to the `flatapp` sub-commands."""
    from flatapp.disclosure.rules import MIN_THRESHOLD
    from flatapp.tent.options import DEFAULT_COLOUR

    style = argparse.ArgumentParser(add_help=False)
    style.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    style.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    style.add_argument("-o", "--output", required=True, metavar="BESTAND", help="het PDF-bestand dat wordt geschreven")
    style.add_argument("--organisation", metavar="NAAM", help="naam van de organisatie onderaan")
    style.add_argument("--logo", metavar="BESTAND", help="logo van de organisatie (PNG of JPG)")
    style.add_argument("--colour", default=DEFAULT_COLOUR, metavar="#RRGGBB", help="hoofdkleur (standaard %(default)s)")
    style.add_argument("--contact", metavar="TEKST", help="contactregel, bijv. 'Vragen? Bel Anja: 06-12345678'")

    def poster_like(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(name, parents=[common_parent, style], help=help_text, description=description)
        parser.add_argument("--orientation", default="portrait", choices=("portrait", "landscape", "staand", "liggend"),
                            help="staand (standaard) of liggend")
        parser.add_argument("--panels", metavar="LIJST", help=PANEL_HELP)
        parser.add_argument("--title", metavar="TITEL", help="titel (standaard 'Zo wonen we samen in <flat>')")
        parser.set_defaults(handler=cmd_tent_document, kind=name, per_theme=False, size="A1")
        return parser

    poster = poster_like("poster", "poster met de uitkomsten voor de bewoners (PDF, A0–A3)",
                         "Een poster voor de bewoners: alleen cijfers die de privacyregels doorstaan, "
                         "zonder namen of huisnummers.")
    poster.add_argument("--size", default="A1", choices=("A0", "A1", "A2", "A3"), help="papierformaat (standaard A1)")
    poster.add_argument("--per-theme", action="store_true", help="één poster per paneel in plaats van één poster")
    poster_like("slides", "dia's voor een diavoorstelling in de tent (PDF, 16:9)",
                "Een titeldia en één dia per paneel, met dezelfde inhoud als de poster.")

    handout = subparsers.add_parser("handout", parents=[common_parent, style],
                                    help="bewonersfolder: de belangrijkste cijfers en wat er nu gebeurt (PDF)",
                                    description="Een folder van twee kanten (A4 of A5) om mee te geven in de tent.")
    handout.add_argument("--size", default="A5", choices=("A4", "A5"), help="papierformaat (standaard A5)")
    handout.add_argument("--next-steps", metavar="BESTAND",
                         help="tekstbestand met 'Wat gebeurt er nu?' (standaard een algemene tekst)")
    handout.set_defaults(handler=cmd_tent_document, kind="handout")

    signup = subparsers.add_parser("signup-sheets", parents=[common_parent, style],
                                   help="inschrijflijsten per onderwerp (PDF, A4)",
                                   description="Per onderwerp een lijst om op te schrijven, met een "
                                               "toestemmingsregel voor contact.")
    signup.add_argument("--rows", type=int, default=14, help="regels per lijst (5–30, standaard %(default)s)")
    signup.set_defaults(handler=cmd_tent_document, kind="signup-sheets")

    quotes = subparsers.add_parser(
        "quotes", parents=[common_parent], help="verhalen van bewoners beoordelen voor de poster",
        description="Toont de verhalen waarvoor de bewoner toestemming gaf. Alleen goedgekeurde citaten "
                    "komen op een poster, folder of dia.")
    quotes.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    quotes.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    action = quotes.add_mutually_exclusive_group()
    action.add_argument("--approve", type=int, metavar="NUMMER", help="keur dit citaat goed")
    action.add_argument("--reject", type=int, metavar="NUMMER", help="wijs dit citaat af")
    quotes.add_argument("--text", metavar="TEKST",
                        help="bij --approve: de tekst zoals die getoond mag worden (zonder namen en huisnummers)")
    quotes.set_defaults(handler=cmd_quotes)

    publish = subparsers.add_parser(
        "publish", parents=[common_parent], help="de openbare cijfers van een ronde vastleggen (publicatie)",
        description="Legt de openbare cijfers van de ronde vast. Posters, dia's, folders en inschrijflijsten "
                    "tonen daarna steeds deze cijfers, ook als er gesprekken bijkomen. Een nieuwe publicatie "
                    "houdt cijfers tegen die door vergelijken met een eerdere publicatie de antwoorden van "
                    "enkele bewoners zouden verraden.")
    publish.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    publish.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    publish.add_argument("--threshold", type=int, default=MIN_THRESHOLD, metavar="N",
                         help="kleinste groep die wordt getoond (minimaal en standaard %(default)s; alleen hoger mag)")
    publish.add_argument("--list", action="store_true", help="toon de publicaties van de ronde in plaats van te publiceren")
    publish.set_defaults(handler=cmd_publish)
