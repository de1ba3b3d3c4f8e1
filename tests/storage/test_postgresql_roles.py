"""The roles enforced by PostgreSQL itself: a typist with a SQL client reads nothing confidential and writes
nothing outside their rounds, while the app's typist flows work under the same login.

A throwaway server with password logins (scram) on a loopback port; the administrator 'flatapp' owns the
database and runs `users setup-roles` as the office's IT person would.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime

import pytest

from tests import pg_server

psycopg = pytest.importorskip("psycopg")

ADMIN_PASSWORD = "beheer-geheim-1"
GOOD = {"KN1": 1, "KN3": 1, "KN4": 2, "KN5": "?", "HP1": 1, "HP2": [2, 1], "HP4": 2, "WO2": [6], "ON1": [6],
        "ON2": [6], "CT1": 1}


@contextmanager
def password_server():
    """(host, port) of a throwaway server that asks passwords over TCP; stopped at the end."""
    from sqlalchemy.engine import make_url

    with pg_server.server_or_skip(ADMIN_PASSWORD) as url:
        address = make_url(url)
        yield address.host, address.port


@pytest.fixture(scope="module")
def server():
    with password_server() as address:
        yield address


def url(server, user: str, password: str) -> str:
    host, port = server
    return f"postgresql+psycopg://{user}:{password}@{host}:{port}/postgres"


@pytest.fixture(scope="module")
def office(server, tmp_path_factory):
    """The administrator sets up the database, two rounds with forms typed, and the roles; then adds tina
    (typist of round A) and pim (partner)."""
    from sqlalchemy import text

    from flatapp.domain.roles import Role
    from flatapp.services.access import sign_in
    from flatapp.services.db_roles import setup_roles
    from flatapp.services.home_import import import_homes_file
    from flatapp.services.homes import list_home_rows
    from flatapp.services.interviews import complete_interview
    from flatapp.services.rounds import create_round
    from flatapp.services.users import add_user, assign_rounds
    from flatapp.storage.database import open_database

    source = tmp_path_factory.mktemp("pg-roles") / "adressen.csv"
    source.write_text("Straat;Huisnummer;Postcode;Verdieping;Portiek\n"
                      + "".join(f"Rolstraat;{n};8601 AA;{n // 3};A\n" for n in range(1, 7)), encoding="utf-8")
    db = open_database(url(server, "flatapp", ADMIN_PASSWORD))
    assert sign_in(db).role is Role.COORDINATOR          # the owner of the database: the IT person
    with db.session() as s, s.begin():
        import_homes_file(s, source, "Rolflat")
        building = s.execute(text("SELECT id FROM building")).scalar()
        first = create_round(s, building, "Ronde A").id
        second = create_round(s, building, "Ronde B").id
        homes = [h.id for h in list_home_rows(s, building)]
        complete_interview(s, second, homes[0], {**GOOD, "ON3": "geheim verhaal van ronde B"}, None)
        s.execute(text(
            "INSERT INTO person (round_id, home_id, name, phone, email, follow_up_status, follow_up_note, version, "
            "created_at, updated_at) VALUES (:r, :h, 'Bea Bewoner', '0612345678', '', 'bellen', '', 1, now(), now())"),
            {"r": second, "h": homes[0]})
        result = setup_roles(s)
        add_user(s, "tina", Role.TYPIST, "Tina Typt", password="tina-wachtwoord")
        add_user(s, "pim", Role.PARTNER, password="pim-wachtwoord")
        assign_rounds(s, "tina", [first])
    assert result.tables >= 25
    db.dispose()
    return {"a": first, "b": second, "homes": homes}


def typist_sql(server):
    host, port = server
    return psycopg.connect(host=host, port=port, dbname="postgres", user="tina", password="tina-wachtwoord",
                           autocommit=True)


@pytest.mark.parametrize("table", ["person", "sign_up", "activity_log", "working_group", "group_member",
                                   "partner", "quote_approval", "publication"])
def test_a_typist_with_psql_cannot_read_the_confidential_tables(server, office, table):
    with typist_sql(server) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(f"SELECT * FROM {table}").fetchall()


def test_a_typist_with_psql_sees_and_writes_only_their_rounds(server, office):
    with typist_sql(server) as connection:
        assert connection.execute("SELECT count(*) FROM interview").fetchone()[0] == 0     # round B's is hidden
        assert connection.execute("SELECT count(*) FROM consent").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM interview_change").fetchone()[0] == 0
        assert connection.execute("SELECT name FROM app_user").fetchall() == [("tina",)]
        assert connection.execute("SELECT count(*) FROM home").fetchone()[0] == 6          # addresses to type
        with pytest.raises(psycopg.errors.InsufficientPrivilege):                          # row-level security
            connection.execute(
                "INSERT INTO interview (round_id, home_id, respondent, status, answers, entered_by, version, "
                "created_at, updated_at) VALUES (%s, %s, 1, 'draft', '{}', 'tina', 1, now(), now())",
                (office["b"], office["homes"][1]))
        assert connection.execute("UPDATE interview SET answers = '{}'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE home SET postcode = '9999 ZZ'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO user_round (user_id, round_id) SELECT id, %s FROM app_user",
                               (office["b"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM activity_log")


def test_the_apps_typist_flows_work_under_the_typist_login(server, office):
    from flatapp.domain.roles import Role
    from flatapp.services.access import AccessDenied, sign_in
    from flatapp.services.activity import log_activity
    from flatapp.services.door_outcomes import latest_outcomes, record_attempt
    from flatapp.services.interviews import complete_interview, list_interviews, save_draft
    from flatapp.storage.database import open_database

    db = open_database(url(server, "tina", "tina-wachtwoord"))
    try:
        actor = sign_in(db)
        assert (actor.name, actor.role, actor.rounds) == ("tina", Role.TYPIST, frozenset({office["a"]}))
        home = office["homes"][1]
        with db.session() as s, s.begin():
            draft = save_draft(s, office["a"], home, {"KN1": 1}, None)
        with db.session() as s, s.begin():
            done = complete_interview(s, office["a"], home, GOOD, draft.version)   # freezes the questionnaire
            record_attempt(s, office["a"], home, 1, datetime(2026, 11, 24, 19, 5))
            log_activity(s, "doors.entered", "deuren van de avond ingevoerd")
        assert done.entered_by == "tina"
        with db.session() as s:
            assert [row.home_id for row in list_interviews(s, office["a"])] == [home]
            assert set(latest_outcomes(s, office["a"])) == {home}
            assert list_interviews(s, office["b"]) == []
        with db.session() as s, s.begin(), pytest.raises(AccessDenied, match="niet ingedeeld"):
            save_draft(s, office["b"], home, {"KN1": 1}, None)
    finally:
        db.dispose()
    admin = open_database(url(server, "flatapp", ADMIN_PASSWORD))
    try:
        with admin.engine.connect() as connection:
            users = connection.exec_driver_sql(
                "SELECT DISTINCT \"user\" FROM activity_log WHERE action = 'doors.entered'").scalars().all()
            recorded = connection.exec_driver_sql("SELECT recorded_by FROM consent WHERE round_id = %s",
                                                  (office["a"],)).scalars().all()
    finally:
        admin.dispose()
    assert users == ["tina"] and recorded == ["tina"]


def test_a_partner_reads_but_cannot_write_or_see_people(server, office):
    host, port = server
    with psycopg.connect(host=host, port=port, dbname="postgres", user="pim", password="pim-wachtwoord",
                         autocommit=True) as connection:
        assert connection.execute("SELECT count(*) FROM interview").fetchone()[0] >= 1
        for statement in ("SELECT * FROM person", "SELECT * FROM consent", "UPDATE interview SET version = 9",
                          "DELETE FROM home"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
