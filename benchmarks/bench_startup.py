"""Start-up time of FlatApp against a bare PySide6 window.

    .venv/bin/python benchmarks/bench_startup.py [-n 10] [--max-ratio 4]

Times, as separate processes with QT_QPA_PLATFORM=offscreen, N times each and interleaved:
  (a) a bare PySide6 script: QApplication + QMainWindow, show, process events, quit;
  (b) `flatapp selftest` on the demo database (FLATAPP_HOME in a temporary folder; one untimed
      run first creates the demo database, so its creation is not timed).
Prints the medians and their ratio, and exits 1 when the goal is missed: FlatApp at most
4x the bare window (--max-ratio changes the goal).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_RATIO = 4.0

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1024, 700)
window.show()
app.processEvents()
window.close()
app.quit()
"""


def run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--repeat", type=int, default=10, help="timed runs of each (default 10)")
    parser.add_argument("--max-ratio", type=float, default=GOAL_RATIO,
                        help=f"exit 1 above this ratio (default {GOAL_RATIO:g})")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="flatapp-bench-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLATAPP_HOME": home}
        env.pop("FLATAPP_DB", None)
        # As installed: bytecode cached (pip compiles it; a source checkout writes it on the first run).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare = [sys.executable, "-c", BARE_WINDOW]
        flatapp = [sys.executable, "-m", "flatapp", "selftest"]

        # Untimed: creates the demo database and warms the file cache for both.
        run(bare, env)
        run(flatapp, env)
        demo = sorted(p.name for p in Path(home).glob("*.sqlite"))

        times: dict[str, list[float]] = {"bare": [], "flatapp": []}
        for _ in range(args.repeat):
            times["bare"].append(run(bare, env))
            times["flatapp"].append(run(flatapp, env))

    bare_median = statistics.median(times["bare"])
    app_median = statistics.median(times["flatapp"])
    ratio = app_median / bare_median
    print(f"python {sys.version.split()[0]}, {args.repeat} runs each, interleaved, offscreen; database: {demo}")
    print(f"bare PySide6 window   median {bare_median * 1000:7.0f} ms  "
          f"(min {min(times['bare']) * 1000:.0f}, max {max(times['bare']) * 1000:.0f})")
    print(f"flatapp selftest      median {app_median * 1000:7.0f} ms  "
          f"(min {min(times['flatapp']) * 1000:.0f}, max {max(times['flatapp']) * 1000:.0f})")
    print(f"ratio {ratio:.2f}x (goal <= {args.max_ratio:g}x)")
    if ratio > args.max_ratio:
        print(f"FAIL: ratio {ratio:.2f} is above {args.max_ratio}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
