"""The window by role (what a typist and a partner see), Beheer › Gebruikers…, and Verbinden met server… with
the password in an (in-memory) keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from flatapp.domain.roles import Role
from flatapp.gui.main_window import MainController
from flatapp.gui.main_window.database_actions import open_database_checked
from flatapp.services.rounds import create_round
from flatapp.services.users import add_user, assign_rounds


class MemoryKeyring(KeyringBackend):
    """A keyring for a machine without a keyring service: the tests' own, in memory."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def office(database, make_building, monkeypatch):
    """coco (coordinator), tina (typist of 'Najaar') and pim (partner) on a block with two rounds."""
    building = make_building()
    monkeypatch.setattr("flatapp.services.access.os_login", lambda: "coco")
    with database.session() as s, s.begin():
        autumn = create_round(s, building, "Najaar").id
        create_round(s, building, "Voorjaar")
        add_user(s, "tina", Role.TYPIST, "Tina Typt")
        add_user(s, "pim", Role.PARTNER, "Pim Partner")
        assign_rounds(s, "tina", [autumn])
    path = database.file
    database.dispose()
    return {"path": path, "round": autumn}


def start_as(qtbot, monkeypatch, office, login: str) -> MainController:
    monkeypatch.setattr("flatapp.services.access.os_login", lambda: login)
    controller = MainController(open_database_checked(office["path"]), remember=False)
    qtbot.addWidget(controller.window)
    controller.window.resize(1200, 760)
    controller.window.show()
    return controller


def visible_tabs(controller) -> list[str]:
    tabs = controller.window.ui.workTabs
    return [tabs.widget(i).objectName() for i in range(tabs.count()) if tabs.isTabVisible(i)]


def visible_menus(controller) -> list[str]:
    return [a.text() for a in controller.window.ui.menubar.actions() if a.isVisible()]


def test_a_typist_sees_the_homes_door_outcomes_and_forms_of_their_round(qtbot, monkeypatch, office):
    controller = start_as(qtbot, monkeypatch, office, "tina")
    ui = controller.window.ui
    assert visible_menus(controller) == ["&Bestand", "Be&werken", "Beel&d", "&Flat", "&Ronde", "&Help"]
    assert [a.objectName() for a in ui.menuRound.actions() if a.isVisible()] == [
        "actionEnterDoors", "actionEnterForms", "actionDoubleEntry"]
    assert not ui.actionImportHomes.isVisible()
    assert visible_tabs(controller) == ["homesTab", "doorsTab", "formsTab"]
    assert controller.window.user_label.text() == "Aangemeld: Tina Typt (invoerder)"
    assert not controller.window.detail_panel.isEnabled()
    qtbot.keyClick(controller.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    forms = controller.page("forms")
    assert forms.round_id() == office["round"]          # only her round is offered


def test_a_partner_sees_the_results_only(qtbot, monkeypatch, office):
    controller = start_as(qtbot, monkeypatch, office, "pim")
    assert visible_tabs(controller) == ["homesTab", "resultsTab"]
    assert [a.objectName() for a in controller.window.ui.menuRound.actions() if a.isVisible()] == ["actionShowResults"]
    assert "&Privacy" not in visible_menus(controller) and "B&eheer" not in visible_menus(controller)


def test_a_stranger_is_refused_at_the_door(qtbot, monkeypatch, office):
    from flatapp.storage.database import DatabaseRefused

    monkeypatch.setattr("flatapp.services.access.os_login", lambda: "mallory")
    with pytest.raises(DatabaseRefused, match="'mallory' staat niet als gebruiker"):
        open_database_checked(office["path"])


def test_the_coordinator_manages_users_in_the_dialog(qtbot, monkeypatch, office):
    from flatapp.gui.users_dialog import UsersDialog

    controller = start_as(qtbot, monkeypatch, office, "coco")
    assert "B&eheer" in visible_menus(controller)
    assert visible_tabs(controller) == ["homesTab", "roundTab", "doorsTab", "formsTab", "resultsTab"]
    dialog = UsersDialog(controller.database, controller.window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["coco", "pim", "tina"]
    dialog.name_edit.setText("anna")
    dialog.full_name_edit.setText("Anna de Vries")
    dialog.add_user()
    assert "'anna' is toegevoegd als invoerder." in dialog.message_label.text()
    assert dialog.selected_user().name == "anna"
    dialog.rounds_list.item(0).setCheckState(Qt.CheckState.Checked)      # Testflat › Najaar
    dialog.save_rounds()
    assert dialog.selected_user().rounds == ("Najaar",)
    dialog.table.selectRow([u.name for u in dialog.rows].index("coco"))  # herself
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_user()
    assert "U kunt uzelf niet verwijderen" in dialog.message_label.text()
    dialog.selected_role_combo.setCurrentIndex(dialog.selected_role_combo.findData("partner"))
    dialog.set_role()
    assert "enige coördinator" in dialog.message_label.text()


# --- connecting to a server ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def server():
    pytest.importorskip("psycopg")
    from tests.storage.test_postgresql_roles import password_server

    with password_server() as address:
        yield address


def fill(dialog, host, port, user, password, database="postgres"):
    dialog.host_edit.setText(host)
    dialog.port_spin.setValue(port)
    dialog.database_edit.setText(database)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)


def test_connecting_keeps_the_password_in_the_keyring_never_in_the_settings(qtbot, memory_keyring, server,
                                                                           flatapp_home):
    from flatapp.gui.connect_dialog import ConnectDialog
    from flatapp.storage.database import open_database
    from tests.storage.test_postgresql_roles import ADMIN_PASSWORD

    host, port = server
    open_database(f"postgresql+psycopg://flatapp:{ADMIN_PASSWORD}@{host}:{port}/postgres").dispose()
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, host, port, "flatapp", "fout-wachtwoord")
    dialog.connect_database()
    assert dialog.database is None and "het wachtwoord klopt niet" in dialog.status_label.text()
    dialog.password_edit.setText(ADMIN_PASSWORD)
    assert dialog.test_connection()
    assert "niet versleuteld" in dialog.status_label.text()      # the throwaway server offers no TLS
    dialog.tls_box.setChecked(True)
    dialog.connect_database()
    assert dialog.database is None and "geen versleutelde verbinding" in dialog.status_label.text()
    dialog.tls_box.setChecked(False)
    dialog.remember_box.setChecked(True)
    dialog.connect_database()
    assert dialog.database is not None
    dialog.database.dispose()
    assert memory_keyring.passwords == {("FlatApp", f"flatapp@{host}:{port}/postgres"): ADMIN_PASSWORD}
    QSettings().sync()
    settings_text = "".join(p.read_text(errors="replace") for p in flatapp_home.rglob("*") if p.is_file()
                            and p.suffix in (".conf", ".ini", ""))
    assert ADMIN_PASSWORD not in settings_text and host in settings_text

    again = ConnectDialog()                  # next time: the address from the settings, the password from the keyring
    qtbot.addWidget(again)
    assert (again.host_edit.text(), again.user_edit.text(), again.password_edit.text()) == (
        host, "flatapp", ADMIN_PASSWORD)
    reopened = open_database_checked(f"postgresql+psycopg://flatapp@{host}:{port}/postgres?sslmode=prefer")
    reopened.dispose()                       # a remembered address opens with the keyring's password


def test_a_server_that_is_down_says_what_to_do(qtbot, memory_keyring):
    from flatapp.gui.connect_dialog import ConnectDialog
    from tests.storage.test_postgresql import _free_port

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, "127.0.0.1", _free_port(), "tina", "x")
    dialog.connect_database()
    assert "is niet bereikbaar" in dialog.status_label.text() and dialog.database is None
