"""Before/after comparison: a draggable split, side by side, or an amplified difference.

Built on :class:`ImageView`, so zoom and pan work the same in every mode. In split
mode the "after" image is painted over the "before" one to the right of the
divider; dragging with the left button (or a finger) moves the divider, the right
or middle button pans.
"""

from __future__ import annotations

from enum import Enum

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsView, QWidget

from app.ui.qt_image import to_pixmap
from app.ui.widgets.image_view import ImageView


class CompareMode(Enum):
    SPLIT = "split"
    SIDE_BY_SIDE = "side"
    DIFFERENCE = "difference"


def difference_image(before: np.ndarray, after: np.ndarray, gain: float = 4.0) -> np.ndarray:
    """Per-pixel absolute difference, amplified so small AI changes are visible (grey = unchanged)."""
    if before.shape != after.shape:
        raise ValueError("before and after must have the same shape to compare")
    diff = np.abs(after.astype(np.int16) - before.astype(np.int16)).max(axis=2).astype(np.float32)
    return np.repeat(np.clip(diff * gain, 0, 255).astype(np.uint8)[..., None], 3, axis=2)


class CompareView(ImageView):
    splitChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareView")
        self.mode = CompareMode.SPLIT
        self.split = 0.5
        self._before: np.ndarray | None = None
        self._after: np.ndarray | None = None
        self._after_pixmap = QPixmap()
        self._dragging = False
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)

    def set_pair(self, before: np.ndarray, after: np.ndarray) -> None:
        """Show a result against its original; sizes may differ (e.g. upscaling): "before" is stretched."""
        self._before, self._after = before, after
        self._after_pixmap = to_pixmap(after)
        self._refresh()

    def set_mode(self, mode: CompareMode) -> None:
        self.mode = mode
        self._refresh()

    def set_split(self, fraction: float) -> None:
        self.split = min(1.0, max(0.0, fraction))
        self.viewport().update()
        self.splitChanged.emit(self.split)

    def _refresh(self) -> None:
        if self._before is None or self._after is None:
            return
        before_pixmap = to_pixmap(self._before)
        if before_pixmap.size() != self._after_pixmap.size():
            before_pixmap = before_pixmap.scaled(
                self._after_pixmap.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        if self.mode is CompareMode.SPLIT:
            self.set_pixmap(before_pixmap)
        elif self.mode is CompareMode.SIDE_BY_SIDE:
            width, height = self._after_pixmap.width(), self._after_pixmap.height()
            combined = QPixmap(width * 2 + 16, height)
            combined.fill(QColor("#1e1f24"))
            painter = QPainter(combined)
            painter.drawPixmap(0, 0, before_pixmap)
            painter.drawPixmap(width + 16, 0, self._after_pixmap)
            painter.end()
            self.set_pixmap(combined)
        else:
            before = self._before
            if before.shape != self._after.shape:
                before = np.ascontiguousarray(_scaled_like(before, self._after))
            self.set_pixmap(to_pixmap(difference_image(before, self._after)))
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        if self.mode is not CompareMode.SPLIT or self._after_pixmap.isNull():
            return
        width, height = self._after_pixmap.width(), self._after_pixmap.height()
        x = self.split * width
        source = QRectF(x, 0, width - x, height)
        painter.drawPixmap(QRectF(x, 0, width - x, height), self._after_pixmap, source)
        pen = QPen(QColor("#e8c872"))
        pen.setCosmetic(True)
        pen.setWidth(3)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, 0), QPointF(x, height))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.mode is CompareMode.SPLIT and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self._move_split(event)
            return
        if event.button() in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._dragging:
            self._move_split(event)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._dragging = False
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def _move_split(self, event: QMouseEvent) -> None:
        if self._after_pixmap.isNull():
            return
        scene_x = self.mapToScene(event.position().toPoint()).x()
        self.set_split(scene_x / self._after_pixmap.width())


def _scaled_like(image: np.ndarray, like: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.resize(image, (like.shape[1], like.shape[0]), interpolation=cv2.INTER_CUBIC)
