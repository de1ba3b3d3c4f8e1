"""The overview's panels: big-number cards, charts drawn when first shown, and emptying a layout."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from flatapp.gui import theme

# --- big numbers -------------------------------------------------------------------------------

class BigNumber(QFrame):
    """A card: one big value with a caption under it."""

    def __init__(self, value: str, caption: str, tooltip: str = "", accent: str = theme.FIGURE,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bigNumber")
        self.setStyleSheet(f"#bigNumber {{ background: white; border: 1px solid {theme.LINE}; "
                           f"border-left: 6px solid {accent}; border-radius: 6px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value_label = QLabel(value, self)
        font = QFont(self.font())
        font.setPointSize(24)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet(theme.text_style(theme.TEXT, extra="border: none;"))
        self.caption_label = QLabel(caption, self)
        self.caption_label.setWordWrap(True)
        self.caption_label.setStyleSheet(theme.text_style(theme.QUIET, size_pt=11, extra="border: none;"))
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        if tooltip:
            self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def text(self) -> str:
        return f"{self.value_label.text()} {self.caption_label.text()}"


class PageCanvas(FigureCanvasQTAgg):
    """A chart on a scrolling page: the mouse wheel over it scrolls the page. (Matplotlib's canvas takes
    the wheel for zooming, which these charts do not have, so the page stood still under the mouse.)"""

    def wheelEvent(self, event) -> None:  # noqa: N802
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
        else:
            QApplication.sendEvent(area.viewport(), event)


class LazyChart(QWidget):
    """A chart's place on the page; the matplotlib canvas is made (and drawn) when it is first
    painted, so charts scrolled out of sight cost nothing until the coordinator scrolls to them."""

    def __init__(self, figure, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = figure
        self.canvas: FigureCanvasQTAgg | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The figure follows the canvas's size: fix the height, let the width follow the page.
        self.setFixedHeight(round(figure.get_figheight() * figure.dpi))
        self.setMinimumWidth(420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def ensure_canvas(self) -> FigureCanvasQTAgg:
        if self.canvas is None:
            self.canvas = PageCanvas(self.figure)
            self.canvas.setParent(self)
            self._layout.addWidget(self.canvas)
            self.canvas.show()
        return self.canvas

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.canvas is None:
            self.ensure_canvas()
        super().paintEvent(event)


def _clear_layout(layout) -> None:
    """Remove and delete every widget of a layout that is filled anew on each refresh."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
