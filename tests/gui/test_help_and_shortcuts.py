"""Help › Handleiding and Sneltoetsen, and menus without clashing shortcuts or access keys."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence

from flatapp.gui.help_dialog import HelpDialog, manual_html, menu_shortcuts
from flatapp.gui.i18n import install_translators, remove_translators
from flatapp.gui.main_window import MainController


def start(qtbot, database) -> MainController:
    controller = MainController(database, remember=False)
    qtbot.addWidget(controller.window)
    controller.window.show()
    return controller


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_the_manual_covers_every_step_and_the_shortcuts_are_read_from_the_menus(qtbot, database, monkeypatch):
    controller = start(qtbot, database)
    shown = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self) or 0)
    controller.window.ui.actionManual.trigger()
    dialog = shown[-1]
    text = dialog.ui.manualBrowser.toPlainText()
    for step in ("1. De flat", "5. Invoeren na elke avond", "7. De tent", "9. Privacy", "Cijfers publiceren"):
        assert step in text
    rows = [tuple(dialog.ui.shortcutTable.item(r, c).text() for c in range(3))
            for r in range(dialog.ui.shortcutTable.rowCount())]
    keys = {row[0]: row[1] for row in rows}
    assert keys["F1"].endswith("Handleiding") and keys[QKeySequence("Ctrl+Z").toString()].startswith("Bewerken")
    controller.window.ui.actionShortcuts.trigger()
    assert shown[-1].ui.tabs.currentWidget() is shown[-1].ui.shortcutsTab
    assert "Cijfers publiceren" in manual_html("nl") and "Publish figures" in manual_html("en")


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    """The menus in Dutch and in English (the access keys differ per language)."""
    locale = QLocale()
    install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(locale)


def test_no_two_actions_share_a_shortcut_and_no_menu_shares_an_access_key(qtbot, database, language):
    controller = start(qtbot, database)
    bar = controller.window.menuBar()
    shortcuts = Counter(key for key, _where, _tip in menu_shortcuts(bar))
    assert [key for key, n in shortcuts.items() if n > 1] == []
    titles = [mnemonic(action.text()) for action in bar.actions()]
    assert None not in titles and len(set(titles)) == len(titles), titles
    clashes = []
    for action in bar.actions():
        menu = action.menu()
        keys = [mnemonic(item.text()) for item in menu.actions() if not item.isSeparator()]
        repeated = [k for k, n in Counter(k for k in keys if k).items() if n > 1]
        if repeated or None in keys:
            clashes.append((action.text(), [item.text() for item in menu.actions() if not item.isSeparator()]))
    assert clashes == []


def test_menus_in_the_usual_order(qtbot, database):
    """Bestand, Bewerken and Beeld first, as in every desktop program; the app's own menus after; Help last."""
    controller = start(qtbot, database)
    titles = [action.text().replace("&", "") for action in controller.window.menuBar().actions()
              if action.isVisible() and action.menu() is not None]
    assert titles == ["Bestand", "Bewerken", "Beeld", "Flat", "Ronde", "Tent", "Werkgroepen", "Privacy", "Beheer",
                      "Help"]
