"""`flatapp db encrypt / decrypt / rekey`, `db create --encrypt` and opening an encrypted database from
the command line: the passphrase comes from FLATAPP_PASSPHRASE or a hidden prompt, never an option."""

from __future__ import annotations

import hashlib

import pytest

from flatapp.cli import build_parser, main
from flatapp.storage.database import SQLITE_MAGIC, is_encrypted_database

PASSPHRASE = 'geheim "wachtwoord" van de coördinator'


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch):
    """Tests never have someone at a terminal: a missing passphrase must say so, not wait."""
    monkeypatch.setattr("flatapp.cli_support._interactive", lambda: False)
    monkeypatch.delenv("FLATAPP_PASSPHRASE", raising=False)
    monkeypatch.delenv("FLATAPP_NEW_PASSPHRASE", raising=False)


def test_encrypt_then_use_decrypt_with_the_environment(demo, monkeypatch, capsys):
    monkeypatch.setenv("FLATAPP_PASSPHRASE", PASSPHRASE)
    assert main(["db", "encrypt", str(demo)]) == 0
    out = capsys.readouterr().out
    assert "Database versleuteld" in out and "gecontroleerd" in out
    assert is_encrypted_database(demo)

    assert main(["buildings", "--db", str(demo)]) == 0
    assert "Voorbeeldflat" in capsys.readouterr().out
    assert main(["db", "check", "--db", str(demo)]) == 0
    assert "Integriteit: ok" in capsys.readouterr().out

    monkeypatch.delenv("FLATAPP_PASSPHRASE")
    assert main(["buildings", "--db", str(demo)]) == 1
    assert "FLATAPP_PASSPHRASE" in capsys.readouterr().err

    monkeypatch.setenv("FLATAPP_PASSPHRASE", "dit is het niet")
    before = digest(demo)
    assert main(["buildings", "--db", str(demo)]) == 1
    assert "klopt niet" in capsys.readouterr().err
    assert digest(demo) == before

    monkeypatch.setenv("FLATAPP_PASSPHRASE", PASSPHRASE)
    assert main(["db", "decrypt", str(demo)]) == 0
    assert demo.read_bytes()[:16] == SQLITE_MAGIC
    monkeypatch.delenv("FLATAPP_PASSPHRASE")
    assert main(["buildings", "--db", str(demo)]) == 0


def test_rekey_takes_the_new_passphrase_from_its_own_variable(demo, monkeypatch, capsys):
    monkeypatch.setenv("FLATAPP_PASSPHRASE", PASSPHRASE)
    assert main(["db", "encrypt", "--db", str(demo)]) == 0
    assert main(["db", "rekey", str(demo)]) == 1
    assert "FLATAPP_NEW_PASSPHRASE" in capsys.readouterr().err

    monkeypatch.setenv("FLATAPP_NEW_PASSPHRASE", "een heel ander wachtwoord")
    assert main(["db", "rekey", str(demo)]) == 0
    assert main(["buildings", "--db", str(demo)]) == 1          # the old one no longer opens it
    monkeypatch.setenv("FLATAPP_PASSPHRASE", "een heel ander wachtwoord")
    assert main(["buildings", "--db", str(demo)]) == 0


def test_backup_of_an_encrypted_database_is_encrypted(demo, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FLATAPP_PASSPHRASE", PASSPHRASE)
    assert main(["db", "encrypt", str(demo)]) == 0
    assert main(["db", "backup", "--db", str(demo), "-o", str(tmp_path / "kopieen")]) == 0
    (backup,) = (tmp_path / "kopieen").iterdir()
    assert is_encrypted_database(backup) and b"Kastanjelaan" not in backup.read_bytes()
    assert main(["homes", "--building", "Voorbeeldflat", "--db", str(backup)]) == 0
    assert "Kastanjelaan" in capsys.readouterr().out


def test_create_and_demo_can_be_encrypted(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FLATAPP_PASSPHRASE", PASSPHRASE)
    new = tmp_path / "nieuw.sqlite"
    assert main(["db", "create", str(new), "--encrypt"]) == 0
    assert "versleutelde database" in capsys.readouterr().out
    assert is_encrypted_database(new)
    demo = tmp_path / "demo.sqlite"
    assert main(["demo", str(demo), "--encrypt"]) == 0
    assert is_encrypted_database(demo) and b"Kastanjelaan" not in demo.read_bytes()
    # Without --encrypt a new database is plain, even with FLATAPP_PASSPHRASE set.
    plain = tmp_path / "gewoon.sqlite"
    assert main(["db", "create", str(plain)]) == 0
    assert plain.read_bytes()[:16] == SQLITE_MAGIC


def test_encrypting_asks_for_a_passphrase_and_refuses_without_one(demo, capsys):
    before = digest(demo)
    assert main(["db", "encrypt", str(demo)]) == 1
    assert "FLATAPP_PASSPHRASE" in capsys.readouterr().err
    assert digest(demo) == before


def test_an_interactive_prompt_is_typed_twice(demo, monkeypatch, capsys):
    monkeypatch.setattr("flatapp.cli_support._interactive", lambda: True)
    answers = iter(["eerste wachtwoord", "tweede wachtwoord"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    assert main(["db", "encrypt", str(demo)]) == 1
    assert "niet gelijk" in capsys.readouterr().err
    answers = iter(["hetzelfde wachtwoord"] * 3)
    assert main(["db", "encrypt", str(demo)]) == 0
    assert main(["buildings", "--db", str(demo)]) == 0        # asked at the prompt again
    assert "Voorbeeldflat" in capsys.readouterr().out


def test_a_server_is_refused_with_a_dutch_reason(capsys):
    assert main(["db", "encrypt", "--db", "postgresql+psycopg://server/flatapp"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err


def test_passphrase_is_never_an_option():
    parser = build_parser()
    options = {option for action in parser._actions for option in action.option_strings}
    for sub in parser._subparsers._group_actions[0].choices.values():
        options |= {option for action in sub._actions for option in action.option_strings}
    assert not [option for option in options if "pass" in option or "wachtwoord" in option]
