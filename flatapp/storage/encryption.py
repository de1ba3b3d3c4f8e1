"""Encrypting, decrypting and re-keying an existing SQLite database file (``flatapp db encrypt`` …).

Each is one rewrite: the database is exported (``sqlcipher_export``, one read transaction) into a new
file beside it, the copy is checked (integrity, and the rows of every table counted against the
original), and only then does the copy replace the original in one atomic rename. A process killed
before that rename leaves the original as it was (at worst a half-written ``.flatapp-nieuw`` file
beside it, removed by the next try); after it, the new file is complete.

Before the rename the original is checkpointed and taken out of WAL mode, so no -wal file of the old
file can be replayed into the new one; that step needs the database closed elsewhere (another FlatApp
window or command), and is refused with a Dutch message otherwise.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from flatapp.storage import cipher
from flatapp.storage.cipher import DatabaseKey
from flatapp.storage.database import (
    SQLITE_MAGIC,
    DatabaseRefused,
    _check_revision,
    _describe,
    _inspect_sqlite_file,
)
from flatapp.storage.engine import database_url, sqlite_file
from flatapp.storage.location import Companions

TEMPORARY_SUFFIX = ".flatapp-nieuw"


@dataclass
class Rewritten:
    path: Path
    counts: dict[str, int]
    plain_backups: list[Path] = field(default_factory=list)   # unencrypted copies still in the backup folder


def database_file(target: str | Path) -> Path:
    """The SQLite file named by a path or URL; a server URL or a missing file is refused (Dutch)."""
    text = str(target)
    if "://" in text:
        path = sqlite_file(database_url(text))
        if path is None:
            raise DatabaseRefused(
                "Een PostgreSQL-database versleutelt FlatApp niet: daar geldt de versleuteling van de server "
                "zelf (versleutelde schijf of opslag, en een versleutelde verbinding). Vraag dat na bij wie de "
                "server beheert. Er is niets gewijzigd.")
        return path
    path = Path(text).expanduser().resolve()
    if not path.is_file():
        raise DatabaseRefused(f"De database {_describe(path)} bestaat niet. Controleer het pad; er is niets gewijzigd.")
    return path


def _source(path: Path, passphrase: str | None) -> DatabaseKey | None:
    """Check the file (FlatApp's, not damaged, the right passphrase) without writing; its key or None."""
    companions = Companions(path)
    try:
        revision, tables, key = _inspect_sqlite_file(path, passphrase)
        _check_revision(revision, tables, f"De database {_describe(path)}")
    finally:
        companions.remove_new()
    return key


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def _replace(source: Path, target: Path) -> None:
    """The one step that makes the new file the database (atomic on one file system)."""
    os.replace(source, target)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _rewrite(path: Path, source_key: DatabaseKey | None, target_key: DatabaseKey | None) -> dict[str, int]:
    temporary = path.with_name(path.name + TEMPORARY_SUFFIX)
    for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
        leftover.unlink(missing_ok=True)           # an earlier try that was killed halfway
    companions = Companions(path)
    connection = cipher.connect(path, source_key, check_same_thread=False)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        counts = cipher.table_counts(connection)
        try:
            cipher.export(connection, temporary, target_key)
            _verify(temporary, target_key, counts)
            # Take the original out of WAL mode (its -wal could otherwise be replayed into the new file);
            # this fails while another connection has the database open.
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise DatabaseRefused(
                    f"De database {_describe(path)} is nog geopend in FlatApp (een venster of een andere "
                    "opdracht). Sluit FlatApp en probeer het opnieuw. Er is niets gewijzigd.")
        except (sqlite3.OperationalError, cipher.dbapi().OperationalError) as error:
            raise DatabaseRefused(
                f"De database {_describe(path)} kon niet worden herschreven ({error}). Is hij nog geopend in "
                "FlatApp? Sluit FlatApp en probeer het opnieuw. Er is niets gewijzigd.") from error
        finally:
            connection.close()
        _replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        companions.remove_new()
    _sync_folder(path.parent)
    return counts


def _verify(copy: Path, key: DatabaseKey | None, expected: dict[str, int]) -> None:
    connection = cipher.connect(copy, key, read_only=True)
    try:
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        counts = cipher.table_counts(connection)
    finally:
        connection.close()
    if check != "ok" or counts != expected:
        different = sorted(name for name in set(counts) | set(expected) if counts.get(name) != expected.get(name))
        raise DatabaseRefused(
            "De nieuwe kopie van de database klopt niet met het origineel "
            f"({check if check != 'ok' else 'aantallen rijen verschillen in ' + ', '.join(different)}). "
            "Het origineel is niet gewijzigd.")


def plain_backups(path: Path, backup_dir: Path | None) -> list[Path]:
    """Unencrypted backups of ``path`` in ``backup_dir`` (made before it was encrypted)."""
    if backup_dir is None or not backup_dir.is_dir():
        return []
    return sorted(file for file in backup_dir.glob(f"{path.stem}-*.sqlite") if is_plain_sqlite(file))


def ensure_plain(path: Path) -> None:
    """Refuse an encrypted file (already encrypted) or a foreign one, before a passphrase is asked."""
    if cipher.is_encrypted_file(path):
        raise DatabaseRefused(f"De database {_describe(path)} is al versleuteld. Er is niets gewijzigd.")
    _source(path, None)


def ensure_encrypted(path: Path) -> None:
    """Refuse a plain or a foreign file, before a passphrase is asked."""
    if not cipher.is_encrypted_file(path):
        _source(path, None)            # a foreign file is refused as such
        raise DatabaseRefused(f"De database {_describe(path)} is niet versleuteld. Er is niets gewijzigd.")


def encrypt_database(target: str | Path, passphrase: str, backup_dir: Path | None = None) -> Rewritten:
    """Encrypt a plain FlatApp database in place (see the module's text for how it stays safe)."""
    path = database_file(target)
    ensure_plain(path)
    problem = cipher.passphrase_problem(passphrase)
    if problem:
        raise DatabaseRefused(problem + " Er is niets gewijzigd.")
    counts = _rewrite(path, None, cipher.new_key(passphrase))
    return Rewritten(path, counts, plain_backups(path, backup_dir))


def decrypt_database(target: str | Path, passphrase: str | None) -> Rewritten:
    """Make an encrypted FlatApp database plain again (``passphrase``: its current one)."""
    path = database_file(target)
    ensure_encrypted(path)
    key = _source(path, passphrase)
    return Rewritten(path, _rewrite(path, key, None))


def rekey_database(target: str | Path, passphrase: str | None, new_passphrase: str) -> Rewritten:
    """Give an encrypted database a new passphrase (and a new salt: the file is written anew)."""
    path = database_file(target)
    ensure_encrypted(path)
    problem = cipher.passphrase_problem(new_passphrase)
    if problem:
        raise DatabaseRefused(problem + " Er is niets gewijzigd.")
    key = _source(path, passphrase)
    return Rewritten(path, _rewrite(path, key, cipher.new_key(new_passphrase)))
