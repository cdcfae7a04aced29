"""A large image with a caption and a sample strip: the empty state of Exhibition and Presentation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.fact_card import FactCardView
from app.ui.widgets.image_view import ImageView
from app.ui.widgets.sample_strip import SampleStrip, Thumb


class Showcase(QWidget):
    """Title bar with a back button, one big image, its caption, and thumbnails to pick another."""

    backRequested = Signal()
    sampleChosen = Signal(str)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.back = QPushButton()
        self.back.setObjectName("BackButton")
        self.back.setMinimumHeight(48)
        self.back.clicked.connect(self.backRequested)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        self.view = ImageView()
        self.view.setDragMode(ImageView.DragMode.NoDrag)
        self.caption = QLabel()
        self.caption.setObjectName("Caption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.strip = SampleStrip()
        self.strip.setMaximumHeight(250)
        self.strip.sampleChosen.connect(self.sampleChosen)
        self.card = FactCardView()
        self.card.setMinimumWidth(380)
        self.card.setMaximumWidth(520)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 3)
        middle.addWidget(self.card, 1)
        layout.addLayout(middle, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.strip)

    def set_thumbs(self, thumbs: list[Thumb]) -> None:
        self.strip.set_thumbs(thumbs)

    def show_sample(self, pixels, subject_id: str, language: str) -> None:  # noqa: ANN001 - numpy array
        """Display a sample image with its fact card in ``language``."""
        self.view.set_image(pixels)
        self.card.show_subject(subject_id, language)
        self.shown_subject = subject_id
