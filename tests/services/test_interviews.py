"""Entering paper forms: drafts, conflicts between windows, completing, freezing, corrections, respondents."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.interviews import (
    AnswersInvalid,
    InterviewConflict,
    InterviewIsComplete,
    complete_interview,
    delete_draft,
    drafts,
    find_homes,
    history,
    interview_counts,
    next_respondent,
    open_interview,
    save_draft,
)
from flatapp.services.rounds import create_round
from flatapp.storage.interview_models import Interview, InterviewChange
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from flatapp.storage.round_models import Round

# Every required question of the template (without the CBS block) answered; '?' is "weet niet".
GOOD = {"KN1": 1, "KN3": 1, "KN4": 2, "KN5": "?", "HP1": 1, "HP2": [2, 1], "HP4": 2, "WO2": [6], "ON1": [6],
        "ON2": [6], "CT1": 2}


@pytest.fixture
def block(make_building) -> dict:
    """12 homes (numbers 1-4, 11-14, 21-24), one with a letter, plus a second block with its round."""
    building_id = make_building("Kastanjeflat", [("A", f, 10 * f + i) for f in range(3) for i in range(1, 5)]
                                + [("A", 0, 5, "A")])
    other_id = make_building("Andere flat", [("A", 0, 1)], postcode="9999 ZZ")
    return {"building_id": building_id, "other_id": other_id}


@pytest.fixture
def round_id(database, block) -> int:
    with database.session() as s, s.begin():
        return create_round(s, block["building_id"], "Najaar 2026").id


@pytest.fixture
def homes(database, block):
    with database.session() as s:
        return list_home_rows(s, block["building_id"])


def save(database, fn, *args, **kwargs):
    """One call = one transaction, as the GUI does it."""
    with database.session() as s, s.begin():
        return fn(s, *args, **kwargs)


def test_draft_is_saved_and_reopened(database, round_id, homes):
    row = save(database, save_draft, round_id, homes[0].id, {"KN1": 7, "ON3": "  half  "}, None)
    assert (row.status, row.version, row.answers) == ("draft", 1, {"KN1": 7, "ON3": "half"})
    row2 = save(database, save_draft, round_id, homes[0].id, {"KN1": 1}, row.version)
    assert row2.version == 2
    with database.session() as s:
        opened = open_interview(s, round_id, homes[0].id)
        assert opened.answers == {"KN1": 1} and opened.version == 2 and opened.status == "draft"
        assert opened.home_code == homes[0].code and opened.home_label == f"Teststraat {homes[0].number_label}"
        assert [d.id for d in drafts(s, round_id)] == [row.id]
        assert open_interview(s, round_id, homes[1].id) is None
        assert (interview_counts(s, round_id).complete, interview_counts(s, round_id).draft) == (0, 1)


def test_stale_version_is_refused_and_nothing_written(database, round_id, homes):
    row = save(database, save_draft, round_id, homes[0].id, {"KN1": 1}, None)
    save(database, save_draft, round_id, homes[0].id, {"KN1": 2}, row.version)     # window A
    with pytest.raises(InterviewConflict, match="intussen door iemand anders gewijzigd") as caught:  # window B, stale
        save(database, save_draft, round_id, homes[0].id, {"KN1": 3}, row.version)
    assert caught.value.interview_id == row.id
    with database.session() as s:
        assert open_interview(s, round_id, homes[0].id).answers == {"KN1": 2}


def test_a_second_window_creating_the_same_home_gets_the_existing_one(database, round_id, homes):
    first = save(database, save_draft, round_id, homes[0].id, {"KN1": 1}, None)
    with pytest.raises(InterviewConflict, match="al een gesprek") as caught:
        save(database, save_draft, round_id, homes[0].id, {"KN1": 2}, None)
    assert caught.value.interview_id == first.id
    with pytest.raises(InterviewConflict):
        save(database, complete_interview, round_id, homes[0].id, GOOD, None)
    with database.session() as s:
        assert s.scalar(select(func.count(Interview.id))) == 1


def test_home_of_another_block_is_refused(database, round_id, block):
    with database.session() as s:
        other_home = list_home_rows(s, block["other_id"])[0]
    with pytest.raises(UserError, match="hoort niet bij de flat"):
        save(database, save_draft, round_id, other_home.id, {"KN1": 1}, None)


def test_complete_with_errors_saves_nothing(database, round_id, homes):
    draft = save(database, save_draft, round_id, homes[0].id, {"KN1": 1}, None)
    with pytest.raises(AnswersInvalid) as caught:
        save(database, complete_interview, round_id, homes[0].id, {**GOOD, "KN1": 0, "KN2": [homes[1].code]},
             draft.version)
    assert [e.question for e in caught.value.errors] == ["KN2"]
    with pytest.raises(AnswersInvalid) as partly:                              # Enter, Enter, … to the end
        save(database, complete_interview, round_id, homes[0].id, {"KN1": 1, "KN3": 1}, draft.version)
    assert [e.question for e in partly.value.errors] == ["KN4", "KN5", "HP1", "HP4", "WO2", "ON1", "ON2", "CT1"]
    with pytest.raises(AnswersInvalid) as empty:                               # Ctrl+Enter on an empty form
        save(database, complete_interview, round_id, homes[1].id, {}, None)
    assert "leeg" in empty.value.errors[0].message
    with database.session() as s:
        stored = open_interview(s, round_id, homes[0].id)
        assert (stored.status, stored.answers, stored.version) == ("draft", {"KN1": 1}, 1)
        assert open_interview(s, round_id, homes[1].id) is None
        assert not s.get(QuestionnaireVersion, s.get(Round, round_id).questionnaire_version_id).frozen


def test_first_complete_interview_freezes_the_questionnaire(database, round_id, homes):
    draft = save(database, save_draft, round_id, homes[0].id, {"KN1": 1}, None)
    done = save(database, complete_interview, round_id, homes[0].id,
                {**GOOD, "KN2": [homes[1].code, homes[2].code]}, draft.version)
    assert done.status == "complete" and done.answers["HP2"] == [1, 2]
    with database.session() as s:
        assert s.get(QuestionnaireVersion, s.get(Round, round_id).questionnaire_version_id).frozen
        assert interview_counts(s, round_id).complete == 1
        assert history(s, done.id) == []          # completing a draft is not a correction


def test_corrections_of_a_complete_interview_keep_history(database, round_id, homes, monkeypatch):
    monkeypatch.setattr("flatapp.services.interviews.storing.current_user", lambda _session: "coordinator")
    done = save(database, complete_interview, round_id, homes[0].id, GOOD, None)
    with pytest.raises(InterviewIsComplete):      # autosave must not turn it back into a draft
        save(database, save_draft, round_id, homes[0].id, {**GOOD, "KN3": 2}, done.version)
    fixed = save(database, complete_interview, round_id, homes[0].id,
                 {**GOOD, "KN3": 2, "HP2": [1, 2], "ON3": "koken"}, done.version)
    assert fixed.version == done.version + 1
    with database.session() as s:
        changes = history(s, done.id)
    assert [(c.question, c.old_value, c.new_value, c.user, c.reason) for c in changes] == [
        ("KN3", 1, 2, "coordinator", "correctie"), ("ON3", None, "koken", "coordinator", "correctie")]


def test_second_respondent_is_an_explicit_choice(database, round_id, homes):
    with database.session() as s:
        assert next_respondent(s, round_id, homes[0].id) == 1
    save(database, complete_interview, round_id, homes[0].id, GOOD, None)
    with database.session() as s:
        second = next_respondent(s, round_id, homes[0].id)
    assert second == 2
    row = save(database, save_draft, round_id, homes[0].id, {"KN1": 3}, None, respondent=second)
    assert row.respondent == 2
    with database.session() as s:
        assert open_interview(s, round_id, homes[0].id, 2).answers == {"KN1": 3}
        assert open_interview(s, round_id, homes[0].id, 1).status == "complete"
    with pytest.raises(UserError, match="Respondent 0"):
        save(database, save_draft, round_id, homes[0].id, {"KN1": 3}, None, respondent=0)


def test_delete_draft_only_deletes_drafts(database, round_id, homes):
    draft = save(database, save_draft, round_id, homes[0].id, {"KN1": 1}, None)
    done = save(database, complete_interview, round_id, homes[1].id, GOOD, None)
    with pytest.raises(UserError, match="afgerond"):
        save(database, delete_draft, done.id)
    save(database, delete_draft, draft.id, draft.version)
    with database.session() as s:
        assert open_interview(s, round_id, homes[0].id) is None
    with pytest.raises(InterviewConflict, match="verwijderd"):
        save(database, save_draft, round_id, homes[0].id, {"KN1": 2}, draft.version)


def test_unchanged_draft_does_not_bump_the_version(database, round_id, homes):
    row = save(database, save_draft, round_id, homes[0].id, {"KN1": 1}, None)
    again = save(database, save_draft, round_id, homes[0].id, {"KN1": 1, "KN2": []}, row.version)
    assert again.version == row.version


def test_unknown_round_and_unserialisable_answers(database, round_id, homes):
    with pytest.raises(UserError, match="bestaat niet"):
        save(database, save_draft, 999, homes[0].id, {"KN1": 1}, None)
    with pytest.raises(UserError, match="kunnen niet worden opgeslagen"):
        save(database, save_draft, round_id, homes[0].id, {"KN1": object()}, None)
    with database.session() as s:
        assert s.scalar(select(func.count(Interview.id))) == 0
        assert s.scalar(select(func.count(InterviewChange.id))) == 0


def test_find_homes_by_code_number_and_street(database, round_id, homes):
    with database.session() as s:
        labels = lambda text: [h.number_label for h in find_homes(s, round_id, text)]  # noqa: E731
        assert labels("1")[0] == "1" and set(labels("1")) == {"1", "11", "12", "13", "14"}
        assert labels("12") == ["12"]
        assert labels("5a") == ["5A"] and labels("5 A") == ["5A"]
        assert [h.code for h in find_homes(s, round_id, homes[3].code.lower())] == [homes[3].code]
        assert labels("Teststraat 2") == ["2", "21", "22", "23", "24"]
        assert len(find_homes(s, round_id, "Teststraat", limit=3)) == 3
        assert find_homes(s, round_id, "99") == [] and find_homes(s, round_id, "") == []
