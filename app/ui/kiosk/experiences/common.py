"""What the four experiences share: AI jobs with energy reporting, touch tracking, the resting page.

:class:`AiExperience` runs every AI step through ``services.runner`` (never on the UI thread), measures
it with ``services.energy`` and reports it on its :class:`EnergyBanner`. Each job belongs to one visit
(a generation number): after ``reset()`` late results are dropped, so nothing of one visitor reaches
the next. A model that cannot load turns the experience into a calm "resting" page (and
``resting_reason()`` then says why, so the shell shows its own resting card next time).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.progress import CancelToken, ProgressCallback
from app.jobs import Job
from app.ui.kiosk.experience import Experience
from app.ui.kiosk.experiences.energy import EnergyBanner
from app.ui.kiosk.services import KioskServices, start_job
from app.ui.qt_image import to_pixmap
from app.ui.runner import JobHandle

log = logging.getLogger(__name__)

#: Smallest touch target (px at 1080p): the kiosk theme's 96 px, above the 72 px the issue asks for.
TARGET_PX = 96

_models: dict[Callable[[], Any], Any] = {}
_models_lock = threading.Lock()


def shared_model(loader: Callable[[], Any]) -> Any:
    """``loader()`` once per process (worker thread): models are the same for every visitor."""
    with _models_lock:
        if loader in _models:
            return _models[loader]
    model = loader()
    with _models_lock:
        _models[loader] = model
    return model


def forget_models() -> None:
    """Drop the loaded models (tests; an operator's reload)."""
    with _models_lock:
        _models.clear()


def big_button(text: str = "", *, primary: bool = False, checkable: bool = False, name: str = "") -> QPushButton:
    """A kiosk button: at least :data:`TARGET_PX` square, styled by the kiosk theme."""
    button = QPushButton(text)
    button.setMinimumSize(TARGET_PX, TARGET_PX)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if primary:
        button.setProperty("role", "primary")
    if name:
        button.setObjectName(name)
    return button


def photo_button(pixels, size: QSize, name: str) -> QPushButton:  # noqa: ANN001 - RGB uint8 array
    """A checkable thumbnail button (tap to choose a photo)."""
    button = big_button(checkable=True, name=name)
    button.setIcon(QIcon(to_pixmap(pixels)))
    button.setIconSize(size)
    button.setMinimumSize(size.width() + 24, size.height() + 24)
    button.setStyleSheet("padding: 6px;")
    return button


class _Relay(QObject):
    """Receives a job's signals on the UI thread and hands them to its experience while it lives.

    Parentless and kept alive by the experience's ``_handles`` until the job finishes: no
    ``deleteLater`` racing the parent's own deletion; a relay whose experience is gone does nothing.
    """

    def __init__(
        self,
        owner: AiExperience,
        generation: int,
        on_done: Callable[..., None],
        on_error: Callable[[str], None],
        action: str | None,
    ) -> None:
        super().__init__()
        self.owner, self.generation, self.on_done, self.on_error, self.action = (
            owner,
            generation,
            on_done,
            on_error,
            action,
        )
        self.on_progress: Callable[[float, str], None] | None = None

    def current(self) -> bool:
        """The experience still exists and is still on the visit this job belongs to."""
        return shiboken6.isValid(self.owner) and self.generation == self.owner.generation

    def progressed(self, fraction: float, message: str) -> None:
        if self.current() and self.on_progress is not None:
            self.on_progress(fraction, message)

    def succeeded(self, payload: object) -> None:
        if not self.current():
            return  # a previous visitor's result, or the experience is gone
        result, estimate = payload  # type: ignore[misc]
        if self.action and estimate is not None:
            self.owner.banner.show_estimate(self.action, estimate, self.owner.services.energy.watts_per_core)
        try:
            self.on_done(result)
        except Exception as exc:  # noqa: BLE001 - a bug in a handler must not kill the kiosk
            log.exception("kiosk experience %s: result handler failed", self.owner.experience_id)
            self.owner.failed.emit(str(exc))

    def failed(self, message: str) -> None:
        if self.current():
            self.on_error(message)

    def finished(self) -> None:
        if shiboken6.isValid(self.owner):
            self.owner._handles.pop(self, None)


class AiExperience(Experience):
    """An experience whose AI work runs in jobs, with an energy banner and a resting page."""

    #: Emitted with the English action key and the estimate after every measured AI action.
    measured = Signal(str, object)

    def __init__(self, services: KioskServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setProperty("kioskPage", True)
        self.generation = 0
        self._handles: dict[_Relay, JobHandle] = {}
        self._resting: str | None = None
        self._watching = False
        self.banner = EnergyBanner()

        self.heading = QLabel()
        self.heading.setObjectName(f"{type(self).__name__}Title")
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName(f"{type(self).__name__}Hint")
        self.hint.setWordWrap(True)
        self.back = big_button(name="ExperienceBack")
        self.back.clicked.connect(self.finished)

        self.body = QWidget()
        self.resting_page = QWidget()
        self.resting_page.setObjectName("ExperienceResting")
        self.resting_title = QLabel()
        self.resting_title.setProperty("role", "title")
        self.resting_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resting_title.setWordWrap(True)
        self.resting_text = QLabel()
        self.resting_text.setProperty("role", "muted")
        self.resting_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resting_text.setWordWrap(True)
        self.resting_home = big_button(primary=True, name="ExperienceRestingHome")
        self.resting_home.clicked.connect(self.finished)
        resting = QVBoxLayout(self.resting_page)
        resting.addStretch(1)
        resting.addWidget(self.resting_title)
        resting.addWidget(self.resting_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resting_home)
        row.addStretch(1)
        resting.addLayout(row)
        resting.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.resting_page)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.hint)
        top.addLayout(titles, 1)
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.banner)

    # -- jobs -------------------------------------------------------------------------------------

    def run_ai(
        self,
        title: str,
        work: Callable[[ProgressCallback, CancelToken], Any],
        on_done: Callable[[Any], None],
        *,
        action: str | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
    ) -> JobHandle:
        """Run ``work`` on a worker thread, measured; ``on_done(result)`` runs on the UI thread.

        ``action`` (``heal``/``look``/``learn``/``ready``) puts the time and energy on the banner.
        Failures go to ``on_error`` (default: the ``failed`` signal, which the shell logs).
        """
        meter = self.services.energy

        def measured(progress: ProgressCallback, cancel: CancelToken) -> tuple[Any, Any]:
            with meter.measure() as out:
                result = work(progress, cancel)
            return result, out[0] if out else None

        relay = _Relay(self, self.generation, on_done, on_error or self.failed.emit, action)
        handle = start_job(self.services.runner, Job(title, measured))
        handle.succeeded.connect(relay.succeeded)
        handle.failed.connect(relay.failed)
        handle.finished.connect(relay.finished)
        if on_progress is not None:
            relay.on_progress = on_progress
            handle.progressed.connect(relay.progressed)
        self._handles[relay] = handle
        return handle

    def busy(self) -> bool:
        return any(handle.done is False for handle in self._handles.values())

    def cancel_jobs(self) -> None:
        for handle in list(self._handles.values()):
            handle.cancel()

    # -- visitor state ----------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget the visitor: late results of their jobs are dropped, the banner is cleared."""
        self.generation += 1
        self.cancel_jobs()
        self.banner.clear()

    def resting_reason(self) -> str | None:
        return self._resting

    def go_resting(self, reason: str) -> None:
        """The model could not load: show the resting page from now on (logged for the operator)."""
        log.warning("kiosk experience %s is resting: %s", self.experience_id, reason)
        self._resting = reason
        self.pages.setCurrentWidget(self.resting_page)

    def retranslate(self, language: str) -> None:
        self.back.setText(self.tr("◀ Back"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        self.resting_title.setText(self.tr("This activity is resting"))
        self.resting_text.setText(self.tr("Its AI could not start. Please try another activity."))
        self.resting_home.setText(self.tr("Back to the start"))
        self.resting_home.setAccessibleName(self.resting_home.text())
        self.banner.retranslate(language)

    # -- touches ----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and isinstance(watched, QWidget):
            if watched is self or self.isAncestorOf(watched):
                self.interacted.emit()
        return False
