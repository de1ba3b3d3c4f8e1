"""Werkgroepen driven like a user: the overview per block, a group's dialog (members with consent only,
partners, actions edited in place) with undo, the partner list, and the facade map's confidential view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from sqlalchemy import select

from flatapp.gui.groups import MEMBER_COLOUR, WARNING_FILL, GroupDialog, GroupsOverview, PartnersDialog
from flatapp.gui.main_window import MainController
from flatapp.services.actions import add_action, list_actions, set_status
from flatapp.services.consent import set_consent
from flatapp.services.groups import add_member, create_group, members_of, participating_homes
from flatapp.services.homes import list_home_rows
from flatapp.services.partners import create_partner, list_partners
from flatapp.services.rounds import create_round
from flatapp.storage.followup_models import Person
from flatapp.storage.models import ActivityLog
from flatapp.storage.privacy_models import CONTACT, GROUP
from tests.gui.keyboard import type_text
from tests.privacy.conftest import demo, demo_template  # noqa: F401

TODAY = date(2026, 12, 4)
SHOTS = "/tmp"


@pytest.fixture
def block(database, make_building):
    """A block with Ans (GROUP consent), Bert (sign-up sheet) and Cor (contact by phone only: refused)."""
    building_id = make_building("Groepenflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar").id
        homes = list_home_rows(s, building_id)
        people = {}
        for name, home in (("Ans de Vries", homes[0]), ("Bert Kok", homes[1]), ("Cor Smit", homes[2])):
            person = Person(round_id=round_id, home_id=home.id, name=name)
            s.add(person)
            s.flush()
            people[name.split()[0]] = person.id
        set_consent(s, round_id, homes[0].id, GROUP, True, "mondeling")
        set_consent(s, round_id, homes[1].id, CONTACT, True, "inschrijflijst")
        set_consent(s, round_id, homes[2].id, CONTACT, True, "mondeling")
        group = create_group(s, building_id, "Afval van balkons")
        partner = create_partner(s, "Jongerenwerk", offers="kennis")
    return building_id, group.id, people, homes, partner.id


def open_group(qtbot, database, group_id) -> GroupDialog:
    dialog = GroupDialog(database, group_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    return dialog


def choose(combo: QComboBox, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def member_names(database, group_id) -> list[str]:
    with database.session() as s:
        return [m.name for m in members_of(s, group_id)]


def test_members_only_with_consent_and_undo_redo_with_the_keyboard(qtbot, database, block):
    _building_id, group_id, people, _homes, _partner = block
    dialog = open_group(qtbot, database, group_id)
    assert "(geen toestemming)" in [dialog.person_combo.itemText(i) for i in range(dialog.person_combo.count())][2]
    choose(dialog.person_combo, "Cor Smit")
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    message = dialog.message_label.text()
    assert "Cor Smit" in message and "kan niet aan werkgroep 'Afval van balkons' worden toegevoegd" in message
    assert "alleen toestemming voor contact" in message and member_names(database, group_id) == []
    assert not dialog.undo_button.isEnabled()

    choose(dialog.person_combo, "Ans de Vries")
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    choose(dialog.person_combo, "Bert Kok")
    dialog.add_member_button.setFocus()
    QTest.keyClick(dialog.add_member_button, Qt.Key.Key_Space)
    assert member_names(database, group_id) == ["Ans de Vries", "Bert Kok"]
    assert dialog.member_model.rowCount() == 2 and "lid geworden" in dialog.message_label.text()

    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert member_names(database, group_id) == ["Ans de Vries"]
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert member_names(database, group_id) == ["Ans de Vries", "Bert Kok"]

    # Ans as contact person, then removed with the Delete key: undo brings her back as contact person.
    choose(dialog.contact_combo, "Ans de Vries")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.detail.group.contact_name == "Ans de Vries"
    dialog.member_table.setFocus()
    dialog.member_table.setCurrentIndex(dialog.member_model.index(0, 0))
    QTest.keyClick(dialog.member_table, Qt.Key.Key_Delete)
    assert member_names(database, group_id) == ["Bert Kok"] and dialog.detail.group.contact_person_id is None
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert member_names(database, group_id) == ["Ans de Vries", "Bert Kok"]
    assert dialog.message_label.text() == "Ongedaan gemaakt: lid Ans de Vries verwijderen."
    assert dialog.detail.group.contact_name == "Ans de Vries"
    dialog.grab().save(f"{SHOTS}/groups_dialog_members.png")
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)     # the contact person chosen
    assert dialog.detail.group.contact_person_id is None and "Ans de Vries" in member_names(database, group_id)
    assert dialog.contact_combo.currentText() == "(nog niet gekozen)"


def test_actions_added_and_edited_in_place_with_undo(qtbot, database, block):
    _building_id, group_id, people, _homes, partner_id = block
    dialog = open_group(qtbot, database, group_id)
    choose(dialog.partner_combo, "Jongerenwerk")
    qtbot.mouseClick(dialog.add_partner_button, Qt.MouseButton.LeftButton)
    assert dialog.partner_table.currentIndex().column() == 3        # ready to type what the partner brings
    QTest.keyClick(dialog.partner_table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "straatgesprekken")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.detail.partners[0].brings == "straatgesprekken")

    dialog.what_edit.setFocus()
    type_text(dialog.what_edit, "Jongeren vragen mee te prikken")
    choose(dialog.who_combo, "partner: Jongerenwerk")
    QTest.keyClicks(dialog.due_edit, "01-12-2026")
    QTest.keyClick(dialog.due_edit, Qt.Key.Key_Return)
    with database.session() as s:
        (action,) = list_actions(s, today=TODAY)
    assert (action.what, action.who_label, action.due, action.overdue) == (
        "Jongeren vragen mee te prikken", "Jongerenwerk", date(2026, 12, 1), True)
    assert dialog.what_edit.text() == "" and dialog.what_edit.hasFocus()
    model = dialog.action_model
    assert model.data(model.index(0, 3)) == "open — te laat"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == WARNING_FILL

    # Status 'klaar' with the keyboard: F2 opens the list, 'k' picks klaar, Enter saves.
    dialog.action_table.setFocus()
    dialog.action_table.setCurrentIndex(model.index(0, 3))
    QTest.keyClick(dialog.action_table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.objectName() == "statusEditor"
    QTest.keyClick(combo, Qt.Key.Key_K)
    QTest.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.detail.actions[0].status == "klaar")
    assert dialog.detail.actions[0].done_on == TODAY and not dialog.detail.actions[0].overdue

    # The result, typed in place.
    dialog.action_table.setCurrentIndex(model.index(0, 4))
    QTest.keyClick(dialog.action_table, Qt.Key.Key_F2)
    type_text(QApplication.focusWidget(), "Vijf jongeren hielpen mee")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.detail.actions[0].result == "Vijf jongeren hielpen mee")
    dialog.grab().save(f"{SHOTS}/groups_dialog_actions.png")

    # Undo: the result, then the status (back to open and overdue), then the action itself.
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.detail.actions[0].result == ""
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (dialog.detail.actions[0].status, dialog.detail.actions[0].done_on) == ("open", None)
    assert dialog.detail.actions[0].overdue
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.detail.actions == []
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [a.what for a in dialog.detail.actions] == ["Jongeren vragen mee te prikken"]

    # A bad date is refused on the message line.
    dialog.action_table.setCurrentIndex(model.index(0, 2))
    QTest.keyClick(dialog.action_table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "31-02-2027")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "geen geldige datum" in dialog.message_label.text())
    assert dialog.detail.actions[0].due == date(2026, 12, 1)


def test_a_change_made_elsewhere_meanwhile_is_not_overwritten(qtbot, database, block):
    _building_id, group_id, _people, _homes, _partner = block
    with database.session() as s, s.begin():
        action = add_action(s, group_id, "Containers vragen", due=date(2026, 12, 20))
    dialog = open_group(qtbot, database, group_id)
    with database.session() as s, s.begin():      # the same action, finished in another window
        set_status(s, action.id, action.version, "klaar", result="Geregeld")
    dialog.edit_action(action.id, "status", "bezig")
    message = dialog.message_label.text()
    assert "de status is nu 'klaar', u wilde 'bezig'" in message and "niets opgeslagen" in message
    assert dialog.detail.actions[0].status == "klaar" and not dialog.undo_button.isEnabled()

    # An undo after a change elsewhere is refused too, and the step is dropped.
    assert dialog.edit_action(action.id, "result", "Twee containers geregeld")
    assert dialog.undo_button.isEnabled()
    with database.session() as s, s.begin():
        set_status(s, action.id, dialog.detail.actions[0].version, "vervallen")
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "intussen door iemand anders gewijzigd (versie 4, u werkte met versie 3)" in dialog.message_label.text()
    assert "het resultaat is nu 'Twee containers geregeld', u wilde 'Geregeld'" in dialog.message_label.text()
    assert dialog.detail.actions[0].result == "Twee containers geregeld" and dialog.undo_stack.count() == 0


def test_a_stale_action_edit_goes_to_the_conflict_dialog(qtbot, database, block, conflict_choice):
    _building_id, group_id, _people, _homes, _partner = block
    with database.session() as s, s.begin():
        action = add_action(s, group_id, "Containers vragen", due=date(2026, 12, 20))
    shown = conflict_choice(lambda dialog: dialog.keep_mine.click())
    dialog = open_group(qtbot, database, group_id)
    with database.session() as s, s.begin():      # the same action, finished on another computer
        set_status(s, action.id, action.version, "klaar", result="Geregeld")
    assert dialog.edit_action(action.id, "status", "bezig")
    [conflict] = shown
    assert conflict.conflict.theirs["status"] == "klaar" and conflict.conflict.yours["status"] == "bezig"
    assert dialog.detail.actions[0].status == "bezig" and dialog.detail.actions[0].version == 3
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the undo is based on it
    assert dialog.detail.actions[0].status == "klaar"


def test_a_stale_group_edit_can_take_the_others_version(qtbot, database, block, conflict_choice):
    _building_id, group_id, _people, _homes, _partner = block
    conflict_choice(lambda dialog: dialog.take_theirs.click())
    dialog = open_group(qtbot, database, group_id)
    from flatapp.services.groups import rename_group

    with database.session() as s, s.begin():
        rename_group(s, group_id, dialog.detail.group.version, "Balkons schoon")
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "Afval weg")
    assert not dialog.save_fields()
    assert dialog.detail.group.name == "Balkons schoon" and dialog.name_edit.text() == "Balkons schoon"
    assert "Niet opgeslagen" in dialog.message_label.text()


def test_the_overview_per_block(qtbot, demo):  # noqa: F811
    with demo.session() as s:
        from flatapp.services.buildings import get_building

        building_id = get_building(s, "Voorbeeldflat").id
    overview = GroupsOverview(demo, building_id, "Voorbeeldflat", today=TODAY)
    qtbot.addWidget(overview)
    overview.show()
    assert QTest.qWaitForWindowExposed(overview)
    groups = overview.group_model.rows()
    assert [(g.name, g.members, g.open_actions, g.overdue_actions) for g in groups] == [
        ("Afval van balkons", 3, 1, 1), ("Groepsapp per portiek", 2, 1, 0)]
    opened = overview.open_model
    assert [opened.data(opened.index(r, 2)) for r in range(opened.rowCount())] == [
        "Extra afvalcontainer bij portiek B vragen", "Bewoners van portiek C uitnodigen voor hun groepsapp"]
    assert opened.data(opened.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == WARNING_FILL
    assert opened.data(opened.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "1 te laat" in overview.open_label.text()
    done = overview.done_model
    assert done.data(done.index(0, 3)).startswith("In alle drie portieken opgehangen")
    assert overview.findChild(type(overview.open_label), "tierLabel").text().startswith("Vertrouwelijk")
    overview.grab().save(f"{SHOTS}/groups_overview.png")

    # A new group by keyboard, then Enter on the table opens its dialog.
    overview.new_name_edit.setFocus()
    QTest.keyClicks(overview.new_name_edit, "Speeltuin")
    QTest.keyClick(overview.new_name_edit, Qt.Key.Key_Return)
    assert [g.name for g in overview.group_model.rows()] == ["Afval van balkons", "Groepsapp per portiek", "Speeltuin"]
    assert overview.current_group_id() == overview.group_model.rows()[2].id and overview.group_table.hasFocus()
    seen: list[str] = []

    def close_dialog(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, GroupDialog):
            if tries < 200:
                QTimer.singleShot(10, lambda: close_dialog(tries + 1))
            return
        seen.append(dialog.windowTitle())
        dialog.reject()
    QTimer.singleShot(0, close_dialog)
    QTest.keyClick(overview.group_table, Qt.Key.Key_Return)
    assert seen == ["Werkgroep Speeltuin — Voorbeeldflat"]
    QTest.keyClicks(overview.new_name_edit, "speeltuin")
    QTest.keyClick(overview.new_name_edit, Qt.Key.Key_Return)
    assert "al een werkgroep 'Speeltuin'" in overview.message_label.text()


def test_the_partner_list_is_edited_in_place(qtbot, database, block):
    dialog = PartnersDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.name_edit.setFocus()
    QTest.keyClicks(dialog.name_edit, "Gebiedsteam Noord")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [p.name for p in dialog.model.rows()] == ["Gebiedsteam Noord", "Jongerenwerk"]
    assert dialog.table.currentIndex().column() == 1 and dialog.table.hasFocus()
    offers = dialog.model.FIELDS.index("offers")
    dialog.table.setCurrentIndex(dialog.model.index(0, offers))
    QTest.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "kennis, geld")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rows()[0].offers == ("kennis", "geld"))
    dialog.table.setCurrentIndex(dialog.model.index(0, offers))
    QTest.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "koffie")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Onbekend aanbod 'koffie'" in dialog.message_label.text())
    with database.session() as s:
        assert [p.offers for p in list_partners(s)] == [("kennis", "geld"), ("kennis",)]
    dialog.grab().save(f"{SHOTS}/groups_partners.png")


def test_the_menu_and_the_confidential_map_view(qtbot, demo, monkeypatch):  # noqa: F811
    controller = MainController(demo, remember=False)
    qtbot.addWidget(controller.window)
    controller.window.resize(1366, 768)
    controller.window.show()
    ui = controller.window.ui
    titles = [a.text() for a in controller.window.menuBar().actions()]
    assert "Wer&kgroepen" in titles
    assert [a.text() for a in ui.menuGroups.actions() if not a.isSeparator()] == [
        "&Overzicht…", "&Partners…", "&Deelnemers op de gevelkaart (vertrouwelijk)"]
    facade = controller.window.facade_map
    with demo.session() as s:
        homes = participating_homes(s, controller.current_building().id)
    assert len(homes) == 5
    ui.actionGroupsOnMap.trigger()
    assert {h for h in facade.home_ids() if facade.home_colour(h) == MEMBER_COLOUR} == homes
    assert "vertrouwelijk" in facade.legend()[0][0]
    controller.window.grab().save(f"{SHOTS}/groups_map.png")
    with demo.session() as s:
        assert s.scalar(select(ActivityLog.tier).where(ActivityLog.action == "groups.map")) == "vertrouwelijk"
    ui.actionGroupsOnMap.trigger()
    assert facade.legend() == [] and all(facade.home_colour(h) != MEMBER_COLOUR for h in facade.home_ids())

    opened: list[str] = []
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    ui.actionGroupsOverview.trigger()
    ui.actionPartners.trigger()
    assert opened == ["GroupsOverview", "PartnersDialog"]


def test_a_member_added_in_the_dialog_shows_on_the_map(qtbot, database, block):
    building_id, group_id, people, homes, _partner = block
    with database.session() as s, s.begin():
        add_member(s, group_id, people["Ans"])
    with database.session() as s:
        assert participating_homes(s, building_id) == {homes[0].id}
