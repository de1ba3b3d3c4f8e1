"""Publications: public figures frozen per round, so that no two public outputs can be subtracted."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from flatapp.disclosure.publications import (
    forget_interviews,
    latest_publication,
    list_publications,
)
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import create_round
from flatapp.storage.database import open_database
from flatapp.storage.interview_models import COMPLETE, Interview
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import Publication
from flatapp.tent.service import make_publication

HOMES = [("A" if n % 2 else "B", n % 4, 100 + n) for n in range(60)]


def random_answers(rng: random.Random) -> dict:
    return {
        "KN1": rng.choice([0, 1, 2, 3]), "HP1": rng.choice([1, 2, 3, 4]), "KN3": rng.choice([1, 2]),
        "WO2": sorted(rng.sample([1, 2, 3, 4, 5, 6], rng.randint(0, 3))),
        "ON1": sorted(rng.sample([1, 2, 3, 4, 5, 6], rng.randint(1, 3))),
        **{f"SC{i}": rng.randint(1, 5) for i in range(1, 6)},
    }


def add_interviews(session, round_id: int, homes: list[int], rng: random.Random) -> list[int]:
    """Complete interviews written as they are stored (the checks are not what this file tests)."""
    added = []
    for home_id in homes:
        interview = Interview(round_id=round_id, home_id=home_id, respondent=1, status=COMPLETE,
                              answers=json.dumps(random_answers(rng)))
        session.add(interview)
        session.flush()
        added.append(interview.id)
    return added


def figures(public) -> dict:
    """Everything a reader of a public output sees, except the explanatory notes."""
    return {"headline": public.headline, "response": public.response, "questions": public.questions,
            "topics": public.topics, "cohesion": public.cohesion, "entrances": public.by_entrance,
            "floors": public.by_floor}


@pytest.fixture
def block(tmp_path_factory):
    """A fresh database per example (hypothesis runs many): 60 homes, a round asking the CBS block."""
    path = tmp_path_factory.mktemp("pub") / "pub.sqlite"
    database = open_database(path, create=True)
    from flatapp.services.buildings import create_building
    from flatapp.services.homes import entrance_for, next_home_codes
    from flatapp.storage.models import Home

    with database.session() as session, session.begin():
        building = create_building(session, "Publicatieflat", "Sneek")
        for code, (entrance, floor, number) in zip(next_home_codes(session, building, len(HOMES)), HOMES):
            session.add(Home(building=building, entrance=entrance_for(session, building, entrance), code=code,
                             street="Pubstraat", house_number=number, postcode="1234 AB", floor=floor))
        session.flush()
        round_id = create_round(session, building.id, "Najaar", optional_sections="cbs").id
        home_ids = [h.id for h in list_home_rows(session, building.id)]
    yield database, round_id, home_ids
    database.dispose()


def publish(database, round_id: int, threshold: int = 5):
    with database.session() as session, session.begin():
        row = make_publication(session, round_id, threshold)
    with database.session() as session:
        return row, latest_publication(session, round_id)[1]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.integers(min_value=20, max_value=40), added=st.integers(min_value=1, max_value=4),
       seed=st.integers(min_value=0, max_value=10_000))
def test_one_to_four_more_interviews_between_two_publications_reveal_nothing(block, first, added, seed):
    """The attack of the issue as a property: whatever 1–4 residents answered, the second publication
    shows exactly the figures of the first, so subtracting the two gives back nothing."""
    database, round_id, homes = block
    with database.session() as session, session.begin():
        session.query(Publication).delete()
        session.query(Interview).delete()
    rng = random.Random(seed)
    chosen = rng.sample(homes, first + added)
    with database.session() as session, session.begin():
        add_interviews(session, round_id, chosen[:first], rng)
    _row, before = publish(database, round_id)
    with database.session() as session, session.begin():
        add_interviews(session, round_id, chosen[first:], rng)
    second, after = publish(database, round_id)
    assert figures(after) == figures(before)
    assert second.note.startswith("Niet bijgewerkt in publicatie") and "de respons" in second.note


def test_five_more_interviews_update_the_figures_and_later_ones_compare_with_every_earlier(block):
    database, round_id, homes = block
    rng = random.Random(7)
    with database.session() as session, session.begin():
        add_interviews(session, round_id, homes[:30], rng)
    _first, one = publish(database, round_id)
    with database.session() as session, session.begin():
        add_interviews(session, round_id, homes[30:35], rng)           # 5: as many as the threshold
    second, two = publish(database, round_id)
    assert second.note == "" and figures(two) != figures(one)
    with database.session() as session, session.begin():
        add_interviews(session, round_id, homes[35:37], rng)           # 2 since publication 2, 7 since 1
    third, three = publish(database, round_id)
    assert figures(three) == figures(two) and "publicatie 3" in third.note
    with database.session() as session, session.begin():
        add_interviews(session, round_id, homes[37:40], rng)           # 5 since 2 (whose figures 3 shows)
    fourth, four = publish(database, round_id)
    assert fourth.note == "" and figures(four) != figures(two)
    with database.session() as session:
        assert [p.number for p in list_publications(session, round_id)] == [1, 2, 3, 4]
        logged = session.scalars(select(ActivityLog).where(ActivityLog.action == "privacy.publish")).all()
        assert len(logged) == 4 and {entry.tier for entry in logged} == {"openbaar"}


def test_a_correction_of_one_answer_is_held_back_and_an_erased_resident_counts_as_changed(block):
    database, round_id, homes = block
    rng = random.Random(11)
    with database.session() as session, session.begin():
        ids = add_interviews(session, round_id, homes[:30], rng)
    _row, one = publish(database, round_id)
    with database.session() as session, session.begin():
        interview = session.get(Interview, ids[0])
        answers = json.loads(interview.answers)
        answers["KN1"] = (answers["KN1"] + 1) % 4
        interview.answers = json.dumps(answers)
    second, two = publish(database, round_id)
    assert "vraag KN1" in second.note and "de respons" not in second.note
    assert figures(two) == figures(one)

    # Erased: the resident's digests become a tombstone, which counts as changed in every section.
    with database.session() as session, session.begin():
        assert forget_interviews(session, [ids[1]]) == 2
        session.delete(session.get(Interview, ids[1]))
        basis = json.loads(session.scalars(select(Publication.basis)).first())
        assert str(ids[1]) not in basis["cohort"] and any(k.startswith("gewist-") for k in basis["cohort"])
    third, three = publish(database, round_id)
    assert "de respons" in third.note and figures(three) == figures(two)


def test_a_higher_threshold_suppresses_what_it_cannot_update(block):
    database, round_id, homes = block
    rng = random.Random(3)
    with database.session() as session, session.begin():
        add_interviews(session, round_id, homes[:40], rng)
    publish(database, round_id, threshold=5)
    with database.session() as session, session.begin():
        add_interviews(session, round_id, homes[40:43], rng)           # 3 more: fewer than 10
    second, two = publish(database, round_id, threshold=10)
    assert two.threshold == 10 and not two.response.shown and not two.questions and two.cohesion is None
    assert "Het aantal gesprekken wordt nog niet getoond." == two.headline
    assert "de respons" in second.note
