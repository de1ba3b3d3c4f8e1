"""Who may do what: the three roles of a shared office, as one table used by the app and the database.

* **coördinator** — everything: the block, the rounds, every tier, exports, privacy, the users.
* **invoerder** (typist) — door outcomes and forms of the rounds assigned to them; sees the addresses
  and the round's planning it needs to type, nothing confidential beyond that, no exports.
* **partner** — reads, writes nothing; sees the internal tier (aggregates), no names, stories or network.

``TABLE_ACCESS`` says per role which tables it may read and write. The app checks every statement
against it (flatapp.services.access); on PostgreSQL the same table becomes grants and row-level
security (flatapp.services.db_roles), so a typist with a SQL client is held to it as well.
"""

from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    COORDINATOR = "coordinator"
    TYPIST = "invoerder"
    PARTNER = "partner"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Role:
        """A role from what a user typed: 'coordinator', 'coördinator', 'invoerder', 'typist', 'partner'."""
        word = text.strip().lower().replace("ö", "o")
        found = {"coordinator": cls.COORDINATOR, "invoerder": cls.TYPIST, "typist": cls.TYPIST,
                 "partner": cls.PARTNER}.get(word)
        if found is None:
            raise ValueError(text)
        return found


_LABELS = {Role.COORDINATOR: "coördinator", Role.TYPIST: "invoerder", Role.PARTNER: "partner"}


class Action(str, Enum):
    """What a service asks permission for, beyond reading and writing tables."""

    MANAGE = "beheer"                     # block, homes, rounds, planning, questionnaires, users
    ENTER = "invoeren"                    # door outcomes and forms (a typist: of their rounds only)
    VIEW_CONFIDENTIAL = "vertrouwelijk"   # network, follow-up, names, stories, the logs
    VIEW_INTERNAL = "intern"              # aggregates of the internal tier
    EXPORT = "exporteren"                 # anything that leaves the app (files, printing)
    EXPORT_INTERNAL = "intern exporteren" # an internal-tier report (the partner's copy)


ALLOWED: dict[Role, frozenset[Action]] = {
    Role.COORDINATOR: frozenset(Action),
    Role.TYPIST: frozenset({Action.ENTER}),
    Role.PARTNER: frozenset({Action.VIEW_INTERNAL, Action.EXPORT_INTERNAL}),
}

# What each action is called in a refusal: "U mag als invoerder geen <...>."
ACTION_TEXT = {
    Action.MANAGE: "flats, woningen, rondes, planning, vragenlijsten of gebruikers wijzigen",
    Action.ENTER: "deuruitkomsten of formulieren invoeren",
    Action.VIEW_CONFIDENTIAL: ("vertrouwelijke gegevens bekijken, zoals het netwerk, de opvolglijst, namen, verhalen of "
                              "het logboek"),
    Action.VIEW_INTERNAL: "resultaten bekijken",
    Action.EXPORT: "gegevens exporteren of afdrukken",
    Action.EXPORT_INTERNAL: "interne rapporten exporteren",
}

# Tables of the rounds' own work: a typist reads and writes their rows only for the rounds assigned to
# them (``round_id`` in the table, or through the interview the row belongs to).
ROUND_TABLES = ("door_attempt", "interview", "consent")
INTERVIEW_TABLES = ("interview_change", "verification_entry")

# What a typist needs to type door outcomes and forms: the block, the round's planning and codes.
_TYPIST_READS = frozenset({
    "alembic_version", "building", "entrance", "home", "questionnaire", "questionnaire_version", "round",
    "evening", "volunteer", "team", "team_member", "assignment", "outcome_code",
    *ROUND_TABLES, *INTERVIEW_TABLES, "app_user", "user_round",
})
_TYPIST_WRITES = frozenset({*ROUND_TABLES, *INTERVIEW_TABLES, "questionnaire_version"})

# Scanned pages (images of residents' handwriting and answers) and their review: the coordinator's.
SCAN_TABLES = ("scan_batch", "scan_page", "scan_item", "scan_answer")

# Never for a partner: people, their consent and sign-ups, the logs, the coordinator's quote decisions.
PARTNER_NEVER = frozenset({
    "person", "sign_up", "consent", "activity_log", "group_member", "interview_change", "verification_entry",
    "quote_approval", *SCAN_TABLES,
})

# Every role may add lines to the activity log (each change and confidential view is logged per user);
# only a coordinator reads it.
LOG_TABLE = "activity_log"


def may_read(role: Role, table: str) -> bool:
    if role is Role.COORDINATOR:
        return True
    if role is Role.TYPIST:
        return table in _TYPIST_READS
    return table not in PARTNER_NEVER


def may_write(role: Role, table: str) -> bool:
    if role is Role.COORDINATOR or table == LOG_TABLE:
        return True
    if role is Role.TYPIST:
        return table in _TYPIST_WRITES
    return False


def readable_tables(role: Role, tables: set[str]) -> set[str]:
    return {table for table in tables if may_read(role, table)}


def writable_tables(role: Role, tables: set[str]) -> set[str]:
    return {table for table in tables if may_write(role, table)}
