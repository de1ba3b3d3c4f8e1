"""The "Uitkomsten" page: ui/results_page.ui, the filters, the comparison and the main window's protocol."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QTableView, QTableWidget, QWidget

from flatapp.analysis.model import INTERNAL_MINIMUM, RoundResults
from flatapp.domain.addresses import floor_label
from flatapp.gui import theme
from flatapp.gui.generated.ui_results_page import Ui_ResultsPage
from flatapp.gui.results_page.confidential import ConfidentialTabs
from flatapp.gui.results_page.controller import ResultsController
from flatapp.gui.results_page.network import NetworkFacadeMap
from flatapp.gui.results_page.overview import OverviewTab
from flatapp.gui.results_page.panels import BigNumber, LazyChart
from flatapp.gui.results_page.tables import ComparisonModel
from flatapp.services.errors import UserError
from flatapp.services.rounds import RoundRow
from flatapp.storage.database import Database

translate = QCoreApplication.translate

BANNER_STYLE = (f"background: {theme.ERROR_STRONG}; color: {theme.WHITE}; font-weight: bold; font-size: 12pt; "
                "padding: 8px; border-radius: 4px;")
MESSAGE_STYLE = (f"background: {theme.WARNING_BG}; color: {theme.WARNING_DARK}; border: 1px solid {theme.WARNING_BORDER}; "
                 "border-radius: 4px; padding: 8px; font-size: 11pt;")


# --- the page ----------------------------------------------------------------------------------

class ResultsPage(OverviewTab, ConfidentialTabs, QWidget):
    def __init__(self, database: Database, building_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.building_id = building_id
        self.controller = ResultsController(database)
        self.results: RoundResults | None = None
        self._computing: tuple | None = None    # what the latest refresh asked for (results or comparison)
        self.chart_canvases: list[LazyChart] = []
        self.chart_messages: list[QLabel] = []
        self.big_numbers: list[BigNumber] = []

        self.ui = Ui_ResultsPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.messageLabel.setStyleSheet(MESSAGE_STYLE)
        ui.messageLabel.hide()
        for label in (ui.networkBanner, ui.followUpBanner, ui.openAnswersBanner, ui.messageLabel):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for banner in (ui.networkBanner, ui.followUpBanner, ui.openAnswersBanner):
            banner.setStyleSheet(BANNER_STYLE)
        ui.overviewContent.setStyleSheet(f"#overviewContent {{ background: {theme.CANVAS}; }}")
        ui.chartsLayout.setSpacing(12)
        ui.numbersLayout.setSpacing(10)

        self.network_map = NetworkFacadeMap(ui.networkMapHost)
        self.network_map.set_empty_text(translate("ResultsPage", "Deze flat heeft nog geen woningen."))
        ui.networkMapLayout.addWidget(self.network_map)
        ui.networkSide.setMinimumWidth(300)
        ui.networkSide.setMaximumWidth(420)
        ui.networkSplitter.setStretchFactor(0, 1)
        ui.networkSplitter.setStretchFactor(1, 0)
        ui.networkSplitter.setSizes([1000, 330])
        ui.networkSummaryLabel.setTextFormat(Qt.TextFormat.RichText)
        ui.networkCaveatLabel.setStyleSheet(theme.text_style(theme.QUIET, italic=True, size_pt=10))

        headers = [translate("ResultsPage", "Reden"), translate("ResultsPage", "Adres"),
                   translate("ResultsPage", "Code"), translate("ResultsPage", "Naam"),
                   translate("ResultsPage", "Contact")]
        ui.followUpTable.setColumnCount(len(headers))
        ui.followUpTable.setHorizontalHeaderLabels(headers)
        ui.followUpTable.horizontalHeader().setStretchLastSection(True)
        ui.followUpTable.verticalHeader().hide()
        ui.followUpEmptyLabel.setStyleSheet(theme.text_style(theme.QUIET, size_pt=11))
        ui.openAnswersEmptyLabel.setStyleSheet(theme.text_style(theme.QUIET, size_pt=11))
        ui.openAnswersListLayout.setSpacing(6)
        self.open_answer_tables: list[QTableView] = []

        self.group_tables: list[QTableWidget] = []
        self._all_rounds: list[RoundRow] = []
        self._comparison_key: tuple | None = None
        self.comparison_model = ComparisonModel(self)
        ui.compareTable.setModel(self.comparison_model)
        ui.compareTable.setAlternatingRowColors(True)
        ui.compareTable.verticalHeader().hide()
        header = ui.compareTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ComparisonModel.LABEL, QHeaderView.ResizeMode.Stretch)
        ui.compareNotesLabel.setStyleSheet(theme.text_style(theme.QUIET, size_pt=10))

        ui.roundCombo.currentIndexChanged.connect(self.refresh)
        ui.entranceCombo.currentIndexChanged.connect(self.refresh)
        ui.floorCombo.currentIndexChanged.connect(self.refresh)
        ui.compareCombo.currentIndexChanged.connect(self.refresh_comparison)
        ui.tabs.currentChanged.connect(self._tab_changed)
        self.reload()

    # --- the page protocol of the main window ---------------------------------------------------
    def set_building(self, building_id: int) -> None:
        if building_id != self.building_id:
            self.building_id = building_id
            self.reload()

    def save_pending(self) -> None:
        """Nothing to save: the results page only reads."""

    def refresh_from_others(self) -> bool:
        """Page protocol: the results only read, so they are computed again."""
        self.reload()
        return True

    def reload(self) -> None:
        """Read rounds and homes again (keeping the chosen round and filters) and recompute."""
        rounds, homes = self.controller.rounds_and_homes(self.building_id)
        ui = self.ui
        wanted_round, wanted_entrance, wanted_floor = (self.round_id(), ui.entranceCombo.currentData(),
                                                      ui.floorCombo.currentData())
        combos = (ui.roundCombo, ui.entranceCombo, ui.floorCombo)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        for row in rounds:
            ui.roundCombo.addItem(row.name, row.id)
        index = ui.roundCombo.findData(wanted_round)
        ui.roundCombo.setCurrentIndex(index if index >= 0 else (0 if rounds else -1))

        ui.entranceCombo.addItem(translate("ResultsPage", "Alle portieken"), None)
        entrances = sorted({(h.entrance_position, h.entrance) for h in homes if h.entrance})
        for _, name in entrances:
            ui.entranceCombo.addItem(name, name)
        ui.floorCombo.addItem(translate("ResultsPage", "Alle verdiepingen"), None)
        for floor in sorted({h.floor for h in homes}):
            ui.floorCombo.addItem(floor_label(floor), floor)
        for combo, wanted in ((ui.entranceCombo, wanted_entrance), (ui.floorCombo, wanted_floor)):
            found = combo.findData(wanted) if wanted is not None else 0
            combo.setCurrentIndex(max(found, 0))
        ui.entranceCombo.setEnabled(len(entrances) > 1)
        for combo in combos:
            combo.blockSignals(False)
        self._all_rounds = self.controller.all_rounds(self.building_id)
        self._fill_compare_combo()
        self.network_map.set_homes(homes)
        self.refresh()

    def select_round(self, round_id: int) -> None:
        index = self.ui.roundCombo.findData(round_id)
        if index >= 0 and index != self.ui.roundCombo.currentIndex():
            self.ui.roundCombo.setCurrentIndex(index)

    def round_id(self) -> int | None:
        return self.ui.roundCombo.currentData() if self.ui.roundCombo.count() else None

    def set_filters(self, entrance: str | None = None, floor: int | None = None) -> None:
        """Choose the entrance and floor filters from code (recomputes once)."""
        ui = self.ui
        for combo in (ui.entranceCombo, ui.floorCombo):
            combo.blockSignals(True)
        ui.entranceCombo.setCurrentIndex(max(ui.entranceCombo.findData(entrance), 0) if entrance else 0)
        ui.floorCombo.setCurrentIndex(max(ui.floorCombo.findData(floor), 0) if floor is not None else 0)
        for combo in (ui.entranceCombo, ui.floorCombo):
            combo.blockSignals(False)
        self.refresh()

    # --- the comparison ---------------------------------------------------------------------------
    def _fill_compare_combo(self) -> None:
        """'Flat · ronde' for every round but the one shown; keeps the chosen one where it can."""
        combo = self.ui.compareCombo
        wanted = combo.currentData()
        current = self.round_id()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("ResultsPage", "Kies een ronde …"), None)
        for row in self._all_rounds:
            if row.id != current:
                combo.addItem(f"{row.building_name} · {row.name}", row.id)
        index = combo.findData(wanted) if wanted is not None else -1
        if index < 0 and combo.count() > 1:
            index = 1    # the newest other round of this block (or of another block)
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def compare_with(self, round_id: int | None) -> None:
        """Choose the round to compare with from code (None: no comparison)."""
        combo = self.ui.compareCombo
        combo.setCurrentIndex(max(combo.findData(round_id), 0) if round_id is not None else 0)
        self.refresh_comparison()

    def _tab_changed(self, _index: int) -> None:
        if self.ui.tabs.currentWidget() is self.ui.compareTab:
            self.refresh_comparison()

    def _comparison_stale(self) -> None:
        self._comparison_key = None
        if self.ui.tabs.currentWidget() is self.ui.compareTab:
            self.refresh_comparison()

    def refresh_comparison(self, *_args) -> None:
        """Compute the comparison (only while its tab is shown or when asked from code)."""
        ui = self.ui
        this, other = self.round_id(), ui.compareCombo.currentData()
        if this is None or other is None or self.results is None:
            self.comparison_model.set_comparison(None)
            if ui.compareCombo.count() <= 1:
                text = translate("ResultsPage", "Er is nog geen andere ronde om mee te vergelijken.")
            else:
                text = translate("ResultsPage", "Kies hierboven een ronde om deze ronde mee te vergelijken.")
            ui.compareNotesLabel.setText(text)
            return
        other_row = next((r for r in self._all_rounds if r.id == other), None)
        same_block = other_row is None or other_row.building_id == self.building_id
        entrance, floor = ((ui.entranceCombo.currentData(), ui.floorCombo.currentData()) if same_block
                           else (None, None))
        key = (this, other, entrance, floor)
        if key == self._comparison_key:
            return
        self._computing = key
        try:
            comparison = self.controller.comparison(other, this, entrance, floor, parent=self)
        except UserError as error:
            self.comparison_model.set_comparison(None)
            ui.compareNotesLabel.setText(str(error))
            self._comparison_key = None
            return
        if self._computing != key:
            return          # another choice was made while this one was computed: its result is shown
        self._comparison_key = key
        self.comparison_model.set_comparison(comparison)
        sentences = [translate("ResultsPage", "Verschil = {after} min {before}. Groen is beter, rood is "
                                              "slechter (alleen waar dat duidelijk is); — betekent: niet "
                                              "bekend in die ronde.").format(before=comparison.before.title,
                                                                             after=comparison.after.title)]
        if not same_block and (self.ui.entranceCombo.currentData() or self.ui.floorCombo.currentData() is not None):
            sentences.append(translate("ResultsPage", "Twee flats worden als geheel vergeleken, zonder de "
                                                      "filters op portiek en verdieping."))
        sentences.extend(comparison.notes)
        ui.compareNotesLabel.setText(" ".join(sentences))

    def comparison_texts(self) -> list[list[str]]:
        """The comparison table as text, row by row (for tests)."""
        model = self.comparison_model
        return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]

    # --- showing results ------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        round_id = self.round_id()
        self.results = None
        self._fill_compare_combo()
        self._comparison_key = None
        if round_id is None:
            self._show_nothing(translate(
                "ResultsPage", "Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad "
                "'Ronde voorbereiden' en voer de gesprekken in; dan staan hier de uitkomsten."))
            return
        key = (round_id, self.ui.entranceCombo.currentData(), self.ui.floorCombo.currentData())
        self._computing = key
        try:
            results = self.controller.results(*key, parent=self)
            if self._computing != key:
                return      # another choice was made while this one was computed: its result is shown
        except UserError as error:
            self._show_nothing(str(error))
            return
        except ImportError:
            self._show_nothing(translate("ResultsPage", "De berekening van de uitkomsten ontbreekt in deze "
                                                        "installatie. Installeer FlatApp opnieuw."))
            return
        self.show_results(results)

    def _show_nothing(self, message: str) -> None:
        self._set_message([message])
        self._clear_overview()
        self.ui.tabs.setEnabled(False)
        self.network_map.set_network([], [])
        self.comparison_model.set_comparison(None)
        self.ui.compareNotesLabel.clear()
        self.ui.networkSummaryLabel.clear()
        self.ui.networkCaveatLabel.clear()
        self.ui.followUpTable.setRowCount(0)
        self._fill_open_answers(())

    def _set_message(self, sentences: Sequence[str]) -> None:
        text = " ".join(s for s in sentences if s)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def show_results(self, results: RoundResults) -> None:
        """Fill every tab from plain result data."""
        self.results = results
        self.ui.tabs.setEnabled(True)
        notes = list(results.notes)
        response = results.response
        if response.homes and response.complete + response.partial == 0 and not notes:
            notes.append(translate("ResultsPage", "Nog geen gesprekken in deze ronde: er zijn nog geen "
                                                  "antwoorden om te tonen."))
        if self.small_selection(results):
            notes.insert(0, translate("ResultsPage", "Let op: minder dan {n} gesprekken in deze selectie "
                                                     "({count}); de percentages zijn onzeker.").format(
                n=INTERNAL_MINIMUM, count=response.complete))
        self._set_message(notes)
        self._clear_overview()
        self._fill_big_numbers(results)
        self._fill_groups(results)
        self._fill_charts(results)
        self._fill_network(results)
        self._fill_follow_up(results)
        self._fill_open_answers(results.open_answers)
        self._comparison_stale()

    def small_selection(self, results: RoundResults) -> bool:
        """A filtered view with fewer respondents than the internal tier's minimum group."""
        filtered = self.ui.entranceCombo.currentData() is not None or self.ui.floorCombo.currentData() is not None
        return filtered and 0 < results.response.complete < INTERNAL_MINIMUM
