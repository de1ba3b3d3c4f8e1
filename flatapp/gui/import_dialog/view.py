"""The import dialog (ui/import_dialog.ui): set-up and moving between its three steps; the steps
themselves are mixed in from ``file_step``, ``columns_step`` and ``check_step``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QWidget

from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_import_dialog import Ui_ImportDialog
from flatapp.gui.import_dialog.check_step import CheckStep
from flatapp.gui.import_dialog.columns_step import ColumnsStep
from flatapp.gui.import_dialog.file_step import FileStep
from flatapp.gui.import_dialog.style import _escape
from flatapp.gui.import_models import HomePreviewModel, IssueModel
from flatapp.gui.message_line import show_message
from flatapp.gui.runner import ServiceRunner
from flatapp.importing.model import (
    FIELD_LABELS,
    HOME_FIELDS,
    REQUIRED_FIELDS,
    ColumnMapping,
    ImportPlan,
    ImportResult,
    RawTable,
    RowIssue,
)
from flatapp.services.buildings import BuildingRow, list_buildings
from flatapp.storage.database import Database


class ImportHomesDialog(FileStep, ColumnsStep, CheckStep, RememberingDialog):
    """Import homes from an xlsx/CSV address list into an existing or a new block.

    After ``exec()`` returned ``Accepted``, ``imported_building_name`` names the block and
    ``import_result`` holds the counts.
    """

    settings_key = "import_homes"
    PAGE_FILE, PAGE_MAPPING, PAGE_CHECK = range(3)

    def __init__(self, database: Database, building_name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._database = database
        self.runner = ServiceRunner(database)
        self.imported_building_name: str | None = None
        self.import_result: ImportResult | None = None
        self.confirm_dialog: QWidget | None = None        # the confirmation step while it is open

        self._buildings: list[BuildingRow] = []
        self._loaded_key: tuple[str, str] | None = None   # (path text, sheet) of the table shown
        self._attempted: str | None = None                # path text last read, with or without success
        self._table: RawTable | None = None
        self._mapping: ColumnMapping | None = None
        self._plan: ImportPlan | None = None
        # Rows only the import itself can reject (they clash with homes already in the block).
        self._clash_issues: list[RowIssue] = []
        self._history: list[int] = []
        self._combos: dict[str, QComboBox] = {}
        self._examples: dict[str, QLabel] = {}

        self._preview_model = HomePreviewModel(self)
        self._issue_model = IssueModel(parent=self)
        self._notice_model = IssueModel(muted=True, parent=self)
        self._setup_views()
        self._build_mapping_rows()
        self._load_buildings(building_name)
        self._clear_file_state()

        ui = self.ui
        ui.browseButton.clicked.connect(self._browse)
        ui.pathEdit.editingFinished.connect(self._path_edited)
        ui.pathEdit.textChanged.connect(self._update_buttons)
        ui.sheetCombo.activated.connect(self._sheet_chosen)
        ui.existingRadio.toggled.connect(self._building_choice_changed)
        ui.newRadio.toggled.connect(self._building_choice_changed)
        ui.buildingCombo.activated.connect(lambda _index: ui.existingRadio.setChecked(True))
        ui.newNameEdit.textEdited.connect(self._new_name_edited)
        ui.adjustColumnsButton.clicked.connect(lambda: self._go_to(self.PAGE_MAPPING))
        ui.copyButton.clicked.connect(self._copy_issues)
        ui.skipInvalidCheck.toggled.connect(self._update_verdict)
        ui.backButton.clicked.connect(self._go_back)
        ui.nextButton.clicked.connect(self._go_next)
        ui.importButton.clicked.connect(self._import)
        ui.cancelButton.clicked.connect(self.reject)

        self._show_page(self.PAGE_FILE)
        ui.pathEdit.setFocus()

    # ------------------------------------------------------------------ set-up

    def _setup_views(self) -> None:
        ui = self.ui
        for view, model in ((ui.previewView, self._preview_model), (ui.issuesView, self._issue_model),
                            (ui.noticesView, self._notice_model)):
            view.setModel(model)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            view.horizontalHeader().setHighlightSections(False)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for view in (ui.issuesView, ui.noticesView):
            header = view.horizontalHeader()
            header.setSectionResizeMode(IssueModel.COL_ROW, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(IssueModel.COL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)

    def _build_mapping_rows(self) -> None:
        grid = self.ui.mappingGrid
        heading_field = QLabel(self.tr("Gegeven"))
        heading_column = QLabel(self.tr("Kolom in het bestand"))
        heading_example = QLabel(self.tr("Eerste waarde in die kolom"))
        for column, heading in enumerate((heading_field, heading_column, heading_example)):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
        for row, name in enumerate(HOME_FIELDS, start=1):
            text = FIELD_LABELS[name] + (" *" if name in REQUIRED_FIELDS else "")
            label = QLabel(text)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{name}")
            combo.setAccessibleName(FIELD_LABELS[name])
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMaxVisibleItems(20)
            label.setBuddy(combo)
            example = QLabel()
            # Softer than normal text (an illustration), but darker than disabled grey.
            palette = example.palette()
            soft = palette.color(QPalette.ColorRole.WindowText)
            soft.setAlphaF(0.65)
            palette.setColor(QPalette.ColorRole.WindowText, soft)
            example.setPalette(palette)
            example.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(example, row, 2)
            combo.currentIndexChanged.connect(self._mapping_edited)
            self._combos[name] = combo
            self._examples[name] = example
        grid.setRowStretch(len(HOME_FIELDS) + 1, 1)

    def _load_buildings(self, preferred: str | None) -> None:
        ui = self.ui
        self._buildings = self.runner.read(list_buildings)
        ui.buildingCombo.clear()
        for row in self._buildings:
            if row.home_count == 1:
                text = self.tr("{name} (1 woning)").format(name=row.name)
            else:
                text = self.tr("{name} ({count} woningen)").format(name=row.name, count=row.home_count)
            ui.buildingCombo.addItem(text, row.name)
        match = None
        if preferred:
            match = next((i for i, row in enumerate(self._buildings)
                          if row.name.lower() == preferred.strip().lower()), None)
        if not self._buildings:
            ui.existingRadio.setEnabled(False)
            ui.buildingCombo.setEnabled(False)
            ui.buildingCombo.setPlaceholderText(self.tr("(nog geen flats)"))
            ui.newRadio.setChecked(True)
            ui.newNameEdit.setText(preferred or "")
        elif match is not None:
            ui.buildingCombo.setCurrentIndex(match)
            ui.existingRadio.setChecked(True)
        else:
            # No block open (or an unknown name): most likely the first import of a new block.
            ui.newRadio.setChecked(True)
            ui.newNameEdit.setText(preferred or "")
        self._building_choice_changed()

    # ------------------------------------------------------------------ navigation

    def _go_next(self) -> None:
        page = self.ui.pages.currentIndex()
        if page == self.PAGE_FILE:
            self._path_edited()  # a path typed without leaving the field
            if self._table is None or self._target()[2]:
                return
            needs_mapping = not self._mapping.confident or self._plan is None
            self._go_to(self.PAGE_MAPPING if needs_mapping else self.PAGE_CHECK)
        elif page == self.PAGE_MAPPING and self._plan is not None:
            self._go_to(self.PAGE_CHECK)

    def _go_back(self) -> None:
        if self._history:
            self._show_page(self._history.pop())

    def _go_to(self, page: int) -> None:
        current = self.ui.pages.currentIndex()
        if page != current:
            self._history.append(current)
        self._show_page(page)

    def _show_page(self, page: int) -> None:
        ui = self.ui
        if page == self.PAGE_MAPPING:
            self._fill_mapping_combos()
            self._update_mapping_status()
        elif page == self.PAGE_CHECK:
            self._refresh_check_page()
        elif page == self.PAGE_FILE:
            self._history.clear()
        ui.pages.setCurrentIndex(page)
        self._update_steps(page)
        self._update_buttons()
        if page == self.PAGE_MAPPING:
            missing = self._mapping.missing_required() if self._mapping else []
            self._combos[missing[0] if missing else HOME_FIELDS[0]].setFocus()
        elif page == self.PAGE_CHECK:
            if ui.importButton.isEnabled():
                ui.importButton.setFocus()
            elif ui.skipInvalidCheck.isVisible():
                ui.skipInvalidCheck.setFocus()
            else:
                ui.backButton.setFocus()

    def _update_steps(self, page: int) -> None:
        names = [self.tr("1. Bestand en flat"), self.tr("2. Kolommen"), self.tr("3. Controleren en importeren")]
        muted = self.palette().placeholderText().color().name()
        parts = []
        for index, name in enumerate(names):
            if index == page:
                parts.append(f"<b>{_escape(name)}</b>")
            else:
                parts.append(f"<span style='color:{muted}'>{_escape(name)}</span>")
        self.ui.stepsLabel.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))

    def _update_buttons(self, *_args) -> None:
        ui = self.ui
        page = ui.pages.currentIndex()
        on_check = page == self.PAGE_CHECK
        ui.backButton.setEnabled(bool(self._history))
        ui.nextButton.setVisible(not on_check)
        ui.importButton.setVisible(on_check)
        if page == self.PAGE_FILE:
            typed = ui.pathEdit.text().strip()
            # A typed path not read yet is read by "Volgende" itself.
            file_ok = self._table is not None if typed == self._attempted else bool(typed)
            ui.nextButton.setEnabled(file_ok and not self._target()[2])
        elif page == self.PAGE_MAPPING:
            ui.nextButton.setEnabled(self._plan is not None)
        can_import = self._can_import()
        ui.importButton.setEnabled(can_import)
        ui.importButton.setDefault(on_check and can_import)
        ui.nextButton.setDefault(not on_check)

    @staticmethod
    def _set_message(label: QLabel, text: str, kind: str) -> None:
        show_message(label, kind, text)
