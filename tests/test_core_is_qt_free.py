"""Everything outside flatapp.gui works without Qt, and the command line starts light.

Each check runs in a fresh interpreter: the test process itself has Qt loaded already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, timeout=120, cwd=REPO_ROOT, env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_core_modules_do_not_import_qt():
    report = _run(
        """
        import importlib, json, pkgutil, sys
        import flatapp

        skip = ("flatapp.gui", "flatapp.__main__", "flatapp._data")
        imported, offenders, failures = [], [], {}
        # walk_packages imports every package it walks into: never walk into the GUI's packages.
        names = []
        for info in pkgutil.iter_modules(flatapp.__path__, "flatapp."):
            if info.name.startswith(skip):
                continue
            names.append(info.name)
            if info.ispkg:
                package = importlib.import_module(info.name)
                names += [sub.name for sub in pkgutil.walk_packages(package.__path__, info.name + ".")]
        for name in names:
            try:
                importlib.import_module(name)
            except Exception as error:  # reported below, with the module's name
                failures[name] = f"{type(error).__name__}: {error}"
                continue
            imported.append(name)
            if "PySide6" in sys.modules and not offenders:
                offenders.append(name)
        print(json.dumps({"imported": imported, "offenders": offenders, "failures": failures,
                          "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))}))
        """
    )
    assert not report["failures"], f"modules that failed to import: {report['failures']}"
    assert "flatapp.storage.database" in report["imported"]
    assert not report["offenders"], (
        f"{report['offenders'][0]} imports PySide6 (outside flatapp.gui); loaded: {report['qt']}"
    )


def test_cli_import_is_light():
    report = _run(
        """
        import contextlib, io, json, sys
        import flatapp.cli
        with contextlib.redirect_stdout(io.StringIO()):  # a whole command, not only the import
            flatapp.cli.main(["buildings", "--db", ":memory:"])
        heavy = ("PySide6", "pandas", "matplotlib")
        print(json.dumps({"loaded": sorted(m for m in heavy if m in sys.modules)}))
        """
    )
    assert report["loaded"] == [], f"importing flatapp.cli loads {report['loaded']} (slows every command)"
