"""Ronde › Scans inlezen…: choose the scanned PDFs/images (or a folder), read them on the worker thread with
progress and Cancel, then the review of what needs a person (Ronde › Scans nakijken… opens it later)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from flatapp.gui.runner import ServiceRunner, error_line

translate = QCoreApplication.translate


def choose_scans(parent: QWidget | None) -> list[Path]:
    """PDFs or images, or (with 'Hele map') a folder of them; [] when cancelled."""
    dialog = QFileDialog(parent, translate("ScanIntake", "Scans inlezen: kies de PDF('s), afbeeldingen of een map"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(translate("ScanIntake",
                                   "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic *.heif)"))
    folder = QPushButton(translate("ScanIntake", "Hele &map kiezen"), dialog)
    folder.setCheckable(True)

    def folder_mode(on: bool) -> None:
        dialog.setFileMode(QFileDialog.FileMode.Directory if on else QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, on)

    folder.toggled.connect(folder_mode)
    layout = dialog.layout()
    if layout is not None:
        layout.addWidget(folder)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return [Path(name) for name in dialog.selectedFiles()]
    finally:
        dialog.deleteLater()


def read_scans(parent: QWidget | None, runner: ServiceRunner, round_id: int, paths: list[Path], read=None):
    """Read and take in the stack on the worker thread (Cancel rolls it all back); the summary, or None after
    saying why not."""
    from flatapp.scanning.stack import scan_stack

    try:
        return runner.run_slow(parent, translate("ScanIntake", "Scans lezen…"), scan_stack, round_id, paths,
                               read=read)
    except Exception as error:       # nothing written: one Dutch line
        QMessageBox.warning(parent, translate("ScanIntake", "Scans inlezen"), error_line(error))
        return None


def review(parent: QWidget | None, runner: ServiceRunner, round_id: int, summary_lines: list[str] | None = None,
           open_form=None) -> None:
    """The review dialog of the round (with the intake's summary on top, when there is one)."""
    from flatapp.gui.scan_review import ScanReviewDialog

    dialog = ScanReviewDialog(runner, round_id, parent)
    if summary_lines:
        dialog.message.show_info("\n".join(summary_lines))
    if open_form is not None:
        dialog.openForm.connect(open_form)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
