"""What encryption at rest costs: the same work on an encrypted database beside a plain one.

Run: ``.venv/bin/python benchmarks/bench_encryption.py [-n N] [--rebuild]``.
Two pairs of databases, each pair identical but for the encryption (``flatapp db encrypt`` of a copy):
the demo database (198 homes, 96 interviews; made fresh) and bench_results' big one (50,000 homes,
200,000 interviews, door visits; built once and cached in the temp folder, ``--rebuild``). For each,
plain and encrypted interleaved, medians of N:

- start-up: ``open_database`` (with the passphrase: one scrypt derivation) + the blocks + the first
  block's home list, as the window does before it shows; a fresh engine each time;
- entry save: one form as the entry screen saves it (``save_draft`` + ``complete_interview``, one
  transaction each, synchronous=FULL);
- results: ``compute_results`` of a round (after one untimed call).

Printed as milliseconds and as the ratio encrypted / plain (the plain run is the baseline, same run).
There is no goal to miss: this reports the price, it does not judge it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

PASSPHRASE = "een zin van een paar woorden"
FORM = {"KN1": 0, "KN3": 1, "KN4": 1, "KN5": 2, "HP1": 1, "HP2": [1, 3], "HP4": 2, "WO1": "Fijne buren.",
        "WO2": [6], "ON1": [3], "ON2": [6], "CT1": 2}


def _ms(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def _open(path: Path, encrypted: bool):
    from flatapp.storage.database import open_database

    return open_database(path, passphrase=PASSPHRASE if encrypted else None)


def start_up(path: Path, encrypted: bool) -> None:
    from flatapp.services.buildings import list_buildings
    from flatapp.services.homes import list_home_rows

    database = _open(path, encrypted)
    with database.session() as session:
        buildings = list_buildings(session)
        list_home_rows(session, buildings[0].id)
    database.dispose()


class EntryRun:
    """A new round per database; each call saves one form on the next home of the first block."""

    def __init__(self, path: Path, encrypted: bool):
        from flatapp.services.buildings import list_buildings
        from flatapp.services.homes import list_home_rows
        from flatapp.services.rounds import create_round

        self.database = _open(path, encrypted)
        with self.database.session() as session, session.begin():
            building_id = list_buildings(session)[0].id
            self.round_id = create_round(session, building_id, f"Bench {time.time_ns()}").id
            self.homes = [row.id for row in list_home_rows(session, building_id)]
        self.next = 0

    def save(self) -> None:
        from flatapp.services.interviews import complete_interview, save_draft

        home_id = self.homes[self.next % len(self.homes)]
        self.next += 1
        with self.database.session() as session, session.begin():
            row = save_draft(session, self.round_id, home_id, {"KN1": 0}, None)
        with self.database.session() as session, session.begin():
            complete_interview(session, self.round_id, home_id, FORM, row.version)


class ResultsRun:
    def __init__(self, path: Path, encrypted: bool, round_name: str | None):
        from flatapp.analysis.results import compute_results
        from flatapp.services.rounds import find_round

        self.database = _open(path, encrypted)
        self.session = self.database.session()
        self.round_id = find_round(self.session, round_name).id if round_name else 1
        self.compute = lambda: compute_results(self.session, self.round_id)
        self.compute()                       # the first call pays imports and a cold cache


def _pair(n: int, plain: Path, encrypted: Path, round_name: str | None) -> dict[str, tuple[float, float]]:
    figures: dict[str, tuple[list[float], list[float]]] = {"start-up": ([], []), "entry save": ([], []),
                                                           "results": ([], [])}
    for _ in range(n):                      # interleaved: the machine's noise falls on both alike
        for index, path in enumerate((plain, encrypted)):
            figures["start-up"][index].append(_ms(lambda p=path, e=bool(index): start_up(p, e)))
    entries = [EntryRun(plain, False), EntryRun(encrypted, True)]
    for _ in range(n):
        for index, run in enumerate(entries):
            figures["entry save"][index].append(_ms(run.save))
    for run in entries:
        run.database.dispose()
    results = [ResultsRun(plain, False, round_name), ResultsRun(encrypted, True, round_name)]
    for _ in range(n):
        for index, run in enumerate(results):
            figures["results"][index].append(_ms(run.compute))
    for run in results:
        run.session.close()
        run.database.dispose()
    return {name: (statistics.median(a), statistics.median(b)) for name, (a, b) in figures.items()}


def _report(title: str, figures: dict[str, tuple[float, float]]) -> None:
    print(title)
    for name, (plain, encrypted) in figures.items():
        print(f"  {name:<11} plain {plain:8.1f} ms   encrypted {encrypted:8.1f} ms   ratio {encrypted / plain:5.2f}x")


def _key_derivation_ms(n: int) -> float:
    from flatapp.storage import cipher

    salt = cipher.new_salt()
    return statistics.median(_ms(lambda: cipher.derive_key(PASSPHRASE, salt)) for _ in range(n))


def _encrypted_copy(plain: Path, target: Path) -> None:
    from flatapp.storage.encryption import encrypt_database

    target.unlink(missing_ok=True)
    shutil.copyfile(plain, target)
    encrypt_database(target, PASSPHRASE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=15, help="timed runs per case")
    parser.add_argument("--rebuild", action="store_true", help="build the big database again")
    args = parser.parse_args()
    from flatapp.demo import DEMO_ROUND, create_demo_database

    print(f"key derivation (scrypt, once per opening): median {_key_derivation_ms(args.n):.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        plain, encrypted = Path(folder) / "demo.sqlite", Path(folder) / "demo-versleuteld.sqlite"
        create_demo_database(plain)
        started = time.perf_counter()
        _encrypted_copy(plain, encrypted)
        print(f"db encrypt of the demo database: {(time.perf_counter() - started) * 1000:.0f} ms")
        _report("demo database (198 homes, 96 interviews):", _pair(args.n, plain, encrypted, DEMO_ROUND))

    from bench_results import build_big

    big = Path(tempfile.gettempdir()) / "flatapp-bench-encryption.sqlite"
    big_encrypted = big.with_name("flatapp-bench-encryption-versleuteld.sqlite")
    if args.rebuild or not big.exists():
        started = time.perf_counter()
        build_big(big)
        print(f"big database built in {time.perf_counter() - started:.1f} s: {big}")
    if args.rebuild or not big_encrypted.exists():
        started = time.perf_counter()
        _encrypted_copy(big, big_encrypted)
        print(f"db encrypt of the big database ({big.stat().st_size / 1e6:.0f} MB): "
              f"{time.perf_counter() - started:.1f} s")
    _report("big database (50,000 homes, 200,000 interviews; block 1, round 1):",
            _pair(args.n, big, big_encrypted, None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
