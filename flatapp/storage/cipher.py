"""SQLCipher underneath FlatApp's encrypted SQLite files: keys, the file's salt, keyed connections.

How a passphrase becomes a key, and where the salt lives:

- An SQLCipher file starts with 16 plain bytes, its salt; everything after them is encrypted (there is
  no "SQLite format 3" header). FlatApp chooses that salt itself: 12 random bytes followed by a 4-byte
  tag computed from them (``_tag``). The salt thus travels inside the file, so a copied file (or a
  backup) opens with the passphrase alone, and the tag tells FlatApp's encrypted databases from any
  other file without a key: a random binary file carries a matching tag once in 2**32 and must also be
  a whole number of pages, and even then it is only asked for a passphrase, never written to.
- The key is scrypt(passphrase in NFC, salt): 32 bytes, handed to SQLCipher in its raw-key form
  ``PRAGMA key = "x'<hex>'"`` (with the salt appended when a file is made, so SQLCipher writes our salt
  into the header). The passphrase never reaches SQL text (a ``"`` in it cannot break anything), is
  never stored, and SQLCipher's own PBKDF2 pass per connection is skipped (the key is derived once).

Nothing here imports Qt or the rest of storage; ``flatapp.storage.database`` and
``flatapp.storage.encryption`` build on it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

SALT_SIZE = 16
KEY_SIZE = 32
PAGE_SIZE = 4096                    # SQLCipher 4's default; every encrypted file is a whole number of pages
_RANDOM_PART = 12
_TAG_CONTEXT = b"FlatApp encrypted SQLite database, salt tag v1"
# scrypt at N=2**15, r=8: about 0.1 s and 32 MiB once per opening; a guessing attack pays that per guess.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}
MIN_PASSPHRASE_LENGTH = 8


def dbapi():
    """The SQLCipher DB-API module (sqlcipher3, a copy of Python's sqlite3 with SQLCipher inside)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def _tag(random_part: bytes) -> bytes:
    return hashlib.sha256(_TAG_CONTEXT + random_part).digest()[:SALT_SIZE - _RANDOM_PART]


def new_salt() -> bytes:
    random_part = os.urandom(_RANDOM_PART)
    return random_part + _tag(random_part)


def is_flatapp_salt(salt: bytes) -> bool:
    if len(salt) != SALT_SIZE:
        return False
    return hmac.compare_digest(salt[_RANDOM_PART:], _tag(salt[:_RANDOM_PART]))


def file_salt(path: Path) -> bytes | None:
    """The salt of FlatApp's encrypted database at ``path``; None for any other file (read only)."""
    try:
        size = path.stat().st_size
        if size < PAGE_SIZE or size % PAGE_SIZE:
            return None
        with path.open("rb") as handle:
            salt = handle.read(SALT_SIZE)
    except OSError:
        return None
    return salt if is_flatapp_salt(salt) else None


def is_encrypted_file(path: str | Path) -> bool:
    """True for an existing file that is one of FlatApp's encrypted databases."""
    return file_salt(Path(path)) is not None


def normalise(passphrase: str) -> bytes:
    """The same passphrase typed on Windows, macOS or Linux (é composed or not) gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class DatabaseKey:
    """A derived key and the salt it belongs to. Holds no passphrase."""

    key: bytes = field(repr=False)
    salt: bytes

    def pragma_value(self, with_salt: bool = False) -> str:
        """SQLCipher's raw-key literal (hex only, so it is safe to place in SQL text)."""
        data = self.key + self.salt if with_salt else self.key
        return f"\"x'{data.hex()}'\""

    def matches(self, passphrase: str) -> bool:
        """True when ``passphrase`` gives this key (for the lock screen); costs one derivation."""
        return hmac.compare_digest(derive_key(passphrase, self.salt).key, self.key)


def derive_key(passphrase: str, salt: bytes) -> DatabaseKey:
    key = hashlib.scrypt(normalise(passphrase), salt=salt, dklen=KEY_SIZE, **_SCRYPT)
    return DatabaseKey(key=key, salt=salt)


def new_key(passphrase: str) -> DatabaseKey:
    """A key with a fresh salt, for a file that is about to be made."""
    return derive_key(passphrase, new_salt())


def passphrase_problem(passphrase: str) -> str | None:
    """A Dutch reason why ``passphrase`` cannot protect a new database, or None."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        return (f"Het wachtwoord is te kort: kies er een van minstens {MIN_PASSPHRASE_LENGTH} tekens "
                "(een zin van een paar woorden is sterk en goed te onthouden).")
    return None


def connect(path: Path, key: DatabaseKey | None, *, read_only: bool = False, immutable: bool = False,
            new: bool = False, **kwargs):
    """A SQLCipher connection to ``path``, keyed (``new``: a file being made gets the key's salt).

    The key is only checked by the first read: call ``check_key`` (or read) before trusting it.
    """
    module = dbapi()
    if read_only:
        options = "mode=ro&immutable=1" if immutable else "mode=ro"
        connection = module.connect(f"file:{quote(Path(path).as_posix())}?{options}", uri=True, **kwargs)
    else:
        connection = module.connect(str(path), **kwargs)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")   # a wrong key is our message, not a log line
        if key is not None:
            connection.execute(f"PRAGMA key = {key.pragma_value(with_salt=new)}")
    except BaseException:
        connection.close()
        raise
    return connection


def check_key(connection) -> bool:
    """Read the schema once: False when the key does not open the file (or page 1 is damaged)."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi().DatabaseError:
        return False
    return True


def export(connection, target: Path, key: DatabaseKey | None) -> None:
    """Copy the database of ``connection`` into the new file ``target``: encrypted with ``key`` (its salt
    included), or plain when ``key`` is None. One read transaction: a consistent copy while others write.

    (SQLite's backup API cannot write between differently keyed files; ``sqlcipher_export`` can.)
    """
    literal = key.pragma_value(with_salt=True) if key is not None else "''"
    uri = f"file:{quote(Path(target).as_posix())}?mode=rwc"   # writable even beside a read-only source
    connection.execute(f"ATTACH DATABASE ? AS flatapp_export KEY {literal}", (uri,))
    try:
        connection.execute("BEGIN")
        try:
            connection.execute("SELECT sqlcipher_export('flatapp_export')").fetchall()
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.execute("DETACH DATABASE flatapp_export")


def table_counts(connection) -> dict[str, int]:
    """Rows per table (the check that a copy is whole)."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: connection.execute('SELECT count(*) FROM "{}"'.format(name.replace('"', '""'))).fetchone()[0]
            for name in names}
