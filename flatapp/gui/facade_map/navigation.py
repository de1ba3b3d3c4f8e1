"""Moving through the facade map with the keyboard (arrows, Home/End, Page Up/Down, Ctrl for the whole
block); mixed into ``FacadeMap``."""

from __future__ import annotations

from PySide6.QtCore import Qt

_NOT_NAVIGATION = object()     # what _navigate returns for a key that does not navigate


class FacadeNavigation:
    """Which home a navigation key leads to; mixed into ``FacadeMap``."""


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

