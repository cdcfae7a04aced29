"""Kiosk language switching: one cached translator per kiosk language, and the matching font."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from app.kiosk.languages import LANGUAGE_CODES
from app.ui.i18n import I18N_DIR, apply_font, install_translation

log = logging.getLogger(__name__)


class KioskTranslator(QObject):
    """Installs ``assets/i18n/<code>.qm`` for the current kiosk language (English is the source text).

    A visitor may switch language every few seconds all day. Each translator is loaded once and kept
    (eight small ``.qm`` files): loading a fresh one per switch costs a file read on the UI thread and,
    with ``app.ui.i18n.install_translation``, leaves every replaced translator alive as a child of the
    application (hundreds per day).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self._cache: dict[str, QTranslator | None] = {}
        self._installed: QTranslator | None = None

    def _translator(self, language: str) -> QTranslator | None:
        if language not in self._cache:
            translator = QTranslator(self)
            qm = I18N_DIR / f"{language}.qm"
            if translator.load(str(qm)):
                self._cache[language] = translator
            else:
                log.warning("no compiled translation %s (run make translations); showing English text", qm)
                translator.deleteLater()
                self._cache[language] = None
        return self._cache[language]

    def set_language(self, language: str) -> bool:
        """Switch; False when the compiled translation is missing (English text then shows)."""
        if language not in LANGUAGE_CODES:
            language = "en"
        translator = None if language == "en" else self._translator(language)
        if translator is not self._installed or self._installed is None:
            # Clears a translator another window (or an earlier run in this process) installed globally.
            install_translation("en")
            self.release()
            if translator is not None:
                QCoreApplication.installTranslator(translator)
                self._installed = translator
        self.language = language
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            apply_font(app, language)
        return language == "en" or translator is not None

    def release(self) -> None:
        """Uninstall the kiosk's translator (when the kiosk closes)."""
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
            self._installed = None
