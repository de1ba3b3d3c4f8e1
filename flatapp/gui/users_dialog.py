"""Beheer › Gebruikers…: the users of a shared database, their role, and the rounds a typist enters.

A coordinator's dialog (the menu is hidden for other roles, and the services refuse them anyway). On
PostgreSQL a new user also gets their login on the server, with the password typed here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flatapp.domain.roles import Role
from flatapp.gui import theme
from flatapp.gui.runner import ServiceRunner, error_line
from flatapp.services import users as user_service
from flatapp.storage.database import Database


class UsersDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Gebruikers"))
        self.runner = ServiceRunner(database)
        self.rows: list[user_service.UserRow] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Een coördinator mag alles; een invoerder voert deuruitkomsten en formulieren in van de "
                               "rondes waarbij hij is ingedeeld, zonder vertrouwelijke gegevens of exports; een "
                               "partner kijkt alleen (intern niveau). Zonder gebruikers is wie de database opent "
                               "coördinator."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Naam"), self.tr("Rol"), self.tr("Rondes")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        middle = QHBoxLayout()
        middle.addWidget(self._new_user_box(), 1)
        middle.addWidget(self._selected_box(), 1)
        layout.addLayout(middle)
        bottom = QHBoxLayout()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self._button(self, self.tr("Sluiten"), "closeButton", self.accept))
        layout.addLayout(bottom)
        self.refresh()
        self.resize(900, 600)

    # --- building the dialog -------------------------------------------------------------------
    def _button(self, parent: QWidget, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _role_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for role in Role:
            combo.addItem(role.label, role.value)
        return combo

    def _new_user_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nieuwe gebruiker"), self)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("loginnaam, bijv. anna"))
        self.full_name_edit = QLineEdit(box)
        self.full_name_edit.setObjectName("fullNameEdit")
        self.role_combo = self._role_combo("newRoleCombo")
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.TYPIST.value))
        self.password_edit = QLineEdit(box)
        self.password_edit.setObjectName("newPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("alleen op een server"))
        add = self._button(box, self.tr("&Toevoegen"), "addUserButton", self.add_user)
        form.addRow(self.tr("&Login:"), self.name_edit)
        form.addRow(self.tr("&Naam:"), self.full_name_edit)
        form.addRow(self.tr("&Rol:"), self.role_combo)
        form.addRow(self.tr("&Wachtwoord:"), self.password_edit)
        form.addRow(add)
        return box

    def _selected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gekozen gebruiker"), self)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.selected_role_combo = self._role_combo("roleCombo")
        set_role = self._button(box, self.tr("Rol &wijzigen"), "setRoleButton", self.set_role)
        row.addWidget(self.selected_role_combo, 1)
        row.addWidget(set_role)
        column.addLayout(row)
        column.addWidget(QLabel(self.tr("Rondes die een invoerder invoert:"), box))
        self.rounds_list = QListWidget(box)
        self.rounds_list.setObjectName("roundsList")
        column.addWidget(self.rounds_list, 1)
        buttons = QHBoxLayout()
        save_rounds = self._button(box, self.tr("Rondes &opslaan"), "saveRoundsButton", self.save_rounds)
        remove = self._button(box, self.tr("&Verwijderen…"), "removeUserButton", self.remove_user)
        buttons.addWidget(save_rounds)
        buttons.addStretch(1)
        buttons.addWidget(remove)
        column.addLayout(buttons)
        return box

    # --- showing ---------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        try:
            self.rows = self.runner.read(user_service.list_users)
            choices = self.runner.read(user_service.round_choices)
        except Exception as error:
            self._say(error_line(error), ok=False)
            return
        self.table.setRowCount(len(self.rows))
        for number, user in enumerate(self.rows):
            for column, value in enumerate((user.name, user.full_name, user.role_label, ", ".join(user.rounds))):
                self.table.setItem(number, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.rounds_list.clear()
        for round_id, label in choices:
            item = QListWidgetItem(label, self.rounds_list)
            item.setData(Qt.ItemDataRole.UserRole, round_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        index = next((i for i, u in enumerate(self.rows) if u.name == select), 0 if self.rows else -1)
        if index >= 0:
            self.table.selectRow(index)
        self._selected()

    def selected_user(self) -> user_service.UserRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        user = self.selected_user()
        typist = user is not None and user.role is Role.TYPIST
        if user is not None:
            self.selected_role_combo.setCurrentIndex(self.selected_role_combo.findData(user.role.value))
        for index in range(self.rounds_list.count()):
            item = self.rounds_list.item(index)
            checked = typist and item.data(Qt.ItemDataRole.UserRole) in user.round_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.rounds_list.setEnabled(typist)

    def _say(self, text: str, ok: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("" if ok else theme.text_style(theme.ERROR))

    def _write(self, function, *args, select: str | None = None, **kwargs) -> tuple[bool, object]:
        """(done, the service's result); a refusal is said in the dialog's message line."""
        try:
            result = self.runner.write(function, *args, **kwargs)
        except Exception as error:
            self._say(error_line(error), ok=False)
            return False, None
        self.refresh(select)
        return True, result

    # --- acting ------------------------------------------------------------------------------------
    def add_user(self) -> None:
        name = self.name_edit.text().strip()
        role = Role(self.role_combo.currentData())
        done, result = self._write(user_service.add_user, name, role, self.full_name_edit.text(),
                                   password=self.password_edit.text() or None, select=name.lower())
        self.password_edit.clear()
        if not done:
            return
        text = self.tr("'{name}' is toegevoegd als {role}.").format(name=result.user.name, role=role.label)
        if result.also_added:
            text += " " + self.tr("U bent zelf ('{me}') als coördinator toegevoegd, zodat u deze database kunt blijven "
                                  "beheren.").format(me=result.also_added)
        self.name_edit.clear()
        self.full_name_edit.clear()
        self._say(text)

    def set_role(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        role = Role(self.selected_role_combo.currentData())
        if self._write(user_service.set_role, user.name, role, select=user.name)[0]:
            self._say(self.tr("'{name}' is nu {role}.").format(name=user.name, role=role.label))

    def save_rounds(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        checked = {self.rounds_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.rounds_list.count())
                   if self.rounds_list.item(i).checkState() == Qt.CheckState.Checked}
        added, dropped = sorted(checked - set(user.round_ids)), sorted(set(user.round_ids) - checked)
        if added and not self._write(user_service.assign_rounds, user.name, added, select=user.name)[0]:
            return
        if dropped and not self._write(user_service.assign_rounds, user.name, dropped, assigned=False,
                                       select=user.name)[0]:
            return
        self._say(self.tr("De rondes van '{name}' zijn opgeslagen.").format(name=user.name))

    def remove_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        answer = QMessageBox.question(self, self.tr("Gebruiker verwijderen"),
                                      self.tr("'{name}' verwijderen? Wat deze gebruiker heeft ingevoerd blijft, en het "
                                              "logboek blijft de naam noemen.").format(name=user.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._write(user_service.remove_user, user.name)[0]:
            self._say(self.tr("'{name}' is verwijderd.").format(name=user.name))
