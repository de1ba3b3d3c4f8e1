"""MainController: the database and block the main window shows, its homes, undo, language and help."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox

from flatapp import __version__
from flatapp.gui.home_detail import HomeEditor
from flatapp.gui.home_table_model import HOME_ID_ROLE
from flatapp.gui.i18n import current_language, install_translators, set_language
from flatapp.gui.lock import (
    MAX_AUTO_LOCK_MINUTES,
    ScreenLock,
    auto_lock_minutes,
    set_auto_lock_minutes,
)
from flatapp.gui.main_window.access_actions import AccessActions
from flatapp.gui.main_window.building_actions import BuildingActions
from flatapp.gui.main_window.change_watch import ChangeWatch
from flatapp.gui.main_window.database_actions import (
    ask_new_database,
    ask_open_database_path,
    is_demo_database,
    open_with_recovery,
    remember_database,
)
from flatapp.gui.main_window.groups_actions import GroupsActions
from flatapp.gui.main_window.pages import Page
from flatapp.gui.main_window.round_actions import RoundActions
from flatapp.gui.main_window.tent_actions import TentActions
from flatapp.gui.main_window.window import MainWindow, homes_text
from flatapp.gui.runner import ServiceRunner
from flatapp.services.buildings import BuildingRow, list_buildings
from flatapp.services.changes import block_fingerprint
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.storage.database import Database

translate = QCoreApplication.translate


LAST_BUILDING_KEY = "database/lastBuilding"

class MainController(RoundActions, TentActions, GroupsActions, BuildingActions, AccessActions, ChangeWatch, QObject):
    """Behaviour of the main window: which database and block are shown, and every user action.

    ``remember=False`` (the selftest) leaves the user's settings untouched. The menus' actions come from the
    mixins: ``RoundActions`` (round pages, Ronde menu), ``TentActions``, ``GroupsActions``, ``BuildingActions``,
    ``AccessActions`` (the Beheer menu, connecting to a server, what the user's role shows).
    """

    databaseChanged = Signal()

    def __init__(self, database: Database, *, remember: bool = True, window: MainWindow | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.window = window or MainWindow(remember_layout=remember)
        self.database = database
        self.remember = remember
        self.undo_stack = QUndoStack(self)
        self.editor = HomeEditor(database, self.undo_stack, self)
        self._building_id: int | None = None
        self._buildings: list[BuildingRow] = []
        self._homes: dict[int, HomeRow] = {}
        self._syncing = False
        # The round's pages (planner, door outcomes, form entry) are built the first time their
        # tab is opened: keeps start-up fast.
        self._pages: dict[str, Page] = {}
        self._tent_stale = True         # the Tent menu's actions not yet set for the block shown
        self.slide_show = None          # the tent's slide show while it runs
        self.successor: MainController | None = None    # the window built anew in another language
        self.screen_lock = ScreenLock(self.window, lambda: self.database.encrypted,
                                      lambda passphrase: self.database.check_passphrase(passphrase),
                                      auto_lock_minutes(), self)
        self._connect()
        self._setup_scan_actions()
        from flatapp.gui.privacy_controller import PrivacyController

        self.privacy = PrivacyController(self)   # the Privacy menu, consent under a home, the retention reminder
        self._setup_access()
        self._seen: tuple | None = None      # the block as last read (see ChangeWatch)
        self._pages_waiting: set[str] = set()   # round pages that still have to show another's change
        self._database_shown()
        self.reload(building_id=self._remembered_building())
        self._start_watching()

    def _connect(self) -> None:
        ui, window = self.window.ui, self.window
        ui.actionNewDatabase.triggered.connect(self.new_database)
        ui.newDatabaseButton.clicked.connect(self.new_database)
        ui.actionOpenDatabase.triggered.connect(self.open_database_dialog)
        ui.actionImportHomes.triggered.connect(self.import_homes)
        ui.actionNewBuilding.triggered.connect(self.new_building)
        ui.actionRenameBuilding.triggered.connect(self.rename_current_building)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionManual.triggered.connect(lambda: self.show_help(shortcuts_first=False))
        ui.actionShortcuts.triggered.connect(lambda: self.show_help(shortcuts_first=True))
        window.lock_action.triggered.connect(self.screen_lock.lock)
        window.auto_lock_action.triggered.connect(self.choose_auto_lock)
        ui.actionUndo.triggered.connect(self.undo_stack.undo)
        ui.actionRedo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(ui.actionUndo.setEnabled)
        self.undo_stack.canRedoChanged.connect(ui.actionRedo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._redo_text_changed)
        ui.buildingCombo.currentIndexChanged.connect(self._building_chosen)
        window.facade_map.homeSelected.connect(self.select_home)
        window.facade_map.homeActivated.connect(self._home_activated)
        ui.homeTable.selectionModel().currentRowChanged.connect(self._table_row_changed)
        ui.homeTable.activated.connect(lambda index: self._home_activated(index.data(HOME_ID_ROLE)))
        window.detail_panel.saveRequested.connect(self.save_home)
        self.editor.homeChanged.connect(self._home_changed)
        self.editor.failed.connect(self._undo_failed)
        window.closing.connect(self.shutdown)
        window.shown.connect(self._tent_actions_soon)
        ui.workTabs.currentChanged.connect(self._tab_changed)
        ui.actionShowRound.triggered.connect(self.show_round_planner)
        ui.actionEnterDoors.triggered.connect(lambda: self.show_tab("doors"))
        ui.actionEnterForms.triggered.connect(lambda: self.show_tab("forms"))
        ui.actionShowResults.triggered.connect(lambda: self.show_tab("results"))
        ui.actionDoubleEntry.triggered.connect(self.double_entry)
        ui.actionExportResponses.triggered.connect(self.export_responses)
        ui.actionOutcomeCodes.triggered.connect(self.edit_outcome_codes)
        ui.actionEditQuestionnaire.triggered.connect(self.edit_questionnaire)
        ui.actionPrintDoorLists.triggered.connect(lambda: self.print_round(0))
        ui.actionPrintForms.triggered.connect(lambda: self.print_round(1))
        ui.actionPrintLetters.triggered.connect(lambda: self.print_round(2))
        ui.actionReport.triggered.connect(lambda: self.report_back(0))
        ui.actionInvitations.triggered.connect(lambda: self.report_back(1))
        ui.actionUpdateHandout.triggered.connect(lambda: self.report_back(3))
        ui.actionReviewQuotes.triggered.connect(self.review_quotes)
        ui.actionDesignPoster.triggered.connect(self.design_poster)
        ui.actionPublish.triggered.connect(self.publish_figures)
        ui.actionStartSlideShow.triggered.connect(self.start_slide_show)
        ui.actionGroupsOverview.triggered.connect(self.show_groups)
        ui.actionPartners.triggered.connect(self.show_partners)
        ui.actionGroupsOnMap.toggled.connect(self.show_group_homes)
        ui.actionEnterSignUps.triggered.connect(self.enter_sign_ups)
        ui.actionFollowUp.triggered.connect(self.show_follow_up)
        ui.menuTent.aboutToShow.connect(self._update_tent_actions)
        self._check_language(current_language())
        window.language_group.triggered.connect(lambda action: self.choose_language(str(action.data())))

    # --- database -----------------------------------------------------------------------------
    @property
    def is_demo(self) -> bool:
        return is_demo_database(self.database)

    @property
    def runner(self) -> ServiceRunner:
        """The way to the services of the database shown (another one after ``switch_database``)."""
        return ServiceRunner(self.database)

    def switch_database(self, database: Database) -> None:
        """Show another database; the old one is closed and its undo steps dropped."""
        old = self.database
        self.database = database
        self.window.detail_panel.show_home(None)
        self.editor.set_database(database)
        self._drop_pages()
        if old is not database:
            old.dispose()
        if self.remember:
            remember_database(database)
        self._database_shown()
        self.reload(building_id=None)
        self.databaseChanged.emit()

    def _database_shown(self) -> None:
        file = self.database.file
        where = str(file) if file is not None else self.server_text()
        if self.is_demo:
            text = translate("MainWindow", "Voorbeelddatabase: {where}").format(where=where)
        else:
            text = translate("MainWindow", "Database: {where}").format(where=where)
        name = file.name if file is not None else where
        title = translate("MainWindow", "FlatApp – {name}").format(name=name)
        if self.database.read_only:
            title += " " + translate("MainWindow", "(alleen lezen)")
        self.window.set_database_info(text, self.is_demo, title, read_only=self.database.read_only)
        self.apply_role()

    def new_database(self) -> bool:
        chosen = ask_new_database(self.window)
        if chosen is None:
            return False
        path, passphrase = chosen
        database = open_with_recovery(self.window, path, translate("MainWindow", "Annuleren"), create=True,
                                      passphrase=passphrase)
        if database is None:
            return False
        self.switch_database(database)
        message = translate("MainWindow", "Nieuwe database gestart: {path}").format(path=path)
        self.window.statusBar().showMessage(message, 8000)
        return True

    def open_database_dialog(self) -> bool:
        path = ask_open_database_path(self.window)
        if path is None:
            return False
        return self.open_database_file(path)

    def open_database_file(self, path: str | Path) -> bool:
        if self.database.file is not None and Path(path).resolve() == self.database.file.resolve():
            return True
        database = open_with_recovery(self.window, path, translate("MainWindow", "Annuleren"))
        if database is None:
            return False
        self.switch_database(database)
        return True

    def choose_auto_lock(self) -> bool:
        """Bestand › Automatisch vergrendelen…: idle minutes before FlatApp locks (0: never)."""
        minutes, ok = QInputDialog.getInt(
            self.window, translate("MainWindow", "Automatisch vergrendelen"),
            translate("MainWindow", "Vergrendel FlatApp na zoveel minuten zonder gebruik (0 = nooit):"),
            auto_lock_minutes(), 0, MAX_AUTO_LOCK_MINUTES)
        if not ok:
            return False
        set_auto_lock_minutes(minutes)
        self.screen_lock.set_minutes(minutes)
        return True

    def shutdown(self) -> None:
        """Close the database (the window is closing)."""
        self._release()
        self.database.dispose()

    def _release(self) -> None:
        """What the window holds: the block shown (remembered), the screen lock, the round pages (they
        save their work first). The database stays open."""
        if self.remember and self._building_id is not None:
            building = self._building(self._building_id)
            if building is not None:
                QSettings().setValue(LAST_BUILDING_KEY, building.name)
        self.screen_lock.stop()
        self._stop_watching()
        self._drop_pages()

    # --- blocks and homes ---------------------------------------------------------------------
    def _remembered_building(self) -> int | None:
        name = QSettings().value(LAST_BUILDING_KEY)
        if not name:
            return None
        for building in self.runner.read(list_buildings):
            if building.name == name:
                return building.id
        return None

    def _building(self, building_id: int | None) -> BuildingRow | None:
        return next((b for b in self._buildings if b.id == building_id), None)

    def buildings(self) -> list[BuildingRow]:
        return list(self._buildings)

    def current_building(self) -> BuildingRow | None:
        return self._building(self._building_id)

    def reload(self, building_id: int | None = None, home_id: int | None = None, pages: bool = True) -> None:
        """Read the blocks and the shown block's homes again (one read session); with ``pages`` the round
        pages are read again too (the change watch asks them itself, gently)."""
        def read(session) -> list[HomeRow]:
            nonlocal wanted
            self._buildings = list_buildings(session)
            if self._building(wanted) is None:
                wanted = self._buildings[0].id if self._buildings else None
            if self._seen is not None:       # at start-up the first look is taken after the first paint
                self._seen = block_fingerprint(session, wanted)
            return list_home_rows(session, wanted) if wanted is not None else []

        wanted = building_id if building_id is not None else self._building_id
        homes = self.runner.read(read)
        self._building_id = wanted
        self._homes = {home.id: home for home in homes}
        window = self.window
        window.set_buildings(self._buildings, wanted)
        if not self._buildings:
            empty = translate("MainWindow", "Deze database heeft nog geen flats.\nKies Bestand › Woningen "
                              "importeren… om de adreslijst van de corporatie in te lezen.")
        else:
            empty = translate("MainWindow", "Deze flat heeft nog geen woningen.\nKies Bestand › Woningen "
                              "importeren… om de adreslijst in te lezen.")
        window.set_homes(homes, empty)
        building = self.current_building()
        window.set_count_text(
            translate("MainWindow", "{name}: {homes}").format(name=building.name, homes=homes_text(len(homes)))
            if building else ""
        )
        keep = home_id if home_id is not None else window.detail_panel.home().id \
            if window.detail_panel.home() is not None else None
        self._show_home(keep if keep in self._homes else None)
        self._building_shown(pages)

    def show_building(self, building_id: int) -> None:
        if building_id != self._building_id:
            self.window.detail_panel.show_home(None)
            self.reload(building_id=building_id)

    def _building_chosen(self, _index: int) -> None:
        building_id = self.window.current_building_id()
        if building_id is not None:
            self.show_building(building_id)

    def select_home(self, home_id: int) -> None:
        self._show_home(home_id)

    def _show_home(self, home_id: int | None) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.window.select_home(home_id)
            home = self._homes.get(home_id) if home_id is not None else None
            entrances = sorted({h.entrance for h in self._homes.values() if h.entrance},
                               key=lambda name: min(h.entrance_position for h in self._homes.values()
                                                    if h.entrance == name))
            panel = self.window.detail_panel
            if home != panel.home() or home is None:
                panel.show_home(home, entrances)
        finally:
            self._syncing = False

    def _table_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show_home(current.data(HOME_ID_ROLE))

    def _home_activated(self, home_id: int | None) -> None:
        if home_id is not None:
            self._show_home(home_id)
            self.window.detail_panel.focus_first_field()

    # --- saving and undo ----------------------------------------------------------------------
    def save_home(self, home_id: int, changes: dict) -> None:
        shown = self.window.detail_panel.home()
        error = self.editor.save(home_id, changes, self._building_id, shown.version if shown else None)
        if error is not None:
            self.window.detail_panel.show_error(error, changes)
            QTimer.singleShot(0, self.window.scroll_to_current_home)  # the error took room from the list

    def _home_changed(self, home_id: int, building_id: int) -> None:
        target = building_id if building_id >= 0 else self._building_id
        self.window.detail_panel.show_home(None)  # the fields are refilled from the database
        self.reload(building_id=target, home_id=home_id)

    def _undo_failed(self, message: str) -> None:
        QMessageBox.warning(self.window, translate("MainWindow", "Ongedaan maken lukt niet"), message)

    def _undo_text_changed(self, text: str) -> None:
        action = self.window.ui.actionUndo
        if text:
            action.setText(translate("MainWindow", "&Ongedaan maken: {what}").format(what=text))
        else:
            action.setText(translate("MainWindow", "&Ongedaan maken"))

    def _redo_text_changed(self, text: str) -> None:
        action = self.window.ui.actionRedo
        if text:
            action.setText(translate("MainWindow", "O&pnieuw: {what}").format(what=text))
        else:
            action.setText(translate("MainWindow", "O&pnieuw"))

    # --- language, help ------------------------------------------------------------------------
    def _check_language(self, language: str) -> None:
        action = self.window.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    def choose_language(self, language: str) -> None:
        """Switch the language now, without a restart, and remember it for the next start.

        Qt's and FlatApp's translators change, and the window is built again in the new language around
        the same database, on the same block, tab and place on the screen (the round pages save what was
        being typed first). ``successor`` is the new window's controller."""
        self._check_language(language)
        if language == current_language():
            return
        set_language(language)
        install_translators(QCoreApplication.instance(), language)
        self.successor = self._rebuilt()

    def _rebuilt(self) -> MainController:
        old = self.window
        tab = old.ui.workTabs.currentIndex()
        self._release()
        old.closing.disconnect(self.shutdown)        # handed over: the database stays open
        new = MainController(self.database, remember=self.remember, parent=QCoreApplication.instance())
        new.window.setGeometry(old.geometry())
        if self._building_id is not None:
            new.reload(building_id=self._building_id)
        new.window.setWindowState(old.windowState())
        new.window.show()
        new.window.ui.workTabs.setCurrentIndex(tab)
        old.close()
        old.deleteLater()
        return new

    def show_help(self, shortcuts_first: bool = False) -> None:
        from flatapp.gui.help_dialog import HelpDialog

        dialog = HelpDialog(self.window.menuBar(), self.window, shortcuts_first=shortcuts_first)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_about(self) -> None:
        QMessageBox.about(
            self.window, translate("MainWindow", "Over FlatApp"),
            translate("MainWindow", "<h3>FlatApp {version}</h3>"
                "<p>Voor opbouwwerkers die met vrijwilligers aanbellen in een flat: van adreslijst "
                "en deurlijsten tot de uitkomsten voor de bewoners.</p>"
                "<p>Alles blijft op deze computer. Openbare overzichten tonen alleen totalen.</p>").format(
                version=__version__),
        )
