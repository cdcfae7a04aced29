"""The thumbnail grid: a wrapping list view with cells of one size, painted by a small delegate.

Uniform cells in a wrapping list (not icon mode) let Qt lay out 50 000 rows cheaply, and the
delegate paints only what is on screen: thumbnail (or a placeholder saying why there is none), the
caption, and a line with the model's best answer, its score and a mark for the curator's verdict.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.catalog.browse import Card

THUMB = 160
#: The grid's background (as in app.qss), behind the rounded corners of each cell.
GRID_BACKGROUND = "#15171c"
CELL = QSize(THUMB + 16, THUMB + 58)
#: Review verdicts: mark and colour (the same in every language; the tooltip says it in words).
VERDICT_STYLE = {
    "accepted": ("✓", QColor("#6fbf73")),
    "corrected": ("✎", QColor("#6fa8dc")),
    "rejected": ("✗", QColor("#e06666")),
    "unreviewed": ("", QColor("#9d968a")),
}


class CardDelegate(QStyledItemDelegate):
    """Paints one cell from the model's card and thumbnail.

    A scroll repaints every cell on screen each frame, so a cell costs a few blits and two
    ``drawText`` calls: the rounded frames are drawn once per state into pixmaps, and the elided
    texts are kept per (text, width).
    """

    def __init__(self, view: ThumbGrid) -> None:
        super().__init__(view)
        self.view = view
        self._frames: dict[tuple[int, int, int], QPixmap] = {}
        self._elided: dict[tuple[str, int, int], str] = {}
        self._bold = QFont()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return CELL

    def forget_texts(self) -> None:
        """The font or the language changed: elided texts must be measured again."""
        self._elided.clear()

    def _frame(self, width: int, height: int, state: int) -> QPixmap:
        key = (width, height, state)
        frame = self._frames.get(key)
        if frame is None:
            frame = QPixmap(width, height)
            # Opaque, in the grid's own background colour: an opaque blit costs far less than blending.
            frame.fill(QColor(GRID_BACKGROUND))
            painter = QPainter(frame)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen_colour, fill = (("#3d414b", "#1f2228"), ("#3d414b", "#3a3220"), ("#e8c872", "#3a3220"),
                                ("#e8c872", "#1f2228"))[state]
            painter.setPen(QPen(QColor(pen_colour), 2 if state >= 2 else 1))
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(QRect(1, 1, width - 2, height - 2), 8, 8)
            painter.end()
            self._frames[key] = frame
        return frame

    def _elide(self, text: str, width: int, mode: Qt.TextElideMode, metrics: object) -> str:
        key = (text, width, int(mode.value))
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > 20000:
                self._elided.clear()
            found = self._elided[key] = metrics.elidedText(text, mode, width)  # type: ignore[attr-defined]
        return found

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = option.rect.adjusted(4, 4, -4, -4)
        if rect.width() < 8 or rect.height() < 8:
            return  # not laid out yet
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        current = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.drawPixmap(rect.topLeft(), self._frame(rect.width(), rect.height(), 2 * current + selected))
        # Straight from the model: a Python object through QVariant and back costs time per cell.
        model = index.model()
        card: Card | None = model.card(index.row())
        image = model.thumbnail(index.row())
        frame = QRect(rect.left() + (rect.width() - THUMB) // 2, rect.top() + 4, THUMB, THUMB)
        if image is not None and not image.isNull():
            painter.drawImage(frame.left() + (THUMB - image.width()) // 2, frame.top() + (THUMB - image.height()) // 2,
                              image)
        else:
            painter.setPen(QColor("#6b665e"))
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder(card))
        if card is not None:
            self._text_lines(painter, rect, card)

    def _placeholder(self, card: Card | None) -> str:
        if card is None:
            return ""
        if card.state == "unreadable":
            return self.view.texts.get("unreadable", "")
        if card.state == "missing":
            return self.view.texts.get("missing", "")
        return "…"

    def _text_lines(self, painter: QPainter, rect: QRect, card: Card) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        caption = QRect(rect.left() + 8, rect.top() + THUMB + 8, rect.width() - 16, line)
        painter.setPen(QColor("#ece6da"))
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft, self._elide(
            card.title or card.file_name, caption.width(), Qt.TextElideMode.ElideMiddle, metrics
        ))
        mark, colour = VERDICT_STYLE.get(card.review, VERDICT_STYLE["unreviewed"])
        answer = QRect(caption.left(), caption.bottom() + 2, caption.width(), line)
        if mark:
            font = painter.font()
            self._bold.setFamilies(font.families())
            self._bold.setPointSizeF(font.pointSizeF())
            self._bold.setBold(True)
            painter.setFont(self._bold)
            painter.setPen(colour)
            painter.drawText(answer, Qt.AlignmentFlag.AlignRight, mark)
            painter.setFont(font)
            answer.setRight(answer.right() - line - 2)
        if card.label is not None:
            # The score stays whole at the right; a long name gives way (elided) before it.
            # An answer the model itself called unknown is only its best guess: dimmed and marked "?".
            painter.setPen(QColor("#8f8778" if card.unknown else "#cfc6b4"))
            score = f"{card.score or 0:.0%}"
            painter.drawText(answer, Qt.AlignmentFlag.AlignRight, score)
            answer.setRight(answer.right() - metrics.horizontalAdvance(score) - 6)
            name = ("? " if card.unknown else "") + self.view.name_of(card.label)
            painter.drawText(answer, Qt.AlignmentFlag.AlignLeft, self._elide(
                name, answer.width(), Qt.TextElideMode.ElideRight, metrics
            ))


class ThumbGrid(QListView):
    """A grid of item cells; the model is an :class:`ItemGridModel`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThumbGrid")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        # Laid out a thousand rows per turn of the event loop: 50 000 rows at once would hold the
        # UI thread for ~150 ms; in batches no turn takes more than ~10 ms.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(1000)
        self.setGridSize(CELL)
        self.setSpacing(0)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(CELL.height() // 3)
        self.setItemDelegate(CardDelegate(self))
        #: Placeholder words for cells without a thumbnail, in the UI language (set by the view).
        self.texts: dict[str, str] = {}
        self.name_of: Callable[[str], str] = str

    def set_name_of(self, name_of: Callable[[str], str]) -> None:
        """How label ids are named (the UI language changed): every cell is painted again."""
        self.name_of = name_of
        delegate = self.itemDelegate()
        if isinstance(delegate, CardDelegate):
            delegate.forget_texts()
        self.viewport().update()

    def setModel(self, model: object) -> None:  # noqa: N802 - Qt override
        super().setModel(model)  # type: ignore[arg-type]
        model.cellsChanged.connect(self.repaint_items)  # type: ignore[attr-defined]

    def repaint_items(self, item_ids: list[int]) -> None:
        """Paint again the cells on screen of these items ([] = all of them)."""
        if not item_ids:
            self.viewport().update()
            return
        model = self.model()
        area = self.viewport().rect()
        for item_id in item_ids:
            row = model.row_of(int(item_id))
            if row >= 0:
                rect = self.visualRect(model.index(row))
                if rect.intersects(area):
                    self.viewport().update(rect)

    def columns(self) -> int:
        return max(1, self.viewport().width() // CELL.width())
