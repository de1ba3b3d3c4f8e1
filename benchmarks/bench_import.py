"""Address import speed: FlatApp's full import of a 50,000-row Dutch CSV against pandas.read_csv.

Run: ``.venv/bin/python benchmarks/bench_import.py [--rows N] [--repeat R]``.
Baseline: ``pandas.read_csv`` of the same file (told the delimiter, encoding and title line, all
text). FlatApp: read + check + apply into a fresh SQLite file, one transaction, as the GUI does it.
Goal: FlatApp ≤ 5 × the baseline. Prints the best of R runs of each, the steps of the import,
the floor under the write step (the same rows inserted again with bare sqlite3 into the same
schema), and exits 1 when the goal is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

GOAL_RATIO = 5.0


def write_csv(path: Path, rows: int) -> None:
    """A corporation export as Dutch Excel saves it: title line, ';', UTF-8 with BOM, CRLF."""
    lines = ["Export eenheden (benchmark);;;;;;;;;",
             "VHE-nummer;Straatnaam;Huisnummer;Huisletter;Toevoeging;Postcode;Plaats;Portiek;Verdieping;Soort eenheid"]
    streets = ["Kastanjelaan", "Burgemeester Dóumastraat", "Eikenlaan", "Van Harenstraat", "Oosterkade"]
    for n in range(rows):
        street = streets[n % len(streets)]
        number = n // len(streets) + 1
        postcode = f"{8601 + (number // 200) % 300} {chr(65 + n % 26)}{chr(65 + (n // 26) % 26)}"
        floor = "BG" if n % 11 == 0 else f"{n % 11}e"
        letter = "A" if n % 7 == 0 else ""
        lines.append(f"VHE{100000 + n};{street};{number};{letter};;{postcode};Sneek;"
                     f"Portiek {chr(65 + n % 4)};{floor};Woning")
    lines += [f"Totaal: {rows};;;;;;;;;", "", ""]
    path.write_text("\r\n".join(lines), encoding="utf-8-sig", newline="")


def time_pandas(path: Path) -> float:
    import pandas

    start = time.perf_counter()
    frame = pandas.read_csv(path, sep=";", encoding="utf-8-sig", skiprows=1, dtype=str, keep_default_na=False)
    elapsed = time.perf_counter() - start
    assert len(frame) >= 50_000 or len(frame) > 0
    return elapsed


def time_flatapp(path: Path, folder: Path, run: int, rows: int) -> dict[str, float]:
    """One full import as the GUI runs it: read, map + check, apply + commit (seconds per step)."""
    from flatapp.importing.column_mapping import guess_mapping
    from flatapp.importing.home_rows import check_rows
    from flatapp.importing.table_reader import read_table
    from flatapp.services.home_import import apply_plan
    from flatapp.storage.database import open_database

    database = open_database(folder / f"bench-{run}.sqlite", create=True)  # creating the schema is not timed
    try:
        start = time.perf_counter()
        table = read_table(path)
        read = time.perf_counter()
        plan = check_rows(table, guess_mapping(table.header))
        checked = time.perf_counter()
        with database.session() as session, session.begin():
            result = apply_plan(session, "Benchmarkflat", plan, source=path.name)
        written = time.perf_counter()
    finally:
        database.dispose()
    if not result.written or result.created != rows:
        sys.exit(f"import went wrong: {result.summary()} {result.issues[:3]}")
    return {"read": read - start, "check": checked - read, "write": written - checked, "total": written - start}


def time_sqlite_alone(folder: Path, run: int) -> float:
    """The floor under the write step: the homes the import wrote, inserted again with the plain sqlite3
    driver (executemany + commit, same schema, indexes and pragmas) into a fresh file."""
    import sqlite3

    from flatapp.storage.database import open_database

    with sqlite3.connect(folder / f"bench-{run}.sqlite") as source:
        parents = {table: source.execute(f"SELECT * FROM {table}").fetchall() for table in ("building", "entrance")}
        homes = source.execute("SELECT * FROM home ORDER BY id").fetchall()
    open_database(folder / f"floor-{run}.sqlite", create=True).dispose()
    connection = sqlite3.connect(folder / f"floor-{run}.sqlite", isolation_level=None)
    try:
        for pragma in ("foreign_keys=ON", "synchronous=NORMAL"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN")
        for table, rows in parents.items():
            if rows:
                connection.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
        connection.execute("COMMIT")
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.executemany(f"INSERT INTO home VALUES ({', '.join('?' * len(homes[0]))})", homes)
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="flatapp-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "eenheden.csv"
        write_csv(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        baseline = min(time_pandas(path) for _ in range(args.repeat))
        runs = [time_flatapp(path, folder, run, args.rows) for run in range(args.repeat)]
        floor = min(time_sqlite_alone(folder, run) for run in range(args.repeat))
    best = min(runs, key=lambda phases: phases["total"])
    ratio = best["total"] / baseline
    print(f"rows: {args.rows}  file: {size_mb:.1f} MB  best of {args.repeat}")
    print(f"pandas.read_csv (baseline):          {baseline:.3f} s")
    print(f"FlatApp full import:                 {best['total']:.3f} s  "
          f"(read {best['read']:.3f}, check {best['check']:.3f}, write to SQLite {best['write']:.3f})")
    print(f"ratio full import / baseline:        {ratio:.1f}x (goal <= {GOAL_RATIO:.0f}x) "
          f"{'OK' if ratio <= GOAL_RATIO else 'ABOVE GOAL'}")
    print(f"ratio read + check / baseline:       {(best['read'] + best['check']) / baseline:.1f}x")
    print(f"SQLite alone (same rows, bare sqlite3 executemany + commit): {floor:.3f} s "
          f"= {floor / baseline:.1f}x the baseline by itself")
    return 0 if ratio <= GOAL_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
