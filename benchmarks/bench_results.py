"""Results speed: compute_results on the demo round and on one block's round of a big database.

Run: ``.venv/bin/python benchmarks/bench_results.py [-n N] [--rebuild]``.

1. The demo round (198 homes, 96 interviews, 304 door visits): ``compute_results`` after one untimed
   warm-up (that first call pays the one-off import of networkx), median of N, against a baseline in the
   same run: reading the round's interview rows with one SELECT through the same session.
   Goal < 200 ms.
2. A database of 50,000 homes (250 blocks) and 200,000 complete interviews, built once with
   bench_entry's builder plus outcome codes and one door visit per home per round (200,000 visits),
   and neighbour answers (KN2) in the measured round; cached in the temp folder (``--rebuild``).
   ``compute_results`` for one block's round, median of N, against the same one-SELECT baseline.
   Goal < 1 s.

Prints the medians and ratios; exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

DEMO_GOAL_MS, BIG_GOAL_MS = 200.0, 1000.0


def _median_ms(function, n: int) -> float:
    timings = []
    for _ in range(n):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _measure(database, round_id: int, n: int) -> tuple[float, float, float]:
    """(cold first call, median compute_results, median baseline SELECT) in ms."""
    from sqlalchemy import select

    from flatapp.analysis.results import compute_results
    from flatapp.storage.interview_models import Interview

    with database.session() as session:
        started = time.perf_counter()
        compute_results(session, round_id)
        cold = (time.perf_counter() - started) * 1000
        results = _median_ms(lambda: compute_results(session, round_id), n)
        baseline = _median_ms(lambda: session.execute(
            select(Interview.home_id, Interview.status, Interview.answers).where(Interview.round_id == round_id)
        ).all(), n)
    return cold, results, baseline


def build_big(path: Path) -> None:
    from bench_entry import BUILDINGS, HOMES_PER_BUILDING, ROUNDS_PER_BUILDING, build

    from flatapp.services.rounds import DEFAULT_OUTCOMES

    build(path)
    rounds = BUILDINGS * ROUNDS_PER_BUILDING
    con = sqlite3.connect(path)
    rng = random.Random(7)
    with con:
        con.executemany(
            "INSERT INTO outcome_code (id, round_id, code, label, disposition, final, asks_time) VALUES (?,?,?,?,?,?,?)",
            [((r - 1) * len(DEFAULT_OUTCOMES) + i + 1, r, o.code, o.label, o.disposition, o.final, o.asks_time)
             for r in range(1, rounds + 1) for i, o in enumerate(DEFAULT_OUTCOMES)])
        # one visit per home per round: mostly 'gesproken', some others
        picks = [0] * 6 + [2, 3, 5]
        con.executemany(
            "INSERT INTO door_attempt (round_id, home_id, outcome_code_id, at, come_back, note, created_at)"
            " VALUES (?,?,?,?,'','',?)",
            (((b - 1) * ROUNDS_PER_BUILDING + r, (b - 1) * HOMES_PER_BUILDING + n,
              ((b - 1) * ROUNDS_PER_BUILDING + r - 1) * len(DEFAULT_OUTCOMES) + rng.choice(picks) + 1,
              "2026-11-10 19:00:00.000000", "2026-11-10 19:00:00.000000")
             for b in range(1, BUILDINGS + 1) for r in range(1, ROUNDS_PER_BUILDING + 1)
             for n in range(1, HOMES_PER_BUILDING + 1)))
        # the measured round (block 1, round 1): neighbour answers on the same and the next floor
        rows = []
        for n in range(1, HOMES_PER_BUILDING + 1):
            named = sorted({min(HOMES_PER_BUILDING, max(1, n + d)) for d in rng.sample(range(-12, 13), 4)} - {n})
            answers = {"KN1": 2, "KN2": [f"F1-{m:03d}" for m in named], "KN3": 1, "HP1": 1, "HP2": [1, 2],
                       "HP4": rng.choice([1, 2, 3]), "ON1": [1, 2], "ON2": [2], "WO2": [1]}
            rows.append((json.dumps(answers), 1, n))
        con.executemany("UPDATE interview SET answers = ? WHERE round_id = ? AND home_id = ?", rows)
    con.execute("ANALYZE")
    con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=20, help="timed calls per case")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    from flatapp.demo import DEMO_ROUND, create_demo_database
    from flatapp.services.rounds import find_round
    from flatapp.storage.database import open_database

    failed = False
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        started = time.perf_counter()
        create_demo_database(path)
        print(f"demo database made in {time.perf_counter() - started:.2f} s")
        database = open_database(path)
        with database.session() as session:
            round_id = find_round(session, DEMO_ROUND).id
        cold, results, baseline = _measure(database, round_id, args.n)
        database.dispose()
    print(f"demo round: compute_results median {results:.1f} ms (first call {cold:.0f} ms, with imports); "
          f"baseline one SELECT {baseline:.2f} ms; ratio {results / baseline:.0f}x")
    ok = results < DEMO_GOAL_MS
    failed |= not ok
    print(f"  goal < {DEMO_GOAL_MS:.0f} ms: {'met' if ok else 'MISSED'}")

    big = Path(tempfile.gettempdir()) / "flatapp-bench-results.sqlite"
    if args.rebuild or not big.exists():
        started = time.perf_counter()
        build_big(big)
        print(f"big database built in {time.perf_counter() - started:.1f} s: {big}")
    database = open_database(big)
    cold, results, baseline = _measure(database, 1, args.n)
    database.dispose()
    print(f"50,000 homes / 200,000 interviews, one block's round: compute_results median {results:.1f} ms "
          f"(first call {cold:.0f} ms); baseline one SELECT {baseline:.2f} ms; ratio {results / baseline:.0f}x")
    ok = results < BIG_GOAL_MS
    failed |= not ok
    print(f"  goal < {BIG_GOAL_MS:.0f} ms: {'met' if ok else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
