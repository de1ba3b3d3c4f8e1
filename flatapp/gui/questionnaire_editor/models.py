"""The Qt models of the questionnaire editor: the tree of sections and questions, the answer options."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate

from flatapp.gui.questionnaire_editor.draft import TYPE_LABELS, Draft, OptionDraft, _one_line
from flatapp.gui.questionnaire_editor.style import MUTED


class QuestionTreeModel(QAbstractItemModel):
    """Row 0: title, intro and closing; rows 1…: the sections, each with its questions as children.

    Children carry their section's top-level row as internal id (top-level rows carry 0).
    """

    GENERAL, SECTION, QUESTION = "general", "section", "question"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._draft: Draft | None = None

    def set_draft(self, draft: Draft | None) -> None:
        self.beginResetModel()
        self._draft = draft
        self.endResetModel()

    def draft(self) -> Draft | None:
        return self._draft

    # structure
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0 and parent.row() >= 1:
            return self.createIndex(row, column, parent.row())
        return QModelIndex()

    def parent(self, index: QModelIndex | None = None):  # type: ignore[override]
        if index is None:                       # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, 0)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if self._draft is None:
            return 0
        if not parent.isValid():
            return 1 + len(self._draft.sections)
        if parent.column() != 0 or parent.internalId() != 0 or parent.row() < 1:
            return 0
        return len(self._draft.sections[parent.row() - 1].questions)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # what a row is
    def kind(self, index: QModelIndex) -> str | None:
        if not index.isValid() or self._draft is None:
            return None
        if index.internalId() != 0:
            return self.QUESTION
        return self.GENERAL if index.row() == 0 else self.SECTION

    def location(self, index: QModelIndex) -> tuple[int, int]:
        """(section, question); question -1 for a section row, (-1, -1) for the general row."""
        kind = self.kind(index)
        if kind == self.QUESTION:
            return int(index.internalId()) - 1, index.row()
        if kind == self.SECTION:
            return index.row() - 1, -1
        return -1, -1

    def index_for(self, section: int, question: int = -1) -> QModelIndex:
        if section < 0:
            return self.index(0, 0)
        parent = self.index(section + 1, 0)
        return parent if question < 0 else self.index(question, 0, parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        kind = self.kind(index)
        if kind is None:
            return None
        draft = self._draft
        if kind == self.GENERAL:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("QuestionnaireEditorDialog", "Titel, inleiding en slot")
            if role == Qt.ItemDataRole.ToolTipRole:
                return draft.title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        s, q = self.location(index)
        section = draft.sections[s]
        if kind == self.SECTION:
            title = section.title.strip() or QCoreApplication.translate("QuestionnaireEditorDialog", "(onderdeel zonder titel)")
            if role == Qt.ItemDataRole.DisplayRole:
                return title + (QCoreApplication.translate("QuestionnaireEditorDialog", "  · optioneel") if section.optional else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("QuestionnaireEditorDialog", "Onderdeel {code}: {count} vragen").format(code=section.code, count=len(section.questions))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        question = section.questions[q]
        if role == Qt.ItemDataRole.DisplayRole:
            text = _one_line(question.text) or QCoreApplication.translate("QuestionnaireEditorDialog",
                                                                          "(nog geen tekst)")
            return f"{question.code}   {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = QCoreApplication.translate("QuestionnaireEditorDialog", TYPE_LABELS[question.type])
            return f"{question.code} · {kind}\n{question.text}"
        if role == Qt.ItemDataRole.ForegroundRole and not question.text.strip():
            return QColor(MUTED)
        return None

    def refresh(self, index: QModelIndex) -> None:
        if index.isValid():
            self.dataChanged.emit(index, index)


class OptionTableModel(QAbstractTableModel):
    """The answer options of one question: code and text, editable unless the type fixes them."""

    COL_CODE, COL_LABEL = 0, 1
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._options: list[OptionDraft] = []
        self._fixed: list[tuple[int, str]] | None = None

    def set_options(self, options: list[OptionDraft] | None, fixed: list[tuple[int, str]] | None = None) -> None:
        """Edit ``options`` in place, or show the ``fixed`` ones read-only."""
        self.beginResetModel()
        self._options = options if options is not None else []
        self._fixed = fixed
        self.endResetModel()

    def is_fixed(self) -> bool:
        return self._fixed is not None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self._fixed) if self._fixed is not None else len(self._options)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QuestionnaireEditorDialog", "Code") if section == self.COL_CODE else QCoreApplication.translate("QuestionnaireEditorDialog", "Antwoordtekst")
        return None

    def _row(self, row: int) -> tuple[int, str]:
        if self._fixed is not None:
            return self._fixed[row]
        option = self._options[row]
        return option.code, option.label

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        code, label = self._row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return code if index.column() == self.COL_CODE else label
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_CODE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._fixed is not None:
            return QColor(MUTED)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._fixed is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self._fixed is not None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        option = self._options[index.row()]
        if index.column() == self.COL_CODE:
            try:
                code = int(str(value).strip())
            except ValueError:
                return False
            if code == option.code:
                return True
            option.code = code
        else:
            text = str(value)
            if text == option.label:
                return True
            option.label = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # changes the buttons make
    def add(self) -> int:
        """A new option with the next free code; returns its row."""
        code = max((o.code for o in self._options), default=0) + 1
        row = len(self._options)
        self.beginInsertRows(QModelIndex(), row, row)
        self._options.append(OptionDraft(code, ""))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._options):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._options[row]
            self.endRemoveRows()
            self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._options) and 0 <= target < len(self._options)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if delta > 0 else 0))
        self._options[row], self._options[target] = self._options[target], self._options[row]
        self.endMoveRows()
        self.edited.emit()
        return target


class _CodeDelegate(QStyledItemDelegate):
    """Answer codes are whole numbers from 0 to 99 (what fits in the box on paper)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        if index.column() == OptionTableModel.COL_CODE:
            editor = QSpinBox(parent)
            editor.setRange(0, 99)
            editor.setFrame(False)
            return editor
        return super().createEditor(parent, option, index)
