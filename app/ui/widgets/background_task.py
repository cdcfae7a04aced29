"""A status-bar indicator for work the app does on its own (e.g. preparing the sample images).

Shows what is being prepared and how far it is, so a fresh machine never looks frozen, and
disappears when the work is done. A failure is one plain sentence that stays until dismissed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BackgroundTask(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackgroundTask")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def started(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setValue(0)
        self.bar.show()
        self.show()

    def progressed(self, text: str, fraction: float) -> None:
        self.label.setText(text)
        self.bar.setValue(round(100 * max(0.0, min(1.0, fraction))))

    def failed(self, text: str) -> None:
        self.label.setText(text)
        self.bar.hide()
        self.show()

    def done(self) -> None:
        self.hide()
