"""Step 1 of the import: the file (and its sheet) and the block it goes to; mixed into
``ImportHomesDialog``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from flatapp.gui.import_dialog.style import LAST_FOLDER_KEY, _escape
from flatapp.importing.column_mapping import guess_mapping
from flatapp.importing.table_reader import list_sheets, read_table
from flatapp.services.buildings import BuildingRow
from flatapp.services.errors import UserError

translate = QCoreApplication.translate     # the texts keep the ImportHomesDialog context


class FileStep:
    """Choosing the file and the block; mixed into ``ImportHomesDialog``."""

    # ------------------------------------------------------------------ step 1: file and block

    def _browse(self) -> None:
        settings = QSettings()
        current = self.ui.pathEdit.text().strip().strip('"')
        start = str(Path(current).parent) if current else str(settings.value(LAST_FOLDER_KEY, "") or "")
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("ImportHomesDialog", "Adreslijst kiezen"), start,
            translate("ImportHomesDialog", "Adreslijsten (*.xlsx *.csv *.txt);;Alle bestanden (*)"),
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
        self._set_message(ui.fileErrorLabel, "", "error")
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
            self._show_file_error(path, translate("ImportHomesDialog", "Het bestand kan niet geopend worden ({why}).")
                                  .format(why=error.strerror or error))
            return
        except Exception as error:  # noqa: BLE001 - a strange file must not end in a traceback
            self._show_file_error(path, translate("ImportHomesDialog", "Het bestand kan niet gelezen worden als adreslijst "
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
        text = translate("ImportHomesDialog", "<b>Dit bestand kan niet worden geïmporteerd.</b><br>{why}<br>"
                       "<span>Bestand: {file}</span>").format(
            why=_escape(message), file=_escape(str(path)))
        self._set_message(self.ui.fileErrorLabel, text, "error")
        self._update_buttons()

    def _detected_text(self, with_columns_state: bool = False) -> str:
        """What was read, in words: rows, header row, delimiter, character set (HTML)."""
        table = self._table
        if table is None:
            return ""
        count = len(table.rows)
        rows = translate("ImportHomesDialog", "1 rij") if count == 1 else translate("ImportHomesDialog", "{n} rijen").format(n=count)
        parts = [translate("ImportHomesDialog", "Gelezen: {rows}").format(rows=rows)]
        if table.sheet:
            parts[0] = translate("ImportHomesDialog", "Gelezen: {rows} uit werkblad '{sheet}'").format(
                rows=rows, sheet=_escape(table.sheet))
        parts.append(translate("ImportHomesDialog", "kopregel op rij {n}").format(n=table.header_row_number))
        if table.delimiter:
            parts.append(translate("ImportHomesDialog", "scheidingsteken {name}").format(name=self._delimiter_name(table.delimiter)))
        if table.encoding:
            parts.append(translate("ImportHomesDialog", "tekenset {name}").format(name=self._encoding_name(table.encoding)))
        text = ", ".join(parts) + "."
        if with_columns_state and self._mapping is not None:
            if self._mapping.confident:
                text += " " + translate("ImportHomesDialog", "De kolommen zijn herkend.")
            else:
                text += " " + translate("ImportHomesDialog", "Niet alle kolommen zijn zeker herkend; die kiest u in de volgende stap.")
        return text

    def _delimiter_name(self, delimiter: str) -> str:
        names = {";": translate("ImportHomesDialog", "puntkomma (;)"), ",": translate("ImportHomesDialog", "komma (,)"), "\t": translate("ImportHomesDialog", "tab")}
        return names.get(delimiter, _escape(repr(delimiter)))

    def _encoding_name(self, encoding: str) -> str:
        names = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "utf-8": "UTF-8",
                 "utf-8+cp1252": translate("ImportHomesDialog", "UTF-8 met losse Windows-1252-tekens"),
                 "utf-8-sig": translate("ImportHomesDialog", "UTF-8 (met BOM)"), "utf-16": translate("ImportHomesDialog", "Unicode (UTF-16)")}
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
                return "", None, translate("ImportHomesDialog", "Kies een flat.")
            row = self._buildings[index]
            return row.name, row, ""
        name = " ".join(ui.newNameEdit.text().split())
        if not name:
            return "", None, translate("ImportHomesDialog", "Geef de nieuwe flat een naam.")
        same = next((row for row in self._buildings if row.name.lower() == name.lower()), None)
        if same is not None:
            return name, None, translate("ImportHomesDialog", "Er is al een flat '{name}'. Kies die bij 'Bestaande flat' om de "
                                       "woningen daaraan toe te voegen.").format(name=same.name)
        return name, None, ""

    def _update_building_hint(self) -> None:
        _name, row, problem = self._target()
        ui = self.ui
        if problem:
            text = problem
        elif row is None:
            text = translate("ImportHomesDialog", "De flat wordt aangemaakt bij het importeren.")
        elif row.home_count:
            text = translate("ImportHomesDialog", "Deze flat heeft al woningen. Woningen die al bestaan worden bijgewerkt, "
                           "nieuwe komen erbij; er wordt geen woning verwijderd.")
        else:
            text = translate("ImportHomesDialog", "Deze flat heeft nog geen woningen.")
        ui.buildingHintLabel.setText(text)
