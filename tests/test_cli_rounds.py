"""`flatapp round create|list|show` through a small parser built with add_round_commands."""

from __future__ import annotations

import argparse

import pytest
from sqlalchemy import func, select

from flatapp.cli_rounds import add_round_commands
from flatapp.services.errors import UserError
from flatapp.storage.round_models import Assignment, Evening, Round, Team, Volunteer


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    parser = argparse.ArgumentParser(prog="flatapp", parents=[common])
    add_round_commands(parser.add_subparsers(), common)
    return parser


@pytest.fixture
def run(database):
    """Run `flatapp round ...` on the test database; returns the handler's exit code."""
    db = str(database.file)

    def call(*argv: str) -> int:
        args = _parser().parse_args(["round", *argv, "--db", db])
        return args.handler(args)

    return call


@pytest.fixture
def block(make_building) -> int:
    """3 entrances × 4 floors × 3 doors = 36 homes."""
    return make_building("De Dóuma", [(e, f, i * 12 + f * 3 + d) for i, e in enumerate("ABC")
                                      for f in range(4) for d in range(1, 4)])


CREATE = ["create", "--building", "de dóuma", "--name", "Najaar 2026", "--from", "01-11-2026", "--to", "30-11-2026",
          "--evening", "24-11-2026 18:30-20:30", "--evening", "26-11-2026 18.30–20.30",
          "--volunteer", "Anna:06-11111111", "--volunteer", "Joëlle de Vries", "--volunteer", "Bert:0513 123456",
          "--volunteer", "Ceesje", "--volunteer", "Dirk:+31 6 22222222", "--teams", "auto", "--cbs"]


def test_create_makes_everything_and_prints_a_summary(run, block, database, capsys):
    assert run(*CREATE) == 0
    out = capsys.readouterr().out
    assert "Ronde 'Najaar 2026' aangemaakt voor flat 'De Dóuma' (01-11-2026 t/m 30-11-2026)." in out
    assert "met de CBS-stellingen" in out
    assert "  dinsdag 24-11-2026, 18:30–20:30" in out and "  donderdag 26-11-2026, 18:30–20:30" in out
    assert "  Team 1: Anna (06-11111111), Joëlle de Vries" in out
    assert "  Team 2: Bert (0513 123456), Ceesje, Dirk (+31 6 22222222)" in out
    assert out.count(" 18 deuren") == 4
    with database.session() as session:
        round_ = session.scalar(select(Round))
        assert round_.optional_sections == "cbs"
        per_evening = session.execute(select(Assignment.evening_id, Assignment.team_id, func.count())
                                      .group_by(Assignment.evening_id, Assignment.team_id)).all()
    assert sorted(n for _, _, n in per_evening) == [18, 18, 18, 18]


def test_list_and_show(run, block, capsys):
    assert run("list", "--building", "De Dóuma") == 0
    assert "nog geen rondes" in capsys.readouterr().out
    run(*CREATE)
    capsys.readouterr()
    assert run("list", "--building", "De Dóuma") == 0
    assert capsys.readouterr().out.strip() == (
        "Najaar 2026: 01-11-2026 t/m 30-11-2026; 2 avonden, 5 vrijwilligers, 2 teams")
    assert run("show", "--round", "najaar 2026") == 0
    out = capsys.readouterr().out
    assert out.startswith("Ronde 'Najaar 2026', flat 'De Dóuma' (01-11-2026 t/m 30-11-2026)")
    assert "Teams (2):" in out and "Deuren per team:" in out
    lines = [line.strip() for line in out.splitlines()]
    assert "Team 1   18 deuren  A: BG–3e; B: BG–1e" in lines


def test_show_of_an_unknown_round_names_the_known_ones(run, block):
    run(*CREATE)
    with pytest.raises(UserError, match=r"Ronde 'Zomer' bestaat niet \(aanwezig: 'Najaar 2026' \(De Dóuma\)\)"):
        run("show", "--round", "Zomer")


@pytest.mark.parametrize("change,message", [
    (["--from", "31-02-2026"], r"De begindatum '31-02-2026' is geen geldige datum; schrijf hem als DD-MM-JJJJ"),
    (["--to", "2026-11-30"], r"De einddatum '2026-11-30' is geen geldige datum"),
    (["--evening", "24-11-2026"], r"De avond '24-11-2026' is niet te begrijpen"),
    (["--evening", "24-11-2026 25:00-26:00"], r"De begintijd '25:00' is geen geldige tijd"),
    (["--evening", "24-11-2026 19:30-21:00"],
     r"--evening 3 \('24-11-2026 19:30-21:00'\): Deze avond overlapt met de avond van dinsdag 24-11-2026, 18:30–20:30"),
    (["--evening", "02-12-2026 19:30-21:00"], r"valt buiten de periode van de ronde"),
    (["--volunteer", ":0612345678"], r"--volunteer 6 \(':0612345678'\): Vul de naam van de vrijwilliger in"),
])
def test_bad_input_is_refused_and_nothing_is_saved(run, block, database, change, message):
    with pytest.raises(UserError, match=message):
        run(*CREATE, *change)
    with database.session() as session:
        for model in (Round, Evening, Volunteer, Team, Assignment):
            assert session.scalar(select(func.count(model.id))) == 0


def test_auto_teams_need_two_volunteers_and_unknown_block_is_named(run, block):
    with pytest.raises(UserError, match="minstens twee vrijwilligers"):
        run("create", "--building", "De Dóuma", "--name", "X", "--volunteer", "Anna", "--teams", "auto")
    with pytest.raises(UserError, match=r"Flat 'Elders' bestaat niet in deze database \(aanwezig: De Dóuma\)"):
        run("create", "--building", "Elders", "--name", "X")


def test_create_without_homes_keeps_the_round_and_says_why_doors_wait(run, make_building, database, capsys):
    from flatapp.storage.models import Home

    building_id = make_building("Nieuwbouw", [("A", 0, 1)])
    with database.session() as session, session.begin():
        session.execute(Home.__table__.delete().where(Home.building_id == building_id))
    assert run("create", "--building", "Nieuwbouw", "--name", "Eerste ronde", "--evening", "24-11-2026 18:30-20:30",
               "--volunteer", "Anna", "--volunteer", "Bert", "--teams", "auto") == 0
    assert "nog geen woningen" in capsys.readouterr().out


def test_round_without_a_command_prints_help(capsys, database):
    args = _parser().parse_args(["round"])
    assert args.handler(args) == 2
    assert "create" in capsys.readouterr().out




def _add_home(database, building_name: str, entrance: str, floor: int, number: int) -> str:
    """A home that arrives after the round was planned; returns its code."""
    from flatapp.services.homes import entrance_for, next_home_codes
    from flatapp.storage.models import Building, Home

    with database.session() as session, session.begin():
        building = session.scalar(select(Building).where(Building.name == building_name))
        place = entrance_for(session, building, entrance)
        code = next_home_codes(session, building, 1)[0]
        session.add(Home(building=building, entrance=place, code=code, street="Nieuwbouw", house_number=number,
                         postcode="1234 AB", city="Sneek", vhe_code=f"N{code}", floor=floor))
        return code


def test_show_warns_about_homes_without_a_team_and_assign_divides_them(run, block, database, capsys):
    run(*CREATE)
    code = _add_home(database, "De Dóuma", "C", 3, 99)
    capsys.readouterr()
    assert run("show", "--round", "Najaar 2026") == 0
    out = capsys.readouterr().out
    assert (f"Let op: 1 woning heeft geen team op dinsdag 24-11-2026 en donderdag 26-11-2026 en staat op geen "
            f"deurlijst: {code} (Nieuwbouw 99).") in out
    assert 'flatapp round assign --round "Najaar 2026"' in out

    assert run("assign", "--round", "Najaar 2026", "--evening", "26-11-2026") == 0
    out = capsys.readouterr().out
    # C 3e is walked by Team 2 (the second half of the walking order), so the new home goes there.
    assert "donderdag 26-11-2026, 18:30–20:30: 1 woning zonder team verdeeld" in out
    assert f"  Team 2: {code}" in out and "dinsdag" not in out
    run("show", "--round", "Najaar 2026")
    out = capsys.readouterr().out
    assert "1 woning heeft geen team op dinsdag 24-11-2026 en staat" in out

    assert run("assign", "--round", "Najaar 2026") == 0
    assert "dinsdag 24-11-2026, 18:30–20:30: 1 woning zonder" in capsys.readouterr().out
    run("show", "--round", "Najaar 2026")
    assert "Let op" not in capsys.readouterr().out
    assert run("assign", "--round", "Najaar 2026") == 0
    assert "er is niets verdeeld" in capsys.readouterr().out
    with database.session() as session:
        per_team = session.execute(select(Assignment.team_id, func.count()).group_by(Assignment.team_id)).all()
    assert sorted(n for _, n in per_team) == [36, 38]


def test_assign_on_a_day_without_an_evening_is_refused(run, block):
    run(*CREATE)
    with pytest.raises(UserError, match="geen avond op 25-11-2026"):
        run("assign", "--round", "Najaar 2026", "--evening", "25-11-2026")
