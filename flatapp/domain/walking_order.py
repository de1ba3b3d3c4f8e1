"""Splitting a block's doors in walking order over teams, and what a team's run of doors covers. Pure.

Each team gets one contiguous run of the walking order (entrance, floor, number), the runs are balanced
in number (sizes differ by at most ``BALANCE_SLACK``), and within that limit the cuts fall where a team
climbs the fewest stairs: between entrances first, then between floors, and only when needed in the
middle of a floor. Homes added later go to the team nearest in entrance and floor (``spread_over_teams``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from flatapp.domain.addresses import floor_label
from flatapp.domain.rows import HomeRow

# Door assignment: team sizes on one evening differ by at most this many doors.
BALANCE_SLACK = 2


def cut_penalty(before: HomeRow, after: HomeRow) -> int:
    """How much stair climbing a cut between two neighbouring doors in walking order costs."""
    if (before.entrance_position, before.entrance) != (after.entrance_position, after.entrance):
        return 0
    if before.floor != after.floor:
        return 1
    return 4


def split_walking_order(homes: Sequence[HomeRow], teams: int, slack: int = BALANCE_SLACK) -> list[list[HomeRow]]:
    """Cut ``homes`` (walking order) into ``teams`` contiguous runs whose sizes differ by at most
    ``slack``, with the cuts at entrance changes, then floor changes, then anywhere."""
    n = len(homes)
    if teams <= 0:
        return []
    if n <= teams:
        return [[home] for home in homes] + [[] for _ in range(teams - n)]
    penalty = [0] + [cut_penalty(homes[i - 1], homes[i]) for i in range(1, n)]  # cut before index i
    mean = n / teams
    best: tuple[float, list[int]] | None = None
    for low in range(max(0, -(-n // teams) - slack), n // teams + 1):
        high = low + slack
        if low * teams > n or high * teams < n:
            continue
        # cost[j][i]: the cheapest way to cover the first i homes with j runs; choice[j][i]: last cut.
        inf = float("inf")
        cost = [[inf] * (n + 1) for _ in range(teams + 1)]
        choice = [[0] * (n + 1) for _ in range(teams + 1)]
        cost[0][0] = 0.0
        for j in range(1, teams + 1):
            for i in range(j * low, min(n, j * high) + 1):
                for size in range(low, high + 1):
                    start = i - size
                    if start < 0 or cost[j - 1][start] == inf:
                        continue
                    cut = penalty[start] * 100 if 0 < start else 0
                    value = cost[j - 1][start] + cut + (size - mean) ** 2
                    if value < cost[j][i]:
                        cost[j][i], choice[j][i] = value, start
        if cost[teams][n] == inf:
            continue
        cuts, i = [], n
        for j in range(teams, 0, -1):
            cuts.append(choice[j][i])
            i = choice[j][i]
        if best is None or cost[teams][n] < best[0]:
            best = (cost[teams][n], sorted(cuts))
    assert best is not None  # a window always fits: low = n // teams, high = low + slack ≥ ceil(n / teams)
    bounds = best[1] + [n]
    return [list(homes[bounds[k]:bounds[k + 1]]) for k in range(teams)]


def floor_coverage(homes: Sequence[HomeRow], open_by_floor: Mapping[tuple, int]) -> tuple[str, int]:
    """'A: BG–5e, 6e (deels)'; and the number of contiguous entrance/floor stretches."""
    by_entrance: dict[tuple, dict[int, int]] = {}
    for home in homes:
        key = (home.entrance_position, home.entrance)
        by_entrance.setdefault(key, {})
        by_entrance[key][home.floor] = by_entrance[key].get(home.floor, 0) + 1
    parts, runs = [], 0
    for key in sorted(by_entrance):
        floors = by_entrance[key]
        items: list[str] = []
        run: list[int] = []

        def flush() -> None:
            if run:
                items.append(floor_label(run[0]) if len(run) == 1 else f"{floor_label(run[0])}–{floor_label(run[-1])}")
                run.clear()

        previous = None
        for floor in sorted(floors):
            if previous is not None and floor != previous + 1:
                runs += 1
            partial = floors[floor] < open_by_floor.get((*key, floor), 0)
            if partial or (previous is not None and floor != previous + 1):
                flush()
            if partial:
                items.append(f"{floor_label(floor)} (deels)")
            else:
                run.append(floor)
            previous = floor
        flush()
        runs += 1
        parts.append(f"{key[1] or 'zonder portiek'}: {', '.join(items)}")
    return "; ".join(parts), runs


def spread_over_teams(homes: Sequence[HomeRow], teams: Sequence[int], team_of_home: Mapping[int, int],
            open_rows: Sequence[HomeRow]) -> dict[int, int]:
    """Give each of ``homes`` to a team as the planner would walk: the team already climbing that
    entrance nearest to the home's floor, as long as no team gets more than an even share plus
    BALANCE_SLACK (then the next nearest, then the team with the fewest doors). Existing doors keep
    their team."""
    where: dict[int, list[tuple]] = {team: [] for team in teams}
    count = dict.fromkeys(teams, 0)
    for home in open_rows:
        team = team_of_home.get(home.id)
        if team in where:
            where[team].append(((home.entrance_position, home.entrance), home.floor))
            count[team] += 1
    cap = -(-(sum(count.values()) + len(homes)) // len(teams)) + BALANCE_SLACK
    position = {team: index for index, team in enumerate(teams)}

    def distance(home: HomeRow, team: int) -> int:
        entrance = (home.entrance_position, home.entrance)
        floors = [abs(floor - home.floor) for key, floor in where[team] if key == entrance]
        return min(floors) if floors else 1000

    chosen: dict[int, int] = {}
    for home in homes:
        allowed = [t for t in teams if count[t] < cap] or list(teams)
        team = min(allowed, key=lambda t: (distance(home, t), count[t], position[t]))
        chosen[home.id] = team
        where[team].append(((home.entrance_position, home.entrance), home.floor))
        count[team] += 1
    return chosen
