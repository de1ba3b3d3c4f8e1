"""The one conflict dialog: someone else saved the record while this user was editing it.

It shows both versions field by field (yours and the one saved meanwhile, by whom and when when known)
and lets the user keep theirs (save again on top of the new version), take the other's (read it again),
or merge: per differing field a choice, saved on top of the new version. The runner shows it for every
``VersionConflict`` (``gui/conflicts.py``); no screen catches a conflict itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from flatapp.domain.dutch import dutch_date
from flatapp.gui.conflicts import MERGE, MINE, THEIRS, Resolution
from flatapp.gui.message_line import show_message
from flatapp.services.versioned import VersionConflict

translate = QCoreApplication.translate
FIELD, YOURS, THEIRS_COLUMN = 0, 1, 2


def _local(moment) -> str:
    if moment is None:
        return ""
    if getattr(moment, "tzinfo", None) is not None:
        moment = moment.astimezone()
    return f"{dutch_date(moment.date())} {moment:%H:%M}"


class ConflictDialog(QDialog):
    """Shows a ``VersionConflict``; ``resolution()`` after ``exec()`` says what the user chose."""

    def __init__(self, conflict: VersionConflict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        data = conflict.data
        self._resolution: Resolution | None = None
        self.setWindowTitle(self.tr("Iemand anders heeft dit intussen opgeslagen"))
        layout = QVBoxLayout(self)

        who = data.changed_by or self.tr("iemand anders")
        when = _local(data.changed_at)
        saved = (self.tr("{what} is intussen opgeslagen door {who} op {when} (versie {current}); u werkte met "
                         "versie {seen}.") if when else
                 self.tr("{what} is intussen opgeslagen door {who} (versie {current}); u werkte met "
                         "versie {seen}.")).format(what=data.what, who=who, when=when, current=data.current,
                                                   seen=data.seen)
        self.summary = QLabel(self)
        self.summary.setObjectName("conflictSummary")
        show_message(self.summary, "warning", saved + " " + (
            self.tr("U wilde het verwijderen. Er is nog niets verwijderd.") if data.deleting else
            self.tr("Er is nog niets van u opgeslagen. Kies per veld welke waarde blijft.")
            if conflict.differences else
            self.tr("Uw wijziging en die van de ander zijn gelijk of raken elkaar niet.")))
        layout.addWidget(self.summary)

        self.table = QTableWidget(len(conflict.differences), 3, self)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels([
            self.tr("Veld"), self.tr("Uw versie"),
            self.tr("Opgeslagen door {who}").format(who=who)])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(YOURS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THEIRS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._choices: dict[str, QButtonGroup] = {}
        for row, difference in enumerate(conflict.differences):
            self.table.setItem(row, FIELD, QTableWidgetItem(difference.label[:1].upper() + difference.label[1:]))
            group = QButtonGroup(self)
            for column, text in ((YOURS, difference.yours_text), (THEIRS_COLUMN, difference.theirs_text)):
                button = QRadioButton(text, self.table)
                button.setObjectName(f"{difference.field}_{'yours' if column == YOURS else 'theirs'}")
                button.setToolTip(text)
                group.addButton(button, column)
                self.table.setCellWidget(row, column, button)
            group.button(YOURS).setChecked(True)
            self._choices[difference.field] = group
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(min(rows_height + self.table.horizontalHeader().sizeHint().height() + 6, 420))
        self.table.setVisible(bool(conflict.differences))
        self.table.setMinimumWidth(560)
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("&Toch verwijderen") if data.deleting else self.tr("&Mijn versie opslaan"),
                                     self)
        self.keep_mine.setToolTip(self.tr("Slaat uw waarden op over de nieuwe versie heen."))
        self.take_theirs = QPushButton(self.tr("Versie van de &ander laden"), self)
        self.take_theirs.setToolTip(self.tr("Slaat niets op; het scherm toont wat de ander opsloeg."))
        self.merge = QPushButton(self.tr("&Keuzes per veld opslaan"), self)
        self.merge.setToolTip(self.tr("Slaat per veld de waarde op die u hierboven koos."))
        self.merge.setVisible(len(conflict.differences) > 1)
        self.cancel = QPushButton(self.tr("Annuleren"), self)
        self.cancel.setToolTip(self.tr("Slaat niets op en laat uw invoer staan."))
        for button in (self.keep_mine, self.take_theirs, self.merge):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        layout.addLayout(buttons)
        self.keep_mine.clicked.connect(lambda: self._choose(MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(THEIRS))
        self.merge.clicked.connect(lambda: self._choose(MERGE))
        self.cancel.clicked.connect(self.reject)
        self.keep_mine.setDefault(True)
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    def choose_field(self, field: str, theirs: bool) -> None:
        """Pick the other's (or this user's) value for one field, as clicking its radio button does."""
        self._choices[field].button(THEIRS_COLUMN if theirs else YOURS).setChecked(True)

    def chosen_values(self) -> dict[str, object]:
        values = {}
        for difference in self.conflict.differences:
            theirs = self._choices[difference.field].checkedId() == THEIRS_COLUMN
            values[difference.field] = difference.theirs if theirs else difference.yours
        return values

    def _choose(self, choice: str) -> None:
        self._resolution = Resolution(choice, self.chosen_values() if choice == MERGE else {})
        self.accept()

    def resolution(self) -> Resolution | None:
        return self._resolution


def ask_user(conflict: VersionConflict) -> Resolution | None:
    """The handler the app installs: the dialog, modal over the active window."""
    parent = QApplication.activeModalWidget() or QApplication.activeWindow()
    dialog = ConflictDialog(conflict, parent if parent is not None and parent.isVisible() else None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.exec()
    resolution = dialog.resolution()
    if isValid(dialog):
        dialog.deleteLater()
    return resolution
