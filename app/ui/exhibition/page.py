"""Exhibition (kiosk) mode: large, touch-first, multilingual; shows the heritage samples."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.retranslate import Retranslatable
from app.ui.widgets.showcase import Showcase


class ExhibitionPage(Retranslatable, Showcase):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ExhibitionPage", parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Home"))
        self.heading.setText(self.tr("Exhibition — touch a treasure to discover it"))
