"""Open the presenter: the audience view full screen on the second screen, the presenter view on the first.

With one screen (or ``--one-screen``) both share one full-screen window, the presenter view as a
side panel that P hides before the projector mirrors the laptop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.presentation.locate import Show
from app.presentation.operations import Operations
from app.ui.fonts import register_fonts, ui_font
from app.ui.garbage import collect_on_ui_thread
from app.ui.i18n import UI_LANGUAGES, install_translation
from app.ui.presenter.show import PresenterShow


def ensure_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Gyeongju Heritage AI presenter")
    app.setStyle("Fusion")
    register_fonts()
    ui_language = language if language in UI_LANGUAGES else "en"
    app.setFont(ui_font(ui_language))
    install_translation(ui_language)
    collect_on_ui_thread(app)
    return app


def _place(window: QWidget, screen_index: int, *, full_screen: bool) -> None:
    screens = QGuiApplication.screens()
    if screens:
        screen = screens[min(screen_index, len(screens) - 1)]
        window.setScreen(screen)
        window.setGeometry(screen.availableGeometry())
    if full_screen:
        window.showFullScreen()
    else:
        window.showMaximized()


def build_show(show: Show, *, one_screen: bool = False, operations: Operations | None = None) -> PresenterShow:
    """The show with its views (not shown); one-screen mode when asked or when only one screen is there."""
    single = one_screen or len(QGuiApplication.screens()) < 2
    return PresenterShow(show.script, Path(show.pack_dir), one_screen=single, operations=operations)


def open_in_app(show: Show, *, operations: Operations | None = None) -> PresenterShow:
    """Open the show from inside the app: one full-screen window, the presenter view as a side panel (P)."""
    presenter = build_show(show, one_screen=True, operations=operations)
    assert presenter.one_screen is not None
    _place(presenter.one_screen, 0, full_screen=True)
    presenter.start()
    return presenter


def run_presenter(show: Show, *, one_screen: bool = False) -> int:
    """Run the show until the presenter presses Esc or closes a window; the exit status."""
    app = ensure_application(show.script.languages[0])
    presenter = build_show(show, one_screen=one_screen)
    if presenter.one_screen is not None:
        _place(presenter.one_screen, 0, full_screen=True)
    else:
        _place(presenter.presenter, 0, full_screen=False)
        _place(presenter.audience, 1, full_screen=True)
    presenter.closed.connect(app.quit)
    presenter.start()
    status = app.exec()
    presenter.runner.shutdown(2000)
    return status
