"""Content widget for a QScrollArea whose layout holds word-wrapped text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class ScrollBody(QWidget):
    """Asks for the height its layout needs at its current width.

    A resizable QScrollArea gives its widget the widget's minimum size hint, which ignores
    height-for-width: once a word-wrapped label (a report, a status) grows, the layout has less
    room than it needs and squeezes fixed-height buttons until their text is cut. Raising the
    minimum height to ``heightForWidth`` makes the scroll area scroll instead.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A QWidget subclass paints its style-sheet background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
