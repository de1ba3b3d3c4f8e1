"""The network measures: worked out by hand on a small block, and checked against networkx."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from flatapp.analysis.network import HomeNode, analyse_network, build_graph


def block(entrances=("A", "B"), floors=3, per_floor=3) -> list[HomeNode]:
    homes, next_id = [], 1
    for entrance in entrances:
        for floor in range(floors):
            for n in range(per_floor):
                homes.append(HomeNode(next_id, f"T-{next_id:03d}", str(next_id), entrance, floor))
                next_id += 1
    return homes


def test_hand_computed_block():
    # 6 homes: A BG (1, 2), A 1e (3, 4), B BG (5, 6). Respondents 1, 2, 3, 6.
    homes = [HomeNode(1, "T-1", "1", "A", 0), HomeNode(2, "T-2", "2", "A", 0), HomeNode(3, "T-3", "3", "A", 1),
             HomeNode(4, "T-4", "4", "A", 1), HomeNode(5, "T-5", "5", "B", 0), HomeNode(6, "T-6", "6", "B", 0)]
    named = {1: ["T-2", "T-3", "T-5"], 2: ["T-1"], 3: ["T-4"], 6: []}
    result = analyse_network(homes, named)
    s = result.summary
    assert (s.respondents, s.ties, s.isolated_respondents, s.components) == (4, 5, 1, 1)
    assert s.mean_named == pytest.approx(5 / 4)
    assert s.reciprocity == pytest.approx(2 / 3)            # 1→2, 2→1 mutual; 1→3 not
    assert s.density == pytest.approx(5 / (4 * 5))
    # 1→2, 2→1, 3→4 same floor; 1→3 same entrance; 1→5 across
    assert (s.share_same_floor, s.share_same_entrance, s.share_across_entrances) == (
        pytest.approx(3 / 5), pytest.approx(1 / 5), pytest.approx(1 / 5))
    degrees = {h.home_id: (h.respondent, h.named, h.named_by, h.isolated) for h in result.homes}
    assert degrees == {1: (True, 3, 1, False), 2: (True, 1, 1, False), 3: (True, 1, 1, False),
                       4: (False, 0, 1, False), 5: (False, 0, 1, False), 6: (True, 0, 0, True)}
    assert sum(t.reciprocal for t in result.ties) == 2
    assert result.notes == ()


def _random_case(seed: int):
    rng = random.Random(seed)
    homes = block(entrances=("A", "B", "C"), floors=4, per_floor=4)
    respondents = rng.sample([h.home_id for h in homes], 20)
    codes = {h.home_id: h.code for h in homes}
    named = {}
    for r in respondents:
        k = rng.choice([0, 0, 1, 2, 3, 5])
        named[r] = [codes[t] for t in rng.sample([h.home_id for h in homes if h.home_id != r], k)]
    return homes, named, set(respondents)


@pytest.mark.parametrize("seed", range(8))
def test_every_measure_against_networkx(seed):
    homes, named, respondents = _random_case(seed)
    result = analyse_network(homes, named)
    graph, skipped, self_named = build_graph(homes, named)
    assert (skipped, self_named) == (0, 0)
    # an independent graph built straight from the answers
    g = nx.DiGraph()
    g.add_nodes_from(h.home_id for h in homes)
    by_code = {h.code: h for h in homes}
    for r, codes in named.items():
        g.add_edges_from((r, by_code[c].home_id) for c in codes)
    assert set(g.edges()) == set(graph.edges())
    s = result.summary
    assert s.respondents == len(respondents)
    assert s.ties == g.number_of_edges()
    for home in result.homes:
        assert home.named == g.out_degree(home.home_id)
        assert home.named_by == g.in_degree(home.home_id)
    isolated = set(nx.isolates(g)) & respondents
    assert {h.home_id for h in result.homes if h.isolated} == isolated
    assert s.isolated_respondents == len(isolated)
    sub = g.subgraph(respondents)
    expected_reciprocity = nx.reciprocity(sub) if sub.number_of_edges() else None
    assert s.reciprocity == pytest.approx(expected_reciprocity)
    assert {(t.source, t.target) for t in result.ties if t.reciprocal} == {
        (u, v) for u, v in sub.edges() if sub.has_edge(v, u)}
    assert s.density == pytest.approx(g.number_of_edges() / (len(respondents) * (g.number_of_nodes() - 1)))
    with_ties = [n for n in g.nodes if g.degree(n) > 0]
    assert s.components == nx.number_weakly_connected_components(g.subgraph(with_ties))
    assert s.mean_named == pytest.approx(sum(g.out_degree(r) for r in respondents) / len(respondents))
    floor_of = {h.home_id: (h.entrance, h.floor) for h in homes}
    same = sum(1 for u, v in g.edges() if floor_of[u] == floor_of[v])
    across = sum(1 for u, v in g.edges() if floor_of[u][0] != floor_of[v][0])
    assert s.share_same_floor == pytest.approx(same / g.number_of_edges())
    assert s.share_across_entrances == pytest.approx(across / g.number_of_edges())
    assert s.share_same_floor + s.share_same_entrance + s.share_across_entrances == pytest.approx(1.0)


def test_density_equals_networkx_when_everyone_answered():
    homes = block(entrances=("A",), floors=2, per_floor=3)
    codes = [h.code for h in homes]
    named = {h.home_id: [c for c in codes if c != h.code][: h.home_id % 3] for h in homes}
    result = analyse_network(homes, named)
    graph, _, _ = build_graph(homes, named)
    assert result.summary.density == pytest.approx(nx.density(graph))
    assert result.summary.reciprocity == pytest.approx(nx.reciprocity(graph))


def test_removed_homes_and_self_naming_are_skipped_with_a_note():
    homes = block(entrances=("A",), floors=1, per_floor=3)
    result = analyse_network(homes, {1: ["T-002", "T-999", "t-003"], 2: ["T-002", "VERDWENEN"]})
    assert result.summary.ties == 2                     # 1→2, 1→3 (codes match regardless of case)
    assert any("2 genoemde woningen bestaan niet (meer)" in n for n in result.notes)
    assert any("eigen woning" in n for n in result.notes)


def test_no_ties_no_division_by_zero():
    homes = block(entrances=("A",), floors=1, per_floor=2)
    s = analyse_network(homes, {1: []}).summary
    assert (s.ties, s.mean_named, s.reciprocity, s.density, s.components) == (0, 0.0, None, 0.0, 0)
    assert (s.share_same_floor, s.share_same_entrance, s.share_across_entrances) == (None, None, None)
    assert s.isolated_respondents == 1
    assert s.caveat.startswith("Alleen het 1 geïnterviewde huishouden")
    s = analyse_network([HomeNode(1, "T-1", "1", "", 0)], {1: []}).summary
    assert s.density is None                            # a block of one home
    s = analyse_network(homes, {}).summary
    assert (s.respondents, s.mean_named, s.density) == (0, None, None)


def test_scope_keeps_whole_block_degrees():
    homes = block(entrances=("A", "B"), floors=1, per_floor=2)    # A: 1, 2; B: 3, 4
    named = {1: ["T-003"], 3: ["T-001", "T-004"]}
    result = analyse_network(homes, named, scope={1, 2})
    s = result.summary
    assert (s.respondents, s.ties, s.share_across_entrances) == (1, 1, 1.0)
    assert [h.home_id for h in result.homes] == [1, 2]
    assert result.homes[0].named_by == 1                 # named by 3, outside the scope
    assert [(t.source, t.target, t.reciprocal) for t in result.ties] == [(1, 3, True)]
