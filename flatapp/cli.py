"""The `flatapp` command: the GUI by default, and the same services on the command line.

Qt, pandas and matplotlib are imported only inside the commands that need them,
so the command line starts fast and works on a machine without a screen.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

from flatapp import __version__
from flatapp.cli_support import EXIT_FAILED, EXIT_OK, default_target, open_database_of, passphrase_for, say, session_of


def _fail(text: str) -> int:
    print(f"fout: {text}", file=sys.stderr)
    return EXIT_FAILED


# --- commands ---------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace) -> int:
    from flatapp.gui.app import run_gui

    return run_gui(args.db)


def cmd_selftest(args: argparse.Namespace) -> int:
    from flatapp.gui.app import selftest

    return selftest(args.db)


def cmd_import_homes(args: argparse.Namespace) -> int:
    from flatapp.services.home_import import ImportNeedsConfirmation, import_homes_file

    database = open_database_of(args)
    try:
        with database.session() as session, session.begin():
            result = import_homes_file(
                session, Path(args.file), args.building, sheet=args.sheet, skip_invalid=args.skip_invalid,
                accept_changes=args.accept_changes, accept_large=args.accept_large,
            )
    except ImportNeedsConfirmation as question:
        print(f"fout: {question}", file=sys.stderr)
        for change in question.changes[:20]:
            print(f"  rij {change.row_number}, woning {change.code}: {change.before} → {change.after}", file=sys.stderr)
        if len(question.changes) > 20:
            print(f"  … en nog {len(question.changes) - 20} woning(en)", file=sys.stderr)
        flag = "--accept-changes" if question.kind == "changes" else "--accept-large"
        print(f"Kloppen de gegevens, voer dezelfde opdracht dan opnieuw uit met {flag}.", file=sys.stderr)
        return EXIT_FAILED
    finally:
        database.dispose()
    say(result.summary())
    for issue in result.issues:
        say(f"  {issue}")
    return EXIT_OK if result.written else EXIT_FAILED


def _home_dicts(args: argparse.Namespace) -> list[dict[str, object]]:
    """The block's homes; the listing is logged (confidential: addresses with home codes) as shown on
    the screen ('scherm'), the usual place of a command's output."""
    from flatapp.domain.tiers import Tier
    from flatapp.services.activity import log_activity
    from flatapp.services.buildings import get_building
    from flatapp.services.homes import list_home_rows

    with session_of(args, write=True) as session:
        building = get_building(session, args.building)
        rows = [row.export_dict() for row in list_home_rows(session, building.id)]
        log_activity(session, "homes.list", f"Woningen van flat '{building.name}' getoond ({args.format}, "
                     f"{len(rows)} woningen)", building.id, tier=Tier.CONFIDENTIAL, target="scherm",
                     format=args.format)
        return rows


def cmd_homes(args: argparse.Namespace) -> int:
    """The homes as a table, CSV or JSON; each names its tier first (confidential: addresses with the
    home codes that link them to the answers): the table's and the CSV's first line, the JSON's ``tier``
    and ``tier_line`` keys before ``homes``."""
    from flatapp.domain.tiers import Tier
    from flatapp.services.homes import EXPORT_COLUMNS

    rows = _home_dicts(args)
    tier = Tier.CONFIDENTIAL
    if args.format == "json":
        json.dump({"tier": tier.value, "tier_line": tier.line, "homes": rows}, sys.stdout, ensure_ascii=False,
                  indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        from flatapp.domain.export_cells import safe_cell  # never a live formula in Excel

        sys.stdout.write(tier.csv_line(",") + "\n")     # FlatApp's address import skips it
        # Text quoted, so a CR or line break inside a field never splits a row; numbers stay numbers.
        writer = csv.DictWriter(sys.stdout, fieldnames=EXPORT_COLUMNS, lineterminator="\n",
                                quoting=csv.QUOTE_NONNUMERIC)
        writer.writeheader()
        writer.writerows({key: safe_cell(value) for key, value in row.items()} for row in rows)
    else:
        say(tier.line)
        table = [EXPORT_COLUMNS] + [[str(row[c]) for c in EXPORT_COLUMNS] for row in rows]
        widths = [max(len(line[i]) for line in table) for i in range(len(EXPORT_COLUMNS))]
        for line in table:
            say("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip())
    return EXIT_OK


def cmd_buildings(args: argparse.Namespace) -> int:
    from flatapp.services.buildings import list_buildings

    with session_of(args) as session:
        rows = list_buildings(session)
    if not rows:
        say("Nog geen flats in deze database.")
    for row in rows:
        say(f"{row.name} ({row.code}, {row.city or 'plaats onbekend'}): {row.home_count} woningen")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from flatapp.cli_support import new_passphrase
    from flatapp.demo import create_demo_database
    from flatapp.storage.database import PASSPHRASE_ENV

    passphrase = new_passphrase(PASSPHRASE_ENV) if args.encrypt else None
    create_demo_database(Path(args.path), passphrase=passphrase)
    say(f"Voorbeelddatabase geschreven: {args.path}")
    return EXIT_OK


def cmd_db(args: argparse.Namespace) -> int:
    from flatapp.paths import app_paths
    from flatapp.storage.database import open_database

    paths = app_paths().ensure()
    if args.action == "create":
        return _create_database(args)
    if args.action in ("encrypt", "decrypt", "rekey"):
        return _encryption(args, paths.backups)
    if args.action == "copy":
        return _copy_database(args)
    target = args.db or default_target()
    if args.action == "upgrade":
        own = Path(str(target)).expanduser().resolve() == paths.default_database.resolve()
        database = open_database(target, backup_dir=paths.backups, create=own, passphrase=passphrase_for(target))
        say(f"Database is bijgewerkt tot schema {database.status().current}.")
    elif args.action == "check":
        database = open_database(target, upgrade=False, passphrase=passphrase_for(target))
        status = database.status()
        say(f"Schema: {status.current} (nieuwste: {status.head})")
        say(f"Integriteit: {status.integrity}")
        database.dispose()
        if status.integrity != "ok":
            return _fail("de database is beschadigd")
        if not status.up_to_date:
            say("De database wordt bijgewerkt bij het openen in FlatApp (of met 'flatapp db upgrade').")
        return EXIT_OK
    else:
        database = open_database(target, upgrade=False, passphrase=passphrase_for(target))
        backup = database.backup(Path(args.output) if args.output else paths.backups)
        say(f"Reservekopie gemaakt: {backup}")
    database.dispose()
    return EXIT_OK


def _copy_database(args: argparse.Namespace) -> int:
    """`flatapp db copy SOURCE TARGET`: the whole database into a new one (file or server), checked."""
    from flatapp.domain.roles import Action
    from flatapp.services.access import require
    from flatapp.storage.copy import copy_database
    from flatapp.storage.database import open_database

    if not args.path or not args.target:
        return _fail("geef de bron en het doel: flatapp db copy BRON DOEL (een pad of een postgresql://-URL)")
    passphrase = None
    if args.encrypt:
        from flatapp.cli_support import NEW_PASSPHRASE_ENV, new_passphrase

        passphrase = new_passphrase(NEW_PASSPHRASE_ENV)
    source = open_database(args.path, passphrase=passphrase_for(args.path))
    try:
        with source.session() as session:
            require(session, Action.MANAGE, where="de hele database kopiëren")    # everything, the confidential too
        report = copy_database(source, args.target, passphrase=passphrase)
    finally:
        source.dispose()
    say(report.summary())
    return EXIT_OK


def _create_database(args: argparse.Namespace) -> int:
    """`flatapp db create PATH`: a new, empty database; never over an existing file."""
    from flatapp.storage.database import open_database

    if not args.path:
        return _fail("geef het pad van de nieuwe database: flatapp db create PAD")
    path = Path(args.path).expanduser()
    if path.exists():
        return _fail(f"'{path}' bestaat al; FlatApp maakt een nieuwe database nooit over een bestaand bestand. "
                     "Kies een andere naam.")
    passphrase = None
    if args.encrypt:
        from flatapp.cli_support import new_passphrase
        from flatapp.storage.database import PASSPHRASE_ENV

        passphrase = new_passphrase(PASSPHRASE_ENV)
    open_database(path, create=True, passphrase=passphrase).dispose()
    say(f"Nieuwe {'versleutelde ' if passphrase else ''}database gemaakt: {path}")
    return EXIT_OK


def _encryption(args: argparse.Namespace, backups: Path) -> int:
    """`flatapp db encrypt | decrypt | rekey`: the file is rewritten beside itself, checked, then swapped."""
    from flatapp.cli_support import NEW_PASSPHRASE_ENV, new_passphrase
    from flatapp.storage import encryption
    from flatapp.storage.database import PASSPHRASE_ENV, key_for

    # A server URL or a missing file is refused before any passphrase is asked.
    path = encryption.database_file(args.path or args.db or default_target())
    if args.action == "encrypt":
        encryption.ensure_plain(path)
        result = encryption.encrypt_database(path, new_passphrase(PASSPHRASE_ENV), backup_dir=backups)
        say(f"Database versleuteld: {result.path} ({sum(result.counts.values())} rijen in "
            f"{len(result.counts)} tabellen, gecontroleerd).")
        if result.plain_backups:
            say(f"Let op: in {backups} staan nog {len(result.plain_backups)} onversleutelde reservekopieën van "
                "deze database (van voor het versleutelen). Verwijder ze als u ze niet meer nodig hebt:")
            for backup in result.plain_backups:
                say(f"  {backup}")
    elif args.action == "decrypt":
        encryption.ensure_encrypted(path)
        result = encryption.decrypt_database(path, passphrase_for(path))
        say(f"Database ontsleuteld: {result.path} ({sum(result.counts.values())} rijen, gecontroleerd). "
            "Het bestand is nu voor iedereen met toegang tot deze computer leesbaar.")
    else:
        old = passphrase_for(path)
        encryption.ensure_encrypted(path)
        key_for(path, old)             # a missing or wrong passphrase is refused before the new one is typed
        result = encryption.rekey_database(path, old, new_passphrase(NEW_PASSPHRASE_ENV))
        say(f"Wachtwoord gewijzigd: {result.path}. Oudere reservekopieën openen nog met het oude wachtwoord.")
    return EXIT_OK


# --- parser -----------------------------------------------------------------------------

def build_parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; ``window_only`` leaves out the round, response, results, print and
    tent commands (their modules and option defaults), for starting the window or the selftest."""
    db_help = "database-bestand of database-URL (standaard: de eigen database van FlatApp)"
    # --db may stand before or after the command; SUPPRESS keeps a sub-command from
    # overwriting the value given before it with its own default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PAD_OF_URL", default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog="flatapp",
        description="FlatApp: gespreksrondes in flats, van adreslijst tot poster in de tent.",
    )
    parser.add_argument("--db", metavar="PAD_OF_URL", default=None, help=db_help)
    parser.add_argument("--version", action="version", version=f"FlatApp {__version__}",
                        help="toon het versienummer en stop")
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    gui = commands.add_parser("gui", parents=[common], help="start het venster (standaard)")
    gui.set_defaults(handler=cmd_gui)

    selftest = commands.add_parser("selftest", parents=[common],
                                   help="open en teken het hoofdvenster, controleer onderdelen, print 'ok'")
    selftest.set_defaults(handler=cmd_selftest)

    importer = commands.add_parser("import-homes", parents=[common],
                                   help="woningen importeren uit een adreslijst (xlsx of csv)")
    importer.add_argument("file", help="het bestand van de corporatie")
    importer.add_argument("--building", required=True, help="naam van de flat (wordt aangemaakt als die nog niet bestaat)")
    importer.add_argument("--sheet", help="werkblad in een xlsx-bestand")
    importer.add_argument("--skip-invalid", action="store_true",
                          help="importeer de goede rijen ook als er rijen zijn afgekeurd")
    importer.add_argument("--accept-changes", action="store_true",
                          help="voer ook een import door die het adres van veel woningen tegelijk wijzigt "
                               "(zonder deze optie wordt zo'n import getoond en geweigerd)")
    importer.add_argument("--accept-large", action="store_true",
                          help="importeer ook een bestand met meer dan 100.000 woningen")
    importer.set_defaults(handler=cmd_import_homes)

    homes = commands.add_parser("homes", parents=[common], help="de woningen van een flat tonen")
    homes.add_argument("--building", required=True, metavar="FLAT", help="naam van de flat")
    homes.add_argument("--format", choices=("table", "csv", "json"), default="table",
                       help="als tabel op het scherm (standaard), CSV of JSON")
    homes.set_defaults(handler=cmd_homes)

    buildings = commands.add_parser("buildings", parents=[common], help="de flats in de database")
    buildings.set_defaults(handler=cmd_buildings)

    demo = commands.add_parser("demo", help="schrijf de voorbeelddatabase met de Voorbeeldflat")
    demo.add_argument("path", metavar="PAD", help="het nieuwe databasebestand (mag nog niet bestaan)")
    demo.add_argument("--encrypt", action="store_true",
                      help="versleuteld (wachtwoord uit FLATAPP_PASSPHRASE, anders wordt erom gevraagd)")
    demo.set_defaults(handler=cmd_demo)

    if not window_only:
        _add_work_commands(commands, common)

    db = commands.add_parser(
        "db", parents=[common], help="database maken, bijwerken, controleren, kopiëren of versleutelen",
        epilog="Wachtwoorden nooit als optie (die blijven in de geschiedenis van de shell staan): FlatApp vraagt "
               "erom, of leest FLATAPP_PASSPHRASE (en bij rekey het nieuwe uit FLATAPP_NEW_PASSPHRASE).")
    db.add_argument("action", choices=("create", "upgrade", "check", "backup", "encrypt", "decrypt", "rekey", "copy"),
                    help="create PAD: een nieuwe, lege database (openen maakt nooit een database); "
                         "encrypt / decrypt [PAD]: versleutelen of ontsleutelen; rekey [PAD]: ander wachtwoord; "
                         "copy BRON DOEL: de hele database naar een nieuwe (bestand of postgresql://-URL), gecontroleerd")
    db.add_argument("path", nargs="?", help="het pad van de database (bij create, encrypt, decrypt, rekey; bij copy de bron)")
    db.add_argument("target", nargs="?", help="bij copy: de nieuwe database, een pad of een lege database op de server")
    db.add_argument("--encrypt", action="store_true",
                    help="bij create: de nieuwe database versleutelen; bij copy: de kopie versleutelen "
                         "(wachtwoord uit FLATAPP_NEW_PASSPHRASE of gevraagd)")
    db.add_argument("-o", "--output", help="map voor de reservekopie (bij backup)")
    db.set_defaults(handler=cmd_db)
    return parser


def _add_work_commands(commands, common: argparse.ArgumentParser) -> None:
    from flatapp.cli_groups import add_group_commands
    from flatapp.cli_outcomes import add_outcome_commands
    from flatapp.cli_printing import add_print_commands
    from flatapp.cli_privacy import add_privacy_commands
    from flatapp.cli_reporting import add_reporting_commands
    from flatapp.cli_responses import add_response_commands
    from flatapp.cli_results import add_results_commands
    from flatapp.cli_rounds import add_round_commands
    from flatapp.cli_scan import add_scan_commands
    from flatapp.cli_signups import add_signup_commands
    from flatapp.cli_tent import add_tent_commands
    from flatapp.cli_users import add_user_commands

    add_round_commands(commands, common)
    add_response_commands(commands, common)
    add_outcome_commands(commands, common)
    add_scan_commands(commands, common)
    add_results_commands(commands, common)
    add_print_commands(commands, common)
    add_tent_commands(commands, common)
    add_privacy_commands(commands, common)
    add_group_commands(commands, common)
    add_reporting_commands(commands, common)
    add_signup_commands(commands, common)
    add_user_commands(commands, common)


def _starts_window(argv: list[str]) -> bool:
    """True for `flatapp`, `flatapp gui` and `flatapp selftest` (with --db anywhere): these need
    only a small parser, and building the whole one (every command's module) slows the start."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("--db="):
            return word in ("gui", "selftest") and not any(w in ("-h", "--help") for w in argv)
    return True


def run() -> None:
    """The `flatapp` command (and `python -m flatapp`): main(), then a quick exit.

    By then every database is disposed and every file closed. The interpreter's own tear-down of some
    450 modules (SQLAlchemy's, Qt's wrappers) took a quarter of a second at every exit, the start-up
    benchmark's selftest included; the registered clean-ups (logging, temporary folders) still run.
    """
    from flatapp.startup import pause_collection

    pause_collection()              # until the window is shown; other commands resume it in main()
    try:
        code = main()
    except SystemExit as stop:      # argparse: --help, --version or a usage error
        code = stop.code
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = EXIT_FAILED
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a closed pipe (`flatapp homes … | head`) or stream
            pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    from flatapp.services.errors import UserError
    from flatapp.storage.database import DatabaseRefused

    for stream in (sys.stdout, sys.stderr):
        # Dutch text (é, ë, ’) must not crash a Windows console with a legacy code page.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    argv = sys.argv[1:] if argv is None else list(argv)
    from flatapp.cli_dutch import use_dutch

    use_dutch()          # argparse's own words ("usage", "options", its errors) in Dutch too
    args = build_parser(window_only=_starts_window(argv)).parse_args(argv)
    if args.handler not in (cmd_gui, cmd_selftest):
        from flatapp.startup import resume_collection

        resume_collection()
    try:
        return args.handler(args)
    except (UserError, DatabaseRefused) as error:
        return _fail(str(error))
    except BrokenPipeError:
        # The reader went away (`flatapp homes … | head`): nothing to tell, and nowhere to write it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as error:
        from flatapp.storage.faults import describe_fault

        return _fail(describe_fault(error) or f"{error.filename or ''}: {error.strerror or error}")
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as error:
        from flatapp.storage.faults import describe_fault

        fault = describe_fault(error)      # locked, full disk, read-only, server down: what to do
        if fault:
            return _fail(fault)
        log = _log_crash()
        return _fail(f"onverwachte fout; de details staan in {log}")


def _log_crash() -> Path:
    """Keep the traceback for the developers; the user gets one Dutch line."""
    import traceback
    from datetime import datetime

    from flatapp.paths import app_paths

    log = app_paths().ensure().logs / "flatapp-cli.log"
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now().isoformat(timespec='seconds')} {sys.argv}\n")
        handle.write(traceback.format_exc())
    return log


if __name__ == "__main__":
    raise SystemExit(main())
