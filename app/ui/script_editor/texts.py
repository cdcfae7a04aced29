"""Names the script editor shows for step kinds and languages (one place, translated once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "ScriptEditorTexts"
#: Languages a show can use, each named in itself so that any presenter finds their own.
LANGUAGES: dict[str, str] = {
    "ko": "한국어",
    "en": "English",
    "zh": "中文",
    "ja": "日本語",
    "es": "Español",
    "vi": "Tiếng Việt",
    "th": "ไทย",
    "id": "Bahasa Indonesia",
}


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def kind_name(kind: str) -> str:
    tr = QCoreApplication.translate
    names = {
        "title": tr(CONTEXT, "Title"),
        "image": tr(CONTEXT, "Picture with fact card"),
        "restore": tr(CONTEXT, "Live restoration"),
        "recognise": tr(CONTEXT, "Live recognition"),
        "teach": tr(CONTEXT, "Live teach by example"),
        "side_by_side": tr(CONTEXT, "Side by side"),
        "closing": tr(CONTEXT, "Closing with QR code"),
    }
    return names.get(kind, kind)
