"""Quote approval: consent from the resident, approval from the coordinator, stale after a correction."""

from __future__ import annotations

import pytest

from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.interviews import save_draft
from flatapp.services.quotes import (
    MAX_QUOTE_LENGTH,
    approve_quote,
    approved_quotes,
    identifying_hints,
    list_quotes,
    reject_quote,
)
from flatapp.services.rounds import create_round
from flatapp.storage.interview_models import Interview
from flatapp.storage.models import ActivityLog
from tests.answers_fill import complete_filled


@pytest.fixture
def story_round(database, make_building):
    """Four homes: consent + story, no consent, consent without story, and a draft with consent."""
    building_id = make_building("Verhalenflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar").id
        homes = list_home_rows(s, building_id)
        ids = {}
        ids["consent"] = complete_filled(s, round_id, homes[0].id, {
            "KN1": 1, "VH1": "Mevrouw Jansen van nummer 12 zet altijd mijn container buiten.", "VH2": 1}, None).id
        ids["no_consent"] = complete_filled(s, round_id, homes[1].id, {
            "KN1": 1, "VH1": "Ik woon hier graag.", "VH2": 2}, None).id
        ids["no_story"] = complete_filled(s, round_id, homes[2].id, {"KN1": 1, "VH2": 1}, None).id
        save_draft(s, round_id, homes[3].id, {"KN1": 1, "VH1": "Nog een concept.", "VH2": 1}, None)
    return round_id, ids


def test_only_complete_stories_with_consent_are_candidates(database, story_round):
    round_id, ids = story_round
    with database.session() as s:
        rows = list_quotes(s, round_id)
        assert [(r.interview_id, r.status) for r in rows] == [(ids["consent"], "new")]
        assert rows[0].status_label == "nog beoordelen"
        assert approved_quotes(s, round_id) == ()


def test_approve_with_edited_text_and_it_becomes_public(database, story_round):
    round_id, ids = story_round
    with database.session() as s, s.begin():
        row = approve_quote(s, ids["consent"], "  Een buurvrouw zet altijd\n mijn container buiten. ")
        assert row.status == "approved" and row.decided_by
    with database.session() as s:
        assert approved_quotes(s, round_id) == ("Een buurvrouw zet altijd mijn container buiten.",)
        assert s.query(ActivityLog).filter_by(action="citaat").count() == 1


def test_rejected_quotes_are_not_public(database, story_round):
    round_id, ids = story_round
    with database.session() as s, s.begin():
        approved = approve_quote(s, ids["consent"], "Fijne buren.")
        reject_quote(s, ids["consent"], approved.version)
    with database.session() as s:
        assert approved_quotes(s, round_id) == ()
        assert list_quotes(s, round_id)[0].status == "rejected"


def correct(session, interview_id: int, answers: dict) -> None:
    interview = session.get(Interview, interview_id)
    complete_filled(session, interview.round_id, interview.home_id, answers, interview.version)


def test_a_corrected_story_or_withdrawn_consent_needs_a_new_decision(database, story_round):
    round_id, ids = story_round
    with database.session() as s, s.begin():
        approve_quote(s, ids["consent"], "Fijne buren.")
    with database.session() as s, s.begin():
        correct(s, ids["consent"], {"KN1": 1, "VH1": "Andere tekst.", "VH2": 1})
    with database.session() as s:
        assert list_quotes(s, round_id)[0].status == "changed"
        assert approved_quotes(s, round_id) == ()
    with database.session() as s, s.begin():
        correct(s, ids["consent"], {"KN1": 1, "VH1": "Andere tekst.", "VH2": 2})
    with database.session() as s:
        assert list_quotes(s, round_id) == []
        assert approved_quotes(s, round_id) == ()


@pytest.mark.parametrize("which, message", [
    ("no_consent", "geen toestemming"),
    ("no_story", "geen verhaal"),
])
def test_without_consent_or_story_approval_is_refused(database, story_round, which, message):
    _round_id, ids = story_round
    with database.session() as s, pytest.raises(UserError, match=message):
        approve_quote(s, ids[which], "Tekst")


@pytest.mark.parametrize("text, message", [("   ", "leeg"), ("x" * (MAX_QUOTE_LENGTH + 1), "korter")])
def test_empty_or_too_long_text_is_refused(database, story_round, text, message):
    _round_id, ids = story_round
    with database.session() as s, pytest.raises(UserError, match=message):
        approve_quote(s, ids["consent"], text)


def test_unknown_interview_or_round(database):
    with database.session() as s:
        with pytest.raises(UserError, match="bestaat niet"):
            approve_quote(s, 999, "Tekst")
        with pytest.raises(UserError, match="bestaat niet"):
            list_quotes(s, 999)


def test_identifying_hints_point_at_numbers_and_names():
    hints = identifying_hints("Wij wonen hier fijn. Mevrouw Jansen van nummer 12 helpt mij.")
    assert any("getal" in h for h in hints)
    assert any("Jansen" in h for h in hints) and not any("Mevrouw" in h for h in hints)
    assert identifying_hints("Het is hier gezellig, mail me op a@b.nl") == ["Er staat een e-mail- of webadres in."]
    assert identifying_hints("Het is hier gezellig.") == []
