"""The attract loop: full-screen heritage images wiping from aged to restored, "Touch to begin" in every language."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.progress import CancelToken, ProgressCallback
from app.jobs import Job
from app.kiosk.content import AttractPair
from app.kiosk.languages import LANGUAGE_CODES, TOUCH_TO_BEGIN
from app.ui.kiosk.services import start_job
from app.ui.runner import JobRunner

#: Frames of the wipe per second; ~30 fps is smooth and costs little CPU.
WIPE_FPS = 30


def _load_scaled(path: Path | None, size: QSize) -> QImage | None:
    if path is None:
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    # Scaled and cropped to exactly the screen here, so painting a frame is a plain copy (no per-frame scaling).
    scaled = image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    x = (scaled.width() - size.width()) // 2
    y = (scaled.height() - size.height()) // 2
    return scaled.copy(x, y, size.width(), size.height()).convertToFormat(QImage.Format.Format_RGB32)


def load_pair_job(pair: AttractPair, size: QSize) -> Job[tuple[QImage, QImage | None] | None]:
    """Decode and scale one pair off the UI thread (QImage, unlike QPixmap, is safe in a worker)."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[QImage, QImage | None] | None:
        after = _load_scaled(pair.after, size)
        cancel.raise_if_cancelled()
        return None if after is None else (after, _load_scaled(pair.before, size))

    return Job("Loading a heritage image", work)


class AttractScreen(QWidget):
    """Paints the images; a touch anywhere emits ``touched``."""

    touched = Signal()
    #: Once each: the first frame painted (``False``) and the first frame with a heritage image (``True``).
    first_painted = Signal(bool)

    def __init__(self, runner: JobRunner, seconds_per_image: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttractScreen")
        self.setAccessibleName("Touch to begin")
        self.runner = runner
        self.seconds_per_image = seconds_per_image
        self._pairs: list[AttractPair] = []
        self._decoded: dict[int, tuple[QPixmap, QPixmap | None]] = {}
        self._requested: set[int] = set()
        self._index = 0
        self._phase = 0.0  # 0..1 through the current image's time
        self._language_index = 0
        self._generation = 0
        self._painted: set[bool] = set()

        self.prompt = QLabel(self)
        self.prompt.setObjectName("TouchToBegin")
        self.prompt.setProperty("multilingual", True)  # shows every language in turn, by design
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setProperty("role", "overlay")
        self.title = QLabel(self)
        self.title.setObjectName("AttractTitle")
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.caption = QLabel(self)
        self.caption.setObjectName("AttractCaption")
        self.caption.setProperty("role", "overlay")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addStretch(4)
        layout.addWidget(self.prompt)
        layout.addSpacing(80)

        self._frame = QTimer(self)
        self._frame.setInterval(1000 // WIPE_FPS)
        self._frame.timeout.connect(self._advance)
        self._cycle = QTimer(self)
        self._cycle.setInterval(2500)
        self._cycle.timeout.connect(self._next_language)
        self._next_language()
        self.retranslate()

    # -- content -------------------------------------------------------------------------------

    def load(self, pairs: list[AttractPair]) -> None:
        """Show these pairs. Only the current and the next are decoded (a few full-screen images in memory)."""
        self._generation += 1
        self._pairs = list(pairs)
        self._decoded.clear()
        self._requested.clear()
        self._index = 0
        self._phase = 0.0
        self._prefetch()
        self.update()

    def _prefetch(self) -> None:
        if not self._pairs:
            return
        wanted = {self._index % len(self._pairs), (self._index + 1) % len(self._pairs)}
        for key in list(self._decoded):
            if key not in wanted:
                del self._decoded[key]
        self._requested &= wanted
        size = self.size() if self.width() > 100 and self.height() > 100 else QSize(1920, 1080)
        for key in sorted(wanted - self._requested - set(self._decoded)):
            self._requested.add(key)
            handle = start_job(self.runner, load_pair_job(self._pairs[key], size))
            handle.succeeded.connect(lambda result, k=key, g=self._generation: self._loaded(g, k, result))

    def _loaded(self, generation: int, key: int, result: tuple[QImage, QImage | None] | None) -> None:
        if generation != self._generation or key not in self._requested or result is None:
            return
        after, before = result
        self._decoded[key] = (QPixmap.fromImage(after), QPixmap.fromImage(before) if before is not None else None)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pairs and event.size() != event.oldSize():
            self.load(self._pairs)  # decode again at the new size (rotation, another screen)

    def image_count(self) -> int:
        """Decoded images ready to show (at most two: the current and the next)."""
        return len(self._decoded)

    # -- animation ----------------------------------------------------------------------------

    def start(self) -> None:
        self._phase = 0.0
        self._frame.start()
        self._cycle.start()

    def stop(self) -> None:
        self._frame.stop()
        self._cycle.stop()

    def set_phase(self, phase: float) -> None:
        """Jump the animation (screenshots, tests)."""
        self._phase = phase
        self.update()

    def _advance(self) -> None:
        self._phase += 1.0 / (self.seconds_per_image * WIPE_FPS)
        if self._phase >= 1.0:
            self._phase = 0.0
            current = self._index % len(self._pairs) if self._pairs else 0
            upcoming = (current + 1) % len(self._pairs) if self._pairs else 0
            if upcoming in self._decoded:  # advance only when the next picture is ready
                self._index = upcoming
                self._prefetch()
        self.update()

    def _next_language(self) -> None:
        code = LANGUAGE_CODES[self._language_index % len(LANGUAGE_CODES)]
        self._language_index += 1
        self.prompt.setText(TOUCH_TO_BEGIN[code])

    def wipe_position(self) -> float:
        """0 = all "before", 1 = all "after": hold, wipe across in the middle of the image's time, hold."""
        t = min(1.0, max(0.0, (self._phase - 0.25) / 0.45))
        return 0.5 - 0.5 * math.cos(math.pi * t)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Gyeongju Heritage AI"))
        self.caption.setText(self.tr("Watch the AI repair an aged picture of Silla heritage"))

    # -- events -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.touched.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect())
        current = self._decoded.get(self._index % len(self._pairs)) if self._pairs else None
        if current is None:
            gradient = QLinearGradient(rect.topLeft(), rect.bottomRight())
            gradient.setColorAt(0, QColor("#3a2a1c"))
            gradient.setColorAt(1, QColor("#0f0c0a"))
            painter.fillRect(rect, gradient)
        else:
            after, before = current
            self._draw_cover(painter, after, rect)
            if before is not None:
                x = rect.width() * self.wipe_position()
                painter.save()
                painter.setClipRect(QRectF(x, 0, rect.width() - x, rect.height()))
                self._draw_cover(painter, before, rect)
                painter.restore()
                if 0.0 < x < rect.width():
                    painter.setPen(QPen(QColor("#ffffff"), max(3, self.width() // 480)))
                    painter.drawLine(QPointF(x, 0), QPointF(x, rect.height()))
        # Scrims keep the text readable on any picture (≥ 4.5:1 white on the darkened band).
        top = QLinearGradient(0, 0, 0, rect.height() * 0.35)
        top.setColorAt(0, QColor(0, 0, 0, 200))
        top.setColorAt(1, QColor(0, 0, 0, 0))
        painter.fillRect(QRectF(0, 0, rect.width(), rect.height() * 0.35), top)
        bottom = QLinearGradient(0, rect.height() * 0.65, 0, rect.height())
        bottom.setColorAt(0, QColor(0, 0, 0, 0))
        bottom.setColorAt(1, QColor(0, 0, 0, 220))
        painter.fillRect(QRectF(0, rect.height() * 0.65, rect.width(), rect.height() * 0.35), bottom)
        painter.end()
        for with_image in {False, current is not None} - self._painted:
            self._painted.add(with_image)
            self.first_painted.emit(with_image)

    @staticmethod
    def _draw_cover(painter: QPainter, pixmap: QPixmap, rect: QRectF) -> None:
        if pixmap.size() == rect.size().toSize():
            painter.drawPixmap(0, 0, pixmap)  # the usual case: decoded at the screen's size
            return
        scaled = pixmap.size().scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        x = (rect.width() - scaled.width()) / 2
        y = (rect.height() - scaled.height()) / 2
        painter.drawPixmap(QRectF(x, y, scaled.width(), scaled.height()), pixmap, QRectF(pixmap.rect()))
