"""`flatapp groups|actions|partners …` through the real `flatapp` parser, on the demo database."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook
from sqlalchemy import select

from flatapp.cli import main
from flatapp.services.consent import withdraw_consent
from flatapp.storage.followup_models import GroupMember, Person
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import GROUP
from tests.privacy.conftest import demo, demo_template  # noqa: F401

CONFIDENTIAL = "Vertrouwelijk — alleen voor de coördinator"
INTERNAL = "Intern — alleen voor het welzijnsteam"


def _run(demo, *words: str) -> int:  # noqa: F811
    return main([*words, "--db", str(demo.file)])


def _logged(demo, action: str) -> list[ActivityLog]:  # noqa: F811
    with demo.session() as session:
        rows = list(session.scalars(select(ActivityLog).where(ActivityLog.action == action)))
        session.expunge_all()
        return rows


def test_groups_list_is_internal_without_names(demo, capsys):  # noqa: F811
    assert _run(demo, "groups", "list", "--building", "Voorbeeldflat") == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith(INTERNAL)
    assert lines[1].split()[:2] == ["flat", "werkgroep"]
    assert "Afval van balkons" in out and "Groepsapp per portiek" in out
    with demo.session() as session:
        names = [p.name for p in session.scalars(select(Person))]
    assert names and not [name for name in names if name in out]

    assert _run(demo, "groups", "list", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data)[:2] == ["tier", "tier_line"] and data["tier"] == "intern"
    litter = next(g for g in data["groups"] if g["werkgroep"] == "Afval van balkons")
    assert (litter["leden"], litter["open acties"], litter["te laat"], litter["klaar"]) == (3, 1, 1, 1)
    assert litter["eerstvolgende datum"] == "28-11-2026"


def test_groups_show_names_members_only_with_consent_and_is_logged(demo, capsys):  # noqa: F811
    assert _run(demo, "groups", "show", "afval van balkons") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith(CONFIDENTIAL)
    with demo.session() as session:
        members = session.execute(select(Person).join(GroupMember, GroupMember.person_id == Person.id)
                                  .order_by(GroupMember.id)).scalars().all()
        first = members[0]
        session.expunge_all()
    assert first.name in out and "contactpersoon" in out and "TE LAAT" in out
    assert "resultaat: In alle drie portieken opgehangen" in out
    (entry,) = _logged(demo, "groups.show")
    assert (entry.tier, entry.target) == ("vertrouwelijk", "scherm")

    with demo.session() as session, session.begin():
        withdraw_consent(session, first.round_id, first.home_id, GROUP)
    assert _run(demo, "groups", "show", "Afval van balkons") == 0
    out = capsys.readouterr().out
    assert first.name not in out and first.email not in out
    assert "naam niet gedeeld" in out

    assert _run(demo, "groups", "show", "Afval") == 1
    assert "Werkgroep 'Afval' bestaat niet (bekend: Afval van balkons, Groepsapp per portiek)" in \
        capsys.readouterr().err


def test_actions_list_by_date_overdue_and_to_files(demo, tmp_path, capsys):  # noqa: F811
    assert _run(demo, "actions", "list") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(CONFIDENTIAL)
    whats = [line for line in out[2:]]
    assert "Flyer 'Niets van het balkon'" in whats[0] and "Extra afvalcontainer" in whats[1]
    assert "Bewoners van portiek C uitnodigen voor …" in whats[2]       # long text elided on the screen

    assert _run(demo, "actions", "list", "--overdue", "--format", "csv") == 0
    rows = list(csv.reader(capsys.readouterr().out.splitlines(), delimiter=";"))
    assert rows[0][0].startswith("# Vertrouwelijk")
    assert rows[1][:3] == ["flat", "werkgroep", "wat"]
    assert [(r[2], r[3], r[5], r[7]) for r in rows[2:]] == [
        ("Extra afvalcontainer bij portiek B vragen", "Woonstichting De Flat", "28-11-2026", "ja")]

    assert _run(demo, "actions", "list", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tier"] == "vertrouwelijk" and len(data["actions"]) == 3
    assert data["actions"][0]["klaar op"] == "24-11-2026"

    target = tmp_path / "acties.xlsx"
    assert _run(demo, "actions", "list", "--building", "Voorbeeldflat", "-o", str(target)) == 0
    assert "3 acties geschreven" in capsys.readouterr().out
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0].startswith("Vertrouwelijk") and values[1][0] == "flat" and len(values) == 5
    assert [entry.target for entry in _logged(demo, "actions.list")][-1] == str(target)
    assert all(entry.tier == "vertrouwelijk" for entry in _logged(demo, "actions.list"))

    assert _run(demo, "actions", "list", "-o", str(tmp_path / "acties.txt")) == 1
    assert "eindigt op .csv, .xlsx of .json" in capsys.readouterr().err


def test_partners_list(demo, capsys):  # noqa: F811
    assert _run(demo, "partners", "list", "--format", "csv") == 0
    rows = list(csv.reader(capsys.readouterr().out.splitlines(), delimiter=";"))
    assert rows[0][0].startswith("# Intern")
    partners = {r[0]: r for r in rows[2:]}
    assert set(partners) == {"Woonstichting De Flat", "Jongerenwerk", "Buurtplatform"}
    assert partners["Woonstichting De Flat"][5] == "mensen, geld, middelen"
    assert partners["Jongerenwerk"][6] == "2"


def test_every_option_has_dutch_help(capsys):
    for words in (["groups", "list"], ["groups", "show"], ["actions", "list"], ["partners", "list"]):
        text = _help(capsys, words)
        assert "--db" in text and "--format" in text or words == ["groups", "show"]
    text = _help(capsys, ["actions", "list"])
    assert "alleen de te late acties" in text and "BESTAND.xlsx" in text


def _help(capsys, words) -> str:
    try:
        main([*words, "--help"])
    except SystemExit:
        pass
    return capsys.readouterr().out
