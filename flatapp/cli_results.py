"""`flatapp results`: a round's results as JSON (stdout or a file) or an Excel workbook (no Qt).

The JSON keys are documented in ``flatapp.analysis.export``. The confidential parts (network per home,
ties, follow-up list with names) are left out unless ``--confidential`` is given. Every export is
written to the activity log.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def cmd_results(args: argparse.Namespace) -> int:
    from flatapp.analysis.export import results_to_dict, write_xlsx
    from flatapp.analysis.results import compute_results
    from flatapp.cli import _open
    from flatapp.domain.addresses import parse_floor
    from flatapp.services.activity import log_activity
    from flatapp.services.buildings import get_building
    from flatapp.services.errors import UserError
    from flatapp.services.rounds import find_round

    if args.format == "xlsx" and not args.output:
        raise UserError("Geef met -o een bestandsnaam voor het Excel-bestand (bijvoorbeeld -o uitkomsten.xlsx).")
    floor = None
    if args.floor is not None:
        try:
            floor = parse_floor(args.floor)
        except ValueError as error:
            raise UserError(f"--floor: {error}.") from None
    database = _open(args)
    try:
        with database.session() as session, session.begin():
            building_id = get_building(session, args.building).id if args.building else None
            round_row = find_round(session, args.round, building_id)
            results = compute_results(session, round_row.id, entrance=args.entrance, floor=floor)
            target = Path(args.output) if args.output else None
            if args.format == "xlsx":
                write_xlsx(results, target, confidential=args.confidential)
            else:
                text = json.dumps(results_to_dict(results, confidential=args.confidential), ensure_ascii=False,
                                  indent=2)
                if target is None:
                    sys.stdout.write(text + "\n")
                else:
                    target.write_text(text + "\n", encoding="utf-8")
            where = f" naar {target.name}" if target else ""
            kind = "met vertrouwelijke delen" if args.confidential else "zonder vertrouwelijke delen"
            log_activity(session, "results.export",
                         f"Uitkomsten van ronde '{round_row.name}' geëxporteerd als {args.format}{where} ({kind})",
                         round_row.building_id, round_id=round_row.id, format=args.format,
                         confidential=bool(args.confidential), filters=results.filters)
    finally:
        database.dispose()
    if target is not None:
        print(f"Uitkomsten geschreven naar {target}.")
    return EXIT_OK


def add_results_commands(subparsers, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `results` to the `flatapp` sub-commands; returns its parser."""
    parser = subparsers.add_parser(
        "results", parents=[common_parent], help="uitkomsten van een ronde als JSON of Excel",
        description="Respons, antwoorden, onderwerpen, netwerk en samenhang van een ronde. Zonder "
                    "--confidential blijven het netwerk per woning, de verbindingen en de opvolglijst weg.")
    parser.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    parser.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    parser.add_argument("--entrance", metavar="PORTIEK", help="alleen deze portiek (bijv. 'Portiek A' of A)")
    parser.add_argument("--floor", metavar="VERDIEPING", help="alleen deze verdieping (BG, 1e, 2 …)")
    parser.add_argument("--format", choices=("json", "xlsx"), default="json")
    parser.add_argument("-o", "--output", metavar="BESTAND", help="bestand (verplicht bij xlsx; json zonder -o naar het scherm)")
    parser.add_argument("--confidential", action="store_true",
                        help="ook het netwerk per woning, de verbindingen en de opvolglijst (met namen)")
    parser.set_defaults(handler=cmd_results)
    return parser
