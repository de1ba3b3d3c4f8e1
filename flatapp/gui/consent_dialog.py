"""Recording consent a resident gave (or refused) by phone, in writing or on a sign-up sheet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from flatapp.domain.consent import PURPOSE_LABELS, SIGN_UP, SOURCE_LABELS, SPOKEN, WRITTEN
from flatapp.storage.privacy_models import PURPOSES


class ConsentRecordDialog(QDialog):
    """Round, purpose, yes/no, how, note. ``values()`` gives what was chosen."""

    def __init__(self, home_label: str, rounds: Sequence[tuple[int, str]], parent: QWidget | None = None,
                 purpose: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Woning {home}: wat de bewoner zelf liet weten, buiten het formulier om.")
                       .format(home=home_label), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.round_combo = QComboBox(self)
        for round_id, name in rounds:
            self.round_combo.addItem(name, round_id)
        self.purpose_combo = QComboBox(self)
        for key in PURPOSES:
            self.purpose_combo.addItem(PURPOSE_LABELS[key], key)
        if purpose is not None:
            self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(purpose)))
        self.answer_combo = QComboBox(self)
        self.answer_combo.addItem(self.tr("ja, toestemming gegeven"), True)
        self.answer_combo.addItem(self.tr("nee, geen toestemming"), False)
        self.source_combo = QComboBox(self)
        for key in (SPOKEN, WRITTEN, SIGN_UP):
            self.source_combo.addItem(SOURCE_LABELS[key], key)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("bijvoorbeeld: belde op 25-11-2026"))
        self.note_edit.setMaxLength(200)
        form.addRow(self.tr("&Ronde:"), self.round_combo)
        form.addRow(self.tr("&Doel:"), self.purpose_combo)
        form.addRow(self.tr("&Antwoord:"), self.answer_combo)
        form.addRow(self.tr("&Hoe:"), self.source_combo)
        form.addRow(self.tr("&Notitie:"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Vastleggen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def values(self) -> tuple[int, str, bool, str, str]:
        """(round id, purpose, given, source, note)."""
        return (int(self.round_combo.currentData()), str(self.purpose_combo.currentData()),
                bool(self.answer_combo.currentData()), str(self.source_combo.currentData()),
                self.note_edit.text().strip())
