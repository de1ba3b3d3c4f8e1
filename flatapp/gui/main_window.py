"""The main window (view) and the controller that gives it its behaviour.

``MainWindow`` holds widgets only: the facade map, the home list, the detail panel, the demo
banner and the status bar. ``MainController`` reads and writes through the services, one
session per piece of work, and hands the window plain rows.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from flatapp import __version__
from flatapp.gui.facade_map import FacadeMap
from flatapp.gui.generated.ui_main_window import Ui_MainWindow
from flatapp.gui.home_detail import HomeDetailPanel, HomeEditor
from flatapp.gui.home_table_model import COL_CODE, HOME_ID_ROLE, HomeFilterProxy, HomeTableModel
from flatapp.gui.i18n import current_language, set_language, translated_in
from flatapp.gui.lock import (
    MAX_AUTO_LOCK_MINUTES,
    ScreenLock,
    ask_new_database_encryption,
    ask_passphrase,
    auto_lock_minutes,
    set_auto_lock_minutes,
    wrong_passphrase_text,
)
from flatapp.paths import app_paths
from flatapp.services.buildings import BuildingRow, create_building, list_buildings, rename_building
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.storage.database import (
    PASSPHRASE_ENV,
    Database,
    DatabaseRefused,
    PassphraseRequired,
    WrongPassphrase,
    is_encrypted_database,
    open_database,
)
from flatapp.storage.faults import describe_fault

# A plain name, so that pyside6-lupdate finds the texts: translate("Context", "Dutch text").
translate = QCoreApplication.translate

LAST_DATABASE_KEY = "database/last"
# The round's tabs: name → (tab in the .ui, module, page class taking (database, building_id, parent)).
PAGES = {
    "round": ("roundTab", "flatapp.gui.round_planner", "RoundPlannerWidget"),
    "doors": ("doorsTab", "flatapp.gui.door_outcomes", "DoorOutcomeWidget"),
    "forms": ("formsTab", "flatapp.gui.entry_page", "InterviewEntryPage"),
    "results": ("resultsTab", "flatapp.gui.results_page", "ResultsPage"),
}
LAST_BUILDING_KEY = "database/lastBuilding"
# Confirming a language choice, shown in the language chosen (see MainController.choose_language).
LANGUAGE_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Taal")
LANGUAGE_NOTICE = QT_TRANSLATE_NOOP("MainWindow", "FlatApp gebruikt de gekozen taal vanaf de volgende start. "
                                                  "Sluit FlatApp af en start het opnieuw.")


def database_filter() -> str:
    return translate("MainWindow", "FlatApp-database (*.sqlite *.db);;Alle bestanden (*)")


def homes_text(count: int) -> str:
    if count == 1:
        return translate("MainWindow", "1 woning")
    return translate("MainWindow", "{count} woningen").format(count=count)


# --- opening databases (also used by the composition root at start) ---------------------------
def open_database_checked(target: str | Path, create: bool = False, passphrase: str | None = None,
                          parent: QWidget | None = None, ask: bool = True) -> Database:
    """open_database with backups in the app's folder; every failure becomes DatabaseRefused.
    ``create`` only for a new database chosen on purpose (opening never makes one); ``passphrase``
    then encrypts it. An encrypted database is opened with FLATAPP_PASSPHRASE when set, else (``ask``)
    with the passphrase typed in a dialog, asked again after a wrong one until the user cancels."""
    error_text = None
    if passphrase is None and not create and is_encrypted_database(target):
        passphrase = os.environ.get(PASSPHRASE_ENV) or None
        if passphrase is None and ask:
            passphrase = _ask_or_refuse(parent, target, None)
    while True:
        try:
            return open_database(target, backup_dir=app_paths().backups, create=create, passphrase=passphrase)
        except (PassphraseRequired, WrongPassphrase) as error:
            if not ask:
                raise
            error_text = wrong_passphrase_text() if isinstance(error, WrongPassphrase) else None
            passphrase = _ask_or_refuse(parent, target, error_text)
        except DatabaseRefused:
            raise
        except (OSError, SQLAlchemyError) as error:
            raise DatabaseRefused(
                translate("MainWindow", "De database '{target}' kon niet worden geopend: {reason}").format(
                    target=target, reason=describe_fault(error) or error)
            ) from error


def _ask_or_refuse(parent: QWidget | None, target: str | Path, error_text: str | None) -> str:
    passphrase = ask_passphrase(parent, target, error_text)
    if passphrase is None:
        raise DatabaseRefused(translate(
            "MainWindow", "De database '{target}' is versleuteld en er is geen wachtwoord gegeven. Er is niets "
            "geopend of gewijzigd.").format(target=target))
    return passphrase


def is_demo_database(database: Database) -> bool:
    file = database.file
    return file is not None and file.resolve() == app_paths().demo_database.resolve()


def ask_open_database_path(parent: QWidget | None) -> Path | None:
    folder = str(app_paths().data)
    title = translate("MainWindow", "Database openen")
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, database_filter())
    return Path(path) if path else None


def ask_new_database_path(parent: QWidget | None) -> Path | None:
    """Where a new database goes; an existing file is refused (never overwritten)."""
    folder = app_paths().data
    while True:
        suggestion = str(folder / translate("MainWindow", "mijn-flats.sqlite"))
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("MainWindow", "Nieuwe database"), suggestion, database_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        chosen = Path(path)
        if not chosen.suffix:
            chosen = chosen.with_suffix(".sqlite")
        if not (chosen.exists() and chosen.stat().st_size > 0):
            return chosen
        QMessageBox.warning(
            parent, translate("MainWindow", "Bestand bestaat al"),
            translate("MainWindow", "Het bestand '{path}' bestaat al. FlatApp overschrijft geen bestaande "
                      "bestanden; kies een andere naam, of open het bestand met Bestand › Database "
                      "openen…").format(path=chosen),
        )
        folder = chosen.parent


def ask_new_database(parent: QWidget | None) -> tuple[Path, str | None] | None:
    """Where the new database goes and, when it is to be encrypted, its passphrase; None: cancelled."""
    path = ask_new_database_path(parent)
    if path is None:
        return None
    chosen, passphrase = ask_new_database_encryption(parent, path)
    return (path, passphrase) if chosen else None


class RefusalChoice:
    OTHER_FILE = "other"
    NEW_DATABASE = "new"
    CANCEL = "cancel"


def ask_after_refusal(parent: QWidget | None, error: DatabaseRefused, cancel_text: str) -> str:
    """Explain why a database was refused and ask what to do instead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Database niet geopend"))
    box.setText(translate("MainWindow", "FlatApp kan deze database niet openen."))
    box.setInformativeText(str(error))
    other = box.addButton(translate("MainWindow", "Ander bestand kiezen…"),
                          QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(translate("MainWindow", "Nieuwe database starten…"),
                        QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return RefusalChoice.OTHER_FILE
    if clicked is new:
        return RefusalChoice.NEW_DATABASE
    return RefusalChoice.CANCEL


def open_with_recovery(parent: QWidget | None, target: str | Path | None, cancel_text: str,
                       error: DatabaseRefused | None = None, create: bool = False,
                       passphrase: str | None = None) -> Database | None:
    """Open ``target`` (``create``: a new database the user just chose, encrypted with ``passphrase``
    when given); when refused (or ``error`` is given), let the user pick another file or start a new
    one. Returns None when the user gives up. A refused file is never written to.
    """
    while True:
        if error is None and target is not None:
            try:
                return open_database_checked(target, create=create, passphrase=passphrase, parent=parent)
            except DatabaseRefused as refused:
                error = refused
        choice = ask_after_refusal(parent, error, cancel_text)
        if choice == RefusalChoice.CANCEL:
            return None
        create = choice == RefusalChoice.NEW_DATABASE
        if create:
            new = ask_new_database(parent)
            path, passphrase = new if new is not None else (None, None)
        else:
            path, passphrase = ask_open_database_path(parent), None
        if path is not None:
            target, error = path, None


def remember_database(database: Database) -> None:
    QSettings().setValue(LAST_DATABASE_KEY, str(database.file) if database.file else database.url)


# --- the view -----------------------------------------------------------------------------------
class MainWindow(QMainWindow):
    """Widgets only; ``MainController`` fills them and reacts to them."""

    closing = Signal()
    shown = Signal()

    def __init__(self, parent: QWidget | None = None, remember_layout: bool = True):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._remember_layout = remember_layout
        self._layout_restored = False
        ui = self.ui

        self.facade_map = FacadeMap(self)
        ui.mapLayout.addWidget(self.facade_map)
        self.detail_panel = HomeDetailPanel(self)
        ui.detailLayout.addWidget(self.detail_panel)

        self.home_model = HomeTableModel(self)
        self.home_proxy = HomeFilterProxy(self)
        self.home_proxy.setSourceModel(self.home_model)
        table = ui.homeTable
        table.setModel(self.home_proxy)
        table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        # Sized once per new set of rows from a sample (ResizeToContents would ask every cell
        # again on every layout: tens of thousands of data() calls for one block).
        # The address keeps its full width; when room is short the last column (VHE) gives way.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(60)
        header.setMinimumSectionSize(40)

        ui.demoBanner.setStyleSheet(
            "QFrame#demoBanner { background: #fff4d1; border-bottom: 1px solid #e2c46b; }"
            "QLabel#demoBannerLabel { color: #4a3b00; }"
        )
        ui.demoBanner.hide()
        ui.listCountLabel.setStyleSheet("color: #444f5c;")

        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        ui.statusbar.addWidget(self.database_label, 1)
        ui.statusbar.addPermanentWidget(self.count_label)

        # Platform shortcuts beside the ones in the .ui file.
        ui.actionNewDatabase.setShortcuts(QKeySequence.StandardKey.New)
        ui.actionOpenDatabase.setShortcuts(QKeySequence.StandardKey.Open)
        ui.actionUndo.setShortcuts(QKeySequence.StandardKey.Undo)
        ui.actionRedo.setShortcuts(QKeySequence.StandardKey.Redo)
        ui.actionFind.setShortcuts(QKeySequence.StandardKey.Find)
        ui.actionZoomIn.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        ui.actionZoomOut.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        ui.actionUndo.setEnabled(False)
        ui.actionRedo.setEnabled(False)

        ui.zoomInButton.clicked.connect(ui.actionZoomIn.trigger)
        ui.zoomOutButton.clicked.connect(ui.actionZoomOut.trigger)
        ui.zoomFitButton.clicked.connect(ui.actionZoomFit.trigger)
        ui.actionZoomFit.triggered.connect(self.facade_map.zoom_to_fit)
        ui.actionZoomIn.triggered.connect(self.facade_map.zoom_in)
        ui.actionZoomOut.triggered.connect(self.facade_map.zoom_out)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionQuit.triggered.connect(self.close)
        ui.searchEdit.textChanged.connect(self.home_proxy.set_search_text)
        ui.searchEdit.textChanged.connect(self._update_list_count)
        self.home_model.modelReset.connect(self._update_list_count)
        self.home_model.modelReset.connect(self._fit_columns)
        ui.buildingCombo.setPlaceholderText(translate("MainWindow", "nog geen flat"))
        # Beeld › Taal / Language: one choice, named in its own language (not translated).
        self.language_actions = {"nl": ui.actionLanguageNl, "en": ui.actionLanguageEn}
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for language, action in self.language_actions.items():
            action.setData(language)
            self.language_group.addAction(action)
        # Bestand › Vergrendelen and the auto-lock's idle time (made here: the .ui file stays as it is).
        self.lock_action = QAction(translate("MainWindow", "&Vergrendelen"), self)
        self.lock_action.setObjectName("actionLock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.auto_lock_action = QAction(translate("MainWindow", "Au&tomatisch vergrendelen…"), self)
        self.auto_lock_action.setObjectName("actionAutoLock")
        ui.menuFile.insertActions(ui.actionQuit, [self.lock_action, self.auto_lock_action])
        ui.menuFile.insertSeparator(ui.actionQuit)
        self.facade_map.setFocus(Qt.FocusReason.OtherFocusReason)  # arrow keys work straight away
        self._default_size()

    # --- filled by the controller -------------------------------------------------------------
    def set_buildings(self, buildings: Sequence[BuildingRow], current_id: int | None) -> None:
        combo = self.ui.buildingCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            for building in buildings:
                combo.addItem(f"{building.name} ({homes_text(building.home_count)})", building.id)
            index = combo.findData(current_id) if current_id is not None else -1
            combo.setCurrentIndex(index if index >= 0 else (0 if buildings else -1))
        finally:
            combo.blockSignals(False)
        has_building = bool(buildings)
        combo.setEnabled(has_building)
        self.ui.actionRenameBuilding.setEnabled(has_building)

    def current_building_id(self) -> int | None:
        data = self.ui.buildingCombo.currentData()
        return int(data) if data is not None else None

    def set_homes(self, homes: Sequence[HomeRow], empty_text: str) -> None:
        self.facade_map.set_empty_text(empty_text)
        self.facade_map.set_homes(homes)
        self.home_model.set_rows(homes)

    def select_home(self, home_id: int | None) -> None:
        """Follow a selection in the map and the list (without emitting the map's signal)."""
        self.facade_map.select_home(home_id)
        table = self.ui.homeTable
        row = self.home_proxy.proxy_row_of(home_id) if home_id is not None else None
        if row is None:
            table.selectionModel().clearSelection()
            return
        index = self.home_proxy.index(row, 0)
        if table.currentIndex().row() != row or not table.selectionModel().isRowSelected(row):
            table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        table.scrollTo(index)

    def scroll_to_current_home(self) -> None:
        table = self.ui.homeTable
        if table.currentIndex().isValid():
            table.scrollTo(table.currentIndex())

    def set_database_info(self, database_text: str, is_demo: bool, title: str, read_only: bool = False) -> None:
        self.database_label.setText(database_text)
        self.database_label.setToolTip(database_text)
        self.ui.demoBanner.setVisible(is_demo)
        self._read_only_banner().setVisible(read_only)
        self.setWindowTitle(title)

    def _read_only_banner(self) -> QLabel:
        """A red line above the work: this database can be read, not changed (made on first need)."""
        banner = getattr(self, "read_only_banner", None)
        if banner is None:
            banner = QLabel(translate("MainWindow", "Alleen lezen: dit databasebestand (of de map) mag niet worden "
                                      "gewijzigd. U kunt alles bekijken en afdrukken, maar wijzigingen worden "
                                      "niet opgeslagen. Kopieer het bestand naar een map waar u mag schrijven "
                                      "om erin te werken."), self)
            banner.setObjectName("readOnlyBanner")
            banner.setWordWrap(True)
            banner.setStyleSheet("background: #b3261e; color: white; font-weight: bold; padding: 6px 10px;")
            layout = self.ui.demoBanner.parentWidget().layout()
            layout.insertWidget(layout.indexOf(self.ui.demoBanner), banner)
            self.read_only_banner = banner
        return banner

    def set_count_text(self, text: str) -> None:
        self.count_label.setText(text)

    def _update_list_count(self, *_args) -> None:
        shown, total = self.home_proxy.rowCount(), self.home_model.rowCount()
        label = self.ui.listCountLabel
        if shown == 0 and total:
            text = translate("MainWindow", "Geen woning gevonden voor '{text}'. Zoek op adres, huisnummer, "
                                           "woningcode of VHE-nummer.").format(text=self.ui.searchEdit.text().strip())
        else:
            text = translate("MainWindow", "{shown} van {total}").format(shown=shown, total=total)
        label.setWordWrap(True)
        label.setText("" if shown == total else text)

    def _fit_columns(self) -> None:
        table = self.ui.homeTable
        for column in range(self.home_model.columnCount() - 1):
            table.resizeColumnToContents(column)

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # --- layout kept between sessions ---------------------------------------------------------
    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 760
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)
        # On a laptop screen the first start fills the screen (unless code sized the window).
        self._default = self.size() if screen is not None and screen.width() < 1500 else None

    def restore_layout(self) -> None:
        """Geometry and splitters as the user left them (on first show); else sensible splits."""
        if self._layout_restored:
            return
        self._layout_restored = True
        settings = QSettings()
        geometry = settings.value("mainwindow/geometry") if self._remember_layout else None
        if geometry is not None and self.restoreGeometry(geometry):
            self.restoreState(settings.value("mainwindow/state") or b"")
            for splitter, key in ((self.ui.mainSplitter, "main"), (self.ui.sideSplitter, "side")):
                state = settings.value(f"mainwindow/{key}Splitter")
                if state is not None:
                    splitter.restoreState(state)
            return
        if self._default is not None and self.size() == self._default:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self.apply_default_splits()

    def apply_default_splits(self) -> None:
        width, height = self.width(), self.height()
        side = max(480, min(600, round(width * 0.41)))
        self.ui.mainSplitter.setSizes([width - side, side])
        detail = self.detail_panel.sizeHint().height() + 40
        # The splitter's own height once laid out (the window's height counts menus and tabs too).
        room = sum(self.ui.sideSplitter.sizes()) or height
        self.ui.sideSplitter.setSizes([max(room - detail, 200), detail])

    def save_layout(self) -> None:
        if not self._remember_layout:
            return
        settings = QSettings()
        settings.setValue("mainwindow/geometry", self.saveGeometry())
        settings.setValue("mainwindow/state", self.saveState())
        settings.setValue("mainwindow/mainSplitter", self.ui.mainSplitter.saveState())
        settings.setValue("mainwindow/sideSplitter", self.ui.sideSplitter.saveState())

    def showEvent(self, event) -> None:  # noqa: N802
        self.restore_layout()
        super().showEvent(event)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        self.closing.emit()
        super().closeEvent(event)


# --- the controller ------------------------------------------------------------------------------
class MainController(QObject):
    """Behaviour of the main window: which database and block are shown, and every user action.

    ``remember=False`` (the selftest) leaves the user's settings untouched.
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
        self._pages: dict[str, QWidget] = {}
        self._tent_stale = True         # the Tent menu's actions not yet set for the block shown
        self.slide_show = None          # the tent's slide show while it runs
        self.screen_lock = ScreenLock(self.window, lambda: self.database.encrypted,
                                      lambda passphrase: self.database.check_passphrase(passphrase),
                                      auto_lock_minutes(), self)
        self._connect()
        from flatapp.gui.privacy_controller import PrivacyController

        self.privacy = PrivacyController(self)   # the Privacy menu, consent under a home, the retention reminder
        self._database_shown()
        self.reload(building_id=self._remembered_building())

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
        where = str(file) if file is not None else self.database.url.split("@")[-1]
        if self.is_demo:
            text = translate("MainWindow", "Voorbeelddatabase: {where}").format(where=where)
        else:
            text = translate("MainWindow", "Database: {where}").format(where=where)
        name = file.name if file is not None else where
        title = translate("MainWindow", "FlatApp – {name}").format(name=name)
        if self.database.read_only:
            title += " " + translate("MainWindow", "(alleen lezen)")
        self.window.set_database_info(text, self.is_demo, title, read_only=self.database.read_only)

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
        if self.remember and self._building_id is not None:
            building = self._building(self._building_id)
            if building is not None:
                QSettings().setValue(LAST_BUILDING_KEY, building.name)
        self.screen_lock.stop()
        self._drop_pages()
        self.database.dispose()

    # --- blocks and homes ---------------------------------------------------------------------
    def _remembered_building(self) -> int | None:
        name = QSettings().value(LAST_BUILDING_KEY)
        if not name:
            return None
        with self.database.session() as session:
            for building in list_buildings(session):
                if building.name == name:
                    return building.id
        return None

    def _building(self, building_id: int | None) -> BuildingRow | None:
        return next((b for b in self._buildings if b.id == building_id), None)

    def buildings(self) -> list[BuildingRow]:
        return list(self._buildings)

    def current_building(self) -> BuildingRow | None:
        return self._building(self._building_id)

    def reload(self, building_id: int | None = None, home_id: int | None = None) -> None:
        """Read the blocks and the shown block's homes again (one read session)."""
        with self.database.session() as session:
            self._buildings = list_buildings(session)
            wanted = building_id if building_id is not None else self._building_id
            if self._building(wanted) is None:
                wanted = self._buildings[0].id if self._buildings else None
            homes = list_home_rows(session, wanted) if wanted is not None else []
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
        self._building_shown()

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
        error = self.editor.save(home_id, changes, self._building_id)
        if error is not None:
            self.window.detail_panel.show_error(error, changes)
            QTimer.singleShot(0, self.window.scroll_to_current_home)  # the error took room from the list

    def _home_changed(self, home_id: int, building_id: int) -> None:
        target = building_id if building_id >= 0 else self._building_id
        self.window.detail_panel.show_home(None)  # the fields are refilled from the database
        self.reload(building_id=target, home_id=home_id)

    # --- the round ----------------------------------------------------------------------------
    def _building_shown(self) -> None:
        """The round's tabs need a block; their pages follow the block shown."""
        ui = self.window.ui
        has_block = self._building_id is not None
        for tab_name, _module, _class in PAGES.values():
            ui.workTabs.setTabEnabled(ui.workTabs.indexOf(getattr(ui, tab_name)), has_block)
        for action in ui.menuRound.actions():  # the Ronde menu is about the block's rounds …
            action.setEnabled(has_block or action is ui.actionEditQuestionnaire)  # … but the questionnaire
        if has_block:
            for page in self._pages.values():
                page.set_building(self._building_id)
        ui.actionGroupsOverview.setEnabled(has_block)
        if ui.actionGroupsOnMap.isChecked():       # the groups' modules load only once the view is used
            self.show_group_homes(True)
        # The Tent menu needs to know whether the block has a round: that asks the round services
        # (a heavy import), so at start it is asked just after the window is on screen.
        self._tent_stale = True
        if self.window.isVisible():
            self._update_tent_actions()

    def page(self, name: str):
        """The page of tab ``name`` (see PAGES), built on first use; None without a block."""
        if self._building_id is None:
            return None
        if name not in self._pages:
            tab_name, module, class_name = PAGES[name]
            tab = getattr(self.window.ui, tab_name)
            # Imported here: a page's module (and what it needs) loads only when its tab is opened.
            make = getattr(importlib.import_module(module), class_name)
            page = make(self.database, self._building_id, tab)
            tab.layout().addWidget(page)
            self._pages[name] = page
            if hasattr(page, "roundChanged"):      # a round made or removed on the planner: the Tent menu follows
                page.roundChanged.connect(lambda _round_id: self._update_tent_actions())
            if name == "results":
                self._add_tent_button(page)
        return self._pages[name]

    def round_planner(self):
        return self.page("round")

    def _tab_changed(self, index: int) -> None:
        ui = self.window.ui
        current = ui.workTabs.widget(index)
        name = next((n for n, (tab, _m, _c) in PAGES.items() if getattr(ui, tab) is current), None)
        if name is None:
            return
        page = self.page(name)
        planner = self._pages.get("round")
        # Follow the round being prepared: entry and outcomes open on the same round.
        if page is not None and name != "round" and planner is not None and planner.current_round_id():
            page.select_round(planner.current_round_id())
        elif page is not None and hasattr(page, "reload") and name != "round":
            page.reload()

    def _drop_pages(self) -> None:
        for page in self._pages.values():
            for finish in ("flush_log", "save_draft_now"):  # door outcomes' log, the form's draft
                if hasattr(page, finish):
                    getattr(page, finish)()
            page.setParent(None)
            page.deleteLater()
        self._pages.clear()

    def release_pages(self) -> None:
        """Let every round page finish its work (the form's draft, the door log) and drop it; the pages are
        built again on next use (after an erasure or a purge their data changed underneath them)."""
        self._drop_pages()

    def rebuild_current_page(self) -> None:
        """Drop the pages and build the one on screen again, from the database as it is now."""
        self._drop_pages()
        self._tab_changed(self.window.ui.workTabs.currentIndex())

    def show_tab(self, name: str) -> None:
        tab = getattr(self.window.ui, PAGES[name][0])
        if self.page(name) is not None:
            self.window.ui.workTabs.setCurrentWidget(tab)

    def show_round_planner(self) -> None:
        self.show_tab("round")

    def double_entry(self) -> None:
        self.show_tab("forms")
        page = self._pages.get("forms")
        if page is not None:
            page.open_double_entry()

    def chosen_round(self, title: str):
        """The round being prepared on the planner tab, else the block's newest; None (and said so)
        when the block has no round yet."""
        from flatapp.services.rounds import list_rounds

        if self._building_id is None:
            return None
        with self.database.session() as session:
            rounds = list_rounds(session, self._building_id)
        planner = self._pages.get("round")
        wanted = planner.current_round_id() if planner is not None else None
        chosen = next((r for r in rounds if r.id == wanted), rounds[0] if rounds else None)
        if chosen is None:
            QMessageBox.information(self.window, title, translate(
                "MainWindow", "Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad "
                "'Ronde voorbereiden'."))
        return chosen

    def edit_outcome_codes(self) -> None:
        from flatapp.gui.outcome_codes_dialog import OutcomeCodesDialog

        chosen = self.chosen_round(translate("MainWindow", "Uitkomstcodes"))
        if chosen is None:
            return
        dialog = OutcomeCodesDialog(self.database, chosen.id, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        for page in self._pages.values():
            page.reload()  # new labels on the planner and the door-outcome grid

    def export_responses(self) -> None:
        """All complete interviews of the round being prepared (or the newest) as xlsx or CSV."""
        from flatapp.services.output_files import safe_file_name
        from flatapp.services.responses_io import export_responses

        chosen = self.chosen_round(translate("MainWindow", "Antwoorden exporteren"))
        if chosen is None:
            return
        suggested = str(Path.home() / safe_file_name("Antwoorden", chosen.name, suffix=".xlsx"))  # never a path
        path, _filter = QFileDialog.getSaveFileName(
            self.window, translate("MainWindow", "Antwoorden exporteren"), suggested,
            translate("MainWindow", "Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)"))
        if not path:
            return
        try:
            with self.database.session() as session, session.begin():
                count = export_responses(session, chosen.id, Path(path))
        except UserError as error:
            QMessageBox.warning(self.window, translate("MainWindow", "Antwoorden exporteren"), str(error))
            return
        self.window.statusBar().showMessage(
            translate("MainWindow", "{count} gesprekken geëxporteerd naar {path}").format(count=count, path=path),
            10000)

    def edit_questionnaire(self) -> None:
        from flatapp.gui.questionnaire_editor import QuestionnaireEditorDialog

        dialog = QuestionnaireEditorDialog(self.database, None, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        planner = self._pages.get("round")
        if planner is not None:
            planner.reload()  # a new version may now be offered for a round

    def print_round(self, kind: int) -> None:
        """Door lists (0), paper questionnaires (1) or letters (2) of one of the block's rounds."""
        from flatapp.gui.print_round_dialog import PrintRoundDialog

        if self._building_id is None:
            return
        dialog = PrintRoundDialog(self.database, self._building_id, kind, self.window)
        planner = self._pages.get("round")
        planner_round = planner.current_round_id() if planner is not None else None
        if planner_round is not None:
            index = dialog.ui.roundCombo.findData(planner_round)
            if index >= 0:
                dialog.ui.roundCombo.setCurrentIndex(index)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def report_back(self, kind: int) -> None:
        """The report (0), invitations (1: tent, 2: group) or the update handout (3) of one of the block's rounds."""
        from flatapp.gui.reporting_dialogs import ReportingDialog

        if self._building_id is None:
            return
        dialog = ReportingDialog(self.database, self._building_id, kind, self.window)
        planner = self._pages.get("round")
        planner_round = planner.current_round_id() if planner is not None else None
        index = dialog.roundCombo.findData(planner_round) if planner_round is not None else -1
        if index >= 0:
            dialog.roundCombo.setCurrentIndex(index)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # --- the tent (public results for the residents) ---------------------------------------------
    def _tent_actions_soon(self) -> None:
        """After the window is shown (and painted): set the Tent menu's actions when still open."""
        QTimer.singleShot(0, self, self._update_stale_tent_actions)

    def _update_stale_tent_actions(self) -> None:
        if self._tent_stale and self.window.isVisible():
            self._update_tent_actions()

    def _update_tent_actions(self) -> None:
        """The Tent menu needs a round of the block shown."""
        from flatapp.services.rounds import list_rounds  # the round services load on first use

        self._tent_stale = False
        has_round = False
        if self._building_id is not None:
            with self.database.session() as session:
                has_round = bool(list_rounds(session, self._building_id))
        ui = self.window.ui
        for action in (ui.actionReviewQuotes, ui.actionPublish, ui.actionDesignPoster, ui.actionStartSlideShow,
                       ui.actionEnterSignUps, ui.actionFollowUp):
            action.setEnabled(has_round)

    def _add_tent_button(self, page) -> None:
        """'Naar de tent' on the results tab: the Tent menu's actions, where the results are."""
        from PySide6.QtWidgets import QMenu, QPushButton

        ui = self.window.ui
        # A push button draws its menu arrow beside the text (a tool button drew it over the text).
        button = QPushButton(translate("MainWindow", "Naar de tent"), page)
        button.setObjectName("tentButton")
        button.setToolTip(translate("MainWindow", "Citaten beoordelen, poster maken of de diavoorstelling starten "
                                    "voor de ronde die hier is gekozen"))
        button.setAutoDefault(False)
        menu = QMenu(button)
        menu.addActions([ui.actionReviewQuotes, ui.actionPublish, ui.actionDesignPoster, ui.actionStartSlideShow])
        button.setMenu(menu)
        layout = getattr(getattr(page, "ui", None), "filterLayout", None)
        if layout is not None:
            layout.addWidget(button)

    def tent_round(self, title: str):
        """The round for the tent: the one chosen on the results tab, else the one on the planner tab, else
        the block's only round; with several rounds and neither tab opened, the coordinator picks one."""
        from flatapp.services.rounds import list_rounds

        if self._building_id is None:
            return None
        with self.database.session() as session:
            rounds = list_rounds(session, self._building_id)
        if not rounds:
            QMessageBox.information(self.window, title, translate(
                "MainWindow", "Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad "
                "'Ronde voorbereiden'."))
            return None
        results, planner = self._pages.get("results"), self._pages.get("round")
        for wanted in (results.round_id() if results is not None else None,
                       planner.current_round_id() if planner is not None else None):
            chosen = next((r for r in rounds if r.id == wanted), None)
            if chosen is not None:
                return chosen
        if len(rounds) == 1:
            return rounds[0]
        names = [r.name for r in rounds]
        name, ok = QInputDialog.getItem(self.window, title, translate("MainWindow", "Voor welke ronde?"),
                                        names, 0, False)
        return rounds[names.index(name)] if ok and name in names else None

    def enter_sign_ups(self) -> None:
        """Tent › Inschrijvingen invoeren…: the sheets from the tent, typed in (flatapp.gui.sign_up_entry)."""
        from flatapp.gui.sign_up_entry import SignUpEntryDialog

        chosen = self.tent_round(translate("MainWindow", "Inschrijvingen invoeren"))
        if chosen is None:
            return
        dialog = SignUpEntryDialog(self.database, self._building_id, chosen.id, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_follow_up(self) -> None:
        """Tent › Opvolglijst…: who wants contact, with status and note (flatapp.gui.follow_up_list)."""
        from flatapp.gui.follow_up_list import FollowUpDialog

        chosen = self.tent_round(translate("MainWindow", "Opvolglijst"))
        if chosen is None:
            return
        dialog = FollowUpDialog(self.database, chosen.id, chosen.name, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def review_quotes(self) -> None:
        from flatapp.gui.quote_approval_dialog import QuoteApprovalDialog

        chosen = self.tent_round(translate("MainWindow", "Citaten beoordelen"))
        if chosen is None:
            return
        dialog = QuoteApprovalDialog(self.database, chosen.id, chosen.name, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _published(self, services, title: str) -> bool:
        """True when the round has a publication, after offering to make the first one."""
        from flatapp.gui.poster_designer import remembered_threshold

        if services.publication() is not None:
            return True
        answer = QMessageBox.question(self.window, title, translate(
            "MainWindow", "Deze ronde heeft nog geen publicatie. Posters, dia's, folders en inschrijflijsten "
            "tonen alleen gepubliceerde cijfers, zodat twee afdrukken nooit van elkaar verschillen. De cijfers "
            "van nu publiceren (kleinste groep {threshold})?").format(threshold=remembered_threshold()))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        services.publish(remembered_threshold())
        return True

    def _tent_content(self, round_id: int, title: str):
        """(content, organisation) of a round's latest publication; None after a warning or a 'no'."""
        from PySide6.QtGui import QGuiApplication

        from flatapp.gui.poster_designer import TentServices

        services = TentServices(self.database, round_id)
        try:
            if not self._published(services, title):
                return None
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return services.content(), services.organisation()
            finally:
                QGuiApplication.restoreOverrideCursor()
        except UserError as error:
            QMessageBox.warning(self.window, title, str(error))
            return None

    def publish_figures(self) -> None:
        """Tent › Cijfers publiceren…: freeze the round's public figures with the smallest group chosen."""
        from PySide6.QtWidgets import QInputDialog

        from flatapp.disclosure.rules import MIN_THRESHOLD
        from flatapp.gui.poster_designer import MAX_THRESHOLD, TentServices, remember_threshold, remembered_threshold

        title = translate("MainWindow", "Cijfers publiceren")
        chosen = self.tent_round(title)
        if chosen is None:
            return
        threshold, ok = QInputDialog.getInt(
            self.window, title, translate(
                "MainWindow", "De openbare cijfers van ronde '{round}' vastleggen. Kleinste groep die wordt "
                "getoond (nooit lager dan 5):").format(round=chosen.name),
            remembered_threshold(), MIN_THRESHOLD, MAX_THRESHOLD)
        if not ok:
            return
        try:
            row = TentServices(self.database, chosen.id).publish(threshold)
        except UserError as error:
            QMessageBox.warning(self.window, title, str(error))
            return
        remember_threshold(threshold)
        text = translate("MainWindow", "Publicatie {number} gemaakt. Posters, dia's, folders en inschrijflijsten "
                                       "tonen vanaf nu deze cijfers.").format(number=row.number)
        QMessageBox.information(self.window, title, f"{text}\n\n{row.note}" if row.note else text)

    def design_poster(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from flatapp.gui.poster_designer import PosterDesigner, TentServices

        title = translate("MainWindow", "Poster maken")
        chosen = self.tent_round(title)
        if chosen is None:
            return
        # The designer asks for the round's content again (in a short session) when the smallest group
        # shown changes; it gets a callable, never the database.
        services = TentServices(self.database, chosen.id)
        try:
            if not self._published(services, title):
                return
        except UserError as error:
            QMessageBox.warning(self.window, title, str(error))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dialog = PosterDesigner(services, self.window, organisation=services.organisation())
        except UserError as error:
            QMessageBox.warning(self.window, title, str(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def start_slide_show(self):
        """The slides of the chosen round with the panels and the smallest group last chosen in
        'Poster maken', full screen."""
        from PySide6.QtGui import QGuiApplication

        from flatapp.gui.poster_designer import remembered_poster_options
        from flatapp.gui.slide_show import start_slide_show

        title = translate("MainWindow", "Diavoorstelling")
        chosen = self.tent_round(title)
        loaded = self._tent_content(chosen.id, title) if chosen is not None else None
        if loaded is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.slide_show = start_slide_show(loaded[0], remembered_poster_options(), self.window)
        except (UserError, ValueError) as error:
            QMessageBox.warning(self.window, title, str(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self.slide_show

    def show_groups(self) -> None:
        """Werkgroepen › Overzicht…: the block's groups and actions (flatapp.gui.groups_dialogs)."""
        from flatapp.gui.groups_dialogs import GroupsOverview

        building = self.current_building()
        if building is None:
            return
        dialog = GroupsOverview(self.database, building.id, building.name, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if self.window.ui.actionGroupsOnMap.isChecked():
            self.show_group_homes(True)

    def show_partners(self) -> None:
        from flatapp.gui.groups_dialogs import PartnersDialog

        dialog = PartnersDialog(self.database, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_group_homes(self, shown: bool) -> None:
        """The facade map's confidential view: the homes with a member in an active working group."""
        from flatapp.gui.groups_dialogs import show_group_homes

        show_group_homes(self.database, self.window.facade_map, self._building_id, shown)

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

    # --- menu actions -------------------------------------------------------------------------
    def import_homes(self) -> None:
        from flatapp.gui.import_dialog import ImportHomesDialog  # heavy (pandas); only when asked

        building = self.current_building()
        dialog = ImportHomesDialog(self.database, building.name if building else None, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            name = getattr(dialog, "imported_building_name", None)
        finally:
            dialog.deleteLater()
        self.undo_stack.clear()  # an import may have replaced homes the undo steps point at
        self.reload(building_id=self._building_id_named(name))

    def _building_id_named(self, name: str | None) -> int | None:
        if not name:
            return None
        with self.database.session() as session:
            rows = list_buildings(session)
        return next((row.id for row in rows if row.name.casefold() == name.casefold()), None)

    def _ask_building_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def new_building(self) -> int | None:
        text = ""
        while True:
            name = self._ask_building_name(translate("MainWindow", "Nieuwe flat"),
                                           translate("MainWindow", "Naam van de flat:"), text)
            if name is None:
                return None
            try:
                with self.database.session() as session, session.begin():
                    building_id = create_building(session, name).id
            except UserError as error:
                QMessageBox.warning(self.window, translate("MainWindow", "Nieuwe flat"), str(error))
                text = name
                continue
            self.reload(building_id=building_id)
            return building_id

    def rename_current_building(self) -> bool:
        building = self.current_building()
        if building is None:
            return False
        text = building.name
        while True:
            name = self._ask_building_name(translate("MainWindow", "Flat hernoemen"),
                                           translate("MainWindow", "Nieuwe naam voor de flat:"), text)
            if name is None:
                return False
            try:
                with self.database.session() as session, session.begin():
                    rename_building(session, building.id, name)
            except UserError as error:
                QMessageBox.warning(self.window, translate("MainWindow", "Flat hernoemen"), str(error))
                text = name
                continue
            self.reload(building_id=building.id)
            return True

    def _check_language(self, language: str) -> None:
        action = self.window.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    def choose_language(self, language: str) -> None:
        """Remember the UI language for the next start and say so, in the language chosen."""
        self._check_language(language)
        if language == current_language():
            return
        set_language(language)
        QMessageBox.information(self.window, translated_in(language, "MainWindow", LANGUAGE_TITLE),
                                translated_in(language, "MainWindow", LANGUAGE_NOTICE))

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
