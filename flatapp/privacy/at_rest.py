"""Where a database keeps its data, and whether it is encrypted at rest: one place to ask.

``is_encrypted`` asks the storage's own test (a FlatApp-encrypted file starts with FlatApp's salt, not
with SQLite's plain header). A server database (PostgreSQL) is as
encrypted as the server's disk: FlatApp cannot see that and reports it as not encrypted by FlatApp.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from flatapp.storage.cipher import is_encrypted_file
from flatapp.storage.engine import database_url, sqlite_file


def _file(database_url_or_path: str | Path) -> Path | None:
    return sqlite_file(database_url(database_url_or_path))


def is_encrypted(database_url_or_path: str | Path) -> bool:
    """True for a FlatApp database encrypted at rest (SQLCipher, flatapp.storage.cipher); False for a plain
    SQLite file, a missing file and a server database."""
    path = _file(database_url_or_path)
    return path is not None and path.is_file() and is_encrypted_file(path)


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
