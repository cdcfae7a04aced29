"""Kiosk themes: colours, sizes and the style sheet, scaled to the screen (1080 px short side = 1.0).

Touch targets are at least :data:`MIN_TARGET_PX` (at 1080p, about 15 mm on a 55" screen is 72 px; we use
96 px). Every text/background pair a theme draws is listed in :meth:`KioskTheme.text_pairs` so a test
can check its WCAG contrast.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_TARGET_PX = 96


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    text: str
    muted: str
    accent: str
    on_accent: str
    border: str
    overlay_text: str


STANDARD = Palette(
    background="#15110e",
    surface="#2b241e",
    text="#f6efe4",
    muted="#d3c8b8",
    accent="#e3b65c",
    on_accent="#1a140f",
    border="#5a4c3f",
    overlay_text="#ffffff",
)
HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffd400",
    on_accent="#000000",
    border="#ffffff",
    overlay_text="#ffffff",
)


@dataclass(frozen=True)
class KioskTheme:
    palette: Palette
    scale: float = 1.0
    large_text: bool = False

    @classmethod
    def create(cls, name: str, large_text: bool, width: int, height: int) -> KioskTheme:
        palette = HIGH_CONTRAST if name == "high-contrast" else STANDARD
        return cls(palette, max(0.5, min(width, height) / 1080.0), large_text)

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    @property
    def body_px(self) -> int:
        return self.px(34 if self.large_text else 28)

    @property
    def title_px(self) -> int:
        return self.px(68 if self.large_text else 56)

    @property
    def button_px(self) -> int:
        return self.px(36 if self.large_text else 30)

    @property
    def target_px(self) -> int:
        return self.px(MIN_TARGET_PX)

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text drawn on a theme colour."""
        p = self.palette
        return [
            ("body text", p.text, p.background),
            ("secondary text", p.muted, p.background),
            ("text on panels", p.text, p.surface),
            ("secondary text on panels", p.muted, p.surface),
            ("buttons", p.on_accent, p.accent),
            ("accent text", p.accent, p.background),
            ("overlay text on the dimmed scrim", p.overlay_text, "#000000"),
        ]

    def stylesheet(self) -> str:
        p = self.palette
        radius = self.px(18)
        pad = self.px(18)
        border_w = 3 if p is HIGH_CONTRAST else 2
        return f"""
QWidget#KioskRoot, QWidget[kioskPage="true"] {{ background: {p.background}; }}
QWidget#KioskRoot QLabel {{ color: {p.text}; font-size: {self.body_px}px; background: transparent; }}
QWidget#KioskRoot QLabel[role="title"] {{ font-size: {self.title_px}px; font-weight: 700; }}
QWidget#KioskRoot QLabel[role="muted"] {{ color: {p.muted}; }}
QWidget#KioskRoot QLabel[role="accent"] {{ color: {p.accent}; font-weight: 700; }}
QWidget#KioskRoot QLabel[role="overlay"] {{ color: {p.overlay_text}; }}
QWidget#KioskRoot QPushButton {{
    background: {p.surface}; color: {p.text}; border: {border_w}px solid {p.border};
    border-radius: {radius}px; padding: {pad}px {pad * 2}px; font-size: {self.button_px}px;
    min-height: {self.target_px}px; min-width: {self.target_px}px;
}}
QWidget#KioskRoot QPushButton:pressed, QWidget#KioskRoot QPushButton:checked {{
    background: {p.accent}; color: {p.on_accent}; border-color: {p.accent};
}}
QWidget#KioskRoot QPushButton[role="primary"] {{
    background: {p.accent}; color: {p.on_accent}; border-color: {p.accent}; font-weight: 700;
}}
QWidget#KioskRoot QPushButton[role="tile"] {{
    font-size: {self.px(40 if self.large_text else 34)}px; font-weight: 700; text-align: left;
}}
QWidget#KioskRoot QPushButton[role="lang"] {{
    padding: {pad // 2}px {pad}px; font-size: {self.px(28 if self.large_text else 24)}px;
}}
QWidget#KioskRoot QCheckBox, QWidget#KioskRoot QSpinBox, QWidget#KioskRoot QComboBox {{
    color: {p.text}; font-size: {self.button_px}px; min-height: {self.target_px}px; background: {p.surface};
}}
QWidget#KioskRoot QCheckBox::indicator {{ width: {self.px(48)}px; height: {self.px(48)}px; }}
QWidget#KioskRoot QSpinBox::up-button, QWidget#KioskRoot QSpinBox::down-button {{ width: {self.px(64)}px; }}
QWidget#KioskRoot QFrame[role="card"] {{
    background: {p.surface}; border: {border_w}px solid {p.border}; border-radius: {radius}px;
}}
QWidget#KioskRoot QScrollArea {{ background: transparent; border: none; }}
QWidget#KioskRoot QToolTip {{ color: {p.text}; background: {p.surface}; }}
"""
