"""The demo database: block "Voorbeeldflat" imported from the shipped example export."""

from __future__ import annotations

from pathlib import Path

from flatapp.resources import shipped_path
from flatapp.services.errors import UserError
from flatapp.services.home_import import import_homes_file
from flatapp.storage.database import open_database

DEMO_BUILDING = "Voorbeeldflat"


def demo_csv() -> Path:
    return shipped_path("database", "demo", "voorbeeldflat.csv")


def create_demo_database(path: Path) -> None:
    """Create a new database at ``path`` holding the demo block, through the normal importer.

    Refuses an existing non-empty file, so real data is never overwritten. When the import
    fails the half-made file is removed again, so a second try is not refused.
    """
    path = Path(path)
    if path.is_dir():
        raise UserError(f"'{path}' is een map; kies een bestandsnaam voor de voorbeelddatabase.")
    if path.exists() and path.stat().st_size > 0:
        raise UserError(
            f"Het bestand '{path}' bestaat al en is niet leeg; de voorbeelddatabase wordt er niet "
            "overheen geschreven. Kies een andere bestandsnaam of verwijder het bestand eerst."
        )
    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            result = import_homes_file(session, demo_csv(), DEMO_BUILDING)
            if not result.written:  # the shipped file is checked by the tests; this guards a broken install
                raise UserError("De voorbeeldadreslijst is beschadigd: " + "; ".join(map(str, result.issues[:3])))
    except BaseException:
        database.dispose()
        _remove_database_files(path)
        raise
    database.dispose()


def _remove_database_files(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)
