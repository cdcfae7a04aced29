"""The kiosk window: wires the pages, idle reset, lockdown, operator access, heartbeat and error guard."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.jobs import Job
from app.kiosk.config import KioskConfig, save_config
from app.kiosk.content import attract_pairs
from app.kiosk.gesture import CornerTaps
from app.kiosk.idle import IdleMachine, IdleState
from app.kiosk.memory import trim_heap
from app.ui.kiosk.attract import AttractScreen
from app.ui.kiosk.experience import Experience
from app.ui.kiosk.home import HomeScreen, LanguageBar
from app.ui.kiosk.i18n import KioskTranslator
from app.ui.kiosk.lockdown import LockdownFilter
from app.ui.kiosk.operator import OperatorPanel, PinPad
from app.ui.kiosk.overlays import IdleOverlay, RestingCard
from app.ui.kiosk.services import KioskServices, start_job
from app.ui.kiosk.theme import KioskTheme

log = logging.getLogger(__name__)

IDLE_TICK_MS = 250


class ExperienceHost(QWidget):
    """A bar with "Home" and the languages above the current experience."""

    home = Signal()

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExperienceHost")
        self.setProperty("kioskPage", True)
        self.home_button = QPushButton(self)
        self.home_button.setObjectName("HomeButton")
        self.home_button.clicked.connect(self.home)
        self.languages = LanguageBar(languages, self)
        self.stack = QStackedWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.home_button)
        bar.addWidget(self.languages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("Home"))
        self.home_button.setAccessibleName(self.home_button.text())


class KioskWindow(QWidget):
    """Frameless full-screen kiosk. ``quit_requested`` fires when the operator quits."""

    quit_requested = Signal()

    def __init__(
        self,
        config: KioskConfig,
        services: KioskServices,
        experiences: list[type[Experience]],
        *,
        config_path: Path | None = None,
        export_dir: Path | None = None,
        heartbeat_path: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("KioskRoot")
        self.setWindowTitle("Gyeongju Heritage AI")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.config = config
        self.services = services
        self.all_experiences = list(experiences)
        self.config_path = config_path
        self.heartbeat_path = heartbeat_path
        self.translator = KioskTranslator(self)
        self.idle = IdleMachine(config.idle_seconds, config.countdown_seconds, clock)
        self.corner = CornerTaps(5, 3.0, clock)
        self.instances: dict[str, Experience] = {}
        self.current_experience: str | None = None
        self._quitting = False
        self.errors = 0
        self.theme = KioskTheme.create(config.theme, config.large_text, 1920, 1080)

        self.stack = QStackedWidget(self)
        self.attract = AttractScreen(services.runner, config.attract_seconds, self)
        self.home = HomeScreen(config.languages, self)
        self.host = ExperienceHost(config.languages, self)
        self.resting = RestingCard(self)
        self.pin = PinPad(services.runner, self)
        self.operator = OperatorPanel(services.stats, export_dir or Path.home(), self)
        for page in (self.attract, self.home, self.host, self.resting, self.pin, self.operator):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.overlay = IdleOverlay(self)

        self.attract.touched.connect(self.begin_visit)
        self.home.experience_chosen.connect(self.open_experience)
        self.home.languages.language_chosen.connect(self.set_language)
        self.host.languages.language_chosen.connect(self.set_language)
        self.host.home.connect(self.leave_experience)
        self.resting.home.connect(self.leave_experience)
        self.overlay.stay.connect(self._stay)
        self.pin.accepted.connect(self._open_operator)
        self.pin.cancelled.connect(self.show_attract)
        self.operator.closed.connect(self.show_attract)
        self.operator.save_requested.connect(self.save_config)
        self.operator.reload_requested.connect(self.reload_content)
        self.operator.quit_requested.connect(self.quit_kiosk)

        self.lockdown = LockdownFilter(self._on_press, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lockdown)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_TICK_MS)
        self._idle_timer.timeout.connect(self._tick)
        self._idle_timer.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(config.heartbeat_seconds * 1000)
        self._heartbeat.timeout.connect(self.write_heartbeat)
        if heartbeat_path is not None:
            self.write_heartbeat()
            self._heartbeat.start()

        self._apply_experiences()
        self.apply_theme()
        self.reload_content()
        self.show_attract()

    # -- configuration ------------------------------------------------------------------------

    def enabled_experiences(self) -> list[type[Experience]]:
        return [c for c in self.all_experiences if c.experience_id not in self.config.disabled_experiences]

    def _apply_experiences(self) -> None:
        self.home.set_experiences(self.enabled_experiences(), columns=1 if self.height() > self.width() else 2)

    def apply_theme(self) -> None:
        self.theme = KioskTheme.create(self.config.theme, self.config.large_text, self.width(), self.height())
        self.setStyleSheet(self.theme.stylesheet() + self._extra_styles())

    def _extra_styles(self) -> str:
        t = self.theme
        prompt_px = t.px(64 if t.large_text else 54)
        return (
            f"QWidget#KioskRoot QLabel#TouchToBegin {{ font-size: {prompt_px}px; font-weight: 700; }}\n"
            f"QWidget#KioskRoot QLabel#IdleCount {{ font-size: {t.px(160)}px; }}\n"
            f"QWidget#KioskRoot QLabel#PinDisplay {{ font-size: {t.px(64)}px; }}\n"
            f"QWidget#KioskRoot QLabel#AttractTitle {{ font-size: {t.px(72)}px; }}\n"
            f"QWidget#KioskRoot QLabel#AttractCaption {{ font-size: {t.px(38 if t.large_text else 34)}px; }}\n"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.overlay.setGeometry(self.rect())
        old = self.theme
        new = KioskTheme.create(self.config.theme, self.config.large_text, self.width(), self.height())
        if abs(new.scale - old.scale) > 0.01:
            self.apply_theme()
        portrait = self.height() > self.width()
        if (self.home._columns == 1) != portrait:
            self._apply_experiences()
        self.operator.set_portrait(portrait)
        for bar in (self.home.languages, self.host.languages, self.operator.language_bar):
            bar.set_columns((len(bar.buttons) + 1) // 2 if portrait else len(bar.buttons))

    def save_config(self, config: KioskConfig) -> None:
        self.config = config
        self.idle.configure(config.idle_seconds, config.countdown_seconds)
        if self.config_path is not None:
            try:
                save_config(config, self.config_path)
            except Exception:  # noqa: BLE001 - the kiosk keeps running with the new settings in memory
                log.exception("could not save the kiosk configuration")
        self._apply_experiences()
        self.apply_theme()
        self.show_attract()

    def reload_content(self) -> None:
        self.attract.load(attract_pairs(self.services.content_dir))

    # -- navigation ---------------------------------------------------------------------------

    def page(self) -> str:
        return self.stack.currentWidget().objectName()

    def show_attract(self) -> None:
        """Back to the attract loop with every trace of the visitor cleared."""
        self.overlay.hide()
        self._close_experience()
        for experience in self.instances.values():
            self._safe(experience.reset)
        self.services.energy.reset()
        self.services.stats.end_all()
        self.idle.to_attract()
        self.set_language(self.config.default_language)
        self.stack.setCurrentWidget(self.attract)
        self.attract.start()
        # The visit's images and tensors are freed now; hand the heap pages back (off the UI thread).
        start_job(self.services.runner, Job("Return freed memory", lambda progress, cancel: trim_heap()))

    def begin_visit(self) -> None:
        self.attract.stop()
        self.services.stats.begin_session()
        self.idle.touch()
        self.stack.setCurrentWidget(self.home)

    def open_experience(self, experience_id: str) -> None:
        cls = next((c for c in self.enabled_experiences() if c.experience_id == experience_id), None)
        if cls is None:
            return
        experience = self.instances.get(experience_id)
        if experience is None:
            try:
                experience = cls(self.services, self.host.stack)
            except Exception:  # noqa: BLE001 - one broken experience rests; the kiosk goes on
                log.exception("experience %s could not start", experience_id)
                self.stack.setCurrentWidget(self.resting)
                return
            experience.interacted.connect(self.idle.touch)
            experience.finished.connect(self.leave_experience)
            experience.failed.connect(self._experience_failed)
            self.host.stack.addWidget(experience)
            self.instances[experience_id] = experience
            self._safe(lambda: experience.retranslate(self.translator.language))
        reason = self._safe(experience.resting_reason, default="unknown problem")
        if reason:
            log.warning("experience %s is resting: %s", experience_id, reason)
            self.stack.setCurrentWidget(self.resting)
            return
        self.current_experience = experience_id
        self.services.stats.experience_started(experience_id, self.translator.language)
        self.host.stack.setCurrentWidget(experience)
        self.stack.setCurrentWidget(self.host)

    def _close_experience(self) -> None:
        if self.current_experience is None:
            return
        self.services.stats.experience_ended(self.current_experience)
        experience = self.instances.get(self.current_experience)
        self.current_experience = None
        if experience is not None:
            self._safe(experience.reset)

    def leave_experience(self) -> None:
        self._close_experience()
        if self.idle.state is IdleState.ATTRACT:
            self.show_attract()
        else:
            self.stack.setCurrentWidget(self.home)

    def set_language(self, code: str) -> None:
        if code not in self.config.languages:
            code = self.config.default_language
        self.translator.set_language(code)
        self.services.language = code
        for page in (self.attract, self.home, self.host, self.resting, self.pin, self.operator, self.overlay):
            page.retranslate()
        for bar in (self.home.languages, self.host.languages):
            bar.set_current(code)
        for experience in self.instances.values():
            self._safe(lambda e=experience: e.retranslate(code))

    # -- idle, touches, operator --------------------------------------------------------------

    def _on_press(self, global_pos: QPoint) -> None:
        if not self.isVisible():
            return
        if self.idle.state is not IdleState.ATTRACT:
            self.idle.touch()
        local = self.mapFromGlobal(global_pos)
        corner = self.theme.px(140)
        if self.corner.tap(0 <= local.x() < corner and 0 <= local.y() < corner):
            QTimer.singleShot(0, self.open_pin)

    def _stay(self) -> None:
        self.idle.touch()
        self.overlay.hide()

    def _tick(self) -> None:
        before = self.idle.state
        state = self.idle.tick()
        if state is IdleState.WARNING:
            self.overlay.set_seconds(self.idle.seconds_left())
            if before is not IdleState.WARNING:
                self.overlay.setGeometry(self.rect())
                self.overlay.show()
                self.overlay.raise_()
        elif state is IdleState.ATTRACT and before is not IdleState.ATTRACT:
            self.show_attract()
        elif state is IdleState.ACTIVE and self.overlay.isVisible():
            self.overlay.hide()

    def open_pin(self) -> None:
        self.attract.stop()
        self._close_experience()
        self.idle.touch()
        self.pin.open(self.config)
        self.stack.setCurrentWidget(self.pin)

    def _open_operator(self) -> None:
        self.idle.touch()
        self.operator.open(self.config, self.all_experiences, self.services.content_dir)
        self.stack.setCurrentWidget(self.operator)

    def quit_kiosk(self) -> None:
        self._quitting = True
        self.services.stats.end_all()
        self.quit_requested.emit()
        self.close()

    # -- robustness ---------------------------------------------------------------------------

    def _safe(self, call: Callable[[], object], default: object = None) -> object:
        try:
            return call()
        except Exception:  # noqa: BLE001 - an experience's bug must not take the kiosk down
            log.exception("an experience raised")
            self.errors += 1
            return default

    def _experience_failed(self, message: str) -> None:
        log.error("experience %s failed: %s", self.current_experience, message)
        self.errors += 1
        self.show_attract()

    def recover(self) -> None:
        """After an unexpected exception anywhere: back to the attract loop (called from the excepthook)."""
        self.errors += 1
        QTimer.singleShot(0, self.show_attract)

    def write_heartbeat(self) -> None:
        if self.heartbeat_path is None:
            return
        try:
            self.heartbeat_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.heartbeat_path.with_suffix(".tmp")
            tmp.write_text(f"{time.time():.3f}\n", encoding="utf-8")
            tmp.replace(self.heartbeat_path)
        except OSError:
            log.warning("could not write the heartbeat %s", self.heartbeat_path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.lockdown)
            self.translator.release()
            self._idle_timer.stop()
            self._heartbeat.stop()
            self.attract.stop()
            event.accept()
        else:
            event.ignore()  # window managers' close, Alt+F4 that got through: the kiosk stays
