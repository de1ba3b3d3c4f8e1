"""Nothing acknowledged is lost: a child process saving interviews is killed with SIGKILL at random."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    from flatapp.storage.database import open_database
    from flatapp.services.homes import list_home_rows
    from flatapp.services.interviews import next_respondent, save_draft
    from tests.answers_fill import complete_filled

    db = open_database(sys.argv[1])
    round_id, building_id = int(sys.argv[2]), int(sys.argv[3])
    with db.session() as s:
        homes = list_home_rows(s, building_id)
    print("ready", flush=True)
    while True:
        for home in homes:
            with db.session() as s, s.begin():           # one transaction per save
                respondent = next_respondent(s, round_id, home.id)
                row = save_draft(s, round_id, home.id, {"KN1": 1}, None, respondent=respondent)
            print(row.id, flush=True)                    # acknowledged only after the commit
            with db.session() as s, s.begin():
                row = complete_filled(s, round_id, home.id, {"KN1": 2, "ON3": "x" * 50}, row.version,
                                         respondent=respondent)
            print(row.id, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
@pytest.mark.sqlite_only   # the SQLite file itself (a server has its own)
def test_every_acknowledged_save_survives_kill_9(tmp_path, make_building, database):
    from flatapp.services.rounds import create_round

    building_id = make_building("Crashflat", [("A", f, 100 * f + d) for f in range(10) for d in range(1, 21)])
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Crash").id
    path = database.file
    database.dispose()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rng = random.Random(4)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    total = 0
    for run in range(5):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(round_id), str(building_id)],
                                 stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT, env=env)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.2, 1.0))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL
        acknowledged = {int(line) for line in out.split() if line.isdigit()}
        total += len(acknowledged)
        connection = sqlite3.connect(path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in connection.execute("SELECT id FROM interview")}
            assert acknowledged <= stored, f"run {run}: lost {sorted(acknowledged - stored)[:5]}"
            # The last acknowledged save of each interview left it at least that far: no half saves.
            assert not connection.execute(
                "SELECT id FROM interview WHERE status = 'complete' AND answers NOT LIKE '%ON3%'").fetchall()
        finally:
            connection.close()
    assert total > 20      # the child really saved something in each run
