"""Register the bundled OFL Noto Sans CJK font so Hangul and CJK render on any machine.

A fresh Linux install often has no CJK font at all, and Qt then draws empty
boxes. The font ships in the ``manimgx-fonts-cjk`` wheel (SIL OFL 1.1); it is a
collection holding the KR, SC, TC, HK and JP families. Thai (for the kiosk) comes from the
``fontpkg-noto-sans-thai`` wheel (SIL OFL 1.1, its LICENSE inside the package).
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

FONT_PACKAGE = "manimgx_fonts_cjk"
FONT_FILE = "NotoSansCJK-VF.otf.ttc"
THAI_FONT_PACKAGE = "fontpkg_noto_sans_thai"
THAI_FONT_FILE = "files/NotoSansThai[wdth,wght].ttf"
THAI_FAMILY = "Noto Sans Thai"
# Per UI language, the CJK family whose glyph shapes follow that language's conventions.
FAMILY_FOR_LANGUAGE = {
    "ko": "Noto Sans CJK KR",
    "en": "Noto Sans CJK KR",
    "zh": "Noto Sans CJK SC",
    "ja": "Noto Sans CJK JP",
}


def bundled_font_path(package: str = FONT_PACKAGE, file: str = FONT_FILE) -> Path | None:
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        return None
    path = Path(next(iter(found.submodule_search_locations))) / file
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
    families = list(QFontDatabase.applicationFontFamilies(font_id))
    thai = bundled_font_path(THAI_FONT_PACKAGE, THAI_FONT_FILE)
    thai_id = QFontDatabase.addApplicationFont(str(thai)) if thai is not None else -1
    if thai_id < 0:
        log.warning("bundled Thai font not found; Thai may not render")
    else:
        families += QFontDatabase.applicationFontFamilies(thai_id)
    return families


def ui_font(language: str, point_size: float = 10.5) -> QFont:
    """The application font for a UI language, with the CJK family first."""
    cjk = FAMILY_FOR_LANGUAGE.get(language, "Noto Sans CJK KR")
    font = QFont(cjk)
    # Thai glyphs come from their own family; listed first for Thai so Latin and Thai share one design.
    font.setFamilies([THAI_FAMILY, cjk] if language == "th" else [cjk, THAI_FAMILY])
    font.setPointSizeF(point_size)
    return font
