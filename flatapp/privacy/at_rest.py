"""Where a database keeps its data, and whether it is encrypted at rest: one place to ask.

``is_encrypted`` is the single test the processing record (and anything else) uses; when encryption
at rest arrives, this is the function to swap. A plain SQLite file starts with the 16 bytes
"SQLite format 3\\0"; an encrypted file (SQLCipher) does not. A server database (PostgreSQL) is as
encrypted as the server's disk: FlatApp cannot see that and reports it as not encrypted by FlatApp.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from flatapp.storage.engine import database_url, sqlite_file

SQLITE_HEADER = b"SQLite format 3\x00"


def _file(database_url_or_path: str | Path) -> Path | None:
    return sqlite_file(database_url(database_url_or_path))


def is_encrypted(database_url_or_path: str | Path) -> bool:
    """True when the database file does not start with SQLite's plain header (an encrypted file);
    False for a plain SQLite file, a missing file and a server database."""
    path = _file(database_url_or_path)
    if path is None or not path.is_file():
        return False
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    return len(head) == len(SQLITE_HEADER) and head != SQLITE_HEADER


def encryption_label(database_url_or_path: str | Path) -> str:
    path = _file(database_url_or_path)
    if path is None:
        return "niet versleuteld door FlatApp (databaseserver: versleuteling is aan de beheerder van de server)"
    return "versleuteld" if is_encrypted(database_url_or_path) else "niet versleuteld"


def location_label(database_url_or_path: str | Path) -> str:
    """'bestand C:\\…\\flatapp.sqlite op deze computer' or 'PostgreSQL-server db.example:5432, database flats'
    (never the password)."""
    path = _file(database_url_or_path)
    if path is not None:
        return f"bestand {path} op deze computer"
    url = make_url(database_url(database_url_or_path))
    where = url.host or "localhost"
    if url.port:
        where += f":{url.port}"
    return f"{url.get_backend_name()}-server {where}, database {url.database or ''}".rstrip(", ")
