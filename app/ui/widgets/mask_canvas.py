"""Paint a repair mask or colour hints over an image: brush, eraser, undo/redo, zoom and pan.

Two layers share one brush. The **mask** is a numpy uint8 array (255 = repair) — the project's
mask contract — so what the curator paints goes straight to the inpainting job. The **hints**
are an RGBA uint8 array: each stroke keeps the colour it was painted with and alpha 255 marks
where the curator painted, which is exactly what the colouriser's ``hints``/``hint_mask`` take.
Only the layer being edited is shown, so a red repair overlay never passes for a red hint.

Each stroke records only the rectangle it touched, so undo history stays small even on a
24 MP scan. Left button paints (or picks a point when picking); right/middle button drags the
view; the wheel zooms.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsView, QWidget

from app.ui.widgets.image_view import ImageView

OVERLAY_RGBA = (230, 40, 60, 140)
# Hints are drawn nearly opaque in their own colour: the curator judges the colour, not a tint of it.
HINT_ALPHA = 225
MAX_UNDO = 64
MASK, HINTS = "mask", "hints"


@dataclass
class _Edit:
    """The rectangle a stroke changed on one layer, before and after."""

    layer: str
    y0: int
    x0: int
    before: np.ndarray
    after: np.ndarray | None = None


@dataclass
class _Layer:
    pixels: np.ndarray
    item: QGraphicsPixmapItem
    undo: list[_Edit] = field(default_factory=list)
    redo: list[_Edit] = field(default_factory=list)


class MaskCanvas(ImageView):
    maskChanged = Signal()  # either layer changed (a stroke, undo/redo, clear or a proposal)
    pointPicked = Signal(int, int)  # image x, y clicked while ``picking`` (the eyedropper)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MaskCanvas")
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.brush_size = 24
        self.erasing = False
        self.hint_colour: tuple[int, int, int] = (200, 60, 45)
        self.picking = False
        self._layers: dict[str, _Layer] = {}
        for name, blank in ((MASK, np.zeros((1, 1), np.uint8)), (HINTS, np.zeros((1, 1, 4), np.uint8))):
            item = QGraphicsPixmapItem()
            item.setZValue(1)
            self.scene().addItem(item)
            self._layers[name] = _Layer(blank, item)
        self.layer = MASK
        self._stroke_box: list[int] | None = None
        self._snapshot: np.ndarray | None = None
        self._last: QPointF | None = None
        self._panning = False
        self.painting_enabled = True
        self._show_active_layer()

    def set_painting(self, enabled: bool) -> None:
        """Paint with the left button when enabled; otherwise the left button pans like a viewer."""
        self.painting_enabled = enabled
        self.setDragMode(QGraphicsView.DragMode.NoDrag if enabled else QGraphicsView.DragMode.ScrollHandDrag)

    def set_layer(self, name: str) -> None:
        """Choose what the brush, undo/redo and clear act on (``MASK`` or ``HINTS``); only it is shown."""
        if name not in self._layers:
            raise ValueError(f"unknown layer {name!r}")
        self.layer = name
        self._show_active_layer()

    # -- state --------------------------------------------------------------------------------------
    @property
    def mask(self) -> np.ndarray:
        """The repair mask, uint8 H×W, 255 = repair."""
        return self._layers[MASK].pixels

    @property
    def hints(self) -> np.ndarray:
        """The painted colour hints, RGBA uint8 H×W×4; alpha 255 where painted."""
        return self._layers[HINTS].pixels

    def set_image(self, pixels: np.ndarray, mask: np.ndarray | None = None, *, keep_hints: bool = False) -> None:
        """Show ``pixels`` with a fresh mask; ``keep_hints`` keeps hints (and their undo) when the size allows.

        Hints outlive a step so a curator can undo a colourisation, add a stroke and run it again.
        """
        super().set_image(pixels)
        height, width = pixels.shape[:2]
        fresh_mask = np.zeros((height, width), np.uint8) if mask is None else (mask > 127).astype(np.uint8) * 255
        self._reset(MASK, fresh_mask)
        if not (keep_hints and self.hints.shape[:2] == (height, width)):
            self._reset(HINTS, np.zeros((height, width, 4), np.uint8))

    def set_mask(self, mask: np.ndarray) -> None:
        """Replace the mask as one undoable edit (e.g. the damage detector's proposal)."""
        self._replace(MASK, (mask > 127).astype(np.uint8) * 255)

    def set_hints(self, hints: np.ndarray) -> None:
        """Replace the hints (RGBA, alpha > 0 = painted) as one undoable edit."""
        rgba = np.array(hints, np.uint8)
        rgba[rgba[..., 3] == 0] = 0
        rgba[rgba[..., 3] > 0, 3] = 255
        self._replace(HINTS, rgba)

    def clear_mask(self) -> None:
        self.set_mask(np.zeros_like(self.mask))

    def clear_hints(self) -> None:
        self._replace(HINTS, np.zeros_like(self.hints))

    def clear_layer(self) -> None:
        """Clear the layer being edited (undoable)."""
        self.clear_hints() if self.layer == HINTS else self.clear_mask()

    def can_undo(self) -> bool:
        return bool(self._layers[self.layer].undo)

    def can_redo(self) -> bool:
        return bool(self._layers[self.layer].redo)

    def undo(self) -> None:
        layer = self._layers[self.layer]
        if layer.undo:
            edit = layer.undo.pop()
            self._apply(edit, edit.before)
            layer.redo.append(edit)

    def redo(self) -> None:
        layer = self._layers[self.layer]
        if layer.redo:
            edit = layer.redo.pop()
            assert edit.after is not None
            self._apply(edit, edit.after)
            layer.undo.append(edit)

    def masked_fraction(self) -> float:
        return float((self.mask > 0).mean())

    def hinted_fraction(self) -> float:
        return float((self.hints[..., 3] > 0).mean())

    # -- painting -----------------------------------------------------------------------------------
    def paint_line(self, start: QPointF, end: QPointF) -> None:
        """Paint (or erase) a brush stroke segment on the active layer, in image coordinates."""
        pixels = self._layers[self.layer].pixels
        if self.layer == HINTS:
            value: tuple[int, ...] = (0, 0, 0, 0) if self.erasing else (*self.hint_colour, 255)
        else:
            value = (0,) if self.erasing else (255,)
        radius = max(1, self.brush_size // 2)
        p0 = (int(round(start.x())), int(round(start.y())))
        p1 = (int(round(end.x())), int(round(end.y())))
        height, width = pixels.shape[:2]
        x0, x1 = max(0, min(p0[0], p1[0]) - radius), min(width, max(p0[0], p1[0]) + radius + 1)
        y0, y1 = max(0, min(p0[1], p1[1]) - radius), min(height, max(p0[1], p1[1]) + radius + 1)
        if x0 >= x1 or y0 >= y1:
            return
        self._grow_stroke(y0, x0, y1, x1)
        # LINE_8, not anti-aliased: every painted pixel carries exactly the chosen colour.
        cv2.line(pixels, p0, p1, value, thickness=radius * 2, lineType=cv2.LINE_8)
        cv2.circle(pixels, p1, radius, value, thickness=-1)
        self._refresh_overlay(self.layer)

    def begin_stroke(self) -> None:
        self._stroke_box = None
        self._snapshot = self._layers[self.layer].pixels.copy()

    def end_stroke(self) -> None:
        if self._stroke_box is None or self._snapshot is None:
            return
        y0, x0, y1, x1 = self._stroke_box
        pixels = self._layers[self.layer].pixels
        edit = _Edit(self.layer, y0, x0, self._snapshot[y0:y1, x0:x1].copy(), pixels[y0:y1, x0:x1].copy())
        self._snapshot = None
        self._push(edit)

    def _grow_stroke(self, y0: int, x0: int, y1: int, x1: int) -> None:
        if self._stroke_box is None:
            self._stroke_box = [y0, x0, y1, x1]
        else:
            box = self._stroke_box
            self._stroke_box = [min(box[0], y0), min(box[1], x0), max(box[2], y1), max(box[3], x1)]

    def _reset(self, name: str, pixels: np.ndarray) -> None:
        layer = self._layers[name]
        layer.pixels = pixels
        layer.undo.clear()
        layer.redo.clear()
        self._refresh_overlay(name)

    def _replace(self, name: str, pixels: np.ndarray) -> None:
        layer = self._layers[name]
        if pixels.shape != layer.pixels.shape:
            raise ValueError(f"{name} size differs from the image")
        edit = _Edit(name, 0, 0, layer.pixels.copy(), pixels.copy())
        layer.pixels = pixels
        self._push(edit)

    def _push(self, edit: _Edit) -> None:
        layer = self._layers[edit.layer]
        layer.undo.append(edit)
        del layer.undo[:-MAX_UNDO]
        layer.redo.clear()
        self._refresh_overlay(edit.layer)
        self.maskChanged.emit()

    def _apply(self, edit: _Edit, patch: np.ndarray) -> None:
        pixels = self._layers[edit.layer].pixels
        pixels[edit.y0 : edit.y0 + patch.shape[0], edit.x0 : edit.x0 + patch.shape[1]] = patch
        self._refresh_overlay(edit.layer)
        self.maskChanged.emit()

    def _show_active_layer(self) -> None:
        # The repair mask stays visible unless hints are being edited (a detector proposal must show).
        self._layers[MASK].item.setVisible(self.layer == MASK)
        self._layers[HINTS].item.setVisible(self.layer == HINTS)

    def _refresh_overlay(self, name: str) -> None:
        pixels = self._layers[name].pixels
        height, width = pixels.shape[:2]
        if name == HINTS:
            rgba = pixels.copy()
            rgba[..., 3] = np.where(pixels[..., 3] > 0, HINT_ALPHA, 0)
        else:
            rgba = np.zeros((height, width, 4), np.uint8)
            rgba[pixels > 0] = OVERLAY_RGBA
        image = QImage(rgba.data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
        self._layers[name].item.setPixmap(QPixmap.fromImage(image))

    # -- mouse ----------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.has_image() and self.picking:
            point = self.mapToScene(event.position().toPoint())
            height, width = self.hints.shape[:2]
            if 0 <= point.x() < width and 0 <= point.y() < height:
                self.pointPicked.emit(int(point.x()), int(point.y()))
            return
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
