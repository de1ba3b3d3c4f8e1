"""The who-knows-whom network of a block: homes are nodes, "knows" ties come from the answers.

Every home of the block is a node (attributes ``entrance`` and ``floor``); each respondent home has an
edge to every home it named in the homes question (KN2 in "Kennen en helpen"). Only respondents name
anyone, so about half of the homes can only appear as named: the measures are given for respondents,
with the caveat (``NetworkSummary.caveat``) shown beside them.

Definitions (the tests check each one against networkx on the same graph):

- out-degree (``NetworkHome.named``): homes a respondent named; in-degree (``named_by``): respondents
  that named the home.
- isolated: a respondent with out-degree 0 and in-degree 0.
- reciprocity: of the ties between two respondents, the share whose reverse tie exists too
  (``nx.reciprocity`` of the subgraph of respondents).
- density: ties / (respondents × (homes − 1)): the share of the ties respondents could have named.
- components: weakly connected components among the homes that have at least one tie.
- shares: of all ties, same entrance and floor / same entrance, other floor / another entrance.

With a scope (a filter on entrance or floor) the summary covers the respondents in scope and the ties
they named (to any home of the block); isolation and in-degrees are always those of the whole block.

A named code that is not (any longer) a home of the block is skipped and counted in ``notes``.
networkx is imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from flatapp.analysis.model import NetworkHome, NetworkSummary, Tie


@dataclass(frozen=True)
class HomeNode:
    """A home of the block as the network needs it."""

    home_id: int
    code: str
    label: str          # house number label ('12-3')
    entrance: str       # '' when the home has no entrance
    floor: int


@dataclass(frozen=True)
class NetworkResult:
    summary: NetworkSummary
    homes: tuple[NetworkHome, ...]      # homes in scope, in the order given
    ties: tuple[Tie, ...]               # ties named by the respondents in scope
    notes: tuple[str, ...]              # Dutch sentences (skipped codes and the like)


def caveat(respondents: int) -> str:
    if respondents == 1:
        return ("Alleen het 1 geïnterviewde huishouden noemde buren; de andere woningen komen alleen voor "
                "als ze genoemd zijn.")
    return (f"Alleen de {respondents} geïnterviewde huishoudens noemden buren; de andere woningen komen "
            "alleen voor als ze genoemd zijn.")


def build_graph(homes: Sequence[HomeNode], named: Mapping[int, Iterable[str]]):
    """(DiGraph, skipped, self_named): ``named`` maps each respondent home id to the codes it named.

    Codes that are not a home of ``homes`` are skipped (counted); a home naming itself is ignored.
    Respondent nodes carry ``respondent=True``.
    """
    import networkx as nx

    graph = nx.DiGraph()
    by_code: dict[str, int] = {}
    for home in homes:
        graph.add_node(home.home_id, entrance=home.entrance, floor=home.floor, respondent=False)
        by_code[home.code.upper()] = home.home_id
    skipped = self_named = 0
    for source, codes in named.items():
        if source not in graph:
            continue
        graph.nodes[source]["respondent"] = True
        for code in codes:
            target = by_code.get(str(code).upper()) if isinstance(code, str) else None
            if target is None:
                skipped += 1
            elif target == source:
                self_named += 1
            else:
                graph.add_edge(source, target)
    return graph, skipped, self_named


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def analyse_network(homes: Sequence[HomeNode], named: Mapping[int, Iterable[str]],
                    scope: set[int] | None = None) -> NetworkResult:
    """Measures of the network (see the module text). ``scope``: home ids of the filtered view."""
    import networkx as nx

    graph, skipped, self_named = build_graph(homes, named)
    respondents = {n for n, data in graph.nodes(data=True) if data["respondent"]}
    in_scope = (lambda home_id: True) if scope is None else (lambda home_id: home_id in scope)
    scope_respondents = {r for r in respondents if in_scope(r)}
    ties = [(u, v) for u, v in graph.edges() if u in scope_respondents]
    isolated = {r for r in respondents if graph.out_degree(r) == 0 and graph.in_degree(r) == 0}

    between_respondents = [(u, v) for u, v in ties if v in respondents]
    mutual = sum(1 for u, v in between_respondents if graph.has_edge(v, u))
    same_floor = same_entrance = across = 0
    for u, v in ties:
        a, b = graph.nodes[u], graph.nodes[v]
        if a["entrance"] != b["entrance"]:
            across += 1
        elif a["floor"] == b["floor"]:
            same_floor += 1
        else:
            same_entrance += 1
    if ties:
        components = nx.number_weakly_connected_components(graph.edge_subgraph(ties))
    else:
        components = 0
    count = len(scope_respondents)
    possible = count * (graph.number_of_nodes() - 1)
    summary = NetworkSummary(
        respondents=count,
        ties=len(ties),
        mean_named=_ratio(len(ties), count),
        isolated_respondents=len(isolated & scope_respondents),
        reciprocity=_ratio(mutual, len(between_respondents)),
        density=_ratio(len(ties), possible) if possible > 0 else None,
        components=components,
        share_same_floor=_ratio(same_floor, len(ties)),
        share_same_entrance=_ratio(same_entrance, len(ties)),
        share_across_entrances=_ratio(across, len(ties)),
        caveat=caveat(count),
    )
    network_homes = tuple(
        NetworkHome(home_id=h.home_id, code=h.code, label=h.label, entrance=h.entrance, floor=h.floor,
                    respondent=h.home_id in respondents, named=graph.out_degree(h.home_id),
                    named_by=graph.in_degree(h.home_id), isolated=h.home_id in isolated)
        for h in homes if in_scope(h.home_id)
    )
    tie_rows = tuple(Tie(source=u, target=v, reciprocal=v in respondents and graph.has_edge(v, u))
                     for u, v in sorted(ties))
    notes = []
    if skipped:
        what = "genoemde woning bestaat" if skipped == 1 else "genoemde woningen bestaan"
        notes.append(f"{skipped} {what} niet (meer) in deze flat; die verbindingen zijn niet meegeteld.")
    if self_named:
        notes.append(f"{self_named}× noemde een bewoner de eigen woning; dat is niet meegeteld als verbinding.")
    return NetworkResult(summary, network_homes, tie_rows, tuple(notes))
