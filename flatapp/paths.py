"""Where FlatApp keeps its data, backups and logs.

One module so that tests and portable installs can move everything with one
environment variable (``FLATAPP_HOME``); nothing here creates folders at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

HOME_ENV = "FLATAPP_HOME"


@dataclass(frozen=True)
class AppPaths:
    data: Path

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def default_database(self) -> Path:
        return self.data / "flatapp.sqlite"

    @property
    def demo_database(self) -> Path:
        return self.data / "voorbeeld.sqlite"

    def ensure(self) -> "AppPaths":
        for folder in (self.data, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    override = os.environ.get(HOME_ENV)
    if override:
        return AppPaths(Path(override).expanduser())
    dirs = PlatformDirs("FlatApp", "FlatApp", roaming=False)
    return AppPaths(Path(dirs.user_data_dir))
