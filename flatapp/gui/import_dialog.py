"""File → Woningen importeren…: the corporation's address list into a block, step by step.

Step 1 chooses the file (and sheet) and the block; step 2, only when the columns were not
recognised for sure or the user asks, links every home field to a column of the file; step 3
shows what will be imported, the rejected rows and the rows skipped on purpose, and imports
in one transaction. Nothing is written before the user presses "Importeren", and a file with
rejected rows is imported only when the user chooses to leave those rows out. An import that
changes many addresses at once, or is very big, is shown and confirmed first (``import_confirm``).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QWidget,
)

from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_import_dialog import Ui_ImportDialog
from flatapp.gui.import_models import HomePreviewModel, IssueModel
from flatapp.gui.runner import ServiceRunner, error_line
from flatapp.importing.column_mapping import guess_mapping
from flatapp.importing.home_rows import check_rows
from flatapp.importing.model import (
    FIELD_LABELS,
    HOME_FIELDS,
    REQUIRED_FIELDS,
    ColumnMapping,
    HomeRecord,
    ImportPlan,
    ImportResult,
    RawTable,
    RowIssue,
)
from flatapp.importing.table_reader import column_letter, list_sheets, read_table
from flatapp.services.buildings import BuildingRow, find_building, list_buildings
from flatapp.services.errors import UserError
from flatapp.services.home_import import ImportNeedsConfirmation, apply_plan
from flatapp.storage.database import Database

LAST_FOLDER_KEY = "import/last_folder"

# Calm message boxes inside the dialog: what went wrong (red), what blocks the import (amber),
# all is well (green). Explicit background and text colour, so they read in a dark theme too.
_STYLE_ERROR = ("QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #f3b8b4;"
                " border-radius: 4px; padding: 8px; }")
_STYLE_WARNING = ("QLabel { background: #fff4e0; color: #6b4200; border: 1px solid #f0d29a;"
                  " border-radius: 4px; padding: 8px; }")
_STYLE_OK = ("QLabel { background: #e8f4ea; color: #1d4d2b; border: 1px solid #b5dbbf;"
             " border-radius: 4px; padding: 8px; }")


def _escape(text: str) -> str:
    """For rich-text labels: <, > and & only (quotes in Dutch messages stay as they are)."""
    return html.escape(text, quote=False)


class ImportHomesDialog(RememberingDialog):
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

    # ------------------------------------------------------------------ step 1: file and block

    def _browse(self) -> None:
        settings = QSettings()
        current = self.ui.pathEdit.text().strip().strip('"')
        start = str(Path(current).parent) if current else str(settings.value(LAST_FOLDER_KEY, "") or "")
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Adreslijst kiezen"), start,
            self.tr("Adreslijsten (*.xlsx *.csv *.txt);;Alle bestanden (*)"),
        )
        if not path:
            return
        settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        self.ui.pathEdit.setText(path)
        self._load(path, sheet=None)
        if self._table is not None:
            self.ui.nextButton.setFocus()

    def _path_edited(self) -> None:
        text = self.ui.pathEdit.text().strip()
        if text != self._attempted:
            self._load(text, sheet=None)

    def _sheet_chosen(self, index: int) -> None:
        sheet = self.ui.sheetCombo.itemText(index)
        if self._loaded_key and sheet != self._loaded_key[1]:
            self._load(self._loaded_key[0], sheet=sheet)

    def _clear_file_state(self) -> None:
        ui = self.ui
        self._table = self._mapping = self._plan = None
        self._loaded_key = None
        self._history.clear()
        ui.sheetCombo.clear()
        ui.sheetLabel.setVisible(False)
        ui.sheetCombo.setVisible(False)
        ui.detectedLabel.clear()
        ui.detectedLabel.setVisible(False)
        self._set_message(ui.fileErrorLabel, "", _STYLE_ERROR)
        self._update_buttons()

    def _load(self, path_text: str, sheet: str | None) -> None:
        """Read the file (and sheet), guess the columns and check the rows. Writes nothing."""
        self._clear_file_state()
        path_text = path_text.strip()
        self._attempted = path_text
        if not path_text:
            return
        path = Path(path_text.strip('"'))   # Windows' "Copy as path" adds quotes
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = list_sheets(path)
            table = read_table(path, sheet)
        except UserError as error:  # ImportFileError included: a Dutch sentence naming the file
            self._show_file_error(path, str(error))
            return
        except OSError as error:
            self._show_file_error(path, self.tr("Het bestand kan niet geopend worden ({why}).")
                                  .format(why=error.strerror or error))
            return
        except Exception as error:  # noqa: BLE001 - a strange file must not end in a traceback
            self._show_file_error(path, self.tr("Het bestand kan niet gelezen worden als adreslijst "
                                                "(technische melding: {what}).").format(what=error))
            return
        finally:
            QApplication.restoreOverrideCursor()

        self._table = table
        self._loaded_key = (path_text, table.sheet)
        if len(sheets) > 1:
            ui = self.ui
            ui.sheetCombo.addItems(sheets)
            ui.sheetCombo.setCurrentText(table.sheet)
            ui.sheetLabel.setVisible(True)
            ui.sheetCombo.setVisible(True)
        self._mapping = guess_mapping(table.header)
        self._recheck()
        self.ui.detectedLabel.setText(self._detected_text(with_columns_state=True))
        self.ui.detectedLabel.setVisible(True)
        self._update_buttons()

    def _show_file_error(self, path: Path, message: str) -> None:
        text = self.tr("<b>Dit bestand kan niet worden geïmporteerd.</b><br>{why}<br>"
                       "<span>Bestand: {file}</span>").format(
            why=_escape(message), file=_escape(str(path)))
        self._set_message(self.ui.fileErrorLabel, text, _STYLE_ERROR)
        self._update_buttons()

    def _detected_text(self, with_columns_state: bool = False) -> str:
        """What was read, in words: rows, header row, delimiter, character set (HTML)."""
        table = self._table
        if table is None:
            return ""
        count = len(table.rows)
        rows = self.tr("1 rij") if count == 1 else self.tr("{n} rijen").format(n=count)
        parts = [self.tr("Gelezen: {rows}").format(rows=rows)]
        if table.sheet:
            parts[0] = self.tr("Gelezen: {rows} uit werkblad '{sheet}'").format(
                rows=rows, sheet=_escape(table.sheet))
        parts.append(self.tr("kopregel op rij {n}").format(n=table.header_row_number))
        if table.delimiter:
            parts.append(self.tr("scheidingsteken {name}").format(name=self._delimiter_name(table.delimiter)))
        if table.encoding:
            parts.append(self.tr("tekenset {name}").format(name=self._encoding_name(table.encoding)))
        text = ", ".join(parts) + "."
        if with_columns_state and self._mapping is not None:
            if self._mapping.confident:
                text += " " + self.tr("De kolommen zijn herkend.")
            else:
                text += " " + self.tr("Niet alle kolommen zijn zeker herkend; die kiest u in de volgende stap.")
        return text

    def _delimiter_name(self, delimiter: str) -> str:
        names = {";": self.tr("puntkomma (;)"), ",": self.tr("komma (,)"), "\t": self.tr("tab")}
        return names.get(delimiter, _escape(repr(delimiter)))

    def _encoding_name(self, encoding: str) -> str:
        names = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "utf-8": "UTF-8",
                 "utf-8+cp1252": self.tr("UTF-8 met losse Windows-1252-tekens"),
                 "utf-8-sig": self.tr("UTF-8 (met BOM)"), "utf-16": self.tr("Unicode (UTF-16)")}
        return names.get(encoding.lower(), _escape(encoding))

    def _building_choice_changed(self, *_args) -> None:
        self._clash_issues = []
        # Both fields stay usable: choosing a block or typing a name selects its option.
        self._update_building_hint()
        self._update_buttons()

    def _new_name_edited(self, _text: str) -> None:
        self._clash_issues = []
        if not self.ui.newRadio.isChecked():
            self.ui.newRadio.setChecked(True)
        self._update_building_hint()
        self._update_buttons()

    def _target(self) -> tuple[str, BuildingRow | None, str]:
        """(block name, existing row or None, reason the choice cannot be used or '')."""
        ui = self.ui
        if ui.existingRadio.isChecked():
            index = ui.buildingCombo.currentIndex()
            if index < 0:
                return "", None, self.tr("Kies een flat.")
            row = self._buildings[index]
            return row.name, row, ""
        name = " ".join(ui.newNameEdit.text().split())
        if not name:
            return "", None, self.tr("Geef de nieuwe flat een naam.")
        same = next((row for row in self._buildings if row.name.lower() == name.lower()), None)
        if same is not None:
            return name, None, self.tr("Er is al een flat '{name}'. Kies die bij 'Bestaande flat' om de "
                                       "woningen daaraan toe te voegen.").format(name=same.name)
        return name, None, ""

    def _update_building_hint(self) -> None:
        _name, row, problem = self._target()
        ui = self.ui
        if problem:
            text = problem
        elif row is None:
            text = self.tr("De flat wordt aangemaakt bij het importeren.")
        elif row.home_count:
            text = self.tr("Deze flat heeft al woningen. Woningen die al bestaan worden bijgewerkt, "
                           "nieuwe komen erbij; er wordt geen woning verwijderd.")
        else:
            text = self.tr("Deze flat heeft nog geen woningen.")
        ui.buildingHintLabel.setText(text)

    # ------------------------------------------------------------------ step 2: columns

    def _fill_mapping_combos(self) -> None:
        table, mapping = self._table, self._mapping
        if table is None or mapping is None:
            return
        items = [self.tr("(niet in bestand)")]
        for index, header in enumerate(table.header):
            letter = column_letter(index)
            if header:
                items.append(self.tr("{header} (kolom {letter})").format(header=header, letter=letter))
            else:
                items.append(self.tr("(kolom {letter}, zonder naam)").format(letter=letter))
        for name, combo in self._combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(items[0], None)
            for index, text in enumerate(items[1:]):
                combo.addItem(text, index)
            chosen = mapping.columns.get(name)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)
        self._update_examples()

    def _mapping_edited(self, *_args) -> None:
        if self._table is None:
            return
        columns = {name: combo.currentData() for name, combo in self._combos.items()}
        # The user chose every column: no more doubt about the guess.
        self._mapping = ColumnMapping(columns=columns, confident=True)
        self._recheck()
        self._update_examples()
        self._update_mapping_status()
        self._update_buttons()

    def _update_examples(self) -> None:
        table = self._table
        for name, combo in self._combos.items():
            column = combo.currentData()
            label = self._examples[name]
            if table is None or column is None:
                label.clear()
                continue
            value = next((row[column] for row in table.rows if column < len(row) and row[column]), "")
            shown = value if len(value) <= 40 else value[:39] + "…"
            label.setText(self.tr("bijv. {value}").format(value=shown) if shown else self.tr("(leeg)"))

    def _update_mapping_status(self) -> None:
        ui = self.ui
        mapping = self._mapping
        if mapping is None:
            return
        missing = mapping.missing_required()
        if missing:
            labels = ", ".join(FIELD_LABELS[name] for name in missing)
            self._set_message(ui.mappingStatusLabel,
                              self.tr("Kies nog een kolom voor: {fields}.").format(fields=_escape(labels)),
                              _STYLE_WARNING)
            return
        text = self._counts_text()
        used: dict[int, list[str]] = {}
        for name, column in mapping.columns.items():
            if column is not None:
                used.setdefault(column, []).append(FIELD_LABELS[name])
        doubles = [names for names in used.values() if len(names) > 1]
        if doubles:
            text += "<br>" + self.tr("Let op: één kolom is gekozen voor {fields}. Klopt dat?").format(
                fields=_escape(self.tr(" en ").join(doubles[0])))
        style = _STYLE_WARNING if (self._plan and self._plan.issues) or doubles else _STYLE_OK
        self._set_message(ui.mappingStatusLabel, self.tr("Met deze keuze: {counts}").format(counts=text), style)

    def _recheck(self) -> None:
        self._clash_issues = []
        if self._table is None or self._mapping is None or self._mapping.missing_required():
            self._plan = None
            return
        try:
            self._plan = check_rows(self._table, self._mapping)
        except UserError as error:
            self._plan = None
            self._set_message(self.ui.fileErrorLabel, _escape(str(error)), _STYLE_ERROR)

    # ------------------------------------------------------------------ step 3: check and import

    def _counts_text(self) -> str:
        plan = self._plan
        if plan is None:
            return ""
        n = len(self._good_records())
        parts = [self.tr("1 woning") if n == 1 else self.tr("{n} woningen").format(n=n)]
        if plan.skipped_non_homes:
            parts.append(self.tr("{n} geen woning overgeslagen").format(n=plan.skipped_non_homes))
        if plan.copies:
            parts.append(self.tr("1 dubbele rij één keer genomen") if plan.copies == 1
                         else self.tr("{n} dubbele rijen één keer genomen").format(n=plan.copies))
        if plan.skipped_totals:
            if plan.skipped_totals == 1:
                parts.append(self.tr("1 totaalregel overgeslagen"))
            else:
                parts.append(self.tr("{n} totaalregels overgeslagen").format(n=plan.skipped_totals))
        rejected = self._rejected_rows()
        if rejected:
            parts.append(self.tr("1 rij afgekeurd") if rejected == 1
                         else self.tr("{n} rijen afgekeurd").format(n=rejected))
        return ", ".join(parts) + "."

    def _issues(self) -> list[RowIssue]:
        if self._plan is None:
            return []
        return sorted(self._plan.issues + self._clash_issues, key=lambda issue: issue.row_number)

    def _good_records(self) -> list[HomeRecord]:
        """The records that will be written (a row that clashes with the block is left out)."""
        if self._plan is None:
            return []
        clashing = {issue.row_number for issue in self._clash_issues}
        return [record for record in self._plan.records if record.row_number not in clashing]

    def _rejected_rows(self) -> int:
        return len({issue.row_number for issue in self._issues()})

    def _refresh_check_page(self) -> None:
        ui = self.ui
        plan = self._plan or ImportPlan()
        name, row, _problem = self._target()
        records = self._good_records()
        self._preview_model.set_rows(records)
        self._issue_model.set_rows(self._issues())
        self._notice_model.set_rows(plan.notices)
        hidden = set(self._preview_model.empty_columns()) if records else set()
        for column in range(HomePreviewModel.COLUMN_COUNT):
            ui.previewView.setColumnHidden(column, column in hidden)
        ui.previewView.resizeColumnsToContents()
        ui.issuesView.resizeRowsToContents()

        if row is None:
            target = self.tr("Naar de nieuwe flat <b>{name}</b>.").format(name=_escape(name))
        else:
            target = self.tr("Naar de flat <b>{name}</b>.").format(name=_escape(name))
        ui.summaryLabel.setText(
            f"{self._detected_text()}<br><b>{_escape(self._counts_text())}</b> {target}"
        )
        mapping = self._mapping
        if mapping is not None and self._table is not None:
            pairs = [self.tr("{field}: {column}").format(
                field=FIELD_LABELS[field], column=self._table.header[column] or column_letter(column))
                for field, column in mapping.columns.items() if column is not None]
            # A pair never breaks over two lines ("VHE-|nummer" reads badly): no-break space and hyphen.
            shown = ", ".join(_escape(pair).replace(" ", "\u00a0").replace("-", "\u2011") for pair in pairs)
            ui.columnsLabel.setText(self.tr("Kolommen: {pairs}").format(pairs=shown))

        n_records, n_issues, n_notices = len(records), len(self._issues()), len(plan.notices)
        ui.tabs.setTabText(0, self.tr("Woningen ({n})").format(n=n_records))
        ui.tabs.setTabText(1, self.tr("Afgekeurd ({n})").format(n=self._rejected_rows()))
        ui.tabs.setTabText(2, self.tr("Overgeslagen ({n})").format(n=n_notices))
        ui.tabs.setTabEnabled(1, bool(n_issues))
        ui.tabs.setTabEnabled(2, bool(n_notices))
        ui.copyButton.setEnabled(bool(n_issues))
        ui.tabs.setCurrentIndex(1 if n_issues else 0)
        ui.skipInvalidCheck.setVisible(bool(n_issues) and bool(n_records))
        if not n_issues:
            ui.skipInvalidCheck.setChecked(False)
        self._set_message(ui.importErrorLabel, "", _STYLE_ERROR)
        self._update_verdict()

    def _update_verdict(self, *_args) -> None:
        ui = self.ui
        plan = self._plan
        if plan is None:
            self._set_message(ui.verdictLabel, "", _STYLE_OK)
        else:
            rejected = self._rejected_rows()
            n = len(self._good_records())
            homes = self.tr("1 woning") if n == 1 else self.tr("{n} woningen").format(n=n)
            if not n:
                self._set_message(ui.verdictLabel, self.tr(
                    "Er staat geen enkele goede woning in dit bestand; er valt niets te importeren. "
                    "Verbeter het bestand of kies andere kolommen."), _STYLE_WARNING)
            elif not rejected:
                self._set_message(ui.verdictLabel, self.tr(
                    "Alles in orde: {homes} klaar om te importeren.").format(homes=homes), _STYLE_OK)
            elif ui.skipInvalidCheck.isChecked():
                self._set_message(ui.verdictLabel, self.tr(
                    "Alleen de goede rijen worden geïmporteerd: {homes}. De {n} afgekeurde rijen niet; "
                    "die kunt u later alsnog importeren met een verbeterd bestand.").format(
                    homes=homes, n=rejected), _STYLE_WARNING)
            else:
                rows = self.tr("1 rij") if rejected == 1 else self.tr("{n} rijen").format(n=rejected)
                self._set_message(ui.verdictLabel, self.tr(
                    "{rows} afgekeurd: verbeter het bestand, of kies hieronder om alleen de goede rijen "
                    "te importeren.").format(rows=rows), _STYLE_WARNING)
        self._update_buttons()

    def _can_import(self) -> bool:
        plan = self._plan
        if plan is None or not self._good_records() or self._table is None or self._target()[2]:
            return False
        return not self._issues() or self.ui.skipInvalidCheck.isChecked()

    def _copy_issues(self) -> None:
        QGuiApplication.clipboard().setText(self._issue_model.as_text())
        count = self._issue_model.rowCount()
        self.ui.copyButton.setText(self.tr("Gekopieerd ({n})").format(n=count))

    def _import(self) -> None:
        if not self._can_import():
            return
        name, _row, _problem = self._target()
        skip_invalid = self.ui.skipInvalidCheck.isChecked()
        accepted = {"accept_changes": False, "accept_large": False}
        while True:
            try:
                outcome = self._apply(name, skip_invalid, accepted)
            except ImportNeedsConfirmation as question:
                if not self._confirm(question, name):
                    self._show_import_error(self.tr("U koos 'Terug'; de woningen zijn niet veranderd."))
                    return
                accepted["accept_changes" if question.kind == "changes" else "accept_large"] = True
                continue
            if outcome is None:
                return
            result, stored_name = outcome
            break
        self._finish_import(result, stored_name, name)

    def _confirm(self, question: ImportNeedsConfirmation, name: str) -> bool:
        from flatapp.gui.import_confirm import ConfirmImportDialog

        dialog = ConfirmImportDialog(question, name, self._table.source if self._table else "", self)
        self.confirm_dialog = dialog            # tests and screenshots reach it while it is open
        try:
            return dialog.exec() == ConfirmImportDialog.DialogCode.Accepted
        finally:
            self.confirm_dialog = None
            dialog.deleteLater()

    def _apply(self, name: str, skip_invalid: bool, accepted: dict[str, bool]) -> tuple[ImportResult, str] | None:
        """Run the import in one transaction on a worker thread (the window keeps answering);
        (result, stored block name), or None after an error shown."""
        plan, source = self._plan, self._table.source

        def import_homes(session):
            result = apply_plan(session, name, plan, skip_invalid=skip_invalid, source=source, **accepted)
            building = find_building(session, name) if result.written else None
            return result, (building.name if building is not None else name)

        try:
            return self.runner.run_slow(self, self.tr("Woningen importeren…"), import_homes)
        except ImportNeedsConfirmation:
            raise
        except Exception as error:                  # UserError, a database or disk fault: one Dutch line
            self._show_import_error(error_line(error))
            return None

    def _finish_import(self, result: ImportResult, stored_name: str, name: str) -> None:
        if not result.written:
            known = set(self._plan.issues)
            self._clash_issues = [issue for issue in result.issues if issue not in known]
            self._refresh_check_page()
            if self._clash_issues:
                rows = len({issue.row_number for issue in self._clash_issues})
                if rows == 1:
                    clash = self.tr("1 rij botst met een woning die al in de flat '{name}' staat; "
                                    "zie 'Afgekeurd'.").format(name=name)
                else:
                    clash = self.tr("{n} rijen botsen met woningen die al in de flat '{name}' staan; "
                                    "zie 'Afgekeurd'.").format(n=rows, name=name)
                self._show_import_error(clash)
            else:
                self._show_import_error(result.summary())
            return
        self.import_result = result
        self.imported_building_name = stored_name
        QMessageBox.information(self, self.tr("Woningen geïmporteerd"), result.summary())
        self.accept()

    def _show_import_error(self, message: str) -> None:
        source = self._table.source if self._table is not None else ""
        text = self.tr("<b>Er is niets geïmporteerd.</b><br>{why}<br>Bestand: {file}").format(
            why=_escape(message), file=_escape(source))
        self._set_message(self.ui.importErrorLabel, text, _STYLE_ERROR)

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
    def _set_message(label: QLabel, text: str, style: str) -> None:
        label.setText(text)
        label.setStyleSheet(style if text else "")
        label.setVisible(bool(text))
