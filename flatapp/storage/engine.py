"""Engine factory: a file path becomes SQLite (WAL, foreign keys on); a URL is used as given.

With a key (flatapp.storage.cipher.DatabaseKey) the file is opened through SQLCipher: every pooled
connection is keyed before anything reads the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

if TYPE_CHECKING:
    from flatapp.storage.cipher import DatabaseKey


def database_url(target: str | Path) -> str:
    """Turn a path or URL into an SQLAlchemy URL. ``:memory:`` is an in-memory SQLite database."""
    text = str(target)
    if "://" in text:
        return text
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# WAL with synchronous=FULL: every acknowledged save survives a power cut, not only a killed
# process (NORMAL may lose the last commits on power loss). Its cost, measured by
# benchmarks/bench_entry.py, stays well inside the entry goal.
SYNCHRONOUS = "FULL"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.close()


def _encrypted_engine(file: Path, key: DatabaseKey, read_only: bool) -> Engine:
    """SQLAlchemy's SQLite dialect over SQLCipher's DB-API; the key is set in the connect function
    itself (no passphrase in the URL: SQLAlchemy's pysqlcipher dialect quotes it badly)."""
    from flatapp.storage import cipher

    def connect():
        # The salt goes along every time: a new file gets it in its header, an existing one has it.
        return cipher.connect(file, key, read_only=read_only, immutable=read_only, new=True,
                              check_same_thread=False)

    engine = create_engine(f"sqlite:///{file}", module=cipher.dbapi(), creator=connect)
    event.listen(engine, "connect", _sqlite_pragmas)
    if not read_only:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    return engine


def make_engine(target: str | Path, read_only: bool = False, key: DatabaseKey | None = None) -> Engine:
    """``key``: an encrypted SQLite file (FlatApp's, see flatapp.storage.cipher), new or existing."""
    url = database_url(target)
    if key is not None:
        file = sqlite_file(url)
        if file is None:
            raise ValueError("only an SQLite file can be encrypted")
        return _encrypted_engine(file, key, read_only)
    if is_sqlite(url) and read_only and sqlite_file(url) is not None:
        # A file nobody may write (a CD, a protected stick): read it as it is, without -wal/-shm.
        from urllib.parse import quote

        uri = f"sqlite:///file:{quote(sqlite_file(url).as_posix())}?mode=ro&immutable=1&uri=true"
        engine = create_engine(uri, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if is_sqlite(url):
        file = sqlite_file(url)
        # An in-memory database lives in one connection; share it instead of losing it.
        pool = {} if file is not None else {"poolclass": StaticPool}
        engine = create_engine(url, connect_args={"check_same_thread": False}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        if file is not None:
            # WAL must be set outside a transaction; it sticks to the file.
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        return engine
    # An unreachable server must not keep the window or the command waiting for minutes.
    extra = {} if "connect_timeout" in url or not url.startswith("postgresql") else {
        "connect_args": {"connect_timeout": 10}}
    return create_engine(url, pool_pre_ping=True, **extra)
