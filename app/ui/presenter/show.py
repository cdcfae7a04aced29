"""The show: where we are in the script, the clicker keys, and the hand-over of prepared steps to the views.

Every step is prepared by a job on the runner (``prepare``): pictures decoded, live steps run within
their budget with the cache behind them. Only the newest request is shown; until it is ready the
audience keeps the previous step and the presenter view says a live run is under way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from app.presentation.operations import Operations
from app.presentation.script import Script
from app.ui.presenter.audience import AudienceView
from app.ui.presenter.prepare import Prepared, prepare_job
from app.ui.presenter.presenter_view import PresenterView
from app.ui.runner import JobRunner

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
#: How long typed digits wait for more digits (or Enter) before jumping.
DIGIT_WAIT_MS = 900


class OneScreenWindow(QWidget):
    """One screen: the audience view with the presenter view as a side panel that P hides and shows."""

    def __init__(self, audience: AudienceView, presenter: PresenterView) -> None:
        super().__init__()
        self.setObjectName("OneScreenWindow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(audience, 3)
        layout.addWidget(presenter, 1)
        self.presenter = presenter

    def toggle_panel(self) -> None:
        self.presenter.setVisible(not self.presenter.isVisible())


class PresenterShow(QObject):
    stepShown = Signal(int)  # index (0-based) of the step the audience now sees
    closed = Signal()

    def __init__(self, script: Script, pack_dir: Path, *, one_screen: bool = False,
                 operations: Operations | None = None, runner: JobRunner | None = None) -> None:
        super().__init__()
        self.script, self.pack_dir, self.operations = script, Path(pack_dir), operations
        self.runner = runner or JobRunner(max_threads=3, parent=self)
        self.audience = AudienceView()
        self.audience.set_script(script)
        self.presenter = PresenterView()
        self.one_screen: OneScreenWindow | None = None
        if one_screen:
            self.one_screen = OneScreenWindow(self.audience, self.presenter)
            self.windows: list[QWidget] = [self.one_screen]
        else:
            self.windows = [self.audience, self.presenter]
        for window in self.windows:
            window.setWindowTitle(script.title.get(script.languages[0], "") + " — Gyeongju Heritage AI")
        self.index = 0
        self.serial = 0
        self.running = False
        self.prepared: Prepared | None = None
        self.digits = ""
        self.digit_timer = QTimer(self)
        self.digit_timer.setSingleShot(True)
        self.digit_timer.setInterval(DIGIT_WAIT_MS)
        self.digit_timer.timeout.connect(self._jump_to_digits)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- moving through the script -------------------------------------------------------------------------
    def start(self) -> None:
        self.go(0)

    def go(self, index: int) -> None:
        if not 0 <= index < len(self.script.steps):
            return
        self.index = index
        self.serial += 1
        serial = self.serial
        self.running = self.script.steps[index].live
        self._update_presenter()
        handle = self.runner.start(prepare_job(self.script.steps[index], self.pack_dir, self.operations))
        handle.succeeded.connect(lambda prepared, s=serial: self._ready(s, prepared))
        handle.failed.connect(lambda message, s=serial, i=index: self._ready(s, Prepared(self.script.steps[i],
                                                                                        error=message)))

    def _ready(self, serial: int, prepared: Prepared) -> None:
        if serial != self.serial:
            return  # the presenter has moved on; an older step must not replace the newer one
        self.running = False
        self.prepared = prepared
        self.audience.show_prepared(prepared)
        self._update_presenter()
        self.stepShown.emit(self.index)

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def jump(self, number: int) -> None:
        """Go to step ``number`` as the script counts (from 1)."""
        self.go(number - 1)

    def toggle_black(self) -> None:
        self.audience.set_black(not self.audience.black)
        self._update_presenter()

    def _update_presenter(self) -> None:
        prepared = self.prepared if self.prepared is not None and self.prepared.step.index == self.index + 1 else None
        self.presenter.set_state(self.script, self.index, prepared, running=self.running, black=self.audience.black)

    # -- the clicker --------------------------------------------------------------------------------------------
    def _jump_to_digits(self) -> None:
        self.digit_timer.stop()
        if self.digits:
            self.jump(int(self.digits))
        self.digits = ""

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_B or key == Qt.Key.Key_Period:  # clickers send "." for their black-screen button
            self.toggle_black()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.digits = (self.digits + chr(key))[-3:]
            self.digit_timer.start()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._jump_to_digits()
        elif key == Qt.Key.Key_P and self.one_screen is not None:
            self.one_screen.toggle_panel()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget) and watched.window() in self.windows:
            return self.handle_key(event)  # type: ignore[arg-type]
        return False

    def close(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.serial += 1
        self.runner.cancel_all()
        for window in self.windows:
            window.close()
        self.closed.emit()
