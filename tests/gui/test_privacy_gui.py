"""The privacy side of the window, driven through real widgets: erasing a home from its panel (with the
confirmation that names what goes), withdrawing and recording consent, the privacy log, the retention
reminder and the purge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import func, select

from flatapp.gui.main_window import MainController
from flatapp.gui.privacy_log_dialog import PrivacyLogDialog
from flatapp.gui.retention_dialog import RetentionDialog
from flatapp.paths import app_paths
from flatapp.storage.interview_models import Interview
from flatapp.storage.privacy_models import CONTACT, Consent
from flatapp.storage.round_models import Round
from tests.privacy.conftest import SECRETS, database_bytes, demo, demo_template, household  # noqa: F401

SHOTS = "/tmp"


def answer_box(button: str | QMessageBox.StandardButton, seen: list[str]) -> None:
    """When the next modal box is up: keep its text and press ``button`` (a text or a standard button)."""
    def act(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 200:
                QTimer.singleShot(10, lambda: act(tries + 1))
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        if isinstance(button, str):
            target = next(b for b in box.buttons() if b.text() == button)
        else:
            target = box.button(button)
        target.click()
    QTimer.singleShot(0, act)


def start(qtbot, database) -> MainController:
    controller = MainController(database, remember=False)
    qtbot.addWidget(controller.window)
    controller.window.resize(1366, 768)
    controller.window.show()
    assert QTest.qWaitForWindowExposed(controller.window)
    return controller


def show_household(controller, household):  # noqa: F811
    controller.select_home(household.home_id)
    panel = controller.window.detail_panel.consent_panel
    assert controller.window.detail_panel.home().id == household.home_id
    return panel


def test_erase_from_the_home_panel_after_confirmation(qtbot, demo, household):  # noqa: F811
    controller = start(qtbot, demo)
    panel = show_household(controller, household)
    assert panel.rows() and panel.erase_button.isEnabled()
    controller.window.grab().save(f"{SHOTS}/flatapp-privacy-home-panel.png")
    seen: list[str] = []
    answer_box("Annuleren", seen)                          # first: cancel, nothing happens
    qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
    with demo.session() as session:
        assert session.scalar(select(func.count(Interview.id)).where(Interview.home_id == household.home_id)) == 1
    assert f"woning {household.code}" in seen[0]
    for named in ("ingevuld formulier", "verhaal", "naam en contactgegevens", "correcties", "toestemmingen",
                  "andere bewoners", "deurbezoek", "Het adres blijft", "niet ongedaan"):
        assert named in seen[0], named
    answer_box("Wissen", seen)
    qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
    with demo.session() as session:
        assert session.scalar(select(func.count(Interview.id)).where(Interview.home_id == household.home_id)) == 0
    assert [s for s in SECRETS if s.encode() in database_bytes(demo)] == []
    assert panel.rows() == [] and panel.empty_label.isVisibleTo(panel)
    assert "gewist" in controller.window.statusBar().currentMessage()
    assert controller.window.detail_panel.home().id == household.home_id          # the address stays


def test_withdraw_consent_with_the_keyboard(qtbot, demo, household):  # noqa: F811
    controller = start(qtbot, demo)
    panel = show_household(controller, household)
    rows = panel.rows()
    index = next(i for i, r in enumerate(rows) if r.purpose == CONTACT and r.active)
    panel.table.setFocus()
    panel.select_row(index)
    seen: list[str] = []
    answer_box(QMessageBox.StandardButton.Yes, seen)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "contact opnemen voor een vervolg" in seen[0] and "datum van vandaag" in seen[0]
    with demo.session() as session:
        consent = session.scalars(select(Consent).where(Consent.home_id == household.home_id,
                                                        Consent.purpose == CONTACT)).one()
        assert consent.withdrawn_at is not None and consent.withdrawn_at.date() == date.today()
    row = next(r for r in panel.rows() if r.purpose == CONTACT)
    assert row.state_label == "ingetrokken"
    panel.select_row(next(i for i, r in enumerate(panel.rows()) if r.purpose == CONTACT))
    assert not panel.withdraw_button.isEnabled()           # a withdrawn consent cannot be withdrawn again
    panel.grab().save(f"{SHOTS}/flatapp-privacy-consent-panel.png")


def test_record_consent_given_by_phone(qtbot, demo, household):  # noqa: F811
    from flatapp.gui.consent_dialog import ConsentRecordDialog

    controller = start(qtbot, demo)
    panel = show_household(controller, household)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConsentRecordDialog):
            QTimer.singleShot(10, fill)
            return
        dialog.grab().save(f"{SHOTS}/flatapp-privacy-consent-dialog.png")
        dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("research"))
        dialog.answer_combo.setCurrentIndex(0)
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("schriftelijk"))
        dialog.note_edit.setText("brief van 25-11-2026")
        dialog.accept()
    QTimer.singleShot(0, fill)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    with demo.session() as session:
        consent = session.scalars(select(Consent).where(Consent.home_id == household.home_id,
                                                        Consent.purpose == "research")).one()
    assert (consent.given, consent.source, consent.note) == (True, "schriftelijk", "brief van 25-11-2026")
    assert any(r.purpose == "research" and r.active for r in panel.rows())


def test_the_log_dialog_shows_filters_and_exports(qtbot, demo, household, tmp_path):  # noqa: F811
    from flatapp.privacy.access import write_access_letter

    with demo.session() as session, session.begin():
        write_access_letter(session, household.home_id, tmp_path / "inzage.pdf")
    dialog = PrivacyLogDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    total = dialog.model.rowCount()
    assert total >= 2
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Datum en tijd"
    kinds = [dialog.model.index(r, 2).data() for r in range(total)]
    assert "Toestemming" in kinds
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("consent"))
    assert 0 < dialog.model.rowCount() < total
    assert {dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())} == {"Toestemming"}
    dialog.grab().save(f"{SHOTS}/flatapp-privacy-log.png")
    target = dialog.export_csv(str(tmp_path / "log.csv"))
    assert target is not None and target.read_text(encoding="utf-8-sig").splitlines()[1].startswith("Datum en tijd;")
    dialog.kind_combo.setCurrentIndex(0)
    assert dialog.model.index(0, 2).data() == "Verwerkingsregister en logboek"     # the export is logged, on top


def test_retention_reminder_and_purge(qtbot, demo, household):  # noqa: F811
    with demo.session() as session, session.begin():
        session.get(Round, household.round_id).retention_until = date(2026, 11, 20)
    backup = demo.backup(app_paths().ensure().backups)
    controller = start(qtbot, demo)
    banner = controller.privacy._banner()
    qtbot.waitUntil(lambda: banner.isVisible())
    assert "Najaar 2026" in controller.privacy.banner_label.text()
    assert "Ook 1 oude reservekopie bevat ze nog" in controller.privacy.banner_label.text()
    controller.window.grab().save(f"{SHOTS}/flatapp-privacy-banner.png")

    dialog = RetentionDialog(demo, app_paths().backups, controller.window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current().due and dialog.backup_files()[0].path == backup
    dialog.grab().save(f"{SHOTS}/flatapp-privacy-retention.png")
    seen: list[str] = []
    answer_box("Opschonen", seen)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert "namen, contactgegevens, verhalen" in seen[0] and "vrijwilligers" in seen[0]
    assert "opgeschoond" in dialog.message.text()
    assert [s for s in SECRETS if s.encode() in database_bytes(demo)] == []
    answer_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(dialog.delete_backups_button, Qt.MouseButton.LeftButton)
    assert not backup.exists()
    dialog.close()
    assert controller.privacy.check_retention() == [] and not banner.isVisible()


def test_a_purge_before_the_date_says_so(qtbot, demo, household):  # noqa: F811
    dialog = RetentionDialog(demo, app_paths().backups, today=date(2027, 1, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.current().due
    seen: list[str] = []
    answer_box("Annuleren", seen)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert "loopt nog tot en met 12-11-2027" in seen[0]
    with demo.session() as session:
        assert session.get(Round, household.round_id).purged_at is None
    dialog.date_edit.setDate(dialog.date_edit.date().addYears(1))
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "12-11-2028" in dialog.message.text()


@pytest.mark.parametrize("action", ["record_action", "log_action", "retention_action"])
def test_privacy_menu_holds_the_tools(qtbot, demo, action, monkeypatch):  # noqa: F811
    controller = start(qtbot, demo)
    menu = controller.privacy.menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Gegevens van deze woning &wissen…", "&Inzage voor deze woning (PDF)…",
                     "&Bewaartermijnen en opschonen…", "&Verwerkingsregister (PDF)…", "Privacy&logboek…"]
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: ("", ""))
    getattr(controller.privacy, action).trigger()
    assert opened == {"record_action": [], "log_action": ["PrivacyLogDialog"],
                      "retention_action": ["RetentionDialog"]}[action]
