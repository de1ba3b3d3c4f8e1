"""The round's tabs and the Ronde menu (mixed into MainController): the pages, their round, printing, exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from flatapp.gui.main_window.pages import PAGES, Page, RoundPage
from flatapp.gui.runner import error_line

translate = QCoreApplication.translate


if TYPE_CHECKING:
    from flatapp.gui.entry_page import InterviewEntryPage
    from flatapp.gui.results_page import ResultsPage
    from flatapp.gui.round_planner import RoundPlannerWidget


class RoundActions:
    """The round's tabs and the Ronde menu of the main window."""

    def _building_shown(self, pages: bool = True) -> None:
        """The round's tabs need a block; their pages follow the block shown (``pages``)."""
        ui = self.window.ui
        has_block = self._building_id is not None
        for spec in PAGES.values():
            ui.workTabs.setTabEnabled(ui.workTabs.indexOf(getattr(ui, spec.tab)), has_block)
        for action in ui.menuRound.actions():  # the Ronde menu is about the block's rounds …
            action.setEnabled(has_block or action is ui.actionEditQuestionnaire)  # … but the questionnaire
        if has_block and pages:
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

    def page(self, name: str) -> Page | None:
        """The page of tab ``name`` (see PAGES), built on first use; None without a block."""
        if self._building_id is None:
            return None
        if name not in self._pages:
            spec = PAGES[name]
            tab = getattr(self.window.ui, spec.tab)
            page = spec.make(self.database, self._building_id, tab)
            tab.layout().addWidget(page)
            self._pages[name] = page
            planner, results = self._planner(), self._results()
            if page is planner:         # a round made or removed on the planner: the Tent menu follows
                planner.roundChanged.connect(lambda _round_id: self._update_tent_actions())
            elif page is results:
                self._add_tent_button(results)
        return self._pages[name]

    def round_planner(self) -> RoundPlannerWidget | None:
        self.page("round")
        return self._planner()

    # The pages the window knows by name, typed (their modules load only when a tab is first opened).
    def _planner(self) -> RoundPlannerWidget | None:
        return cast("RoundPlannerWidget | None", self._pages.get("round"))

    def _results(self) -> ResultsPage | None:
        return cast("ResultsPage | None", self._pages.get("results"))

    def _forms(self) -> InterviewEntryPage | None:
        return cast("InterviewEntryPage | None", self._pages.get("forms"))

    def _tab_changed(self, index: int) -> None:
        ui = self.window.ui
        current = ui.workTabs.widget(index)
        name = next((n for n, spec in PAGES.items() if getattr(ui, spec.tab) is current), None)
        if name is None:
            return
        page = self.page(name)
        if page is None or name == "round":
            return
        follower = cast(RoundPage, page)
        planner = self._planner()
        # Follow the round being prepared: entry and outcomes open on the same round.
        if planner is not None and planner.current_round_id():
            follower.select_round(planner.current_round_id())
        else:
            follower.reload()

    def _drop_pages(self) -> None:
        for page in self._pages.values():
            page.save_pending()     # door outcomes' log, the form's draft
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
        tab = getattr(self.window.ui, PAGES[name].tab)
        if self.page(name) is not None:
            self.window.ui.workTabs.setCurrentWidget(tab)

    def show_round_planner(self) -> None:
        self.show_tab("round")

    def double_entry(self) -> None:
        self.show_tab("forms")
        page = self._forms()
        if page is not None:
            page.open_double_entry()

    def chosen_round(self, title: str):
        """The round being prepared on the planner tab, else the block's newest; None (and said so)
        when the block has no round yet."""
        from flatapp.services.rounds import list_rounds

        if self._building_id is None:
            return None
        rounds = self.runner.read(list_rounds, self._building_id)
        planner = self._planner()
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
        self._reload_pages()  # new labels on the planner and the door-outcome grid

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
            count = self.runner.run_slow(self.window, translate("MainWindow", "Antwoorden exporteren…"),
                                         export_responses, chosen.id, Path(path))
        except Exception as error:      # a full disk, a folder that cannot be written: one Dutch line
            QMessageBox.warning(self.window, translate("MainWindow", "Antwoorden exporteren"), error_line(error))
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
        planner = self._planner()
        if planner is not None:
            planner.reload()  # a new version may now be offered for a round

    def print_round(self, kind: int) -> None:
        """Door lists (0), paper questionnaires (1) or letters (2) of one of the block's rounds."""
        from flatapp.gui.print_round_dialog import PrintRoundDialog

        if self._building_id is None:
            return
        dialog = PrintRoundDialog(self.database, self._building_id, kind, self.window)
        planner = self._planner()
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
        planner = self._planner()
        planner_round = planner.current_round_id() if planner is not None else None
        index = dialog.roundCombo.findData(planner_round) if planner_round is not None else -1
        if index >= 0:
            dialog.roundCombo.setCurrentIndex(index)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _reload_pages(self) -> None:
        for page in self._pages.values():
            page.reload()

    # --- scanned paper ----------------------------------------------------------------------------
    def _setup_scan_actions(self) -> None:
        """Ronde › Scans inlezen… and Scans nakijken…, after the double entry."""
        ui = self.window.ui
        self.scan_action = QAction(translate("MainWindow", "S&cans inlezen…"), self.window)
        self.scan_action.setObjectName("actionScanPaper")
        self.scan_action.triggered.connect(lambda: self.scan_paper())
        self.review_scans_action = QAction(translate("MainWindow", "Scans &nakijken…"), self.window)
        self.review_scans_action.setObjectName("actionReviewScans")
        self.review_scans_action.triggered.connect(lambda: self.review_scans())
        after = ui.actionShowResults
        ui.menuRound.insertAction(after, self.scan_action)
        ui.menuRound.insertAction(after, self.review_scans_action)

    def scan_paper(self, paths: list[Path] | None = None, read=None) -> None:
        """Choose the scans, read them into the round being prepared (or the newest), then review."""
        from flatapp.gui.scan_intake import choose_scans, read_scans

        chosen = self.chosen_round(translate("MainWindow", "Scans inlezen"))
        if chosen is None:
            return
        paths = paths if paths is not None else choose_scans(self.window)
        if not paths:
            return
        summary = read_scans(self.window, self.runner, chosen.id, paths, read=read)
        if summary is None:
            return
        self._reload_pages()           # new drafts and door outcomes
        if summary.items:
            self.review_scans(summary.lines())
        else:
            QMessageBox.information(self.window, translate("MainWindow", "Scans inlezen"), "\n".join(summary.lines()))

    def review_scans(self, summary_lines: list[str] | None = None) -> None:
        from flatapp.gui.scan_intake import review

        chosen = self.chosen_round(translate("MainWindow", "Scans nakijken"))
        if chosen is None:
            return
        review(self.window, self.runner, chosen.id, summary_lines,
               open_form=lambda home_id: self.open_form_of(chosen.id, home_id))
        self._reload_pages()

    def open_form_of(self, round_id: int, home_id: int) -> None:
        """The form entry on this home's form (a scanned form that failed a completion check)."""
        from flatapp.services.homes import home_row

        self.show_tab("forms")
        page = self._forms()
        if page is None:
            return
        page.select_round(round_id)
        if page.form is not None:
            page.form.open_home(self.runner.read(home_row, home_id))
