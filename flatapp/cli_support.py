"""What every `flatapp` command shares: exit codes, printing, opening the database, usage."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def default_target() -> str:
    """The database the command line works on when --db is not given: FLATAPP_DB, else FlatApp's
    own database, else (as the window does on a first start) the demo database when it exists."""
    from flatapp.paths import app_paths

    if os.environ.get("FLATAPP_DB"):
        return os.environ["FLATAPP_DB"]
    paths = app_paths()
    if not paths.default_database.exists() and paths.demo_database.exists():
        return str(paths.demo_database)
    return str(paths.default_database)


def open_database_of(args: argparse.Namespace, **options):
    """The database named by --db (or the default), opened, backed up and upgraded when needed.
    An encrypted one asks its passphrase (FLATAPP_PASSPHRASE, else a prompt when interactive)."""
    from flatapp.paths import app_paths
    from flatapp.storage.database import open_database

    paths = app_paths().ensure()
    target = getattr(args, "db", None) or default_target()
    # Only FlatApp's own database in its data folder is made when missing; a named file never is.
    own = Path(str(target)).expanduser().resolve() == paths.default_database.resolve()
    options = {"backup_dir": paths.backups, "create": own, **options}
    return open_database(target, passphrase=passphrase_for(target), **options)


@contextmanager
def session_of(args: argparse.Namespace, *, write: bool = False, **options) -> Iterator:
    """One session on the database named by --db, disposed of after: in one transaction that is
    committed at the end (``write=True``), or for reading only."""
    database = open_database_of(args, **options)
    try:
        with database.session() as session:
            if write:
                with session.begin():
                    yield session
            else:
                yield session
    finally:
        database.dispose()


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def passphrase_for(target: str | Path) -> str | None:
    """The passphrase of an encrypted database: FLATAPP_PASSPHRASE, else asked (hidden) when someone
    types at a terminal; None for a plain database, or when nobody can be asked (opening then says
    what to do). Never a command-line option: those end up in the shell's history and process list."""
    from flatapp.storage.database import PASSPHRASE_ENV, is_encrypted_database

    if not is_encrypted_database(target):
        return None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if _interactive():
        import getpass

        return getpass.getpass(f"Wachtwoord van de database {target}: ")
    return None


NEW_PASSPHRASE_ENV = "FLATAPP_NEW_PASSPHRASE"


def new_passphrase(env: str) -> str:
    """A new passphrase: from ``env``, else typed twice at a terminal. Raises UserError otherwise."""
    from flatapp.services.errors import UserError
    from flatapp.storage.cipher import passphrase_problem

    if os.environ.get(env):
        passphrase = os.environ[env]
    elif _interactive():
        import getpass

        passphrase = getpass.getpass("Nieuw wachtwoord: ")
        if getpass.getpass("Typ het nieuwe wachtwoord nog een keer: ") != passphrase:
            raise UserError("De twee wachtwoorden zijn niet gelijk. Er is niets gewijzigd; probeer het opnieuw.")
    else:
        raise UserError(f"Geef het nieuwe wachtwoord in de omgevingsvariabele {env}, of voer de opdracht uit in "
                        "een venster waar FlatApp erom kan vragen. Er is niets gewijzigd.")
    problem = passphrase_problem(passphrase)
    if problem:
        raise UserError(problem + " Er is niets gewijzigd.")
    return passphrase


def round_of(session, args: argparse.Namespace):
    """The round named by --round (and --building, when two blocks have a round of that name)."""
    from flatapp.services.buildings import get_building
    from flatapp.services.rounds import find_round

    building_id = get_building(session, args.building).id if args.building else None
    return find_round(session, args.round, building_id)


def say(text: str = "") -> None:
    print(text)


MAX_LISTED = 50       # rows of a list a command prints before "… en nog N"


def say_list(lines, prefix: str = "", stream=None) -> None:
    """Print at most MAX_LISTED lines, indented, then how many more there are."""
    out = stream or sys.stdout
    for line in list(lines)[:MAX_LISTED]:
        print(f"  {prefix}{line}", file=out)
    if len(lines) > MAX_LISTED:
        print(f"  … en nog {len(lines) - MAX_LISTED}", file=out)


def run_file_import(args: argparse.Namespace, importer: Callable, refused: type[Exception], **options):
    """``importer(session, round id, file, **options)`` in one transaction; None after printing why the
    file was refused (``refused`` carries ``issues``), else the importer's result."""
    database = open_database_of(args)
    try:
        with database.session() as session, session.begin():
            return importer(session, round_of(session, args).id, Path(args.file), **options)
    except refused as error:
        print(f"fout: {error}", file=sys.stderr)
        say_list(error.issues, "", sys.stderr)
        return None
    finally:
        database.dispose()


def usage_handler(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """For a command group called without a sub-command: show its help, exit 2."""
    def handler(_args: argparse.Namespace) -> int:
        parser.print_help()
        return EXIT_USAGE

    return handler
