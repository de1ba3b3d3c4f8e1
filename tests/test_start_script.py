"""scripts/start.sh on a machine without a screen says so and stops (no misleading Qt abort)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(sys.platform != "linux", reason="the screen check is for Linux")
def test_start_without_a_screen_says_so_and_stops():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["FLATAPP_SKIP_SYSTEM"] = "1"          # the venv is there already; no apt
    run = subprocess.run(["bash", str(ROOT / "scripts" / "start.sh")], env=env, capture_output=True, text=True,
                         timeout=600, stdin=subprocess.DEVNULL)
    assert run.returncode == 1
    assert "no screen found" in run.stderr and "xvfb-run" in run.stderr
    assert "xcb" not in run.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="the screen check is for Linux")
def test_start_with_a_display_nobody_answers_says_so_and_stops():
    """DISPLAY set to a screen that is not there (a closed ssh -X, an Xvfb not started)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=":97", FLATAPP_SKIP_SYSTEM="1")
    assert not Path("/tmp/.X11-unix/X97").exists()
    run = subprocess.run(["bash", str(ROOT / "scripts" / "start.sh")], env=env, capture_output=True, text=True,
                         timeout=600, stdin=subprocess.DEVNULL)
    assert run.returncode == 1
    assert "DISPLAY=:97 does not answer" in run.stderr and "xvfb-run" in run.stderr
    assert "xcb" not in run.stderr
