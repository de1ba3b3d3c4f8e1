"""Door outcomes after an evening: attempts kept with their time, latest outcome, undo, and the
next evening's door list following from final outcomes."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from flatapp.services.door_outcomes import (
    DISPOSITION_ORDER,
    disposition_colours,
    evening_doors,
    latest_outcomes,
    log_entry,
    parse_entry_time,
    record_attempt,
    undo_attempt,
    undo_last_attempt,
    update_attempt,
)
from flatapp.services.errors import UserError
from flatapp.services.rounds import (
    add_evening,
    add_volunteer,
    assign_doors,
    auto_teams,
    create_round,
    door_lists,
    open_homes,
)
from flatapp.storage.models import ActivityLog, Home
from flatapp.storage.round_models import DoorAttempt

TUE = date(2026, 11, 24)
THU = date(2026, 11, 26)


@pytest.fixture
def setup(database, make_building):
    """A 12-home block, a round with two evenings and two teams; the first evening split."""
    building = make_building()
    other = make_building("Andere flat")
    with database.session() as s, s.begin():
        round_ = create_round(s, building, "Najaar 2026")
        first = add_evening(s, round_.id, TUE, time(18, 30), time(20, 30))
        second = add_evening(s, round_.id, THU, time(18, 30), time(20, 30))
        for name in ("Anna", "Bert", "Carla", "Dirk"):
            add_volunteer(s, round_.id, name)
        teams = auto_teams(s, round_.id)
        assign_doors(s, round_.id, first.id)
        other_home = s.scalar(select(Home.id).where(Home.building_id == other))
    return {"round": round_.id, "first": first.id, "second": second.id, "teams": [t.id for t in teams],
            "other_home": other_home}


def at(day: date, hh: int, mm: int) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm)


def test_parse_entry_time():
    assert parse_entry_time("19:45") == time(19, 45)
    assert parse_entry_time("1945") == time(19, 45)
    assert parse_entry_time("945") == time(9, 45)
    assert parse_entry_time("19.05") == time(19, 5)
    assert parse_entry_time(" 19 ") == time(19, 0)
    for bad in ("", "2460", "19:75", "abc", "19:4"):
        with pytest.raises(UserError, match="geen geldige tijd"):
            parse_entry_time(bad)


def test_record_and_list_in_printed_order(database, setup):
    team = setup["teams"][0]
    with database.session() as s, s.begin():
        printed = door_lists(s, setup["round"], setup["first"], team)[0].doors
        rows = evening_doors(s, setup["round"], setup["first"], team)
        assert [r.home_id for r in rows] == [d.home_id for d in printed]
        home = rows[0].home_id
        row = record_attempt(s, setup["round"], home, 3, at(TUE, 18, 45), setup["first"], team, note="bel kapot")
        assert (row.outcome_code, row.outcome_label, row.note, row.warnings) == (3, "niet thuis", "bel kapot", ())
        assert row.id and row.home_id == home and row.team_id == team
    with database.session() as s:
        rows = evening_doors(s, setup["round"], setup["first"], team)
        assert rows[0].latest.outcome_label == "niet thuis"
        assert rows[0].latest.at == at(TUE, 18, 45)
        assert rows[1].latest is None
        assert rows[0].team_name == "Team 1"


def test_several_attempts_are_kept_and_latest_wins(database, setup):
    team = setup["teams"][0]
    with database.session() as s, s.begin():
        home = evening_doors(s, setup["round"], setup["first"], team)[0].home_id
        record_attempt(s, setup["round"], home, 3, at(TUE, 18, 45), setup["first"], team)
        record_attempt(s, setup["round"], home, 1, at(TUE, 20, 5), setup["first"], team)
    with database.session() as s:
        assert s.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.home_id == home)) == 2
        row = evening_doors(s, setup["round"], setup["first"], team)[0]
        assert [a.outcome_code for a in row.tonight] == [3, 1]
        assert [a.outcome_code for a in row.previous] == [3]
        latest = latest_outcomes(s, setup["round"])
        assert latest[home].code == 1 and latest[home].disposition == "interview"
        assert set(latest) == {home}


def test_latest_is_by_time_not_by_entry_order(database, setup):
    with database.session() as s, s.begin():
        home = evening_doors(s, setup["round"], setup["first"])[0].home_id
        record_attempt(s, setup["round"], home, 1, at(TUE, 20, 0), setup["first"])
        record_attempt(s, setup["round"], home, 3, at(TUE, 18, 40), setup["first"])  # typed later, rung earlier
        assert latest_outcomes(s, setup["round"])[home].code == 1


def test_unknown_code_lists_the_valid_ones(database, setup):
    with database.session() as s, s.begin():
        home = evening_doors(s, setup["round"], setup["first"])[0].home_id
        with pytest.raises(UserError) as error:
            record_attempt(s, setup["round"], home, 42, at(TUE, 19, 0), setup["first"])
    message = str(error.value)
    assert "Uitkomstcode 42 bestaat niet" in message
    assert "1 gesproken" in message and "3 niet thuis" in message and "9 niet meer aanbellen" in message


def test_home_of_another_block_is_refused(database, setup):
    with database.session() as s, s.begin():
        with pytest.raises(UserError, match="hoort niet bij flat 'Testflat'"):
            record_attempt(s, setup["round"], setup["other_home"], 3, at(TUE, 19, 0), setup["first"])
        assert s.scalar(select(func.count(DoorAttempt.id))) == 0


def test_warnings_for_time_outside_evening_and_missing_come_back(database, setup):
    with database.session() as s, s.begin():
        home = evening_doors(s, setup["round"], setup["first"])[0].home_id
        late = record_attempt(s, setup["round"], home, 3, at(TUE, 23, 15), setup["first"])
        assert any("valt buiten de avond" in w for w in late.warnings)
        other_day = record_attempt(s, setup["round"], home, 3, at(THU, 19, 0), setup["first"])
        assert any("niet die van de avond" in w for w in other_day.warnings)
        later = record_attempt(s, setup["round"], home, 5, at(TUE, 19, 0), setup["first"])
        assert later.needs_come_back and any("zonder tijd" in w for w in later.warnings)
        fixed = update_attempt(s, later.id, come_back="do 19:00", version=later.version)
        assert not fixed.needs_come_back and fixed.warnings == ()
        assert fixed.label == "24-11 19:00 later terugkomen (later: do 19:00)"


def test_too_long_text_is_refused(database, setup):
    with database.session() as s, s.begin():
        home = evening_doors(s, setup["round"], setup["first"])[0].home_id
        with pytest.raises(UserError, match="notitie .* te lang"):
            record_attempt(s, setup["round"], home, 3, at(TUE, 19, 0), setup["first"], note="x" * 501)
        with pytest.raises(UserError, match="terugkommoment .* te lang"):
            record_attempt(s, setup["round"], home, 5, at(TUE, 19, 0), setup["first"], come_back="y" * 61)


def test_update_time_and_note(database, setup):
    with database.session() as s, s.begin():
        home = evening_doors(s, setup["round"], setup["first"])[0].home_id
        row = record_attempt(s, setup["round"], home, 3, at(TUE, 18, 30), setup["first"])
        changed = update_attempt(s, row.id, at=at(TUE, 19, 45), note="hond blaft", version=row.version)
        assert (changed.at, changed.note, changed.outcome_code) == (at(TUE, 19, 45), "hond blaft", 3)


def test_undo(database, setup):
    with database.session() as s, s.begin():
        home = evening_doors(s, setup["round"], setup["first"])[0].home_id
        first = record_attempt(s, setup["round"], home, 3, at(TUE, 18, 45), setup["first"])
        record_attempt(s, setup["round"], home, 1, at(TUE, 20, 0), setup["first"])
        removed = undo_last_attempt(s, setup["round"], home, setup["first"])
        assert removed.outcome_code == 1
        assert latest_outcomes(s, setup["round"])[home].code == 3
        undo_attempt(s, first.id, first.version)
        assert latest_outcomes(s, setup["round"]) == {}
        assert undo_last_attempt(s, setup["round"], home, setup["first"]) is None
        with pytest.raises(UserError, match="bestaat niet"):
            undo_attempt(s, first.id, first.version)


def test_next_evening_leaves_out_final_outcomes(database, setup):
    with database.session() as s, s.begin():
        doors = evening_doors(s, setup["round"], setup["first"])
        spoke, refused, not_home, later = (d.home_id for d in doors[:4])
        record_attempt(s, setup["round"], spoke, 1, at(TUE, 18, 40), setup["first"])
        record_attempt(s, setup["round"], refused, 4, at(TUE, 18, 50), setup["first"])
        record_attempt(s, setup["round"], not_home, 3, at(TUE, 19, 0), setup["first"])
        record_attempt(s, setup["round"], later, 5, at(TUE, 19, 10), setup["first"], come_back="do")
    with database.session() as s, s.begin():
        open_next = {h.id for h in open_homes(s, setup["round"], setup["second"])}
        assert spoke not in open_next and refused not in open_next
        assert {not_home, later} <= open_next
        assert len(open_next) == 10
        # This evening's own list still shows every door (the grid keeps what was typed).
        assert len(evening_doors(s, setup["round"], setup["first"])) == 12
        assign_doors(s, setup["round"], setup["second"])
        second = evening_doors(s, setup["round"], setup["second"])
        assert {d.home_id for d in second} == open_next
        earlier = {d.home_id: d.earlier for d in second}
        assert [a.outcome_code for a in earlier[not_home]] == [3]
        assert all(d.tonight == () for d in second)


def test_log_entry_is_one_row(database, setup):
    with database.session() as s, s.begin():
        before = s.scalar(select(func.count(ActivityLog.id)))
        log_entry(s, setup["round"], setup["first"], setup["teams"][0], recorded=0)
        log_entry(s, setup["round"], setup["first"], setup["teams"][0], recorded=7, undone=1)
        assert s.scalar(select(func.count(ActivityLog.id))) == before + 1
        entry = s.scalar(select(ActivityLog).order_by(ActivityLog.id.desc()).limit(1))
        assert entry.action == "round.outcomes"
        assert "7 deurbezoeken ingevoerd van Team 1" in entry.summary and "1 ongedaan" in entry.summary


def test_disposition_colours_cover_every_group():
    colours = disposition_colours()
    assert set(colours) == set(DISPOSITION_ORDER)
    assert all(value.startswith("#") and len(value) == 7 for value in colours.values())
