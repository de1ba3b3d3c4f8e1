"""The confidential tabs of the results page: the network, the follow-up list and the open answers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QTableWidgetItem

from flatapp.analysis.model import OpenAnswers, RoundResults
from flatapp.charts.figures import dutch_number, dutch_percent
from flatapp.gui import theme
from flatapp.gui.results_page.panels import _clear_layout
from flatapp.gui.results_page.tables import OpenAnswersModel

translate = QCoreApplication.translate


class ConfidentialTabs:
    """Fills the tabs that show homes or words that may name people (mixed into ``ResultsPage``)."""

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
            "<p><span style='color:{mutual}; font-weight:bold'>━━ groen</span>: kennen elkaar allebei "
            "(wederzijds)<br><span style='color:{one_way}; font-weight:bold'>─→ blauw</span>: noemt de ander "
            "(één kant op)<br><span style='color:{isolated}; font-weight:bold'>oranje rand</span>: "
            "geïsoleerd</p>").format(mutual=theme.NETWORK_TIE_MUTUAL, one_way=theme.NETWORK_TIE_ONE_WAY,
                                     isolated=theme.NETWORK_ISOLATED_RING)
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
                none.setStyleSheet(theme.text_style(theme.QUIET, italic=True))
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
