"""Build the QApplication: fonts, theme, translations, logging and the last-resort error dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config.logging_setup import configure_logging
from app.config.paths import ASSETS_DIR, AppPaths
from app.config.settings import Settings, load_settings
from app.ui.fonts import register_fonts
from app.ui.garbage import collect_on_ui_thread
from app.ui.i18n import LanguageManager

log = logging.getLogger(__name__)


def friendly_excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log an uncaught exception in full and show people one calm sentence; the app keeps running."""
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    app = QApplication.instance()
    if app is None or issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    # Deferred so the dialog never re-enters the code that raised.
    QTimer.singleShot(0, lambda: show_unexpected_error(str(exc)))


def show_unexpected_error(detail: str) -> QMessageBox:
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("UnexpectedErrorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Bootstrap", "Something went wrong"))
    box.setText(
        QApplication.translate(
            "Bootstrap",
            "Something unexpected happened, but your images are safe and the application keeps running. "
            "The details were written to the log.",
        )
    )
    box.setDetailedText(detail)
    box.setModal(False)
    box.show()
    return box


def load_stylesheet() -> str:
    path = ASSETS_DIR / "styles" / "app.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("stylesheet %s missing; using the platform look", path)
        return ""


def create_application(
    paths: AppPaths, argv: list[str] | None = None
) -> tuple[QApplication, Settings, LanguageManager]:
    """Create (or reuse) the QApplication and apply fonts, theme, language and error handling."""
    paths.ensure()
    configure_logging(paths.log_file)
    settings = load_settings(paths.settings_file)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Gyeongju Heritage AI")
    app.setOrganizationName("Gyeongju Heritage AI")
    register_fonts()
    app.setStyle("Fusion")
    app.setStyleSheet(load_stylesheet())
    languages = LanguageManager(app)
    languages.set_language(settings.language)
    sys.excepthook = friendly_excepthook
    collect_on_ui_thread(app)
    return app, settings, languages
