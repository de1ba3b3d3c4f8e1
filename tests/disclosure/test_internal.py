"""The internal tier (flatapp.disclosure.internal): no figure about fewer than 10 respondents survives,
and a hidden cell of a breakdown cannot be recomputed from the shown cells and the total, even by
someone who knows the rule. Property-based (hypothesis) with a brute-force attacker."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from flatapp.analysis.compare import compare_results
from flatapp.analysis.export import results_to_dict
from flatapp.analysis.model import (
    Cohesion,
    Count,
    EveningAttempts,
    FollowUp,
    NetworkSummary,
    OpenAnswers,
    QuestionResult,
    ResponseGroup,
    RoundResults,
    TopicResult,
)
from flatapp.disclosure.internal import (
    COUNT_RULE,
    Partition,
    internal_comparison,
    internal_results,
    selection_allowed,
    suppress_partition,
)
from flatapp.domain.tiers import INTERNAL_MIN_GROUP
from tests.charts.sample_results import known_question, network, response

MIN = INTERNAL_MIN_GROUP


# --- the attacker ----------------------------------------------------------------------------------

def known_values(count, base, rule):
    """What someone who knows the rule knows of a hidden cell (written out here, not taken from the code)."""
    if rule == "group":
        return set(range(0, min(base, 9) + 1)) if count < 10 else set(range(min(10, base), base + 1))
    if count < 5 or base - count < 5:
        return {v for v in range(base + 1) if v < 5 or base - v < 5}
    return set(range(5, base - 4))


def possible_values(cells, hidden, total, rule="group"):
    """Every value each hidden cell can take, by enumeration: the shown counts, the bases and the total
    are known, and of each hidden cell what the rule says (``known_values``: the attacker is taken to
    know which cell was hidden by the rule and which for protection)."""
    names = sorted(hidden)
    rest = total - sum(cells[n][0] for n in cells if n not in hidden)
    options = [sorted(known_values(*cells[n], rule)) for n in names]
    seen = {name: set() for name in names}

    def walk(index, left, chosen):
        if index == len(names):
            if left == 0:
                for name, value in zip(names, chosen):
                    seen[name].add(value)
            return
        for value in options[index]:
            if value <= left:
                walk(index + 1, left - value, chosen + [value])

    walk(0, rest, [])
    return seen


cells_strategy = st.dictionaries(
    st.sampled_from(["A", "B", "C", "D", "E"]),
    st.integers(0, 24).flatmap(lambda base: st.tuples(st.integers(0, base), st.just(base))),
    min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(cells_strategy)
def test_a_hidden_group_of_a_breakdown_cannot_be_recomputed(cells):
    total = sum(count for count, _ in cells.values())
    assume(total >= MIN)      # a breakdown of a selection of fewer than 10 is never shown at all
    hidden = suppress_partition(cells)
    # Every cell below the minimum (with households to describe) is hidden.
    assert {n for n, (c, b) in cells.items() if c < MIN and b > 0} <= hidden
    if not hidden or hidden >= {n for n, (_, base) in cells.items() if base > 0}:
        return   # nothing hidden, or no count shown (a cell without households is 0 by its base)
    values = possible_values(cells, hidden, total)
    for name in hidden:
        count, base = cells[name]
        if count < MIN and base > 0:
            assert len(values[name]) > 1, (cells, hidden, name, values[name])
    # The hidden cells together (total minus the shown ones) are no small group either.
    assert sum(cells[n][0] for n in hidden) >= MIN


@st.composite
def single_choice(draw):
    counts = draw(st.lists(st.integers(0, 30), min_size=2, max_size=5))
    assume(sum(counts) >= MIN)
    return counts


@settings(max_examples=300, deadline=None)
@given(single_choice())
def test_a_small_answer_count_of_a_single_choice_question_cannot_be_recomputed(counts):
    answered = sum(counts)
    view = internal_results(RoundResults(1, "R", "F", {}, response(complete=max(answered, 10)), (), (), (),
                                         (_question("Q", counts, answered),), (), None))
    question = view.questions[0]
    assert question.answered == answered
    hidden = {str(i) for i, c in enumerate(question.counts) if c.count is None}
    for count, cell in zip(counts, question.counts):
        if count < 5 or answered - count < 5:
            assert cell.count is None and cell.share is None
        if cell.count is not None:
            assert cell.count == count and 5 <= count <= answered - 5 and cell.base == answered
    if not hidden or len(hidden) == len(counts):
        return   # nothing hidden, or no option's count shown
    cells = {str(i): (c, answered) for i, c in enumerate(counts)}
    values = possible_values(cells, hidden, answered, rule="count")
    for name in hidden:
        count = cells[name][0]
        if count < 5 or answered - count < 5:
            assert len(values[name]) > 1, (counts, hidden, name, values[name])
    assert sum(cells[n][0] for n in hidden) >= 5       # the hidden options together: no small count


def test_suppression_by_hand():
    # One small floor: a second (the smallest other) is hidden so the first cannot be recomputed.
    assert suppress_partition({"BG": (12, 20), "1e": (3, 20), "2e": (15, 20), "3e": (20, 30)}) == {"1e", "BG"}
    # Two small cells that sum to 18 would both be 9 (each is known to be below 10): one more is hidden.
    assert suppress_partition({"a": (9, 12), "b": (9, 12), "c": (30, 40)}) == {"a", "b", "c"}
    # An answer given by 2 of 40 (single choice): the smallest other answer is hidden with it.
    assert suppress_partition({"ja": (30, 40), "nee": (2, 40), "weet niet": (8, 40)}, rule=COUNT_RULE) == \
        {"nee", "weet niet"}
    # Nothing small: nothing hidden; an empty floor (no households) discloses nothing.
    assert suppress_partition({"a": (10, 12), "b": (30, 40), "leeg": (0, 0)}) == set()


# --- whole results --------------------------------------------------------------------------------

def _question(code, counts, answered):
    return QuestionResult(code, f"Vraag {code}", tuple(Count(i + 1, f"optie {i + 1}", n, answered)
                                                        for i, n in enumerate(counts)), answered)


@st.composite
def round_results(draw):
    complete = draw(st.integers(0, 60))
    homes = complete + draw(st.integers(0, 40))
    questions = []
    for index in range(draw(st.integers(0, 4))):
        answered = draw(st.integers(0, complete))
        counts = draw(st.lists(st.integers(0, answered), min_size=1, max_size=4))
        questions.append(_question(f"Q{index}", counts, answered))
    split = draw(st.lists(st.integers(0, complete), min_size=0, max_size=3))
    cuts = sorted(split)
    sizes = [b - a for a, b in zip([0] + cuts, cuts + [complete])]
    by_entrance = tuple(ResponseGroup(f"Portiek {chr(65 + i)}", size + 5, size + 4, size,
                                      size / (size + 4)) for i, size in enumerate(sizes))
    summary, homes_rows, ties = network(list(range(1, 7)))
    net_size = draw(st.integers(0, complete))
    cohesion_size = draw(st.integers(0, complete))
    return RoundResults(
        round_id=1, round_name="R", building_name="F", filters={}, response=response(
            homes=homes + 200, complete=complete, refusals=0, non_contacts=0, other=0),
        by_entrance=by_entrance, by_floor=by_entrance,
        evenings=(EveningAttempts("di", 40, draw(st.integers(0, 30))), EveningAttempts("do", 40, 12)),
        questions=tuple(questions), topics=(TopicResult(1, "Afval", draw(st.integers(0, complete)), 1),),
        network=NetworkSummary(**{**asdict(summary), "respondents": net_size}),
        network_homes=homes_rows, ties=ties,
        cohesion=Cohesion(6.0, cohesion_size, 6.4, 2023, "CBS", 5.8, 7.1, "benadering"),
        quotes=("Jan van 3 helpt altijd",), open_answers=(OpenAnswers("WO1", "Wat?", (("Piet op 5", 1),)),),
        follow_up=(FollowUp("H001", "Straat 1", "geïsoleerd", "Piet", "06"),))


@settings(max_examples=200, deadline=None)
@given(round_results())
def test_no_figure_about_fewer_than_ten_respondents_survives(results):
    view = internal_results(results)
    data = results_to_dict(view)
    assert not {"network_homes", "ties", "follow_up", "open_answers", "quotes"} & set(data)
    text = json.dumps(data, ensure_ascii=False)
    for secret in ("Jan van 3", "Piet", "H001", "Straat 1"):
        assert secret not in text
    if results.response.complete < MIN:
        assert not view.shown and view.response is None and view.questions == () and view.network is None
        return
    for question in view.questions:
        if question.shown:
            assert question.answered >= MIN and all(c.base >= MIN for c in question.counts)
            assert all(5 <= c.count <= c.base - 5 for c in question.counts if c.count is not None)
        else:
            assert all(c.count is None and c.share is None for c in question.counts)
    source = {q.code: q for q in results.questions}
    assert all(q.shown == (source[q.code].answered >= MIN) for q in view.questions)
    for group in view.by_entrance + view.by_floor:
        assert group.interviews is None or group.interviews >= MIN
    assert all(e.interviews is None or e.interviews >= MIN for e in view.evenings)
    assert view.network is None or view.network.respondents >= MIN
    assert view.network is None or view.network.isolated_respondents is None or \
        5 <= view.network.isolated_respondents <= view.network.respondents - 5
    assert view.cohesion.respondents is None or view.cohesion.respondents >= MIN
    for topic, source_topic in zip(view.topics, results.topics):
        assert topic.join is None or 5 <= topic.join == source_topic.join <= results.response.complete - 5


def test_a_filtered_selection_needs_its_breakdowns():
    results = RoundResults(1, "R", "F", {"entrance": "Portiek A"}, response(complete=40), (), (), (), (), (), None)
    with pytest.raises(ValueError):
        internal_results(results)
    # The selection is a shown cell: allowed. Portiek C is small, so B is hidden with it: B is refused,
    # because the whole block minus A and B would give C.
    block = {"Portiek A": (40, 60), "Portiek B": (30, 60), "Portiek C": (4, 60)}
    assert selection_allowed(Partition("de portieken", block, "Portiek A"))
    assert not selection_allowed(Partition("de portieken", block, "Portiek B"))
    assert internal_results(results, [Partition("de portieken", block, "Portiek A")]).shown
    refused = internal_results(results, [Partition("de portieken van de flat", block, "Portiek B")])
    assert not refused.shown and "te weinig gesprekken" in refused.notes[0].lower()


def test_a_comparison_is_empty_where_either_round_is_too_small():
    big = RoundResults(1, "Voor", "F", {}, response(complete=50), (), (), (), (known_question(),), (), None)
    small = RoundResults(2, "Na", "F", {}, response(complete=6), (), (), (),
                         (_question("KN1", (1, 2, 2, 1), 6),), (), None)
    comparison = internal_comparison(compare_results(big, small), internal_results(big), internal_results(small))
    rows = {row.key: row for row in comparison.rows}
    assert rows["response.rr1"].before == pytest.approx(50 / 198) and rows["response.rr1"].after is None
    assert rows["response.rr1"].difference is None
    assert all(row.after is None for row in comparison.rows)
    assert any("te weinig gesprekken" in note for note in comparison.notes)
