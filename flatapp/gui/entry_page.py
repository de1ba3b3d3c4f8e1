"""The "Vragenlijsten invoeren" tab: pick the round, then type its paper forms.

The entry form belongs to one round (its questionnaire version); this page swaps the form
when another round is chosen, saving the open draft first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flatapp.gui import theme
from flatapp.gui.interview_form import InterviewEntryWidget
from flatapp.gui.runner import ServiceRunner
from flatapp.services.rounds import list_rounds
from flatapp.storage.database import Database

translate = QCoreApplication.translate


class InterviewEntryPage(QWidget):
    def __init__(self, database: Database, building_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.runner = ServiceRunner(database)
        self.building_id = building_id
        self.form: InterviewEntryWidget | None = None

        self.round_combo = QComboBox(self)
        self.round_combo.setMinimumWidth(260)
        round_label = QLabel(translate("InterviewEntryPage", "&Ronde"), self)
        round_label.setBuddy(self.round_combo)
        self.double_entry_button = QPushButton(translate("InterviewEntryPage", "Dubbele in&voer…"), self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(theme.text_style(theme.QUIET, size_pt=11))

        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round_combo)
        top.addStretch(1)
        top.addWidget(self.double_entry_button)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(8, 8, 8, 0)
        self.body.addLayout(top)
        self.body.addWidget(self.empty_label)

        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        self.double_entry_button.clicked.connect(self.open_double_entry)
        self.reload()

    def set_building(self, building_id: int) -> None:
        if building_id != self.building_id:
            self.building_id = building_id
            self.reload()

    def reload(self) -> None:
        rounds = self.runner.read(list_rounds, self.building_id)
        wanted = self.round_id()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for row in rounds:
            self.round_combo.addItem(row.name, row.id)
        index = self.round_combo.findData(wanted)
        self.round_combo.setCurrentIndex(index if index >= 0 else (0 if rounds else -1))
        self.round_combo.blockSignals(False)
        self._round_chosen()

    def refresh_from_others(self) -> bool:
        """Page protocol: new rounds in the list, the counts and the drafts on offer brought up to date, and
        the open form shown as another user saved it when nothing is typed over it yet (otherwise its next
        save meets the conflict dialog). The form being typed is never replaced."""
        rounds = self.runner.read(list_rounds, self.building_id)
        if [(r.id, r.name) for r in rounds] != [(self.round_combo.itemData(i), self.round_combo.itemText(i))
                                               for i in range(self.round_combo.count())]:
            if self.form is not None and self.form.home is not None:
                return False            # a form is open: the round list waits until it is finished
            self.reload()
            return True
        if self.form is not None:
            self.form.refresh_from_others()
        return True

    def round_id(self) -> int | None:
        return self.round_combo.currentData() if self.round_combo.count() else None

    def select_round(self, round_id: int) -> None:
        index = self.round_combo.findData(round_id)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)

    def _round_chosen(self, *_args) -> None:
        round_id = self.round_id()
        if self.form is not None and self.form.round_id == round_id:
            return
        self._drop_form()
        self.double_entry_button.setEnabled(round_id is not None)
        if round_id is None:
            self.empty_label.setText(translate(
                "InterviewEntryPage", "Deze flat heeft nog geen ronde. Maak eerst een ronde aan op het tabblad "
                "'Ronde voorbereiden'."))
            self.empty_label.show()
            return
        self.empty_label.hide()
        self.form = InterviewEntryWidget(self.database, round_id, self)
        self.body.addWidget(self.form, 1)

    def save_draft_now(self) -> None:
        if self.form is not None:
            self.form.save_draft_now()

    def save_pending(self) -> None:
        """Page protocol (flatapp.gui.main_window.pages): the open form's draft is saved."""
        self.save_draft_now()

    def _drop_form(self) -> None:
        if self.form is not None:
            self.form.save_draft_now()
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None

    def open_double_entry(self) -> None:
        from flatapp.gui.double_entry import DoubleEntryDialog

        round_id = self.round_id()
        if round_id is None:
            return
        if self.form is not None:
            self.form.save_draft_now()
        dialog = DoubleEntryDialog(self.database, round_id, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
