"""What every `flatapp` command shares: exit codes, printing, opening the database, usage."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
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


def open_database_of(args: argparse.Namespace):
    """The database named by --db (or the default), opened, backed up and upgraded when needed."""
    from flatapp.paths import app_paths
    from flatapp.storage.database import open_database

    paths = app_paths().ensure()
    target = getattr(args, "db", None) or default_target()
    # Only FlatApp's own database in its data folder is made when missing; a named file never is.
    own = Path(str(target)).expanduser().resolve() == paths.default_database.resolve()
    return open_database(target, backup_dir=paths.backups, create=own)


def round_of(session, args: argparse.Namespace):
    """The round named by --round (and --building, when two blocks have a round of that name)."""
    from flatapp.services.buildings import get_building
    from flatapp.services.rounds import find_round

    building_id = get_building(session, args.building).id if args.building else None
    return find_round(session, args.round, building_id)


def say(text: str = "") -> None:
    print(text)


def usage_handler(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """For a command group called without a sub-command: show its help, exit 2."""
    def handler(_args: argparse.Namespace) -> int:
        parser.print_help()
        return EXIT_USAGE

    return handler
