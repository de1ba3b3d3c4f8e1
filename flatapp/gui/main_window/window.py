"""The main window (view): the facade map, the home list, the detail panel, the banners and the status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QWidget,
)

from flatapp.gui import theme
from flatapp.gui.facade_map import FacadeMap
from flatapp.gui.generated.ui_main_window import Ui_MainWindow
from flatapp.gui.home_detail import HomeDetailPanel
from flatapp.gui.home_table_model import COL_CODE, HomeFilterProxy, HomeTableModel
from flatapp.services.buildings import BuildingRow
from flatapp.services.homes import HomeRow

translate = QCoreApplication.translate


def homes_text(count: int) -> str:
    if count == 1:
        return translate("MainWindow", "1 woning")
    return translate("MainWindow", "{count} woningen").format(count=count)



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

        ui.demoBanner.setStyleSheet(theme.band_style("warning", "QFrame#demoBanner"))
        ui.demoBanner.hide()
        ui.listCountLabel.setStyleSheet(theme.QUIET_STYLE)

        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        self.user_label = QLabel(self)            # who is signed in, on a shared database
        self.user_label.setObjectName("userLabel")
        ui.statusbar.addWidget(self.database_label, 1)
        ui.statusbar.addPermanentWidget(self.user_label)
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
            banner.setStyleSheet(theme.STRONG_BAND_STYLE)
            layout = self.ui.demoBanner.parentWidget().layout()
            layout.insertWidget(layout.indexOf(self.ui.demoBanner), banner)
            self.read_only_banner = banner
        return banner

    def set_user_text(self, text: str) -> None:
        self.user_label.setText(translate("MainWindow", "Aangemeld: {user}").format(user=text) if text else "")
        self.user_label.setVisible(bool(text))

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
        self._highlight_hits()

    def _highlight_hits(self) -> None:
        """A search with hits rings those homes on the facade map (the rest faded); no search, no rings."""
        searching = bool(self.ui.searchEdit.text().strip())
        proxy = self.home_proxy
        hits = [proxy.home_id(row) for row in range(proxy.rowCount())] if searching else []
        self.facade_map.set_highlighted([home_id for home_id in hits if home_id is not None])

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

