"""Painting the facade map: entrances, floor labels, cells (coloured by status), the selection and the
legend; mixed into ``FacadeMap``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from flatapp.domain.addresses import floor_label
from flatapp.gui import theme
from flatapp.gui.facade_map.geometry import _Cell
from flatapp.gui.facade_map.style import (
    BACKGROUND,
    CELL_BORDER,
    CELL_FILL,
    CELL_HOVER,
    ENTRANCE_PANEL,
    FADED,
    HIT,
    LABEL_TEXT,
    MARGIN,
    SELECTION,
    SELECTION_UNFOCUSED,
    TEXT,
    _readable_text_on,
)

# A plain name, so that pyside6-lupdate finds the texts: translate("Context", "Dutch text").
translate = QCoreApplication.translate


class FacadePainting:
    """The map's ``paintEvent``; mixed into ``FacadeMap``."""


    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.viewport().rect(), BACKGROUND)
        if not self._cells:
            painter.setPen(LABEL_TEXT)
            painter.setFont(self._label_font())
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
            return
        painter.translate(self._offset())
        self._paint_entrances(painter)
        self._paint_floor_labels(painter)
        cell_font = self._cell_font()
        for home_id, cell in self._cells.items():
            self._paint_cell(painter, home_id, cell, cell_font)
        if self._highlighted:
            self._paint_hits(painter)
        if self._selected is not None:
            self._paint_selection(painter, self._cells[self._selected])
        if self._legend:
            self._paint_legend(painter)

    def _paint_entrances(self, painter: QPainter) -> None:
        painter.setFont(self._label_font(bold=True))
        metrics = painter.fontMetrics()
        for index, entrance in enumerate(self._entrances):
            x, width = self._entrance_x(index), self._panel_width(entrance)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ENTRANCE_PANEL)
            painter.drawRoundedRect(QRectF(x, self._panel_top(), width, self._panel_height()), 6, 6)
            name = entrance.name or translate("FacadeMap", "Zonder portiek")
            painter.setPen(TEXT)
            painter.drawText(QRect(x, MARGIN, width, self._header_height() - 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, width))

    def _paint_floor_labels(self, painter: QPainter) -> None:
        painter.setFont(self._label_font())
        painter.setPen(LABEL_TEXT)
        width = self._floor_label_width() - 8
        for row, floor in enumerate(self._floors):
            painter.drawText(QRect(MARGIN, self._row_y(row), width, self._cell.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, floor_label(floor))

    def _paint_cell(self, painter: QPainter, home_id: int, cell: _Cell, font: QFont) -> None:
        rect = self._content_cell_rect(cell)
        fill = self._colours.get(home_id)
        if fill is None:
            fill = CELL_HOVER if home_id == self._hovered else CELL_FILL
            border = CELL_BORDER
        else:
            border = fill.darker(135)
            if home_id == self._hovered:
                fill = fill.lighter(110)
        painter.setPen(QPen(border, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        label = cell.home.number_label
        painter.setFont(font)
        metrics = painter.fontMetrics()
        room = rect.width() - 4
        if metrics.horizontalAdvance(label) > room:  # long labels (12A-bis): a smaller font first
            smaller = QFont(font)
            needed = max(metrics.horizontalAdvance(label), 1)
            smaller.setPixelSize(max(8, round(font.pixelSize() * room / needed)))
            painter.setFont(smaller)
            metrics = painter.fontMetrics()
            label = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, room)
        painter.setPen(_readable_text_on(fill))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_hits(self, painter: QPainter) -> None:
        """A search's hits: the other homes faded, each hit in a ring."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(FADED)
        for home_id, cell in self._cells.items():
            if home_id not in self._highlighted:
                painter.drawRoundedRect(QRectF(self._content_cell_rect(cell)), 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(HIT, 3.0))
        for home_id in self._highlighted:
            painter.drawRoundedRect(QRectF(self._content_cell_rect(self._cells[home_id])).adjusted(-2, -2, 2, 2), 4, 4)

    def _paint_selection(self, painter: QPainter, cell: _Cell) -> None:
        rect = QRectF(self._content_cell_rect(cell))
        focused = self.hasFocus()
        width = 3.0 if focused else 2.0
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECTION if focused else SELECTION_UNFOCUSED, width))
        painter.drawRoundedRect(rect.adjusted(-width / 2, -width / 2, width / 2, width / 2), 4, 4)
        painter.setPen(QPen(QColor(theme.WHITE), 1))
        painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 2, 2)

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setFont(self._label_font())
        metrics = painter.fontMetrics()
        x = self._entrance_x(0)
        y = self._panel_top() + self._panel_height() + 10
        for label, colour in self._legend:
            swatch = QRectF(x + 0.5, y + (metrics.height() - 14) / 2 + 0.5, 14, 14)
            painter.setPen(QPen(colour.darker(135), 1))
            painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(TEXT)
            painter.drawText(QPoint(x + 20, y + metrics.ascent()), label)
            x += metrics.horizontalAdvance(label) + 40
