"""The working groups' table views: one look for every table (rows selected whole, Tab leaves the table)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from flatapp.gui.row_table_model import RowTableModel


def setup_table(view: QTableView, model: RowTableModel) -> QTableView:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)          # Tab leaves the table: keyboard users move on to the buttons
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    return view


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if model.rowCount() == 0:
        return
    row = max(0, min(row, model.rowCount() - 1))
    view.setCurrentIndex(model.index(row, 0))
    view.selectRow(row)

