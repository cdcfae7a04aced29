"""Projector-sized pieces of the audience view: a photo that fits its box, and recognition bars."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.qt_image import to_pixmap

ACCENT = QColor("#e3b341")


class Picture(QWidget):
    """Paints a pixmap as large as fits, centred, keeping its aspect; an optional label under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_pixels(self, pixels: np.ndarray | None, label: str = "") -> None:
        self._pixmap = to_pixmap(pixels) if pixels is not None else QPixmap()
        self.label = label
        self.update()

    def set_image(self, image: QImage | None, label: str = "") -> None:
        self._pixmap = QPixmap.fromImage(image) if image is not None else QPixmap()
        self.label = label
        self.update()

    def has_picture(self) -> bool:
        return not self._pixmap.isNull()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 240)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        box = QRectF(self.rect())
        label_h = 0.0
        if self.label:
            font = QFont(self.font())
            font.setPixelSize(max(14, int(self.height() * 0.05)))
            painter.setFont(font)
            label_h = font.pixelSize() * 1.8
        area = box.adjusted(0, 0, 0, -label_h)
        size = self._pixmap.size().scaled(int(area.width()), int(area.height()), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(area.x() + (area.width() - size.width()) / 2, area.y() + (area.height() - size.height()) / 2,
                        size.width(), size.height())
        painter.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
        if self.label:
            painter.setPen(QColor("#f0f0f0"))
            painter.drawText(QRectF(target.x(), target.bottom(), target.width(), label_h),
                             Qt.AlignmentFlag.AlignCenter, self.label)
        painter.end()


class Bars(QWidget):
    """Recognition answers as rows: the name (both languages), a bar and the percentage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float]] = []
        self.note = ""
        self.setMinimumWidth(280)

    def set_rows(self, rows: list[tuple[str, float]], note: str = "") -> None:
        self.rows, self.note = rows, note
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        # The font's size (set by the audience view for the screen), shrunk when the rows would not fit.
        wanted = self.font().pixelSize() if self.font().pixelSize() > 0 else 20
        line = max(12, min(wanted, int(self.height() / (len(self.rows) * 3.3 + 5))))
        font = QFont(self.font())
        font.setPixelSize(line)
        painter.setFont(font)
        y = float(line)
        for name, score in self.rows:
            painter.setPen(QColor("#f0f0f0"))
            left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y, width, line * 1.4), left_middle, name)
            y += line * 1.5
            bar = QRectF(0, y, width * 0.78, line * 0.8)
            painter.fillRect(bar, QColor("#3a3a3a"))
            painter.fillRect(QRectF(bar.x(), bar.y(), bar.width() * max(0.0, min(1.0, score)), bar.height()), ACCENT)
            painter.drawText(QRectF(bar.right() + line * 0.4, y - line * 0.2, width - bar.right(), line * 1.2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{int(score * 100 + 1e-9)} %")
            y += line * 1.8
        if self.note:
            painter.setPen(QColor("#bbbbbb"))
            painter.drawText(QRectF(0, y, width, self.height() - y),
                             Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, self.note)
        painter.end()
