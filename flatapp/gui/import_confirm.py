"""The confirmation step of the address import: shown when an import is big or changes many
addresses at once (a wrong file or character set does that), before anything is written.

"Terug" is the default button, so Enter never confirms by accident.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flatapp.gui import theme
from flatapp.gui.import_models import AddressChangeModel
from flatapp.services.home_import import ImportNeedsConfirmation

_STYLE_WARNING = theme.box_style("warning")


class ConfirmImportDialog(QDialog):
    """Asks once: go on with these changes (or this many homes), or go back. Accepted = go on."""

    def __init__(self, question: ImportNeedsConfirmation, building_name: str, source: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confirmImportDialog")
        layout = QVBoxLayout(self)
        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(_STYLE_WARNING)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.messageLabel)
        self.changesView = QTableView()
        self.changesView.setObjectName("changesView")
        self.model = AddressChangeModel(self)
        self.changesView.setModel(self.model)
        self.changesView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.verticalHeader().setVisible(False)
        self.changesView.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.changesView, 1)
        buttons = QDialogButtonBox()
        self.backButton = QPushButton(self.tr("Terug, niets importeren"))
        self.backButton.setObjectName("backButton")
        self.goButton = QPushButton()
        self.goButton.setObjectName("goButton")
        buttons.addButton(self.goButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.backButton, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if question.kind == "changes":
            self.setWindowTitle(self.tr("Veel adressen wijzigen?"))
            self.messageLabel.setText(self.tr(
                "Het bestand '{file}' wijzigt het adres van {n} van de {total} woningen in de flat '{name}' "
                "tegelijk. Zoveel wijzigingen komen meestal door een verkeerd bestand of een verkeerde "
                "tekenset (bijvoorbeeld 'DÃ³umastraat' in plaats van 'Dóumastraat'). Kijk de lijst na: "
                "links het adres nu, rechts wat het wordt. Er is nog niets veranderd.").format(
                file=source, n=len(question.changes), total=question.homes_in_block, name=building_name))
            self.goButton.setText(self.tr("Deze {n} wijzigingen doorvoeren").format(n=len(question.changes)))
            self.model.set_rows(question.changes)
            header = self.changesView.horizontalHeader()
            for column in (AddressChangeModel.COL_ROW, AddressChangeModel.COL_HOME):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            for column in (AddressChangeModel.COL_BEFORE, AddressChangeModel.COL_AFTER):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            self.resize(820, 460)
        else:
            self.setWindowTitle(self.tr("Zeer groot bestand importeren?"))
            self.messageLabel.setText(self.tr(
                "Het bestand '{file}' bevat {n} woningen voor de flat '{name}'. Een flat heeft er hoogstens "
                "enkele duizenden; is dit wel de adreslijst van de flat? Importeren vult de database en "
                "duurt lang. Er is nog niets veranderd.").format(
                file=source, n=f"{question.rows:,}".replace(",", "."), name=building_name))
            self.goButton.setText(self.tr("Toch alle {n} woningen importeren").format(
                n=f"{question.rows:,}".replace(",", ".")))
            self.changesView.setVisible(False)
            self.messageLabel.setMinimumWidth(520)
            layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        self.backButton.setDefault(True)
        self.backButton.setFocus()
