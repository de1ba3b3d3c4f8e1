"""The main window: blocks, switching between them, the demo banner, new and refused databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from flatapp.gui import main_window as main_window_module
from flatapp.gui.main_window import LAST_DATABASE_KEY, MainController, RefusalChoice
from flatapp.paths import app_paths
from flatapp.storage.database import open_database


@pytest.fixture
def no_message_boxes(monkeypatch):
    """Record instead of showing: a modal box would block the test."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def start(qtbot, database, remember=False) -> MainController:
    controller = MainController(database, remember=remember)
    window = controller.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # window shortcuts (Ctrl+N, Ctrl+I, Ctrl+F) need it
    return controller


def combo_texts(controller) -> list[str]:
    combo = controller.window.ui.buildingCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_starts_on_the_first_block_and_lists_every_block(qtbot, database, make_building):
    make_building("Zonnehof", [("A", 0, 1), ("A", 0, 2), ("A", 1, 3)])
    make_building("Kastanjeflat", [("1", 0, 10)])
    controller = start(qtbot, database)
    assert combo_texts(controller) == ["Kastanjeflat (1 woning)", "Zonnehof (3 woningen)"]
    window = controller.window
    assert controller.current_building().name == "Kastanjeflat"
    assert len(window.facade_map.home_ids()) == 1 and window.home_model.rowCount() == 1
    assert window.count_label.text() == "Kastanjeflat: 1 woning"
    assert str(database.file) in window.database_label.text()
    assert not window.ui.demoBanner.isVisible()
    assert window.windowTitle() == "FlatApp – test.sqlite"


def test_switching_blocks_with_the_keyboard(qtbot, database, make_building):
    make_building("Blok A", [("A", 0, 1), ("A", 0, 2)])
    other = make_building("Blok B", [("B", floor, 100 + floor) for floor in range(5)])
    controller = start(qtbot, database)
    window = controller.window
    pick = window.facade_map.home_ids()[0]
    controller.select_home(pick)
    combo = window.ui.buildingCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert controller.current_building().id == other
    assert len(window.facade_map.home_ids()) == 5 and window.home_model.rowCount() == 5
    assert window.count_label.text() == "Blok B: 5 woningen"
    assert window.detail_panel.home() is None  # the home of the other block is not shown any more
    # The list follows the map and the other way round.
    target = window.facade_map.home_ids()[2]
    qtbot.mouseClick(window.facade_map.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.facade_map.cell_rect(target).center())
    assert window.ui.homeTable.currentIndex().data(main_window_module.HOME_ID_ROLE) == target
    assert window.detail_panel.home().id == target
    table = window.ui.homeTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    first_in_list = table.currentIndex().data(main_window_module.HOME_ID_ROLE)
    assert window.facade_map.selected_home() == first_in_list == window.detail_panel.home().id


def test_search_field_filters_the_list(qtbot, database, make_building):
    from flatapp.services.homes import list_home_rows

    make_building("Blok", [("A", 0, 1), ("A", 0, 2), ("A", 1, 12)], postcode="8601 XA")
    controller = start(qtbot, database)
    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()
    qtbot.keyClicks(window.ui.searchEdit, "12")
    assert window.home_proxy.rowCount() == 1
    assert window.ui.listCountLabel.text() == "1 van 3"
    hit = window.home_proxy.home_id(0)
    assert window.facade_map.highlighted() == {hit}          # the hit is ringed on the map, the rest faded
    before = window.facade_map.grab().toImage()
    qtbot.keyClicks(window.ui.searchEdit, "9")
    assert window.home_proxy.rowCount() == 0
    assert window.ui.listCountLabel.text().startswith("Geen woning gevonden voor '129'. Zoek op adres")
    assert window.facade_map.highlighted() == frozenset()
    assert window.facade_map.grab().toImage() != before       # and the rings are gone
    street = controller.runner.read(list_home_rows, window.current_building_id())[0].address.split()[0]
    window.ui.searchEdit.setText(street)                     # every home: all ringed
    assert len(window.facade_map.highlighted()) == 3
    window.ui.searchEdit.clear()
    assert window.facade_map.highlighted() == frozenset()


def test_demo_database_shows_the_banner(qtbot, flatapp_home):
    from flatapp.gui.app import ensure_demo_database

    path = ensure_demo_database()
    assert path == app_paths().demo_database
    database = open_database(path)
    controller = start(qtbot, database)
    window = controller.window
    assert controller.is_demo
    assert window.ui.demoBanner.isVisible()
    assert window.ui.demoBannerLabel.text() == "Dit is een voorbeelddatabase met de fictieve Voorbeeldflat."
    assert window.ui.newDatabaseButton.text() == "Nieuwe database starten"
    assert controller.current_building().name == "Voorbeeldflat"
    assert len(window.facade_map.home_ids()) == 198
    assert window.database_label.text().startswith("Voorbeelddatabase:")


def test_new_database_from_the_banner(qtbot, flatapp_home, tmp_path, monkeypatch):
    from flatapp.gui.app import ensure_demo_database

    demo = open_database(ensure_demo_database())
    controller = start(qtbot, demo, remember=True)
    target = tmp_path / "eigen" / "buurt"
    target.parent.mkdir()
    asked = []

    def fake_save(parent, caption, directory, filter_, *args, **kwargs):
        asked.append((caption, directory, filter_))
        return str(target), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr("flatapp.gui.main_window.database_actions.ask_new_database_encryption", lambda parent, path: (True, None))
    qtbot.mouseClick(controller.window.ui.newDatabaseButton, Qt.MouseButton.LeftButton)
    created = target.with_suffix(".sqlite")
    assert asked and asked[0][0] == "Nieuwe database"
    assert controller.database.file == created.resolve() and created.exists()
    window = controller.window
    assert not window.ui.demoBanner.isVisible()
    assert controller.buildings() == [] and window.facade_map.home_ids() == []
    assert not window.ui.buildingCombo.isEnabled()
    assert QSettings().value(LAST_DATABASE_KEY) == str(created.resolve())
    assert app_paths().demo_database.exists()  # the demo stays as it was
    assert controller.database.status().up_to_date


def test_new_database_never_overwrites_an_existing_file(qtbot, database, make_building, tmp_path,
                                                        monkeypatch, no_message_boxes):
    make_building("Blok", [("A", 0, 1)])
    controller = start(qtbot, database)
    existing = tmp_path / "bestaat.sqlite"
    existing.write_text("belangrijk")
    answers = iter([str(existing), ""])  # first the existing file, then the user cancels
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(answers), ""))
    qtbot.keyClick(controller.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert no_message_boxes and "bestaat al" in no_message_boxes[0][1]
    assert existing.read_text() == "belangrijk"
    assert controller.database is database  # still on the same database


def test_a_refused_database_is_explained_and_left_untouched(qtbot, database, make_building, tmp_path,
                                                          monkeypatch):
    make_building("Blok", [("A", 0, 1)])
    controller = start(qtbot, database)
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(b"dit is geen database" * 10)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    explained = []

    def refuse(parent, error, cancel_text):
        explained.append((str(error), cancel_text))
        return RefusalChoice.CANCEL

    monkeypatch.setattr("flatapp.gui.main_window.database_actions.ask_after_refusal", refuse)
    controller.window.ui.actionOpenDatabase.trigger()
    assert explained and "geen FlatApp-database" in explained[0][0]
    assert explained[0][1] == "Annuleren"
    assert broken.read_bytes() == b"dit is geen database" * 10
    assert controller.database is database and controller.current_building().name == "Blok"


def test_after_a_refusal_the_user_can_pick_another_file(qtbot, database, make_building, tmp_path, monkeypatch):
    make_building("Blok", [("A", 0, 1)])
    controller = start(qtbot, database)
    broken = tmp_path / "kapot.sqlite"
    broken.write_text("geen sqlite")
    good = tmp_path / "goed.sqlite"
    open_database(good, create=True).dispose()
    picks = iter([str(broken), str(good)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(picks), ""))
    monkeypatch.setattr("flatapp.gui.main_window.database_actions.ask_after_refusal", lambda *a: RefusalChoice.OTHER_FILE)
    assert controller.open_database_dialog()
    assert controller.database.file == good.resolve()
    assert controller.undo_stack.count() == 0


def test_new_and_renamed_block(qtbot, database, make_building, monkeypatch, no_message_boxes):
    make_building("Blok", [("A", 0, 1)])
    controller = start(qtbot, database)
    answers = iter([("Blok", True), ("Zonnehof", True), ("Zonnehof Zuid", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    controller.window.ui.actionNewBuilding.trigger()
    assert no_message_boxes and "Er is al een flat met de naam 'Blok'" in no_message_boxes[0][1]
    assert controller.current_building().name == "Zonnehof"
    assert "Deze flat heeft nog geen woningen" in controller.window.facade_map._empty_text
    controller.window.ui.actionRenameBuilding.trigger()
    assert [b.name for b in controller.buildings()] == ["Blok", "Zonnehof Zuid"]
    assert controller.current_building().name == "Zonnehof Zuid"


def test_import_switches_to_the_imported_block(qtbot, database, make_building, monkeypatch):
    import flatapp.gui.import_dialog as import_dialog

    make_building("Blok", [("A", 0, 1)])
    controller = start(qtbot, database)
    seen = {}

    class FakeImportDialog:
        def __init__(self, db, building_name, parent):
            seen.update(database=db, building=building_name, parent=parent)
            self.imported_building_name = None

        def exec(self):
            make_building("Nieuwbouw", [("A", 0, 5), ("A", 1, 6)])
            self.imported_building_name = "Nieuwbouw"
            return QDialog.DialogCode.Accepted

        def deleteLater(self):
            pass

    monkeypatch.setattr(import_dialog, "ImportHomesDialog", FakeImportDialog)
    qtbot.keyClick(controller.window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"database": database, "building": "Blok", "parent": controller.window}
    assert controller.current_building().name == "Nieuwbouw"
    assert "Nieuwbouw (2 woningen)" in combo_texts(controller)
    assert len(controller.window.facade_map.home_ids()) == 2


def test_window_layout_and_block_are_remembered(qtbot, database, make_building):
    make_building("Blok A", [("A", 0, 1)])
    make_building("Blok B", [("B", 0, 2)])
    controller = start(qtbot, database, remember=True)
    controller.window.resize(790, 560)  # the offscreen screen is 800 × 600
    controller.window.ui.buildingCombo.setCurrentIndex(1)
    controller.window.close()
    settings = QSettings()
    assert settings.value("mainwindow/geometry") is not None
    assert settings.value("database/lastBuilding") == "Blok B"
    again = open_database(Path(database.file))
    second = MainController(again, remember=True)
    qtbot.addWidget(second.window)
    second.window.show()
    assert QTest.qWaitForWindowExposed(second.window)
    assert (second.window.width(), second.window.height()) == (790, 560)
    assert second.current_building().name == "Blok B"
    second.window.close()


def test_menus_are_in_dutch(qtbot, database):
    controller = start(qtbot, database)
    ui = controller.window.ui
    menus = [action.text() for action in ui.menubar.actions()]
    assert menus == ["&Bestand", "Be&werken", "Beel&d", "&Flat", "&Ronde", "&Tent", "Wer&kgroepen", "&Privacy", "B&eheer",
                     "&Help"]
    round_items = [a.text() for a in ui.menuRound.actions() if not a.isSeparator()]
    assert round_items == ["Ronde &voorbereiden", "&Deuren invullen", "Vragenlijsten &invoeren",
                           "Du&bbele invoer…", "S&cans inlezen…", "Scans &nakijken…", "&Resultaten", "Antwoorden &exporteren…", "Vragenlijst be&werken…", "&Uitkomstcodes…",
                           "Deur&lijsten afdrukken…", "&Papieren vragenlijsten afdrukken…",
                           "&Aankondigingsbrieven afdrukken…", "Rapp&ort voor gebiedsteam en corporatie…",
                           "Uitnodi&gingen afdrukken…", "'Wat i&s er gebeurd?' afdrukken…"]
    file_items = [a.text() for a in ui.menuFile.actions() if not a.isSeparator()]
    assert file_items == ["&Nieuwe database…", "Database &openen…", "Verbinden met &server…",
                          "&Woningen importeren…", "&Vergrendelen",
                          "Au&tomatisch vergrendelen…", "&Afsluiten"]
    view_items = [a.text() for a in ui.menuView.actions() if not a.isSeparator()]
    assert view_items == ["&Passend maken", "&Inzoomen", "&Uitzoomen", "&Taal / Language"]
    # Each language is named in its own language; the choice takes effect at the next start.
    assert [a.text() for a in ui.menuLanguage.actions()] == ["Nederlands", "English"]
    assert not ui.actionUndo.isEnabled() and not ui.actionRedo.isEnabled()


def test_round_tab_follows_the_block_and_is_built_on_first_use(qtbot, database, make_building):
    first = make_building("Eerste flat")
    second = make_building("Tweede flat", postcode="8601 XB")
    controller = start(qtbot, database)
    ui = controller.window.ui
    assert controller._pages == {}  # nothing built before it is needed
    controller.show_building(first)
    qtbot.keyClick(controller.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert ui.workTabs.currentWidget() is ui.roundTab
    planner = controller.round_planner()
    assert planner is not None and planner.planner.building_id == first
    controller.show_building(second)
    assert planner.planner.building_id == second


def test_round_tab_is_disabled_without_a_block(qtbot, database):
    controller = start(qtbot, database)
    ui = controller.window.ui
    assert not ui.workTabs.isTabEnabled(ui.workTabs.indexOf(ui.roundTab))
    assert not ui.actionPrintDoorLists.isEnabled()
    assert controller.round_planner() is None


def test_entry_tabs_open_on_the_round_being_prepared(qtbot, database, make_building):
    from datetime import date, time

    from flatapp.gui.door_outcomes import DoorOutcomeWidget
    from flatapp.gui.entry_page import InterviewEntryPage
    from flatapp.services import rounds

    building_id = make_building("Invoerflat")
    with database.session() as session, session.begin():
        older = rounds.create_round(session, building_id, "Voorjaar")
        newer = rounds.create_round(session, building_id, "Najaar")
        rounds.add_evening(session, newer.id, date(2026, 11, 26), time(18, 30), time(20, 30))
    controller = start(qtbot, database)
    ui = controller.window.ui
    planner = controller.round_planner()
    planner.ui.roundCombo.setCurrentIndex(planner.ui.roundCombo.findData(older.id))

    qtbot.keyClick(controller.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert ui.workTabs.currentWidget() is ui.formsTab
    forms = controller.page("forms")
    assert isinstance(forms, InterviewEntryPage) and forms.round_id() == older.id
    assert forms.form is not None and forms.form.round_id == older.id

    qtbot.keyClick(controller.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ui.workTabs.currentWidget() is ui.doorsTab
    assert isinstance(controller.page("doors"), DoorOutcomeWidget)
    assert controller.page("doors").current_round_id() == older.id


def test_entry_page_without_a_round_says_what_to_do(qtbot, database, make_building):
    make_building("Nog geen ronde")
    controller = start(qtbot, database)
    controller.show_tab("forms")
    page = controller.page("forms")
    assert page.form is None
    assert "nog geen ronde" in page.empty_label.text()
    assert not page.double_entry_button.isEnabled()


def test_questionnaire_can_be_edited_before_any_block_exists(qtbot, database):
    controller = start(qtbot, database)
    assert controller.window.ui.actionEditQuestionnaire.isEnabled()
    assert not controller.window.ui.actionShowRound.isEnabled()


def test_results_tab_shows_the_demo_round(qtbot, tmp_path):
    from flatapp.demo import create_demo_database
    from flatapp.gui.results_page import ResultsPage
    from flatapp.storage.database import open_database

    create_demo_database(tmp_path / "demo.sqlite")
    database = open_database(tmp_path / "demo.sqlite")
    controller = start(qtbot, database)
    qtbot.keyClick(controller.window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    ui = controller.window.ui
    assert ui.workTabs.currentWidget() is ui.resultsTab
    page = controller.page("results")
    assert isinstance(page, ResultsPage)
    assert any("96 van de 194" in text for text in page.big_number_texts())     # of the occupied homes
