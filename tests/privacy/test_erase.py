"""Erasure of a household: nothing of it is left in the database bytes; the other homes keep theirs."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from flatapp.analysis.results import compute_results
from flatapp.domain.answers import decode_answers
from flatapp.privacy.compact import compact_storage
from flatapp.privacy.erase import ACTION, erase_home, plan_erasure
from flatapp.storage.interview_models import Interview, InterviewChange, VerificationEntry
from flatapp.storage.models import ActivityLog, Home
from flatapp.storage.privacy_models import Consent
from flatapp.storage.quote_models import QuoteApproval
from flatapp.storage.round_models import DoorAttempt
from tests.privacy.conftest import SECRETS, TODAY, database_bytes


def _others(session, household) -> dict[int, str]:
    return {i.id: i.answers for i in session.scalars(select(Interview).where(Interview.home_id != household.home_id))}


def test_erasure_leaves_no_byte_of_the_household(demo, household):
    with demo.session() as session:
        before = compute_results(session, household.round_id)
        others_before = _others(session, household)
        plan = plan_erasure(session, household.home_id)
        home_count = session.scalar(select(func.count(Home.id)))
    assert plan.interviews == 1 and plan.corrections >= 3 and plan.double_entries == 1 and plan.stories == 1
    assert plan.contact_details == 1 and plan.quote_decisions == 1 and plan.consents >= 3
    assert plan.named_by_others >= 1 and plan.door_notes == 1
    lines = "\n".join(plan.lines())
    assert "verhaal" in lines and "naam en contactgegevens" in lines and "andere bewoners" in lines
    data = database_bytes(demo)
    assert all(secret.encode() in data for secret in SECRETS)     # the test can fail: they are there

    with demo.session() as session, session.begin():
        result = erase_home(session, household.home_id, today=TODAY)
    assert result.log_lines_cleaned >= 2          # the copied correction line and the consent line
    data = database_bytes(demo)
    assert any(secret.encode() in data for secret in SECRETS)     # deleted rows still sit in the file/WAL
    compacted = compact_storage(demo.engine)
    assert compacted.done
    data = database_bytes(demo)
    found = [secret for secret in SECRETS if secret.encode() in data]
    assert found == []

    with demo.session() as session:
        assert session.scalar(select(func.count(Interview.id)).where(Interview.home_id == household.home_id)) == 0
        assert session.scalar(select(func.count(Consent.id)).where(Consent.home_id == household.home_id)) == 0
        assert session.scalar(select(func.count(Home.id))) == home_count       # the address stays
        attempts = list(session.scalars(select(DoorAttempt).where(DoorAttempt.home_id == household.home_id)))
        assert attempts and all(a.note == "" and a.come_back == "" for a in attempts)
        assert session.scalar(select(func.count(QuoteApproval.id))) == 0
        assert session.scalar(select(func.count(VerificationEntry.id))) == 0
        others_after = _others(session, household)
        # Every other interview is still there; only those naming the home changed, and only in KN2.
        assert set(others_after) == set(others_before)
        changed = [i for i in others_after if others_after[i] != others_before[i]]
        assert len(changed) == plan.named_by_others
        for interview_id in changed:
            old, new = decode_answers(others_before[interview_id]), decode_answers(others_after[interview_id])
            assert household.code in old["KN2"] and household.code not in new.get("KN2", [])
            assert {k: v for k, v in old.items() if k != "KN2"} == {k: v for k, v in new.items() if k != "KN2"}
        assert session.scalar(select(func.count(InterviewChange.id)).where(
            InterviewChange.new_value.contains(household.code))) == 0
        after = compute_results(session, household.round_id)
        erased = session.scalars(select(ActivityLog).where(ActivityLog.action == ACTION)).one()
    # The results are computed again without the household and without its ties.
    assert after.response.complete == before.response.complete - 1
    ties_with_home = [t for t in before.ties if household.home_id in (t.source, t.target)]
    assert ties_with_home and len(after.ties) == len(before.ties) - len(ties_with_home)
    assert all(household.home_id not in (t.source, t.target) for t in after.ties)
    assert household.code not in [h.home_code for h in after.follow_up]
    # The log keeps that the erasure happened (tier, home), not the content.
    assert erased.tier == "vertrouwelijk" and household.code in erased.summary
    assert "publicaties die al gemaakt waren blijven zoals ze waren" in erased.summary
    assert json.loads(erased.details)["home"] == household.code


def test_erasing_twice_finds_nothing_left(demo, household):
    with demo.session() as session, session.begin():
        erase_home(session, household.home_id, today=TODAY)
    with demo.session() as session, session.begin():
        plan = plan_erasure(session, household.home_id)
        assert plan.empty and plan.lines() == []
        result = erase_home(session, household.home_id, today=TODAY)
    assert "geen persoonsgegevens" in result.summary


def test_every_respondent_and_draft_of_the_home_goes(demo, household):
    from flatapp.services.interviews import save_draft

    with demo.session() as session, session.begin():
        save_draft(session, household.round_id, household.home_id, {"WO1": "Tweede bewoner: Zonderland junior"},
                   None, respondent=2)
    with demo.session() as session:
        total = session.scalar(select(func.count(Interview.id)))
        plan = plan_erasure(session, household.home_id)
    assert (plan.interviews, plan.drafts) == (2, 1)
    assert "waarvan 1 concept" in plan.lines()[0]
    with demo.session() as session, session.begin():
        erase_home(session, household.home_id, today=TODAY)
    compact_storage(demo.engine)
    with demo.session() as session:
        assert session.scalar(select(func.count(Interview.id))) == total - 2
    assert b"Zonderland junior" not in database_bytes(demo)
