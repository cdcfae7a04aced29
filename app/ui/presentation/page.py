"""Presentation mode for delegations: a projector-friendly showcase of the samples."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.retranslate import Retranslatable
from app.ui.widgets.showcase import Showcase


class PresentationPage(Retranslatable, Showcase):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("PresentationPage", parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Home"))
        self.heading.setText(self.tr("Presentation — Gyeongju heritage × AI"))
