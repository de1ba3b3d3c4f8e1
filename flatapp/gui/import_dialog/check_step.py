"""Step 3 of the import: the check (what will be added, changed, left out and why) and the import itself,
on a worker thread through the runner; mixed into ``ImportHomesDialog``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from flatapp.gui.import_dialog.style import _escape
from flatapp.gui.import_models import HomePreviewModel
from flatapp.gui.runner import error_line
from flatapp.importing.model import FIELD_LABELS, HomeRecord, ImportPlan, ImportResult, RowIssue
from flatapp.importing.table_reader import column_letter
from flatapp.services.buildings import find_building
from flatapp.services.home_import import ImportNeedsConfirmation, apply_plan

translate = QCoreApplication.translate     # the texts keep the ImportHomesDialog context


class CheckStep:
    """Checking and importing; mixed into ``ImportHomesDialog``."""

    # ------------------------------------------------------------------ step 3: check and import

    def _counts_text(self) -> str:
        plan = self._plan
        if plan is None:
            return ""
        n = len(self._good_records())
        parts = [translate("ImportHomesDialog", "1 woning") if n == 1 else translate("ImportHomesDialog", "{n} woningen").format(n=n)]
        if plan.skipped_non_homes:
            parts.append(translate("ImportHomesDialog", "{n} geen woning overgeslagen").format(n=plan.skipped_non_homes))
        if plan.copies:
            parts.append(translate("ImportHomesDialog", "1 dubbele rij één keer genomen") if plan.copies == 1
                         else translate("ImportHomesDialog", "{n} dubbele rijen één keer genomen").format(n=plan.copies))
        if plan.skipped_totals:
            if plan.skipped_totals == 1:
                parts.append(translate("ImportHomesDialog", "1 totaalregel overgeslagen"))
            else:
                parts.append(translate("ImportHomesDialog", "{n} totaalregels overgeslagen").format(n=plan.skipped_totals))
        rejected = self._rejected_rows()
        if rejected:
            parts.append(translate("ImportHomesDialog", "1 rij afgekeurd") if rejected == 1
                         else translate("ImportHomesDialog", "{n} rijen afgekeurd").format(n=rejected))
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
            target = translate("ImportHomesDialog", "Naar de nieuwe flat <b>{name}</b>.").format(name=_escape(name))
        else:
            target = translate("ImportHomesDialog", "Naar de flat <b>{name}</b>.").format(name=_escape(name))
        ui.summaryLabel.setText(
            f"{self._detected_text()}<br><b>{_escape(self._counts_text())}</b> {target}"
        )
        mapping = self._mapping
        if mapping is not None and self._table is not None:
            pairs = [translate("ImportHomesDialog", "{field}: {column}").format(
                field=FIELD_LABELS[field], column=self._table.header[column] or column_letter(column))
                for field, column in mapping.columns.items() if column is not None]
            # A pair never breaks over two lines ("VHE-|nummer" reads badly): no-break space and hyphen.
            shown = ", ".join(_escape(pair).replace(" ", "\u00a0").replace("-", "\u2011") for pair in pairs)
            ui.columnsLabel.setText(translate("ImportHomesDialog", "Kolommen: {pairs}").format(pairs=shown))

        n_records, n_issues, n_notices = len(records), len(self._issues()), len(plan.notices)
        ui.tabs.setTabText(0, translate("ImportHomesDialog", "Woningen ({n})").format(n=n_records))
        ui.tabs.setTabText(1, translate("ImportHomesDialog", "Afgekeurd ({n})").format(n=self._rejected_rows()))
        ui.tabs.setTabText(2, translate("ImportHomesDialog", "Overgeslagen ({n})").format(n=n_notices))
        ui.tabs.setTabEnabled(1, bool(n_issues))
        ui.tabs.setTabEnabled(2, bool(n_notices))
        ui.copyButton.setEnabled(bool(n_issues))
        ui.tabs.setCurrentIndex(1 if n_issues else 0)
        ui.skipInvalidCheck.setVisible(bool(n_issues) and bool(n_records))
        if not n_issues:
            ui.skipInvalidCheck.setChecked(False)
        self._set_message(ui.importErrorLabel, "", "error")
        self._update_verdict()

    def _update_verdict(self, *_args) -> None:
        ui = self.ui
        plan = self._plan
        if plan is None:
            self._set_message(ui.verdictLabel, "", "ok")
        else:
            rejected = self._rejected_rows()
            n = len(self._good_records())
            homes = translate("ImportHomesDialog", "1 woning") if n == 1 else translate("ImportHomesDialog", "{n} woningen").format(n=n)
            if not n:
                self._set_message(ui.verdictLabel, translate("ImportHomesDialog",
                    "Er staat geen enkele goede woning in dit bestand; er valt niets te importeren. "
                    "Verbeter het bestand of kies andere kolommen."), "warning")
            elif not rejected:
                self._set_message(ui.verdictLabel, translate("ImportHomesDialog",
                    "Alles in orde: {homes} klaar om te importeren.").format(homes=homes), "ok")
            elif ui.skipInvalidCheck.isChecked():
                self._set_message(ui.verdictLabel, translate("ImportHomesDialog",
                    "Alleen de goede rijen worden geïmporteerd: {homes}. De {n} afgekeurde rijen niet; "
                    "die kunt u later alsnog importeren met een verbeterd bestand.").format(
                    homes=homes, n=rejected), "warning")
            else:
                rows = translate("ImportHomesDialog", "1 rij") if rejected == 1 else translate("ImportHomesDialog", "{n} rijen").format(n=rejected)
                self._set_message(ui.verdictLabel, translate("ImportHomesDialog",
                    "{rows} afgekeurd: verbeter het bestand, of kies hieronder om alleen de goede rijen "
                    "te importeren.").format(rows=rows), "warning")
        self._update_buttons()

    def _can_import(self) -> bool:
        plan = self._plan
        if plan is None or not self._good_records() or self._table is None or self._target()[2]:
            return False
        return not self._issues() or self.ui.skipInvalidCheck.isChecked()

    def _copy_issues(self) -> None:
        QGuiApplication.clipboard().setText(self._issue_model.as_text())
        count = self._issue_model.rowCount()
        self.ui.copyButton.setText(translate("ImportHomesDialog", "Gekopieerd ({n})").format(n=count))

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
                    self._show_import_error(translate("ImportHomesDialog", "U koos 'Terug'; de woningen zijn niet veranderd."))
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
            return self.runner.run_slow(self, translate("ImportHomesDialog", "Woningen importeren…"), import_homes)
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
                    clash = translate("ImportHomesDialog", "1 rij botst met een woning die al in de flat '{name}' staat; "
                                    "zie 'Afgekeurd'.").format(name=name)
                else:
                    clash = translate("ImportHomesDialog", "{n} rijen botsen met woningen die al in de flat '{name}' staan; "
                                    "zie 'Afgekeurd'.").format(n=rows, name=name)
                self._show_import_error(clash)
            else:
                self._show_import_error(result.summary())
            return
        self.import_result = result
        self.imported_building_name = stored_name
        QMessageBox.information(self, translate("ImportHomesDialog", "Woningen geïmporteerd"), result.summary())
        self.accept()

    def _show_import_error(self, message: str) -> None:
        source = self._table.source if self._table is not None else ""
        text = translate("ImportHomesDialog", "<b>Er is niets geïmporteerd.</b><br>{why}<br>Bestand: {file}").format(
            why=_escape(message), file=_escape(source))
        self._set_message(self.ui.importErrorLabel, text, "error")
