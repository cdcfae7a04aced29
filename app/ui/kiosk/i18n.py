"""Kiosk language switching: one installed translator per kiosk language, and the matching font."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from app.kiosk.languages import LANGUAGE_CODES
from app.ui.i18n import apply_font, install_translation

log = logging.getLogger(__name__)


class KioskTranslator(QObject):
    """Installs ``assets/i18n/<code>.qm`` for the current kiosk language (English is the source text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Switch; False when the compiled translation is missing (English text then shows)."""
        if language not in LANGUAGE_CODES:
            language = "en"
        loaded = install_translation(language)
        self.language = language
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            apply_font(app, language)
        return loaded
