"""The UI language: English through flatapp_en.qm, chosen in Beeld › Taal / Language, Dutch by default."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator

from flatapp.gui.home_table_model import COL_ADDRESS
from flatapp.gui.i18n import (
    app_translations_dir,
    current_language,
    install_translators,
    remove_translators,
    set_language,
    translated_in,
)
from flatapp.gui.main_window import MainController

DUTCH_MENUS = ["&Bestand", "&Flat", "&Ronde", "Be&werken", "Beel&d", "&Help"]
ENGLISH_MENUS = ["&File", "&Block", "&Round", "&Edit", "&View", "&Help"]


@pytest.fixture
def leave_dutch(qapp):
    """Whatever a test installs, the next test starts Dutch again (see test_app.py)."""
    locale = QLocale()
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)


def menu_titles(controller: MainController) -> list[str]:
    ui = controller.window.ui
    return [menu.title() for menu in (ui.menuFile, ui.menuBuilding, ui.menuRound, ui.menuEdit, ui.menuView,
                                      ui.menuHelp)]


def open_window(qtbot, database) -> MainController:
    controller = MainController(database, remember=False)
    qtbot.addWidget(controller.window)
    return controller


def test_the_main_window_in_english(qtbot, qapp, database, make_building, leave_dutch):
    make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    status = install_translators(qapp, "en")
    assert status.ok and status.app_loaded, status.problems
    controller = open_window(qtbot, database)
    window, ui = controller.window, controller.window.ui
    assert menu_titles(controller) == ENGLISH_MENUS
    assert ui.menuLanguage.title() == "&Language / Taal"
    assert ui.actionImportHomes.text() == "&Import homes…"
    assert ui.actionLanguageNl.text() == "Nederlands" and ui.actionLanguageEn.text() == "English"
    # Texts set from Python, not only those of the .ui file.
    assert window.count_label.text() == "Zonnehof: 2 homes"
    assert window.home_model.headerData(COL_ADDRESS, Qt.Orientation.Horizontal) == "Address"
    assert ui.buildingCombo.itemText(0) == "Zonnehof (2 homes)"

    # Without the translators a new window is Dutch again.
    remove_translators(qapp)
    assert menu_titles(open_window(qtbot, database)) == DUTCH_MENUS


def test_dutch_is_the_default(qtbot, qapp, database, leave_dutch):
    assert current_language() == "nl"
    status = install_translators(qapp)
    assert status.language == "nl" and status.app_file is None  # the source texts are Dutch
    controller = open_window(qtbot, database)
    assert menu_titles(controller) == DUTCH_MENUS
    assert controller.window.ui.actionLanguageNl.isChecked()
    assert not controller.window.ui.actionLanguageEn.isChecked()


def test_choosing_a_language_switches_the_window_now_and_is_remembered(qtbot, qapp, database, make_building,
                                                                       leave_dutch):
    """Beeld › Taal › English: the window is English at once (no restart), on the same block and tab, the
    database still open; back to Nederlands the same way; the next start installs the choice."""
    make_building("Zonnehof", [("A", 0, 1), ("A", 1, 2)])
    controller = open_window(qtbot, database)
    controller.show_tab("results")
    tab = controller.window.ui.workTabs.currentIndex()

    controller.window.ui.actionLanguageEn.trigger()
    english = controller.successor
    assert english is not None and current_language() == "en"
    qtbot.addWidget(english.window)
    assert menu_titles(english) == ENGLISH_MENUS
    assert english.window.ui.actionLanguageEn.isChecked() and not english.window.ui.actionLanguageNl.isChecked()
    assert english.window.count_label.text() == "Zonnehof: 2 homes"        # texts set from Python too
    assert english.window.ui.workTabs.currentIndex() == tab and english.window.isVisible()
    assert english.database is database and english.buildings()          # the database is still open
    assert not controller.window.isVisible()

    english.window.ui.actionLanguageEn.trigger()      # the same choice again: nothing changes
    assert english.successor is None

    english.window.ui.actionLanguageNl.trigger()
    dutch = english.successor
    qtbot.addWidget(dutch.window)
    assert current_language() == "nl" and menu_titles(dutch) == DUTCH_MENUS
    assert dutch.window.count_label.text() == "Zonnehof: 2 woningen"

    # The next start installs what was chosen.
    set_language("en")
    assert install_translators(qapp).language == "en"
    assert menu_titles(open_window(qtbot, database)) == ENGLISH_MENUS


def test_translated_in_falls_back_to_the_dutch_source():
    assert translated_in("en", "MainWindow", "&Bestand") == "&File"
    assert translated_in("nl", "MainWindow", "&Bestand") == "&Bestand"
    assert translated_in("en", "MainWindow", "geen bekende tekst") == "geen bekende tekst"


def test_the_compiled_qm_matches_the_ts():
    """flatapp_en.qm is compiled from flatapp_en.ts: run scripts/update_translations.sh after editing."""
    folder = app_translations_dir()
    translator = QTranslator()
    assert translator.load(str(folder / "flatapp_en.qm"))
    stale = []
    for context in ET.parse(folder / "flatapp_en.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source = message.findtext("source")
            if translator.translate(name, source) != (translation.text or ""):
                stale.append(f"[{name}] {source!r}")
    assert not stale, "flatapp_en.qm is older than flatapp_en.ts:\n" + "\n".join(stale[:20])


def test_qt_s_own_file_dialog_speaks_dutch(qtbot, qapp, leave_dutch):
    """Qt 6 added an '&' to two of its texts that qtbase_nl.qm does not know yet; FlatApp fills them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    install_translators(qapp, "nl")
    dialog = QFileDialog(None, "Kies een bestand")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels == ["&Zoeken in:", "Bestands&naam:", "Bestands&type:"]
    install_translators(qapp, "en")
    english = QFileDialog(None, "Choose a file")
    english.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(english)
    assert [label.text() for label in english.findChildren(QLabel)] == ["&Look in:", "File &name:", "Files of &type:"]
