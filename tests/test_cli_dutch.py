"""The command line's own words (usage, headings, argparse's errors) are Dutch too."""

from __future__ import annotations

import pytest

from flatapp.cli import main


def test_help_is_dutch_from_the_first_word(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: flatapp")
    assert "opties:" in out and "toon deze hulp en stop" in out
    assert "usage" not in out and "show this help" not in out


@pytest.mark.parametrize("argv, expected", [
    (["db"], "flatapp db: fout: deze argumenten ontbreken: action"),
    (["db", "zzz"], "ongeldige keuze: 'zzz' (kies uit 'create', 'upgrade', 'check', 'backup', 'encrypt', "
                        "'decrypt', 'rekey', 'copy')"),
    (["buildings", "--onbekend"], "fout: onbekende argumenten: --onbekend"),
])
def test_argparse_errors_are_dutch(capsys, argv, expected):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert expected in err and err.startswith("gebruik: ")
