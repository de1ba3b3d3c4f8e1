"""The "Uitkomsten" tab: a round's results for the coordinator.

Big numbers on top (how many households we spoke with, RR1, contact and refusal rate, the cohesion
score beside the national figure), charts below (the Qt-free ``flatapp.charts.figures``, embedded
with FigureCanvasQTAgg), the who-knows-whom network drawn on the facade map, the follow-up list and
the residents' open answers (per open question: the distinct answers with how many gave them).
The network, follow-up and open-answers tabs show individual homes or words that may name people:
they carry a red "confidential" banner and never leave the app.

This package imports matplotlib; it is imported only when the tab opens. ``ResultsController`` does
the database work (``compute_results`` in a session); the page only shows plain result data.

The overview also has small tables of the response per entrance, per floor and per evening. The
"Vergelijken" tab puts this round beside another round of this block or of another block
(``flatapp.analysis.compare``): the chosen round is the reference ("before"), the round at the top
is "after", and the difference is after − before, green where it is better and red where it is worse
(only where the direction is clear). Rounds of the same block are compared with the page's filters;
rounds of two blocks as whole blocks.

The package: ``page`` composes the page from ui/results_page.ui (filters, comparison, the protocol of the
main window), ``overview`` fills the overview tab, ``confidential`` the network, follow-up and open-answer
tabs, ``panels`` holds the big-number cards and lazy charts, ``tables`` the table models, ``network`` the
facade map with the ties, ``controller`` the database work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from flatapp.charts.figures import dutch_percent
from flatapp.gui.results_page.controller import ResultsController, compute_results
from flatapp.gui.results_page.network import (
           ISOLATED,
           ISOLATED_RING,
           NAMED_ONLY,
           NOT_SPOKEN,
           RESPONDENT,
           TIE_MUTUAL,
           TIE_ONE_WAY,
           NetworkFacadeMap,
)
from flatapp.gui.results_page.page import BANNER_STYLE, MESSAGE_STYLE, ResultsPage
from flatapp.gui.results_page.panels import BigNumber, LazyChart
from flatapp.gui.results_page.tables import (
           BETTER_FILL,
           BETTER_TEXT,
           WORSE_FILL,
           WORSE_TEXT,
           ComparisonModel,
           OpenAnswersModel,
)

__all__ = ["BANNER_STYLE", "BETTER_FILL", "BETTER_TEXT", "BigNumber", "ComparisonModel", "ISOLATED",
           "ISOLATED_RING", "LazyChart", "MESSAGE_STYLE", "NAMED_ONLY", "NOT_SPOKEN", "NetworkFacadeMap",
           "OpenAnswersModel", "QLabel", "Qt", "RESPONDENT", "ResultsController", "ResultsPage", "TIE_MUTUAL",
           "TIE_ONE_WAY", "WORSE_FILL", "WORSE_TEXT", "compute_results", "dutch_percent"]
