"""Paint a repair mask (or colour hints) over an image: brush, eraser, undo/redo, zoom and pan.

The mask is a numpy uint8 array (255 = repair) — the project's mask contract —
so what the curator paints goes straight to the inpainting job. Each stroke
records only the rectangle it touched, so undo history stays small even on a
24 MP scan. Left button paints; right/middle button drags the view; the wheel zooms.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsView, QWidget

from app.ui.widgets.image_view import ImageView

OVERLAY_RGBA = (230, 40, 60, 140)
MAX_UNDO = 64


@dataclass
class _Edit:
    """The rectangle a stroke changed, before and after."""

    y0: int
    x0: int
    before: np.ndarray
    after: np.ndarray | None = None


class MaskCanvas(ImageView):
    maskChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MaskCanvas")
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.brush_size = 24
        self.erasing = False
        self.mask = np.zeros((1, 1), np.uint8)
        self._overlay = QGraphicsPixmapItem()
        self._overlay.setZValue(1)
        self.scene().addItem(self._overlay)
        self._undo: list[_Edit] = []
        self._redo: list[_Edit] = []
        self._stroke: _Edit | None = None
        self._stroke_box: list[int] | None = None
        self._last: QPointF | None = None
        self._panning = False
        self.painting_enabled = True

    def set_painting(self, enabled: bool) -> None:
        """Paint with the left button when enabled; otherwise the left button pans like a viewer."""
        self.painting_enabled = enabled
        self.setDragMode(QGraphicsView.DragMode.NoDrag if enabled else QGraphicsView.DragMode.ScrollHandDrag)

    # -- state --------------------------------------------------------------------------------------
    def set_image(self, pixels: np.ndarray, mask: np.ndarray | None = None) -> None:
        super().set_image(pixels)
        height, width = pixels.shape[:2]
        self.mask = np.zeros((height, width), np.uint8) if mask is None else (mask > 127).astype(np.uint8) * 255
        self._undo.clear()
        self._redo.clear()
        self._refresh_overlay()

    def set_mask(self, mask: np.ndarray) -> None:
        """Replace the mask as one undoable edit (e.g. the damage detector's proposal)."""
        if mask.shape != self.mask.shape:
            raise ValueError("mask size differs from the image")
        edit = _Edit(0, 0, self.mask.copy(), (mask > 127).astype(np.uint8) * 255)
        self.mask = edit.after.copy()
        self._push(edit)

    def clear_mask(self) -> None:
        self.set_mask(np.zeros_like(self.mask))

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        if self._undo:
            edit = self._undo.pop()
            self._apply(edit, edit.before)
            self._redo.append(edit)

    def redo(self) -> None:
        if self._redo:
            edit = self._redo.pop()
            assert edit.after is not None
            self._apply(edit, edit.after)
            self._undo.append(edit)

    def masked_fraction(self) -> float:
        return float((self.mask > 0).mean())

    # -- painting -----------------------------------------------------------------------------------
    def paint_line(self, start: QPointF, end: QPointF) -> None:
        """Paint (or erase) a brush stroke segment in image coordinates."""
        value = 0 if self.erasing else 255
        radius = max(1, self.brush_size // 2)
        p0 = (int(round(start.x())), int(round(start.y())))
        p1 = (int(round(end.x())), int(round(end.y())))
        height, width = self.mask.shape
        x0, x1 = max(0, min(p0[0], p1[0]) - radius), min(width, max(p0[0], p1[0]) + radius + 1)
        y0, y1 = max(0, min(p0[1], p1[1]) - radius), min(height, max(p0[1], p1[1]) + radius + 1)
        if x0 >= x1 or y0 >= y1:
            return
        self._grow_stroke(y0, x0, y1, x1)
        cv2.line(self.mask, p0, p1, value, thickness=radius * 2, lineType=cv2.LINE_8)
        cv2.circle(self.mask, p1, radius, value, thickness=-1)
        self._refresh_overlay()

    def begin_stroke(self) -> None:
        self._stroke = None
        self._stroke_box = None
        self._snapshot = self.mask.copy()

    def end_stroke(self) -> None:
        if self._stroke_box is None:
            return
        y0, x0, y1, x1 = self._stroke_box
        edit = _Edit(y0, x0, self._snapshot[y0:y1, x0:x1].copy(), self.mask[y0:y1, x0:x1].copy())
        self._snapshot = None
        self._push(edit)

    def _grow_stroke(self, y0: int, x0: int, y1: int, x1: int) -> None:
        if self._stroke_box is None:
            self._stroke_box = [y0, x0, y1, x1]
        else:
            box = self._stroke_box
            self._stroke_box = [min(box[0], y0), min(box[1], x0), max(box[2], y1), max(box[3], x1)]

    def _push(self, edit: _Edit) -> None:
        self._undo.append(edit)
        del self._undo[:-MAX_UNDO]
        self._redo.clear()
        self._refresh_overlay()
        self.maskChanged.emit()

    def _apply(self, edit: _Edit, patch: np.ndarray) -> None:
        self.mask[edit.y0 : edit.y0 + patch.shape[0], edit.x0 : edit.x0 + patch.shape[1]] = patch
        self._refresh_overlay()
        self.maskChanged.emit()

    def _refresh_overlay(self) -> None:
        height, width = self.mask.shape
        rgba = np.zeros((height, width, 4), np.uint8)
        rgba[self.mask > 0] = OVERLAY_RGBA
        image = QImage(rgba.data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
        self._overlay.setPixmap(QPixmap.fromImage(image))

    # -- mouse ----------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.has_image() and self.painting_enabled:
            self.begin_stroke()
            self._last = self.mapToScene(event.position().toPoint())
            self.paint_line(self._last, self._last)
            return
        if event.button() in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
            self._panning = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            # QGraphicsView pans only with the left button; replay the press as one.
            fake = QMouseEvent(
                event.type(), event.position(), event.globalPosition(), Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton, event.modifiers(),
            )
            super().mousePressEvent(fake)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._last is not None:
            point = self.mapToScene(event.position().toPoint())
            self.paint_line(self._last, point)
            self._last = point
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._last is not None and event.button() == Qt.MouseButton.LeftButton:
            self._last = None
            self.end_stroke()
            return
        super().mouseReleaseEvent(event)
        if self._panning:
            self._panning = False
            self.set_painting(self.painting_enabled)
