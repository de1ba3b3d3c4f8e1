"""No lost update: two connections edit the same record; the stale save or delete is refused with a
VersionConflict that carries the record, the fields and both values. Written against the ordinary
``database`` fixture, so it runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from flatapp.services import rounds
from flatapp.services.door_outcomes import record_attempt, undo_attempt, update_attempt
from flatapp.services.versioned import VersionConflict
from flatapp.storage.database import open_database


@pytest.fixture
def two(database):
    """(mine, theirs): two Database objects on one database, as two computers."""
    other = open_database(database.url)
    yield database, other
    other.dispose()


@pytest.fixture
def planned(database, make_building):
    building_id = make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2), ("A", 2, 3), ("A", 3, 4)])
    with database.session() as s, s.begin():
        row = rounds.create_round(s, building_id, "Najaar 2026", period_start=date(2026, 11, 1),
                                  period_end=date(2026, 11, 30))
        evening = rounds.add_evening(s, row.id, date(2026, 11, 24), time(18, 30), time(20, 30))
        for name in ("Anna", "Bert", "Cor", "Dirk"):
            rounds.add_volunteer(s, row.id, name)
        teams = rounds.auto_teams(s, row.id)
        assignment = rounds.assign_doors(s, row.id, evening.id)
    return row, evening, teams, assignment


def stale(mine, theirs, first, second):
    """``first`` saves through the other connection; then ``second``, based on the same version, through
    this one: returns the conflict it raised (and checks that nothing of it was saved)."""
    with theirs.session() as s, s.begin():
        first(s)
    with pytest.raises(VersionConflict) as refused:
        with mine.session() as s, s.begin():
            second(s)
    return refused.value


def test_a_stale_round_edit_names_the_field_and_both_values(two, planned):
    mine, theirs = two
    row, *_ = planned
    conflict = stale(mine, theirs, lambda s: rounds.update_round(s, row.id, name="Herfst", version=row.version),
                     lambda s: rounds.update_round(s, row.id, name="Winter", version=row.version))
    assert (conflict.kind, conflict.record_id, conflict.current_version) == ("round", row.id, row.version + 1)
    assert [(d.field, d.theirs, d.yours) for d in conflict.differences] == [("name", "Herfst", "Winter")]
    with mine.session() as s:
        assert rounds.get_round(s, row.id).name == "Herfst"


def test_a_stale_evening_move_and_a_stale_evening_delete_are_refused(two, planned):
    mine, theirs = two
    _row, evening, *_ = planned
    conflict = stale(mine, theirs,
                     lambda s: rounds.update_evening(s, evening.id, evening.date, time(19, 0), time(21, 0),
                                                     evening.version),
                     lambda s: rounds.update_evening(s, evening.id, evening.date, time(18, 0), time(21, 0),
                                                     evening.version))
    assert [(d.field, d.theirs_text, d.yours_text) for d in conflict.differences] == [("starts", "19:00", "18:00")]
    conflict = stale(mine, theirs, lambda s: None, lambda s: rounds.remove_evening(s, evening.id, evening.version))
    assert conflict.data.deleting and "niets verwijderd" in str(conflict)
    with mine.session() as s:
        assert [e.starts for e in rounds.list_evenings(s, _row.id)] == [time(19, 0)]


def test_stale_volunteer_and_team_edits_are_refused(two, planned):
    mine, theirs = two
    row, _evening, teams, _ = planned
    with mine.session() as s:
        anna = rounds.list_volunteers(s, row.id)[0]
    conflict = stale(mine, theirs,
                     lambda s: rounds.update_volunteer(s, anna.id, "Anna de Vries", "06-11111111", anna.version),
                     lambda s: rounds.update_volunteer(s, anna.id, "Anna", "06-22222222", anna.version))
    assert {d.field: (d.theirs, d.yours) for d in conflict.differences} == {
        "name": ("Anna de Vries", "Anna"), "phone": ("06-11111111", "06-22222222")}
    team = teams[0]
    conflict = stale(mine, theirs, lambda s: rounds.update_team(s, team.id, name="De Lopers", version=team.version),
                     lambda s: rounds.update_team(s, team.id, name="De Bellers", version=team.version))
    assert [(d.field, d.theirs, d.yours) for d in conflict.differences] == [("name", "De Lopers", "De Bellers")]
    conflict = stale(mine, theirs, lambda s: None, lambda s: rounds.remove_team(s, team.id, team.version))
    assert conflict.data.deleting


def test_a_door_given_to_another_team_meanwhile_is_not_moved_again(two, planned):
    mine, theirs = two
    row, evening, teams, assignment = planned
    home_id = assignment.open_home_ids[0]
    seen = assignment.assignment_versions[home_id]
    conflict = stale(mine, theirs, lambda s: rounds.move_home(s, evening.id, home_id, teams[1].id, seen),
                     lambda s: rounds.move_home(s, evening.id, home_id, teams[0].id, seen))
    assert [(d.theirs_text, d.yours_text) for d in conflict.differences] == [(teams[1].name, teams[0].name)]
    with mine.session() as s:
        assert rounds.evening_assignment(s, row.id, evening.id).team_of_home[home_id] == teams[1].id


def test_a_corrected_door_visit_is_not_overwritten_or_undone_stale(two, planned):
    mine, theirs = two
    row, evening, _teams, assignment = planned
    with mine.session() as s, s.begin():
        visit = record_attempt(s, row.id, assignment.open_home_ids[0], 2, datetime(2026, 11, 24, 19, 0),
                               evening.id)
    conflict = stale(mine, theirs, lambda s: update_attempt(s, visit.id, note="hond", version=visit.version),
                     lambda s: update_attempt(s, visit.id, note="kat", version=visit.version))
    assert [(d.field, d.theirs, d.yours) for d in conflict.differences] == [("note", "hond", "kat")]
    conflict = stale(mine, theirs, lambda s: None, lambda s: undo_attempt(s, visit.id, visit.version))
    assert conflict.data.deleting


def test_two_connections_in_open_transactions_cannot_both_save(two, planned):
    """Both read version 1 in their own transaction; the first commits, the second's UPDATE matches
    nothing and is refused (PostgreSQL: it waits for the first and then sees version 2)."""
    mine, theirs = two
    row, *_ = planned
    with mine.session() as a, theirs.session() as b:
        a.begin()
        b.begin()
        assert rounds.get_round(a, row.id).version == rounds.get_round(b, row.id).version == row.version
        rounds.update_round(b, row.id, organisation="Welzijn Noord", version=row.version)
        b.commit()
        with pytest.raises(VersionConflict):
            rounds.update_round(a, row.id, organisation="Welzijn Zuid", version=row.version)
        a.rollback()
    with mine.session() as s:
        assert (rounds.get_round(s, row.id).organisation, rounds.get_round(s, row.id).version) == (
            "Welzijn Noord", row.version + 1)


def test_a_stale_form_names_each_question_with_both_answers(two, planned):
    from flatapp.services import interviews
    from flatapp.services.homes import list_home_rows

    mine, theirs = two
    row, *_ = planned
    with mine.session() as s, s.begin():
        home_id = list_home_rows(s, row.building_id)[0].id
        draft = interviews.save_draft(s, row.id, home_id, {"KN1": 1}, None)
    conflict = stale(mine, theirs,
                     lambda s: interviews.save_draft(s, row.id, home_id, {"KN1": 3}, draft.version),
                     lambda s: interviews.save_draft(s, row.id, home_id, {"KN1": 2, "KN3": 1}, draft.version))
    assert isinstance(conflict, interviews.InterviewConflict)
    assert (conflict.kind, conflict.record_id, conflict.current_version) == ("interview", draft.id, 2)
    assert [(d.field, d.theirs, d.yours) for d in conflict.differences] == [("KN1", 3, 2), ("KN3", None, 1)]
    assert conflict.differences[0].label.startswith("KN1 ")           # the question's text beside its code
    with mine.session() as s:
        assert interviews.get_interview(s, draft.id).answers == {"KN1": 3}
