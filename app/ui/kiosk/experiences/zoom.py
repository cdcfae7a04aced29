"""Pinch-zoom (two fingers) and wheel zoom for the photos in "Heal" and "See".

:class:`PhotoZoom` keeps how far a photo is zoomed and which point of it is in the middle; the widget
asks it where to draw the photo (``view(fitted)``), so everything that maps screen points to photo
pixels (the heal brush) stays right at any zoom. :meth:`PhotoZoom.touch` reads a touch event: two
fingers pinch (zoom about their midpoint, and pan as it moves), one finger is handed back to the
widget as an ordinary press/move/release (the heal brush, or panning a zoomed photo in "See").
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QEventPoint, QTouchEvent, QWheelEvent

#: Closest zoom: four times the fitted size is about a fingertip per detail on a 1080p screen.
MAX_SCALE = 4.0
#: Zoom per wheel notch (120 units of angle delta).
WHEEL_STEP = 1.2

#: The events :meth:`PhotoZoom.touch` reads.
TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)

#: ``(kind, position)`` with kind ``"press"``, ``"move"`` or ``"release"``: a one-finger touch.
SingleTouch = Callable[[str, QPointF], None]


class PhotoZoom:
    def __init__(self) -> None:
        self.scale = 1.0
        self.centre = QPointF(0.5, 0.5)  # the photo point (as fractions of its size) in the view's middle
        self._pinch: tuple[float, QPointF] | None = None  # previous finger distance and midpoint
        self._single = False

    def reset(self) -> None:
        self.scale = 1.0
        self.centre = QPointF(0.5, 0.5)
        self._pinch = None

    def view(self, fitted: QRectF) -> QRectF:
        """Where the photo is drawn, given where it would be drawn unzoomed (``fitted``)."""
        w, h = fitted.width() * self.scale, fitted.height() * self.scale
        return QRectF(fitted.center().x() - self.centre.x() * w, fitted.center().y() - self.centre.y() * h, w, h)

    def zoom_at(self, factor: float, anchor: QPointF, fitted: QRectF) -> None:
        """Zoom by ``factor`` keeping the photo point under ``anchor`` (a screen point) where it is."""
        if fitted.isEmpty():
            return
        before = self.view(fitted)
        fx = (anchor.x() - before.left()) / before.width()
        fy = (anchor.y() - before.top()) / before.height()
        self.scale = min(MAX_SCALE, max(1.0, self.scale * factor))
        w, h = fitted.width() * self.scale, fitted.height() * self.scale
        self.centre = QPointF((fitted.center().x() - anchor.x()) / w + fx, (fitted.center().y() - anchor.y()) / h + fy)
        self._clamp()

    def pan(self, delta: QPointF, fitted: QRectF) -> None:
        """Move the zoomed photo by ``delta`` screen pixels (a finger dragging it)."""
        if fitted.isEmpty():
            return
        self.centre -= QPointF(delta.x() / (fitted.width() * self.scale), delta.y() / (fitted.height() * self.scale))
        self._clamp()

    def _clamp(self) -> None:
        # The photo always covers the view's middle: no zooming or panning it off the screen.
        half = 0.5 / self.scale
        self.centre = QPointF(min(1 - half, max(half, self.centre.x())), min(1 - half, max(half, self.centre.y())))

    # -- events -----------------------------------------------------------------------------------

    def wheel(self, event: QWheelEvent, fitted: QRectF) -> None:
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom_at(WHEEL_STEP**notches, event.position(), fitted)
        event.accept()

    def touch(self, event: QTouchEvent, fitted: QRectF, single: SingleTouch) -> None:
        """Handle a TouchBegin/Update/End/Cancel; one finger goes to ``single``."""
        down = [p for p in event.points() if p.state() != QEventPoint.State.Released]
        ending = event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)
        if len(down) >= 2 and not ending:
            if self._single:  # a second finger joined a stroke: end the stroke, start pinching
                single("release", event.points()[0].position())
                self._single = False
            a, b = down[0].position(), down[1].position()
            distance = max(1.0, math.hypot(a.x() - b.x(), a.y() - b.y()))
            middle = (a + b) / 2
            if self._pinch is not None:
                last_distance, last_middle = self._pinch
                self.pan(middle - last_middle, fitted)
                self.zoom_at(distance / last_distance, middle, fitted)
            self._pinch = (distance, middle)
        else:
            self._pinch = None
            point = event.points()[0].position() if event.points() else QPointF()
            if ending or not down:
                if self._single:
                    single("release", point)
                self._single = False
            elif not self._single:
                self._single = True
                single("press", down[0].position())
            else:
                single("move", down[0].position())
        event.accept()
