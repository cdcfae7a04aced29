"""The UI language can be switched all day without translators piling up in the application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from app.ui.i18n import install_translation


def _translators() -> int:
    # Deferred deletes run only when the event loop is told to process them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(QCoreApplication.instance().findChildren(QTranslator))


def test_switching_languages_keeps_one_translator(qapp):
    install_translation("en")
    before = _translators()
    for _ in range(10):
        for language in ("ko", "ja", "zh", "en", "ko"):
            assert install_translation(language)
    assert _translators() == before + 1  # the Korean one now installed, nothing else left behind
    install_translation("en")
    assert _translators() == before


def test_a_missing_language_leaves_nothing_behind(qapp):
    install_translation("en")
    before = _translators()
    assert not install_translation("xx-not-a-language")
    assert _translators() == before
