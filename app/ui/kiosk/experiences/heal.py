""" "Heal the photograph": rub over the damage of an aged heritage photo and watch the AI fill it in.

Each stroke is repaired by the project's learned inpainter (``models/inpaint_net``) on a crop around
the stroke, on a worker thread, while the finger keeps painting (``app/kiosk/heal_game.py``). Then a
before/after wipe and a "what the AI changed" view show exactly which pixels the AI painted.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.kiosk.experience_photos import SHOWCASE_SUBJECTS, aged_photo, clean_photo
from app.kiosk.heal_game import HealSession, HealTask, Inpainter, inpaint_task, learned_inpainter
from app.ui.kiosk.experiences.common import AiExperience, big_button, shared_model
from app.ui.kiosk.experiences.zoom import TOUCH_EVENTS, PhotoZoom
from app.ui.kiosk.services import KioskServices
from app.ui.qt_image import to_pixmap

#: Brush radius on screen as a share of the photo's displayed height (about a fingertip at 1080p).
BRUSH_SHARE = 0.02
MIN_BRUSH_PX = 10.0
#: Gold of the kiosk theme, for strokes waiting to be healed.
STROKE_RGBA = (227, 182, 92, 150)


class HealCanvas(QWidget):
    """The photo, scaled to fit; paints strokes (heal), moves the wipe line (wipe) or shows the changes."""

    stroke = Signal(list, float)  # [(x, y), …] in photo pixels, brush radius in photo pixels
    strokeEnded = Signal()
    splitChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HealCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.mode = "heal"
        self.split = 0.5
        self.placeholder = ""
        self.labels = ("", "")
        self._after = QPixmap()
        self._before = QPixmap()
        self._highlight = QPixmap()
        self._marks: QImage | None = None
        self._size = (0, 0)
        self._pressed = False
        self._last: tuple[float, float] | None = None
        self.zoom = PhotoZoom()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)

    # -- content ----------------------------------------------------------------------------------

    def clear(self, placeholder: str = "") -> None:
        self._after = self._before = self._highlight = QPixmap()
        self._marks = None
        self._size = (0, 0)
        self.placeholder = placeholder
        self.split = 0.5
        self.zoom.reset()
        self.update()

    def set_photos(self, after: np.ndarray, before: np.ndarray | None = None) -> None:
        self._after = to_pixmap(after)
        if before is not None:
            self._before = to_pixmap(before)
        size = (after.shape[1], after.shape[0])
        if size != self._size:
            self.zoom.reset()  # another photo: start from the whole of it
        self._size = size
        self.update()

    def set_highlight(self, pixels: np.ndarray) -> None:
        self._highlight = to_pixmap(pixels)
        self.update()

    def set_marks(self, mask: np.ndarray | None) -> None:
        """Strokes waiting for the AI (uint8 H×W, 255 = painted), drawn in translucent gold."""
        if mask is None or not mask.any():
            self._marks = None
        else:
            rgba = np.zeros((*mask.shape, 4), np.uint8)
            on = mask > 0
            rgba[on] = STROKE_RGBA
            rgba[..., :3] = (rgba[..., :3].astype(np.uint16) * rgba[..., 3:] // 255).astype(np.uint8)  # premultiply
            self._marks = QImage(
                rgba.data, mask.shape[1], mask.shape[0], rgba.strides[0], QImage.Format.Format_RGBA8888_Premultiplied
            ).copy()
        self.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._pressed = False
        self.update()

    # -- geometry ---------------------------------------------------------------------------------

    def fitted_rect(self) -> QRectF:
        """Where the whole photo fits (aspect kept, centred), before any zoom."""
        width, height = self._size
        if not width:
            return QRectF()
        scale = min(self.width() / width, self.height() / height)
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def photo_rect(self) -> QRectF:
        """Where the photo is drawn, zoomed (partly outside the widget when zoomed in)."""
        fitted = self.fitted_rect()
        return fitted if fitted.isEmpty() else self.zoom.view(fitted)

    def to_photo(self, point: QPointF) -> tuple[float, float]:
        rect = self.photo_rect()
        scale = rect.width() / self._size[0]
        return (point.x() - rect.left()) / scale, (point.y() - rect.top()) / scale

    def brush_radius(self) -> float:
        """Brush radius in photo pixels (a fingertip on screen)."""
        rect = self.photo_rect()
        if rect.isEmpty():
            return 1.0
        screen = max(MIN_BRUSH_PX, rect.height() * BRUSH_SHARE)
        return screen * self._size[0] / rect.width()

    # -- touch ------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Touch: two fingers pinch-zoom, one finger paints or wipes as the mouse does."""
        if event.type() in TOUCH_EVENTS and self._size[0]:
            self.zoom.touch(event, self.fitted_rect(), self._single_touch)  # type: ignore[arg-type]
            self.update()
            return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if self._size[0]:
            self.zoom.wheel(event, self.fitted_rect())
            self.update()

    def _single_touch(self, kind: str, position: QPointF) -> None:
        {"press": self._press, "move": self._move, "release": self._release}[kind](position)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._release(event.position())

    def _press(self, position: QPointF) -> None:
        if not self._size[0]:
            return
        self._pressed = True
        self._touch(position, first=True)

    def _move(self, position: QPointF) -> None:
        if self._pressed:
            self._touch(position, first=False)

    def _release(self, position: QPointF) -> None:
        if self._pressed:
            self._pressed = False
            self._last = None
            if self.mode == "heal":
                self.strokeEnded.emit()

    def _touch(self, position: QPointF, first: bool) -> None:
        if self.mode == "wipe":
            rect = self.photo_rect()
            self.split = min(1.0, max(0.0, (position.x() - rect.left()) / max(1.0, rect.width())))
            self.splitChanged.emit(self.split)
            self.update()
        elif self.mode == "heal":
            point = self.to_photo(position)
            points = [point] if first or self._last is None else [self._last, point]
            self._last = point
            self.stroke.emit(points, self.brush_radius())

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#0d0a08"))
        rect = self.photo_rect()
        if rect.isEmpty():
            painter.setPen(QColor("#f6efe4"))
            font = QFont(painter.font())
            font.setPixelSize(max(18, self.height() // 18))
            painter.setFont(font)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        if self.mode == "changes" and not self._highlight.isNull():
            painter.drawPixmap(rect, self._highlight, QRectF(self._highlight.rect()))
        else:
            painter.drawPixmap(rect, self._after, QRectF(self._after.rect()))
        if self.mode == "wipe" and not self._before.isNull():
            self._paint_wipe(painter, rect)
        if self.mode == "heal" and self._marks is not None:
            painter.drawImage(rect, self._marks, QRectF(self._marks.rect()))
        painter.end()

    def _paint_wipe(self, painter: QPainter, rect: QRectF) -> None:
        cut = rect.left() + rect.width() * self.split
        source = QRectF(0, 0, self._before.width() * self.split, self._before.height())
        painter.drawPixmap(QRectF(rect.left(), rect.top(), cut - rect.left(), rect.height()), self._before, source)
        painter.setPen(QPen(QColor("#ffffff"), 4))
        painter.drawLine(QPointF(cut, rect.top()), QPointF(cut, rect.bottom()))
        knob = min(48.0, rect.height() / 8)
        painter.setBrush(QColor("#e3b65c"))
        painter.drawEllipse(QPointF(cut, rect.center().y()), knob, knob)
        path = QPainterPath()
        arrow = knob * 0.45
        for sign in (-1, 1):
            tip = QPointF(cut + sign * arrow * 1.3, rect.center().y())
            path.moveTo(tip)
            path.lineTo(cut + sign * arrow * 0.3, rect.center().y() - arrow)
            path.lineTo(cut + sign * arrow * 0.3, rect.center().y() + arrow)
            path.closeSubpath()
        painter.fillPath(path, QColor("#1a140f"))
        font = QFont(painter.font())
        font.setPixelSize(max(16, int(rect.height() / 16)))
        font.setBold(True)
        painter.setFont(font)
        margin = 12.0
        for text, left in ((self.labels[0], True), (self.labels[1], False)):
            metrics = painter.fontMetrics()
            w = metrics.horizontalAdvance(text) + 2 * margin
            h = metrics.height() + margin
            x = rect.left() + margin if left else rect.right() - margin - w
            box = QRectF(x, rect.top() + margin, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 170))
            painter.drawRoundedRect(box, 10, 10)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class HealExperience(AiExperience):
    experience_id = "heal"
    title = "Heal the photograph"

    #: Size the photo is worked on (the inpainter's cost follows the stroke, not this).
    WORK_SIZE = (960, 720)
    #: Builds the inpainter (worker thread); replaced in tests.
    load_inpainter = staticmethod(learned_inpainter)

    def __init__(self, services: KioskServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.session: HealSession | None = None
        self._inpainter: Inpainter | None = None
        self._task: HealTask | None = None
        self._loading = False
        self._photo_index = 0
        self.stroke_seconds: list[float] = []

        self.canvas = HealCanvas()
        self.canvas.stroke.connect(self._painted)
        self.canvas.strokeEnded.connect(self._pump)
        self.heal_mode = big_button(checkable=True, name="HealModeHeal")
        self.wipe_mode = big_button(checkable=True, name="HealModeWipe")
        self.changes_mode = big_button(checkable=True, name="HealModeChanges")
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        for button, mode in ((self.heal_mode, "heal"), (self.wipe_mode, "wipe"), (self.changes_mode, "changes")):
            self.modes.addButton(button)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
        self.heal_mode.setChecked(True)
        # The "AI-restored" mark, on the photo itself once the AI has changed it: touching it tells what
        # the AI did and that a museum records it inside the file (Content Credentials) when it saves one.
        self.credentials_mark = big_button(checkable=True, name="HealCredentials")
        self.credentials_mark.setParent(self.canvas)
        self.credentials_mark.toggled.connect(lambda _on: self._update_hint())
        self.canvas.installEventFilter(self)
        self.again = big_button(name="HealStartAgain")
        self.again.clicked.connect(self.start_again)
        self.another = big_button(primary=True, name="HealAnother")
        self.another.clicked.connect(self.another_photo)
        self.status = QLabel()
        self.status.setObjectName("HealStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "accent")
        # Wrapped text takes the room left beside (or under) the photo; it must not squeeze the buttons.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

        modes = QHBoxLayout()
        for button in (self.heal_mode, self.wipe_mode, self.changes_mode):
            modes.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        left.addLayout(modes)
        self.side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.side.addWidget(self.status, 1)  # an Ignored-width label gets only what its stretch gives it
        self.side.addStretch(1)
        self.buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        for button in (self.again, self.another):
            self.buttons.addWidget(button)
        self.side.addLayout(self.buttons)
        side_box = QWidget()
        side_box.setLayout(self.side)
        side_box.setMaximumWidth(440)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        self.row.setContentsMargins(0, 12, 0, 12)
        self.row.addLayout(left, 1)
        self.row.addWidget(side_box)
        self._side_box = side_box
        self._update_controls()
        self.retranslate(services.language)

    # -- loading ----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self.ensure_loaded()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Portrait screens: the status and buttons go under the photo instead of beside it."""
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.buttons.setDirection(QBoxLayout.Direction.LeftToRight if portrait else QBoxLayout.Direction.TopToBottom)
        # A quarter of the width beside the photo: 440 px at 1080p, and as much more as the type grows on 4K.
        self._side_box.setMaximumWidth(16777215 if portrait else max(440, self.width() // 4))

    def ensure_loaded(self) -> None:
        """Load the inpainter and the visit's photo (worker thread) unless they are there or on their way."""
        if self.session is not None or self._loading or self._resting:
            return
        self._loading = True
        subject = SHOWCASE_SUBJECTS[self._photo_index % len(SHOWCASE_SUBJECTS)]
        seed = 7 + self._photo_index
        content_dir, (width, height) = self.services.content_dir, self.WORK_SIZE
        loader = self.load_inpainter

        def work(progress, cancel) -> tuple[Inpainter, tuple[np.ndarray, np.ndarray]]:  # noqa: ANN001
            inpainter = shared_model(loader)
            cancel.raise_if_cancelled()
            return inpainter, aged_photo(clean_photo(content_dir, subject, width, height), seed)

        self.canvas.clear(self.tr("Getting the photo ready…"))
        self.run_ai("Prepare the photo to heal", work, self._loaded, on_error=self._load_failed)

    def _loaded(self, payload: tuple[Inpainter, tuple[np.ndarray, np.ndarray]]) -> None:
        self._loading = False
        self._inpainter, (aged, damage) = payload
        self.session = HealSession(aged, damage)
        self.canvas.set_photos(self.session.after, self.session.before)
        self._update_controls()

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.go_resting(message)

    # -- healing ----------------------------------------------------------------------------------

    def _painted(self, points: list, radius: float) -> None:
        if self.session is None:
            return
        self.session.paint(points, radius)
        self._show_marks()
        self._pump()

    def _pump(self) -> None:
        """Send the pending strokes for repair unless a repair is running (it calls back when done)."""
        if self._task is not None or self.session is None or self._inpainter is None:
            return
        task = self.session.take_task()
        if task is None:
            return
        self._task = task
        inpainter = self._inpainter

        def work(progress, cancel) -> tuple[np.ndarray, float]:  # noqa: ANN001
            started = time.perf_counter()
            return inpaint_task(task, inpainter), time.perf_counter() - started

        self.run_ai("Heal a stroke", work, self._healed, action="heal")
        self._update_controls()

    def _healed(self, payload: tuple[np.ndarray, float]) -> None:
        filled, seconds = payload
        task, self._task = self._task, None
        if task is None or self.session is None:
            return
        self.session.apply(task, filled)
        self.stroke_seconds.append(seconds)
        self.canvas.set_photos(self.session.after)
        self._show_marks()
        self._update_controls()
        self._pump()

    def _show_marks(self) -> None:
        if self.session is None:
            self.canvas.set_marks(None)
            return
        marks = self.session.pending.copy()
        if self._task is not None:
            marks[self._task.rows, self._task.cols] |= self._task.hole
        self.canvas.set_marks(marks)

    # -- views ------------------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        if mode == "changes" and self.session is not None:
            self.canvas.set_highlight(self.session.highlight())
        {"heal": self.heal_mode, "wipe": self.wipe_mode, "changes": self.changes_mode}[mode].setChecked(True)
        self.canvas.set_mode(mode)
        self._update_hint()

    def start_again(self) -> None:
        """The same photo, all damage back (the visitor's strokes are forgotten)."""
        if self.session is None:
            return
        self.generation += 1  # drops a repair still running
        self.cancel_jobs()
        self._task = None
        self.session = HealSession(self.session.before, self.session.damage)
        self.credentials_mark.setChecked(False)
        self.canvas.set_photos(self.session.after, self.session.before)
        self.canvas.set_marks(None)
        self.set_mode("heal")
        self._update_controls()

    def another_photo(self) -> None:
        self._photo_index += 1
        self._drop_visit()
        self.ensure_loaded()

    def _drop_visit(self) -> None:
        self.generation += 1
        self.cancel_jobs()
        self._task = None
        self._loading = False
        self.session = None
        self.stroke_seconds = []
        self.credentials_mark.setChecked(False)
        self.canvas.clear()
        self.canvas.split = 0.5
        self.set_mode("heal")
        self._update_controls()

    def reset(self) -> None:
        super().reset()
        self._photo_index = 0
        self._drop_visit()
        if self.isVisible():
            self.ensure_loaded()

    # -- text -------------------------------------------------------------------------------------

    def _update_controls(self) -> None:
        healed = self.session is not None and self.session.strokes_healed > 0
        self.wipe_mode.setEnabled(healed)
        self.changes_mode.setEnabled(healed)
        self.again.setEnabled(healed)
        self.credentials_mark.setVisible(healed)
        self._place_mark()
        self.another.setEnabled(self.session is not None)
        if self.session is None:
            self.status.setText(self.tr("Getting the photo ready…") if self._loading else "")
        elif self._task is not None:
            self.status.setText(self.tr("The AI is healing…"))
        elif healed:
            self.status.setText(
                self.tr("Healed: %1 % of the photo").replace(
                    "%1", f"{max(0.1, 100 * self.session.changed_fraction()):.1f}"
                )
            )
        else:
            self.status.setText(self.tr("Find a scratch or a spot and rub over it."))

    def credentials_summary(self) -> str:
        """The plain-language card behind the "AI-restored" mark."""
        share = 0.0 if self.session is None else max(0.1, 100 * self.session.changed_fraction())
        return self.tr(
            "AI-restored: an AI model painted %1 % of this photo where it had scratches and spots. "
            "The original is kept unchanged. When a museum saves such a picture, it records what the AI "
            "did inside the file (Content Credentials, C2PA), so anyone can check it."
        ).replace("%1", f"{share:.1f}")

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            self._place_mark()
        return super().eventFilter(watched, event)

    def _place_mark(self) -> None:
        """The mark in the photo area's lower right corner, as large as its text needs."""
        mark = self.credentials_mark
        mark.resize(mark.sizeHint().expandedTo(mark.minimumSize()))
        margin = 12
        x, y = self.canvas.width() - mark.width() - margin, self.canvas.height() - mark.height() - margin
        mark.move(max(0, x), max(0, y))
        mark.raise_()

    def _update_hint(self) -> None:
        if self.credentials_mark.isChecked() and self.session is not None and self.session.strokes_healed > 0:
            self.hint.setText(self.credentials_summary())
            return
        hints = {
            "heal": self.tr("Rub your finger over the scratches and spots. The AI fills them in."),
            "wipe": self.tr("Drag the line to compare the photo before and after."),
            "changes": self.tr("Blue shows every pixel the AI painted. Everything else is untouched."),
        }
        self.hint.setText(hints[self.canvas.mode])

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.heading.setText(self.tr("Heal the photograph"))
        self.heal_mode.setText(self.tr("Heal"))
        self.wipe_mode.setText(self.tr("◐ Before and after"))
        self.changes_mode.setText(self.tr("✦ What the AI changed"))
        self.again.setText(self.tr("↺ Start again"))
        self.another.setText(self.tr("Another photo ▶"))
        self.credentials_mark.setText(self.tr("ⓘ AI-restored"))
        self._place_mark()
        for button in (self.heal_mode, self.wipe_mode, self.changes_mode, self.credentials_mark, self.again,
                       self.another):
            button.setAccessibleName(button.text())
        self.canvas.labels = (self.tr("Before"), self.tr("After"))
        if self.session is None:
            self.canvas.placeholder = self.tr("Getting the photo ready…")
        self.canvas.setAccessibleName(self.tr("The photo to heal"))
        self._update_hint()
        self._update_controls()
        self.canvas.update()
