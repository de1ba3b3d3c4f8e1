"""Reporting back from the window: the sender and tent dialog, planning the next round, the PDFs from the
Ronde menu; driven like a user (typing, clicking), with screenshots looked at in /tmp."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from flatapp.gui.reporting_dialogs import (
    GROUP_INVITATION,
    REPORT,
    UPDATE_HANDOUT,
    CopyRoundDialog,
    ReportingDialog,
    SenderSettingsDialog,
)
from flatapp.services.round_settings import letter_settings
from flatapp.services.rounds import list_rounds
from tests.printing.pdfcheck import flat, page_texts
from tests.reporting.followup_data import add_followup


@pytest.fixture
def demo(demo_database):
    with demo_database.session() as session, session.begin():
        add_followup(session, 1)
    return demo_database


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)       # ASCII only (see TECH-NOTES)


def test_sender_dialog_saves_checked_values_and_shows_a_dutch_error(qtbot, demo):
    dialog = SenderSettingsDialog(demo, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.nameEdit.text() == "Anja de Boer" and dialog.tentCheck.isChecked()
    _type(qtbot, dialog.phoneEdit, "12")
    assert dialog.save() is False
    assert "te kort" in dialog.messageLabel.text() and dialog.isVisible()
    with demo.session() as s:
        assert letter_settings(s, 1).sender_phone == "0515-123456"     # nothing saved
    _type(qtbot, dialog.phoneEdit, "06-98765432")
    _type(qtbot, dialog.corporationEdit, "Woonstichting Sneek")
    _type(qtbot, dialog.placeEdit, "in de hal van portiek B")
    dialog.tentDateEdit.setDate(QDate(2026, 12, 17))
    dialog.tentStartEdit.setTime(QTime(15, 0))
    assert dialog.save() is True
    with demo.session() as s:
        settings = letter_settings(s, 1)
    assert (settings.sender_phone, settings.corporation_name, settings.tent_place) == (
        "06-98765432", "Woonstichting Sneek", "in de hal van portiek B")
    assert (settings.tent_date, settings.tent_starts, settings.tent_ends) == (date(2026, 12, 17), time(15), time(19))


def test_sender_dialog_without_a_tent_date_clears_it(qtbot, demo):
    dialog = SenderSettingsDialog(demo, 1)
    qtbot.addWidget(dialog)
    dialog.tentCheck.setChecked(False)
    assert not dialog.tentDateEdit.isEnabled()
    assert dialog.save()
    with demo.session() as s:
        assert letter_settings(s, 1).tent_date is None


def test_sender_dialog_merges_with_a_change_saved_meanwhile(qtbot, demo, conflict_choice):
    from flatapp.services.round_settings import update_letter_settings

    def keep_their_name(conflict):
        conflict.choose_field("sender_name", theirs=True)
        conflict.merge.click()
    shown = conflict_choice(keep_their_name)
    dialog = SenderSettingsDialog(demo, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    with demo.session() as s, s.begin():          # a colleague renames the sender meanwhile
        update_letter_settings(s, 1, version=letter_settings(s, 1).version, sender_name="Bram Smit")
    _type(qtbot, dialog.phoneEdit, "06-98765432")
    _type(qtbot, dialog.nameEdit, "Anja Boer")
    assert dialog.save() is True
    [conflict] = shown
    assert {d.field for d in conflict.conflict.differences} == {"sender_name", "sender_phone"}
    with demo.session() as s:
        settings = letter_settings(s, 1)
    assert (settings.sender_name, settings.sender_phone) == ("Bram Smit", "06-98765432")


def test_sender_dialog_can_take_the_others_version(qtbot, demo, conflict_choice):
    from flatapp.services.round_settings import update_letter_settings

    conflict_choice(lambda conflict: conflict.take_theirs.click())
    dialog = SenderSettingsDialog(demo, 1)
    qtbot.addWidget(dialog)
    with demo.session() as s, s.begin():
        update_letter_settings(s, 1, version=letter_settings(s, 1).version, sender_name="Bram Smit")
    _type(qtbot, dialog.phoneEdit, "06-98765432")
    assert dialog.save() is False
    assert dialog.nameEdit.text() == "Bram Smit" and dialog.phoneEdit.text() == "0515-123456"
    assert dialog.save() is True                  # saved again, now on the newer version


def test_copy_round_dialog_plans_the_next_round(qtbot, demo):
    dialog = CopyRoundDialog(demo, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.nameEdit.text() == "Najaar 2027"
    assert dialog.startEdit.date() == QDate(2027, 11, 1)
    _type(qtbot, dialog.nameEdit, "Najaar 2026")
    assert not dialog.plan() and "al een ronde" in dialog.messageLabel.text()
    _type(qtbot, dialog.nameEdit, "Voorjaar 2027")
    assert dialog.plan() and dialog.new_round_id is not None
    with demo.session() as s:
        assert [r.name for r in list_rounds(s, 1)] == ["Voorjaar 2027", "Najaar 2026"]


def test_round_planner_has_the_two_buttons_and_plans_the_next_round(qtbot, demo, monkeypatch):
    from flatapp.gui import reporting_dialogs
    from flatapp.gui.round_planner import RoundPlannerWidget

    widget = RoundPlannerWidget(demo, 1)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    assert widget.senderButton.isEnabled() and widget.copyButton.isEnabled()
    assert widget.senderButton.text() == "Afzender en tent…"

    def run(self):
        self.nameEdit.setText("Najaar 2027")
        return self.plan()

    monkeypatch.setattr(reporting_dialogs.CopyRoundDialog, "exec", run)
    qtbot.mouseClick(widget.copyButton, Qt.MouseButton.LeftButton)
    assert widget.current_round_id() != 1
    assert widget.ui.nameEdit.text() == "Najaar 2027"
    assert widget.volunteer_model.rowCount() == 10
    widget.start_new_round()
    assert not widget.senderButton.isEnabled() and not widget.copyButton.isEnabled()


def test_reporting_dialog_writes_each_pdf(qtbot, demo, tmp_path):
    dialog = ReportingDialog(demo, 1, REPORT)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.groupBox.isVisible()
    assert dialog.default_file_name() == "Rapport-Najaar-2026.pdf"
    assert dialog.save_to(tmp_path / "rapport.pdf")
    assert "Opgeslagen" in dialog.messageLabel.text() and (tmp_path / "rapport.pdf").exists()

    dialog.kindCombo.setCurrentIndex(GROUP_INVITATION)
    assert dialog.groupBox.isVisible()
    groups = [dialog.groupCombo.itemText(i) for i in range(dialog.groupCombo.count())]
    assert groups == sorted(groups) and {"Portiek-apps", "Schone flat"} <= set(groups)
    dialog.groupCombo.setCurrentIndex(1)
    assert not dialog.save_to(tmp_path / "groep.pdf")                  # no place yet
    assert "plaats van de bijeenkomst" in dialog.messageLabel.text()
    _type(qtbot, dialog.placeEdit, "de hal")
    assert dialog.save_to(tmp_path / "groep.pdf")
    assert "Vertrouwelijk" in flat(page_texts(tmp_path / "groep.pdf")[0])

    dialog.kindCombo.setCurrentIndex(UPDATE_HANDOUT)
    assert dialog.save_to(tmp_path / "nieuws.pdf")
    assert "Wat is er gebeurd?" in flat(page_texts(tmp_path / "nieuws.pdf")[0])


def test_ronde_menu_opens_the_reporting_dialog(qtbot, demo, monkeypatch):
    from flatapp.gui import reporting_dialogs
    from flatapp.gui.main_window import MainController

    opened = []
    monkeypatch.setattr(reporting_dialogs.ReportingDialog, "exec",
                        lambda self: opened.append(self.kindCombo.currentIndex()) or 0)
    controller = MainController(demo, remember=False)
    qtbot.addWidget(controller.window)
    ui = controller.window.ui
    ui.actionReport.trigger()
    ui.actionInvitations.trigger()
    ui.actionUpdateHandout.trigger()
    assert opened == [REPORT, 1, UPDATE_HANDOUT]
