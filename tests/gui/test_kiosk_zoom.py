"""Pinch-zoom with real (synthetic) touch events and wheel zoom on the photos of "Heal" and "See"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_kiosk_experiences import fixed_seer, green_inpainter, shown

from app.kiosk.stats import KioskStats
from app.ui.kiosk.experiences import HealExperience, SeeExperience
from app.ui.kiosk.experiences.common import forget_models
from app.ui.kiosk.services import KioskServices
from app.ui.runner import JobRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def services(qapp, tmp_path):  # type: ignore[no-untyped-def]
    runner = JobRunner()
    yield KioskServices(runner=runner, content_dir=tmp_path, stats=KioskStats())
    assert runner.shutdown(10000)
    forget_models()


def pinch(widget, centre: QPoint, start: int, end: int, steps: int = 5) -> None:  # type: ignore[no-untyped-def]
    """Two fingers ``start`` px apart, spread (or closed) to ``end`` px apart, around ``centre``."""
    device = QTest.createTouchDevice()
    half = start // 2
    QTest.touchEvent(widget, device).press(0, centre - QPoint(half, 0), widget).press(
        1, centre + QPoint(half, 0), widget
    ).commit()
    for i in range(1, steps + 1):
        half = (start + (end - start) * i // steps) // 2
        QTest.touchEvent(widget, device).move(0, centre - QPoint(half, 0), widget).move(
            1, centre + QPoint(half, 0), widget
        ).commit()
    QTest.touchEvent(widget, device).release(0, centre - QPoint(half, 0), widget).release(
        1, centre + QPoint(half, 0), widget
    ).commit()


def wheel(widget, at: QPoint, notches: int) -> None:  # type: ignore[no-untyped-def]
    event = QWheelEvent(
        QPointF(at),
        QPointF(widget.mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_pinch_zooms_the_heal_photo_and_one_finger_still_heals(qtbot, services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(HealExperience, "WORK_SIZE", (320, 240))
    monkeypatch.setattr(HealExperience, "load_inpainter", staticmethod(green_inpainter))
    heal = shown(qtbot, HealExperience(services))
    qtbot.waitUntil(lambda: heal.session is not None, timeout=30000)
    canvas = heal.canvas
    fitted = canvas.photo_rect()
    centre = fitted.center().toPoint()
    pinch(canvas, centre, 100, 300)
    zoomed = canvas.photo_rect()
    assert canvas.zoom.scale == pytest.approx(3.0, rel=0.05)
    assert zoomed.width() == pytest.approx(fitted.width() * canvas.zoom.scale, rel=0.01)
    # The photo point under the fingers' middle stayed there.
    x, y = canvas.to_photo(QPointF(centre))
    assert abs(x - 160) < 4 and abs(y - 120) < 4
    assert not heal.session.changed().any(), "a pinch must not paint"

    device = QTest.createTouchDevice()
    QTest.touchEvent(canvas, device).press(0, centre, canvas).commit()
    for dx in range(10, 90, 20):
        QTest.touchEvent(canvas, device).move(0, centre + QPoint(dx, 0), canvas).commit()
    QTest.touchEvent(canvas, device).release(0, centre + QPoint(90, 0), canvas).commit()
    qtbot.waitUntil(lambda: heal._task is None and not heal.session.has_pending(), timeout=20000)
    changed = heal.session.changed()
    assert changed.any(), "one finger on a zoomed photo heals"
    rows, cols = changed.nonzero()
    # 90 screen px at 3× zoom are ~30 photo px (the fitted photo is ~3.3 screen px per photo px here).
    assert abs(rows.mean() - 120) < 6 and cols.min() >= 150 and cols.max() <= 160 + 90 / 2

    pinch(canvas, centre, 300, 60)
    assert canvas.zoom.scale == pytest.approx(1.0)
    wheel(canvas, centre, 2)
    assert canvas.zoom.scale == pytest.approx(1.44, rel=0.01)
    heal.reset()
    qtbot.waitUntil(lambda: heal.session is not None, timeout=30000)
    assert canvas.zoom.scale == 1.0


def test_pinch_and_wheel_zoom_the_see_photo(qtbot, services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(SeeExperience, "load_seer", staticmethod(fixed_seer))
    see = shown(qtbot, SeeExperience(services))
    qtbot.waitUntil(lambda: see.answer is not None, timeout=60000)
    photo = see.photo
    centre = photo.rect().center()
    pinch(photo, centre, 80, 160)
    assert photo.zoom.scale == pytest.approx(2.0, rel=0.05)
    see.heat.click()  # the same photo without the heat-map keeps the zoom
    assert photo.zoom.scale == pytest.approx(2.0, rel=0.05)
    QTest.mousePress(photo, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QTest.mouseMove(photo, centre + QPoint(40, 0))
    QTest.mouseRelease(photo, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre + QPoint(40, 0))
    assert photo.zoom.centre.x() < 0.5, "dragging right shows more of the photo's left"
    wheel(photo, centre, -5)
    assert photo.zoom.scale == 1.0
    wheel(photo, centre, 1)
    see.choose(1)
    qtbot.waitUntil(lambda: see.answer is not None, timeout=10000)
    assert photo.zoom.scale == 1.0, "another photo starts whole"
