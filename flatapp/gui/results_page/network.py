"""The who-knows-whom network painted on the facade map (arcs between the homes' cells)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from flatapp.analysis.model import NetworkHome, Tie
from flatapp.gui import theme
from flatapp.gui.facade_map import FacadeMap

translate = QCoreApplication.translate

# Network colours: respondents blue, isolated respondents orange, named non-respondents grey.
RESPONDENT = QColor(theme.NETWORK_RESPONDENT)
ISOLATED = QColor(theme.NETWORK_ISOLATED)
ISOLATED_RING = QColor(theme.NETWORK_ISOLATED_RING)
NAMED_ONLY = QColor(theme.NETWORK_NAMED_ONLY)
NOT_SPOKEN = QColor(theme.WHITE)
TIE_ONE_WAY = QColor(theme.NETWORK_TIE_ONE_WAY)
TIE_ONE_WAY.setAlpha(190)
TIE_MUTUAL = QColor(theme.NETWORK_TIE_MUTUAL)


class NetworkFacadeMap(FacadeMap):
    """The facade map with who-knows-whom ties painted as arcs between the homes' cells."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkFacadeMap")
        self.setAccessibleName(translate("ResultsPage", "Wie kent wie, op de gevel"))
        self._ties: list[tuple[int, int, bool]] = []   # (source, target, mutual); a mutual pair once
        self._isolated: set[int] = set()
        self._network: dict[int, NetworkHome] = {}
        self.painted_ties = 0

    def set_network(self, homes: Sequence[NetworkHome], ties: Sequence[Tie]) -> None:
        self._network = {home.home_id: home for home in homes}
        colours = {}
        for home in homes:
            if home.respondent:
                colours[home.home_id] = ISOLATED if home.isolated else RESPONDENT
            elif home.named_by > 0:
                colours[home.home_id] = NAMED_ONLY
        self._isolated = {home.home_id for home in homes if home.respondent and home.isolated}
        seen: set[tuple[int, int]] = set()
        self._ties = []
        for tie in ties:
            if tie.source == tie.target:
                continue
            if tie.reciprocal:
                pair = (min(tie.source, tie.target), max(tie.source, tie.target))
                if pair in seen:
                    continue
                seen.add(pair)
            self._ties.append((tie.source, tie.target, tie.reciprocal))
        self.set_home_colours(colours)
        self.set_legend([
            (translate("ResultsPage", "gesproken"), RESPONDENT),
            (translate("ResultsPage", "gesproken, maar geïsoleerd"), ISOLATED),
            (translate("ResultsPage", "niet gesproken, wel genoemd"), NAMED_ONLY),
            (translate("ResultsPage", "niet gesproken"), NOT_SPOKEN),
        ] if homes else [])
        self.viewport().update()

    def tie_count(self) -> int:
        """Ties drawn: a mutual pair counts once."""
        return len(self._ties)

    def tooltip_text(self, home_id: int) -> str:
        text = super().tooltip_text(home_id)
        home = self._network.get(home_id)
        if home is None:
            return text
        if home.respondent:
            extra = translate("ResultsPage", "Gesproken; noemt {named} buren, genoemd door {named_by}").format(
                named=home.named, named_by=home.named_by)
            if home.isolated:
                extra += "\n" + translate("ResultsPage", "Geïsoleerd: noemt niemand en wordt door niemand genoemd")
        else:
            extra = translate("ResultsPage", "Niet gesproken; genoemd door {named_by}").format(named_by=home.named_by)
        return f"{text}\n{extra}"

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        self.painted_ties = 0
        if not self._ties and not self._isolated:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self.cell_size()
        for home_id in self._isolated:
            rect = self.cell_rect(home_id)
            if rect.isNull():
                continue
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ISOLATED_RING, 3))
            painter.drawRoundedRect(QRectF(rect).adjusted(-2, -2, 2, 2), 4, 4)
        radius = min(cell.width(), cell.height()) * 0.38
        for source, target, mutual in self._ties:
            a, b = self.cell_rect(source), self.cell_rect(target)
            if a.isNull() or b.isNull():   # a home no longer on the map
                continue
            self._paint_tie(painter, QPointF(a.center()), QPointF(b.center()), mutual, radius)
            self.painted_ties += 1
        painter.end()

    def _paint_tie(self, painter: QPainter, p1: QPointF, p2: QPointF, mutual: bool, radius: float) -> None:
        dx, dy = p2.x() - p1.x(), p2.y() - p1.y()
        length = math.hypot(dx, dy)
        if length < 1:
            return
        normal = QPointF(-dy / length, dx / length)
        if normal.y() > 0 or (abs(normal.y()) < 1e-6 and normal.x() < 0):
            normal = -normal   # arcs bulge upwards (or to the right), all the same way
        bulge = min(0.28 * length, 70.0)
        control = (p1 + p2) / 2 + normal * bulge
        start = _towards(p1, control, radius)
        end = _towards(p2, control, radius)
        path = QPainterPath(start)
        path.quadTo(control, end)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = TIE_MUTUAL if mutual else TIE_ONE_WAY
        pen = QPen(colour, 2.6 if mutual else 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(path)
        _arrow_head(painter, control, end, colour, 8 if mutual else 7)
        if mutual:
            _arrow_head(painter, control, start, colour, 8)


def _towards(point: QPointF, to: QPointF, distance: float) -> QPointF:
    dx, dy = to.x() - point.x(), to.y() - point.y()
    length = math.hypot(dx, dy) or 1.0
    return QPointF(point.x() + dx / length * distance, point.y() + dy / length * distance)


def _arrow_head(painter: QPainter, origin: QPointF, tip: QPointF, colour: QColor, size: float) -> None:
    angle = math.atan2(tip.y() - origin.y(), tip.x() - origin.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
    right = QPointF(tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([tip, left, right]))
