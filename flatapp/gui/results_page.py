"""The "Uitkomsten" tab: a round's results for the coordinator.

Big numbers on top (how many households we spoke with, RR1, contact and refusal rate, the cohesion
score beside the national figure), charts below (the Qt-free ``flatapp.charts.figures``, embedded
with FigureCanvasQTAgg), the who-knows-whom network drawn on the facade map, and the follow-up list.
The network and follow-up tabs show individual homes: they carry a red "confidential" banner and
never leave the app.

This module imports matplotlib; it is imported only when the tab opens. ``ResultsController`` does
the database work (``compute_results`` in a session); the page only shows plain result data.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flatapp.analysis.model import NetworkHome, RoundResults, Tie
from flatapp.charts import figures
from flatapp.charts.figures import dutch_number, dutch_percent
from flatapp.domain.addresses import floor_label
from flatapp.gui.facade_map import FacadeMap
from flatapp.gui.generated.ui_results_page import Ui_ResultsPage
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
OWN_CHART = {"KN1", "ON1", "ON2", "VH2", "CT1"}
COHESION_PREFIX = "SC"


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


# --- the network on the facade -----------------------------------------------------------------

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
        for label in (ui.networkBanner, ui.followUpBanner, ui.messageLabel):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for banner in (ui.networkBanner, ui.followUpBanner):
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

        ui.roundCombo.currentIndexChanged.connect(self.refresh)
        ui.entranceCombo.currentIndexChanged.connect(self.refresh)
        ui.floorCombo.currentIndexChanged.connect(self.refresh)
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

    # --- showing results ------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        round_id = self.round_id()
        self.results = None
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
        self.ui.networkSummaryLabel.clear()
        self.ui.networkCaveatLabel.clear()
        self.ui.followUpTable.setRowCount(0)

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
        self._set_message(notes)
        self._clear_overview()
        self._fill_big_numbers(results)
        self._fill_charts(results)
        self._fill_network(results)
        self._fill_follow_up(results)

    def _clear_overview(self) -> None:
        for layout in (self.ui.numbersLayout, self.ui.chartsLayout):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    widget.setParent(None)
                    widget.deleteLater()
        self.chart_canvases, self.chart_messages, self.big_numbers = [], [], []

    def _fill_big_numbers(self, results: RoundResults) -> None:
        r = results.response
        # Complete interviews, as counted in RR1; partial ones are mentioned beside them.
        caption = translate("ResultsPage", "huishoudens gesproken")
        if r.partial:
            caption += " " + translate("ResultsPage", "(en {n} deels)").format(n=r.partial)
        cards = [
            BigNumber(translate("ResultsPage", "{spoken} van de {homes}").format(spoken=r.complete, homes=r.homes),
                      caption, accent=figures.BLUE),
            BigNumber(dutch_percent(r.rr1), translate("ResultsPage", "respons (RR1)"),
                      translate("ResultsPage", "Volledige gesprekken gedeeld door de {n} woningen die "
                                               "meetellen (leegstand en geen woning niet meegeteld); "
                                               "AAPOR-definitie RR1.").format(n=r.eligible), figures.BLUE),
            BigNumber(dutch_percent(r.contact_rate), translate("ResultsPage", "contact gehad (aan de deur)"),
                      translate("ResultsPage", "Gesproken, geweigerd of een ander contact, van de woningen "
                                               "die meetellen."), figures.GREY),
            BigNumber(dutch_percent(r.refusal_rate), translate("ResultsPage", "weigering"),
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

    def big_number_texts(self) -> list[str]:
        return [card.text() for card in self.big_numbers]

    def _chart_makers(self, results: RoundResults) -> list[Callable]:
        makers: list[Callable] = [lambda: figures.response_figure(results.response)]
        spoken = results.response.complete + results.response.partial
        if spoken == 0:
            return makers   # the message above says there are no answers yet: no empty charts
        for question in results.questions:
            if question.code == "KN1":
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
