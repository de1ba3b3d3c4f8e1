"""Who works in the window, and what their role shows (mixed into MainController): the Beheer menu with
Gebruikers…, Bestand › Verbinden met server…, and hiding what the role may not do.

The services refuse whatever a role may not do (flatapp.services.access); the window does not offer it:
a typist sees the homes, the door outcomes and the forms; a partner the homes and the results; only a
coordinator sees the set-up, printing, exports, the tent, the groups, privacy and the users.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from flatapp.domain.roles import Role
from flatapp.services.access import ACTOR_KEY, Actor

translate = QCoreApplication.translate

# The Ronde menu's actions (object names in ui/main_window.ui) and the tabs each role sees.
ROUND_ACTIONS = {
    Role.TYPIST: {"actionEnterDoors", "actionEnterForms", "actionDoubleEntry"},
    Role.PARTNER: {"actionShowResults"},
}
TABS = {Role.TYPIST: {"doorsTab", "formsTab"}, Role.PARTNER: {"resultsTab"}}
COORDINATOR_ONLY = ("actionImportHomes", "actionNewBuilding", "actionRenameBuilding")


class AccessActions:
    """The window's part of users and roles."""

    def _setup_access(self) -> None:
        window, ui = self.window, self.window.ui
        self.connect_action = QAction(translate("MainWindow", "Verbinden met &server…"), window)
        self.connect_action.setObjectName("actionConnectServer")
        ui.menuFile.insertAction(ui.actionImportHomes, self.connect_action)
        ui.menuFile.insertSeparator(ui.actionImportHomes)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.admin_menu = window.menuBar().addMenu(translate("MainWindow", "B&eheer"))
        self.admin_menu.setObjectName("menuAdmin")
        window.menuBar().insertMenu(ui.menuHelp.menuAction(), self.admin_menu)
        self.users_action = QAction(translate("MainWindow", "&Gebruikers…"), window)
        self.users_action.setObjectName("actionUsers")
        self.users_action.triggered.connect(self.manage_users)
        self.admin_menu.addAction(self.users_action)

    @property
    def actor(self) -> Actor | None:
        return self.database.session_info.get(ACTOR_KEY)

    def apply_role(self) -> None:
        """Show what the signed-in user's role may do, and hide the rest."""
        actor = self.actor
        role = actor.role if actor is not None else Role.COORDINATOR
        ui = self.window.ui
        everything = role is Role.COORDINATOR
        for menu in (ui.menuTent, ui.menuGroups, self.privacy.menu, self.admin_menu):
            menu.menuAction().setVisible(everything)
        for action in ui.menuRound.actions():
            if action.isSeparator():
                action.setVisible(everything)
            else:
                action.setVisible(everything or action.objectName() in ROUND_ACTIONS[role])
        for name in COORDINATOR_ONLY:
            getattr(ui, name).setVisible(everything)
        tabs = ui.workTabs
        for index in range(tabs.count()):
            name = tabs.widget(index).objectName()
            tabs.setTabVisible(index, everything or name == "homesTab" or name in TABS[role])
        if not everything and not tabs.isTabVisible(tabs.currentIndex()):
            tabs.setCurrentIndex(0)
        self.window.detail_panel.consent_panel.setVisible(everything)
        self.window.detail_panel.setEnabled(everything)      # homes are changed by a coordinator only
        self.window.set_user_text(actor.shown if actor is not None and actor.registered else "")

    def server_text(self) -> str:
        """'kantoor.local:5432/flatapp, versleuteld' — the server database shown, and whether TLS protects it."""
        from flatapp.storage.server import ServerAddress, is_encrypted

        address = ServerAddress.from_url(self.database.url)
        if address is None:
            return self.database.url.split("@")[-1]
        try:
            encrypted = is_encrypted(self.database.engine)
        except Exception:        # the server went away: the next action says so
            encrypted = False
        state = (translate("MainWindow", "versleuteld") if encrypted
                 else translate("MainWindow", "niet versleuteld"))
        return f"{address.host}:{address.port}/{address.database}, {state}"

    def manage_users(self) -> None:
        """Beheer › Gebruikers…: the users, their role and a typist's rounds (a coordinator's dialog)."""
        from flatapp.gui.users_dialog import UsersDialog

        dialog = UsersDialog(self.database, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def connect_to_server(self) -> bool:
        """Bestand › Verbinden met server…: open the office's PostgreSQL database."""
        from flatapp.gui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.window)
        try:
            if not dialog.exec() or dialog.database is None:
                return False
            self.switch_database(dialog.database)
            return True
        finally:
            dialog.deleteLater()
