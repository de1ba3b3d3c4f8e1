"""Who is working, and what they may do: one check for the command line and the window alike.

The actor of a session is resolved once and kept in ``session.info`` (or bound to a ``Database`` by
``sign_in``, so every session it opens carries it):

* PostgreSQL: the database login (``current_user``). Its role is its membership of FlatApp's group
  roles (``flatapp_coordinator``/``flatapp_invoerder``/``flatapp_partner``, made by ``flatapp users
  setup-roles``), else its row in ``app_user``. The schema's owner and a superuser (the office's IT
  person) are coordinators; so is everyone on a server where no users were set up yet.
* SQLite: the computer's login name. A file without users is a single-user laptop: whoever opens it is
  the coordinator, exactly as before users existed. Once users are set up, a login that is not one of
  them is refused. (A file on a laptop protects nothing from someone who copies it: roles that hold
  against a determined user need the PostgreSQL server, which enforces them itself.)

Every statement a session runs passes ``_guard_statement`` and every flush ``_guard_flush``: a role reads
and writes only the tables ``flatapp.domain.roles`` allows it, and a typist's rows of door outcomes,
forms and consent are limited to the rounds assigned to them (as PostgreSQL's row-level security does).
Services ask for actions with ``require``; ``log_activity`` asks for the tier of what it logs.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import Table, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria
from sqlalchemy.sql.util import find_tables

from flatapp.domain.errors import UserError
from flatapp.domain.roles import ACTION_TEXT, ALLOWED, INTERVIEW_TABLES, ROUND_TABLES, Action, Role, may_read, may_write

ACTOR_KEY = "flatapp.actor"
GROUP_ROLES = {Role.COORDINATOR: "flatapp_coordinator", Role.TYPIST: "flatapp_invoerder",
               Role.PARTNER: "flatapp_partner"}


class AccessDenied(UserError):
    """The actor's role does not allow this; nothing was read or written."""


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role
    rounds: frozenset[int] = frozenset()     # a typist's assigned rounds
    full_name: str = ""
    registered: bool = False                 # False: the laptop's single user (no users set up)

    def can(self, action: Action) -> bool:
        return action in ALLOWED[self.role]

    def may_enter(self, round_id: int | None) -> bool:
        if self.role is Role.COORDINATOR:
            return True
        return self.role is Role.TYPIST and round_id in self.rounds

    @property
    def shown(self) -> str:
        """'Anna de Vries (invoerder)' — the user as the window's status bar names them."""
        return f"{self.full_name or self.name} ({self.role.label})"


def os_login() -> str:
    """The computer's login name, in lower case as user names are kept ('Anna' logs in as 'anna')."""
    try:
        return getpass.getuser().lower()
    except Exception:  # no login name (some services, containers)
        return ""


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def denied_text(actor: Actor, action: Action, where: str = "") -> str:
    where = f" (hier: {where})" if where else ""
    return (f"U bent aangemeld als {actor.name} met de rol {actor.role.label}; die rol mag geen "
            f"{ACTION_TEXT[action]}{where}. Er is niets gewijzigd. Vraag een coördinator als u dit wel moet doen.")


def not_a_user_text(name: str) -> str:
    return (f"'{name or 'onbekend'}' staat niet als gebruiker in deze database. Er is niets geopend of gewijzigd. "
            "Vraag een coördinator u toe te voegen (Beheer › Gebruikers…, of: flatapp users add).")


# --- who is working ---------------------------------------------------------------------------------

def resolve_actor(session: Session) -> Actor:
    """Read who is working from the database (without ORM events: this runs inside the guards)."""
    connection = session.connection()
    postgres = _is_postgresql(session)
    name = connection.execute(text("SELECT current_user")).scalar() if postgres else os_login()
    try:
        row = connection.execute(text("SELECT id, role, full_name FROM app_user WHERE name = :name"),
                                 {"name": name}).first()
    except OperationalError:            # an SQLite schema from before users (being upgraded, or a test's)
        return Actor(name, Role.COORDINATOR)
    role = Role(row[1]) if row is not None else None
    if postgres:
        group = _group_role(connection, name)
        if group is not None:
            role = group
        elif role is None and _administers(connection, name):
            role = Role.COORDINATOR
    if role is None:
        if row is None and not _has_users(connection, postgres):
            return Actor(name, Role.COORDINATOR)
        raise AccessDenied(not_a_user_text(name))
    rounds: frozenset[int] = frozenset()
    if role is Role.TYPIST and row is not None:
        rounds = frozenset(connection.execute(text("SELECT round_id FROM user_round WHERE user_id = :id"),
                                              {"id": row[0]}).scalars())
    return Actor(name, role, rounds, row[2] if row is not None else "", registered=row is not None)


def _group_role(connection, name: str) -> Role | None:
    """The FlatApp group role the login belongs to (the strictest when several)."""
    found = connection.execute(text(
        "SELECT r.rolname FROM pg_roles r WHERE r.rolname IN ('flatapp_invoerder', 'flatapp_partner', "
        "'flatapp_coordinator') AND pg_has_role(:name, r.oid, 'MEMBER')"), {"name": name}).scalars().all()
    for role in (Role.TYPIST, Role.PARTNER, Role.COORDINATOR):
        if GROUP_ROLES[role] in found:
            return role
    return None


def _administers(connection, name: str) -> bool:
    """A superuser, or the owner of FlatApp's tables (who made the database): the IT person."""
    return bool(connection.execute(text(
        "SELECT r.rolsuper OR pg_has_role(:name, t.tableowner, 'MEMBER') FROM pg_roles r, pg_tables t "
        "WHERE r.rolname = :name AND t.tablename = 'alembic_version' AND t.schemaname = current_schema()"),
        {"name": name}).scalar())


def _has_users(connection, postgres: bool) -> bool:
    if postgres:    # a typist's row-level security hides the others: ask whether the group roles exist
        if connection.execute(text("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'flatapp\\_%'")).scalar():
            return True
    return connection.execute(text("SELECT EXISTS (SELECT 1 FROM app_user)")).scalar()


def actor_of(session: Session) -> Actor:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        actor = resolve_actor(session)
        session.info[ACTOR_KEY] = actor
    return actor


def bind_actor(session: Session, actor: Actor) -> None:
    session.info[ACTOR_KEY] = actor


def sign_in(database) -> Actor:
    """Who opens ``database`` (a flatapp.storage.database.Database): every session it opens from now on
    carries this actor. Raises AccessDenied for a login that is not one of the database's users."""
    database.session_info.pop(ACTOR_KEY, None)
    with database.session() as session:
        actor = actor_of(session)
    database.session_info[ACTOR_KEY] = actor
    return actor


def require(session: Session, action: Action, round_id: int | None = None, where: str = "") -> Actor:
    """The actor, when their role allows ``action`` (for a typist's ENTER: on round ``round_id``);
    else AccessDenied with a Dutch sentence."""
    actor = actor_of(session)
    if not actor.can(action):
        raise AccessDenied(denied_text(actor, action, where))
    if action is Action.ENTER and round_id is not None and not actor.may_enter(round_id):
        raise AccessDenied(
            f"U bent aangemeld als {actor.name} (invoerder) en bent niet ingedeeld bij deze ronde, dus u kunt "
            "er niets invoeren of bekijken. Er is niets gewijzigd. Vraag de coördinator u bij de ronde in te delen.")
    return actor


def can(session: Session, action: Action) -> bool:
    return actor_of(session).can(action)


# --- the guards -------------------------------------------------------------------------------------

def _names(tables) -> set[str]:
    """The real tables' names (an alias or a subquery is seen through: its own tables are listed too)."""
    return {table.name for table in tables if isinstance(table, Table)}


def _tables_of(statement) -> set[str]:
    return _names(find_tables(statement, check_columns=True, include_aliases=True, include_joins=True,
                              include_selects=True, include_crud=True))


def _refuse_tables(actor: Actor, tables: set[str], write: bool) -> None:
    if write:
        action = Action.ENTER if actor.role is Role.TYPIST else Action.MANAGE
        raise AccessDenied(denied_text(actor, action, ", ".join(sorted(tables))))
    raise AccessDenied(denied_text(actor, Action.VIEW_CONFIDENTIAL, ", ".join(sorted(tables))))


def _round_criteria(rounds: frozenset[int]):
    """A typist sees and changes the rows of their own rounds only (the app's row-level security)."""
    from sqlalchemy import select

    from flatapp.storage.interview_models import Interview, InterviewChange, VerificationEntry
    from flatapp.storage.privacy_models import Consent
    from flatapp.storage.round_models import DoorAttempt

    ids = sorted(rounds) or [-1]
    own = select(Interview.id).where(Interview.round_id.in_(ids)).scalar_subquery()
    options = [with_loader_criteria(model, lambda cls: cls.round_id.in_(ids), include_aliases=True,
                                    track_closure_variables=False)
               for model in (Interview, DoorAttempt, Consent)]
    options += [with_loader_criteria(model, lambda cls: cls.interview_id.in_(own), include_aliases=True,
                                     track_closure_variables=False)
                for model in (InterviewChange, VerificationEntry)]
    return options


def _check_inserted(session: Session, actor: Actor, table: str, rows: list[dict]) -> None:
    """A typist's new rows of door outcomes, forms and consent belong to their rounds."""
    if table in ROUND_TABLES:
        rounds = {row.get("round_id") for row in rows}
    elif table in INTERVIEW_TABLES:
        ids = {row.get("interview_id") for row in rows}
        rounds = set(session.connection().execute(
            text("SELECT round_id FROM interview WHERE id IN :ids").bindparams(
                _expanding("ids")), {"ids": sorted(i for i in ids if i is not None) or [-1]}).scalars())
        if len(rounds) < 1:
            rounds = {None}
    else:
        return
    for round_id in rounds:
        if not actor.may_enter(round_id):
            require(session, Action.ENTER, round_id if round_id is not None else -1)


def _expanding(name: str):
    from sqlalchemy import bindparam

    return bindparam(name, expanding=True)


@event.listens_for(Session, "do_orm_execute")
def _guard_statement(state: ORMExecuteState) -> None:
    actor = actor_of(state.session)
    if actor.role is Role.COORDINATOR:
        return
    statement = state.statement
    tables = _tables_of(statement)
    write = state.is_insert or state.is_update or state.is_delete
    target = _names([statement.table]) if write and hasattr(statement, "table") else set()
    refused_reads = {table for table in tables - target if not may_read(actor.role, table)}
    if refused_reads:
        _refuse_tables(actor, refused_reads, write=False)
    refused_writes = {table for table in target if not may_write(actor.role, table)}
    if refused_writes:
        _refuse_tables(actor, refused_writes, write=True)
    if actor.role is not Role.TYPIST:
        return
    if state.is_insert and target:
        params = state.parameters
        rows = params if isinstance(params, list) else [params] if params else []
        if not rows:
            rows = [statement.compile().params]
        _check_inserted(state.session, actor, next(iter(target)), rows)
    if state.is_select or state.is_update or state.is_delete:
        state.statement = statement.options(*_round_criteria(actor.rounds))


@event.listens_for(Session, "before_flush")
def _guard_flush(session: Session, _context, _instances) -> None:
    actor = actor_of(session)
    if actor.role is Role.COORDINATOR:
        return
    changed = [*session.new, *session.dirty, *session.deleted]
    tables = {obj.__table__.name for obj in changed}
    refused = {table for table in tables if not may_write(actor.role, table)}
    if refused:
        _refuse_tables(actor, refused, write=True)
    for obj in changed:
        table = obj.__table__.name
        if table in ROUND_TABLES or table in INTERVIEW_TABLES:
            _check_inserted(session, actor, table, [{"round_id": getattr(obj, "round_id", None),
                                                     "interview_id": getattr(obj, "interview_id", None)}])
