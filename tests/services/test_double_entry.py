"""Double entry: a sample typed a second time, only the differences shown, resolved with history."""

from __future__ import annotations

import pytest

from flatapp.services.double_entry import (
    differences,
    double_entry_stats,
    pick_sample,
    resolve,
    save_verification,
)
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.interviews import history, open_interview, save_draft
from flatapp.services.rounds import create_round
from tests.answers_fill import complete_filled

GOOD = {"KN1": 1, "KN3": 1, "KN4": 1, "KN5": 2, "HP1": 1, "HP2": [1, 2], "HP4": 1, "WO2": [6], "ON1": [6],
        "ON2": [6], "CT1": 2}


@pytest.fixture
def setup(database, make_building):
    building_id = make_building("Dubbelflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Ronde 1").id
        homes = list_home_rows(s, building_id)
        ids = [complete_filled(s, round_id, h.id, GOOD, None).id for h in homes[:10]]
        save_draft(s, round_id, homes[10].id, {"KN1": 1}, None)
    return round_id, homes, ids


def test_pick_sample_is_reproducible_and_skips_verified(database, setup):
    round_id, _homes, ids = setup
    with database.session() as s, s.begin():
        sample = pick_sample(s, round_id, 0.3, seed=1)
        assert len(sample) == 3 and set(sample) <= set(ids) and sample == pick_sample(s, round_id, 0.3, seed=1)
        save_verification(s, sample[0], GOOD)
        rest = pick_sample(s, round_id, 1.0)
        assert sample[0] not in rest and len(rest) == 9
        with pytest.raises(UserError):
            pick_sample(s, round_id, 0)


def test_only_differences_are_shown_and_resolved_with_history(database, setup):
    round_id, homes, ids = setup
    with database.session() as s, s.begin():
        found = save_verification(s, ids[0], {**GOOD, "KN3": 2, "HP2": [1, 2, 3]})
    assert [(d.question, d.first, d.second) for d in found] == [("KN3", 1, 2), ("HP2", [1, 2], [1, 2, 3])]
    assert found[0].text.startswith("Kent") or found[0].text
    with database.session() as s, s.begin():
        assert [d.question for d in differences(s, ids[0])] == ["KN3", "HP2"]
        with pytest.raises(UserError, match="Kies nog een waarde bij HP2"):
            resolve(s, ids[0], {"KN3": 2})
    with database.session() as s, s.begin():
        resolve(s, ids[0], {"KN3": 2, "HP2": [1, 2]})
    with database.session() as s:
        assert open_interview(s, round_id, homes[0].id).answers == {**GOOD, "KN3": 2}
        assert [(c.question, c.old_value, c.new_value, c.reason) for c in history(s, ids[0])] == [
            ("KN3", 1, 2, "dubbele invoer")]
        assert differences(s, ids[0]) == []
        stats = double_entry_stats(s, round_id)
    assert (stats.complete, stats.verified, stats.open) == (10, 1, 0)
    assert stats.share == pytest.approx(0.1)
    by_code = {q.question: q for q in stats.questions}
    assert (by_code["KN3"].compared, by_code["KN3"].differed, by_code["KN3"].error_rate) == (1, 1, 1.0)
    assert (by_code["HP2"].differed, by_code["KN1"].differed, by_code["KN1"].error_rate) == (1, 0, 0.0)
    assert by_code["KN2"].compared == 1 and by_code["HP3"].compared == 1


def test_identical_second_entry_is_resolved_at_once(database, setup):
    round_id, _homes, ids = setup
    with database.session() as s, s.begin():
        assert save_verification(s, ids[1], dict(GOOD)) == []
        with pytest.raises(UserError, match="al afgehandeld"):
            resolve(s, ids[1], {})
        stats = double_entry_stats(s, round_id)
    assert stats.verified == 1 and all(q.differed == 0 for q in stats.questions)


def test_draft_cannot_be_verified_and_invalid_choice_saves_nothing(database, setup):
    round_id, homes, ids = setup
    with database.session() as s:
        draft_id = open_interview(s, round_id, homes[10].id).id
    with database.session() as s, s.begin(), pytest.raises(UserError, match="afgerond"):
        save_verification(s, draft_id, GOOD)
    with database.session() as s, s.begin():
        save_verification(s, ids[2], {**GOOD, "KN1": 2})
    with pytest.raises(UserError), database.session() as s, s.begin():
        resolve(s, ids[2], {"KN1": 9})
    with database.session() as s:
        assert open_interview(s, round_id, homes[2].id).answers == GOOD
        assert [d.question for d in differences(s, ids[2])] == ["KN1"]
