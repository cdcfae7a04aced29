"""The start screen: title, the three modes, and the heritage sample gallery."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.ui.retranslate import Retranslatable
from app.ui.widgets.sample_strip import SampleStrip


class ModeCard(QPushButton):
    """A large touch-friendly button with a title and an explanation that wraps.

    A push button's own text never wraps, so a longer translation ("For curators: tag, restore and
    export collections") was cut off at both ends; the texts are word-wrapped labels inside the
    button instead, transparent to the mouse so a touch anywhere still presses the button.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("class", "mode-card")
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title_label = QLabel()
        self.title_label.setObjectName("ModeCardTitle")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("ModeCardDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addStretch(1)
        for label in (self.title_label, self.detail_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            layout.addWidget(label)
        layout.addStretch(1)

    def set_texts(self, title: str, detail: str) -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)


class StartScreen(Retranslatable, QWidget):
    modeChosen = Signal(str)
    sampleChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")
        # The bilingual title is fixed: a visitor sees both scripts whatever the UI language.
        self.title = QLabel("경주 문화유산 AI · Gyeongju Heritage AI")
        self.title.setObjectName("AppTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("AppSubtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.cards = {
            "studio": ModeCard("StudioCard"),
            "exhibition": ModeCard("ExhibitionCard"),
            "presentation": ModeCard("PresentationCard"),
        }
        cards_row = QHBoxLayout()
        cards_row.setSpacing(24)
        for mode, card in self.cards.items():
            card.clicked.connect(lambda _=False, m=mode: self.modeChosen.emit(m))
            cards_row.addWidget(card)
        self.gallery_title = QLabel()
        self.gallery_title.setObjectName("SectionTitle")
        self.samples = SampleStrip()
        self.samples.sampleChosen.connect(self.sampleChosen)
        self.footer = QLabel()
        self.footer.setObjectName("Footer")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 24)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(cards_row, 3)
        layout.addWidget(self.gallery_title)
        layout.addWidget(self.samples, 4)
        layout.addWidget(self.footer)
        self.retranslate()

    def retranslate(self) -> None:
        self.subtitle.setText(
            self.tr("Restore and recognise the treasures of the Silla capital with AI that runs on this computer.")
        )
        self.cards["studio"].set_texts(
            self.tr("Studio"), self.tr("For curators: tag, restore and export collections")
        )
        self.cards["exhibition"].set_texts(
            self.tr("Exhibition"), self.tr("For visitors: touch a treasure and discover it")
        )
        self.cards["presentation"].set_texts(
            self.tr("Presentation"), self.tr("For delegations: a guided demonstration")
        )
        self.gallery_title.setText(self.tr("Gyeongju heritage samples (illustrative renderings)"))
        self.footer.setText(
            self.tr("APEC AI Initiative 2026–2030 · innovation, inclusion, trust, cooperation · runs fully offline")
        )
