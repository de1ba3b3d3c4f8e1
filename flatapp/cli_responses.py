"""`flatapp responses export|import`: the answers of a round to and from Excel / CSV (no Qt).

``add_response_commands`` adds the commands to the `flatapp` parser; each handler takes the argparse
Namespace (with ``.db``), raises ``UserError`` for bad input (``flatapp.cli.main`` prints it) and
returns the exit code. An import is one transaction: every row, or (without --skip-invalid) nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flatapp.cli_support import round_of, run_file_import, say, say_list, session_of, usage_handler

EXIT_OK, EXIT_FAILED = 0, 1



def cmd_responses_export(args: argparse.Namespace) -> int:
    from flatapp.services.responses_io import export_responses

    target = Path(args.output)
    with session_of(args, write=True) as session:
        count = export_responses(session, round_of(session, args).id, target)
    say(f"{count} gesprekken geschreven naar {target}.")
    return EXIT_OK


def cmd_responses_import(args: argparse.Namespace) -> int:
    from flatapp.services.responses_io import ResponsesImportError, import_responses

    result = run_file_import(args, import_responses, ResponsesImportError, skip_invalid=args.skip_invalid)
    if result is None:
        return EXIT_FAILED
    say(result.summary())
    say_list(result.issues, "overgeslagen: ")
    return EXIT_OK


def add_response_commands(subparsers, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `responses export|import` to the `flatapp` sub-commands; returns the `responses` parser."""
    parser = subparsers.add_parser("responses", parents=[common_parent],
                                   help="antwoorden van een ronde naar of uit Excel/CSV")
    parser.set_defaults(handler=usage_handler(parser))
    commands = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    export = commands.add_parser(
        "export", parents=[common_parent], help="afgeronde gesprekken naar .xlsx of .csv",
        description="Eén rij per afgerond gesprek, een kolom per vraagcode; codes, geen teksten. "
                    "De export wordt in het logboek vastgelegd.")
    export.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    export.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    export.add_argument("-o", "--output", required=True, metavar="BESTAND", help="BESTAND.xlsx of BESTAND.csv")
    export.set_defaults(handler=cmd_responses_export)

    importer = commands.add_parser(
        "import", parents=[common_parent], help="gesprekken inlezen uit .xlsx of .csv (zelfde indeling als export)",
        description="Alles of niets: bij een fout wordt niets opgeslagen, tenzij --skip-invalid. "
                    "Een bestaand gesprek wordt bijgewerkt (met geschiedenis), nooit verdubbeld.")
    importer.add_argument("file", metavar="BESTAND", help="CSV- of Excel-bestand met de ingevulde formulieren")
    importer.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    importer.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    importer.add_argument("--skip-invalid", action="store_true", help="rijen met fouten overslaan en de rest inlezen")
    importer.set_defaults(handler=cmd_responses_import)
    return parser
