"""The Tent menu (mixed into MainController): the round for the tent, quotes, publication, poster, slides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

from flatapp.services.errors import UserError

translate = QCoreApplication.translate


if TYPE_CHECKING:
    from flatapp.gui.results_page import ResultsPage


class TentActions:
    """The Tent menu of the main window."""

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
            has_round = bool(self.runner.read(list_rounds, self._building_id))
        ui = self.window.ui
        for action in (ui.actionReviewQuotes, ui.actionPublish, ui.actionDesignPoster, ui.actionStartSlideShow,
                       ui.actionEnterSignUps, ui.actionFollowUp):
            action.setEnabled(has_round)

    def _add_tent_button(self, page: ResultsPage) -> None:
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
        page.ui.filterLayout.addWidget(button)

    def tent_round(self, title: str):
        """The round for the tent: the one chosen on the results tab, else the one on the planner tab, else
        the block's only round; with several rounds and neither tab opened, the coordinator picks one."""
        from flatapp.services.rounds import list_rounds

        if self._building_id is None:
            return None
        rounds = self.runner.read(list_rounds, self._building_id)
        if not rounds:
            QMessageBox.information(self.window, title, translate(
                "MainWindow", "Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad "
                "'Ronde voorbereiden'."))
            return None
        results, planner = self._results(), self._planner()
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
