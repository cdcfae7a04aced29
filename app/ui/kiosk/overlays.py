"""Pages shown over or instead of an experience: the "Still there?" countdown and the resting card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class IdleOverlay(QWidget):
    """A dimmed full-window layer with a countdown; any touch keeps the visit going."""

    stay = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        self.title = QLabel(self)
        self.title.setObjectName("IdleTitle")
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("IdleMessage")
        self.message.setProperty("role", "overlay")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setObjectName("IdleCount")
        self.count.setProperty("role", "accent")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setProperty("multilingual", True)  # a number
        self.button = QPushButton(self)
        self.button.setObjectName("IdleStay")
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self.stay)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        self._seconds = 10
        self.retranslate()
        self.hide()

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.count.setText(str(seconds))
        self.count.setAccessibleName(str(seconds))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.message.setText(
            self.tr("Touch the screen to keep going. Otherwise we will start over for the next visitor.")
        )
        self.button.setText(self.tr("I'm still here"))
        self.button.setAccessibleName(self.button.text())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 242))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.stay.emit()


class RestingCard(QWidget):
    """Shown instead of an experience whose model could not load: calm, with a way back."""

    home = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestingCard")
        self.setProperty("kioskPage", True)
        self.title = QLabel(self)
        self.title.setObjectName("RestingTitle")
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("RestingMessage")
        self.message.setProperty("role", "muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("RestingHome")
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self.home)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("This activity is resting"))
        self.message.setText(self.tr("It will be back soon. Please try another one."))
        self.button.setText(self.tr("Back to the start"))
        self.button.setAccessibleName(self.button.text())
