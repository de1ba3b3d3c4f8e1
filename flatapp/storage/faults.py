"""Ordinary faults of a database, said in Dutch with what to do: one place for the CLI and the window.

A locked file, a full disk, a read-only file or folder, a disk that went away, an unreachable
PostgreSQL server and a server login without rights to a table are not bugs: the coordinator can do something about each. ``describe_fault``
turns the exception (SQLAlchemy's, sqlite3's, psycopg's or an OSError) into one sentence, or None
when it is not such a fault.
"""

from __future__ import annotations

import errno
import re

LOCKED = ("De database is bezet: een ander venster of programma schrijft er nu in. Wacht even en probeer "
          "het opnieuw; lukt het niet, sluit dan de andere FlatApp. Er is niets half opgeslagen.")
FULL = ("De schijf is vol: de wijziging kon niet worden opgeslagen. Maak ruimte vrij (leeg de prullenbak, "
        "verplaats grote bestanden) en probeer het opnieuw. Er is niets half opgeslagen.")
READ_ONLY = ("De database is alleen-lezen (het bestand of de map mag niet worden gewijzigd). Kopieer het "
             "bestand naar een map waar u mag schrijven, bijvoorbeeld Documenten, en open die kopie. "
             "Er is niets opgeslagen.")
DISK = ("De schijf met de database gaf een fout (is een USB-stick of netwerkschijf losgekoppeld?). Sluit "
        "FlatApp, controleer de schijf en open de database opnieuw; maak daarna een reservekopie.")
NO_SERVER = ("De PostgreSQL-server is niet bereikbaar ({where}). Controleer de netwerkverbinding of vraag de "
             "beheerder of de server draait; werk intussen met een database op deze laptop.")
BAD_LOGIN = ("De PostgreSQL-server weigert de gebruikersnaam of het wachtwoord. Controleer ze (vraag de "
             "beheerder) en open de database opnieuw.")
NO_RIGHTS = ("De PostgreSQL-server weigert deze login {what} (geen rechten). Mag uw rol dit niet, dan is dat zo "
             "bedoeld. Is de database net hersteld of gekopieerd, dan horen de tabellen de eigenaar van de database "
             "toe: vraag de beheerder dat na te lopen (zie 'Gedeeld kantoor' in de README) en daarna 'flatapp users "
             "setup-roles' uit te voeren. Er is niets gewijzigd.")
CANNOT_OPEN = ("Het databasebestand kan niet worden geopend: bestaat de map nog en mag u erin schrijven? "
               "Kies het bestand opnieuw via Bestand › Database openen.")

_SQLITE_TEXTS = (
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("database or disk is full", FULL),
    ("attempt to write a readonly database", READ_ONLY),
    ("readonly database", READ_ONLY),
    ("disk i/o error", DISK),
    ("unable to open database file", CANNOT_OPEN),
)
_ERRNO = {errno.ENOSPC: FULL, errno.EDQUOT: FULL, errno.EROFS: READ_ONLY, errno.EACCES: READ_ONLY,
          errno.EPERM: READ_ONLY, errno.EIO: DISK}
_SERVER_TEXTS = ("connection refused", "could not translate host name", "timeout expired", "timed out",
                 "no route to host", "network is unreachable", "server closed the connection",
                 "connection to server", "name or service not known", "could not connect")


def _chain(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__


def describe_fault(error: BaseException) -> str | None:
    """A Dutch sentence for an ordinary database or disk fault; None for anything else."""
    for link in _chain(error):
        if isinstance(link, OSError) and link.errno in _ERRNO:
            return _ERRNO[link.errno]
        text = str(link).casefold()
        module = type(link).__module__
        if module.startswith(("sqlite3", "pysqlite", "sqlalchemy")) or type(link).__name__ in (
                "OperationalError", "DatabaseError"):
            for needle, message in _SQLITE_TEXTS:
                if needle in text:
                    return message
        if module.startswith("psycopg") or "postgresql" in text:
            if "password authentication failed" in text or "no password supplied" in text:
                return BAD_LOGIN
            if any(needle in text for needle in _SERVER_TEXTS):
                return NO_SERVER.format(where=_server_of(str(link)))
            refused = re.search(r"permission denied for (table|schema|sequence|relation) (\S+)", str(link))
            if refused:
                kinds = {"schema": "het schema", "sequence": "de teller"}
                return NO_RIGHTS.format(what=f"{kinds.get(refused.group(1), 'de tabel')} '{refused.group(2)}'")
    return None


def _server_of(text: str) -> str:
    """'connection to server at "127.0.0.1", port 5 failed' → '127.0.0.1, poort 5' (else a short form)."""
    match = re.search(r'server at "([^"]+)"(?: \([^)]*\))?, port (\d+)', text)
    if match:
        return f"{match.group(1)}, poort {match.group(2)}"
    host = re.search(r'host name "([^"]+)"', text)
    return host.group(1) if host else "server"
