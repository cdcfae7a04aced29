"""The kiosk's languages, each named in its own script (what a visitor looks for on the switcher)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KioskLanguage:
    code: str
    native_name: str
    english_name: str


KIOSK_LANGUAGES: tuple[KioskLanguage, ...] = (
    KioskLanguage("ko", "한국어", "Korean"),
    KioskLanguage("en", "English", "English"),
    KioskLanguage("zh", "中文", "Chinese"),
    KioskLanguage("ja", "日本語", "Japanese"),
    KioskLanguage("es", "Español", "Spanish"),
    KioskLanguage("vi", "Tiếng Việt", "Vietnamese"),
    KioskLanguage("th", "ภาษาไทย", "Thai"),
    KioskLanguage("id", "Bahasa Indonesia", "Indonesian"),
)
LANGUAGE_CODES: tuple[str, ...] = tuple(lang.code for lang in KIOSK_LANGUAGES)

#: "Touch to begin" in each language, cycled on the attract screen (all languages at once, so it is not
#: translated through the current translator).
TOUCH_TO_BEGIN: dict[str, str] = {
    "ko": "화면을 눌러 시작하세요",
    "en": "Touch to begin",
    "zh": "轻触屏幕开始",
    "ja": "タッチしてはじめる",
    "es": "Toca para empezar",
    "vi": "Chạm để bắt đầu",
    "th": "แตะเพื่อเริ่ม",
    "id": "Sentuh untuk mulai",
}


def native_name(code: str) -> str:
    for lang in KIOSK_LANGUAGES:
        if lang.code == code:
            return lang.native_name
    return code
