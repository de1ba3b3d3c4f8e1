"""Crops and pages that look like a scan, for the review screen's tests and its picture in the README."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _canvas(width: int, height: int, paper: QColor = QColor(246, 246, 242)) -> tuple[QImage, QPainter]:
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(paper)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return image, painter


def field_png(label: str, handwriting: str) -> bytes:
    """A printed question with a handwritten answer on its line."""
    image, painter = _canvas(520, 110)
    painter.setPen(QColor(40, 40, 40))
    painter.setFont(QFont("DejaVu Sans", 11))
    painter.drawText(QRectF(10, 6, 500, 24), label)
    painter.drawLine(QPointF(10, 92), QPointF(500, 92))
    hand = QFont("DejaVu Serif", 24)
    hand.setItalic(True)
    painter.setFont(hand)
    painter.setPen(QColor(20, 30, 110))
    painter.drawText(QRectF(24, 40, 480, 50), handwriting)
    painter.end()
    return _png(image)


def box_png(labels: list[str], faint: int) -> bytes:
    """A row of answer boxes, one with a faint pencil stroke (the uncertain one)."""
    image, painter = _canvas(520, 90)
    painter.setFont(QFont("DejaVu Sans", 10))
    for number, text in enumerate(labels):
        x = 14 + number * 100
        painter.setPen(QPen(QColor(30, 30, 30), 2))
        painter.drawRect(QRectF(x, 20, 26, 26))
        painter.drawText(QRectF(x - 6, 52, 96, 34), Qt.TextFlag.TextWordWrap, text)
        if number == faint:
            painter.setPen(QPen(QColor(150, 150, 150), 2))
            painter.drawLine(QPointF(x + 6, 34), QPointF(x + 12, 42))
    painter.end()
    return _png(image)


def page_png(why: str, dark: bool = True) -> bytes:
    """A page: dark and cut off, or a light one with its title."""
    image, painter = _canvas(420, 594, QColor(70, 70, 70) if dark else QColor(246, 246, 242))
    painter.setPen(QColor(150, 150, 150) if dark else QColor(40, 40, 40))
    painter.setFont(QFont("DejaVu Sans", 14))
    painter.drawText(QRectF(30, 40, 360, 60), Qt.TextFlag.TextWordWrap, why)
    for row in range(12):
        painter.drawLine(QPointF(30, 130 + 36 * row), QPointF(380, 130 + 36 * row))
    painter.end()
    return _png(image)


def with_scan_images(readings, questionnaire):
    """The factory's readings with crops that look like paper."""
    out = []
    for reading in readings:
        boxes = []
        for box in reading.boxes:
            if box.crop_png:
                question = questionnaire.question(box.target)
                labels = [o.label for o in question.effective_options()]
                faint = [str(o.code) for o in question.effective_options()].index(box.value)
                box = replace(box, crop_png=box_png(labels, faint))
            boxes.append(box)
        fields = [replace(f, crop_png=field_png(f.label, f.crop_png.split(b"crop", 1)[1].decode()))
                  if f.has_ink else f for f in reading.fields]
        image = (page_png("te donker") if reading.page_id is None else
                 page_png(f"{reading.page_id.subject} pagina {reading.page_id.page}", dark=False))
        out.append(replace(reading, boxes=boxes, fields=fields, image_png=image))
    return out
