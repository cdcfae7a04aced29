"""Open the desktop application."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from app.config.paths import app_paths
from app.ui.bootstrap import create_application
from app.ui.main_window import MainWindow
from app.vision.registry import default_registry

#: Set to 0 to keep the app from building missing sample images in the background (tests do).
BUILD_SAMPLES = "GYEONGJU_AI_BUILD_SAMPLES"
#: Set to 1 to print "window-visible SECONDS" on stderr once the window has painted, then quit
#: (``benchmarks/startup.py``; SECONDS counts from the interpreter's start).
STARTUP_PROBE = "GYEONGJU_AI_STARTUP_PROBE"


def _report_when_painted(window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def report() -> None:
        window.repaint()  # the first frame is on screen once this returns
        sys.stderr.write(f"window-visible {_since_boot() - _since_boot_at_start():.3f}\n")
        sys.stderr.flush()
        QApplication.instance().quit()

    QTimer.singleShot(0, report)


def _since_boot() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME) if hasattr(time, "CLOCK_BOOTTIME") else time.monotonic()


def _since_boot_at_start() -> float:
    """Seconds since boot at which this process started (from /proc), or now where /proc is missing."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _since_boot()


def build_main_window(mode: str = "start") -> MainWindow:
    """Create the application objects and the window (used by ``run_app`` and GUI tests)."""
    from app.content.gallery import gallery_job

    paths = app_paths()
    _, settings, languages = create_application(paths)
    window = MainWindow(settings, paths, languages, default_registry(), gallery_job(settings.language))
    window.show_mode(mode)
    if os.environ.get(BUILD_SAMPLES, "1") != "0":
        from app.content.samples import build_missing_job

        window.prepare_samples(build_missing_job(), gallery_job(settings.language))
    return window


def run_app(mode: str = "start", image: str | None = None, screenshot: str | None = None,
            language: str | None = None) -> int:
    window = build_main_window(mode)
    if language:
        window.languages.set_language(language)
    window.show()
    if os.environ.get(STARTUP_PROBE):
        _report_when_painted(window)
    if image:
        window.open_image(Path(image))
    if screenshot:
        from app.ui.screenshot import schedule_screenshot

        schedule_screenshot(window, Path(screenshot))
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().exec()
