"""`flatapp signups import|export` and `flatapp followup list|set`: the tent's sign-up sheets and the
follow-up list on the command line (no Qt).

    flatapp signups import FILE --round R          (csv with ; or , / xlsx; all or nothing)
    flatapp signups export --round R -o FILE       (csv/xlsx, Vertrouwelijk, logged)
    flatapp followup list --round R [--status S] [--format table|csv|json]
    flatapp followup set --round R --person ID --status S [--note TEXT]

``followup list`` and ``set`` first bring the round's CT1 forms into the list (``refresh_follow_up``),
so the list is always the one the window shows. Names and phone numbers are confidential: the list's
output names its tier first (on stderr for csv/json, so the data stays machine-readable).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
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


def cmd_signups_import(args: argparse.Namespace) -> int:
    from flatapp.services.sign_ups_io import SignUpsImportError, import_sign_ups

    result = run_file_import(args, import_sign_ups, SignUpsImportError)
    if result is None:
        return EXIT_FAILED
    say(result.summary())
    say_list(result.warnings, "let op: ")
    return EXIT_OK


def cmd_signups_export(args: argparse.Namespace) -> int:
    from flatapp.domain.tiers import Tier
    from flatapp.services.sign_ups_io import export_sign_ups

    target = Path(args.output)
    with session_of(args, write=True) as session:
        count = export_sign_ups(session, round_of(session, args).id, target)
    say(f"{Tier.CONFIDENTIAL.label}: {count} inschrijvingen geschreven naar {target}.")
    return EXIT_OK


def _status(text: str | None) -> str | None:
    return " ".join(text.split()).casefold() if text else None


def cmd_followup_list(args: argparse.Namespace) -> int:
    from flatapp.domain.tiers import Tier
    from flatapp.services.follow_up import follow_up_rows, follow_up_table, log_follow_up_shown, refresh_follow_up

    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        refresh_follow_up(session, round_row.id)
        rows = follow_up_rows(session, round_row.id, _status(args.status))
        log_follow_up_shown(session, round_row.id, len(rows))
    header, table = follow_up_table(rows)
    if args.format == "table":
        say(Tier.CONFIDENTIAL.line)
        if not rows:
            which = f" met status '{args.status}'" if args.status else ""
            say(f"Niemand op de opvolglijst van ronde '{round_row.name}'{which}.")
            return EXIT_OK
        for row in rows:
            say(f"{row.person_id:>4}  {row.status:<14} {row.name or '(geen naam)'}  {row.home_label}")
            details = "; ".join(part for part in (row.contact, row.source_label) if part)
            say(f"      {details}")
            if row.note:
                say(f"      notitie: {row.note}")
        return EXIT_OK
    print(Tier.CONFIDENTIAL.line, file=sys.stderr)
    if args.format == "json":
        data = [dict(zip(header, values)) for values in table]
        json.dump({"tier": Tier.CONFIDENTIAL.value, "round": round_row.name, "rows": data}, sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(table)
    return EXIT_OK


def cmd_followup_set(args: argparse.Namespace) -> int:
    from flatapp.services.follow_up import get_follow_up, refresh_follow_up, set_follow_up

    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        refresh_follow_up(session, round_row.id)
        current = get_follow_up(session, args.person)
        if current.round_id != round_row.id:
            from flatapp.services.errors import UserError

            raise UserError(f"Bewoner {args.person} staat niet op de opvolglijst van ronde '{round_row.name}'; "
                            "'flatapp followup list' toont de nummers.")
        row = set_follow_up(session, args.person, current.version, status=args.status, note=args.note)
    say(f"{row.name or f'Bewoner {row.person_id}'}: {row.status}" + (f" ({row.note})" if row.note else ""))
    return EXIT_OK


def add_signup_commands(subparsers, common_parent: argparse.ArgumentParser) -> None:
    """Add `signups import|export` and `followup list|set` to the `flatapp` sub-commands."""
    from flatapp.storage.followup_models import FOLLOW_UP_STATUSES

    def round_options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
        parser.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")

    signups = subparsers.add_parser("signups", parents=[common_parent],
                                    help="inschrijvingen van de tent inlezen of opslaan (csv/xlsx)")
    signups.set_defaults(handler=usage_handler(signups))
    commands = signups.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    importer = commands.add_parser(
        "import", parents=[common_parent], help="inschrijvingen inlezen uit .csv of .xlsx",
        description="Kolommen: Onderwerp, Naam, Huisnummer, Telefoon, Mag contact, Organiseren (en E-mail). "
                    "Huisnummers worden aan woningen gekoppeld zoals bij 'welke buren'; dezelfde bewoner op "
                    "meerdere lijsten wordt één persoon. Alles of niets: bij een fout wordt niets opgeslagen. "
                    "Een regel die er al is, wordt overgeslagen.")
    importer.add_argument("file", metavar="BESTAND", help="het .csv- of .xlsx-bestand met de inschrijvingen")
    round_options(importer)
    importer.set_defaults(handler=cmd_signups_import)
    export = commands.add_parser("export", parents=[common_parent],
                                 help="alle inschrijvingen van een ronde naar .csv of .xlsx (vertrouwelijk)")
    round_options(export)
    export.add_argument("-o", "--output", required=True, metavar="BESTAND", help="BESTAND.xlsx of BESTAND.csv")
    export.set_defaults(handler=cmd_signups_export)

    followup = subparsers.add_parser("followup", parents=[common_parent],
                                     help="de opvolglijst: wie wil contact, met status en notitie")
    followup.set_defaults(handler=usage_handler(followup))
    commands = followup.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    lister = commands.add_parser(
        "list", parents=[common_parent], help="de opvolglijst tonen (vertrouwelijk)",
        description="Bewoners die op het formulier om contact vroegen (CT1) en bewoners die zich in de tent "
                    "inschreven met 'mag contact', met status en notitie.")
    round_options(lister)
    lister.add_argument("--status", choices=FOLLOW_UP_STATUSES, metavar="STATUS",
                        help=f"alleen deze status ({', '.join(FOLLOW_UP_STATUSES)})")
    lister.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        help="uitvoer als tabel (standaard), csv of json")
    lister.set_defaults(handler=cmd_followup_list)
    setter = commands.add_parser("set", parents=[common_parent], help="status en notitie van één bewoner zetten")
    round_options(setter)
    setter.add_argument("--person", required=True, type=int, metavar="NR",
                        help="het nummer van de bewoner (eerste kolom van 'flatapp followup list')")
    setter.add_argument("--status", required=True, choices=FOLLOW_UP_STATUSES, metavar="STATUS",
                        help=f"de nieuwe status ({', '.join(FOLLOW_UP_STATUSES)})")
    setter.add_argument("--note", metavar="TEKST", help="de notitie (vervangt de vorige)")
    setter.set_defaults(handler=cmd_followup_set)
