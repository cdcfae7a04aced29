"""The audience view: what the projector shows, big, with the captions in both languages at once.

It only draws what the show hands it (:class:`~app.ui.presenter.prepare.Prepared`); until the next
step is ready it keeps showing the previous one, so a live step never shows a blank or a spinner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.presentation.script import Script
from app.ui.presenter.picture import Bars, Picture
from app.ui.presenter.prepare import Prepared
from app.ui.presenter.qr import qr_image
from app.ui.presenter.words import AFTER, BEFORE, NOT_SURE, SCAN, TAUGHT, both
from app.ui.widgets.fact_card import FactCardView
from app.ui.widgets.result_card import label_name

STYLE = """
#AudienceView, #AudienceShow, #AudienceBlack { background: #0b0b0d; }
#AudienceView QLabel { color: #f4f4f4; }
#AudienceView QLabel#CaptionSecond, #AudienceView QLabel#ClosingUrl { color: #e3b341; }
#AudienceView QTextBrowser { background: #18181b; color: #f4f4f4; border: none; padding: 12px; }
"""


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def _row(parent: QWidget, *widgets: QWidget, stretches: tuple[int, ...] = ()) -> QWidget:
    page = QWidget(parent)
    layout = QHBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(32)
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, stretches[number] if number < len(stretches) else 1)
    return page


class AudienceView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AudienceView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.languages: tuple[str, str] = ("ko", "en")
        self.show_title: dict[str, str] = {}
        self.current: Prepared | None = None
        self.black = False

        self.outer = QStackedWidget(self)
        show = QWidget(self.outer)
        show.setObjectName("AudienceShow")
        show.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        blank = QWidget(self.outer)
        blank.setObjectName("AudienceBlack")
        blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.outer.addWidget(show)
        self.outer.addWidget(blank)
        QVBoxLayout(self).addWidget(self.outer)
        self.layout().setContentsMargins(0, 0, 0, 0)

        self.pages = QStackedWidget(show)
        self.title = _label("ShowTitle", self.pages)
        self.picture = Picture(self.pages)
        self.card = FactCardView(self.pages)
        self.card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # nobody scrolls a projector
        self.left, self.right = Picture(self.pages), Picture(self.pages)
        self.heatmap, self.bars = Picture(self.pages), Bars(self.pages)
        self.sheet = Picture(self.pages)
        self.taught = _label("TaughtNote", self.pages)
        self.closing_title = _label("ClosingTitle", self.pages)
        self.url = _label("ClosingUrl", self.pages)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.qr = Picture(self.pages)
        closing = QWidget(self.pages)
        closing_layout = QVBoxLayout(closing)
        closing_layout.addWidget(self.closing_title, 2)
        closing_layout.addWidget(self.qr, 5)
        closing_layout.addWidget(self.url, 1)
        teach = QWidget(self.pages)
        teach_layout = QVBoxLayout(teach)
        teach_layout.setContentsMargins(0, 0, 0, 0)
        teach_layout.addWidget(self.sheet, 6)
        teach_layout.addWidget(self.taught, 1)
        self.page_of = {
            "title": self.pages.addWidget(self.title),
            "image": self.pages.addWidget(_row(self.pages, self.picture, self.card, stretches=(3, 2))),
            "pair": self.pages.addWidget(_row(self.pages, self.left, self.right)),
            "recognise": self.pages.addWidget(_row(self.pages, self.heatmap, self.bars, stretches=(3, 2))),
            "teach": self.pages.addWidget(teach),
            "closing": self.pages.addWidget(closing),
        }
        self.caption_first = _label("CaptionFirst", show)
        self.caption_second = _label("CaptionSecond", show)
        column = QVBoxLayout(show)
        column.setContentsMargins(48, 40, 48, 32)
        column.setSpacing(8)
        column.addWidget(self.pages, 1)
        column.addSpacing(16)
        column.addWidget(self.caption_first)
        column.addWidget(self.caption_second)

    def set_script(self, script: Script) -> None:
        self.languages = script.languages
        self.show_title = script.title
        self.card.language = script.languages[1]

    # -- what is shown -------------------------------------------------------------------------------
    def captions(self) -> tuple[str, str]:
        return self.caption_first.text(), self.caption_second.text()

    def show_prepared(self, prepared: Prepared) -> None:
        """Swap to ``prepared`` in one go (pictures and captions together)."""
        self.current = prepared
        step, images = prepared.step, prepared.images
        first, second = self.languages
        kind = step.kind
        if kind == "title":
            self.title.setText(f"{self.show_title.get(first, '')}\n{self.show_title.get(second, '')}".strip())
            page = "title"
        elif kind == "image":
            self.picture.set_pixels(images.get("image"))
            self.card.show_subject(step.subject, second)
            page = "image"
        elif kind in ("restore", "side_by_side"):
            if kind == "restore":
                before = images.get("before", images.get("image"))
                self.left.set_pixels(before, both(BEFORE, self.languages))
                self.right.set_pixels(images.get("after"), both(AFTER, self.languages) if "after" in images else "")
            else:
                self.left.set_pixels(images.get("left"))
                self.right.set_pixels(images.get("right"))
            page = "pair"
        elif kind == "recognise":
            shown = images.get("heatmap", images.get("photo", next(iter(images.values()), None)))
            self.heatmap.set_pixels(shown)
            self._show_bars(prepared)
            page = "recognise"
        elif kind == "teach":
            self.sheet.set_pixels(images.get("examples", next(iter(images.values()), None)))
            self._show_taught(prepared)
            page = "teach"
        else:
            self.closing_title.setText(f"{self.show_title.get(first, '')}\n{self.show_title.get(second, '')}".strip())
            self.url.setText(f"{both(SCAN, self.languages)}\n{step.url or ''}")
            self.qr.set_image(qr_image(step.url) if step.url else None)
            page = "closing"
        self.pages.setCurrentIndex(self.page_of[page])
        self.caption_first.setText(step.captions.get(first, ""))
        self.caption_second.setText(step.captions.get(second, ""))
        self._fit_fonts()

    def _show_bars(self, prepared: Prepared) -> None:
        rows = []
        for entry in prepared.data.get("labels", [])[:3]:
            names = [label_name(entry.get("id", ""), entry.get("name_en", ""), entry.get("name_ko", ""), language)
                     for language in self.languages]
            rows.append((" · ".join(dict.fromkeys(n for n in names if n)), float(entry.get("score", 0.0))))
        note = both(NOT_SURE, self.languages, "\n") if prepared.data.get("unknown") else ""
        self.bars.set_rows(rows, note)

    def _show_taught(self, prepared: Prepared) -> None:
        data = prepared.data
        if "cv_accuracy" not in data:
            self.taught.setText("")
            return
        photos = sum(int(n) for n in data.get("labels", {}).values())
        percent = int(float(data["cv_accuracy"]) * 100 + 1e-9)
        self.taught.setText(both(TAUGHT, self.languages, "\n", photos=photos, percent=percent))

    def set_black(self, black: bool) -> None:
        self.black = black
        self.outer.setCurrentIndex(1 if black else 0)

    # -- sizes that follow the screen -----------------------------------------------------------------
    def _fit_fonts(self) -> None:
        unit = max(12, self.height() // 40)
        sizes = {self.caption_first: int(unit * 1.9), self.caption_second: int(unit * 1.6), self.title: unit * 3,
                 self.closing_title: int(unit * 2.4), self.url: int(unit * 1.5), self.taught: int(unit * 1.2)}
        for label, size in sizes.items():
            font = label.font()
            font.setPixelSize(size)
            label.setFont(font)
        card_font = self.card.font()
        card_font.setPixelSize(int(unit * 0.85))
        self.card.setFont(card_font)
        bars_font = self.bars.font()
        bars_font.setPixelSize(int(unit * 1.2))
        self.bars.setFont(bars_font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_fonts()
