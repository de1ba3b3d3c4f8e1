"""The facade map's zoom and geometry (content coordinates: 0,0 is the top left of the whole drawing),
mixed into ``FacadeMap``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics

from flatapp.domain.addresses import floor_label
from flatapp.gui.facade_map.style import (
    BASE_CELL,
    ENTRANCE_GAP,
    FIT_MAX_CELL,
    GAP,
    MARGIN,
    MAX_CELL,
    MIN_CELL,
    PANEL_PADDING,
    ZOOM_STEP,
)
from flatapp.services.homes import HomeRow

# A plain name, so that pyside6-lupdate finds the texts: translate("Context", "Dutch text").
translate = QCoreApplication.translate


@dataclass(frozen=True)


class _EntranceColumns:
    name: str
    first_column: int   # global column index of its first home column
    columns: int


@dataclass(frozen=True)


class _Cell:
    home: HomeRow
    row: int            # 0 is the top floor
    column: int         # global column over all entrances
    entrance: int       # index into the entrance list


class FacadeGeometry:
    """Zoom, cell sizes and where everything is drawn; mixed into ``FacadeMap``."""

    # --- zoom ---------------------------------------------------------------------------------
    def cell_size(self) -> QSize:
        return QSize(self._cell)

    def zoom_factor(self) -> float:
        return self._cell.width() / BASE_CELL.width()

    def is_fitted(self) -> bool:
        return self._fit

    def zoom_to_fit(self) -> None:
        self._fit = True
        self._apply_fit()

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def _zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        width = round(self._cell.width() * factor)
        height = round(self._cell.height() * factor)
        if factor > 1:
            width, height = min(width, MAX_CELL.width()), min(height, MAX_CELL.height())
        else:
            width, height = max(width, MIN_CELL.width()), max(height, MIN_CELL.height())
        self._fit = False
        self._set_cell(QSize(width, height), anchor)

    def _fixed_size(self) -> QSize:
        """Width and height of everything that does not grow with the cells."""
        entrances = len(self._entrances)
        width = (2 * MARGIN + self._floor_label_width() + entrances * 2 * PANEL_PADDING
                 + max(entrances - 1, 0) * ENTRANCE_GAP + max(self._column_count - entrances, 0) * GAP)
        rows = len(self._floors)
        height = (2 * MARGIN + self._header_height() + 2 * PANEL_PADDING + max(rows - 1, 0) * GAP
                  + self._legend_height())
        return QSize(width, height)

    def _apply_fit(self) -> None:
        if not self._cells:
            self._set_cell(QSize(BASE_CELL))
            return
        fixed = self._fixed_size()
        available = self.maximumViewportSize()
        width = (available.width() - fixed.width()) // max(self._column_count, 1)
        height = (available.height() - fixed.height()) // max(len(self._floors), 1)
        width = min(width, FIT_MAX_CELL.width(), round(height * 2.6))
        height = min(height, FIT_MAX_CELL.height(), round(width * 1.2))
        self._set_cell(QSize(max(width, MIN_CELL.width()), max(height, MIN_CELL.height())))

    def _set_cell(self, size: QSize, anchor: QPoint | None = None) -> None:
        if anchor is not None:  # keep the content point under the mouse where it is
            content = self._to_content(anchor)
            rel_x = content.x() / max(self._content_size().width(), 1)
            rel_y = content.y() / max(self._content_size().height(), 1)
        changed = size != self._cell
        self._cell = size
        self._update_scrollbars()
        if anchor is not None:
            new = self._content_size()
            self.horizontalScrollBar().setValue(round(rel_x * new.width()) - anchor.x())
            self.verticalScrollBar().setValue(round(rel_y * new.height()) - anchor.y())
        self.viewport().update()
        if changed:
            self.zoomChanged.emit()

    def _relayout(self) -> None:
        if self._fit:
            self._apply_fit()
        else:
            self._update_scrollbars()
        self.viewport().update()

    # --- geometry (content coordinates: 0,0 is the top left of the whole drawing) -------------
    def _label_font(self, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        return font

    def _cell_font(self) -> QFont:
        font = QFont(self.font())
        size = min(self._cell.height() * 0.42, self._cell.width() * 0.34)
        font.setPixelSize(max(9, min(30, round(size))))
        return font

    def _text_sizes(self) -> tuple[int, int]:
        """(floor label width, header height): measured once per font and set of floors, not for
        every cell of every paint."""
        key = (self.font().key(), len(self._floors), self._floors[0] if self._floors else None)
        if self._sizes_key != key:
            metrics = QFontMetrics(self._label_font())
            labels = [floor_label(floor) for floor in self._floors] or ["BG"]
            label_width = max(metrics.horizontalAdvance(label) for label in labels) + 14
            header = QFontMetrics(self._label_font(bold=True)).height() + 10
            self._sizes_key, self._sizes = key, (label_width, header)
        return self._sizes

    def _floor_label_width(self) -> int:
        return self._text_sizes()[0]

    def _header_height(self) -> int:
        return self._text_sizes()[1]

    def _legend_height(self) -> int:
        return QFontMetrics(self._label_font()).height() + 16 if self._legend else 0

    def _entrance_x(self, index: int) -> int:
        x = MARGIN + self._floor_label_width()
        for entrance in self._entrances[:index]:
            x += self._panel_width(entrance) + ENTRANCE_GAP
        return x

    def _panel_width(self, entrance: _EntranceColumns) -> int:
        return 2 * PANEL_PADDING + entrance.columns * self._cell.width() + (entrance.columns - 1) * GAP

    def _panel_top(self) -> int:
        return MARGIN + self._header_height()

    def _panel_height(self) -> int:
        rows = len(self._floors)
        return 2 * PANEL_PADDING + rows * self._cell.height() + max(rows - 1, 0) * GAP

    def _row_y(self, row: int) -> int:
        return self._panel_top() + PANEL_PADDING + row * (self._cell.height() + GAP)

    def _content_cell_rect(self, cell: _Cell) -> QRect:
        entrance = self._entrances[cell.entrance]
        x = (self._entrance_x(cell.entrance) + PANEL_PADDING
             + (cell.column - entrance.first_column) * (self._cell.width() + GAP))
        return QRect(x, self._row_y(cell.row), self._cell.width(), self._cell.height())

    def _content_size(self) -> QSize:
        if not self._cells:
            return QSize(0, 0)
        last = len(self._entrances) - 1
        width = self._entrance_x(last) + self._panel_width(self._entrances[last]) + MARGIN
        legend_width = self._legend_width() + MARGIN + self._entrance_x(0)
        height = self._panel_top() + self._panel_height() + self._legend_height() + MARGIN
        return QSize(max(width, legend_width), height)

    def _legend_width(self) -> int:
        metrics = QFontMetrics(self._label_font())
        return sum(metrics.horizontalAdvance(label) + 40 for label, _ in self._legend)

    def _offset(self) -> QPoint:
        """Where content (0,0) sits in the viewport: centred across and at the top while it is
        smaller than the viewport, else scrolled."""
        content, viewport = self._content_size(), self.viewport().size()
        x = (viewport.width() - content.width()) // 2 if content.width() < viewport.width() \
            else -self.horizontalScrollBar().value()
        y = 0 if content.height() < viewport.height() else -self.verticalScrollBar().value()
        return QPoint(x, y)

    def _to_content(self, point: QPoint) -> QPoint:
        return point - self._offset()

    def cell_rect(self, home_id: int) -> QRect:
        """The home's cell in viewport coordinates (an empty rect for an unknown home)."""
        cell = self._cells.get(home_id)
        if cell is None:
            return QRect()
        return self._content_cell_rect(cell).translated(self._offset())

    def home_at(self, point: QPoint) -> int | None:
        """The home under a viewport point, or None."""
        content = self._to_content(point)
        for home_id, cell in self._cells.items():
            if self._content_cell_rect(cell).contains(content):
                return home_id
        return None

    def ensure_visible(self, home_id: int) -> None:
        rect = self.cell_rect(home_id)
        if rect.isNull():
            return
        viewport = self.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        if rect.left() < viewport.left():
            hbar.setValue(hbar.value() - (viewport.left() - rect.left()))
        elif rect.right() > viewport.right():
            hbar.setValue(hbar.value() + (rect.right() - viewport.right()))
        if rect.top() < viewport.top():
            vbar.setValue(vbar.value() - (viewport.top() - rect.top()))
        elif rect.bottom() > viewport.bottom():
            vbar.setValue(vbar.value() + (rect.bottom() - viewport.bottom()))

    def _update_scrollbars(self) -> None:
        content, viewport = self._content_size(), self.viewport().size()
        room = self.maximumViewportSize()
        if content.width() <= room.width() and content.height() <= room.height():
            viewport = room  # everything fits without scroll bars: do not keep them for their own width
        for bar, total, page in (
            (self.horizontalScrollBar(), content.width(), viewport.width()),
            (self.verticalScrollBar(), content.height(), viewport.height()),
        ):
            bar.setRange(0, max(0, total - page))
            bar.setPageStep(page)
            bar.setSingleStep(max(self._cell.height() // 2, 10))
