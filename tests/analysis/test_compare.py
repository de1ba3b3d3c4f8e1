"""compare_results on hand-made RoundResults: differences written by hand, missing parts as '—'."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from flatapp.analysis.compare import (
    COUNT,
    MISSING,
    PERCENT_POINT,
    SCORE,
    compare_results,
    format_difference,
    format_value,
)
from flatapp.analysis.model import TopicResult
from tests.charts import sample_results as sample


def before_after():
    before = sample.round_results(round_id=1)   # 96 of 198, KN1 10/30/36/20, cohesion 6.1
    after = sample.round_results(
        round_id=2, round_name="Voorjaar 2027",
        response=sample.response(complete=110, refusals=20, non_contacts=50, other=2),
        questions=(sample.known_question(counts=(5, 30, 40, 25)), sample.help_question()),
        network=replace(before.network, respondents=5, mean_named=1.2, isolated_respondents=0, reciprocity=0.5),
        cohesion=sample.cohesion(score=6.6),
        topics=(TopicResult(1, "Afval van balkons", 25, 10), TopicResult(9, "Buurtbarbecue", 7, 2)))
    return before, after


def test_response_rows_with_hand_computed_differences():
    before, after = before_after()
    comparison = compare_results(before, after)
    assert comparison.same_building and comparison.before.round_name == "Najaar 2026"
    assert comparison.after.title == "Testflat · Voorjaar 2027"
    rr1 = comparison.row("response.rr1")
    assert (rr1.before, rr1.after) == (pytest.approx(96 / 198), pytest.approx(110 / 198))
    assert rr1.difference == pytest.approx(14 / 198) and rr1.unit == PERCENT_POINT and rr1.verdict == 1
    interviews = comparison.row("response.interviews")
    assert (interviews.before, interviews.after, interviews.difference, interviews.unit) == (96, 110, 14, COUNT)
    refusal = comparison.row("response.refusal_rate")
    assert refusal.difference == pytest.approx(-10 / 198) and refusal.verdict == 1     # fewer refusals: better
    contact = comparison.row("response.contact_rate")                                    # (96+30+2) → (110+20+2)
    assert contact.difference == pytest.approx(4 / 198)


def test_knowing_neighbours_and_distribution():
    before, after = before_after()
    comparison = compare_results(before, after)
    someone = comparison.row("known.at_least_one")
    assert someone.before == pytest.approx(86 / 96) and someone.after == pytest.approx(95 / 100)
    assert someone.verdict == 1
    nobody = comparison.row("known.share.geen (0 buren)")
    assert nobody.label == "Kent: Geen (0 buren)"
    assert nobody.difference == pytest.approx(5 / 100 - 10 / 96) and nobody.verdict == 1   # fewer know nobody
    many = comparison.row("known.share.meer dan 5 buren")
    assert many.difference == pytest.approx(25 / 100 - 20 / 96) and many.better == 0 and many.verdict == 0


def test_network_cohesion_and_topics():
    before, after = before_after()
    comparison = compare_results(before, after)
    assert comparison.row("network.mean_named").difference == pytest.approx(0.45)
    assert comparison.row("network.mean_named").unit == SCORE
    isolated = comparison.row("network.isolated_share")
    assert (isolated.before, isolated.after, isolated.verdict) == (pytest.approx(0.25), 0.0, 1)
    reciprocity = comparison.row("network.reciprocity")
    assert reciprocity.difference == pytest.approx(-0.5) and reciprocity.verdict == -1
    assert comparison.row("network.share_same_floor").difference == pytest.approx(0.0)
    score = comparison.row("cohesion.score")
    assert score.difference == pytest.approx(0.5) and score.unit == SCORE and score.verdict == 1
    join = comparison.row("topics.join.afval van balkons")
    assert (join.before, join.after, join.difference) == (31, 25, -6)
    assert comparison.row("topics.organise.afval van balkons").difference == 2
    # A topic only one round asked: '—' on the other side, no difference.
    koffie = comparison.row("topics.join.koffieochtend")
    assert (koffie.before, koffie.after, koffie.difference) == (18, None, None)
    barbecue = comparison.row("topics.join.buurtbarbecue")
    assert (barbecue.before, barbecue.after) == (None, 7)


def test_missing_parts_are_dashes_not_crashes():
    before, _ = before_after()
    empty = replace(before, round_id=3, round_name="Leeg", building_name="Andere flat",
                    response=sample.response(homes=40, complete=0, refusals=0, non_contacts=0, other=0),
                    questions=(), topics=(), network=None, network_homes=(), ties=(), cohesion=None)
    comparison = compare_results(before, empty)
    assert not comparison.same_building
    for key in ("known.at_least_one", "network.mean_named", "network.reciprocity", "cohesion.score",
                "known.share.geen (0 buren)"):
        row = comparison.row(key)
        assert row.after is None and row.difference is None and row.verdict == 0
        assert format_value(row.after, row.unit) == MISSING == format_difference(row.difference, row.unit)
    assert comparison.row("response.rr1").after == 0.0
    assert any("verschillende flats" in note for note in comparison.notes)
    assert any("'Leeg' (Andere flat) heeft nog geen gesprekken" in note for note in comparison.notes)
    # No interviews at all and no eligible homes: rates are None, still no crash.
    nothing = replace(empty, response=sample.response(homes=0, complete=0, refusals=0, non_contacts=0, other=0))
    both = compare_results(nothing, nothing)
    assert all(row.difference is None or row.difference == 0 for row in both.rows)
    assert both.row("response.rr1").before is None


def test_no_cohesion_block_is_noted():
    before, after = before_after()
    comparison = compare_results(before, replace(after, cohesion=None))
    assert comparison.row("cohesion.score").after is None
    assert any("vroeg niet naar de samenhang" in note for note in comparison.notes)


def test_dutch_text_for_values_and_differences():
    assert format_value(96 / 198, PERCENT_POINT) == "48,5%"
    assert format_value(110, COUNT) == "110"
    assert format_value(6.1, SCORE) == "6,1"
    assert format_difference(14 / 198, PERCENT_POINT) == "+7,1 %-punt"
    assert format_difference(-6, COUNT) == "−6"
    assert format_difference(0.0, SCORE) == "±0,0"
    assert format_difference(0.00001, PERCENT_POINT) == "±0,0 %-punt"


def test_compare_module_is_qt_free():
    code = "import sys, flatapp.analysis.compare; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
