"""`flatapp scan FILE|FOLDER --round R` through the real `flatapp` parser, with readings made by hand in place
of the page reader."""

from __future__ import annotations

import pytest

from flatapp.cli import main
from flatapp.services.interviews import open_interview
from tests.scanning.factory import TYPICAL, blank, form_readings, unreadable


@pytest.fixture
def stack(database, scan_round, monkeypatch, tmp_path):
    questionnaire, round_id, version = scan_round["questionnaire"], scan_round["round"], scan_round["version"]
    homes = scan_round["homes"]
    readings = (form_readings(questionnaire, round_id, version, homes["12"].code, TYPICAL)
                + form_readings(questionnaire, round_id, version, homes["13"].code, TYPICAL,
                                handwritten={"KN2": "12"}, first_index=4)
                + [unreadable(8), blank(9)])
    seen = []

    def read(files, layout_for, progress):
        seen.append([f.name for f in files])
        for number, reading in enumerate(readings, start=1):
            progress(number, len(readings), reading.source)
            yield reading

    monkeypatch.setattr("flatapp.cli_scan.reader", lambda: read)
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("b.pdf", "a.jpg", "notes.txt"):
        (folder / name).write_bytes(b"scan")
    return {"db": str(database.file), "folder": folder, "seen": seen, "homes": homes, "round": round_id}


def test_scan_reads_a_folder_and_prints_the_dutch_summary(stack, database, capsys):
    code = main(["--db", stack["db"], "scan", str(stack["folder"]), "--round", "Najaar 2026"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert stack["seen"] == [["a.jpg", "b.pdf"]]                      # the folder's scans, by name
    assert "Ronde 'Najaar 2026': 10 pagina's ingelezen: 7 gelezen, 1 met iets na te kijken, 1 onleesbaar, " \
           "0 dubbel, 1 lege achterkant." in out
    assert "2 formulieren als concept opgeslagen, waarvan 1 meteen afgerond." in out
    assert "2 punten wachten op nakijken" in out and "Onleesbaar: stapel.pdf p. 9: te donker." in out
    with database.session() as s:
        assert open_interview(s, stack["round"], stack["homes"]["12"].id).is_complete
    again = main(["--db", stack["db"], "scan", str(stack["folder"] / "b.pdf"), "--round", "Najaar 2026"])
    out = capsys.readouterr().out
    assert again == 0 and "8 dubbel" in out and "er is niets dubbel opgeslagen" in out


def test_scan_exits_non_zero_only_on_an_error(stack, capsys):
    assert main(["--db", stack["db"], "scan", str(stack["folder"] / "nope.pdf"), "--round", "Najaar 2026"]) != 0
    assert "bestaat niet; kies een PDF" in capsys.readouterr().err
    assert main(["--db", stack["db"], "scan", str(stack["folder"] / "notes.txt"), "--round", "Najaar 2026"]) != 0
    assert "geen PDF of afbeelding" in capsys.readouterr().err
    assert main(["--db", stack["db"], "scan", str(stack["folder"]), "--round", "Voorjaar"]) != 0
