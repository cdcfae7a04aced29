""" "Teach the AI": pick two groups, sort photos into them, and watch the AI learn and guess new photos.

The visitor drags each photo into a bin (or taps the bin). After every photo the model is refitted on
what was sorted (``app/kiosk/teach_game.py``: the nearest-centroid head of teach-by-example on the
app's backbone embeddings), guesses photos it has never seen, and the accuracy line grows.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.jobs import Job
from app.kiosk.teach_game import (
    PAIRS,
    Embedder,
    TeachGame,
    TeachPair,
    TeachRound,
    backbone_embedder,
    prepared_game,
    render_photo,
)
from app.ui.kiosk.experiences.common import AiExperience, big_button, shared_model
from app.ui.kiosk.services import KioskServices, start_job
from app.ui.qt_image import to_pixmap

_warmed: set[tuple[object, ...]] = set()
GOLD, TEXT, RIGHT, WRONG = "#e3b65c", "#f6efe4", "#5fd08a", "#ff7b6b"


def group_name(name_en: str) -> str:
    """A group's name in the current language (context ``KioskTeachGroups``)."""
    return QCoreApplication.translate("KioskTeachGroups", name_en)


class DragCard(QWidget):
    """The photo to sort: drag it onto a bin (or tap a bin). Emits ``dropped`` with the global drop point."""

    dropped = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeachCard")
        self.setMinimumSize(300, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.pixmap = QPixmap()
        self.placeholder = ""
        self._press: QPointF | None = None
        self._offset = QPointF()

    def set_photo(self, pixels: np.ndarray | None) -> None:
        self.pixmap = QPixmap() if pixels is None else to_pixmap(pixels)
        self._offset = QPointF()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and not self.pixmap.isNull():
            self._press = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is not None:
            self._offset = event.position() - self._press
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        self._press = None
        moved = self._offset.manhattanLength() > 30
        self._offset = QPointF()
        self.update()
        if moved:
            self.dropped.emit(self.mapToGlobal(event.position().toPoint()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.pixmap.isNull():
            painter.setPen(QColor(TEXT))
            font = QFont(painter.font())
            font.setPixelSize(max(18, self.height() // 12))
            painter.setFont(font)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        scale = min(self.width() / self.pixmap.width(), self.height() / self.pixmap.height()) * 0.92
        w, h = self.pixmap.width() * scale, self.pixmap.height() * scale
        target = QRectF((self.width() - w) / 2 + self._offset.x(), (self.height() - h) / 2 + self._offset.y(), w, h)
        painter.setPen(QPen(QColor(GOLD), 6))
        painter.drawRoundedRect(target.adjusted(-4, -4, 4, 4), 12, 12)
        painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        painter.end()


class GuessTile(QWidget):
    """One held-back photo with the AI's guess under it (green when right, red when wrong)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(120, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.pixmap = QPixmap()
        self._pixels: np.ndarray | None = None
        self.caption = ""
        self.right: bool | None = None

    def clear(self) -> None:
        if self._pixels is not None or self.caption:
            self._pixels, self.pixmap, self.caption, self.right = None, QPixmap(), "", None
            self.setAccessibleName("")
            self.update()

    def set_tile(self, pixels: np.ndarray, caption: str, right: bool | None) -> None:
        same_photo = pixels is self._pixels  # the same test photo every round: convert it once
        if not same_photo:
            self._pixels = pixels
            self.pixmap = to_pixmap(pixels)
        if same_photo and (caption, right) == (self.caption, self.right):
            return
        self.caption, self.right = caption, right
        self.setAccessibleName(caption)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPixelSize(max(16, min(26, self.height() // 6)))
        font.setBold(True)
        painter.setFont(font)
        text_h = painter.fontMetrics().height() + 8
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4 - text_h)
        if not self.pixmap.isNull():
            scale = min(area.width() / self.pixmap.width(), area.height() / self.pixmap.height())
            w, h = self.pixmap.width() * scale, self.pixmap.height() * scale
            target = QRectF(area.left() + (area.width() - w) / 2, area.top() + (area.height() - h) / 2, w, h)
            painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
            if self.right is not None:
                painter.setPen(QPen(QColor(RIGHT if self.right else WRONG), 6))
                painter.drawRoundedRect(target.adjusted(-2, -2, 2, 2), 8, 8)
        colour = TEXT if self.right is None else (RIGHT if self.right else WRONG)
        painter.setPen(QColor(colour))
        painter.drawText(
            QRectF(0, self.height() - text_h, self.width(), text_h), Qt.AlignmentFlag.AlignCenter, self.caption
        )
        painter.end()


class AccuracyLine(QWidget):
    """The accuracy after each example: a line of dots that (usually) climbs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeachAccuracyLine")
        self.setMinimumSize(260, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[tuple[int, float]] = []
        self.total = 12

    def set_points(self, points: list[tuple[int, float]], total: int) -> None:
        self.points, self.total = points, max(2, total)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        painter.setPen(QPen(QColor("#5a4c3f"), 2))
        painter.drawRoundedRect(area.adjusted(-8, -8, 8, 8), 12, 12)
        for share in (0.5, 1.0):
            y = area.bottom() - share * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        if not self.points:
            return

        def place(n: int, accuracy: float) -> QPointF:
            return QPointF(
                area.left() + area.width() * (n - 1) / (self.total - 1), area.bottom() - accuracy * area.height()
            )

        spots = [place(n, a) for n, a in self.points]
        painter.setPen(QPen(QColor(GOLD), 5))
        for a, b in zip(spots, spots[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(QColor(GOLD))
        for spot in spots:
            painter.drawEllipse(spot, 8, 8)
        painter.end()


class TeachExperience(AiExperience):
    experience_id = "teach"
    title = "Teach the AI"

    #: Where the photos and their embeddings come from; replaced in tests.
    pairs: tuple[TeachPair, ...] = PAIRS
    make_photo = staticmethod(render_photo)
    load_embedder = staticmethod(backbone_embedder)

    def __init__(self, services: KioskServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.game: TeachGame | None = None
        self.rounds: list[TeachRound] = []
        self._learning = False
        self._relearn = False
        self._preparing = False

        # Page 1: choose the two groups.
        self.pick_page = QWidget()
        self.pick_title = QLabel()
        self.pick_title.setObjectName("TeachPickTitle")
        self.pick_title.setWordWrap(True)
        self.pair_buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(24)
        for index, pair in enumerate(self.pairs):
            button = big_button(name=f"TeachPair_{pair.id}")
            button.setMinimumHeight(150)
            button.setProperty("role", "tile")
            button.clicked.connect(lambda _=False, p=pair: self.choose_pair(p))
            self.pair_buttons.append(button)
            grid.addWidget(button, index // 2, index % 2)
        pick = QVBoxLayout(self.pick_page)
        pick.addStretch(1)
        pick.addWidget(self.pick_title)
        pick.addSpacing(24)
        pick.addLayout(grid)
        pick.addStretch(2)

        # Page 2: sort, learn, guess.
        self.sort_page = QWidget()
        self.card = DragCard()
        self.card.dropped.connect(self._dropped)
        self.bins = [big_button(name="TeachBinA"), big_button(name="TeachBinB")]
        for group, button in enumerate(self.bins):
            button.setMinimumSize(240, 180)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, g=group: self.sort_into(g))
        self.progress = QLabel()
        self.progress.setObjectName("TeachProgress")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setWordWrap(True)
        self.score = QLabel()
        self.score.setObjectName("TeachScore")
        self.score.setProperty("role", "accent")
        self.score.setWordWrap(True)
        self.line = AccuracyLine()
        self.guess_title = QLabel()
        self.guess_title.setObjectName("TeachGuessTitle")
        self.guess_title.setWordWrap(True)
        self.tiles = [GuessTile() for _ in range(8)]
        self.change = big_button(name="TeachChangeGroups")
        self.change.clicked.connect(self.back_to_pairs)

        sorter = QHBoxLayout()
        sorter.addWidget(self.bins[0], 1)
        middle = QVBoxLayout()
        middle.addWidget(self.card, 1)
        middle.addWidget(self.progress)
        sorter.addLayout(middle, 2)
        sorter.addWidget(self.bins[1], 1)
        tiles = QGridLayout()
        for index, tile in enumerate(self.tiles):
            tiles.addWidget(tile, index // 4, index % 4)
        learnt = QVBoxLayout()
        learnt.addWidget(self.score)
        learnt.addWidget(self.line, 1)
        learnt.addWidget(self.change)
        lower = self.lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        guesses = QVBoxLayout()
        guesses.addWidget(self.guess_title)
        guesses.addLayout(tiles, 1)
        lower.addLayout(guesses, 3)
        lower.addLayout(learnt, 2)
        sort = QVBoxLayout(self.sort_page)
        sort.setContentsMargins(0, 8, 0, 0)
        sort.addLayout(sorter, 5)
        sort.addLayout(lower, 4)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.pick_page)
        self.stack.addWidget(self.sort_page)
        QVBoxLayout(self.body).addWidget(self.stack)
        self.retranslate(services.language)

    # -- choosing and preparing -------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self.warm_up()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Portrait screens: the score and accuracy line go under the guesses, at full width."""
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        self.lower.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)

    def warm_up(self) -> None:
        """Once per process: make and embed every pair's photos in the background (first visitor's wait)."""
        key = (type(self).make_photo, type(self).load_embedder, self.pairs)
        if key in _warmed or self._resting:
            return
        _warmed.add(key)
        make_photo, loader, pairs = self.make_photo, self.load_embedder, self.pairs

        def work(progress, cancel) -> None:  # noqa: ANN001
            embed: Embedder = shared_model(loader)
            for pair in pairs:
                cancel.raise_if_cancelled()
                prepared_game(pair, make_photo, embed, cancel=cancel)

        # Not tied to a visit: a reset must not cancel it, so it runs outside the generation's jobs.
        self._warm_key = key
        handle = start_job(self.services.runner, Job("Prepare the photos to teach with", work))
        handle.failed.connect(self._warm_failed)

    def _warm_failed(self, message: str) -> None:
        _warmed.discard(self._warm_key)
        self.go_resting(message)

    def choose_pair(self, pair: TeachPair) -> None:
        """The visitor picked two groups: make (or reuse) their photos and embeddings, then start sorting."""
        if self._preparing or self._resting:
            return
        self._preparing = True
        self.game, self.rounds = None, []
        self.stack.setCurrentWidget(self.sort_page)
        self._pair = pair
        make_photo, loader = self.make_photo, self.load_embedder

        def work(progress, cancel) -> TeachGame:  # noqa: ANN001
            embed: Embedder = shared_model(loader)
            return prepared_game(pair, make_photo, embed, progress=progress, cancel=cancel)

        self.run_ai(
            "Prepare photos to sort",
            work,
            self._prepared,
            on_error=self._prepare_failed,
            on_progress=self._preparing_progress,
        )
        self._refresh()

    def _preparing_progress(self, fraction: float, message: str) -> None:
        self.card.placeholder = self.tr("Getting the photos ready… %1 %").replace(
            "%1", QLocale(self.services.language).toString(round(100 * fraction))
        )
        self.card.update()

    def _prepared(self, game: TeachGame) -> None:
        self._preparing = False
        self.game = game
        self._refresh()

    def _prepare_failed(self, message: str) -> None:
        self._preparing = False
        self.go_resting(message)

    def back_to_pairs(self) -> None:
        self.generation += 1
        self.cancel_jobs()
        self.game, self.rounds = None, []
        self._learning = self._relearn = self._preparing = False
        self.card.set_photo(None)
        self.stack.setCurrentWidget(self.pick_page)
        self._refresh()

    # -- sorting and learning ---------------------------------------------------------------------

    def sort_into(self, group: int) -> None:
        """Put the current photo into ``group`` (0 = left bin, 1 = right bin)."""
        game = self.game
        if game is None or game.next_card is None:
            return
        game.sort(game.next_card, group)
        self._learn()
        self._refresh()

    def _dropped(self, point: QPoint) -> None:
        for group, button in enumerate(self.bins):
            if button.rect().contains(button.mapFromGlobal(point)):
                self.sort_into(group)
                return

    def _learn(self) -> None:
        """Refit on everything sorted so far (worker thread); one fit at a time, the newest wins."""
        if self.game is None:
            return
        if self._learning:
            self._relearn = True
            return
        self._learning = True
        game, taught = self.game, list(self.game.taught)
        self.run_ai(
            "Learn from the sorted photos", lambda progress, cancel: game.learn(taught), self._learned, action="learn"
        )

    def _learned(self, result: TeachRound | None) -> None:
        self._learning = False
        if result is not None:
            self.rounds = [r for r in self.rounds if r.examples < result.examples] + [result]
        if self._relearn:
            self._relearn = False
            self._learn()
        self._refresh()

    # -- showing ----------------------------------------------------------------------------------

    def _refresh(self) -> None:
        game, language = self.game, self.services.language
        locale = QLocale(language)
        pair = game.pair if game is not None else getattr(self, "_pair", self.pairs[0])
        names = [group_name(n) for n in pair.names]
        counts = game.counts() if game is not None else (0, 0)
        for group, button in enumerate(self.bins):
            button.setText(
                self.tr("%1\n%2 photos").replace("%1", names[group]).replace("%2", locale.toString(counts[group]))
            )
            button.setAccessibleName(self.tr("Put the photo in “%1”").replace("%1", names[group]))
            button.setEnabled(game is not None and game.next_card is not None)
        if game is None:
            self.card.set_photo(None)
            if not self._preparing:
                self.card.placeholder = ""
            self.progress.setText("")
        elif game.next_card is not None:
            self.card.set_photo(game.deck[game.next_card])
            self.progress.setText(
                self.tr("Photo %1 of %2: is it “%3” or “%4”? Drag it to a side, or tap a side.")
                .replace("%1", locale.toString(game.next_card + 1))
                .replace("%2", locale.toString(len(game.deck)))
                .replace("%3", names[0])
                .replace("%4", names[1])
            )
        else:
            self.card.set_photo(None)
            self.card.placeholder = self.tr("All sorted! Look how well the AI learned.")
            self.progress.setText("")
        latest = self.rounds[-1] if self.rounds else None
        self.guess_title.setText(self.tr("The AI guesses photos it has never seen:"))
        for index, tile in enumerate(self.tiles):
            # Tiles stay shown and are emptied instead: showing eight hidden widgets one by one re-laid out
            # the page eight times (~8 ms each, the worst UI freeze of the soak when a pair was chosen).
            if game is None or index >= len(game.tests):
                tile.clear()
                continue
            if latest is None:
                tile.set_tile(game.tests[index], "?", None)
            else:
                guess = latest.guesses[index]
                tile.set_tile(game.tests[index], ("✓ " if guess.right else "✗ ") + names[guess.group], guess.right)
        if latest is None:
            self.score.setText(self.tr("Sort at least one photo into each side and the AI starts to learn."))
        else:
            self.score.setText(
                self.tr("After %1 photos the AI gets %2 of %3 right (%4 %).")
                .replace("%1", locale.toString(latest.examples))
                .replace("%2", locale.toString(latest.correct))
                .replace("%3", locale.toString(len(latest.guesses)))
                .replace("%4", locale.toString(round(100 * latest.accuracy)))
            )
        total = len(game.deck) if game is not None else 12
        self.line.set_points([(r.examples, r.accuracy) for r in self.rounds], total)
        self.line.setAccessibleName(self.score.text())

    def accuracy_history(self) -> list[float]:
        """The reported accuracy after each learning round (tests, statistics)."""
        return [r.accuracy for r in self.rounds]

    # -- visitor state ----------------------------------------------------------------------------

    def reset(self) -> None:
        super().reset()
        self.back_to_pairs()

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.heading.setText(self.tr("Teach the AI"))
        self.hint.setText(self.tr("Sort photos into two groups. The AI learns from you and guesses new photos."))
        self.pick_title.setText(self.tr("What should the AI learn to tell apart? Choose two groups:"))
        for button, pair in zip(self.pair_buttons, self.pairs, strict=True):
            button.setText(f"{group_name(pair.names[0])}  ·  {group_name(pair.names[1])}")
            button.setAccessibleName(button.text())
        self.change.setText(self.tr("Choose other groups"))
        self.change.setAccessibleName(self.change.text())
        self.card.setAccessibleName(self.tr("The photo to sort"))
        self._refresh()
