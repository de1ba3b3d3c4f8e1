"""Find files that ship beside the package: migrations, demo data, fonts, translations.

In a source checkout (and an editable install) they sit at the top level of the
repository; a wheel and the PyInstaller bundle carry them under ``flatapp/_data``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    return [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]


def shipped_path(*parts: str) -> Path:
    """Path of a shipped file or folder, e.g. ``shipped_path("resources", "fonts")``."""
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(
        f"FlatApp is incompleet geïnstalleerd: {'/'.join(parts)} ontbreekt"
    )


def migrations_dir() -> Path:
    return shipped_path("database", "migrations")


def resources_dir() -> Path:
    return shipped_path("resources")
