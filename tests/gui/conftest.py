"""GUI tests: one QApplication (pytest-qt's qapp) with QSettings inside the test's FLATAPP_HOME."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def qt_settings(flatapp_home, qapp):
    """Geometry, last database and the like go to this test's folder, never the user's settings."""
    from flatapp.gui.app import configure_settings

    configure_settings()


# --- the tent's windows (poster designer, slide show) ---------------------------------------------

@pytest.fixture
def demo_database(tmp_path_factory, tmp_path):
    """A copy of the demo database (built once per session) for one test."""
    from tests.gui.tent_fixtures import open_demo

    database = open_demo(tmp_path_factory, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def stand_ins():
    """Quick stand-in renderers that record the options they were given."""
    from tests.gui.tent_fixtures import StandIns

    return StandIns()


@pytest.fixture
def conflict_choice(qtbot):
    """Install the real conflict dialog as handler; ``choose(dialog)`` clicks in it."""
    from flatapp.gui.conflict_dialog import ConflictDialog
    from flatapp.gui.conflicts import set_conflict_handler

    shown: list[ConflictDialog] = []

    def install(choose):
        def handler(conflict):
            dialog = ConflictDialog(conflict)
            qtbot.addWidget(dialog)
            dialog.show()
            shown.append(dialog)
            choose(dialog)
            return dialog.resolution()
        set_conflict_handler(handler)
        return shown
    yield install
    set_conflict_handler(None)
