""" "What does the AI see?": a photo, the AI's top answers as bars, where it looked, and why it can be wrong.

The default heritage-type tagger answers with calibrated probabilities (the bars never add up to more
than 100 %: the rest is "something else"); when it is not sure it says "I don't know". The Grad-CAM
heat-map shows where it looked. When the museum's reference gallery recognises the subject, its fact
card appears in the visitor's language.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.kiosk.experience_photos import SHOWCASE_SUBJECTS, clean_photo, everyday_photo, fit_within
from app.kiosk.see_game import BLANK, SeeAnswer, Seer, load_seer
from app.ui.kiosk.experiences.common import AiExperience, big_button, photo_button, shared_model
from app.ui.kiosk.experiences.zoom import TOUCH_EVENTS, PhotoZoom
from app.ui.kiosk.services import KioskServices
from app.ui.qt_image import to_pixmap
from app.ui.widgets.fact_card import FactCardView

PHOTO_SIZE = (800, 600)
THUMB = QSize(128, 96)


def type_name(type_id: str, name_en: str, language: str) -> str:
    """A heritage type's name in ``language``: the taxonomy's when it has that language, else the kiosk's."""
    try:
        from app.content.taxonomy import load_taxonomy

        heritage_type = load_taxonomy().type_by_id(type_id)
        if heritage_type.names.has(language):
            return heritage_type.names.get(language)
    except Exception:  # noqa: BLE001 - content problems fall back to the translated English name
        pass
    return QCoreApplication.translate("KioskHeritageTypes", name_en)


class PhotoView(QWidget):
    """A photo scaled to fit, aspect kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.pixmap = QPixmap()
        self.placeholder = ""
        self.zoom = PhotoZoom()
        self._drag: QPointF | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)

    def set_photo(self, pixels: np.ndarray | None) -> None:
        # The heat-map of the same photo keeps the zoom; ``look_at`` resets it for another photo.
        if pixels is None:
            self.zoom.reset()
        self.pixmap = QPixmap() if pixels is None else to_pixmap(pixels)
        self.update()

    def fitted_rect(self) -> QRectF:
        if self.pixmap.isNull():
            return QRectF()
        scale = min(self.width() / self.pixmap.width(), self.height() / self.pixmap.height())
        w, h = self.pixmap.width() * scale, self.pixmap.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    # -- zoom: two fingers or the wheel; one finger (or the mouse) moves a zoomed photo ------------

    def event(self, event: QEvent) -> bool:
        if event.type() in TOUCH_EVENTS and not self.pixmap.isNull():
            self.zoom.touch(event, self.fitted_rect(), self._single_touch)  # type: ignore[arg-type]
            self.update()
            return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if not self.pixmap.isNull():
            self.zoom.wheel(event, self.fitted_rect())
            self.update()

    def _single_touch(self, kind: str, position: QPointF) -> None:
        if kind == "move" and self._drag is not None:
            self.zoom.pan(position - self._drag, self.fitted_rect())
            self.update()
        self._drag = position if kind != "release" else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._single_touch("press", event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._single_touch("move", event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._single_touch("release", event.position())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.pixmap.isNull():
            painter.setPen(QColor("#f6efe4"))
            font = QFont(painter.font())
            font.setPixelSize(max(18, self.height() // 18))
            painter.setFont(font)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        painter.drawPixmap(self.zoom.view(self.fitted_rect()), self.pixmap, QRectF(self.pixmap.rect()))


class AnswerBar(QWidget):
    """One answer: its name, a bar as long as its probability, and the percentage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(48)  # three bars and the verdict must fit beside the photo at 1080 px
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.name = ""
        self.score = 0.0
        self.percent = ""
        self.muted = False

    def is_blank(self) -> bool:
        """No answer on this bar: it keeps its place but paints nothing.

        Bars are never hidden: showing and hiding three widgets on every photo re-laid out the page
        each time, a visible freeze on a busy kiosk.
        """
        return not self.name

    def set_answer(self, name: str, score: float, percent: str, muted: bool) -> None:
        self.name, self.score, self.percent, self.muted = name, score, percent, muted
        self.setAccessibleName(f"{name} {percent}".strip())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.is_blank():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2b241e"))
        painter.drawRoundedRect(rect, 14, 14)
        if self.score > 0:
            fill = QRectF(rect.left(), rect.top(), max(28.0, rect.width() * self.score), rect.height())
            painter.setBrush(QColor("#6b6257") if self.muted else QColor("#e3b65c"))
            painter.drawRoundedRect(fill, 14, 14)
        font = QFont(painter.font())
        font.setPixelSize(max(18, int(rect.height() * 0.36)))
        font.setBold(True)
        painter.setFont(font)
        inner = rect.adjusted(20, 0, -20, 0)
        # Text sits on the bar (dark on gold) or on the empty track (light on brown): draw it twice, clipped.
        cut = rect.left() + rect.width() * self.score
        for clip, colour in (
            (QRectF(rect.left(), rect.top(), cut - rect.left(), rect.height()), "#1a140f"),
            (QRectF(cut, rect.top(), rect.right() - cut, rect.height()), "#f6efe4"),
        ):
            painter.save()
            painter.setClipRect(clip)
            painter.setPen(QColor("#f6efe4" if self.muted else colour))
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.name)
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self.percent)
            painter.restore()
        painter.end()


class SeeExperience(AiExperience):
    experience_id = "see"
    title = "What does the AI see?"

    #: Builds the tagger (worker thread); replaced in tests.
    load_seer = staticmethod(load_seer)

    def __init__(self, services: KioskServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._seer: Seer | None = None
        self._loading = False
        self.answer: SeeAnswer | None = None
        self.look_seconds: list[float] = []
        self._choices: list[tuple[str, np.ndarray]] = []  # (key, photo)

        self.photo = PhotoView()
        self.photo.setObjectName("SeePhoto")
        self.heat = big_button(checkable=True, name="SeeHeatmap")
        self.heat.setChecked(True)
        self.heat.toggled.connect(self._show_photo)
        self.verdict = QLabel()
        self.verdict.setObjectName("SeeVerdict")
        self.verdict.setProperty("role", "title")
        self.verdict.setWordWrap(True)
        self.bars = [AnswerBar() for _ in range(3)]
        self.rest = QLabel()
        self.rest.setObjectName("SeeRest")
        self.rest.setProperty("role", "muted")
        self.rest.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("SeeWhyWrong")
        self.why.setWordWrap(True)
        # Wrapped text must take the column's width, never ask for the width of its longest line.
        for label in (self.verdict, self.rest, self.why):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.card = FactCardView()
        # It scrolls: a short card on a crowded 1080p screen beats a page taller than the screen.
        self.card.setMinimumHeight(64)
        self.card.hide()

        self.strip = QHBoxLayout()
        self.strip.setSpacing(12)
        self.strip_group = QButtonGroup(self)
        self.strip_group.setExclusive(True)
        strip_box = QWidget()
        strip_box.setLayout(self.strip)
        scroller = QScrollArea()
        scroller.setWidget(strip_box)
        scroller.setWidgetResizable(True)
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFixedHeight(THUMB.height() + 44)  # the thumbnails' padding and a thin scroll bar
        self.scroller = scroller

        scroller.setObjectName("SeeStrip")
        strip_box.setObjectName("SeeStripBox")
        scroller.setStyleSheet("QScrollArea#SeeStrip, QWidget#SeeStripBox { background: transparent; }")
        scroller.viewport().setAutoFillBackground(False)
        right = QVBoxLayout()
        right.addWidget(self.verdict)
        for bar in self.bars:
            right.addWidget(bar)
        right.addWidget(self.rest)
        right.addWidget(self.card, 1)
        right.addStretch(0)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMaximumWidth(760)
        self._right_box = right_box
        # "Why it can be wrong" sits under the photo: the answer column holds the verdict, the bars and the
        # fact card, and the page fits a 1080-pixel-high screen (it needed ~1 330 px with all of it on the right).
        left = QVBoxLayout()
        left.addWidget(self.photo, 1)
        left.addWidget(self.why)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addWidget(right_box, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.heat)
        bottom.addWidget(scroller, 1)
        self.heat.setMaximumWidth(640)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 12, 0, 12)
        column.addLayout(top, 1)
        column.addLayout(bottom)
        self._show_answer()
        self.retranslate(services.language)

    # -- loading ----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self.ensure_loaded()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """The answer column and the heat-map toggle grow with the type (4K screens draw it twice as big)."""
        super().resizeEvent(event)
        self._right_box.setMaximumWidth(max(760, self.width() * 2 // 5))
        self.heat.setMaximumWidth(max(640, self.width() // 3))
        self.heat.setMinimumWidth(min(self.heat.sizeHint().width(), self.heat.maximumWidth()))

    def ensure_loaded(self) -> None:
        if self._seer is not None or self._loading or self._resting:
            return
        self._loading = True
        loader, content_dir = self.load_seer, self.services.content_dir

        def work(progress, cancel):  # noqa: ANN001, ANN202
            seer = shared_model(loader)
            photos = []
            for subject in SHOWCASE_SUBJECTS:
                cancel.raise_if_cancelled()
                photos.append((subject, clean_photo(content_dir, subject, *PHOTO_SIZE)))
            cat = everyday_photo(*PHOTO_SIZE)
            if cat is not None:
                photos.append(("everyday", cat))
            if photos:
                seer(photos[0][1])  # builds the fast int8 path now, so the visitor's first look is quick
            return seer, photos

        self.photo.placeholder = self.tr("Getting the AI ready…")
        self.run_ai("Prepare the AI that looks", work, self._loaded, on_error=self._load_failed)

    def _loaded(self, payload) -> None:  # noqa: ANN001
        self._loading = False
        self._seer, photos = payload
        self._choices = photos
        while self.strip.count():
            item = self.strip.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for index, (key, pixels) in enumerate(photos):
            button = photo_button(fit_within(pixels, THUMB.width(), THUMB.height()), THUMB, f"SeeChoice_{key}")
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            self.strip_group.addButton(button)
            self.strip.addWidget(button)
        self.strip.addStretch(1)
        self._retranslate_choices()
        if photos:
            self.choose(0)

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.go_resting(message)

    # -- looking ----------------------------------------------------------------------------------

    def choose(self, index: int) -> None:
        """The visitor tapped photo ``index`` of the strip."""
        if not 0 <= index < len(self._choices):
            return
        button = self.strip_group.buttons()[index]
        button.setChecked(True)
        self.look_at(self._choices[index][1])

    def look_at(self, image: np.ndarray) -> None:
        """Ask the AI about ``image`` (worker thread); the answer replaces the previous one."""
        if self._seer is None:
            return
        seer = self._seer
        self.answer = None
        self.photo.zoom.reset()  # another photo starts whole
        self.photo.set_photo(image)
        self._show_answer(thinking=True)
        self.generation += 1  # only the newest photo's answer is shown
        self.cancel_jobs()

        def work(progress, cancel) -> tuple[SeeAnswer, float]:  # noqa: ANN001
            started = time.perf_counter()
            return seer(image), time.perf_counter() - started

        self.run_ai("Look at a photo", work, self._answered, action="look")

    def _answered(self, payload: tuple[SeeAnswer, float]) -> None:
        self.answer, seconds = payload
        self.look_seconds.append(seconds)
        self._show_answer()
        self._show_photo()

    def _show_photo(self) -> None:
        if self.answer is not None:
            self.photo.set_photo(self.answer.overlay if self.heat.isChecked() else self.answer.photo)

    def _show_answer(self, thinking: bool = False) -> None:
        answer, language = self.answer, self.services.language
        locale = QLocale(language)
        # Once there is an answer the "pick a photo" hint has done its job; its line goes to the answer.
        self.hint.setVisible(answer is None)
        if answer is None:
            # No "pick a photo below" before there are photos below (the photo area says the AI is getting ready).
            idle_text = self.tr("Pick a photo below.") if self._choices else ""
            self.verdict.setText(self.tr("Let me look…") if thinking else idle_text)
            for bar in self.bars:
                bar.set_answer("", 0.0, "", True)
            self.rest.setText("")
            self.card.hide()
            self.heat.setEnabled(False)
            return
        self.heat.setEnabled(True)
        top = answer.top
        if answer.unknown or top is None:
            self.verdict.setText(self.tr("I don't know."))
        else:
            self.verdict.setText(self.tr("I think it is: %1").replace("%1", type_name(top.id, top.name_en, language)))
        for bar, item in zip(self.bars, (*answer.bars, None, None, None), strict=False):
            if item is None:
                bar.set_answer("", 0.0, "", True)
                continue
            bar.set_answer(
                type_name(item.id, item.name_en, language),
                item.score,
                locale.toString(round(100 * item.score)) + " %",
                answer.unknown,
            )
        rest = max(0.0, 1.0 - sum(b.score for b in answer.bars))
        self.rest.setText(self.tr("Something else: %1 %").replace("%1", locale.toString(round(100 * rest))))
        if BLANK in answer.reasons:
            self.why.setText(self.tr("There is almost nothing to see in this photo, so the AI does not guess."))
        elif answer.unknown:
            self.why.setText(
                self.tr(
                    "None of its guesses is sure enough, so it says so instead of guessing. "
                    "It only knows the heritage it learned from."
                )
            )
        else:
            self.why.setText(
                self.tr(
                    "It can be wrong: it learned from drawings and a few photos, so an unusual "
                    "angle, light or object can fool it."
                )
            )
        if answer.subject_id:
            self.card.show_subject(answer.subject_id, language)
            self.card.show()
        else:
            self.card.hide()

    # -- visitor state ----------------------------------------------------------------------------

    def reset(self) -> None:
        super().reset()
        # A reset cancels a load still running (its result is dropped): without this the experience
        # would say "Getting the AI ready" for ever after an idle reset during the first load.
        self._loading = False
        self.answer = None
        self.look_seconds = []
        self.heat.setChecked(True)
        self.photo.set_photo(None)
        self.card.show_subject(None, self.services.language)
        self._show_answer()
        if self._seer is not None and self._choices:
            self.choose(0)
        elif self.isVisible():
            self.ensure_loaded()

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.heading.setText(self.tr("What does the AI see?"))
        self.hint.setText(self.tr("Pick a photo. The AI says what it thinks it shows and how sure it is."))
        self.heat.setText(self.tr("Show where the AI looked"))
        self.heat.setAccessibleName(self.heat.text())
        # The toggle's label is long in some languages: it must never be cut.
        self.heat.ensurePolished()  # the kiosk style sheet sets the font the text is measured in
        self.heat.setMinimumWidth(min(self.heat.sizeHint().width(), self.heat.maximumWidth()))
        self.photo.placeholder = self.tr("Getting the AI ready…")
        self.photo.setAccessibleName(self.tr("The photo the AI looks at"))
        self._retranslate_choices()
        self._show_answer(thinking=self.busy())
        if self.card.isVisible():
            self.card.set_language(language)

    def _retranslate_choices(self) -> None:
        for button, (key, _) in zip(self.strip_group.buttons(), self._choices, strict=False):
            if key == "everyday":
                button.setAccessibleName(self.tr("An everyday photo"))
            else:
                try:
                    from app.content.taxonomy import load_taxonomy

                    name = load_taxonomy().subject_by_id(key).names.get(self.services.language)
                except Exception:  # noqa: BLE001 - a name is a nicety
                    name = key
                button.setAccessibleName(name)
