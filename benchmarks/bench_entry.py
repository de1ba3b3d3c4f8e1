"""Entry speed: save a form and open the next one on a big database (50,000 homes, 200,000 interviews).

Run: ``.venv/bin/python benchmarks/bench_entry.py [-n N] [--rebuild]``.
The database is built once by bulk inserts and cached in the temp folder. Each iteration is what the
entry form does after Ctrl+Enter: ``save_draft`` (one transaction), ``complete_interview`` (one
transaction) and ``open_interview`` of the next home. Baseline, same run, same file: a bare
single-row INSERT + COMMIT through sqlite3. Measures both SQLite ``synchronous`` settings (NORMAL:
a killed process loses nothing acknowledged; FULL: a power cut neither) and prints the medians and
ratios; goal < 30 ms per iteration with the setting FlatApp uses (exits 1 when missed).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GOAL_MS = 30.0
BUILDINGS, HOMES_PER_BUILDING, ROUNDS_PER_BUILDING = 250, 200, 4     # 50,000 homes, 200,000 interviews


def build(path: Path) -> None:
    from flatapp.services.questionnaires import ensure_builtin_questionnaire
    from flatapp.storage.database import open_database

    path.unlink(missing_ok=True)
    database = open_database(path, create=True)
    with database.session() as s, s.begin():
        version_id = ensure_builtin_questionnaire(s).id
    database.dispose()
    now = datetime.now(timezone.utc).isoformat(sep=" ")
    con = sqlite3.connect(path)
    with con:
        con.executemany("INSERT INTO building (id, name, code, city, notes, created_at) VALUES (?,?,?,?,?,?)",
                        [(b, f"Flat {b}", f"F{b}", "Sneek", "", now) for b in range(1, BUILDINGS + 1)])
        con.executemany(
            "INSERT INTO home (id, building_id, code, street, house_number, house_letter, addition, postcode, city,"
            " vhe_code, floor, unit_type, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [((b - 1) * HOMES_PER_BUILDING + n, b, f"F{b}-{n:03d}", f"Straat {b}", n, "", "", "8601 AB", "Sneek",
              None, n // 10, "", now, now)
             for b in range(1, BUILDINGS + 1) for n in range(1, HOMES_PER_BUILDING + 1)])
        con.executemany(
            "INSERT INTO round (id, building_id, name, questionnaire_version_id, optional_sections, organisation,"
            " letter_text, created_at) VALUES (?,?,?,?,?,?,?,?)",
            [((b - 1) * ROUNDS_PER_BUILDING + r, b, f"Ronde {r}", version_id, "", "", "", now)
             for b in range(1, BUILDINGS + 1) for r in range(1, ROUNDS_PER_BUILDING + 1)])
        answers = json.dumps({"KN1": 1, "KN3": 1, "HP1": 1, "HP2": [1, 2], "WO1": "Rustige flat."})
        con.executemany(
            "INSERT INTO interview (round_id, home_id, respondent, status, answers, entered_by, version,"
            " created_at, updated_at) VALUES (?,?,1,'complete',?,'bench',1,?,?)",
            (((b - 1) * ROUNDS_PER_BUILDING + r, (b - 1) * HOMES_PER_BUILDING + n, answers, now, now)
             for b in range(1, BUILDINGS + 1) for r in range(1, ROUNDS_PER_BUILDING + 1)
             for n in range(1, HOMES_PER_BUILDING + 1)))
        con.execute("UPDATE questionnaire_version SET frozen = 1")
    con.execute("ANALYZE")
    con.close()


def _measure_forms(path: Path, n: int, synchronous: str) -> list[float]:
    """One pass of n forms with SQLite's ``synchronous`` setting in force; milliseconds per form."""
    from flatapp.services.interviews import complete_interview, open_interview, save_draft
    from flatapp.services.rounds import create_round
    from flatapp.storage import engine as engine_module
    from flatapp.storage.database import open_database

    engine_module.SYNCHRONOUS = synchronous
    database = open_database(path)
    with database.session() as s, s.begin():
        stamp = datetime.now().strftime("%H%M%S%f")
        round_id = create_round(s, 1, f"Bench {synchronous} {stamp}").id
    home_ids = list(range(1, HOMES_PER_BUILDING + 1))[:n]
    form = {"KN1": 2, "KN2": ["F1-002", "F1-003"], "KN3": 1, "KN4": 1, "KN5": 2, "HP1": 1, "HP2": [1, 3], "HP4": 2,
            "WO1": "Fijne buren.", "WO2": [6], "ON1": [3], "ON2": [6], "CT1": 2}
    timings = []
    for index, home_id in enumerate(home_ids):
        started = time.perf_counter()
        with database.session() as s, s.begin():
            row = save_draft(s, round_id, home_id, {"KN1": 2}, None)
        with database.session() as s, s.begin():
            complete_interview(s, round_id, home_id, form, row.version)
        with database.session() as s:
            open_interview(s, round_id, home_ids[(index + 1) % len(home_ids)])
        timings.append((time.perf_counter() - started) * 1000)
    database.dispose()
    return timings


def _baseline(path: Path, count: int) -> list[float]:
    """A bare single-row INSERT + COMMIT through sqlite3 on the same file (synchronous=NORMAL)."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, v TEXT)")
    base = []
    for _ in range(count):
        started = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT INTO bench_baseline (v) VALUES (?)", ("x" * 100,))
        con.execute("COMMIT")
        base.append((time.perf_counter() - started) * 1000)
    con.execute("DROP TABLE bench_baseline")
    con.close()
    return base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=200, help="iterations (at most the 200 homes of one block)")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    from flatapp.storage.engine import SYNCHRONOUS

    path = Path(tempfile.gettempdir()) / "flatapp-bench-entry.sqlite"
    if args.rebuild or not path.exists():
        started = time.perf_counter()
        build(path)
        print(f"database built in {time.perf_counter() - started:.1f} s: {path}")
    # Both settings in one run, interleaved with the baseline (the machine is noisy).
    chosen = SYNCHRONOUS
    results = {}
    for setting in ("NORMAL", "FULL"):
        results[setting] = _measure_forms(path, args.n, setting)
    base = _baseline(path, args.n)
    baseline = statistics.median(base)
    print(f"baseline (sqlite3 INSERT + COMMIT, synchronous=NORMAL): median {baseline:.3f} ms")
    for setting, timings in results.items():
        entry = statistics.median(timings)
        print(f"synchronous={setting}: save draft + complete + open next: median {entry:.2f} ms, p95 "
              f"{sorted(timings)[int(len(timings) * 0.95) - 1]:.2f} ms over {len(timings)} forms; "
              f"ratio {entry / baseline:.0f}x")
    full, normal = statistics.median(results["FULL"]), statistics.median(results["NORMAL"])
    print(f"FULL / NORMAL: {full / normal:.2f}x; FlatApp uses synchronous={chosen}")
    entry = statistics.median(results[chosen])
    print(f"goal < {GOAL_MS:.0f} ms with {chosen}: {'met' if entry < GOAL_MS else 'MISSED'}")
    return 0 if entry < GOAL_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
