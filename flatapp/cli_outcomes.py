"""`flatapp outcomes export|import`: a round's door visits to and from Excel / CSV (no Qt).

``add_outcome_commands`` adds the commands to the `flatapp` parser; each handler takes the argparse
Namespace (with ``.db``), raises ``UserError`` for bad input (``flatapp.cli.main`` prints it) and
returns the exit code. An import is one transaction: every row, or nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flatapp.cli_support import (
    EXIT_FAILED,
    EXIT_OK,
    round_of,
    run_file_import,
    say,
    say_list,
    session_of,
    usage_handler,
)


def cmd_outcomes_export(args: argparse.Namespace) -> int:
    from flatapp.services.outcomes_io import export_outcomes

    target = Path(args.output)
    with session_of(args, write=True) as session:
        count = export_outcomes(session, round_of(session, args).id, target)
    say(f"{count} deurbezoeken geschreven naar {target}.")
    return EXIT_OK


def cmd_outcomes_import(args: argparse.Namespace) -> int:
    from flatapp.services.outcomes_io import OutcomesImportError, import_outcomes

    result = run_file_import(args, import_outcomes, OutcomesImportError)
    if result is None:
        return EXIT_FAILED
    say(result.summary())
    say_list(result.warnings, "let op: ")
    return EXIT_OK


def add_outcome_commands(subparsers, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `outcomes export|import` to the `flatapp` sub-commands; returns the `outcomes` parser."""
    parser = subparsers.add_parser("outcomes", parents=[common_parent],
                                   help="deurbezoeken van een ronde naar of uit Excel/CSV")
    parser.set_defaults(handler=usage_handler(parser))
    commands = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    export = commands.add_parser(
        "export", parents=[common_parent], help="alle deurbezoeken naar .xlsx of .csv",
        description="Eén rij per bezoek: Woning, Datum (de avond), Tijd, Uitkomst (code), Omschrijving, Team, "
                    "Later terug, Notitie. De export wordt in het logboek vastgelegd.")
    export.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    export.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    export.add_argument("-o", "--output", required=True, metavar="BESTAND", help="BESTAND.xlsx of BESTAND.csv")
    export.set_defaults(handler=cmd_outcomes_export)

    importer = commands.add_parser(
        "import", parents=[common_parent], help="deurbezoeken inlezen uit .xlsx of .csv (zelfde indeling als export)",
        description="Dezelfde controles als bij 'Deuren invullen'. Alles of niets: bij een fout wordt niets "
                    "opgeslagen. Een bezoek dat er al is (zelfde woning, avond, tijd en uitkomst) wordt "
                    "overgeslagen, dus twee keer hetzelfde bestand inlezen verdubbelt niets.")
    importer.add_argument("file", metavar="BESTAND", help="CSV- of Excel-bestand met de deurbezoeken")
    importer.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    importer.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    importer.set_defaults(handler=cmd_outcomes_import)
    return parser
