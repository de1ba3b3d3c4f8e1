"""The "Uitkomsten" tab: a round's results for the coordinator.

Big numbers on top (how many households we spoke with, RR1, contact and refusal rate, the cohesion
score beside the national figure), charts below (the Qt-free ``flatapp.charts.figures``, embedded
with FigureCanvasQTAgg), the who-knows-whom network drawn on the facade map, the follow-up list and
the residents' open answers (per open question: the distinct answers with how many gave them).
The network, follow-up and open-answers tabs show individual homes or words that may name people:
they carry a red "confidential" banner and never leave the app.

This module imports matplotlib; it is imported only when the tab opens. ``ResultsController`` does
the database work (``compute_results`` in a session); the page only shows plain result data.

The overview also has small tables of the response per entrance, per floor and per evening. The
"Vergelijken" tab puts this round beside another round of this block or of another block
(``flatapp.analysis.compare``): the chosen round is the reference ("before"), the round at the top
is "after", and the difference is after − before, green where it is better and red where it is worse
(only where the direction is clear). Rounds of the same block are compared with the page's filters;
rounds of two blocks as whole blocks.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flatapp.analysis.compare import Comparison, ComparisonRow, compare_results, format_difference, format_value
from flatapp.analysis.model import (
    INTERNAL_MINIMUM,
    EveningAttempts,
    NetworkHome,
    OpenAnswers,
    ResponseGroup,
    RoundResults,
    Tie,
)
from flatapp.charts import figures
from flatapp.charts.figures import dutch_number, dutch_percent
from flatapp.domain import template_codes as codes
from flatapp.domain.addresses import floor_label
from flatapp.gui.facade_map import FacadeMap
from flatapp.gui.generated.ui_results_page import Ui_ResultsPage
from flatapp.gui.row_table_model import RowTableModel
from flatapp.services.buildings import list_buildings
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.rounds import RoundRow, list_rounds
from flatapp.storage.database import Database

translate = QCoreApplication.translate

# Network colours: respondents blue, isolated respondents orange, named non-respondents grey.
RESPONDENT = QColor("#9cc3e0")
ISOLATED = QColor("#f5b971")
ISOLATED_RING = QColor("#c4661f")
NAMED_ONLY = QColor("#dfe4ea")
NOT_SPOKEN = QColor("#ffffff")
TIE_ONE_WAY = QColor(47, 111, 159, 190)
TIE_MUTUAL = QColor("#2e7d4f")
BANNER_STYLE = ("background: #b3261e; color: white; font-weight: bold; font-size: 12pt; "
                "padding: 8px; border-radius: 4px;")
MESSAGE_STYLE = ("background: #fff4d6; color: #3b2f00; border: 1px solid #e0c36a; border-radius: 4px; "
                 "padding: 8px; font-size: 11pt;")

# Questions with their own chart (KN1, topics, cohesion) or that are consent, not results.
OWN_CHART = {codes.KNOWN_NEIGHBOURS, codes.TOPIC_JOIN, codes.TOPIC_ORGANISE, codes.STORY_CONSENT, codes.CONTACT_CONSENT}
COHESION_PREFIX = "SC"

# Differences in the comparison: green is better, red is worse (text colour and a light fill).
BETTER_TEXT, BETTER_FILL = QColor("#1e6b3a"), QColor("#e3f4e8")
WORSE_TEXT, WORSE_FILL = QColor("#a32018"), QColor("#fbe4e2")
_ROOT = QModelIndex()


def compute_results(session, round_id: int, entrance: str | None = None, floor: int | None = None) -> RoundResults:
    """The analysis, imported when first used (tests replace this function)."""
    from flatapp.analysis.results import compute_results as compute

    return compute(session, round_id, entrance=entrance, floor=floor)


class ResultsController:
    """Reads rounds and homes and computes results, each in its own short session."""

    def __init__(self, database: Database):
        self.database = database

    def rounds_and_homes(self, building_id: int) -> tuple[list[RoundRow], list[HomeRow]]:
        with self.database.session() as session:
            return list_rounds(session, building_id), list_home_rows(session, building_id)

    def results(self, round_id: int, entrance: str | None, floor: int | None) -> RoundResults:
        with self.database.session() as session:
            return compute_results(session, round_id, entrance=entrance, floor=floor)

    def all_rounds(self, building_id: int) -> list[RoundRow]:
        """Every round to compare with: this block's rounds first, then the other blocks' rounds."""
        with self.database.session() as session:
            own = list_rounds(session, building_id)
            others = [row for building in list_buildings(session) if building.id != building_id
                      for row in list_rounds(session, building.id)]
        return own + others

    def comparison(self, before_id: int, after_id: int, entrance: str | None, floor: int | None) -> Comparison:
        with self.database.session() as session:
            before = compute_results(session, before_id, entrance=entrance, floor=floor)
            after = compute_results(session, after_id, entrance=entrance, floor=floor)
        return compare_results(before, after)


# --- the comparison table ----------------------------------------------------------------------

class ComparisonModel(QAbstractTableModel):
    """A thin read-only model over ``Comparison.rows``: part, figure, before, after, difference."""

    SECTION, LABEL, BEFORE, AFTER, DIFFERENCE = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._rows: tuple[ComparisonRow, ...] = ()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._rows = comparison.rows if comparison is not None else ()
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        comparison = self.comparison
        if section == self.SECTION:
            return translate("ResultsPage", "Onderdeel")
        if section == self.LABEL:
            return translate("ResultsPage", "Cijfer")
        if section == self.BEFORE:
            return comparison.before.title if comparison else translate("ResultsPage", "Voor")
        if section == self.AFTER:
            return comparison.after.title if comparison else translate("ResultsPage", "Na")
        if section == self.DIFFERENCE:
            return translate("ResultsPage", "Verschil")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SECTION:
                first = index.row() == 0 or self._rows[index.row() - 1].section != row.section
                return row.section if first else ""
            if column == self.LABEL:
                return row.label
            if column == self.BEFORE:
                return format_value(row.before, row.unit)
            if column == self.AFTER:
                return format_value(row.after, row.unit)
            return format_difference(row.difference, row.unit)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.BEFORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.DIFFERENCE and row.verdict:
            if role == Qt.ItemDataRole.ForegroundRole:
                return BETTER_TEXT if row.verdict > 0 else WORSE_TEXT
            if role == Qt.ItemDataRole.BackgroundRole:
                return BETTER_FILL if row.verdict > 0 else WORSE_FILL
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("ResultsPage", "beter") if row.verdict > 0 else translate("ResultsPage", "slechter")
        if role == Qt.ItemDataRole.FontRole and column in (self.SECTION, self.DIFFERENCE):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_data(self, row: int) -> ComparisonRow:
        return self._rows[row]


# --- the network on the facade -----------------------------------------------------------------

class OpenAnswersModel(RowTableModel):
    """The distinct answers to one open question: rows of (answer, how many respondents gave it)."""

    headers = (QT_TRANSLATE_NOOP("ResultsPage", "Antwoord"), QT_TRANSLATE_NOOP("ResultsPage", "Aantal"))
    context = "ResultsPage"
    ANSWER, COUNT = range(2)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        text, count = self.row_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.ANSWER:
                return text
            return str(count) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class NetworkFacadeMap(FacadeMap):
    """The facade map with who-knows-whom ties painted as arcs between the homes' cells."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkFacadeMap")
        self.setAccessibleName(translate("ResultsPage", "Wie kent wie, op de gevel"))
        self._ties: list[tuple[int, int, bool]] = []   # (source, target, mutual); a mutual pair once
        self._isolated: set[int] = set()
        self._network: dict[int, NetworkHome] = {}
        self.painted_ties = 0

    def set_network(self, homes: Sequence[NetworkHome], ties: Sequence[Tie]) -> None:
        self._network = {home.home_id: home for home in homes}
        colours = {}
        for home in homes:
            if home.respondent:
                colours[home.home_id] = ISOLATED if home.isolated else RESPONDENT
            elif home.named_by > 0:
                colours[home.home_id] = NAMED_ONLY
        self._isolated = {home.home_id for home in homes if home.respondent and home.isolated}
        seen: set[tuple[int, int]] = set()
        self._ties = []
        for tie in ties:
            if tie.source == tie.target:
                continue
            if tie.reciprocal:
                pair = (min(tie.source, tie.target), max(tie.source, tie.target))
                if pair in seen:
                    continue
                seen.add(pair)
            self._ties.append((tie.source, tie.target, tie.reciprocal))
        self.set_home_colours(colours)
        self.set_legend([
            (translate("ResultsPage", "gesproken"), RESPONDENT),
            (translate("ResultsPage", "gesproken, maar geïsoleerd"), ISOLATED),
            (translate("ResultsPage", "niet gesproken, wel genoemd"), NAMED_ONLY),
            (translate("ResultsPage", "niet gesproken"), NOT_SPOKEN),
        ] if homes else [])
        self.viewport().update()

    def tie_count(self) -> int:
        """Ties drawn: a mutual pair counts once."""
        return len(self._ties)

    def tooltip_text(self, home_id: int) -> str:
        text = super().tooltip_text(home_id)
        home = self._network.get(home_id)
        if home is None:
            return text
        if home.respondent:
            extra = translate("ResultsPage", "Gesproken; noemt {named} buren, genoemd door {named_by}").format(
                named=home.named, named_by=home.named_by)
            if home.isolated:
                extra += "\n" + translate("ResultsPage", "Geïsoleerd: noemt niemand en wordt door niemand genoemd")
        else:
            extra = translate("ResultsPage", "Niet gesproken; genoemd door {named_by}").format(named_by=home.named_by)
        return f"{text}\n{extra}"

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        self.painted_ties = 0
        if not self._ties and not self._isolated:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self.cell_size()
        for home_id in self._isolated:
            rect = self.cell_rect(home_id)
            if rect.isNull():
                continue
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ISOLATED_RING, 3))
            painter.drawRoundedRect(QRectF(rect).adjusted(-2, -2, 2, 2), 4, 4)
        radius = min(cell.width(), cell.height()) * 0.38
        for source, target, mutual in self._ties:
            a, b = self.cell_rect(source), self.cell_rect(target)
            if a.isNull() or b.isNull():   # a home no longer on the map
                continue
            self._paint_tie(painter, QPointF(a.center()), QPointF(b.center()), mutual, radius)
            self.painted_ties += 1
        painter.end()

    def _paint_tie(self, painter: QPainter, p1: QPointF, p2: QPointF, mutual: bool, radius: float) -> None:
        dx, dy = p2.x() - p1.x(), p2.y() - p1.y()
        length = math.hypot(dx, dy)
        if length < 1:
            return
        normal = QPointF(-dy / length, dx / length)
        if normal.y() > 0 or (abs(normal.y()) < 1e-6 and normal.x() < 0):
            normal = -normal   # arcs bulge upwards (or to the right), all the same way
        bulge = min(0.28 * length, 70.0)
        control = (p1 + p2) / 2 + normal * bulge
        start = _towards(p1, control, radius)
        end = _towards(p2, control, radius)
        path = QPainterPath(start)
        path.quadTo(control, end)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = TIE_MUTUAL if mutual else TIE_ONE_WAY
        pen = QPen(colour, 2.6 if mutual else 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(path)
        _arrow_head(painter, control, end, colour, 8 if mutual else 7)
        if mutual:
            _arrow_head(painter, control, start, colour, 8)


def _group_rows(groups: Sequence[ResponseGroup]) -> list[list[str]]:
    """Occupied homes (the base; the title says so), complete interviews and RR1 = interviews / occupied."""
    return [[g.label, str(g.eligible), str(g.interviews), dutch_percent(g.rr1)] for g in groups]


def _evening_rows(evenings: Sequence[EveningAttempts]) -> list[list[str]]:
    return [[e.label, str(e.attempts), str(e.interviews)] for e in evenings]


def _towards(point: QPointF, to: QPointF, distance: float) -> QPointF:
    dx, dy = to.x() - point.x(), to.y() - point.y()
    length = math.hypot(dx, dy) or 1.0
    return QPointF(point.x() + dx / length * distance, point.y() + dy / length * distance)


def _arrow_head(painter: QPainter, origin: QPointF, tip: QPointF, colour: QColor, size: float) -> None:
    angle = math.atan2(tip.y() - origin.y(), tip.x() - origin.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
    right = QPointF(tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([tip, left, right]))


# --- big numbers -------------------------------------------------------------------------------

class BigNumber(QFrame):
    """A card: one big value with a caption under it."""

    def __init__(self, value: str, caption: str, tooltip: str = "", accent: str = "#2f6f9f",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bigNumber")
        self.setStyleSheet(f"#bigNumber {{ background: white; border: 1px solid #d5dbe2; "
                           f"border-left: 6px solid {accent}; border-radius: 6px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value_label = QLabel(value, self)
        font = QFont(self.font())
        font.setPointSize(24)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet("color: #1b2430; border: none;")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setWordWrap(True)
        self.caption_label.setStyleSheet("color: #444f5c; font-size: 11pt; border: none;")
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        if tooltip:
            self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def text(self) -> str:
        return f"{self.value_label.text()} {self.caption_label.text()}"


class LazyChart(QWidget):
    """A chart's place on the page; the matplotlib canvas is made (and drawn) when it is first
    painted, so charts scrolled out of sight cost nothing until the coordinator scrolls to them."""

    def __init__(self, figure, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = figure
        self.canvas: FigureCanvasQTAgg | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The figure follows the canvas's size: fix the height, let the width follow the page.
        self.setFixedHeight(round(figure.get_figheight() * figure.dpi))
        self.setMinimumWidth(420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def ensure_canvas(self) -> FigureCanvasQTAgg:
        if self.canvas is None:
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.canvas.setParent(self)
            self._layout.addWidget(self.canvas)
            self.canvas.show()
        return self.canvas

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.canvas is None:
            self.ensure_canvas()
        super().paintEvent(event)


# --- the page ----------------------------------------------------------------------------------

class ResultsPage(QWidget):
    def __init__(self, database: Database, building_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.building_id = building_id
        self.controller = ResultsController(database)
        self.results: RoundResults | None = None
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
        ui.overviewContent.setStyleSheet("#overviewContent { background: #f6f7f9; }")
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
        ui.networkCaveatLabel.setStyleSheet("color: #444f5c; font-style: italic; font-size: 10pt;")

        headers = [translate("ResultsPage", "Reden"), translate("ResultsPage", "Adres"),
                   translate("ResultsPage", "Code"), translate("ResultsPage", "Naam"),
                   translate("ResultsPage", "Contact")]
        ui.followUpTable.setColumnCount(len(headers))
        ui.followUpTable.setHorizontalHeaderLabels(headers)
        ui.followUpTable.horizontalHeader().setStretchLastSection(True)
        ui.followUpTable.verticalHeader().hide()
        ui.followUpEmptyLabel.setStyleSheet("color: #444f5c; font-size: 11pt;")
        ui.openAnswersEmptyLabel.setStyleSheet("color: #444f5c; font-size: 11pt;")
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
        ui.compareNotesLabel.setStyleSheet("color: #444f5c; font-size: 10pt;")

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
        try:
            comparison = self.controller.comparison(other, this, entrance, floor)
        except UserError as error:
            self.comparison_model.set_comparison(None)
            ui.compareNotesLabel.setText(str(error))
            self._comparison_key = None
            return
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
        try:
            results = self.controller.results(round_id, self.ui.entranceCombo.currentData(),
                                              self.ui.floorCombo.currentData())
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

    def _clear_overview(self) -> None:
        for layout in (self.ui.numbersLayout, self.ui.groupsLayout, self.ui.chartsLayout):
            _clear_layout(layout)
        self.chart_canvases, self.chart_messages, self.big_numbers = [], [], []
        self.group_tables = []

    def _fill_big_numbers(self, results: RoundResults) -> None:
        r = results.response
        # Complete interviews, as counted in RR1; partial ones are mentioned beside them.
        caption = translate("ResultsPage", "huishoudens gesproken")
        if r.partial:
            caption += " " + translate("ResultsPage", "(en {n} deels)").format(n=r.partial)
        if self.small_selection(results):        # said beside the figure, not only above the page
            caption += " · " + translate("ResultsPage", "minder dan {n}: onzeker").format(n=INTERNAL_MINIMUM)
        cards = [
            BigNumber(translate("ResultsPage", "{spoken} van de {eligible}").format(spoken=r.complete, eligible=r.eligible),
                      caption, translate("ResultsPage", "Afgeronde formulieren, van de {eligible} bewoonde woningen "
                                                        "(de flat telt {homes} woningen; leegstand en geen woning "
                                                        "tellen niet mee).").format(eligible=r.eligible, homes=r.homes),
                      accent=figures.BLUE),
            BigNumber(dutch_percent(r.rr1), translate("ResultsPage", "respons (RR1), van de {n} bewoonde woningen"
                                                      ).format(n=r.eligible),
                      translate("ResultsPage", "Volledige gesprekken gedeeld door de {n} woningen die "
                                               "meetellen (leegstand en geen woning niet meegeteld); "
                                               "AAPOR-definitie RR1.").format(n=r.eligible), figures.BLUE),
            BigNumber(dutch_percent(r.contact_rate), translate("ResultsPage", "contact gehad, van de {n} bewoonde "
                                                               "woningen").format(n=r.eligible),
                      translate("ResultsPage", "Gesproken, geweigerd of een ander contact, van de woningen "
                                               "die meetellen."), figures.GREY),
            BigNumber(dutch_percent(r.refusal_rate), translate("ResultsPage", "weigering, van de {n} bewoonde "
                                                               "woningen").format(n=r.eligible),
                      translate("ResultsPage", "Bewoners die geen gesprek wilden, van de woningen die "
                                               "meetellen."), figures.ORANGE),
        ]
        cohesion = results.cohesion
        if cohesion is None:
            cards.append(BigNumber("–", translate("ResultsPage", "samenhang: niet gevraagd in deze ronde"),
                                   accent=figures.GREY))
        elif cohesion.score is None:
            cards.append(BigNumber("–", translate("ResultsPage", "samenhang: nog te weinig antwoorden "
                                                                 "(Nederland {national})").format(
                national=dutch_number(cohesion.national)), accent=figures.GREY))
        else:
            cards.append(BigNumber(
                dutch_number(cohesion.score),
                translate("ResultsPage", "samenhang (0–10); Nederland {national} ({year})").format(
                    national=dutch_number(cohesion.national), year=cohesion.national_year),
                translate("ResultsPage", "Benadering van de CBS-methode; {n} bewoners. Landelijk van "
                                         "{low} (zeer stedelijk) tot {high} (landelijk). Bron: {source}.").format(
                    n=cohesion.respondents, low=dutch_number(cohesion.range_low),
                    high=dutch_number(cohesion.range_high), source=cohesion.national_source),
                figures.ORANGE))
        for column, card in enumerate(cards):
            self.ui.numbersLayout.addWidget(card, 0, column)
        self.big_numbers = cards

    def _fill_groups(self, results: RoundResults) -> None:
        """Small tables: response per entrance, per floor and per evening (only those with rows)."""
        occupied, spoken, rate = (translate("ResultsPage", "Bewoond"), translate("ResultsPage", "Gesprekken"),
                                  translate("ResultsPage", "Respons"))
        parts = [
            ("entranceTable", translate("ResultsPage", "Respons per portiek (van de bewoonde woningen)"),
             [translate("ResultsPage", "Portiek"), occupied, spoken, rate], _group_rows(results.by_entrance)),
            ("floorTable", translate("ResultsPage", "Respons per verdieping (van de bewoonde woningen)"),
             [translate("ResultsPage", "Verdieping"), occupied, spoken, rate], _group_rows(results.by_floor)),
            # Door outcomes per evening: 'gesproken' at the door (a form may still have to be typed).
            ("eveningTable", translate("ResultsPage", "Per avond"),
             [translate("ResultsPage", "Avond"), translate("ResultsPage", "Aangebeld"),
              translate("ResultsPage", "Gesproken aan de deur")],
             _evening_rows(results.evenings)),
        ]
        for name, title, headers, rows in parts:
            if not rows:
                continue
            table = QTableWidget(len(rows), len(headers), self.ui.overviewContent)
            table.setObjectName(name)
            table.setAccessibleName(title)
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setAlternatingRowColors(True)
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if c:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            shown = min(len(rows), 8)
            table.setFixedHeight(table.horizontalHeader().height() + shown * table.verticalHeader().defaultSectionSize()
                                 + 2 * table.frameWidth() + 2)
            box = QWidget(self.ui.overviewContent)
            box.setStyleSheet("background: white;")
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{title}</b>", box)
            column.addWidget(heading)
            column.addWidget(table)
            column.addStretch(1)
            self.ui.groupsLayout.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
            self.group_tables.append(table)

    def group_table_texts(self) -> dict[str, list[list[str]]]:
        """Each small table's cells as text, by object name (for tests)."""
        return {table.objectName(): [[table.item(r, c).text() for c in range(table.columnCount())]
                                     for r in range(table.rowCount())] for table in self.group_tables}

    def big_number_texts(self) -> list[str]:
        return [card.text() for card in self.big_numbers]

    def _chart_makers(self, results: RoundResults) -> list[Callable]:
        makers: list[Callable] = [lambda: figures.response_figure(results.response)]
        spoken = results.response.complete + results.response.partial
        if spoken == 0:
            return makers   # the message above says there are no answers yet: no empty charts
        for question in results.questions:
            if question.code == codes.KNOWN_NEIGHBOURS:
                makers.append(lambda q=question: figures.known_neighbours_figure(q))
        makers.append(lambda: figures.topics_figure(results.topics))
        if results.cohesion is not None:
            makers.append(lambda: figures.cohesion_figure(results.cohesion))
        for question in results.questions:
            if question.code in OWN_CHART or question.code.startswith(COHESION_PREFIX):
                continue
            makers.append(lambda q=question: figures.bar_counts_figure(q, q.text))
        return makers

    def _fill_charts(self, results: RoundResults) -> None:
        layout = self.ui.chartsLayout
        for index, make in enumerate(self._chart_makers(results)):
            try:
                figure = make()
            except ValueError as error:
                widget = QLabel(str(error), self.ui.overviewContent)
                widget.setWordWrap(True)
                widget.setStyleSheet("background: white; color: #444f5c; font-size: 11pt; padding: 16px; "
                                     "border: 1px dashed #c3cad3; border-radius: 6px;")
                self.chart_messages.append(widget)
            else:
                widget = LazyChart(figure, self.ui.overviewContent)
                self.chart_canvases.append(widget)
            layout.addWidget(widget, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)

    def chart_texts(self) -> list[str]:
        """Every text in the charts and in the 'nothing to show' sentences (for tests)."""
        found = [label.text() for label in self.chart_messages]
        for canvas in self.chart_canvases:
            found.extend(t.get_text() for t in canvas.figure.findobj(lambda a: hasattr(a, "get_text")))
        return found

    def _fill_network(self, results: RoundResults) -> None:
        ui = self.ui
        self.network_map.set_network(results.network_homes, results.ties)
        summary = results.network
        if summary is None:
            ui.networkSummaryLabel.setText(translate(
                "ResultsPage", "<p>Er is geen netwerk te tonen: deze ronde vroeg niet welke buren men kent, "
                               "of er zijn nog geen antwoorden.</p>"))
            ui.networkCaveatLabel.clear()
            return
        rows = [
            (translate("ResultsPage", "Gesproken bewoners"), str(summary.respondents)),
            (translate("ResultsPage", "Genoemde buren (banden)"), str(summary.ties)),
            (translate("ResultsPage", "Gemiddeld aantal genoemd"), dutch_number(summary.mean_named)),
            (translate("ResultsPage", "Geïsoleerd (kent niemand, niet genoemd)"), str(summary.isolated_respondents)),
            (translate("ResultsPage", "Wederzijds (tussen gesproken bewoners)"), dutch_percent(summary.reciprocity)),
            (translate("ResultsPage", "Dichtheid"), dutch_percent(summary.density)),
            (translate("ResultsPage", "Losse groepjes"), str(summary.components)),
            (translate("ResultsPage", "Zelfde verdieping"), dutch_percent(summary.share_same_floor, 0)),
            (translate("ResultsPage", "Zelfde portiek, andere verdieping"),
             dutch_percent(summary.share_same_entrance, 0)),
            (translate("ResultsPage", "Tussen portieken"), dutch_percent(summary.share_across_entrances, 0)),
        ]
        table = "".join(f"<tr><td style='padding:2px 10px 2px 0'>{label}</td>"
                        f"<td align='right'><b>{value}</b></td></tr>" for label, value in rows)
        legend = translate(
            "ResultsPage",
            "<p><span style='color:#2e7d4f; font-weight:bold'>━━ groen</span>: kennen elkaar allebei "
            "(wederzijds)<br><span style='color:#2f6f9f; font-weight:bold'>─→ blauw</span>: noemt de ander "
            "(één kant op)<br><span style='color:#c4661f; font-weight:bold'>oranje rand</span>: "
            "geïsoleerd</p>")
        title = translate("ResultsPage", "Wie kent wie?")
        ui.networkSummaryLabel.setText(f"<h3 style='margin:0'>{title}</h3>{legend}<table>{table}</table>")
        ui.networkCaveatLabel.setText(summary.caveat)

    def _fill_follow_up(self, results: RoundResults) -> None:
        table = self.ui.followUpTable
        table.setSortingEnabled(False)
        table.setRowCount(len(results.follow_up))
        for row, person in enumerate(results.follow_up):
            for column, value in enumerate((person.reason, person.address, person.home_code, person.name,
                                            person.contact)):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        empty = not results.follow_up
        table.setVisible(not empty)
        self.ui.followUpEmptyLabel.setVisible(empty)
        self.ui.followUpEmptyLabel.setText(translate(
            "ResultsPage", "Niemand om op te volgen: er zijn geen geïsoleerde bewoners of hulpvragen van "
                           "bewoners die toestemming gaven om contact op te nemen.") if empty else "")

    def _fill_open_answers(self, questions: Sequence[OpenAnswers]) -> None:
        layout = self.ui.openAnswersListLayout
        _clear_layout(layout)
        self.open_answer_tables = []
        for question in questions:
            answered = (translate("ResultsPage", "1 bewoner antwoordde") if question.answered == 1 else
                        translate("ResultsPage", "{n} bewoners antwoordden").format(n=question.answered))
            text = question.text.replace("&", "&amp;").replace("<", "&lt;")
            heading = QLabel(f"<b>{question.code}</b> {text} — {answered}")
            heading.setTextFormat(Qt.TextFormat.RichText)
            heading.setWordWrap(True)
            heading.setStyleSheet("font-size: 11pt; margin-top: 8px;")
            layout.addWidget(heading)
            if not question.answers:
                none = QLabel(translate("ResultsPage", "Niemand gaf op deze vraag een antwoord."))
                none.setStyleSheet("color: #444f5c; font-style: italic;")
                layout.addWidget(none)
                continue
            table = QTableView()
            model = OpenAnswersModel(table)
            model.set_rows(question.answers)
            table.setModel(model)
            table.setAlternatingRowColors(True)
            table.setWordWrap(False)
            table.setTextElideMode(Qt.TextElideMode.ElideRight)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(OpenAnswersModel.ANSWER, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(OpenAnswersModel.COUNT, QHeaderView.ResizeMode.ResizeToContents)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows_height = table.verticalHeader().defaultSectionSize() * model.rowCount()
            table.setFixedHeight(min(rows_height, 320) + header.sizeHint().height() + 2 * table.frameWidth() + 2)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            layout.addWidget(table)
            self.open_answer_tables.append(table)
        layout.addStretch(1)
        empty = not any(q.answers for q in questions)
        self.ui.openAnswersEmptyLabel.setVisible(empty)
        self.ui.openAnswersEmptyLabel.setText(translate(
            "ResultsPage", "Nog geen open antwoorden: geen bewoner schreef iets op bij de open vragen van deze "
                           "ronde.") if empty else "")

    def open_answer_texts(self) -> dict[str, list[list[str]]]:
        """Per question code: the rows of its table as shown (answer, count), for tests."""
        texts = {}
        codes = [q.code for q in (self.results.open_answers if self.results else ()) if q.answers]
        for code, table in zip(codes, self.open_answer_tables, strict=True):
            model = table.model()
            texts[code] = [[model.index(row, column).data() for column in range(model.columnCount())]
                           for row in range(model.rowCount())]
        return texts


def _clear_layout(layout) -> None:
    """Remove and delete every widget of a layout that is filled anew on each refresh."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
