"""A column of tools that scrolls vertically: its body widget and the scroll area around it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


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


class ToolScrollArea(QScrollArea):
    """Scrolls ``body`` vertically and is never narrower than ``body`` needs.

    Horizontal scrolling is off, so a body wider than the viewport is simply cut off on the right.
    QScrollArea's own minimum width ignores its widget, and a column around it held to a fixed
    width could be narrower than a language's texts need. Here the minimum width is the body's
    plus the vertical scroll bar's, reserved even while the bar is hidden: the bar appears when
    a box opens or a report grows, and then covers nothing.
    """

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        frame = self.contentsMargins()
        need = (max(body.minimumSizeHint().width(), body.minimumWidth()) + self.verticalScrollBar().sizeHint().width()
                + frame.left() + frame.right())
        return QSize(max(hint.width(), need), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # QScrollArea watches its widget already; when the body's layout changes (new texts after a
        # language switch, a box shown), the column around this area must hear of the new minimum.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)
