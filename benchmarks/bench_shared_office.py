"""A shared office under load: five typists and a coordinator on one database at once.

    .venv/bin/python benchmarks/bench_shared_office.py [--seconds 30] [--typists 5] [--pause 1]

On a throwaway PostgreSQL server (loopback only, started and stopped here) and, beside it, on an SQLite
file in WAL mode, both holding the demo block: each typist (a process of its own, as on its own computer)
types forms of its own homes through the interview service and records a door outcome for each home,
round after round; the coordinator meanwhile corrects homes and prints door lists. At the end every save
a typist was told had succeeded is looked up: lost or duplicated saves and unhandled errors are counted.

What is timed is what the typist waits for at Ctrl+Enter, as the entry form does it: "save + next form"
= complete the form (one write) and open the next home's form. The form's draft, which the window
autosaves while it is typed, is timed apart ("autosave"), and so is the sum of the three.

Each database is loaded twice:
- office pace: a typist starts a form every --pause seconds (default 1 s, some 30 times faster than a
  person types a form of 45 keys), the coordinator corrects a home every 0.5 s and prints the door
  lists every 5 s. The goals are judged here (issue 13): 0 lost or duplicated, 0 errors, p95 < 50 ms.
- flat out: nobody pauses; it shows how many forms a second the database takes, and how the waits grow
  when six busy clients and the server share this machine's cores (in an office each typist has a
  computer of her own). Its figures are printed, not judged against the 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_P95_MS = 50.0
FORM = {"KN1": 2, "KN3": 1, "KN4": 1, "KN5": 2, "HP1": 1, "HP2": [1, 3], "HP4": 2, "WO1": "Fijne buren.",
        "WO2": [6], "ON1": [3], "ON2": [6], "CT1": 2}


def _typist(target: str, number: int, typists: int, seconds: float, pause: float) -> dict:
    """One typist's session: forms and door outcomes of every ``typists``-th home, round after round, a
    form started every ``pause`` seconds (0: one after the other)."""
    from flatapp.services.access import sign_in
    from flatapp.services.door_outcomes import record_attempt
    from flatapp.services.homes import list_home_rows
    from flatapp.services.interviews import complete_interview, open_interview, save_draft
    from flatapp.services.rounds import create_round
    from flatapp.storage.database import open_database

    database = open_database(target)
    sign_in(database)           # as the window does when it opens a database: who works, once
    timings: dict[str, list[float]] = {"save": [], "draft": [], "all": []}
    saved, doors, errors = [], 0, []
    with database.session() as s:
        homes = [row.id for row in list_home_rows(s, 1)][number::typists]
    start = time.monotonic()
    stop = start + seconds
    next_form = start + pause * number / typists          # the typists do not start in step
    lap = 0
    while time.monotonic() < stop:
        lap += 1
        with database.session() as s, s.begin():
            round_id = create_round(s, 1, f"Belasting {pause:g}s {number}-{lap}").id
        for index, home_id in enumerate(homes):
            time.sleep(max(0.0, next_form - time.monotonic()))
            next_form = max(next_form + pause, time.monotonic())
            if time.monotonic() >= stop:
                break
            try:
                started = time.perf_counter()
                with database.session() as s, s.begin():
                    draft = save_draft(s, round_id, home_id, {"KN1": 2}, None)
                drafted = time.perf_counter()
                with database.session() as s, s.begin():
                    complete_interview(s, round_id, home_id, FORM, draft.version)
                with database.session() as s:
                    open_interview(s, round_id, homes[(index + 1) % len(homes)])
                done = time.perf_counter()
                saved.append((round_id, home_id))
                for key, ms in (("draft", drafted - started), ("save", done - drafted), ("all", done - started)):
                    timings[key].append(ms * 1000)
                with database.session() as s, s.begin():
                    record_attempt(s, round_id, home_id, 1, datetime.now().replace(microsecond=0),
                                   note=f"typist {number}")
                doors += 1
            except Exception:   # counted, not hidden: the goal is none at all
                errors.append(traceback.format_exc(limit=3))
    database.dispose()
    return {"timings": timings, "saved": saved, "doors": doors, "errors": errors}


def _coordinator(target: str, seconds: float, pause: float) -> dict:
    """Corrects homes (a city name written differently, back and forth) every ``pause`` seconds and prints
    the door lists every tenth time (0: one after the other)."""
    from flatapp.printing.round_printing import print_door_lists
    from flatapp.services.access import sign_in
    from flatapp.services.homes import list_home_rows, update_home
    from flatapp.services.rounds import list_evenings, list_rounds
    from flatapp.services.versioned import version_of
    from flatapp.storage.database import open_database
    from flatapp.storage.models import Home

    database = open_database(target)
    sign_in(database)
    edits, prints, errors = 0, 0, []
    with database.session() as s:
        homes = [(row.id, row.city) for row in list_home_rows(s, 1)]
        round_id = list_rounds(s, 1)[0].id
        evening_id = list_evenings(s, round_id)[0].id
    folder = Path(tempfile.mkdtemp(prefix="flatapp-load-"))
    stop = time.monotonic() + seconds
    next_edit = time.monotonic()
    while time.monotonic() < stop:
        time.sleep(max(0.0, next_edit - time.monotonic()))
        next_edit = max(next_edit + pause, time.monotonic())
        try:
            home_id, city = homes[edits % len(homes)]
            with database.session() as s, s.begin():
                update_home(s, home_id, {"city": city.upper() if (edits // len(homes)) % 2 == 0 else city},
                            version_of(s, Home, home_id))
            edits += 1
            if edits % 10 == 0:
                with database.session() as s, s.begin():
                    print_door_lists(s, round_id, evening_id, folder / f"deuren-{edits}.pdf")
                prints += 1
        except Exception:
            errors.append(traceback.format_exc(limit=3))
    database.dispose()
    return {"edits": edits, "prints": prints, "errors": errors}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * share + 0.5) - 1)] if ordered else float("nan")


def run_load(target: str, typists: int, seconds: float, pause: float) -> dict:
    """The load on one database; returns the figures and what the database holds afterwards."""
    from sqlalchemy import func, select

    from flatapp.storage.database import open_database
    from flatapp.storage.interview_models import COMPLETE, Interview
    from flatapp.storage.round_models import DoorAttempt, Round

    with ProcessPoolExecutor(max_workers=typists + 1) as pool:
        work = [pool.submit(_typist, target, n, typists, seconds, pause) for n in range(typists)]
        coordinator = pool.submit(_coordinator, target, seconds, pause / 2)
        results = [job.result() for job in work]
        office = coordinator.result()
    believed = [key for result in results for key in result["saved"]]
    database = open_database(target)
    with database.session() as s:
        bench_rounds = select(Round.id).where(Round.name.like(f"Belasting {pause:g}s %"))
        stored = list(s.execute(select(Interview.round_id, Interview.home_id).where(
            Interview.round_id.in_(bench_rounds), Interview.status == COMPLETE)))
        doors = s.scalar(select(func.count(DoorAttempt.id)).where(   # the typists' own (a form adds one too)
            DoorAttempt.round_id.in_(bench_rounds), DoorAttempt.note.like("typist %")))
    database.dispose()
    stored_keys = [tuple(row) for row in stored]
    timings = {key: [t for result in results for t in result["timings"][key]] for key in ("save", "draft", "all")}
    return {
        "forms": len(believed), "lost": len(set(believed) - set(stored_keys)),
        "duplicated": len(stored_keys) - len(set(stored_keys)) + len(believed) - len(set(believed)),
        "doors_believed": sum(r["doors"] for r in results), "doors_stored": doors,
        "errors": [e for r in results for e in r["errors"]] + office["errors"],
        "edits": office["edits"], "prints": office["prints"],
        "per_second": len(believed) / seconds,
        "p50": statistics.median(timings["save"]) if timings["save"] else float("nan"),
        "p95": _percentile(timings["save"], 0.95), "p99": _percentile(timings["save"], 0.99),
        "draft_p95": _percentile(timings["draft"], 0.95), "all_p95": _percentile(timings["all"], 0.95),
    }


def _table(title: str, figures: dict[str, dict]) -> None:
    print(title)
    print(f"{'':14}{'forms':>7}{'/s':>6}{'lost':>6}{'dupl.':>6}{'doors':>13}{'errors':>7}{'edits':>6}{'prints':>7}"
          f"{'p50':>7}{'p95':>7}{'p99':>7}{'autosave p95':>13}{'all p95':>8}  (ms)")
    for name, f in figures.items():
        print(f"{name:14}{f['forms']:>7}{f['per_second']:>6.1f}{f['lost']:>6}{f['duplicated']:>6}"
              f"{f['doors_stored']:>6}/{f['doors_believed']:<6}{len(f['errors']):>7}{f['edits']:>6}{f['prints']:>7}"
              f"{f['p50']:>7.1f}{f['p95']:>7.1f}{f['p99']:>7.1f}{f['draft_p95']:>13.1f}{f['all_p95']:>8.1f}")
    pg, lite = figures["PostgreSQL"], figures["SQLite (WAL)"]
    print(f"{'PG / SQLite':14}{pg['forms'] / max(lite['forms'], 1):>7.2f}{'':36}"
          + "".join(f"{pg[key] / lite[key]:>7.2f}" for key in ("p50", "p95", "p99"))
          + f"{pg['draft_p95'] / lite['draft_p95']:>13.2f}{pg['all_p95'] / lite['all_p95']:>8.2f}")
    for name, f in figures.items():
        for error in f["errors"][:3]:
            print(f"--- {name}:\n{error}")


def _sound(f: dict) -> bool:
    return f["lost"] == 0 and f["duplicated"] == 0 and not f["errors"] and f["doors_stored"] == f["doors_believed"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30,
                        help="how long each load runs (default 30; four runs: two paces, two databases)")
    parser.add_argument("--typists", type=int, default=5, help="typists at once (default 5)")
    parser.add_argument("--pause", type=float, default=1.0,
                        help="office pace: a typist starts a form every PAUSE seconds (default 1)")
    args = parser.parse_args()

    from flatapp.demo import create_demo_database
    from flatapp.storage.copy import copy_database
    from flatapp.storage.database import open_database
    from tests import pg_server

    folder = Path(tempfile.mkdtemp(prefix="flatapp-office-"))
    laptop = folder / "kantoor.sqlite"
    create_demo_database(laptop)
    paces = {f"office pace (a form every {args.pause:g} s per typist)": args.pause, "flat out (no pauses)": 0.0}
    figures: dict[str, dict[str, dict]] = {title: {} for title in paces}
    with pg_server.throwaway_server() as server:
        office = pg_server.create_database(server, "kantoor")
        source = open_database(laptop)
        copy_database(source, office)
        source.dispose()
        for title, pause in paces.items():
            figures[title]["PostgreSQL"] = run_load(office, args.typists, args.seconds, pause)
    for title, pause in paces.items():
        figures[title]["SQLite (WAL)"] = run_load(str(laptop), args.typists, args.seconds, pause)

    print(f"{args.typists} typists and a coordinator, {args.seconds:g} s per run, loopback, {os.cpu_count()} cores, "
          f"{datetime.now():%d-%m-%Y %H:%M}; p50/p95/p99 = save + next form (complete, open the next home)")
    for title, by_database in figures.items():
        _table(title, by_database)
    office_pace, flat_out = figures.values()
    ok = all(_sound(f) and f["p95"] < GOAL_P95_MS for f in office_pace.values()) and all(
        _sound(f) for f in flat_out.values())
    print("goals (0 lost, 0 duplicated, 0 errors at both paces; p95 < 50 ms at office pace): "
          + ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
