"""Opening a FlatApp database safely.

Opening is not creating: a missing file is refused unless ``create=True`` (the new-database dialog,
``flatapp db create``, the demo). A new file is created at the newest schema; an older one is backed
up and upgraded; a newer, damaged or foreign file, a ``file:`` address and a file on a network share
are refused before anything writes to it (flatapp.storage.location), and leave no -wal/-shm behind.
A file that cannot be written opens read-only (``Database.read_only``).

An encrypted file (FlatApp's SQLCipher format, flatapp.storage.cipher) opens only with its passphrase:
without one ``PassphraseRequired``, with a wrong one ``WrongPassphrase`` is raised before anything is
created or written. Its backups are encrypted with the same key (and open with the same passphrase).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from flatapp.resources import migrations_dir
from flatapp.storage import cipher
from flatapp.storage.cipher import DatabaseKey
from flatapp.storage.engine import database_url, is_sqlite, make_engine, sqlite_file
from flatapp.storage.location import SHARE_HELP, Companions, on_network_share, refused_text, writable

SQLITE_MAGIC = b"SQLite format 3\x00"
FLATAPP_TABLES = {"alembic_version", "building", "home"}


class DatabaseRefused(Exception):
    """The database cannot be opened safely; ``str(error)`` is a Dutch message for the user."""


class NewerDatabase(DatabaseRefused):
    pass


class DamagedDatabase(DatabaseRefused):
    pass


class NotAFlatAppDatabase(DatabaseRefused):
    pass


class PassphraseRequired(DatabaseRefused):
    """The database is encrypted and no passphrase was given."""


class WrongPassphrase(DatabaseRefused):
    """The passphrase does not open the encrypted database; nothing was opened or written."""


PASSPHRASE_ENV = "FLATAPP_PASSPHRASE"


def passphrase_required_text(path: Path) -> str:
    return (f"De database {_describe(path)} is versleuteld. Geef het wachtwoord om hem te openen (op de "
            f"opdrachtregel: typ het als erom wordt gevraagd, of zet het in de omgevingsvariabele {PASSPHRASE_ENV}). "
            "Er is niets gewijzigd.")


def wrong_passphrase_text(path: Path) -> str:
    return (f"Het wachtwoord voor de versleutelde database {_describe(path)} klopt niet. Er is niets geopend "
            "of gewijzigd; probeer het opnieuw. Weet u zeker dat het wachtwoord goed is, dan kan het bestand "
            "beschadigd zijn: open dan een reservekopie uit de map met back-ups.")


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str
    integrity: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def alembic_config(url: str):
    """Alembic's configuration for our migrations (Alembic is imported only when it is needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, str | None]:
    """revision → down_revision, read from the migration scripts as text.

    Opening a database that is already up to date is the common case at start-up; reading
    the two lines here spares importing Alembic for it (a test keeps this in step with Alembic).
    """
    graph: dict[str, str | None] = {}
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:
            raise RuntimeError(f"migration {script.name} has no revision or down_revision line")
        graph[revision.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, not {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _describe(path: Path) -> str:
    return f"'{path}'"


def _foreign_file(path: Path) -> NotAFlatAppDatabase:
    return NotAFlatAppDatabase(
        f"Het bestand {_describe(path)} is geen FlatApp-database (het is geen SQLite-bestand). "
        "Het bestand is niet gewijzigd."
    )


def is_encrypted_database(target: str | Path) -> bool:
    """True when ``target`` (a path or URL) names an existing file that is FlatApp's encrypted database."""
    path = sqlite_file(database_url(target)) if "://" in str(target) else Path(str(target)).expanduser()
    return path is not None and path.is_file() and cipher.is_encrypted_file(path)


def key_for(path: Path, passphrase: str | None) -> DatabaseKey:
    """The checked key of the encrypted file ``path`` (read only). Raises PassphraseRequired/WrongPassphrase."""
    salt = cipher.file_salt(path)
    if salt is None:
        raise _foreign_file(path)
    if passphrase is None:
        raise PassphraseRequired(passphrase_required_text(path))
    key = cipher.derive_key(passphrase, salt)
    connection = cipher.connect(path, key, read_only=True)
    try:
        if not cipher.check_key(connection):
            raise WrongPassphrase(wrong_passphrase_text(path))
    finally:
        connection.close()
    return key


def _inspect_sqlite_file(path: Path, passphrase: str | None = None) -> tuple[str | None, set[str], DatabaseKey | None]:
    """Read-only look at an existing file: (alembic revision, table names, key when encrypted).
    Raises when refused (a foreign file, a damaged one, an encrypted one without the right passphrase)."""
    with path.open("rb") as handle:
        magic = handle.read(len(SQLITE_MAGIC))
    key = None
    if magic != SQLITE_MAGIC:
        if cipher.file_salt(path) is None:
            raise _foreign_file(path)
        key = key_for(path, passphrase)
    errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
    try:
        if key is None:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        else:
            errors += (cipher.dbapi().DatabaseError,)
            connection = cipher.connect(path, key, read_only=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DamagedDatabase(
                    f"De database {_describe(path)} is beschadigd ({result}). Het bestand is niet "
                    "gewijzigd; open een reservekopie uit de map met back-ups."
                )
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except errors as error:
        raise DamagedDatabase(
            f"De database {_describe(path)} is beschadigd of onleesbaar ({error}). Het bestand is "
            "niet gewijzigd; open een reservekopie uit de map met back-ups."
        ) from error
    return revision, tables, key


def _check_revision(revision: str | None, tables: set[str], where: str) -> None:
    if not tables:
        return
    if not FLATAPP_TABLES <= tables or revision is None:
        raise NotAFlatAppDatabase(
            f"{where} bevat wel gegevens, maar is geen FlatApp-database. Er is niets gewijzigd."
        )
    if revision not in known_revisions():
        raise NewerDatabase(
            f"{where} is gemaakt met een nieuwere versie van FlatApp (schema {revision}). "
            "Installeer de nieuwste FlatApp om deze database te openen. Er is niets gewijzigd."
        )


def backup_sqlite(source: Path, backup_dir: Path, reason: str, key: DatabaseKey | None = None) -> Path:
    """Consistent copy through SQLite's backup API (safe while the file is in WAL mode).

    An encrypted database (``key``) gets an encrypted backup with the same key and salt: it opens with
    the same passphrase, and no plain copy is ever written.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{source.stem}-{stamp}-{reason}.sqlite"
    if key is not None:
        connection = cipher.connect(source, key, read_only=True)
        try:
            cipher.export(connection, target, key)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        finally:
            connection.close()
        return target
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


class Database:
    """An opened, up-to-date FlatApp database: the engine and a session factory."""

    def __init__(self, engine: Engine, url: str, read_only: bool = False, key: DatabaseKey | None = None):
        self.engine = engine
        self.url = url
        self.read_only = read_only      # the file or its folder cannot be written: look, do not save
        self._key = key                 # an encrypted file's derived key (never the passphrase)
        # Copied into every session's ``info``: who is working (flatapp.services.access.sign_in).
        self.session_info: dict = {}
        self._sessions = sessionmaker(engine, expire_on_commit=False, info=self.session_info)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    def check_passphrase(self, passphrase: str) -> bool:
        """True when ``passphrase`` is this encrypted database's (the lock screen asks it again)."""
        return self._key is not None and self._key.matches(passphrase)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    def session(self) -> Session:
        return self._sessions()

    def status(self) -> SchemaStatus:
        with self.engine.connect() as connection:
            current = None
            if inspect(connection).has_table("alembic_version"):
                current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            integrity = "ok"
            if is_sqlite(self.url):
                integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
        return SchemaStatus(current=current, head=head_revision(), integrity=integrity)

    def backup(self, backup_dir: Path, reason: str = "backup") -> Path:
        if self.file is None:
            raise DatabaseRefused("Alleen een SQLite-database kan hier een reservekopie krijgen.")
        return backup_sqlite(self.file, backup_dir, reason, key=self._key)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | Path, backup_dir: Path | None = None, upgrade: bool = True, create: bool = False,
    passphrase: str | None = None,
) -> Database:
    """Open a database (``create=True``: or make a new one) and bring it to the newest schema.

    ``backup_dir`` receives a copy of an SQLite file before it is upgraded.
    With ``upgrade=False`` an outdated database is opened as it is (for ``db check``).
    ``passphrase`` opens an encrypted file; with ``create=True`` a new file is made encrypted with it
    (an existing plain file stays plain: ``flatapp.storage.encryption`` encrypts one).
    """
    if "://" not in str(target):
        reason = refused_text(str(target))
        if reason:
            raise DatabaseRefused(reason)
    url = database_url(target)
    path = sqlite_file(url)
    read_only = False
    key: DatabaseKey | None = None
    if path is not None:
        if path.is_dir():
            raise NotAFlatAppDatabase(f"{_describe(path)} is een map, geen database-bestand.")
        if not path.parent.is_dir():
            raise DatabaseRefused(f"De map van de database {_describe(path)} bestaat niet. Controleer het pad; "
                                  "er is niets gemaakt.")
        if on_network_share(path):
            raise DatabaseRefused(f"De database {_describe(path)} staat op een netwerkschijf. {SHARE_HELP}")
        if not path.exists() and not create:
            raise DatabaseRefused(
                f"De database {_describe(path)} bestaat niet. Controleer de naam; een nieuwe database maakt u "
                "met Bestand › Nieuwe database (of: flatapp db create PAD). Er is niets gemaakt.")
        if path.exists() and path.stat().st_size > 0:
            companions = Companions(path)
            try:
                revision, tables, key = _inspect_sqlite_file(path, passphrase)
                _check_revision(revision, tables, f"De database {_describe(path)}")
                read_only = not writable(path)
                if read_only and tables and revision != head_revision() and upgrade:
                    raise DatabaseRefused(
                        f"De database {_describe(path)} is van een oudere FlatApp en moet worden bijgewerkt, "
                        "maar het bestand (of de map) is alleen-lezen. Kopieer het naar een map waar u mag "
                        "schrijven en open die kopie. Er is niets gewijzigd.")
            except DatabaseRefused:
                companions.remove_new()
                raise
            if read_only:               # read as it is: nothing of ours stays beside it
                companions.remove_new()
            if tables and revision != head_revision() and upgrade and backup_dir is not None:
                backup_sqlite(path, backup_dir, f"voor-upgrade-{revision}", key=key)
        else:
            revision = None
            if passphrase is not None and create:    # a new (or empty) file, made encrypted
                problem = cipher.passphrase_problem(passphrase)
                if problem:
                    raise DatabaseRefused(problem + " Er is niets gemaakt.")
                key = cipher.new_key(passphrase)
    engine = make_engine(url, read_only=read_only, key=key)
    if path is None:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        try:
            _check_revision(revision, tables, "De database")
        except DatabaseRefused:
            engine.dispose()
            raise
    database = Database(engine, url, read_only=read_only, key=key)
    if upgrade and revision != head_revision() and not read_only:
        _upgrade(database)
    return database


def _upgrade(database: Database) -> None:
    from alembic import command

    config = alembic_config(database.url)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
