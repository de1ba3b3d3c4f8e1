"""Retention dates and the purge: personal data out, figures kept; refused before the date."""

from __future__ import annotations

import os
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from flatapp.analysis.results import compute_results
from flatapp.domain.answers import decode_answers
from flatapp.privacy.compact import compact_storage
from flatapp.privacy.retention import (
    PURGE_ACTION,
    backups_before,
    backups_holding,
    delete_backups,
    due_rounds,
    plan_purge,
    purge_round,
    retention_rows,
    set_retention,
)
from flatapp.services.errors import UserError
from flatapp.services.rounds import add_evening, create_round
from flatapp.storage.interview_models import Interview, InterviewChange
from flatapp.storage.models import ActivityLog
from flatapp.storage.quote_models import QuoteApproval
from flatapp.storage.round_models import Round, Team, Volunteer
from tests.privacy.conftest import CONTACT_NAME, DOOR_NOTE, SECRETS, STORY_TEXT, database_bytes


def test_default_is_one_year_after_the_last_evening(demo):
    with demo.session() as session:
        (row,) = retention_rows(session, today=date(2027, 11, 12))
        assert (row.retention_until, row.explicit, row.due) == (date(2027, 11, 12), False, False)
        assert row.state_label == "bewaard tot en met 12-11-2027"
        assert [r.round_name for r in due_rounds(session, today=date(2027, 11, 13))] == ["Najaar 2026"]


def test_without_evenings_the_period_end_or_the_day_it_was_made_counts(database, make_building):
    building_id = make_building()
    with database.session() as session, session.begin():
        create_round(session, building_id, "Met periode", period_end=date(2028, 2, 29))
        bare = create_round(session, building_id, "Zonder alles")
        session.get(Round, bare.id).created_at = datetime(2026, 3, 1, 12, 0)
        with_evening = create_round(session, building_id, "Met avond", period_end=date(2026, 12, 31))
        add_evening(session, with_evening.id, date(2026, 5, 4), datetime(2026, 5, 4, 18).time(),
                    datetime(2026, 5, 4, 20).time())
    with database.session() as session:
        dates = {r.round_name: r.retention_until for r in retention_rows(session, building_id)}
    assert dates == {"Met periode": date(2029, 2, 28), "Zonder alles": date(2027, 3, 1), "Met avond": date(2027, 5, 4)}


def test_set_retention_is_checked_and_logged(demo):
    with demo.session() as session, session.begin():
        round_id = session.scalar(select(Round.id))
        with pytest.raises(UserError, match="vóór de laatste avond.*12-11-2026"):
            set_retention(session, round_id, date(2026, 11, 1))
        row = set_retention(session, round_id, date(2027, 11, 25))
        assert (row.retention_until, row.explicit) == (date(2027, 11, 25), True)
        entry = session.scalars(select(ActivityLog).where(ActivityLog.action == "privacy.retention")).one()
        assert "12-11-2027 in 25-11-2027" in entry.summary and entry.tier == "vertrouwelijk"


def test_purge_is_refused_before_the_date_unless_now(demo, household):
    with demo.session() as session, session.begin():
        with pytest.raises(UserError, match="tot en met 12-11-2027.*--now --yes"):
            purge_round(session, household.round_id, today=date(2027, 11, 12))
        assert session.get(Round, household.round_id).purged_at is None
        result = purge_round(session, household.round_id, now=True, today=date(2027, 1, 1))
        assert "vóór de bewaartermijn van 12-11-2027, op verzoek" in result.summary


def test_purge_removes_personal_data_and_keeps_the_figures(demo, household):
    with demo.session() as session:
        before = compute_results(session, household.round_id)
        plan = plan_purge(session, household.round_id)
        interviews = session.scalar(select(func.count(Interview.id)))
    assert plan.interviews == 96 and plan.volunteers == 10 and plan.quote_decisions == 1 and plan.door_notes >= 1
    with demo.session() as session, session.begin():
        teams = list(session.scalars(select(Team).order_by(Team.position)))
        teams[1].name = "Team Anke en Bram Hoekstra"             # named after people …
        session.flush()
        teams[0].name = "Team 2"                                  # … and another in the wrong place
    with demo.session() as session, session.begin():
        result = purge_round(session, household.round_id, today=date(2027, 11, 13))
    compact_storage(demo.engine)
    data = database_bytes(demo)
    assert [s for s in SECRETS if s.encode() in data] == []
    assert b"Anke Dijkstra" not in data and b"Toen ik mijn heup" not in data      # volunteers, demo stories
    assert b"Bram Hoekstra" not in data
    with demo.session() as session:
        after = compute_results(session, household.round_id)
        assert session.scalar(select(func.count(Interview.id))) == interviews
        for interview in session.scalars(select(Interview)):
            answers = decode_answers(interview.answers)
            assert not {"VH1", "CT2", "CT3", "KN2", "WO1", "WO3", "HP3", "ON3"} & set(answers)
            assert "KN1" in answers and "SC1" in answers
        assert {c.old_value for c in session.scalars(select(InterviewChange))} == {"null"}
        assert session.scalar(select(func.count(QuoteApproval.id))) == 0
        assert [v.name for v in session.scalars(select(Volunteer).order_by(Volunteer.id))][:2] == [
            "Vrijwilliger 1", "Vrijwilliger 2"]
        assert [t.name for t in session.scalars(select(Team).order_by(Team.position))] == [
            f"Team {n}" for n in range(1, 6)]
        round_ = session.get(Round, household.round_id)
        assert round_.purged_at == result.purged_at.replace(tzinfo=None)
        entry = session.scalars(select(ActivityLog).where(ActivityLog.action == PURGE_ACTION)).one()
        assert entry.tier == "vertrouwelijk" and "Najaar 2026" in entry.summary
        assert due_rounds(session, today=date(2028, 1, 1)) == []
    # Figures from closed answers stay; the network (home-level ties) and stories are gone.
    assert after.response == before.response
    assert after.cohesion == before.cohesion
    assert after.questions == before.questions
    assert not after.ties and not after.quotes and before.ties
    assert STORY_TEXT not in str(after) and CONTACT_NAME not in str(after) and DOOR_NOTE not in str(after)


def test_backups_made_before_are_listed_and_removed_only_on_request(demo, tmp_path):
    folder = tmp_path / "backups"
    old = demo.backup(folder, "backup")
    future = folder / "voorbeeld-20990101-120000-000000-backup.sqlite"
    future.write_bytes(b"x")
    other = folder / "notities.txt"
    other.write_text("geen database")
    listed = backups_before(folder, datetime.now())
    assert [b.path for b in listed] == [old]
    assert "gemaakt" in listed[0].label
    with demo.session() as session:
        rows = retention_rows(session, today=date(2099, 6, 1))
    assert [b.path for b in backups_holding(folder, rows)] == [old]
    stamp = datetime.now().timestamp() - 10
    os.utime(other, (stamp, stamp))
    with demo.session() as session, session.begin():
        removed = delete_backups(session, listed)
        entry = session.scalars(select(ActivityLog).where(ActivityLog.action == "privacy.backups")).one()
    assert removed == [old] and not old.exists() and future.exists() and other.exists()
    assert old.name in entry.details and entry.target == str(folder)
