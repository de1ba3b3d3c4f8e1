"""The users of a shared database: add, list, change a role, assign a typist to rounds, remove.

Only a coordinator manages users (the table guard of flatapp.services.access refuses anyone else's
writes; ``require`` says so first in Dutch). A database always keeps a coordinator: the last one cannot
be removed or demoted while there are other users, and nobody removes themselves. On a laptop (SQLite)
the first user added brings the person adding them along as coordinator, so they keep their own access.
On PostgreSQL the database's login roles follow (flatapp.services.db_roles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain.errors import UserError
from flatapp.domain.roles import Action, Role
from flatapp.services.access import ACTOR_KEY, actor_of, require
from flatapp.services.activity import log_activity
from flatapp.services.db_roles import is_postgresql, sync_login
from flatapp.storage.round_models import Round
from flatapp.storage.user_models import AppUser, UserRound

NAME = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")
RESERVED = {"postgres", "public", "pg_signal_backend"}


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    full_name: str
    role: Role
    rounds: tuple[str, ...]          # the names of a typist's rounds
    round_ids: tuple[int, ...]

    @property
    def role_label(self) -> str:
        return self.role.label


@dataclass(frozen=True)
class AddResult:
    user: UserRow
    also_added: str = ""             # the laptop's own user, added as coordinator with the first user


def parse_role(text: str) -> Role:
    try:
        return Role.parse(text)
    except ValueError:
        raise UserError(f"Onbekende rol '{text}'. Kies coördinator, invoerder of partner.") from None


def check_name(name: str) -> str:
    name = name.strip().lower()
    if not NAME.match(name) or name in RESERVED or name.startswith(("flatapp_", "pg_")):
        raise UserError(
            f"'{name}' kan geen gebruikersnaam zijn: gebruik kleine letters, cijfers, punt, streepje of liggend "
            "streepje, begin met een letter, hooguit 63 tekens (en niet postgres, public of flatapp_…). "
            "Er is niets gewijzigd.")
    return name


def _rows(session: Session, where=None) -> list[UserRow]:
    query = select(AppUser).order_by(AppUser.name)
    if where is not None:
        query = query.where(where)
    users = list(session.scalars(query))
    rounds: dict[int, list[tuple[int, str]]] = {}
    for user_id, round_id, name in session.execute(
            select(UserRound.user_id, Round.id, Round.name).join(Round, Round.id == UserRound.round_id)
            .order_by(Round.name)):
        rounds.setdefault(user_id, []).append((round_id, name))
    return [UserRow(u.id, u.name, u.full_name, Role(u.role), tuple(n for _i, n in rounds.get(u.id, [])),
                    tuple(i for i, _n in rounds.get(u.id, []))) for u in users]


def list_users(session: Session) -> list[UserRow]:
    """Every user (a coordinator's view; a typist or partner sees only themselves)."""
    actor = actor_of(session)
    if actor.can(Action.MANAGE):
        return _rows(session)
    return _rows(session, AppUser.name == actor.name)


def _user(session: Session, name: str) -> AppUser:
    user = session.scalar(select(AppUser).where(AppUser.name == name.strip().lower()))
    if user is None:
        known = ", ".join(session.scalars(select(AppUser.name).order_by(AppUser.name))) or "nog geen"
        raise UserError(f"Gebruiker '{name}' bestaat niet in deze database (gebruikers: {known}).")
    return user


def _row(session: Session, user: AppUser) -> UserRow:
    return next(row for row in _rows(session, AppUser.id == user.id))


def add_user(session: Session, name: str, role: Role, full_name: str = "", password: str | None = None) -> AddResult:
    """A new user. On PostgreSQL (once 'users setup-roles' ran) also their login, with ``password``."""
    actor = require(session, Action.MANAGE, where="gebruikers")
    name = check_name(name)
    if session.scalar(select(AppUser.id).where(AppUser.name == name)) is not None:
        raise UserError(f"Gebruiker '{name}' bestaat al. Wijzig de rol met 'users set-role'; er is niets gewijzigd.")
    also = ""
    first = session.scalar(select(func.count()).select_from(AppUser)) == 0
    if first and not is_postgresql(session) and actor.name and actor.name != name:
        # The laptop's own user would lose access the moment another user exists.
        session.add(AppUser(name=check_name(actor.name), role=Role.COORDINATOR.value))
        also = actor.name
    user = AppUser(name=name, full_name=full_name.strip(), role=role.value)
    session.add(user)
    session.flush()
    sync_login(session, name, role, password)
    log_activity(session, "users.add", f"Gebruiker '{name}' toegevoegd als {role.label}"
                 + (f" (en '{also}' als coördinator)" if also else ""), user=name, role=role.value)
    return AddResult(_row(session, user), also)


def _coordinators(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AppUser).where(AppUser.role == Role.COORDINATOR.value))


def _keep_a_coordinator(session: Session, user: AppUser, what: str) -> None:
    if user.role == Role.COORDINATOR.value and _coordinators(session) == 1:
        others = session.scalar(select(func.count()).select_from(AppUser).where(AppUser.id != user.id))
        if others:
            raise UserError(f"'{user.name}' is de enige coördinator; {what} kan pas als er een andere coördinator "
                            "is (anders kan niemand de gebruikers nog beheren). Er is niets gewijzigd.")


def set_role(session: Session, name: str, role: Role) -> UserRow:
    require(session, Action.MANAGE, where="gebruikers")
    user = _user(session, name)
    if user.role == role.value:
        return _row(session, user)
    _keep_a_coordinator(session, user, "een andere rol geven")
    before = Role(user.role)
    user.role = role.value
    if role is not Role.TYPIST:             # only a typist is assigned to rounds
        for line in session.scalars(select(UserRound).where(UserRound.user_id == user.id)):
            session.delete(line)
    session.flush()
    sync_login(session, user.name, role)
    log_activity(session, "users.role", f"Rol van gebruiker '{user.name}' gewijzigd van {before.label} in "
                 f"{role.label}", user=user.name, role=role.value)
    _forget_cached_actor(session, user.name)
    return _row(session, user)


def assign_rounds(session: Session, name: str, round_ids: list[int], assigned: bool = True) -> UserRow:
    """Assign (or with ``assigned=False`` take off) a typist to rounds."""
    require(session, Action.MANAGE, where="gebruikers")
    user = _user(session, name)
    if user.role != Role.TYPIST.value:
        raise UserError(f"'{user.name}' is {Role(user.role).label}; alleen een invoerder wordt bij een ronde "
                        "ingedeeld (een coördinator ziet alle rondes, een partner voert niets in). Er is niets gewijzigd.")
    current = set(session.scalars(select(UserRound.round_id).where(UserRound.user_id == user.id)))
    names = []
    for round_id in round_ids:
        round_ = session.get(Round, round_id)
        if round_ is None:
            raise UserError(f"Ronde {round_id} bestaat niet (meer); er is niets gewijzigd.")
        names.append(round_.name)
        if assigned and round_id not in current:
            session.add(UserRound(user_id=user.id, round_id=round_id))
        elif not assigned and round_id in current:
            session.delete(session.scalar(select(UserRound).where(UserRound.user_id == user.id,
                                                                  UserRound.round_id == round_id)))
    session.flush()
    verb = "ingedeeld bij" if assigned else "gehaald van"
    log_activity(session, "users.assign", f"Invoerder '{user.name}' {verb} {', '.join(names)}",
                 user=user.name, rounds=round_ids, assigned=assigned)
    _forget_cached_actor(session, user.name)
    return _row(session, user)


def remove_user(session: Session, name: str) -> None:
    actor = require(session, Action.MANAGE, where="gebruikers")
    user = _user(session, name)
    if user.name == actor.name:
        raise UserError("U kunt uzelf niet verwijderen (dan kunt u de database niet meer openen). Laat een andere "
                        "coördinator dat doen. Er is niets gewijzigd.")
    _keep_a_coordinator(session, user, "verwijderen")
    session.delete(user)
    session.flush()
    sync_login(session, user.name, None)       # the server login stays (its log lines name it), without rights
    log_activity(session, "users.remove", f"Gebruiker '{user.name}' verwijderd", user=user.name)


def _forget_cached_actor(session: Session, name: str) -> None:
    """A changed user's rights apply from their next session on (their own session forgets them now)."""
    actor = session.info.get(ACTOR_KEY)
    if actor is not None and actor.name == name:
        session.info.pop(ACTOR_KEY, None)


def round_choices(session: Session) -> list[tuple[int, str]]:
    """Every round a typist can be assigned to: (id, 'Flat › Ronde'), by block and name."""
    from flatapp.storage.models import Building

    return [(round_id, f"{building} › {name}") for round_id, building, name in session.execute(
        select(Round.id, Building.name, Round.name).join(Building, Building.id == Round.building_id)
        .order_by(Building.name, Round.name))]
