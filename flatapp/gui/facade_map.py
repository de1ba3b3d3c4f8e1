"""The facade map: a block drawn as its front, one cell per home.

Entrances stand side by side (left to right in their position order), floors are rows with the
top floor on top, and each home is a cell labelled with its house number. The widget paints
itself (crisp at every zoom level: the geometry is computed in device pixels, not scaled) and
is navigable with the keyboard. Later steps colour the cells by status with
``set_home_colours`` and explain the colours with ``set_legend``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QToolTip, QWidget

from flatapp.domain.addresses import floor_label
from flatapp.gui.home_table_model import natural_key
from flatapp.services.homes import HomeRow

# A plain name, so that pyside6-lupdate finds the texts: translate("Context", "Dutch text").
translate = QCoreApplication.translate

# Colours: calm greys with one clear blue for the selection (contrast ≥ 4.5:1 for all text).
BACKGROUND = QColor("#f6f7f9")
ENTRANCE_PANEL = QColor("#e6eaef")
CELL_FILL = QColor("#ffffff")
CELL_BORDER = QColor("#9aa6b4")
CELL_HOVER = QColor("#eaf1fb")
TEXT = QColor("#1b2430")
LABEL_TEXT = QColor("#444f5c")
SELECTION = QColor("#1456c0")
SELECTION_UNFOCUSED = QColor("#6f8db8")

GAP = 4               # between cells, px
ENTRANCE_GAP = 12     # between two entrances
PANEL_PADDING = 5     # inside an entrance's panel
MARGIN = 8
MIN_CELL = QSize(26, 18)
MAX_CELL = QSize(240, 120)
FIT_MAX_CELL = QSize(96, 48)   # "fit" never blows a small block up beyond this
BASE_CELL = QSize(64, 36)      # zoom factor 1.0
ZOOM_STEP = 1.25


def _readable_text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (relative luminance, WCAG)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * channel(fill.red()) + 0.7152 * channel(fill.green()) + 0.0722 * channel(fill.blue())
    return TEXT if luminance > 0.179 else QColor("#ffffff")  # where both contrasts are equal


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


class FacadeMap(QAbstractScrollArea):
    """A block's facade; select with mouse or arrow keys, activate with Enter or a double click.

    ``homeSelected`` and ``homeActivated`` are emitted for what the user does; ``select_home``
    (called by code, e.g. to follow the home list) does not emit.
    """

    homeSelected = Signal(int)
    homeActivated = Signal(int)
    zoomChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("facadeMap")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(translate("FacadeMap", "Gevelkaart"))
        self.setAccessibleDescription(translate(
            "FacadeMap",
            "De flat als gevel: elke cel is een woning. Pijltjestoetsen kiezen een woning, Enter opent hem."
        ))
        self._entrances: list[_EntranceColumns] = []
        self._floors: list[int] = []        # top floor first
        self._cells: dict[int, _Cell] = {}  # by home id
        self._grid: dict[tuple[int, int], int] = {}
        self._column_count = 0
        self._colours: dict[int, QColor] = {}
        self._legend: list[tuple[str, QColor]] = []
        self._selected: int | None = None
        self._hovered: int | None = None
        self._empty_text = translate("FacadeMap", "Deze flat heeft nog geen woningen.")
        self._cell = QSize(BASE_CELL)
        self._fit = True
        self._sizes_key: tuple | None = None
        self._sizes = (0, 0)

    # --- content ------------------------------------------------------------------------------
    def set_homes(self, homes: Sequence[HomeRow]) -> None:
        """Show these homes; keeps the selection when that home is still there."""
        groups: dict[tuple[int, str], dict[int, list[HomeRow]]] = {}
        for home in homes:
            entrance = groups.setdefault((home.entrance_position, home.entrance), {})
            entrance.setdefault(home.floor, []).append(home)
        floors = {home.floor for home in homes}
        self._floors = list(range(max(floors), min(floors) - 1, -1)) if floors else []
        row_of = {floor: row for row, floor in enumerate(self._floors)}
        self._entrances, self._cells, self._grid = [], {}, {}
        column = 0
        for index, key in enumerate(sorted(groups, key=lambda k: (k[0], natural_key(k[1])))):
            by_floor = groups[key]
            width = max(len(floor_homes) for floor_homes in by_floor.values())
            self._entrances.append(_EntranceColumns(key[1], column, width))
            for floor, floor_homes in by_floor.items():
                floor_homes.sort(key=lambda h: (h.house_number, h.house_letter, natural_key(h.addition)))
                for offset, home in enumerate(floor_homes):
                    cell = _Cell(home, row_of[floor], column + offset, index)
                    self._cells[home.id] = cell
                    self._grid[(cell.row, cell.column)] = home.id
            column += width
        self._column_count = column
        if self._selected not in self._cells:
            self._selected = None
        self._hovered = None
        self._relayout()

    def home_ids(self) -> list[int]:
        """All homes, in reading order (top floor first, left to right)."""
        return [home_id for _, home_id in sorted(self._grid.items())]

    def home(self, home_id: int) -> HomeRow | None:
        cell = self._cells.get(home_id)
        return cell.home if cell else None

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def set_home_colours(self, colours: Mapping[int, QColor]) -> None:
        """Fill colour per home id (e.g. by status); homes not named keep the default white."""
        self._colours = {home_id: QColor(colour) for home_id, colour in colours.items()}
        self.viewport().update()

    def home_colour(self, home_id: int) -> QColor:
        return QColor(self._colours.get(home_id, CELL_FILL))

    def set_legend(self, entries: Sequence[tuple[str, QColor]]) -> None:
        """What the colours mean, drawn under the facade: [(label, colour), …]; [] hides it."""
        self._legend = [(label, QColor(colour)) for label, colour in entries]
        self._relayout()

    def legend(self) -> list[tuple[str, QColor]]:
        return list(self._legend)

    # --- selection ----------------------------------------------------------------------------
    def selected_home(self) -> int | None:
        return self._selected

    def select_home(self, home_id: int | None, ensure_visible: bool = True) -> None:
        """Select a home from code (does not emit ``homeSelected``)."""
        if home_id is not None and home_id not in self._cells:
            home_id = None
        if home_id != self._selected:
            self._selected = home_id
            self.viewport().update()
        if home_id is not None and ensure_visible:
            self.ensure_visible(home_id)

    def _choose(self, home_id: int | None) -> None:
        if home_id is None:
            return
        changed = home_id != self._selected
        self.select_home(home_id)
        if changed:
            self.homeSelected.emit(home_id)

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

    def _paint_selection(self, painter: QPainter, cell: _Cell) -> None:
        rect = QRectF(self._content_cell_rect(cell))
        focused = self.hasFocus()
        width = 3.0 if focused else 2.0
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECTION if focused else SELECTION_UNFOCUSED, width))
        painter.drawRoundedRect(rect.adjusted(-width / 2, -width / 2, width / 2, width / 2), 4, 4)
        painter.setPen(QPen(QColor("#ffffff"), 1))
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

    # --- events -------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 160)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._choose(self.home_at(event.position().toPoint()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            home_id = self.home_at(event.position().toPoint())
            if home_id is not None:
                self._choose(home_id)
                self.homeActivated.emit(home_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        hovered = self.home_at(event.position().toPoint())
        if hovered != self._hovered:
            self._hovered = hovered
            self.viewport().update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        if self._hovered is not None:
            self._hovered = None
            self.viewport().update()
        super().leaveEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            home_id = self.home_at(event.pos())
            if home_id is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(home_id), self.viewport(),
                                  self.cell_rect(home_id))
            return True
        if event.type() == QEvent.Type.Leave and self._hovered is not None:
            self._hovered = None
            self.viewport().update()
        return super().viewportEvent(event)

    def tooltip_text(self, home_id: int) -> str:
        home = self._cells[home_id].home
        lines = [home.address, f"{home.postcode} {home.city}".strip(),
                 translate("FacadeMap", "Code: {code}").format(code=home.code)]
        if home.entrance:
            lines.append(translate("FacadeMap", "Portiek: {name}").format(name=home.entrance))
        lines.append(translate("FacadeMap", "Verdieping: {floor}").format(floor=home.floor_label))
        return "\n".join(lines)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._zoom_by(ZOOM_STEP ** steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._selected is not None:
                self.homeActivated.emit(self._selected)
            event.accept()
            return
        target = self._navigate(key, ctrl)
        if target is _NOT_NAVIGATION:
            super().keyPressEvent(event)
            return
        self._choose(target)
        event.accept()

    # --- keyboard navigation ------------------------------------------------------------------
    def _navigate(self, key: int, ctrl: bool):
        """The home a navigation key leads to (None: nowhere), or _NOT_NAVIGATION."""
        keys = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
                Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
        if key not in keys:
            return _NOT_NAVIGATION
        if not self._cells:
            return None
        ordered = self.home_ids()
        if self._selected is None:
            return ordered[-1] if key == Qt.Key.Key_End and ctrl else ordered[0]
        row, column = self._cells[self._selected].row, self._cells[self._selected].column
        if key == Qt.Key.Key_Home:
            return ordered[0] if ctrl else self._in_row(row, range(0, self._column_count))
        if key == Qt.Key.Key_End:
            return ordered[-1] if ctrl else self._in_row(row, range(self._column_count - 1, -1, -1))
        if key == Qt.Key.Key_Left:
            return self._in_row(row, range(column - 1, -1, -1))
        if key == Qt.Key.Key_Right:
            return self._in_row(row, range(column + 1, self._column_count))
        if key == Qt.Key.Key_Up:
            return self._nearest_in_rows(range(row - 1, -1, -1), column)
        if key == Qt.Key.Key_Down:
            return self._nearest_in_rows(range(row + 1, len(self._floors)), column)
        if key == Qt.Key.Key_PageUp:
            return self._nearest_in_rows(range(0, row), column)
        return self._nearest_in_rows(range(len(self._floors) - 1, row, -1), column)  # PageDown

    def _in_row(self, row: int, columns: range) -> int | None:
        for column in columns:
            home_id = self._grid.get((row, column))
            if home_id is not None:
                return home_id
        return None

    def _nearest_in_rows(self, rows: range, column: int) -> int | None:
        """The first of ``rows`` that has homes: its home nearest to ``column`` (same entrance first)."""
        entrance = self._entrance_of_column(column)
        for row in rows:
            candidates = [(c, home_id) for (r, c), home_id in self._grid.items() if r == row]
            if candidates:
                def distance(item: tuple[int, int]) -> tuple:
                    other = item[0]
                    return (self._entrance_of_column(other) != entrance, abs(other - column), other)

                return min(candidates, key=distance)[1]
        return None

    def _entrance_of_column(self, column: int) -> int:
        for index, entrance in enumerate(self._entrances):
            if entrance.first_column <= column < entrance.first_column + entrance.columns:
                return index
        return -1


_NOT_NAVIGATION = object()
