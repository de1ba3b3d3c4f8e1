"""The report, the invitations and the update handout of the demo round, read back from the PDFs: pages,
A4, fonts embedded, the tier on every page, no names or home codes where they must not be, consent."""

from __future__ import annotations

import re
from datetime import date, time

import pytest
from sqlalchemy import select

from flatapp.demo_reporting import DEMO_CORPORATION, DEMO_SENDER
from flatapp.reporting import service
from flatapp.services.consent import withdraw_consent
from flatapp.services.errors import UserError
from flatapp.services.quotes import approve_quote, list_quotes
from flatapp.storage.followup_models import Person
from flatapp.storage.models import ActivityLog
from tests.printing.pdfcheck import assert_a4, assert_fonts_embedded, flat, image_count, page_texts
from tests.reporting.conftest import secrets
from tests.reporting.followup_data import NAMES

TODAY = date(2027, 1, 15)


def _leaks(texts: list[str], words: set[str]) -> list[str]:
    joined = flat("\n".join(texts)).lower()
    return sorted(w for w in words if w.lower() in joined)


def _last_log(session) -> ActivityLog:
    return session.scalars(select(ActivityLog).order_by(ActivityLog.id.desc()).limit(1)).one()


def test_report_is_internal_a_few_pages_with_vector_charts_and_no_names(demo, tmp_path):
    target = tmp_path / "rapport.pdf"
    with demo["db"].session() as s, s.begin():
        printed = service.print_report(s, 1, target, today=TODAY)
        log = _last_log(s)
        hidden = secrets(s)
        assert (log.tier, log.target) == ("intern", str(target))
    texts = page_texts(target)
    assert printed.pages == len(texts) and 3 <= len(texts) <= 8
    assert_a4(target)
    assert_fonts_embedded(target)
    assert all("Intern — alleen voor het welzijnsteam" in flat(t) for t in texts)
    assert all(f"pagina {n} van {len(texts)}" in t for n, t in enumerate(texts, start=1))
    whole = flat("\n".join(texts))
    for heading in ("Waarom en hoe", "Wat bewoners vertelden", "In de tent", "Groepen en acties sinds de tent",
                    "Volgende stappen", "Sociale samenhang", "Nederland 6,4"):
        assert heading in whole, heading
    assert "Schone flat" in whole and "Woonstichting De Voorbeeldhof" in whole
    # The tent and its sign-ups per topic (the demo's own sheets and the two added here).
    assert "15-12-2026" in whole and re.search(r"Afval van balkons \d+", whole)
    assert "96 gesprekken" in whole or "96" in texts[0]
    assert _leaks(texts, hidden) == []
    assert "[naam]" in whole and "[woning]" in whole                    # typed by mistake, scrubbed
    assert image_count(target) == [0] * len(texts)                     # charts are vectors, not pictures


def test_report_shows_approved_quotes_only(demo, tmp_path):
    from flatapp.demo import _STORIES

    with demo["db"].session() as s, s.begin():
        candidates = list_quotes(s, 1)
        approve_quote(s, candidates[0].interview_id, "Mijn buurman zet elke week de container buiten.")
        service.print_report(s, 1, tmp_path / "r.pdf", today=TODAY)
    whole = flat("\n".join(page_texts(tmp_path / "r.pdf")))
    assert "Mijn buurman zet elke week de container buiten." in whole
    assert not [story for story in _STORIES if story in whole]


def test_tent_invitation_per_door_with_everything_a_resident_needs(demo, tmp_path):
    target = tmp_path / "uitnodiging.pdf"
    with demo["db"].session() as s, s.begin():
        printed = service.print_tent_invitations(s, 1, target, today=TODAY)
        log = _last_log(s)
        assert (log.tier, log.target) == ("openbaar", str(target))
    texts = page_texts(target)
    assert printed.pages == len(texts) == 198
    assert_a4(target)
    assert_fonts_embedded(target)
    first = flat(texts[0])
    for expected in ("Aan de bewoners van", "dinsdag 15-12-2026, van 16:00 tot 19:00",
                     "in de verwarmde tent op het parkeerterrein", "soep", "broodje", "Welzijn Voorbeeldstad",
                     DEMO_CORPORATION, DEMO_SENDER, "opbouwwerker", "0515-123456", "15-01-2027",
                     "Openbaar — mag door iedereen worden gezien"):
        assert expected in first, expected
    assert len({flat(t).split(",")[0] for t in texts}) == 198          # each door its own address


def test_tent_invitation_needs_the_tents_date_and_a_contact(demo, tmp_path):
    from flatapp.services.round_settings import letter_settings, update_letter_settings

    with demo["db"].session() as s, s.begin():
        update_letter_settings(s, 1, version=letter_settings(s, 1).version, tent_date=None, tent_starts=None, tent_ends=None, sender_phone="",
                               sender_email="")
        with pytest.raises(UserError, match="datum van de tent.*telefoonnummer of e-mailadres"):
            service.print_tent_invitations(s, 1, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_group_invitation_only_to_members_with_consent_and_confidential(demo, tmp_path):
    target = tmp_path / "groep.pdf"
    with demo["db"].session() as s, s.begin():
        printed = service.print_group_invitations(s, 1, "schone flat", target, day=date(2027, 1, 25),
                                                  starts=time(19, 30), ends=time(21, 0),
                                                  place="in de ontmoetingsruimte", today=TODAY)
        log = _last_log(s)
        assert log.tier == "vertrouwelijk" and log.target == str(target)
    texts = page_texts(target)
    assert printed.pages == len(texts) == 2            # Truus and Hendrik; Gerda gave no consent
    assert "1 leden zonder toestemming" in printed.what and NAMES[2] not in printed.what
    assert f"Beste {NAMES[0]}," in flat(texts[0]) and f"Beste {NAMES[1]}," in flat(texts[1])
    whole = flat("\n".join(texts))
    assert NAMES[2] not in whole and NAMES[3] not in whole
    assert all("Vertrouwelijk" in flat(t) for t in texts)
    assert "maandag 25-01-2027, van 19:30 tot 21:00" in whole and "Schone flat" in whole
    assert_fonts_embedded(target)

    with demo["db"].session() as s, s.begin():
        truus = s.get(Person, demo["persons"][0])
        withdraw_consent(s, 1, truus.home_id, "contact")
        printed = service.print_group_invitations(s, 1, "Schone flat", target, day=date(2027, 1, 25),
                                                  starts=None, ends=None, place="hal")
    assert printed.pages == 1 and NAMES[0] not in flat("\n".join(page_texts(target)))


def test_group_invitation_errors_are_dutch(demo, tmp_path):
    with demo["db"].session() as s:
        with pytest.raises(UserError, match="geen werkgroep 'Breiclub'.*Portiek-apps, Schone flat"):
            service.print_group_invitations(s, 1, "Breiclub", tmp_path / "x.pdf", day=TODAY, starts=None,
                                            ends=None, place="hal")
        with pytest.raises(UserError, match="plaats van de bijeenkomst"):
            service.print_group_invitations(s, 1, "Schone flat", tmp_path / "x.pdf", day=TODAY, starts=None,
                                            ends=None, place="  ")


def test_update_handout_is_public_counts_never_names(demo, tmp_path):
    target = tmp_path / "nieuws.pdf"
    with demo["db"].session() as s, s.begin():
        printed = service.print_update_handout(s, 1, target, today=TODAY)
        log = _last_log(s)
        hidden = secrets(s)
        assert (log.tier, log.target) == ("openbaar", str(target))
    texts = page_texts(target)
    assert printed.pages == len(texts) == 1
    assert_a4(target)
    assert_fonts_embedded(target)
    whole = flat(texts[0])
    assert "Openbaar — mag door iedereen worden gezien" in whole
    assert "Wat is er gebeurd?" in whole and "Schone flat" in whole and "Portiek-apps" in whole
    assert "Ongeveer 95 van de 194 huishoudens gesproken" in whole      # the publication's headline
    assert "Een paar bewoners doen mee" in whole                       # 3 members: below the threshold of 5
    assert "Extra container bij portiek A" in whole and "Meedoen?" in whole and "0515-123456" in whole
    assert "chat.example" not in whole                                  # the group app is named, not linked
    assert _leaks(texts, hidden) == []


def test_update_handout_waits_for_a_publication(database, make_building, tmp_path):
    from flatapp.services import rounds

    building_id = make_building("Testflat", [("A", 0, 1), ("A", 0, 2)])
    with database.session() as s, s.begin():
        row = rounds.create_round(s, building_id, "Voorjaar")
        with pytest.raises(UserError, match="nog geen publicatie"):
            service.print_update_handout(s, row.id, tmp_path / "x.pdf")
