"""Consent per purpose: recorded from the form, by hand, withdrawn, and checked when an output is made."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from flatapp.analysis.results import compute_results
from flatapp.services.consent import (
    consenting,
    consents_of_home,
    has_consent,
    set_consent,
    withdraw_consent,
)
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.quotes import approve_quote, approved_quotes, list_quotes
from flatapp.services.rounds import create_round
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import CONTACT, GROUP, RESEARCH, STORY
from tests.answers_fill import complete_filled


@pytest.fixture
def consent_round(database, make_building):
    building_id = make_building("Toestemmingflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar", optional_sections="onderzoek").id
        homes = list_home_rows(s, building_id)
        story = complete_filled(s, round_id, homes[0].id, {
            "VH1": "De lift is vaak stuk.", "VH2": 1, "CT1": 1, "CT2": "A. Bakker", "CT3": "06 1",
            "CT4": 1, "CT5": 2, "HP4": 1}, None)
        complete_filled(s, round_id, homes[1].id, {"VH1": "Mooi uitzicht.", "VH2": 2, "CT1": 2, "CT5": 1}, None)
    return round_id, homes, story


def test_the_form_records_each_purpose_as_answered(database, consent_round):
    round_id, homes, _story = consent_round
    with database.session() as s:
        assert consenting(s, round_id, STORY) == {(homes[0].id, 1)}
        assert consenting(s, round_id, CONTACT) == {(homes[0].id, 1)}
        assert consenting(s, round_id, GROUP) == {(homes[0].id, 1)}
        assert consenting(s, round_id, RESEARCH) == {(homes[1].id, 1)}
        rows = consents_of_home(s, homes[1].id)
        assert [(r.purpose, r.state_label, r.source) for r in rows] == [
            (STORY, "nee", "formulier"), (CONTACT, "nee", "formulier"), (RESEARCH, "ja", "formulier")]


def test_a_withdrawal_stops_every_output_that_depends_on_it_and_survives_retyping(database, consent_round):
    round_id, homes, story = consent_round
    with database.session() as s, s.begin():
        approve_quote(s, story.id, "De lift is vaak stuk.")
    with database.session() as s:
        assert approved_quotes(s, round_id) == ("De lift is vaak stuk.",)
        results = compute_results(s, round_id)
        assert results.quotes == ("De lift is vaak stuk.",)
        assert [f.name for f in results.follow_up] == ["A. Bakker"]
    with database.session() as s, s.begin():
        withdraw_consent(s, round_id, homes[0].id, STORY)
        withdraw_consent(s, round_id, homes[0].id, CONTACT)
    with database.session() as s, s.begin():
        # The form is corrected later: the 'ja' still on paper does not undo the withdrawal.
        complete_filled(s, round_id, homes[0].id, {
            "VH1": "De lift is vaak stuk!", "VH2": 1, "CT1": 1, "CT2": "A. Bakker", "CT3": "06 1",
            "CT4": 1, "CT5": 2, "HP4": 1}, story.version)
    with database.session() as s:
        assert approved_quotes(s, round_id) == ()
        assert list_quotes(s, round_id) == []
        results = compute_results(s, round_id)
        assert results.quotes == () and results.follow_up == ()
        assert not has_consent(s, round_id, homes[0].id, STORY)
        assert has_consent(s, round_id, homes[0].id, GROUP)
        withdrawn = [r for r in consents_of_home(s, homes[0].id) if r.purpose == STORY][0]
        assert withdrawn.state_label == "ingetrokken" and withdrawn.withdrawn_at is not None
        logged = s.scalars(select(ActivityLog).where(ActivityLog.action == "privacy.consent")).all()
        assert len(logged) == 2 and all(e.tier == "vertrouwelijk" for e in logged)
        with pytest.raises(UserError, match="geen toestemming"):
            approve_quote(s, story.id, "De lift.")


def test_consent_given_by_hand_counts_and_is_not_overwritten_by_the_form(database, consent_round):
    round_id, homes, _story = consent_round
    with database.session() as s, s.begin():
        row = set_consent(s, round_id, homes[1].id, STORY, True, "schriftelijk", note="brief van 3-12")
        assert row.active and row.source == "schriftelijk"
    with database.session() as s:
        assert list_quotes(s, round_id)[-1].source_text == "Mooi uitzicht."
        assert (homes[1].id, 1) in consenting(s, round_id, STORY)


def test_unknown_purpose_source_and_foreign_home_are_refused(database, consent_round, make_building):
    round_id, homes, _story = consent_round
    other = make_building("Andereflat", postcode="9999 ZZ")
    with database.session() as s:
        foreign = list_home_rows(s, other)[0].id
        with pytest.raises(UserError, match="Onbekend doel"):
            set_consent(s, round_id, homes[0].id, "reclame", True, "mondeling")
        with pytest.raises(UserError, match="Onbekende bron"):
            set_consent(s, round_id, homes[0].id, STORY, True, "telepathie")
        with pytest.raises(UserError, match="hoort niet bij de flat"):
            set_consent(s, round_id, foreign, STORY, True, "mondeling")
        with pytest.raises(UserError, match="geen toestemming .* die kan worden ingetrokken"):
            withdraw_consent(s, round_id, homes[1].id, CONTACT)


def test_a_deleted_draft_takes_its_form_consent_with_it(database, consent_round):
    from flatapp.services.interviews import delete_draft, save_draft

    round_id, homes, _story = consent_round
    with database.session() as s, s.begin():
        draft = save_draft(s, round_id, homes[2].id, {"VH1": "Verkeerde woning", "VH2": 1, "CT1": 1}, None)
    with database.session() as s:
        assert (homes[2].id, 1) in consenting(s, round_id, STORY)
    with database.session() as s, s.begin():
        delete_draft(s, draft.id, draft.version)
    with database.session() as s:
        assert (homes[2].id, 1) not in consenting(s, round_id, STORY)
        assert consents_of_home(s, homes[2].id) == []
