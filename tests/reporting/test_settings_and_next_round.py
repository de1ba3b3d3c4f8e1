"""Letter and tent settings per round, the better letter, planning the next round, and what the comparison
lists between two rounds; the command line for all of it."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timezone

import pytest
from sqlalchemy import select

from flatapp.cli import main
from flatapp.reporting.content import between_rounds, chart_question
from flatapp.reporting.groups import Scrubber
from flatapp.services import rounds
from flatapp.services.errors import UserError
from flatapp.services.round_settings import copy_round, letter_settings, previous_round, update_letter_settings
from flatapp.storage.followup_models import GroupAction, WorkingGroup
from flatapp.storage.round_models import Round
from tests.printing.pdfcheck import assert_fonts_embedded, flat, page_texts


@pytest.mark.parametrize("changes, message", [
    (dict(sender_phone="12"), "te kort"),
    (dict(sender_phone="06-abc"), "klopt niet"),
    (dict(sender_email="anja.welzijn.nl"), "E-mailadres"),
    (dict(corporation_logo="/nergens/logo.png"), "bestaat niet"),
    (dict(organisation_logo="logo.gif"), "PNG- of JPG"),
    (dict(tent_date=date(2026, 12, 15), tent_starts=time(19), tent_ends=time(18)), "niet na het begin"),
    (dict(tent_starts=time(16), tent_date=None), "geen datum"),
    (dict(sender_name="x" * 121), "te lang"),
])
def test_settings_are_checked_with_a_dutch_sentence(demo, changes, message):
    with demo["db"].session() as s:
        before = letter_settings(s, 1)
        with pytest.raises(UserError, match=message):
            update_letter_settings(s, 1, version=letter_settings(s, 1).version, **changes)
        s.rollback()
        assert letter_settings(s, 1) == before


def test_letter_has_date_sender_contact_and_both_organisations(demo, tmp_path):
    from PIL import Image

    from flatapp.printing.round_printing import print_letters

    logo = tmp_path / "corporatie.png"
    Image.new("RGB", (300, 120), (200, 90, 20)).save(logo)
    with demo["db"].session() as s, s.begin():
        update_letter_settings(s, 1, version=letter_settings(s, 1).version, corporation_logo=str(logo))
        printed = print_letters(s, 1, tmp_path / "brieven.pdf")
    texts = page_texts(printed.path)
    assert len(texts) == 198
    first = flat(texts[0])
    for expected in ("Welzijn Voorbeeldstad", "Woonstichting De Voorbeeldhof",
                     "Anja de Boer", "opbouwwerker", "Vragen? Bel Anja de Boer: 0515-123456",
                     "a.deboer@welzijnvoorbeeldstad.example", f"{date.today():%d-%m-%Y}"):
        assert expected in first, expected
    assert first.index("Met vriendelijke groet") < first.index("Anja de Boer opbouwwerker")   # the signature
    assert_fonts_embedded(printed.path)


def test_copy_round_reuses_questionnaire_volunteers_teams_and_settings(demo):
    with demo["db"].session() as s, s.begin():
        row = copy_round(s, 1, "Najaar 2027", date(2027, 11, 1), date(2027, 11, 30))
        source, copy = rounds.round_detail(s, 1), rounds.round_detail(s, row.id)
        assert copy.round.questionnaire_version_id == source.round.questionnaire_version_id
        assert copy.round.optional_sections == source.round.optional_sections == ("cbs",)
        assert [(v.name, v.phone) for v in copy.volunteers] == [(v.name, v.phone) for v in source.volunteers]
        assert [(t.name, t.member_names) for t in copy.teams] == [(t.name, t.member_names) for t in source.teams]
        assert copy.evenings == () and [o.label for o in copy.outcomes] == [o.label for o in source.outcomes]
        settings = letter_settings(s, row.id)
        assert (settings.sender_name, settings.corporation_name) == ("Anja de Boer", "Woonstichting De Voorbeeldhof")
        assert settings.tent_date is None                       # the next round has its own tent
        assert previous_round(s, row.id).id == 1 and previous_round(s, 1) is None
        with pytest.raises(UserError, match="al een ronde met de naam"):
            copy_round(s, 1, "najaar 2027")


def test_between_rounds_lists_groups_created_and_actions_done_in_between(demo):
    with demo["db"].session() as s, s.begin():
        later = copy_round(s, 1, "Najaar 2027", date(2027, 11, 1), date(2027, 11, 30))
        building_id = s.get(Round, 1).building_id
        old = WorkingGroup(building_id=building_id, name="Oude club", round_id=None,
                           created_at=datetime(2026, 6, 1, tzinfo=timezone.utc))
        s.add(old)
        s.flush()
        s.add(GroupAction(group_id=old.id, what="Te vroeg klaar", status="klaar", done_on=date(2026, 10, 1)))
        found = between_rounds(s, 1, later.id)
    assert (found.start, found.end) == (date(2026, 12, 1), date(2027, 10, 31))
    names = [g.name for g in found.groups]           # the demo's own groups are made in between too
    assert names == sorted(names) and {"Portiek-apps", "Schone flat"} <= set(names)
    assert "Oude club" not in names                  # 'Oude club' is older
    done = [a.what for a in found.actions_done]
    assert "Brief over afval rondbrengen met [naam]" in done and "Te vroeg klaar" not in done


def test_scrubber_replaces_names_surnames_and_home_codes():
    scrub = Scrubber({"J. de Vries", "Truus Zwartkop", "Al"}, {"VBF-012"})
    assert scrub("Bel j. DE VRIES en Truus Zwartkop over vbf-012, niet de Vriesland") == \
        "Bel [naam] en [naam] over [woning], niet de Vriesland"
    assert scrub("de Vries komt ook") == "[naam] komt ook"
    assert scrub("Alles goed") == "Alles goed"              # a two-letter name is not replaced


def test_chart_question_leaves_out_hidden_options():
    from flatapp.disclosure.internal import InternalCount, InternalQuestion

    shown = InternalQuestion("HP1", "Helpen?", 40, (InternalCount(1, "Ja", 30, 40, 0.75),
                                                     InternalCount(2, "Nee", None, 40, None)))
    data = chart_question(shown)
    assert [(c.label, c.count, c.base) for c in data.counts] == [("Ja", 30, 40)]
    assert chart_question(InternalQuestion("HP1", "Helpen?", None, ())) is None


def test_cli_round_set_copy_report_invitation_update_and_compare(demo, tmp_path, capsys):
    db = demo["path"]
    demo["db"].dispose()
    assert main(["round", "set", "--db", db, "--round", "Najaar 2026", "--sender-name", "Bram Bakker",
                 "--sender-role", "buurtwerker", "--tent-date", "16-12-2026", "--tent-time", "15:30-18:00",
                 "--tent-place", "in de hal van portiek B"]) == 0
    out = capsys.readouterr().out
    assert "Bram Bakker, buurtwerker" in out and "woensdag 16-12-2026 van 15:30 tot 18:00, in de hal van portiek B" in out
    assert main(["round", "set", "--db", db, "--round", "Najaar 2026", "--sender-email", "fout"]) == 1
    assert "E-mailadres 'fout'" in capsys.readouterr().err
    assert main(["round", "copy", "--db", db, "--round", "Najaar 2026", "--name", "Najaar 2027",
                 "--from", "01-11-2027", "--to", "30-11-2027"]) == 0
    assert "10 vrijwilligers in 5 teams" in capsys.readouterr().out
    for argv, name in ((["report"], "rapport.pdf"), (["invitation"], "uitnodiging.pdf"),
                       (["update-handout"], "nieuws.pdf"),
                       (["invitation", "--group", "Schone flat", "--date", "25-01-2027", "--time", "19:30-21:00",
                         "--place", "de hal"], "groep.pdf")):
        assert main(argv + ["--db", db, "--round", "Najaar 2026", "-o", str(tmp_path / name)]) == 0, argv
        assert f"Opgeslagen: {tmp_path / name}" in capsys.readouterr().out
    assert "in de hal van portiek B" in flat(page_texts(tmp_path / "uitnodiging.pdf")[0])
    assert "Een vervolgronde is gepland: Najaar 2027" in flat("\n".join(page_texts(tmp_path / "rapport.pdf")))
    assert main(["invitation", "--db", db, "--round", "Najaar 2026", "--group", "Schone flat", "-o",
                 str(tmp_path / "x.pdf")]) == 1
    assert "--date" in capsys.readouterr().err
    assert main(["results", "--db", db, "--round", "Najaar 2026", "--compare-with", "Najaar 2027"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"Portiek-apps", "Schone flat"} <= {g["naam"] for g in data["tussen_de_rondes"]["werkgroepen"]}
    assert data["tussen_de_rondes"]["acties_klaar"][0]["wie"] == "een bewoner"


def test_demo_round_carries_sender_corporation_and_tent(demo):
    with demo["db"].session() as s:
        settings = letter_settings(s, 1)
        assert settings.missing_for_invitation() == []
        assert settings.contact_line == ("Vragen? Bel Anja de Boer: 0515-123456 of mail "
                                         "a.deboer@welzijnvoorbeeldstad.example")
        assert s.scalar(select(Round.tent_place).where(Round.id == 1)) == ""
        assert settings.place == "in de verwarmde tent op het parkeerterrein"
