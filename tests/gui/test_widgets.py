"""Compare view and mask brush: real widgets driven with real mouse events."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from app.ui.widgets.compare_view import CompareMode, CompareView, difference_image
from app.ui.widgets.mask_canvas import MaskCanvas


def _image(h: int = 120, w: int = 160, value: int = 100) -> np.ndarray:
    return np.full((h, w, 3), value, np.uint8)


def test_difference_image_highlights_changes():
    before, after = _image(), _image()
    after[10:20, 10:20] = 110
    diff = difference_image(before, after)
    assert diff[15, 15, 0] == 40 and diff[50, 50, 0] == 0
    with pytest.raises(ValueError):
        difference_image(before, _image(10, 10))


def test_compare_split_follows_the_drag(qtbot):
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    view.set_pair(_image(value=50), _image(value=200))
    view.fit()
    centre = view.mapFromScene(QPointF(40, 60))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.split == pytest.approx(0.25, abs=0.03)
    grab = view.viewport().grab().toImage()
    left = grab.pixelColor(view.mapFromScene(QPointF(20, 60))).red()
    right = grab.pixelColor(view.mapFromScene(QPointF(120, 60))).red()
    assert left < 80 and right > 170  # before on the left of the divider, after on the right
    for mode in CompareMode:
        view.set_mode(mode)
        assert view.has_image()


def test_mask_brush_paint_erase_undo_redo(qtbot):
    canvas = MaskCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    canvas.show()
    canvas.set_image(_image())
    canvas.fit()
    canvas.brush_size = 10
    start, end = canvas.mapFromScene(QPointF(20, 60)), canvas.mapFromScene(QPointF(140, 60))
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), pos=end)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert canvas.mask[60, 80] == 255 and canvas.mask[10, 80] == 0
    painted = canvas.masked_fraction()
    assert 0.03 < painted < 0.2
    canvas.erasing = True
    mid = canvas.mapFromScene(QPointF(80, 60))
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=mid)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=mid)
    assert canvas.mask[60, 80] == 0
    canvas.undo()
    assert canvas.mask[60, 80] == 255
    canvas.undo()
    assert canvas.masked_fraction() == 0.0 and not canvas.can_undo()
    canvas.redo()
    assert canvas.masked_fraction() == pytest.approx(painted)
    proposal = np.zeros((120, 160), np.uint8)
    proposal[:10] = 255
    canvas.set_mask(proposal)
    assert canvas.mask[5, 5] == 255 and canvas.mask[60, 80] == 0
    canvas.undo()
    assert canvas.mask[60, 80] == 255


def test_mask_zoom_and_right_button_pan_do_not_paint(qtbot):
    canvas = MaskCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(300, 200)
    canvas.show()
    canvas.set_image(_image(400, 600))
    canvas.zoom_by(3.0)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.RightButton, pos=QPoint(150, 100))
    qtbot.mouseMove(canvas.viewport(), pos=QPoint(100, 60))
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.RightButton, pos=QPoint(100, 60))
    assert canvas.masked_fraction() == 0.0
