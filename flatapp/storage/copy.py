"""A whole database copied to a new one, between SQLite and PostgreSQL either way (`flatapp db copy`):
a laptop's database moves to the office server, or a round is taken along to the tent.

The target must be new: a file that does not exist yet, or a server database without tables. It is made at
the same schema by the migrations, the rows are copied table by table in the order of their foreign keys in
one transaction, PostgreSQL's id sequences are set past the copied ids, and then every table is compared:
its number of rows and a checksum over its rows, with values written the same way on both kinds of
database. On any difference or fault the target is removed again and nothing is left half-copied.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import MetaData, Table, inspect, select, text

from flatapp.storage import all_models  # noqa: F401  (every table in Base.metadata)
from flatapp.storage.base import Base
from flatapp.storage.database import Database, DatabaseRefused, head_revision, open_database
from flatapp.storage.engine import database_url, sqlite_file

CHUNK = 2_000


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    target: str
    schema: str
    tables: tuple[TableCopy, ...]

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)

    def summary(self) -> str:
        return (f"Gekopieerd naar {self.target}: {len(self.tables)} tabellen, {self.rows} rijen, schema "
                f"{self.schema}; aantallen en controlegetallen van elke tabel zijn gelijk.")


def _shown(url_or_path: str) -> str:
    """A target as the messages name it: a file's path, or a server URL without its password."""
    if "://" not in url_or_path:
        return str(url_or_path)
    from sqlalchemy.engine import make_url

    return make_url(url_or_path).render_as_string(hide_password=True)


def _tables() -> list[Table]:
    return [table for table in Base.metadata.sorted_tables if table.name != "alembic_version"]


def _canonical(value: object) -> str:
    """One text per value, the same whether SQLite or PostgreSQL returned it."""
    if value is None:
        return "\u2205"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, float):
        return repr(round(value, 9))
    return str(value)


def table_checksum(connection, table: Table) -> TableCopy:
    """The number of rows and a SHA-256 over the rows in primary-key order, values made canonical."""
    digest = hashlib.sha256()
    count = 0
    order = list(table.primary_key.columns) or list(table.columns)
    for row in connection.execute(select(*table.columns).order_by(*order)).yield_per(CHUNK):
        digest.update("\x1f".join(_canonical(value) for value in row).encode("utf-8"))
        digest.update(b"\x1e")
        count += 1
    return TableCopy(table.name, count, digest.hexdigest())


def _check_new(target: str) -> None:
    path = sqlite_file(database_url(target)) if "://" in target else Path(target).expanduser()
    if path is not None:
        if path.exists():
            raise DatabaseRefused(
                f"'{path}' bestaat al. FlatApp kopieert alleen naar een nieuwe database en schrijft nooit over "
                "een bestaand bestand; kies een andere naam. Er is niets gekopieerd.")
        if not path.parent.is_dir():
            raise DatabaseRefused(f"De map van '{path}' bestaat niet. Er is niets gekopieerd.")


def _empty_server_database(database: Database) -> None:
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    if tables - {"alembic_version"}:
        raise DatabaseRefused(
            f"De database {_shown(database.url)} heeft al tabellen. Kopieer alleen naar een lege database "
            "(maak er een met createdb); er is niets gekopieerd.")


def _remove(target: str, database: Database | None) -> None:
    """Take a failed copy away again: the file, or every table made on the server."""
    path = sqlite_file(database_url(target))
    if database is not None:
        if path is None:
            with database.engine.begin() as connection:
                reflected = MetaData()
                reflected.reflect(connection)
                reflected.drop_all(connection)
        database.dispose()
    if path is not None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _reset_sequences(connection) -> None:
    for table in _tables():
        if "id" in table.columns and table.c.id.autoincrement is not False and len(table.primary_key.columns) == 1:
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 1), "
                f"(SELECT MAX(id) FROM {table.name}) IS NOT NULL)"))


def copy_database(source: Database, target: str, passphrase: str | None = None,
                  progress: Callable[[str], None] | None = None) -> CopyReport:
    """Copy every row of ``source`` (at the newest schema) into the new database ``target``, checked.

    ``passphrase`` makes a new SQLite target encrypted. Raises DatabaseRefused (Dutch) when the target
    exists or is not empty, or when the check finds a difference; the target is then removed."""
    if source.status().current != head_revision():
        raise DatabaseRefused("De bron is niet bijgewerkt tot het nieuwste schema; open hem eerst met "
                              "'flatapp db upgrade'. Er is niets gekopieerd.")
    _check_new(str(target))
    if sqlite_file(database_url(target)) is None:
        # Before anything is made (or could be removed again): the server database must be empty.
        probe = open_database(target, upgrade=False)
        try:
            _empty_server_database(probe)
        finally:
            probe.dispose()
    new: Database | None = None
    try:
        new = open_database(target, create=True, passphrase=passphrase)
        copied = _copy_rows(source, new, progress)
        checked = []
        with source.engine.connect() as before, new.engine.connect() as after:
            for table, expected in zip(_tables(), copied):
                found, original = table_checksum(after, table), table_checksum(before, table)
                if found != original or found.rows != expected:
                    raise DatabaseRefused(
                        f"De kopie klopt niet: tabel {table.name} heeft {found.rows} rijen in de kopie en "
                        f"{original.rows} in de bron (of andere inhoud). De kopie is weer verwijderd.")
                checked.append(found)
        report = CopyReport(_shown(str(target)), new.status().current, tuple(checked))
        new.dispose()
        return report
    except BaseException:
        _remove(str(target), new)
        raise


def _copy_rows(source: Database, new: Database, progress: Callable[[str], None] | None) -> list[int]:
    counts = []
    with source.engine.connect() as reading, new.engine.begin() as writing:
        for table in _tables():
            count = 0
            rows = reading.execute(select(*table.columns)).mappings().yield_per(CHUNK)
            batch: list[dict] = []
            for row in rows:
                batch.append(dict(row))
                if len(batch) >= CHUNK:
                    writing.execute(table.insert(), batch)
                    count += len(batch)
                    batch = []
            if batch:
                writing.execute(table.insert(), batch)
                count += len(batch)
            counts.append(count)
            if progress is not None:
                progress(f"{table.name}: {count}")
        if new.url.startswith("postgresql"):
            _reset_sequences(writing)
    return counts

