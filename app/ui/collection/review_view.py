"""The review view: the queue as a grid, decided from the keyboard alone.

A accept · R reject · C correct (type a name) · arrows or J/K move · Ctrl+Z undo. A with several
pictures selected (Shift+arrows) accepts them all in one step; "Accept all at or above" accepts every
picture in the queue the model scored that high. Each key does its catalogue work at once on the UI
thread: every operation is a few indexed statements (milliseconds, even at 50 000 pictures), so
the next picture is on screen before the finger is up.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.catalog.browse import answers, queued_scores, thumbnail_jpegs
from app.catalog.operations import Decided, accept, bulk_accept, correct, reject, review_queue, undo_last
from app.domain.errors import GyeongjuError
from app.ui.collection.correct_box import CorrectBox
from app.ui.collection.grid_view import ThumbGrid
from app.ui.collection.names import LabelNames
from app.ui.collection.review_model import ReviewModel
from app.ui.collection.session import CatalogSession
from app.ui.collection.thumbs import ThumbnailCache
from app.ui.retranslate import Retranslatable

PREVIEW = 256
_NEXT = {Qt.Key.Key_J: 1, Qt.Key.Key_K: -1}


class ReviewView(Retranslatable, QWidget):
    errorRaised = Signal(str)
    decided = Signal()  # the catalogue's decisions changed

    def __init__(self, session: CatalogSession, thumbs: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewView")
        self.session = session
        self.thumbs = thumbs
        self.names = LabelNames("en")
        self.model = ReviewModel(thumbs, lambda: session.catalog, self)
        self.grid = ThumbGrid()
        self.grid.setModel(self.model)
        self.grid.installEventFilter(self)
        self.remaining = QLabel()
        self.remaining.setObjectName("SectionTitle")
        self.accept_selected = QPushButton()
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSingleStep(5)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(90)
        self.accept_above = QPushButton()
        self.undo_button = QPushButton()
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW, PREVIEW * 3 // 4)
        self.caption = QLabel()
        self.caption.setObjectName("SectionTitle")
        self.caption.setWordWrap(True)
        self.answers = QLabel()
        self.answers.setWordWrap(True)
        self.correct_box = CorrectBox()
        self.correct_box.setVisible(False)
        self.keys = QLabel()
        self.keys.setObjectName("InfoLine")
        self.keys.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("ReportText")
        self.status.setWordWrap(True)
        #: Milliseconds the last key's catalogue work and grid update took (for the scale check).
        self.last_key_ms = 0.0

        side = QWidget()
        side.setObjectName("ReviewSide")
        side_layout = QVBoxLayout(side)
        for widget in (self.preview, self.caption, self.answers, self.correct_box, self.status):
            side_layout.addWidget(widget)
        side_layout.addStretch(1)
        side_layout.addWidget(self.keys)
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        bar = QHBoxLayout()
        bar.addWidget(self.remaining, 1)
        bar.addWidget(self.accept_selected)
        bar.addWidget(self.accept_above)
        bar.addWidget(self.threshold)
        bar.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self._quiet = False  # set while a decision updates the grid: the side panel is refreshed once, after
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._quiet or self._show_current())
        self.accept_selected.clicked.connect(self.accept_current)
        self.accept_above.clicked.connect(self.accept_at_or_above)
        self.undo_button.clicked.connect(self.undo)
        self.correct_box.chosen.connect(self._correct_chosen)
        self.correct_box.dismissed.connect(self._close_correct)
        self.thumbs.ready.connect(self.grid.repaint_items)
        self.thumbs.ready.connect(self._thumbnails_arrived)
        self.retranslate()

    def retranslate(self) -> None:
        self.grid.texts = {"unreadable": self.tr("Cannot be read"), "missing": self.tr("File missing")}
        self.accept_selected.setText(self.tr("Accept selected (A)"))
        self.accept_above.setText(self.tr("Accept all at or above"))
        self.accept_above.setToolTip(self.tr("Accept every picture in the queue whose AI score is at least this"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.correct_box.setPlaceholderText(self.tr("Type the right name, then Enter (Esc to cancel)"))
        self.keys.setText(self.tr(
            "Keys: A accept · R reject · C correct · arrows or J/K move · Shift+arrows select · Ctrl+Z undo"
        ))
        self._show_remaining()
        self._show_current()

    def set_language(self, language: str) -> None:
        self.names = LabelNames(language)
        self.model.name_of = self.names.name
        self.model.language = language
        self.model.forget_all()
        self.grid.set_name_of(self.names.name)
        self.correct_box.set_names([name for _, name in self.names.choices()])
        self._show_current()

    # -- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        self._show_remaining()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self._show_current()

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.grid.scrollTo(index)

    def current_item(self) -> int | None:
        index = self.grid.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def selected_items(self) -> list[int]:
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.model.item_id(r) for r in rows]

    def _show_remaining(self) -> None:
        if self.session.catalog is None:
            self.remaining.setText("")
        else:
            self.remaining.setText(self.tr("To review: {0}").format(self.model.remaining))
        self.undo_button.setEnabled(self.session.catalog is not None)

    def _show_current(self) -> None:
        index = self.grid.currentIndex()
        card = self.model.card(index.row()) if index.isValid() else None
        if card is None:
            self.preview.clear()
            self.caption.setText(self.tr("Nothing to review.") if self.session.catalog is not None else "")
            self.answers.setText("")
            return
        self.caption.setText(html.escape(card.title or card.file_name))
        score = self.model.score(index.row())
        best = html.escape(self.names.name(card.label or ""))
        text = self.tr("AI suggests <b>{0}</b> ({1})").format(best, f"{score:.0%}")
        catalog = self.session.catalog
        others = [a for a in answers(catalog, card.item_id) if a[0] != card.label] if catalog is not None else []
        if others:
            text += "<br>" + self.tr("Other candidates: {0}").format(", ".join(
                f"{html.escape(self.names.name(label))} {value:.0%}" for label, value in others))
        self.answers.setText(text)
        jpeg = thumbnail_jpegs(catalog, [card.item_id]).get(card.item_id) if catalog is not None else None
        image = QImage.fromData(jpeg, "JPEG") if jpeg else self.thumbs.image(card.item_id)
        if image is None or image.isNull():
            self.preview.setText("…")
            return
        # Stored thumbnails are at most 256 px: shown as they are (scaling one up would only blur it).
        self.preview.setPixmap(QPixmap.fromImage(image))

    def _thumbnails_arrived(self, ids: list[int]) -> None:
        if self.current_item() in ids:
            self._show_current()

    # -- keys ----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.grid and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handle_key(event)
        return super().eventFilter(watched, event)

    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        plain = not mods & ~Qt.KeyboardModifier.KeypadModifier
        if event.matches(QKeySequence.StandardKey.Undo):
            self._timed(self.undo)
            return True
        if not plain:
            return False
        if key == Qt.Key.Key_A:
            self._timed(self.accept_current)
        elif key == Qt.Key.Key_R:
            self._timed(self.reject_current)
        elif key == Qt.Key.Key_C:
            self.open_correct()
        elif key in _NEXT:
            row = self.grid.currentIndex().row() + _NEXT[key]
            if 0 <= row < self.model.rowCount():
                self.select_row(row)
            elif row >= self.model.rowCount() and self.model.canFetchMore():
                self.model.fetchMore()
                if row < self.model.rowCount():
                    self.select_row(row)
        else:
            return False
        return True

    def _timed(self, action: Callable[[], object]) -> None:
        started = time.perf_counter()
        action()
        self.last_key_ms = (time.perf_counter() - started) * 1000

    # -- decisions -----------------------------------------------------------------------------------
    def _decide(self, act: Callable[[], Decided], done: Callable[[Decided], str]) -> Decided | None:
        if self.session.catalog is None:
            return None
        row = self.grid.currentIndex().row()
        try:
            decided = act()
        except GyeongjuError as exc:
            self.errorRaised.emit(str(exc))
            return None
        self._quiet = True
        try:
            self.model.remaining -= self.model.remove_items(decided.items)
            if self.model.rowCount() == 0 and self.model.canFetchMore():
                self.model.fetchMore()
            if self.model.rowCount():
                self.select_row(min(max(row, 0), self.model.rowCount() - 1))
        finally:
            self._quiet = False
        self._show_remaining()
        self._show_current()
        self.status.setText(done(decided))
        self.decided.emit()
        return decided

    def accept_current(self) -> None:
        catalog = self.session.catalog
        items = self.selected_items() or ([self.current_item()] if self.current_item() is not None else [])
        if catalog is None or not items:
            return
        if len(items) == 1:
            self._decide(lambda: accept(catalog, items[0]), lambda d: self.tr("Accepted “{0}”.").format(
                self.names.name(d.labels[0])))
        else:
            self._decide(lambda: bulk_accept(catalog, items),
                         lambda d: self.tr("Accepted the {0} selected pictures.").format(len(d.items)))

    def reject_current(self) -> None:
        catalog, item = self.session.catalog, self.current_item()
        if catalog is not None and item is not None:
            self._decide(lambda: reject(catalog, item), lambda d: self.tr("Rejected “{0}”.").format(
                self.names.name(d.labels[0])))

    def open_correct(self) -> None:
        if self.current_item() is not None:
            self.correct_box.open()

    def _close_correct(self) -> None:
        self.correct_box.setVisible(False)
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _correct_chosen(self, text: str) -> None:
        catalog, item = self.session.catalog, self.current_item()
        if catalog is None or item is None:
            return
        # The UI language's name first; any other language (or an id) is resolved by the catalogue.
        label = self.names.label_for(text) or text
        started = time.perf_counter()
        decided = self._decide(lambda: correct(catalog, item, label), lambda d: self.tr("Corrected to “{0}”.").format(
            self.names.name(d.labels[0])))
        self.last_key_ms = (time.perf_counter() - started) * 1000
        if decided is not None:
            self._close_correct()

    def accept_at_or_above(self) -> None:
        catalog = self.session.catalog
        if catalog is None:
            return
        threshold = self.threshold.value() / 100
        try:
            decided = bulk_accept(catalog, min_score=threshold)
        except GyeongjuError as exc:
            self.errorRaised.emit(str(exc))
            return
        self.reload()
        self.status.setText(self.tr("Accepted every picture scored at or above the threshold: {0} in all.").format(
            len(decided.items)))
        self.decided.emit()

    def undo(self) -> None:
        catalog = self.session.catalog
        if catalog is None:
            return
        try:
            undone = undo_last(catalog)
        except GyeongjuError as exc:
            self.errorRaised.emit(str(exc))
            return
        back = -1
        ids = list(dict.fromkeys(undone.items))
        scores = queued_scores(catalog, ids)
        self._quiet = True
        try:
            self.model.forget(ids)
            for item_id, score in scores.items():
                row = self.model.put_back(item_id, score)
                back = row if row >= 0 else back
            if back >= 0:
                self.select_row(back)
        finally:
            self._quiet = False
        self.model.remaining = review_queue(catalog, limit=1).remaining
        self._show_remaining()
        self._show_current()
        self.status.setText(self.tr("Undone: the last decision was taken back."))
        self.decided.emit()
