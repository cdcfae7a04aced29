"""Register the bundled OFL Noto Sans CJK font so Hangul and CJK render on any machine.

A fresh Linux install often has no CJK font at all, and Qt then draws empty
boxes. The font ships in the ``manimgx-fonts-cjk`` wheel (SIL OFL 1.1); it is a
collection holding the KR, SC, TC, HK and JP families.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

FONT_PACKAGE = "manimgx_fonts_cjk"
FONT_FILE = "NotoSansCJK-VF.otf.ttc"
# Per UI language, the CJK family whose glyph shapes follow that language's conventions.
FAMILY_FOR_LANGUAGE = {
    "ko": "Noto Sans CJK KR",
    "en": "Noto Sans CJK KR",
    "zh": "Noto Sans CJK SC",
    "ja": "Noto Sans CJK JP",
}


def bundled_font_path() -> Path | None:
    found = importlib.util.find_spec(FONT_PACKAGE)
    if found is None or not found.submodule_search_locations:
        return None
    path = Path(next(iter(found.submodule_search_locations))) / FONT_FILE
    return path if path.is_file() else None


def register_fonts() -> list[str]:
    """Add the bundled CJK families to Qt; return their names (empty when unavailable)."""
    path = bundled_font_path()
    if path is None:
        log.warning("bundled CJK font not found; Hangul may not render")
        return []
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Qt could not load the CJK font %s", path)
        return []
    return list(QFontDatabase.applicationFontFamilies(font_id))


def ui_font(language: str, point_size: float = 10.5) -> QFont:
    """The application font for a UI language, with the CJK family first."""
    font = QFont(FAMILY_FOR_LANGUAGE.get(language, "Noto Sans CJK KR"))
    font.setPointSizeF(point_size)
    return font
