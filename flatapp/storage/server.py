"""Connecting to the office's PostgreSQL server: the address, the password in the system keyring, TLS.

The settings keep the server, port, database and user only (as a URL without password); the password is
kept by the operating system's keyring (Windows Credential Manager, macOS Keychain, Secret Service) through
the ``keyring`` library, under the service name ``FlatApp`` and the key ``user@server:port/database``.
TLS: ``sslmode=prefer`` by default (encrypted whenever the server offers it), ``require`` on request;
``is_encrypted`` tells which one a connection got.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

KEYRING_SERVICE = "FlatApp"
DEFAULT_PORT = 5432
SSLMODES = ("prefer", "require")


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    require_tls: bool = False

    @property
    def sslmode(self) -> str:
        return "require" if self.require_tls else "prefer"

    @property
    def key(self) -> str:
        """The keyring's name for this login."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (with ``password`` only for opening; never stored)."""
        return URL.create("postgresql+psycopg", username=self.user, password=password or None, host=self.host,
                          port=self.port, database=self.database,
                          query={"sslmode": self.sslmode}).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The address in a PostgreSQL URL (None for anything else)."""
        try:
            parsed = make_url(url)
        except Exception:
            return None
        if parsed.get_backend_name() != "postgresql" or not parsed.host:
            return None
        sslmode = parsed.query.get("sslmode", "prefer")
        return cls(parsed.host, parsed.database or "", parsed.username or "", parsed.port or DEFAULT_PORT,
                   require_tls=sslmode in ("require", "verify-ca", "verify-full"))


def without_password(url: str) -> str:
    """``url`` as the settings may keep it: no password in it."""
    if "://" not in url:
        return url
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def has_password(url: str) -> bool:
    return "://" in url and make_url(url).password is not None


def _keyring():
    import keyring  # imported when a server is used: the laptop's start does not pay for it

    return keyring


def stored_password(address: ServerAddress) -> str | None:
    """The remembered password of this login, or None (none kept, or no keyring on this computer)."""
    try:
        return _keyring().get_password(KEYRING_SERVICE, address.key)
    except Exception:      # keyring.errors.KeyringError, or no backend at all
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the system keyring; False when this computer has no keyring to keep it in."""
    try:
        _keyring().set_password(KEYRING_SERVICE, address.key, password)
    except Exception:
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, address.key)
    except Exception:      # nothing kept, or no keyring
        pass


def with_stored_password(target: str) -> str:
    """A server URL without password gets the one in the keyring (when kept); anything else is returned as is."""
    address = ServerAddress.from_url(target) if "://" in str(target) else None
    if address is None or has_password(str(target)):
        return target
    password = stored_password(address)
    if password is None:
        return target
    return make_url(str(target)).set(password=password).render_as_string(hide_password=False)


def is_encrypted(engine) -> bool:
    """True when the connection to the server is encrypted (TLS)."""
    from sqlalchemy import text

    with engine.connect() as connection:
        return bool(connection.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())


def connection_problem(error: BaseException, address: ServerAddress) -> str:
    """A Dutch sentence for a failed connection: what went wrong and what to do."""
    message = str(getattr(error, "orig", None) or error)
    where = f"{address.host}:{address.port}"
    lower = message.lower()
    if "password authentication failed" in lower or "no password supplied" in lower:
        return (f"De server {where} weigerde de login '{address.user}': het wachtwoord klopt niet (of de gebruiker "
                "bestaat niet). Typ het wachtwoord opnieuw; weet u het niet, vraag dan de beheerder om een nieuw.")
    if "does not exist" in lower and "database" in lower:
        return (f"De database '{address.database}' bestaat niet op de server {where}. Controleer de naam bij de "
                "beheerder van de server.")
    if "permission denied" in lower or "not permitted to log in" in lower or "pg_hba.conf" in lower:
        return (f"De server {where} laat '{address.user}' niet toe tot database '{address.database}' (geen rechten "
                "of niet toegestaan vanaf deze computer). Vraag de beheerder van de server om toegang.")
    if "ssl" in lower and ("not support" in lower or "unsupported" in lower or "server does not" in lower):
        return (f"De server {where} biedt geen versleutelde verbinding (TLS), en u vroeg erom. Vraag de beheerder "
                "TLS aan te zetten, of zet 'versleuteling verplicht' uit als de verbinding binnen het kantoor blijft.")
    if ("connection refused" in lower or "could not connect" in lower or "timeout" in lower
            or "could not translate host name" in lower or "name or service not known" in lower):
        return (f"De server {where} is niet bereikbaar. Controleer de naam en poort van de server en of deze "
                "computer met het kantoornetwerk (of de VPN) verbonden is; staat de server uit, vraag dan de beheerder.")
    return f"Verbinden met de server {where} mislukte: {message.strip().splitlines()[0] if message.strip() else error}"
