"""Users and roles in the app: who is working, what each role may read and write, and the log per user.

The login is the computer's user name on SQLite; the tests set it (``login``) as a typist or partner would
log in on a shared laptop. PostgreSQL's own enforcement is tested in tests/storage/test_postgresql_roles.py.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from flatapp.domain.roles import Role
from flatapp.domain.tiers import Tier
from flatapp.services.access import AccessDenied, actor_of, sign_in
from flatapp.services.activity import log_activity
from flatapp.services.door_outcomes import latest_outcomes, record_attempt
from flatapp.services.follow_up import follow_up_rows
from flatapp.services.homes import list_home_rows, update_home
from flatapp.services.interviews import complete_interview, list_interviews, open_interview, save_draft
from flatapp.services.rounds import create_round
from flatapp.services.users import add_user, assign_rounds, list_users, remove_user, set_role
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import Consent
from flatapp.storage.round_models import DoorAttempt

# The laptop's rules (the computer's login, no users yet); PostgreSQL's own logins and roles are tested in
# tests/storage/test_postgresql_roles.py.
pytestmark = pytest.mark.sqlite_only

GOOD = {"KN1": 1, "KN3": 1, "KN4": 2, "KN5": "?", "HP1": 1, "HP2": [2, 1], "HP4": 2, "WO2": [6], "ON1": [6],
        "ON2": [6], "CT1": 1}
MOMENT = datetime(2026, 11, 24, 19, 0)


@pytest.fixture
def login(monkeypatch):
    """Set who is logged in on this computer: ``login('tina')``."""
    def set_login(name: str) -> None:
        monkeypatch.setattr("flatapp.services.access.os_login", lambda: name)

    set_login("coco")
    return set_login


def run(database, function, *args, **kwargs):
    with database.session() as session, session.begin():
        return function(session, *args, **kwargs)


@pytest.fixture
def office(database, make_building, login):
    """A block with two rounds; coco (coordinator) set up tina (typist of round A) and pim (partner)."""
    building = make_building()
    with database.session() as s, s.begin():
        first = create_round(s, building, "Ronde A").id
        second = create_round(s, building, "Ronde B").id
        added = add_user(s, "tina", Role.TYPIST, "Tina Typt")
        add_user(s, "pim", Role.PARTNER)
        assign_rounds(s, "tina", [first])
        homes = [h.id for h in list_home_rows(s, building)]
    assert added.also_added == "coco"          # the laptop's own user stays in, as coordinator
    return {"building": building, "a": first, "b": second, "homes": homes}


def test_a_laptop_without_users_is_the_coordinators_as_before(database, login):
    login("anna")
    with database.session() as s, s.begin():
        actor = actor_of(s)
        log_activity(s, "test", "iets gedaan")
    assert (actor.name, actor.role, actor.registered) == ("anna", Role.COORDINATOR, False)
    with database.session() as s:
        assert s.scalar(select(ActivityLog.user)) == "anna"


def test_users_are_listed_with_role_and_rounds(database, office):
    with database.session() as s:
        users = list_users(s)
    assert [(u.name, u.role, u.rounds) for u in users] == [
        ("coco", Role.COORDINATOR, ()), ("pim", Role.PARTNER, ()), ("tina", Role.TYPIST, ("Ronde A",))]


def test_a_login_that_is_not_a_user_is_refused_in_dutch(database, office, login):
    login("mallory")
    with pytest.raises(AccessDenied, match="'mallory' staat niet als gebruiker in deze database"):
        sign_in(database)


def test_the_typist_enters_forms_and_doors_of_their_round_only(database, office, login):
    login("tina")
    home = office["homes"][0]
    draft = run(database, save_draft, office["a"], home, {"KN1": 1}, None)
    done = run(database, complete_interview, office["a"], home, GOOD, draft.version)
    assert done.entered_by == "tina"
    run(database, record_attempt, office["a"], home, 1, MOMENT)
    with pytest.raises(AccessDenied, match="niet ingedeeld bij deze ronde"):
        run(database, save_draft, office["b"], home, {"KN1": 1}, None)
    with pytest.raises(AccessDenied, match="niet ingedeeld bij deze ronde"):
        run(database, record_attempt, office["b"], home, 1, MOMENT)
    with database.session() as s:
        assert [i.home_id for i in list_interviews(s, office["a"])] == [home]
        assert set(latest_outcomes(s, office["a"])) == {home}
    login("coco")                          # the coordinator sees that nothing reached round B
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Interview).where(Interview.round_id == office["b"])) == 0
        assert s.scalar(select(func.count()).select_from(DoorAttempt).where(DoorAttempt.round_id == office["b"])) == 0
        assert s.scalar(select(Consent.recorded_by)) == "tina"       # the form's consent, recorded by her


def test_the_typist_does_not_see_other_rounds_rows(database, office, login):
    home = office["homes"][1]
    run(database, complete_interview, office["b"], home, GOOD, None)        # coco types round B herself
    login("tina")
    with database.session() as s:
        assert list_interviews(s, office["b"]) == []
        assert open_interview(s, office["b"], home) is None
        assert s.scalars(select(Interview.answers)).all() == []
        assert s.scalars(select(Consent.id)).all() == []


def test_the_typist_reads_nothing_confidential_and_changes_no_set_up(database, office, login):
    login("tina")
    with database.session() as s:
        with pytest.raises(AccessDenied, match="rol invoerder; die rol mag geen"):
            follow_up_rows(s, office["a"])
        with pytest.raises(AccessDenied, match="vertrouwelijke gegevens bekijken.*activity_log"):
            s.scalars(select(ActivityLog)).all()
        assert [u.name for u in list_users(s)] == ["tina"]        # herself only
    with pytest.raises(AccessDenied, match="rol invoerder; die rol mag geen"):
        run(database, update_home, office["homes"][0], {"postcode": "8601ab"}, 1)
    with pytest.raises(AccessDenied, match="exporteren"):
        run(database, log_activity, "export", "deurlijst", tier=Tier.CONFIDENTIAL, target="deurlijst.pdf")
    with pytest.raises(AccessDenied):
        run(database, add_user, "eve", Role.COORDINATOR)


def test_the_partner_reads_aggregates_and_writes_nothing(database, office, login):
    from flatapp.analysis.results import compute_results

    for home in office["homes"][:3]:
        run(database, complete_interview, office["a"], home, GOOD, None)
    login("pim")
    with database.session() as s:
        results = compute_results(s, office["a"])
        assert results.response.complete == 3
        assert results.follow_up == () and results.network_homes == () and results.quotes == ()
        with pytest.raises(AccessDenied, match="rol partner; die rol mag geen vertrouwelijke"):
            s.scalars(select(Consent)).all()
    with pytest.raises(AccessDenied, match="rol partner; die rol mag geen flats, woningen"):
        run(database, update_home, office["homes"][0], {"postcode": "8601ab"}, 1)
    with pytest.raises(AccessDenied, match="rol partner; die rol mag geen vertrouwelijke"):
        run(database, log_activity, "network.show", "netwerk", tier=Tier.CONFIDENTIAL, target="scherm")
    run(database, log_activity, "report", "intern rapport", tier=Tier.INTERNAL, target="rapport.pdf")
    login("tina")
    with database.session() as s, pytest.raises(AccessDenied, match="rol invoerder; die rol mag geen resultaten"):
        compute_results(s, office["a"])


def test_every_change_is_logged_with_the_real_user(database, office, login):
    login("tina")
    run(database, log_activity, "doors.entered", "deuren ingevoerd")
    login("coco")
    with database.session() as s:
        lines = s.execute(select(ActivityLog.user, ActivityLog.action).order_by(ActivityLog.id)).all()
    assert ("coco", "users.add") in lines and ("tina", "doors.entered") in lines


def test_a_database_keeps_a_coordinator(database, office, login):
    with pytest.raises(Exception, match="uzelf niet verwijderen"):
        run(database, remove_user, "coco")
    with pytest.raises(Exception, match="enige coördinator"):
        run(database, set_role, "coco", Role.PARTNER)
    with pytest.raises(Exception, match="alleen een invoerder wordt bij een ronde"):
        run(database, assign_rounds, "pim", [office["a"]])
    run(database, set_role, "tina", Role.PARTNER)           # no longer a typist: her rounds go
    run(database, remove_user, "pim")
    with database.session() as s:
        assert [(u.name, u.rounds) for u in list_users(s)] == [("coco", ()), ("tina", ())]
