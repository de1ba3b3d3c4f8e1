"""After personal data is removed: take the removed text out of the database file itself.

SQLite keeps deleted rows in free pages until ``VACUUM`` and in the write-ahead log until a checkpoint.
``compact_storage`` checkpoints the WAL, rebuilds the file (VACUUM) and truncates the WAL again, so a
byte search of the file and its -wal finds none of the removed text. It runs outside any transaction,
after the removal was committed. Other connections must not hold a read transaction meanwhile (the
checkpoint then reports itself busy and the WAL is left for the next checkpoint; the result says so).

PostgreSQL: ``VACUUM FULL`` on the tables that held personal data rewrites them without the removed rows.
The server's write-ahead log and its own backups keep old versions until they rotate: that is for the
server's administrator (the README's privacy section says so).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from flatapp.storage.engine import is_sqlite

PERSONAL_TABLES = ("interview", "interview_change", "verification_entry", "quote_approval", "consent",
                   "door_attempt", "volunteer", "activity_log")


@dataclass(frozen=True)
class CompactResult:
    done: bool
    text: str          # Dutch: what was done, or what is left to do


def compact_storage(engine: Engine) -> CompactResult:
    if is_sqlite(str(engine.url)):
        return _compact_sqlite(engine)
    return _compact_server(engine)


def _checkpoint(connection) -> bool:
    busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    return busy is None or busy[0] == 0


def _compact_sqlite(engine: Engine) -> CompactResult:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        first = _checkpoint(connection)
        connection.exec_driver_sql("VACUUM")
        second = _checkpoint(connection)
    if first and second:
        return CompactResult(True, "Het databasebestand is opnieuw opgebouwd (VACUUM) en het logbestand (-wal) "
                                   "geleegd: de gewiste tekst staat niet meer in het bestand.")
    return CompactResult(False, "Het databasebestand is opnieuw opgebouwd, maar het logbestand (-wal) was nog in "
                                "gebruik door een ander venster of programma. Sluit FlatApp overal af en open "
                                "het opnieuw: dan wordt het geleegd.")


def _compact_server(engine: Engine) -> CompactResult:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in PERSONAL_TABLES:
            connection.exec_driver_sql(f"VACUUM FULL {table}")
    return CompactResult(True, "De tabellen met persoonsgegevens zijn herschreven (VACUUM FULL). Het logboek "
                               "en de reservekopieën van de databaseserver houden oude versies tot ze worden "
                               "vervangen: vraag de beheerder van de server naar die termijn.")
