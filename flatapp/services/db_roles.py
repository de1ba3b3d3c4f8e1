"""The roles enforced by PostgreSQL itself: group roles, grants and row-level security.

``setup_roles`` is run once by the office's IT person (the database's owner or a superuser:
``flatapp users setup-roles``), and again after an upgrade of FlatApp that added tables. It makes
three group roles without login, ``flatapp_coordinator``, ``flatapp_invoerder`` and ``flatapp_partner``,
and grants each exactly the tables ``flatapp.domain.roles`` allows it:

* a typist reads the block, the round's planning and codes, and reads and writes door outcomes, forms and
  consent only of the rounds assigned to them (row-level security on ``door_attempt``, ``interview``,
  ``consent``, ``interview_change``, ``verification_entry``); persons, sign-ups, groups, partners, quotes,
  publications and the activity log cannot be read at all (the log can only be added to);
* a partner reads everything but people, consent, sign-ups and the logs, and writes nothing but log lines;
* a coordinator reads and writes everything and may create logins (CREATEROLE).

Each FlatApp user is a login role of the same name, a member of exactly one group role
(``sync_login``, called by flatapp.services.users when a user is added, changed or removed).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from flatapp.domain.errors import UserError
from flatapp.domain.roles import INTERVIEW_TABLES, LOG_TABLE, ROUND_TABLES, Role, may_read, may_write
from flatapp.services.access import GROUP_ROLES

GROUPS = tuple(GROUP_ROLES.values())
# Row-level security: the tables a typist sees only part of, and the users' own tables.
OWN_ROUNDS = ("round_id IN (SELECT ur.round_id FROM user_round ur JOIN app_user u ON u.id = ur.user_id "
              "WHERE u.name = current_user)")
OWN_INTERVIEWS = "interview_id IN (SELECT id FROM interview)"     # the interview's own policy applies
USER_TABLES = {"app_user": "name = current_user",
               "user_round": "user_id IN (SELECT id FROM app_user WHERE name = current_user)"}


@dataclass(frozen=True)
class SetupResult:
    tables: int
    logins: tuple[str, ...]           # existing users' logins put in their group
    missing: tuple[str, ...]          # users without a login yet (made by 'users add … ' with a password)


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def roles_ready(session: Session) -> bool:
    """True when setup_roles has made the group roles on this server."""
    return is_postgresql(session) and bool(session.connection().execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = 'flatapp_coordinator'")).scalar())


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    """A string literal for DDL that takes no parameters (standard_conforming_strings is on since 9.1)."""
    return "'" + value.replace("'", "''") + "'"


def _run(session: Session, statement: str) -> None:
    # exec_driver_sql: no ':name' or '%' in a password is ever taken for a parameter.
    session.connection().exec_driver_sql(statement)


def _privilege_error(error: DBAPIError, what: str) -> UserError:
    return UserError(
        f"De database-server weigerde {what}: de login waarmee u bent verbonden mag geen rollen of rechten "
        "beheren. Laat de beheerder van de server (de eigenaar van de database) 'flatapp users setup-roles' "
        f"uitvoeren, of verbind als die eigenaar. Er is niets gewijzigd. ({str(error.orig).strip().splitlines()[0]})")


def _tables(session: Session, schema: str) -> list[str]:
    return list(session.connection().execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = :schema ORDER BY tablename"),
        {"schema": schema}).scalars())


def setup_roles(session: Session) -> SetupResult:
    """Create or refresh the group roles, grants and row-level security of this database."""
    if not is_postgresql(session):
        raise UserError("Rollen in de database bestaan alleen op een PostgreSQL-server. Op een laptop (SQLite) "
                        "bewaakt FlatApp zelf de rollen; daar hoeft niets te worden ingesteld.")
    try:
        with session.begin_nested():
            return _setup(session)
    except DBAPIError as error:
        raise _privilege_error(error, "het instellen van de rollen") from error


def _setup(session: Session) -> SetupResult:
    schema = session.connection().execute(text("SELECT current_schema()")).scalar()
    tables = _tables(session, schema)
    q = lambda name: _quote(session, name)  # noqa: E731
    for group in GROUPS:
        exists = session.connection().execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
        if exists is None:
            _run(session, f"CREATE ROLE {group} NOLOGIN")
    everyone = ", ".join(GROUPS)
    _run(session, f"REVOKE ALL ON ALL TABLES IN SCHEMA {q(schema)} FROM PUBLIC, {everyone}")
    _run(session, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {q(schema)} FROM PUBLIC, {everyone}")
    _run(session, f"GRANT USAGE ON SCHEMA {q(schema)} TO {everyone}")
    _run(session, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q(schema)} TO {everyone}")
    for table in tables:
        name = f"{q(schema)}.{q(table)}"
        for role, group in GROUP_ROLES.items():
            rights = []
            if may_read(role, table):
                rights.append("SELECT")
            if may_write(role, table) and table != "alembic_version":
                rights.append("INSERT" if table == LOG_TABLE and role is not Role.COORDINATOR
                              else "INSERT, UPDATE, DELETE")
            if rights:
                _run(session, f"GRANT {', '.join(rights)} ON {name} TO {group}")
        if table == LOG_TABLE:       # INSERT … RETURNING id needs the id column; nothing else is readable
            _run(session, f"GRANT SELECT (id) ON {name} TO flatapp_invoerder, flatapp_partner")
        if table == "questionnaire_version":  # the first form typed freezes the round's questionnaire
            _run(session, f"REVOKE INSERT, DELETE ON {name} FROM flatapp_invoerder")
            _run(session, f"REVOKE UPDATE ON {name} FROM flatapp_invoerder")
            _run(session, f"GRANT UPDATE (frozen) ON {name} TO flatapp_invoerder")
        _row_security(session, table, name)
    return SetupResult(len(tables), *_sync_existing(session))


def _policy(session: Session, table: str, name: str, policy: str, roles: str, using: str,
            command: str = "ALL") -> None:
    _run(session, f"DROP POLICY IF EXISTS {policy} ON {name}")
    check = f" WITH CHECK ({using})" if command in ("ALL", "INSERT", "UPDATE") else ""
    clause = f" USING ({using})" if command != "INSERT" else ""
    _run(session, f"CREATE POLICY {policy} ON {name} FOR {command} TO {roles}{clause}{check}")


def _row_security(session: Session, table: str, name: str) -> None:
    if table in ROUND_TABLES:
        own = OWN_ROUNDS
    elif table in INTERVIEW_TABLES:
        own = OWN_INTERVIEWS
    elif table in USER_TABLES:
        own = USER_TABLES[table]
    else:
        return
    _run(session, f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
    _policy(session, table, name, "flatapp_coordinator_all", "flatapp_coordinator", "true")
    if table in USER_TABLES:
        _policy(session, table, name, "flatapp_own_rows", "flatapp_invoerder, flatapp_partner", own, "SELECT")
        _run(session, f"DROP POLICY IF EXISTS flatapp_partner_all ON {name}")
        _run(session, f"DROP POLICY IF EXISTS flatapp_own_rounds ON {name}")
        return
    _policy(session, table, name, "flatapp_partner_all", "flatapp_partner", "true", "SELECT")
    _policy(session, table, name, "flatapp_own_rounds", "flatapp_invoerder", own)


def _sync_existing(session: Session) -> tuple[tuple[str, ...], tuple[str, ...]]:
    users = session.connection().execute(text("SELECT name, role FROM app_user ORDER BY name")).all()
    logins = set(session.connection().execute(text("SELECT rolname FROM pg_roles WHERE rolcanlogin")).scalars())
    synced, missing = [], []
    for name, role in users:
        if name in logins:
            _membership(session, name, Role(role))
            synced.append(name)
        else:
            missing.append(name)
    return tuple(synced), tuple(missing)


def _membership(session: Session, name: str, role: Role | None) -> None:
    login = _quote(session, name)
    _run(session, f"REVOKE {', '.join(GROUPS)} FROM {login}")
    if role is not None:
        _run(session, f"GRANT {GROUP_ROLES[role]} TO {login}")
        _run(session, f"ALTER ROLE {login} {'CREATEROLE' if role is Role.COORDINATOR else 'NOCREATEROLE'}")


def sync_login(session: Session, name: str, role: Role | None, password: str | None = None) -> bool:
    """Give the login ``name`` its group (``role=None``: none, and no more logging in). A new login needs a
    ``password``. Returns False when the server has no FlatApp roles yet (setup_roles was not run)."""
    if not roles_ready(session):
        return False
    exists = session.connection().execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    login = _quote(session, name)
    try:
        with session.begin_nested():
            if exists is None:
                if role is None:
                    return True
                if not password:
                    raise UserError(f"Geef een wachtwoord voor de nieuwe login '{name}' op de server. "
                                    "Er is niets gewijzigd.")
                _run(session, f"CREATE ROLE {login} LOGIN PASSWORD {_literal(password)}")
            else:
                extra = f" PASSWORD {_literal(password)}" if password else ""
                _run(session, f"ALTER ROLE {login} {'LOGIN' if role is not None else 'NOLOGIN'}{extra}")
            _membership(session, name, role)
    except DBAPIError as error:
        raise _privilege_error(error, f"de login '{name}' aan te passen") from error
    return True
