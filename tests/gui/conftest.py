"""GUI tests: one QApplication (pytest-qt's qapp) with QSettings inside the test's FLATAPP_HOME."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def qt_settings(flatapp_home, qapp):
    """Geometry, last database and the like go to this test's folder, never the user's settings."""
    from flatapp.gui.app import configure_settings

    configure_settings()
