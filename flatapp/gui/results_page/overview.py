"""The overview tab of the results page: big numbers, response tables and charts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flatapp.analysis.model import INTERNAL_MINIMUM, RoundResults
from flatapp.charts import figures
from flatapp.charts.figures import dutch_number, dutch_percent
from flatapp.domain import template_codes as codes
from flatapp.gui import theme
from flatapp.gui.results_page.panels import BigNumber, LazyChart, _clear_layout
from flatapp.gui.results_page.tables import _evening_rows, _group_rows

translate = QCoreApplication.translate

# Questions with their own chart (KN1, topics, cohesion) or that are consent, not results.
OWN_CHART = {codes.KNOWN_NEIGHBOURS, codes.TOPIC_JOIN, codes.TOPIC_ORGANISE, codes.STORY_CONSENT, codes.CONTACT_CONSENT}
COHESION_PREFIX = "SC"


class OverviewTab:
    """Fills the overview tab from plain result data (mixed into ``ResultsPage``)."""

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
            # Every row shown, no scroll bar of its own: the page scrolls, not a table inside it.
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setFixedHeight(table.horizontalHeader().height()
                                 + len(rows) * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2)
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
                widget.setStyleSheet(f"background: {theme.WHITE}; color: {theme.QUIET}; font-size: 11pt; padding: 16px; "
                                     f"border: 1px dashed {theme.LINE_SOFT}; border-radius: 6px;")
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
