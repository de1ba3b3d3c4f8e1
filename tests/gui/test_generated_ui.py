"""The generated ui_*.py modules are what scripts/compile_ui.sh makes of the Designer sources today
(a .ui edited without recompiling, or a hand edit of a generated file, fails here)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "ui").glob("*.ui"))


def _body(text: str) -> list[str]:
    """Without the header comment, which names the compiler's version."""
    return [line for line in text.splitlines() if not line.startswith("##")]


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-uic is missing from the virtual environment (PySide6 installs it)")
    return found


@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_generated_module_matches_its_ui_source(source, tmp_path):
    generated = ROOT / "flatapp" / "gui" / "generated" / f"ui_{source.stem}.py"
    assert generated.exists(), f"{generated.name} is missing: run scripts/compile_ui.sh"
    fresh = tmp_path / generated.name
    subprocess.run([_uic(), str(source), "-o", str(fresh)], check=True)
    assert _body(generated.read_text(encoding="utf-8")) == _body(fresh.read_text(encoding="utf-8")), (
        f"{generated.name} differs from {source.name}: run scripts/compile_ui.sh")


def test_every_generated_module_has_a_source():
    modules = {p.stem.removeprefix("ui_") for p in (ROOT / "flatapp" / "gui" / "generated").glob("ui_*.py")}
    assert modules == {s.stem for s in SOURCES}
