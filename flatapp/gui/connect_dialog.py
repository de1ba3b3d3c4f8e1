"""Bestand › Verbinden met server…: the office's PostgreSQL database (server, port, database, user, password).

The settings keep the server, port, database, user and the TLS choice; the password goes into the system
keyring when 'Wachtwoord onthouden' is ticked (flatapp.storage.server), never into a settings file.
'Verbinding testen' connects once and says whether the connection is encrypted; 'Verbinden' opens the
database (signed in as that user) for the window. Every failure is one Dutch line in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flatapp.gui import theme
from flatapp.storage.database import Database, DatabaseRefused
from flatapp.storage.server import (
    DEFAULT_PORT,
    ServerAddress,
    forget_password,
    is_encrypted,
    remember_password,
    stored_password,
)

SETTINGS = "server"


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Verbinden met server"))
        self.database: Database | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Verbind met de PostgreSQL-database van uw kantoor. De gegevens krijgt u van de "
                               "beheerder van de server."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host_edit = self._line("hostEdit", self.tr("bijv. server.kantoor.local"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.database_edit = self._line("databaseEdit", "flatapp")
        self.user_edit = self._line("userEdit", self.tr("uw loginnaam"))
        self.password_edit = self._line("passwordEdit", "")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Poort:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&Gebruiker:"), self.user_edit)
        form.addRow(self.tr("&Wachtwoord:"), self.password_edit)
        layout.addLayout(form)
        self.remember_box = QCheckBox(self.tr("Wachtwoord &onthouden (in de sleutelhanger van deze computer)"), self)
        self.remember_box.setObjectName("rememberBox")
        self.tls_box = QCheckBox(self.tr("Versleuteling (TLS) &verplicht: niet verbinden als de server die niet "
                                         "biedt"), self)
        self.tls_box.setObjectName("tlsBox")
        layout.addWidget(self.remember_box)
        layout.addWidget(self.tls_box)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumWidth(460)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(self)
        self.test_button = QPushButton(self.tr("Verbinding &testen"), self)
        self.test_button.setObjectName("testButton")
        self.connect_button = QPushButton(self.tr("Ver&binden"), self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.connect_database)
        layout.addWidget(buttons)
        self._load()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _load(self) -> None:
        settings = QSettings()
        self.host_edit.setText(str(settings.value(f"{SETTINGS}/host", "") or ""))
        self.port_spin.setValue(int(settings.value(f"{SETTINGS}/port", DEFAULT_PORT) or DEFAULT_PORT))
        self.database_edit.setText(str(settings.value(f"{SETTINGS}/database", "") or ""))
        self.user_edit.setText(str(settings.value(f"{SETTINGS}/user", "") or ""))
        self.tls_box.setChecked(str(settings.value(f"{SETTINGS}/requireTls", "false")).lower() == "true")
        address = self.address()
        password = stored_password(address) if address.host and address.user else None
        if password is not None:
            self.password_edit.setText(password)
            self.remember_box.setChecked(True)

    def _save(self) -> None:
        """The address and the TLS choice; never the password."""
        address, settings = self.address(), QSettings()
        settings.setValue(f"{SETTINGS}/host", address.host)
        settings.setValue(f"{SETTINGS}/port", address.port)
        settings.setValue(f"{SETTINGS}/database", address.database)
        settings.setValue(f"{SETTINGS}/user", address.user)
        settings.setValue(f"{SETTINGS}/requireTls", "true" if address.require_tls else "false")

    def address(self) -> ServerAddress:
        return ServerAddress(self.host_edit.text().strip(), self.database_edit.text().strip(),
                             self.user_edit.text().strip(), self.port_spin.value(), self.tls_box.isChecked())

    def _missing(self) -> str:
        address = self.address()
        names = [label for label, value in ((self.tr("de server"), address.host),
                                            (self.tr("de database"), address.database),
                                            (self.tr("de gebruiker"), address.user)) if not value]
        if names:
            return self.tr("Vul nog in: {fields}.").format(fields=", ".join(names))
        return ""

    def _open(self) -> Database | None:
        from flatapp.gui.main_window.database_actions import open_database_checked

        missing = self._missing()
        if missing:
            self._say(missing, ok=False)
            return None
        address = self.address()
        try:
            return open_database_checked(address.url(self.password_edit.text() or None), parent=self, ask=False)
        except DatabaseRefused as error:
            self._say(str(error), ok=False)
            return None

    def _encryption_text(self, database: Database) -> str:
        if is_encrypted(database.engine):
            return self.tr("De verbinding is versleuteld (TLS).")
        return self.tr("Let op: de verbinding is niet versleuteld; gebruik dit alleen binnen het kantoornetwerk, of "
                       "vraag de beheerder TLS aan te zetten.")

    def _say(self, text: str, ok: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("" if ok else theme.text_style(theme.ERROR))

    def test_connection(self) -> bool:
        database = self._open()
        if database is None:
            return False
        try:
            self._say(self.tr("Verbonden. {encryption}").format(encryption=self._encryption_text(database)), ok=True)
        finally:
            database.dispose()
        return True

    def connect_database(self) -> None:
        database = self._open()
        if database is None:
            return
        self._save()
        address = self.address()
        # Without a keyring on this computer nothing is kept: the password is asked again next time.
        if self.remember_box.isChecked() and self.password_edit.text():
            remember_password(address, self.password_edit.text())
        else:
            forget_password(address)
        self.database = database
        self.accept()
