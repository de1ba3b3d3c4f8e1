"""`flatapp privacy erase|inzage|retention|purge|log|record`: the rights of a resident and the privacy
officer's tools on the command line (no Qt).

Erasing a home and purging a round cannot be undone: without ``--yes`` they only show what would be
removed. A purge before the round's retention date also needs ``--now``. After either, the database
file is compacted so the removed text is gone from the file itself, and the backups that still hold
it are listed (removed only with ``--delete-backups``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from flatapp.cli_support import EXIT_FAILED, EXIT_OK, open_database_of, round_of, say, session_of, usage_handler


def _building_id(session, args: argparse.Namespace) -> int | None:
    from flatapp.services.buildings import get_building

    return get_building(session, args.building).id if getattr(args, "building", None) else None


def _dutch_date(text: str | None, what: str):
    from flatapp.services.rounds import parse_dutch_date

    return parse_dutch_date(text, what) if text else None


def _backups_note(database, moment: datetime, delete: bool) -> None:
    """Backups made before ``moment`` still hold the removed data: list them, remove them on request."""
    from flatapp.paths import app_paths
    from flatapp.privacy.retention import backups_before, delete_backups

    folder = app_paths().backups
    old = backups_before(folder, moment)
    if not old:
        say(f"Er zijn geen oudere reservekopieën in {folder}.")
        return
    if delete:
        with database.session() as session, session.begin():
            removed = delete_backups(session, old)
        say(f"{len(removed)} oudere reservekopieën verwijderd uit {folder}.")
        return
    say(f"Deze {len(old)} reservekopieën in {folder} zijn van eerder en bevatten de gegevens nog:")
    for backup in old:
        say(f"  {backup.label}")
    say("Verwijder ze met dezelfde opdracht en --delete-backups (kopieën die u zelf elders bewaart, staan "
        "niet in deze lijst).")


def cmd_erase(args: argparse.Namespace) -> int:
    from flatapp.privacy.compact import compact_storage
    from flatapp.privacy.erase import erase_home, plan_erasure
    from flatapp.privacy.household import find_home

    database = open_database_of(args)
    try:
        with database.session() as session:
            home = find_home(session, args.building, args.home)
            plan = plan_erasure(session, home.id)
        if not args.yes:
            say(f"Wissen van woning {plan.home_code} ({plan.address}) verwijdert:")
            for line in plan.lines() or ["niets: er staan geen persoonsgegevens van deze woning in de database"]:
                say(f"  - {line}")
            say("Het adres blijft (het hoort bij de flat). Wissen kan niet ongedaan worden gemaakt; voer dezelfde "
                "opdracht opnieuw uit met --yes om te wissen.")
            return EXIT_FAILED
        moment = datetime.now()
        with database.session() as session, session.begin():
            result = erase_home(session, plan.home_id)
        say(result.summary)
        say(compact_storage(database.engine).text)
        _backups_note(database, moment, args.delete_backups)
    finally:
        database.dispose()
    return EXIT_OK


def cmd_access(args: argparse.Namespace) -> int:
    from flatapp.privacy.access import write_access_letter
    from flatapp.privacy.household import find_home

    target = Path(args.output)
    with session_of(args, write=True) as session:
        home = find_home(session, args.building, args.home)
        pages = write_access_letter(session, home.id, target)
    say(f"Inzage voor woning {home.code} geschreven: {target} ({pages} pagina's). Vertrouwelijk: geef het alleen "
        "aan de bewoners zelf.")
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from flatapp.domain.dutch import dutch_date
    from flatapp.privacy.retention import retention_rows, set_retention

    until = _dutch_date(args.until, "bewaardatum")
    if until is not None and not args.round:
        from flatapp.services.errors import UserError

        raise UserError("Noem de ronde waarvan u de bewaartermijn wijzigt: --round NAAM --until DD-MM-JJJJ.")
    database = open_database_of(args)
    try:
        if until is not None:
            with database.session() as session, session.begin():
                row = set_retention(session, round_of(session, args).id, until)
            say(f"Ronde '{row.round_name}': persoonsgegevens bewaard tot en met {dutch_date(row.retention_until)}.")
            return EXIT_OK
        with database.session() as session:
            building_id = _building_id(session, args)
            rows = retention_rows(session, building_id)
            if args.round:
                wanted = round_of(session, args).id
                rows = [row for row in rows if row.round_id == wanted]
    finally:
        database.dispose()
    if not rows:
        say("Geen rondes.")
    for row in rows:
        how = "" if row.explicit else " (standaard: een jaar na de laatste avond)"
        say(f"{row.building_name}, ronde '{row.round_name}': {row.state_label}{how}")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from flatapp.domain.dutch import dutch_date
    from flatapp.privacy.compact import compact_storage
    from flatapp.privacy.retention import plan_purge, purge_round, retention_rows

    database = open_database_of(args)
    try:
        with database.session() as session:
            round_id = round_of(session, args).id
            plan = plan_purge(session, round_id)
            (row,) = [r for r in retention_rows(session) if r.round_id == round_id]
        if row.purged_at is None and not row.due and not args.now:
            print(f"fout: de bewaartermijn van ronde '{plan.round_name}' loopt tot en met "
                  f"{dutch_date(plan.retention_until)}; er is niets opgeschoond. Wilt u nu al opschonen, gebruik "
                  "dan --now (en --yes).", file=sys.stderr)
            return EXIT_FAILED
        if not args.yes:
            early = ("" if row.due or row.purged_at
                     else f" (vóór de bewaartermijn van {dutch_date(plan.retention_until)})")
            say(f"Opschonen van ronde '{plan.round_name}'{early} verwijdert:")
            for line in plan.lines():
                say(f"  - {line}")
            say("De cijfers (gesloten antwoorden, respons) en de publicaties blijven. Opschonen kan niet ongedaan "
                "worden gemaakt; voer dezelfde opdracht opnieuw uit met --yes om op te schonen.")
            return EXIT_FAILED
        moment = datetime.now()
        with database.session() as session, session.begin():
            result = purge_round(session, round_id, now=args.now)
        say(result.summary)
        say(compact_storage(database.engine).text)
        _backups_note(database, moment, args.delete_backups)
    finally:
        database.dispose()
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    import csv

    from flatapp.privacy.log import HEADER, KINDS, export_privacy_log, privacy_log

    if args.kind and args.kind not in KINDS:
        from flatapp.services.errors import UserError

        raise UserError(f"Onbekende soort '{args.kind}'; kies uit: {', '.join(KINDS)}.")
    since, until = _dutch_date(args.since, "begindatum"), _dutch_date(args.until, "einddatum")
    with session_of(args, write=True) as session:
        rows = privacy_log(session, building_id=_building_id(session, args), kind=args.kind, since=since,
                           until=until)
        if args.output:
            count = export_privacy_log(session, rows, Path(args.output))
            say(f"{count} regels van het privacylogboek geschreven naar {args.output}.")
            return EXIT_OK
    if args.format == "csv":
        from flatapp.domain.export_cells import safe_cell
        from flatapp.domain.tiers import Tier

        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow([Tier.CONFIDENTIAL.csv_line(";")])
        writer.writerow(HEADER)
        writer.writerows([safe_cell(cell) for cell in row.cells()] for row in rows)
        return EXIT_OK
    if not rows:
        say("Het privacylogboek is leeg (voor deze keuze).")
    for row in rows:
        where = f" → {row.target}" if row.target else ""
        tier = f" [{row.tier_label}]" if row.tier_label else ""
        say(f"{row.moment}  {row.user or '-'}  {row.kind_label}{tier}{where}: {row.summary}")
    return EXIT_OK


def cmd_record(args: argparse.Namespace) -> int:
    from flatapp.paths import app_paths
    from flatapp.privacy.record import write_processing_record

    target = Path(args.output)
    database = open_database_of(args)
    try:
        with database.session() as session, session.begin():
            round_ = round_of(session, args)
            pages = write_processing_record(session, round_.id, target, database.url, app_paths().backups)
    finally:
        database.dispose()
    say(f"Verwerkingsregister van ronde '{round_.name}' geschreven: {target} ({pages} pagina).")
    return EXIT_OK


def add_privacy_commands(subparsers, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `privacy …` to the `flatapp` sub-commands; returns the `privacy` parser."""
    parser = subparsers.add_parser("privacy", parents=[common_parent],
                                   help="rechten van bewoners (AVG): wissen, inzage, bewaartermijn, logboek")
    parser.set_defaults(handler=usage_handler(parser))
    commands = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    def home_args(command) -> None:
        command.add_argument("--building", required=True, metavar="FLAT", help="naam van de flat")
        command.add_argument("--home", required=True, metavar="CODE", help="code van de woning, bijvoorbeeld VF-012")

    def round_args(command, required: bool = True) -> None:
        command.add_argument("--round", required=required, metavar="NAAM", help="naam van de ronde")
        command.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")

    erase = commands.add_parser(
        "erase", parents=[common_parent], help="alle persoonsgegevens van één woning wissen (AVG art. 17)",
        description="Wist de gesprekken (alle bewoners, alle rondes), verhalen, contactgegevens, correcties, "
                    "toestemmingen en de verwijzingen van andere bewoners naar deze woning. Zonder --yes wordt "
                    "alleen getoond wat er gewist zou worden.")
    home_args(erase)
    erase.add_argument("--yes", action="store_true", help="echt wissen (kan niet ongedaan worden gemaakt)")
    erase.add_argument("--delete-backups", action="store_true",
                       help="ook de oudere reservekopieën verwijderen (die bevatten de gegevens nog)")
    erase.set_defaults(handler=cmd_erase)

    access = commands.add_parser(
        "inzage", parents=[common_parent], help="alles wat over één woning is opgeslagen, als brief (AVG art. 15)",
        description="Een PDF-brief voor de bewoners, in gewone woorden. Vertrouwelijk; wordt gelogd.")
    home_args(access)
    access.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", help="de inzagebrief (PDF)")
    access.set_defaults(handler=cmd_access)

    retention = commands.add_parser(
        "retention", parents=[common_parent], help="bewaartermijnen tonen of wijzigen",
        description="Zonder --until: de bewaartermijn van elke ronde. Met --round en --until: een nieuwe datum "
                    "(standaard is een jaar na de laatste avond).")
    round_args(retention, required=False)
    retention.add_argument("--until", metavar="DD-MM-JJJJ", help="bewaren tot en met deze datum")
    retention.set_defaults(handler=cmd_retention)

    purge = commands.add_parser(
        "purge", parents=[common_parent], help="persoonsgegevens van een ronde opschonen na de bewaartermijn",
        description="Verwijdert namen, contactgegevens, verhalen, open antwoorden, wie-kent-wie, notities en "
                    "namen van vrijwilligers; de cijfers en publicaties blijven. Zonder --yes wordt alleen "
                    "getoond wat er zou worden verwijderd; vóór de bewaartermijn is ook --now nodig.")
    round_args(purge)
    purge.add_argument("--now", action="store_true", help="nu al opschonen, vóór de bewaartermijn")
    purge.add_argument("--yes", action="store_true", help="echt opschonen (kan niet ongedaan worden gemaakt)")
    purge.add_argument("--delete-backups", action="store_true",
                       help="ook de oudere reservekopieën verwijderen (die bevatten de gegevens nog)")
    purge.set_defaults(handler=cmd_purge)

    log = commands.add_parser(
        "log", parents=[common_parent], help="het privacylogboek: exports, afdrukken met namen, wissen, toestemming",
        description="Nieuwste eerst. Met -o wordt het logboek als .csv of .xlsx opgeslagen (en dat wordt gelogd).")
    log.add_argument("--building", metavar="FLAT", help="alleen deze flat")
    log.add_argument("--kind", metavar="SOORT", help="consent, erase, purge, access, record, publication, export "
                                                     "of print")
    log.add_argument("--since", metavar="DD-MM-JJJJ", help="vanaf deze dag")
    log.add_argument("--until", metavar="DD-MM-JJJJ", help="tot en met deze dag")
    log.add_argument("--format", choices=("table", "csv"), default="table",
                     help="als tabel op het scherm (standaard) of als CSV")
    log.add_argument("-o", "--output", metavar="BESTAND", help="BESTAND.csv of BESTAND.xlsx")
    log.set_defaults(handler=cmd_log)

    record = commands.add_parser(
        "record", parents=[common_parent], help="verwerkingsregister van een ronde (één pagina, intern)")
    round_args(record)
    record.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", help="het verwerkingsregister (PDF)")
    record.set_defaults(handler=cmd_record)
    return parser
