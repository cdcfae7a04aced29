"""Short audience words (Before, After…) in both of the show's languages at once.

The UI translator holds one language; the audience reads two. Each language's compiled ``.qm`` is
loaded into its own QTranslator (not installed) and asked directly, English being the source text.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from app.ui.i18n import I18N_DIR

CONTEXT = "PresenterAudience"
BEFORE = QT_TRANSLATE_NOOP("PresenterAudience", "Before")
AFTER = QT_TRANSLATE_NOOP("PresenterAudience", "After")
NOT_SURE = QT_TRANSLATE_NOOP("PresenterAudience", "Not sure: none of the answers is likely enough")
TAUGHT = QT_TRANSLATE_NOOP(
    "PresenterAudience", "Taught from {photos} photos; checked on photos it did not see: {percent} % right"
)
SCAN = QT_TRANSLATE_NOOP("PresenterAudience", "Scan to visit")


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(I18N_DIR / f"{language}.qm")) else None


def word(text: str, language: str) -> str:
    """``text`` in ``language`` (the English source when there is no translation)."""
    if language == "en":
        return text
    translator = _translator(language)
    translated = translator.translate(CONTEXT, text) if translator is not None else ""
    return translated or text


def both(text: str, languages: tuple[str, ...], separator: str = " · ", **values: object) -> str:
    """``text`` in each language, the same text only once."""
    seen: list[str] = []
    for language in languages:
        shown = word(text, language).format(**values) if values else word(text, language)
        if shown not in seen:
            seen.append(shown)
    return separator.join(seen)
