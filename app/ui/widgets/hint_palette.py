"""The colour a curator paints hints with: heritage presets, any colour from a dialog, an eyedropper.

Only a hint's hue and saturation matter — the colouriser keeps the photo's own brightness — so
the presets are the chromas that recur in Gyeongju photographs (dancheong pigments, sky,
foliage, skin, timber, granite, Silla gold) at a middle brightness that shows well on a
grey photo.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.retranslate import Retranslatable

RGB = tuple[int, int, int]

PRESETS: dict[str, RGB] = {
    "dancheong_green": (46, 139, 110),
    "dancheong_red": (190, 58, 42),
    "sky_blue": (108, 158, 214),
    "foliage_green": (86, 132, 54),
    "skin": (222, 178, 146),
    "wood_brown": (124, 82, 50),
    "stone_grey": (146, 142, 134),
    "gold": (206, 164, 62),
}
_SWATCH = 26


def _swatch_style(rgb: RGB) -> str:
    # A gold ring marks the chosen swatch, matching the theme's accent.
    colour = "rgb({}, {}, {})".format(*rgb)
    return (f"QToolButton {{ background: {colour}; border: 2px solid #3d414b; border-radius: 6px; }}"
            f"QToolButton:checked {{ border: 3px solid #e8c872; }}"
            f"QToolButton:disabled {{ background: #2a2d35; }}")


class HintPalette(Retranslatable, QWidget):
    """Preset swatches, "Other colour…", and an eyedropper toggle; shows the colour in use."""

    colourChanged = Signal(object)  # an (r, g, b) tuple
    pickToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HintPalette")
        self._colour: RGB = PRESETS["dancheong_red"]
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.swatches: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for key, rgb in PRESETS.items():
            button = QToolButton()
            button.setCheckable(True)
            button.setFixedSize(QSize(_SWATCH, _SWATCH))
            button.setStyleSheet(_swatch_style(rgb))
            button.clicked.connect(lambda _checked=False, c=rgb: self._choose(c))
            self.group.addButton(button)
            self.swatches[key] = button
            row.addWidget(button)
        self.swatches["dancheong_red"].setChecked(True)
        self.current = QLabel()
        self.current.setFixedSize(QSize(_SWATCH, 18))
        self.current_name = QLabel()
        self.current_name.setObjectName("ReportText")
        self.other_button = QPushButton()
        self.other_button.clicked.connect(self.choose_other)
        self.pick_button = QPushButton()
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self.pickToggled)
        row.addStretch(1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.current)
        chosen.addWidget(self.current_name, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.pick_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(chosen)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_current()

    def names(self) -> dict[str, str]:
        return {
            "dancheong_green": self.tr("Dancheong green"),
            "dancheong_red": self.tr("Dancheong red"),
            "sky_blue": self.tr("Sky blue"),
            "foliage_green": self.tr("Foliage green"),
            "skin": self.tr("Skin"),
            "wood_brown": self.tr("Wood brown"),
            "stone_grey": self.tr("Stone grey"),
            "gold": self.tr("Gold"),
        }

    def retranslate(self) -> None:
        for key, name in self.names().items():
            self.swatches[key].setToolTip(name)
            self.swatches[key].setAccessibleName(name)
        self.other_button.setText(self.tr("Other colour…"))
        self.other_button.setToolTip(self.tr("Choose any colour from the colour dialog"))
        self.pick_button.setText(self.tr("Pick from photo"))
        self.pick_button.setToolTip(
            self.tr("Click a point of the photo to paint with its colour "
                    "(taken from the clean original when there is one)")
        )
        self._show_current()

    def colour(self) -> RGB:
        return self._colour

    def set_colour(self, rgb: RGB) -> None:
        """Use ``rgb`` (from the dialog or the eyedropper); a preset stays ticked only if it is that colour."""
        rgb = (int(rgb[0]), int(rgb[1]), int(rgb[2]))
        self.group.setExclusive(False)
        for key, button in self.swatches.items():
            button.setChecked(PRESETS[key] == rgb)
        self.group.setExclusive(True)
        self._choose(rgb)

    def choose_other(self) -> None:
        chosen = QColorDialog.getColor(QColor(*self._colour), self.window(), self.tr("Colour for the hints"))
        if chosen.isValid():
            self.set_colour((chosen.red(), chosen.green(), chosen.blue()))

    def _choose(self, rgb: RGB) -> None:
        self._colour = rgb
        self._show_current()
        self.colourChanged.emit(rgb)

    def _show_current(self) -> None:
        self.current.setStyleSheet(
            "QLabel {{ background: rgb({}, {}, {}); border: 1px solid #e8c872; border-radius: 4px; }}".format(
                *self._colour
            )
        )
        name = next((self.names()[k] for k, c in PRESETS.items() if c == self._colour), None)
        hex_code = "#{:02x}{:02x}{:02x}".format(*self._colour)
        text = f"{name} ({hex_code})" if name else hex_code
        self.current_name.setText(text)
        self.current.setToolTip(text)
