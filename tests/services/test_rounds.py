"""Planning a round: evenings, volunteers, teams, outcome codes and the split of the doors."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from flatapp.services import rounds
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import (
    add_evening,
    add_volunteer,
    assign_doors,
    auto_teams,
    create_round,
    create_team,
    door_lists,
    find_round,
    list_outcomes,
    list_rounds,
    move_home,
    open_homes,
    remove_evening,
    remove_volunteer,
    split_walking_order,
    update_evening,
    update_outcome_label,
    update_team,
)
from flatapp.storage.round_models import Assignment, DoorAttempt, Evening, OutcomeCode, Round, Team

NOV = 11


def V(session, model, record_id):
    """The version saved now: what a screen opened just before would have shown."""
    from flatapp.services.versioned import version_of
    return version_of(session, model, record_id)


def AV(session, evening_id, home_id):
    """The version of a door's assignment on an evening (None: no team yet)."""
    return session.scalar(select(Assignment.version).where(Assignment.evening_id == evening_id,
                                                           Assignment.home_id == home_id))


def demo_homes() -> list[tuple]:
    """198 homes: 3 entrances × 11 floors (BG … 10e) × 6 doors, numbered 1 … 198."""
    return [(entrance, floor, index * 66 + floor * 6 + door)
            for index, entrance in enumerate("ABC") for floor in range(11) for door in range(1, 7)]


@pytest.fixture
def demo_building(database) -> int:
    """Like conftest's make_building('Voorbeeldflat', demo_homes()), but one flush (5× faster)."""
    from flatapp.services.buildings import create_building
    from flatapp.services.homes import entrance_for, next_home_codes
    from flatapp.storage.models import Home

    with database.session() as session, session.begin():
        building = create_building(session, "Voorbeeldflat", "Sneek")
        entrances = {name: entrance_for(session, building, name) for name in "ABC"}
        specs = demo_homes()
        session.add_all(
            Home(building=building, entrance=entrances[entrance], code=code, street="Teststraat",
                 house_number=number, postcode="1234 AB", city="Sneek", vhe_code=f"V{code}", floor=floor)
            for code, (entrance, floor, number) in zip(next_home_codes(session, building, len(specs)), specs)
        )
        return building.id


def _plan(database, building_id: int, volunteers: int = 10, evenings: int = 2, name: str = "Najaar 2026"):
    """A round with evenings (24, 26, … November), volunteers and auto teams; returns ids."""
    with database.session() as session, session.begin():
        row = create_round(session, building_id, name, period_start=date(2026, NOV, 1),
                           period_end=date(2026, NOV, 30))
        evening_ids = [add_evening(session, row.id, date(2026, NOV, 24 + 2 * i), time(18, 30), time(20, 30)).id
                       for i in range(evenings)]
        for n in range(volunteers):
            add_volunteer(session, row.id, f"Vrijwilliger {n + 1}", f"06-1234567{n}")
        teams = auto_teams(session, row.id) if volunteers >= 2 else []
    return row.id, evening_ids, [team.id for team in teams]


def _record(database, round_id: int, evening_id: int | None, home_ids, code: int, at: datetime) -> None:
    with database.session() as session, session.begin():
        outcome = session.scalar(select(OutcomeCode).where(OutcomeCode.round_id == round_id, OutcomeCode.code == code))
        for home_id in home_ids:
            session.add(DoorAttempt(round_id=round_id, home_id=home_id, evening_id=evening_id,
                                    outcome_code_id=outcome.id, at=at))


# --- rounds and outcome codes ----------------------------------------------------------------------

def test_create_round_uses_builtin_questionnaire_and_seeds_aapor_outcomes(database, demo_building):
    with database.session() as session, session.begin():
        row = create_round(session, demo_building, "  Najaar   2026 ", optional_sections="cbs")
    assert row.name == "Najaar 2026"
    assert row.questionnaire_label.startswith("Kennen en helpen")
    assert row.asks_cbs and row.letter_text.startswith("Beste bewoner")
    with database.session() as session:
        outcomes = list_outcomes(session, row.id)
    assert [(o.code, o.label, o.disposition, o.final, o.asks_time) for o in outcomes] == [
        (1, "gesproken", "interview", True, False),
        (2, "deels gesproken", "partial", True, False),
        (3, "niet thuis", "non_contact", False, False),
        (4, "weigering", "refusal", True, False),
        (5, "later terugkomen", "non_contact", False, True),
        (6, "geen woning / leegstand", "not_eligible", True, False),
        (7, "taalbarrière", "other", False, False),
        (8, "niet bereikbaar (geen toegang)", "non_contact", False, False),
        (9, "niet meer aanbellen", "refusal", True, False),
    ]


def test_round_names_and_periods_are_checked(database, demo_building):
    with database.session() as session, session.begin():
        create_round(session, demo_building, "Najaar 2026")
    for kwargs, message in [
        ({"name": ""}, "Geef de ronde een naam"),
        ({"name": "najaar 2026"}, "al een ronde met de naam"),
        ({"name": "Voorjaar", "period_start": date(2026, 5, 1), "period_end": date(2026, 4, 1)},
         r"eindigt \(01-04-2026\) vóór hij begint \(01-05-2026\)"),
        ({"name": "Voorjaar", "optional_sections": "xyz"}, "geen extra blok 'xyz' \\(wel: cbs, onderzoek\\)"),
    ]:
        with pytest.raises(UserError, match=message):
            with database.session() as session, session.begin():
                create_round(session, demo_building, **kwargs)
    with database.session() as session:
        assert session.scalar(select(func.count(Round.id))) == 1


def test_find_round_lists_known_rounds(database, demo_building):
    with database.session() as session, session.begin():
        create_round(session, demo_building, "Najaar 2026", period_start=date(2026, 11, 1))
        create_round(session, demo_building, "Voorjaar 2026", period_start=date(2026, 4, 1))
    with database.session() as session:
        assert find_round(session, "NAJAAR 2026").name == "Najaar 2026"
        assert [r.name for r in list_rounds(session, demo_building)] == ["Najaar 2026", "Voorjaar 2026"]
        with pytest.raises(UserError, match=r"Ronde 'Zomer' bestaat niet \(aanwezig: 'Najaar 2026' \(Voorbeeldflat\), "
                                            r"'Voorjaar 2026' \(Voorbeeldflat\)\)"):
            find_round(session, "Zomer")


def test_outcome_labels_can_be_changed_but_not_emptied(database, demo_building):
    round_id, _, _ = _plan(database, demo_building, volunteers=0, evenings=0)
    with database.session() as session:
        outcome = list_outcomes(session, round_id)[2]
    with database.session() as session, session.begin():
        assert update_outcome_label(session, outcome.id, " niet  open gedaan ").label == "niet open gedaan"
    for label, message in [("", "mag niet leeg"), ("weigering", "Uitkomst 4 heet al 'weigering'")]:
        with pytest.raises(UserError, match=message):
            with database.session() as session, session.begin():
                update_outcome_label(session, outcome.id, label)


# --- evenings --------------------------------------------------------------------------------------

def test_overlapping_evenings_are_refused_naming_the_other(database, demo_building):
    round_id, (first, _), _ = _plan(database, demo_building, volunteers=0)
    with pytest.raises(UserError, match=r"overlapt met de avond van dinsdag 24-11-2026, 18:30–20:30"):
        with database.session() as session, session.begin():
            add_evening(session, round_id, date(2026, NOV, 24), time(20, 0), time(21, 30))
    with database.session() as session, session.begin():  # touching is not overlapping
        later = add_evening(session, round_id, date(2026, NOV, 24), time(20, 30), time(21, 30))
    with pytest.raises(UserError, match="overlapt met de avond van dinsdag 24-11-2026, 20:30–21:30"):
        with database.session() as session, session.begin():
            update_evening(session, first, date(2026, NOV, 24), time(19, 0), time(21, 0), V(session, Evening, first))
    with database.session() as session:
        assert session.scalar(select(func.count(Evening.id)).where(Evening.round_id == round_id)) == 3
        assert session.get(Evening, first).ends == time(20, 30)
        assert session.get(Evening, later.id).starts == time(20, 30)


@pytest.mark.parametrize("day,starts,ends,message", [
    (date(2026, NOV, 27), time(20, 30), time(18, 30), r"eindigt \(18:30\) niet na het begin \(20:30\)"),
    (date(2026, NOV, 27), time(19, 0), time(19, 0), "niet na het begin"),
    (date(2026, 12, 1), time(18, 30), time(20, 30),
     r"01-12-2026 valt buiten de periode van de ronde \(01-11-2026 t/m 30-11-2026\)"),
])
def test_bad_evenings_are_refused(database, demo_building, day, starts, ends, message):
    round_id, _, _ = _plan(database, demo_building, volunteers=0)
    with pytest.raises(UserError, match=message):
        with database.session() as session, session.begin():
            add_evening(session, round_id, day, starts, ends)


def test_an_evening_with_entered_visits_is_not_removed(database, demo_building):
    round_id, (first, second), _ = _plan(database, demo_building, volunteers=0)
    with database.session() as session:
        home = list_home_rows(session, demo_building)[0]
    _record(database, round_id, first, [home.id], 3, datetime(2026, NOV, 24, 19, 0))
    with pytest.raises(UserError, match="al 1 bezoeken ingevoerd"):
        with database.session() as session, session.begin():
            remove_evening(session, first, V(session, Evening, first))
    with database.session() as session, session.begin():
        remove_evening(session, second, V(session, Evening, second))
    with database.session() as session:
        assert session.scalar(select(func.count(Evening.id))) == 1


# --- volunteers and teams --------------------------------------------------------------------------

def test_volunteer_needs_a_name_and_a_sane_phone(database, demo_building):
    round_id, _, _ = _plan(database, demo_building, volunteers=0, evenings=0)
    with database.session() as session, session.begin():
        assert add_volunteer(session, round_id, " Joëlle  de Vries ").label == "Joëlle de Vries"
    for name, phone, message in [("", "", "Vul de naam"), ("Piet", "bel maar", "Telefoonnummer 'bel maar' klopt niet"),
                                 ("joëlle de vries", "", "staat al bij de vrijwilligers")]:
        with pytest.raises(UserError, match=message):
            with database.session() as session, session.begin():
                add_volunteer(session, round_id, name, phone)


def test_auto_teams_pairs_volunteers_and_an_odd_one_makes_three(database, demo_building):
    round_id, _, _ = _plan(database, demo_building, volunteers=7, evenings=0)
    with database.session() as session:
        teams = rounds.list_teams(session, round_id)
    assert [len(t.members) for t in teams] == [2, 2, 3]
    assert [t.name for t in teams] == ["Team 1", "Team 2", "Team 3"]
    assert teams[0].member_names == ("Vrijwilliger 1", "Vrijwilliger 2")


def test_a_team_without_volunteers_is_refused(database, demo_building):
    round_id, _, teams = _plan(database, demo_building, volunteers=4, evenings=0)
    with pytest.raises(UserError, match="Team 9 heeft geen vrijwilligers"):
        with database.session() as session, session.begin():
            create_team(session, round_id, "Team 9", [])
    with pytest.raises(UserError, match="Team 1 heeft geen vrijwilligers"):
        with database.session() as session, session.begin():
            update_team(session, teams[0], volunteer_ids=[], version=V(session, Team, teams[0]))
    with database.session() as session:
        assert session.scalar(select(func.count(Team.id))) == 2
        assert len(rounds.list_teams(session, round_id)[0].members) == 2


def test_a_volunteer_cannot_be_in_two_teams_and_last_member_stays(database, demo_building):
    round_id, _, teams = _plan(database, demo_building, volunteers=4, evenings=0)
    with database.session() as session:
        first = rounds.list_teams(session, round_id)[0]
    with pytest.raises(UserError, match="Vrijwilliger 1 zit al in Team 1"):
        with database.session() as session, session.begin():
            update_team(session, teams[1], volunteer_ids=[first.members[0].id], version=V(session, Team, teams[1]))
    with database.session() as session, session.begin():
        update_team(session, teams[0], volunteer_ids=[first.members[0].id], version=V(session, Team, teams[0]))
    with pytest.raises(UserError, match="Vrijwilliger 1 is de enige in Team 1"):
        with database.session() as session, session.begin():
            remove_volunteer(session, first.members[0].id, first.members[0].version)
    with database.session() as session, session.begin():  # not in a team any more: removable
        remove_volunteer(session, first.members[1].id, first.members[1].version)
    with database.session() as session:
        assert [v.name for v in rounds.list_volunteers(session, round_id)] == [
            "Vrijwilliger 1", "Vrijwilliger 3", "Vrijwilliger 4"]


# --- door assignment -------------------------------------------------------------------------------

def test_split_of_198_homes_over_5_teams_is_balanced_and_climbs_little(database, demo_building):
    round_id, (first, _), teams = _plan(database, demo_building, volunteers=10)
    with database.session() as session, session.begin():
        result = assign_doors(session, round_id, first)
    with database.session() as session:
        homes = list_home_rows(session, demo_building)
        rows = session.execute(select(Assignment.home_id, Assignment.team_id)
                               .where(Assignment.evening_id == first)).all()
    team_of = dict(rows)
    assert len(rows) == 198 and set(team_of) == {h.id for h in homes}      # each home exactly once
    sizes = Counter(team_of.values())
    assert sorted(sizes) == sorted(teams)
    assert max(sizes.values()) - min(sizes.values()) <= 2
    # Each team has one contiguous stretch of the walking order ...
    order = [team_of[h.id] for h in homes]
    changes = sum(1 for a, b in zip(order, order[1:]) if a != b)
    assert changes == len(teams) - 1
    # ... covering few entrance/floor groups: at most 2 entrances and its floors plus the two ends.
    for team_id in teams:
        mine = [h for h in homes if team_of[h.id] == team_id]
        assert len({h.entrance for h in mine}) <= 2
        assert len({(h.entrance, h.floor) for h in mine}) <= len(mine) // 6 + 2
    assert [t.door_count for t in result.teams] == [sizes[t] for t in teams]
    assert result.teams[0].coverage.startswith("A: BG–")
    assert not result.unassigned_home_ids and not result.stale_home_ids


def test_split_prefers_entrance_and_floor_boundaries():
    from flatapp.services.homes import HomeRow

    def home(i, entrance, floor):
        return HomeRow(i, f"X-{i}", "Straat", i, "", "", "1234 AB", "", entrance, "AB".index(entrance), floor, "", "")

    homes = [home(i, "A" if i < 8 else "B", (i % 8) // 4) for i in range(16)]   # 2 entrances × 2 floors × 4
    assert [len(run) for run in split_walking_order(homes, 2)] == [8, 8]          # at the entrance
    assert [len(run) for run in split_walking_order(homes, 4)] == [4, 4, 4, 4]    # at the floors
    assert [len(run) for run in split_walking_order(homes[:3], 5)] == [1, 1, 1, 0, 0]


def test_next_evening_leaves_out_homes_with_a_final_outcome(database, demo_building):
    round_id, (first, second), _ = _plan(database, demo_building, volunteers=10)
    with database.session() as session:
        homes = list_home_rows(session, demo_building)
    spoke, refused, stop, vacant = homes[0:40], homes[40:45], homes[45:47], homes[47:48]
    not_home, later, partial = homes[48:60], homes[60:62], homes[62:63]
    at = datetime(2026, NOV, 24, 19, 0)
    for group, code in [(spoke, 1), (partial, 2), (not_home, 3), (refused, 4), (later, 5), (vacant, 6), (stop, 9)]:
        _record(database, round_id, first, [h.id for h in group], code, at)
    with database.session() as session, session.begin():
        # The first evening itself still has all doors (its own visits come after its start).
        assert len(open_homes(session, round_id, first)) == 198
        result = assign_doors(session, round_id, second)
    closed = {h.id for h in spoke + refused + stop + vacant + partial}
    with database.session() as session:
        assigned = set(session.scalars(select(Assignment.home_id).where(Assignment.evening_id == second)))
        now_open = {h.id for h in open_homes(session, round_id)}
    assert assigned == {h.id for h in homes} - closed == now_open
    assert len(assigned) == 198 - 49
    assert set(result.closed_home_ids) == closed
    sizes = [t.door_count for t in result.teams]
    assert sum(sizes) == 149 and max(sizes) - min(sizes) <= 2


def test_assign_replaces_the_evenings_previous_assignment_and_keeps_other_evenings(database, demo_building):
    round_id, (first, second), teams = _plan(database, demo_building, volunteers=10)
    with database.session() as session, session.begin():
        assign_doors(session, round_id, first)
        assign_doors(session, round_id, second)
        home_id = list_home_rows(session, demo_building)[0].id
        move_home(session, first, home_id, teams[-1], AV(session, first, home_id))
        assign_doors(session, round_id, first)
    with database.session() as session:
        per_evening = dict(session.execute(select(Assignment.evening_id, func.count(Assignment.id))
                                           .group_by(Assignment.evening_id)).all())
        owner = session.scalar(select(Assignment.team_id).where(Assignment.evening_id == first,
                                                                Assignment.home_id == home_id))
    assert per_evening == {first: 198, second: 198}
    assert owner == teams[0]


def test_move_home_to_another_team(database, demo_building):
    round_id, (first, _), teams = _plan(database, demo_building, volunteers=10)
    with database.session() as session, session.begin():
        before = assign_doors(session, round_id, first)
        home_id = list_home_rows(session, demo_building)[0].id
        result = move_home(session, first, home_id, teams[2], AV(session, first, home_id))
    assert before.team_of_home[home_id] == teams[0]
    assert result.team_of_home[home_id] == teams[2]
    counts = [t.door_count for t in result.teams]
    expected = [t.door_count for t in before.teams]
    expected[0] -= 1
    expected[2] += 1
    assert counts == expected
    assert result.teams[2].runs == before.teams[2].runs + 1     # an extra stretch, shown in the planner


def test_changing_the_period_keeps_evenings_inside(database, demo_building):
    round_id, _, _ = _plan(database, demo_building, volunteers=0)
    with pytest.raises(UserError, match="De avond van 26-11-2026 valt buiten de nieuwe periode"):
        with database.session() as session, session.begin():
            rounds.update_round(session, round_id, period_end=date(2026, NOV, 25), version=V(session, Round, round_id))
    with database.session() as session, session.begin():
        row = rounds.update_round(session, round_id, name="Najaar", period_end=None, optional_sections=["cbs"],
                                  version=V(session, Round, round_id))
    assert (row.name, row.period_label, row.asks_cbs) == ("Najaar", "vanaf 01-11-2026", True)


def test_move_home_to_a_team_of_another_round_or_a_foreign_home_is_refused(database, demo_building, make_building):
    round_id, (first, _), teams = _plan(database, demo_building, volunteers=4)
    _, _, other_teams = _plan(database, demo_building, volunteers=2, name="Voorjaar 2027", evenings=0)
    other_block = make_building("Andere flat", [("A", 0, 1)], postcode="9999 ZZ")
    with database.session() as session, session.begin():
        assign_doors(session, round_id, first)
        home_id = list_home_rows(session, demo_building)[0].id
        foreign = list_home_rows(session, other_block)[0].id
    with pytest.raises(UserError, match="hoort bij ronde 'Voorjaar 2027', niet bij ronde 'Najaar 2026'"):
        with database.session() as session, session.begin():
            move_home(session, first, home_id, other_teams[0], AV(session, first, home_id))
    with pytest.raises(UserError, match="hoort niet bij flat 'Voorbeeldflat'"):
        with database.session() as session, session.begin():
            move_home(session, first, foreign, teams[0], None)
    with database.session() as session:
        assert session.scalar(select(Assignment.team_id).where(Assignment.home_id == home_id,
                                                               Assignment.evening_id == first)) == teams[0]


def test_move_of_a_finished_home_is_refused(database, demo_building):
    round_id, (first, second), teams = _plan(database, demo_building, volunteers=4)
    with database.session() as session:
        home_id = list_home_rows(session, demo_building)[0].id
    _record(database, round_id, first, [home_id], 1, datetime(2026, NOV, 24, 19, 0))
    with pytest.raises(UserError, match="al afgerond"):
        with database.session() as session, session.begin():
            move_home(session, second, home_id, teams[1], AV(session, second, home_id))


def test_round_without_homes_teams_or_evenings_is_refused(database, demo_building, make_building):
    empty_block = make_building("Lege flat", [("A", 0, 1)], postcode="9999 ZZ")
    with database.session() as session, session.begin():
        from flatapp.storage.models import Home
        session.query(Home).filter(Home.building_id == empty_block).delete()
    round_id, (first, _), _ = _plan(database, demo_building, volunteers=0)
    with pytest.raises(UserError, match="nog geen teams"):
        with database.session() as session, session.begin():
            assign_doors(session, round_id, first)
    with pytest.raises(UserError, match="nog geen teams"):
        with database.session() as session:
            door_lists(session, round_id, first)
    empty_round, _, _ = _plan(database, empty_block, volunteers=2, evenings=1)
    with pytest.raises(UserError, match="Flat 'Lege flat' heeft nog geen woningen"):
        with database.session() as session, session.begin():
            door_lists(session, empty_round, session.scalar(select(Evening.id).where(Evening.round_id == empty_round)))
    no_evenings, _, _ = _plan(database, demo_building, volunteers=2, evenings=0, name="Zonder avonden")
    with pytest.raises(UserError, match="nog geen avonden"):
        with database.session() as session:
            door_lists(session, no_evenings, first)


# --- door lists ------------------------------------------------------------------------------------

def test_door_lists_in_walking_order_with_earlier_attempts(database, demo_building):
    round_id, (first, second), teams = _plan(database, demo_building, volunteers=10)
    with database.session() as session:
        homes = list_home_rows(session, demo_building)
    not_home, spoke = homes[1], homes[2]
    _record(database, round_id, first, [not_home.id], 3, datetime(2026, NOV, 24, 19, 5))
    _record(database, round_id, first, [spoke.id], 1, datetime(2026, NOV, 24, 19, 10))
    with database.session() as session, session.begin():
        outcome = session.scalar(select(OutcomeCode).where(OutcomeCode.round_id == round_id, OutcomeCode.code == 5))
        session.add(DoorAttempt(round_id=round_id, home_id=not_home.id, evening_id=first, outcome_code_id=outcome.id,
                                at=datetime(2026, NOV, 24, 20, 15), come_back="do 19:00", note="Mevrouw Jansen"))
        assign_doors(session, round_id, second)
    with database.session() as session:
        lists = door_lists(session, round_id, second)
        one = door_lists(session, round_id, second, teams[1])
    assert [dl.team_name for dl in lists] == [f"Team {n}" for n in range(1, 6)]
    assert [dl.team_name for dl in one] == ["Team 2"]
    walking = [d.home_id for dl in lists for d in dl.doors]
    assert walking == [h.id for h in homes if h.id != spoke.id]       # walking order, the interview gone
    first_list = lists[0]
    assert first_list.members == ("Vrijwilliger 1", "Vrijwilliger 2")
    assert first_list.evening.label == "donderdag 26-11-2026, 18:30–20:30"
    assert [o.code for o in first_list.outcomes] == list(range(1, 10))
    door = next(d for d in first_list.doors if d.home_id == not_home.id)
    assert [a.label for a in door.earlier] == ["24-11 19:05 niet thuis", "24-11 20:15 later terugkomen (later: do 19:00)"]
    assert all(a.note == "" for a in door.earlier)                    # notes might name someone
    assert (door.entrance, door.floor_label, door.address) == ("A", "BG", "Teststraat 2")
    # The first evening's list has no earlier attempts at all.
    with database.session() as session, session.begin():
        assign_doors(session, round_id, first)
        assert all(not d.earlier for dl in door_lists(session, round_id, first) for d in dl.doors)


def test_door_lists_need_a_distribution_first(database, demo_building):
    round_id, (first, _), _ = _plan(database, demo_building, volunteers=2)
    with pytest.raises(UserError, match="nog niet over de teams verdeeld"):
        with database.session() as session:
            door_lists(session, round_id, first)


def test_auto_teams_again_redistributes_split_evenings(database, demo_building):
    round_id, (first, second), _ = _plan(database, demo_building, volunteers=6)
    with database.session() as session, session.begin():
        assign_doors(session, round_id, first)
        add_volunteer(session, round_id, "Nieuwe vrijwilliger")
        teams = auto_teams(session, round_id)
        counts = dict(session.execute(select(Assignment.team_id, func.count(Assignment.id))
                                      .where(Assignment.evening_id == first).group_by(Assignment.team_id)).all())
        assert session.scalar(select(func.count(Assignment.id)).where(Assignment.evening_id == second)) == 0
    assert [len(t.members) for t in teams] == [2, 2, 3]
    assert set(counts) == {t.id for t in teams} and sum(counts.values()) == 198


# --- homes added after the split; completed interviews ---------------------------------------------

def _add_homes(database, building_id: int, specs: list[tuple]) -> list[int]:
    """Homes that arrive after the round was planned (a corrected address list), as (entrance, floor, nr)."""
    from flatapp.services.homes import entrance_for, next_home_codes
    from flatapp.storage.models import Building, Home

    with database.session() as session, session.begin():
        building = session.get(Building, building_id)
        entrances = {spec[0]: entrance_for(session, building, spec[0]) for spec in specs}
        homes = [Home(building=building, entrance=entrances[entrance], code=code,
                      street="Nieuwbouwstraat", house_number=number, postcode="1234 AB", city="Sneek",
                      vhe_code=f"N{code}", floor=floor)
                 for code, (entrance, floor, number) in zip(next_home_codes(session, building, len(specs)), specs)]
        session.add_all(homes)
        session.flush()
        return [home.id for home in homes]


def test_homes_added_after_the_split_are_named_and_divided_near_their_floor(database, demo_building):
    round_id, evenings, _ = _plan(database, demo_building, volunteers=10)
    with database.session() as session, session.begin():
        for evening in evenings:
            assign_doors(session, round_id, evening)
        before = {e: dict(session.execute(select(Assignment.home_id, Assignment.team_id)
                                          .where(Assignment.evening_id == e)).all()) for e in evenings}
    new = _add_homes(database, demo_building, [("A", 3, 501), ("C", 10, 502), ("C", 10, 503)])
    with database.session() as session:
        groups = rounds.teamless_homes(session, round_id)
        warning = rounds.teamless_warning(groups)
        assert [{h.id for h in g.homes} for g in groups] == [set(new), set(new)]
        assert warning.startswith("3 woningen hebben geen team op dinsdag 24-11-2026 en donderdag 26-11-2026 "
                                  "en staan op geen deurlijst: ")
        assert "(Nieuwbouwstraat 501)" in warning
        assert sum(len(d.doors) for d in door_lists(session, round_id, evenings[0])) == 198
    with database.session() as session, session.begin():
        done = rounds.assign_teamless(session, round_id)
    assert [row.count for row in done] == [3, 3]
    with database.session() as session:
        assert rounds.teamless_homes(session, round_id) == []
        for evening in evenings:
            now = dict(session.execute(select(Assignment.home_id, Assignment.team_id)
                                       .where(Assignment.evening_id == evening)).all())
            assert {h: t for h, t in now.items() if h not in new} == before[evening]   # nobody moved
            # Each new home joins the team that already climbs that entrance at that floor.
            for home_id, entrance, floor in zip(new, "ACC", (3, 10, 10)):
                neighbours = {before[evening][h.id] for h in list_home_rows(session, demo_building)
                              if h.entrance == entrance and h.floor == floor and h.id in before[evening]}
                assert now[home_id] in neighbours
            sizes = Counter(now.values())
            assert max(sizes.values()) - min(sizes.values()) <= 3
        assert sum(len(d.doors) for d in door_lists(session, round_id, evenings[0])) == 201
    with database.session() as session, session.begin():
        assert rounds.assign_teamless(session, round_id) == []        # nothing left: nothing done


def test_a_new_entrance_is_spread_so_no_team_gets_far_more(database, demo_building):
    round_id, (first, _second), _ = _plan(database, demo_building, volunteers=10)
    with database.session() as session, session.begin():
        assign_doors(session, round_id, first)
    new = _add_homes(database, demo_building, [("D", f, 600 + 6 * f + d) for f in range(5) for d in range(6)])
    with database.session() as session, session.begin():
        done = rounds.assign_teamless(session, round_id, first)
        assert [row.count for row in done] == [30]
        assignment = rounds.evening_assignment(session, round_id, first)
    sizes = [team.door_count for team in assignment.teams]
    assert sum(sizes) == 228 and max(sizes) <= -(-228 // 5) + rounds.BALANCE_SLACK
    # The new entrance goes to few teams in runs of floors, not one door each to every team.
    owners = [assignment.team_of_home[h] for h in new]
    assert sum(1 for a, b in zip(owners, owners[1:]) if a != b) <= 4


def test_assign_teamless_needs_teams_and_leaves_unsplit_evenings(database, demo_building):
    round_id, _, _ = _plan(database, demo_building, volunteers=10)
    _add_homes(database, demo_building, [("A", 1, 700)])
    with database.session() as session, session.begin():
        assert rounds.teamless_homes(session, round_id) == []            # nothing split yet: no warning
        assert rounds.assign_teamless(session, round_id) == []
    bare, _, _ = _plan(database, demo_building, volunteers=0, name="Zonder teams")
    with pytest.raises(UserError, match="nog geen teams"), database.session() as session:
        rounds.assign_teamless(session, bare)


def test_a_completed_interview_keeps_a_home_off_every_door_list(database, demo_building):
    """Door outcomes say 'niet thuis' on every evening, yet the form was typed in: the home is done."""
    from flatapp.services.door_outcomes import evening_doors
    from flatapp.storage.interview_models import Interview

    round_id, (first, second), _ = _plan(database, demo_building, volunteers=10)
    with database.session() as session, session.begin():
        assign_doors(session, round_id, first)
        assign_doors(session, round_id, second)
    with database.session() as session:
        home, draft_home = list_home_rows(session, demo_building)[5:7]
        team_id = session.scalar(select(Team.id).where(Team.round_id == round_id).limit(1))
    _record(database, round_id, first, [home.id, draft_home.id], 3, datetime(2026, NOV, 24, 19, 0))
    _record(database, round_id, second, [home.id], 3, datetime(2026, NOV, 26, 19, 0))
    with database.session() as session, session.begin():
        session.add(Interview(round_id=round_id, home_id=home.id, status="complete", answers="{}"))
        session.add(Interview(round_id=round_id, home_id=draft_home.id, status="draft", answers="{}"))
    with database.session() as session:
        for evening in (first, second):
            listed = {d.home_id for team in door_lists(session, round_id, evening) for d in team.doors}
            assert home.id not in listed and draft_home.id in listed
        assert home.id not in {h.id for h in open_homes(session, round_id)}
        # The entry grid still shows the home on an evening it was visited, so what was typed stays in view.
        assert home.id in {row.home_id for row in evening_doors(session, round_id, second)}
    with pytest.raises(UserError, match="ingevoerde vragenlijst"), database.session() as session:
        move_home(session, second, home.id, team_id, AV(session, second, home.id))
