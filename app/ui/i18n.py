"""Live language switching with Qt Linguist translations.

UI strings are written in English with ``self.tr()``; ``assets/i18n/<lang>.ts``
holds the translations and ``make`` compiles them to ``.qm``. Switching installs
the new translator; Qt then sends every widget a LanguageChange event and each
widget re-applies its texts in ``retranslate()``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from app.config.paths import ASSETS_DIR
from app.ui.fonts import ui_font

log = logging.getLogger(__name__)

I18N_DIR = ASSETS_DIR / "i18n"
UI_LANGUAGES: dict[str, str] = {"ko": "한국어", "en": "English", "zh": "中文(简体)", "ja": "日本語"}


_installed: QTranslator | None = None


def install_translation(language: str) -> bool:
    """Make ``language`` the application's one installed translation (English, the source text: none).

    One translator for the whole application, whoever asks (the main window, the kiosk): a second
    manager must not leave the first one's language behind. False when ``<language>.qm`` is missing.
    """
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        # Parented to the application, a removed translator would otherwise stay until exit: one
        # more per language switch on a kiosk that switches all day.
        _installed.deleteLater()
        _installed = None
    if language == "en":
        return True
    # Parented to the application: it lives exactly as long as the thing it translates.
    translator = QTranslator(QCoreApplication.instance())
    qm = I18N_DIR / f"{language}.qm"
    if not translator.load(str(qm)):
        translator.deleteLater()
        log.warning("no compiled translation %s (run make translations); showing English UI text", qm)
        return False
    QCoreApplication.installTranslator(translator)
    _installed = translator
    return True


def apply_font(app: QApplication, language: str) -> None:
    """Set the font for ``language`` only when it differs: setting the application font re-polishes
    every widget (hundreds of ms in the kiosk), and most languages share one font."""
    font = ui_font(language)
    if app.font() != font:
        app.setFont(font)


class LanguageManager(QObject):
    """Owns the installed translator and announces language changes."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Switch the UI language; returns False when no compiled translation exists (falls back to English)."""
        if language not in UI_LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        loaded = install_translation(language)
        self.language = language
        if isinstance(app, QApplication):
            apply_font(app, language)
        self.changed.emit(language)
        return loaded
