"""The main window (view) and the controller that gives it its behaviour.

``MainWindow`` holds widgets only: the facade map, the home list, the detail panel, the demo
banner and the status bar. ``MainController`` reads and writes through the services, one
session per piece of work, and hands the window plain rows.

The package: ``window`` the view, ``controller`` the controller's core (database, blocks and homes,
undo, language, help), composed with the menus' mixins ``round_actions`` (the round's pages and the
Ronde menu), ``tent_actions``, ``groups_actions`` and ``building_actions``; ``database_actions`` opening,
making and recovering databases (also used at start); ``pages`` the round pages' registry and the
``Page`` protocol they meet. The Privacy menu is flatapp.gui.privacy_controller.
"""

from __future__ import annotations

from flatapp.gui.home_table_model import HOME_ID_ROLE  # the list's home-id role, as before the split
from flatapp.gui.main_window.controller import (
    LAST_BUILDING_KEY,
    MainController,
)
from flatapp.gui.main_window.database_actions import (
    LAST_DATABASE_KEY,
    RefusalChoice,
    ask_after_refusal,
    ask_new_database,
    ask_new_database_path,
    ask_open_database_path,
    database_filter,
    is_demo_database,
    open_database_checked,
    open_with_recovery,
    remember_database,
)
from flatapp.gui.main_window.pages import PAGES, Page, PageSpec, RoundPage
from flatapp.gui.main_window.window import MainWindow, homes_text

__all__ = ["HOME_ID_ROLE", "LAST_BUILDING_KEY", "LAST_DATABASE_KEY", "PAGES",
           "MainController", "MainWindow", "Page", "PageSpec", "RefusalChoice", "RoundPage", "ask_after_refusal", "ask_new_database",
           "ask_new_database_path", "ask_open_database_path", "database_filter", "homes_text", "is_demo_database",
           "open_database_checked", "open_with_recovery", "remember_database"]
