"""The window's privacy side: the Privacy menu, the consent panel under a home, erasure with a
confirmation that names what goes, the access letter, the retention reminder, the log and the record.

Built by ``MainController``; reads and writes through ``flatapp.privacy`` and ``flatapp.services.consent``
(one session per read, one transaction per change). The privacy modules load on first use.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from flatapp.gui import theme
from flatapp.gui.runner import ServiceRunner, error_line
from flatapp.paths import app_paths
from flatapp.services.errors import UserError

if TYPE_CHECKING:
    from flatapp.gui.main_window import MainController

translate = QCoreApplication.translate


def ask_erase(parent: QWidget, plan) -> bool:
    """Confirm the erasure of a home; the box names everything that will be removed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Privacy", "Gegevens wissen"))
    box.setText(translate("Privacy", "Alle persoonsgegevens van woning {code} ({address}) wissen?").format(
        code=plan.home_code, address=plan.address))
    lines = plan.lines() or [translate("Privacy", "er staan geen persoonsgegevens van deze woning in de database")]
    items = "".join(f"<li>{line}</li>" for line in lines)
    box.setInformativeText(translate(
        "Privacy", "Dit wordt gewist:<ul>{items}</ul>Het adres blijft (het hoort bij de flat). Publicaties die al "
        "gemaakt waren blijven zoals ze waren. Dit kan niet ongedaan worden gemaakt.").format(items=items))
    erase = box.addButton(translate("Privacy", "Wissen"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Privacy", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is erase


def ask_withdraw(parent: QWidget, row) -> bool:
    answer = QMessageBox.question(
        parent, translate("Privacy", "Toestemming intrekken"),
        translate("Privacy", "De toestemming '{purpose}' van woning {code} in ronde '{round}' intrekken, met de "
                  "datum van vandaag? Vanaf nu gebruikt geen enkele uitvoer die toestemming meer.").format(
            purpose=row.purpose_label, code=row.home_code, round=row.round_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class PrivacyController(QObject):
    def __init__(self, main: MainController):
        super().__init__(main)
        self.main = main
        window = main.window
        self.panel = window.detail_panel.consent_panel
        self.banner: QFrame | None = None
        self._build_menu()
        self.panel.withdrawRequested.connect(self.withdraw)
        self.panel.recordRequested.connect(self.record_consent)
        self.panel.accessRequested.connect(self.access_letter)
        self.panel.eraseRequested.connect(self.erase_current_home)
        window.detail_panel.homeShown.connect(self.home_shown)
        window.shown.connect(lambda: QTimer.singleShot(0, self, self.check_retention))
        main.databaseChanged.connect(self.check_retention)

    # --- the menu ----------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        window = self.main.window
        ui = window.ui
        self.menu = window.menuBar().addMenu(translate("Privacy", "&Privacy"))
        self.menu.setObjectName("menuPrivacy")
        window.menuBar().insertMenu(ui.menuHelp.menuAction(), self.menu)
        self.erase_action = QAction(translate("Privacy", "Gegevens van deze woning &wissen…"), window)
        self.access_action = QAction(translate("Privacy", "&Inzage voor deze woning (PDF)…"), window)
        self.retention_action = QAction(translate("Privacy", "&Bewaartermijnen en opschonen…"), window)
        self.record_action = QAction(translate("Privacy", "&Verwerkingsregister (PDF)…"), window)
        self.log_action = QAction(translate("Privacy", "Privacy&logboek…"), window)
        self.menu.addActions([self.erase_action, self.access_action])
        self.menu.addSeparator()
        self.menu.addActions([self.retention_action, self.record_action, self.log_action])
        self.erase_action.triggered.connect(self.erase_current_home)
        self.access_action.triggered.connect(self.access_letter)
        self.retention_action.triggered.connect(self.show_retention)
        self.record_action.triggered.connect(self.processing_record)
        self.log_action.triggered.connect(self.show_log)
        self.menu.aboutToShow.connect(self._update_actions)

    def _update_actions(self) -> None:
        has_home = self.home() is not None
        writable = not self.main.database.read_only
        # An access letter and the record are logged; a read-only database cannot log them, so not then.
        self.erase_action.setEnabled(has_home and writable)
        self.access_action.setEnabled(has_home and writable)
        self.record_action.setEnabled(self.main.current_building() is not None and writable)

    @property
    def database(self):
        return self.main.database

    @property
    def runner(self) -> ServiceRunner:
        return self.main.runner

    def home(self):
        return self.main.window.detail_panel.home()

    def _status(self, text: str) -> None:
        self.main.window.statusBar().showMessage(text, 15000)

    # --- consent under the home ---------------------------------------------------------------------
    def home_shown(self, home) -> None:
        if home is None:
            self.panel.set_rows([])
            return
        from flatapp.services.consent import consents_of_home

        rows = self.runner.read(consents_of_home, home.id)
        self.panel.set_rows(rows)
        self.panel.set_actions_enabled(not self.database.read_only)

    def _refresh(self) -> None:
        self.home_shown(self.home())

    def withdraw(self, row) -> bool:
        from flatapp.services.consent import withdraw_consent

        window = self.main.window
        if not ask_withdraw(window, row):
            return False
        try:
            self.runner.write(withdraw_consent, row.round_id, row.home_id, row.purpose, row.respondent)
        except UserError as error:
            QMessageBox.warning(window, translate("Privacy", "Toestemming intrekken"), str(error))
            return False
        self._refresh()
        self._status(translate("Privacy", "Toestemming '{purpose}' van woning {code} ingetrokken.").format(
            purpose=row.purpose_label, code=row.home_code))
        return True

    def record_consent(self) -> bool:
        from flatapp.gui.consent_dialog import ConsentRecordDialog
        from flatapp.services.consent import set_consent
        from flatapp.services.rounds import list_rounds

        home, window = self.home(), self.main.window
        if home is None:
            return False
        rounds = [(r.id, r.name) for r in self.runner.read(list_rounds, self.main.current_building().id)]
        if not rounds:
            QMessageBox.information(window, translate("Privacy", "Toestemming vastleggen"), translate(
                "Privacy", "Deze flat heeft nog geen ronde; toestemming hoort bij een ronde."))
            return False
        selected = self.panel.selected_row()
        dialog = ConsentRecordDialog(f"{home.code} ({home.address})", rounds, window,
                                     purpose=selected.purpose if selected else None)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            round_id, purpose, given, source, note = dialog.values()
        finally:
            dialog.deleteLater()
        try:
            self.runner.write(set_consent, round_id, home.id, purpose, given, source, note)
        except UserError as error:
            QMessageBox.warning(window, translate("Privacy", "Toestemming vastleggen"), str(error))
            return False
        self._refresh()
        return True

    # --- erasure and access ---------------------------------------------------------------------------
    def erase_current_home(self) -> bool:
        from flatapp.privacy.compact import compact_storage
        from flatapp.privacy.erase import erase_home, plan_erasure
        from flatapp.privacy.retention import backups_before

        home, window = self.home(), self.main.window
        if home is None or self.database.read_only:
            return False
        plan = self.runner.read(plan_erasure, home.id)
        if not ask_erase(window, plan):
            return False
        self.main.release_pages()          # an open form saves its draft first, so it is erased too
        moment = datetime.now()
        try:
            self.runner.write(erase_home, home.id)
        except UserError as error:
            QMessageBox.warning(window, translate("Privacy", "Gegevens wissen"), str(error))
            return False
        compacted = compact_storage(self.database.engine)
        self.main.reload(home_id=home.id)
        self.main.rebuild_current_page()
        self._refresh()
        message = translate("Privacy", "De gegevens van woning {code} zijn gewist. {compact}").format(
            code=plan.home_code, compact=compacted.text)
        old = backups_before(app_paths().backups, moment)
        if old:
            message += " " + translate("Privacy", "{count} oudere reservekopieën bevatten de gegevens nog; verwijder "
                                       "ze via Privacy › Bewaartermijnen en opschonen.").format(count=len(old))
        self.last_message = message
        self._status(message)
        return True

    def access_letter(self, path: str | None = None) -> Path | None:
        from flatapp.privacy.access import write_access_letter
        from flatapp.services.output_files import safe_file_name

        home, window = self.home(), self.main.window
        if home is None:
            return None
        if not path:
            suggested = str(Path.home() / safe_file_name("Inzage", home.code, suffix=".pdf"))
            path, _filter = QFileDialog.getSaveFileName(window, translate("Privacy", "Inzage voor deze woning"),
                                                        suggested, translate("Privacy", "PDF (*.pdf)"))
        if not path:
            return None
        try:
            self.runner.run_slow(window, translate("Privacy", "Inzage opslaan…"), write_access_letter, home.id,
                                 Path(path))
        except Exception as error:      # a full disk, a folder that cannot be written: one Dutch line
            QMessageBox.warning(window, translate("Privacy", "Inzage voor deze woning"), error_line(error))
            return None
        self._status(translate("Privacy", "Inzage voor woning {code} opgeslagen als {path} (vertrouwelijk: alleen voor "
                               "de bewoners zelf).").format(code=home.code, path=path))
        return Path(path)

    # --- retention, record, log ----------------------------------------------------------------------
    def check_retention(self) -> list:
        """The reminder above the work when a round's retention date has passed."""
        from flatapp.privacy.retention import backups_holding, due_rounds

        due = self.runner.read(due_rounds)
        banner = self._banner()
        if not due:
            banner.hide()
            return []
        names = ", ".join(f"'{row.round_name}' ({row.building_name})" for row in due)
        text = translate("Privacy", "Bewaartermijn verstreken: de persoonsgegevens van {names} moeten worden "
                         "opgeschoond.").format(names=names)
        backups = backups_holding(app_paths().backups, due)
        if len(backups) == 1:
            text += " " + translate("Privacy", "Ook 1 oude reservekopie bevat ze nog.")
        elif backups:
            text += " " + translate("Privacy", "Ook {count} oude reservekopieën bevatten ze nog.").format(
                count=len(backups))
        self.banner_label.setText(text)
        banner.show()
        return due

    def _banner(self) -> QFrame:
        if self.banner is None:
            window = self.main.window
            banner = QFrame(window)
            banner.setObjectName("retentionBanner")
            banner.setStyleSheet(theme.band_style("error", "QFrame#retentionBanner"))
            layout = QHBoxLayout(banner)
            layout.setContentsMargins(10, 4, 10, 4)
            self.banner_label = QLabel(banner)
            self.banner_label.setWordWrap(True)
            self.banner_button = QPushButton(translate("Privacy", "Opschonen…"), banner)
            self.banner_button.setAutoDefault(False)
            self.banner_button.clicked.connect(self.show_retention)
            layout.addWidget(self.banner_label, 1)
            layout.addWidget(self.banner_button)
            parent_layout = window.ui.demoBanner.parentWidget().layout()
            parent_layout.insertWidget(parent_layout.indexOf(window.ui.demoBanner), banner)
            banner.hide()
            self.banner = banner
        return self.banner

    def show_retention(self) -> None:
        from flatapp.gui.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.database, app_paths().backups, self.main.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.check_retention()
        self.main.rebuild_current_page()
        self._refresh()

    def show_log(self) -> None:
        from flatapp.gui.privacy_log_dialog import PrivacyLogDialog

        dialog = PrivacyLogDialog(self.database, self.main.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def processing_record(self, path: str | None = None) -> Path | None:
        from flatapp.privacy.record import write_processing_record
        from flatapp.services.output_files import safe_file_name

        title = translate("Privacy", "Verwerkingsregister")
        chosen = self.main.chosen_round(title)
        if chosen is None:
            return None
        if not path:
            suggested = str(Path.home() / safe_file_name("Verwerkingsregister", chosen.name, suffix=".pdf"))
            path, _filter = QFileDialog.getSaveFileName(self.main.window, title, suggested,
                                                        translate("Privacy", "PDF (*.pdf)"))
        if not path:
            return None
        try:
            self.runner.run_slow(self.main.window, translate("Privacy", "Verwerkingsregister opslaan…"),
                                 write_processing_record, chosen.id, Path(path), self.database.url,
                                 app_paths().backups)
        except Exception as error:
            QMessageBox.warning(self.main.window, title, error_line(error))
            return None
        self._status(translate("Privacy", "Verwerkingsregister opgeslagen als {path}.").format(path=path))
        return Path(path)
