"""The facade map widget: its homes and colours, the selection, and what the mouse and keys do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QToolTip, QWidget

from flatapp.gui.facade_map.geometry import FacadeGeometry, _Cell, _EntranceColumns
from flatapp.gui.facade_map.navigation import _NOT_NAVIGATION, FacadeNavigation
from flatapp.gui.facade_map.painting import FacadePainting
from flatapp.gui.facade_map.style import BASE_CELL, CELL_FILL, ZOOM_STEP
from flatapp.gui.home_table_model import natural_key
from flatapp.services.homes import HomeRow

# A plain name, so that pyside6-lupdate finds the texts: translate("Context", "Dutch text").
translate = QCoreApplication.translate


class FacadeMap(FacadeGeometry, FacadePainting, FacadeNavigation, QAbstractScrollArea):
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
        self._highlighted: frozenset[int] = frozenset()    # a search's hits (ringed, the rest faded)
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
        self._highlighted = frozenset(home_id for home_id in self._highlighted if home_id in self._cells)
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

    def set_highlighted(self, home_ids: Sequence[int]) -> None:
        """Ring these homes (a search's hits) and fade the others; an empty list shows the map as usual.
        The first hit is scrolled into view."""
        wanted = frozenset(home_id for home_id in home_ids if home_id in self._cells)
        if wanted == self._highlighted:
            return
        self._highlighted = wanted
        first = next((home_id for home_id in self.home_ids() if home_id in wanted), None)
        if first is not None:
            self.ensure_visible(first)
        self.viewport().update()

    def highlighted(self) -> frozenset[int]:
        return self._highlighted

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
