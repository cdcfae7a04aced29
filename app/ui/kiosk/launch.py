"""Start the kiosk: QApplication, fonts, logging, the window on the chosen screen, and the error guard."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.kiosk.config import KioskConfig
from app.kiosk.energy import EnergyMeter
from app.kiosk.logs import configure_kiosk_logging, kiosk_dir
from app.kiosk.probe import probing, report
from app.kiosk.stats import KioskStats
from app.ui.fonts import register_fonts
from app.ui.garbage import collect_on_ui_thread
from app.ui.kiosk.experience import Experience
from app.ui.kiosk.services import KioskServices
from app.ui.kiosk.window import KioskWindow
from app.ui.runner import JobRunner

log = logging.getLogger(__name__)


def load_experiences() -> list[type[Experience]]:
    """The experiences package's ``EXPERIENCES``, or none while it is not there (the shell still runs)."""
    try:
        from app.ui.kiosk.experiences import EXPERIENCES
    except ImportError as exc:
        log.warning("no kiosk experiences available (%s)", exc)
        return []
    except Exception:  # noqa: BLE001 - a broken experiences package must not stop the attract loop
        log.exception("the kiosk experiences could not be imported")
        return []
    return [cls for cls in EXPERIENCES if isinstance(cls, type) and issubclass(cls, Experience)]


def ensure_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Gyeongju Heritage AI kiosk")
    app.setStyle("Fusion")
    register_fonts()
    collect_on_ui_thread(app)  # the kiosk runs all day: a collection on a worker thread would crash it
    return app


def build_window(
    config: KioskConfig,
    content_dir: Path,
    *,
    config_path: Path | None = None,
    stats_path: Path | str | None = None,
    heartbeat_path: Path | None = None,
    experiences: list[type[Experience]] | None = None,
    data_dir: Path | None = None,
) -> KioskWindow:
    """The kiosk window with its services (not shown)."""
    folder = data_dir or kiosk_dir()
    runner = JobRunner(max_threads=2)
    stats = KioskStats(stats_path if stats_path is not None else folder / "statistics.sqlite")
    services = KioskServices(runner=runner, content_dir=content_dir, stats=stats, energy=EnergyMeter())
    window = KioskWindow(
        config,
        services,
        load_experiences() if experiences is None else experiences,
        config_path=config_path,
        export_dir=folder / "exports",
        heartbeat_path=heartbeat_path,
    )
    runner.setParent(window)
    return window


def install_guard(window: KioskWindow) -> None:
    """Any uncaught exception is logged in full and the kiosk returns to the attract loop."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception in the kiosk:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        window.recover()

    sys.excepthook = hook


def show_on_screen(window: KioskWindow, screen_index: int) -> None:
    screens = QGuiApplication.screens()
    if screens:
        screen = screens[min(screen_index, len(screens) - 1)]
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def _probe_attract(window: KioskWindow, app: QApplication) -> None:
    """Benchmarks: report when the attract loop first paints, and with an image, then quit."""

    def painted(with_image: bool) -> None:
        report("attract-image" if with_image else "attract-painted")
        if with_image:
            window.quit_kiosk()

    window.attract.first_painted.connect(painted)
    QTimer.singleShot(20_000, window.quit_kiosk)  # no pictures at all (samples not built): stop anyway


def run_kiosk(config: KioskConfig, content_dir: Path, *, config_path: Path | None, heartbeat_path: Path | None) -> int:
    """Run the kiosk until the operator quits; returns the exit status (0 = operator quit)."""
    app = ensure_application()
    folder = kiosk_dir()
    configure_kiosk_logging(folder)
    heartbeat = heartbeat_path or folder / "heartbeat"
    window = build_window(config, content_dir, config_path=config_path, heartbeat_path=heartbeat)
    install_guard(window)
    window.quit_requested.connect(app.quit)
    if probing():
        _probe_attract(window, app)
    show_on_screen(window, config.screen)
    log.info("kiosk started on screen %d with content %s", config.screen, content_dir)
    status = app.exec()
    window.services.runner.shutdown(3000)
    return int(status)
