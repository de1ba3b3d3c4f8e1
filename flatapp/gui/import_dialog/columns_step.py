"""Step 2 of the import: which column holds what, with an example of each; mixed into
``ImportHomesDialog``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from flatapp.gui.import_dialog.style import _escape
from flatapp.importing.home_rows import check_rows
from flatapp.importing.model import FIELD_LABELS, ColumnMapping
from flatapp.importing.table_reader import column_letter
from flatapp.services.errors import UserError

translate = QCoreApplication.translate     # the texts keep the ImportHomesDialog context


class ColumnsStep:
    """The column mapping; mixed into ``ImportHomesDialog``."""

    # ------------------------------------------------------------------ step 2: columns

    def _fill_mapping_combos(self) -> None:
        table, mapping = self._table, self._mapping
        if table is None or mapping is None:
            return
        items = [translate("ImportHomesDialog", "(niet in bestand)")]
        for index, header in enumerate(table.header):
            letter = column_letter(index)
            if header:
                items.append(translate("ImportHomesDialog", "{header} (kolom {letter})").format(header=header, letter=letter))
            else:
                items.append(translate("ImportHomesDialog", "(kolom {letter}, zonder naam)").format(letter=letter))
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
            label.setText(translate("ImportHomesDialog", "bijv. {value}").format(value=shown) if shown else translate("ImportHomesDialog", "(leeg)"))

    def _update_mapping_status(self) -> None:
        ui = self.ui
        mapping = self._mapping
        if mapping is None:
            return
        missing = mapping.missing_required()
        if missing:
            labels = ", ".join(FIELD_LABELS[name] for name in missing)
            self._set_message(ui.mappingStatusLabel,
                              translate("ImportHomesDialog", "Kies nog een kolom voor: {fields}.").format(fields=_escape(labels)),
                              "warning")
            return
        text = self._counts_text()
        used: dict[int, list[str]] = {}
        for name, column in mapping.columns.items():
            if column is not None:
                used.setdefault(column, []).append(FIELD_LABELS[name])
        doubles = [names for names in used.values() if len(names) > 1]
        if doubles:
            text += "<br>" + translate("ImportHomesDialog", "Let op: één kolom is gekozen voor {fields}. Klopt dat?").format(
                fields=_escape(translate("ImportHomesDialog", " en ").join(doubles[0])))
        style = "warning" if (self._plan and self._plan.issues) or doubles else "ok"
        self._set_message(ui.mappingStatusLabel, translate("ImportHomesDialog", "Met deze keuze: {counts}").format(counts=text), style)

    def _recheck(self) -> None:
        self._clash_issues = []
        if self._table is None or self._mapping is None or self._mapping.missing_required():
            self._plan = None
            return
        try:
            self._plan = check_rows(self._table, self._mapping)
        except UserError as error:
            self._plan = None
            self._set_message(self.ui.fileErrorLabel, _escape(str(error)), "error")
