"""The `flatapp` command as a process: exit codes and output survive the quick exit (cli.run)."""

from __future__ import annotations

import subprocess
import sys

from flatapp.demo import create_demo_database


def flatapp(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flatapp", *args], capture_output=True, text=True,
                          timeout=120, **options)


def test_exit_codes_and_output_come_through_the_quick_exit():
    done = flatapp("--version")
    assert done.returncode == 0 and done.stdout.startswith("FlatApp ")
    wrong = flatapp("nonsense")
    assert wrong.returncode == 2 and "ongeldige keuze" in wrong.stderr
    missing = flatapp("homes", "--db", "/nonexistent/flat.sqlite", "--building", "X")
    assert missing.returncode == 1 and missing.stderr.startswith("fout:")


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path):
    database = tmp_path / "demo.sqlite"
    create_demo_database(database)
    # `flatapp homes … | head`: here the reader (`true`) is gone before the first line is written.
    command = f"{sys.executable} -m flatapp homes --db {database} --building Voorbeeldflat | true"
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120)
    assert done.stderr == ""
