"""A horizontal, touch-scrollable strip of sample thumbnails."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QScroller, QWidget

from app.content.gallery import GalleryItem as Thumb
from app.ui.qt_image import to_pixmap


class SampleStrip(QListWidget):
    sampleChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, icon_size: tuple[int, int] = (240, 180)) -> None:
        super().__init__(parent)
        self.setObjectName("SampleStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(*icon_size))
        self.setSpacing(10)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Flick-scrolling for touch screens at the kiosk.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.itemClicked.connect(lambda item: self.sampleChosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def set_thumbs(self, thumbs: list[Thumb]) -> None:
        self.clear()
        for thumb in thumbs:
            item = QListWidgetItem(QIcon(to_pixmap(thumb.pixels)), thumb.caption)
            item.setData(Qt.ItemDataRole.UserRole, thumb.key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setSizeHint(QSize(self.iconSize().width() + 16, self.iconSize().height() + 48))
            self.addItem(item)

    def captions(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def set_captions(self, captions: dict[str, str]) -> None:
        """Re-label items (language switch) without rebuilding the icons."""
        for i in range(self.count()):
            item = self.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key in captions:
                item.setText(captions[key])
