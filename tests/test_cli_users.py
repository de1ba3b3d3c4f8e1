"""`flatapp users add|list|set-role|assign|remove|setup-roles` through the real `flatapp` command (main)."""

from __future__ import annotations

import pytest

from flatapp.cli import main
from flatapp.services.rounds import create_round


@pytest.fixture
def flatapp(database, monkeypatch, capsys):
    """Run `flatapp ... --db <test database>` as the computer's user ``login``; returns (exit code, out, err)."""
    db = str(database.file)
    database.dispose()

    def call(*argv: str, login: str = "coco"):
        monkeypatch.setattr("flatapp.services.access.os_login", lambda: login)
        code = main([*argv, "--db", db])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def rounds(database, make_building):
    building = make_building()
    with database.session() as s, s.begin():
        return [create_round(s, building, name).id for name in ("Najaar 2026", "Voorjaar 2027")]


def test_users_are_added_listed_assigned_and_removed(flatapp, rounds):
    code, out, _ = flatapp("users", "list")
    assert code == 0 and "Nog geen gebruikers" in out and "(nu: coco)" in out
    code, out, _ = flatapp("users", "add", "tina", "--role", "invoerder", "--full-name", "Tina Typt",
                           "--round", "Najaar 2026")
    assert code == 0 and "'tina' toegevoegd als invoerder" in out and "('coco') als coördinator toegevoegd" in out
    assert flatapp("users", "add", "pim", "--role", "partner")[0] == 0
    assert flatapp("users", "assign", "tina", "--round", "Voorjaar 2027")[0] == 0
    code, out, _ = flatapp("users", "list")
    assert out.splitlines() == ["coco: coördinator", "pim: partner",
                                "tina (Tina Typt): invoerder; rondes: Najaar 2026, Voorjaar 2027"]
    assert flatapp("users", "assign", "tina", "--round", "Najaar 2026", "--remove")[0] == 0
    code, out, _ = flatapp("users", "set-role", "pim", "coördinator")
    assert code == 0 and "'pim' is nu coördinator" in out
    assert flatapp("users", "remove", "pim")[0] == 0
    code, out, _ = flatapp("users", "list")
    assert out.splitlines() == ["coco: coördinator", "tina (Tina Typt): invoerder; rondes: Voorjaar 2027"]


def test_only_a_coordinator_manages_users_and_strangers_are_refused(flatapp, rounds):
    flatapp("users", "add", "tina", "--role", "invoerder")
    code, _, err = flatapp("users", "add", "eve", "--role", "coordinator", login="tina")
    assert code == 1 and "met de rol invoerder; die rol mag geen flats, woningen, rondes, planning" in err
    code, out, _ = flatapp("users", "list", login="tina")
    assert out.splitlines() == ["tina: invoerder"]
    code, _, err = flatapp("users", "list", login="mallory")
    assert code == 1 and "'mallory' staat niet als gebruiker in deze database" in err
    code, _, err = flatapp("users", "add", "x", "--role", "baas")
    assert code == 1 and "Onbekende rol 'baas'" in err
    code, _, err = flatapp("users", "add", "Niet Goed", "--role", "partner")
    assert code == 1 and "kan geen gebruikersnaam zijn" in err
    code, _, err = flatapp("users", "setup-roles")
    assert code == 1 and "alleen op een PostgreSQL-server" in err


def test_a_typist_cannot_export_from_the_command_line(flatapp, rounds):
    flatapp("users", "add", "tina", "--role", "invoerder", "--round", "Najaar 2026")
    code, _, err = flatapp("homes", "--building", "Testflat", login="tina")
    assert code == 1 and "die rol mag geen vertrouwelijke gegevens bekijken" in err
