"""Open the desktop application."""

from __future__ import annotations

from pathlib import Path

from app.config.paths import app_paths
from app.ui.bootstrap import create_application
from app.ui.main_window import MainWindow
from app.vision.registry import default_registry


def build_main_window(mode: str = "start") -> MainWindow:
    """Create the application objects and the window (used by ``run_app`` and GUI tests)."""
    from app.content.gallery import gallery_job

    paths = app_paths()
    _, settings, languages = create_application(paths)
    window = MainWindow(settings, paths, languages, default_registry(), gallery_job(settings.language))
    window.show_mode(mode)
    return window


def run_app(mode: str = "start", image: str | None = None, screenshot: str | None = None,
            language: str | None = None) -> int:
    window = build_main_window(mode)
    if language:
        window.languages.set_language(language)
    window.show()
    if image:
        window.open_image(Path(image))
    if screenshot:
        from app.ui.screenshot import schedule_screenshot

        schedule_screenshot(window, Path(screenshot))
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().exec()
