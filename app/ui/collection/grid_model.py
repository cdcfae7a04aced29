"""The grid's model: item ids only; each cell's few fields fetched a block at a time when shown.

Like the Anki browser's table model, the model holds the ids a query matched (an ``array('q')``,
8 bytes each) and nothing else per row. When a cell is painted and its fields are not cached,
the block of ids around it is read in one indexed query (a few milliseconds for 200 rows) and
kept in a bounded cache; thumbnails come from the :class:`ThumbnailCache`. Fifty thousand rows
cost the model 400 kB.

Changed cells are announced with ``cellsChanged``, not ``dataChanged``: a wrapping QListView answers
any ``dataChanged`` by laying every row out again (a fifth of a second at 50 000 rows, over and over
while thumbnails stream in), where the cells only need painting (``ThumbGrid.repaint_items``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QImage

from app.catalog.browse import Card, cards
from app.catalog.operations import Catalog
from app.ui.collection.thumbs import ThumbnailCache

ItemIdRole = Qt.ItemDataRole.UserRole + 1
CardRole = Qt.ItemDataRole.UserRole + 2

#: Rows read around a cell that is not cached yet (more ahead than behind: people scroll down).
FETCH_BEHIND, FETCH_AHEAD = 40, 160
#: Cards kept at most.
CARD_CACHE = 3000

Index = QModelIndex | QPersistentModelIndex


class ItemGridModel(QAbstractListModel):
    """Rows = item ids; ``ItemIdRole``, ``CardRole``, display (caption) and decoration (thumbnail)."""

    cellsChanged = Signal(list)  # item ids whose cells must be painted again; [] = every cell

    def __init__(
        self, thumbs: ThumbnailCache, catalog: Callable[[], Catalog | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self._catalog = catalog
        self._ids: array = array("q")
        self._cards: OrderedDict[int, Card] = OrderedDict()
        #: The model whose best answer a cell shows (the filter's model, else the default tagger).
        self.model_id: str | None = None
        #: label id → name in the UI language.
        self.name_of: Callable[[str], str] = str
        #: Titles in this language are shown first.
        self.language = "en"

    # -- ids -----------------------------------------------------------------------------------------
    def set_ids(self, ids: Iterable[int]) -> None:
        self.beginResetModel()
        self._ids = ids if isinstance(ids, array) else array("q", ids)
        self._cards.clear()
        self.endResetModel()

    def ids(self) -> array:
        return self._ids

    def item_id(self, row: int) -> int:
        return int(self._ids[row])

    def row_of(self, item_id: int) -> int:
        """The row of ``item_id``, or -1. Ids are sorted here; subclasses with another order override."""
        row = bisect_left(self._ids, item_id)
        return row if row < len(self._ids) and self._ids[row] == item_id else -1

    def cached_cards(self) -> int:
        return len(self._cards)

    def forget(self, item_ids: Iterable[int]) -> None:
        """Re-read these items' fields next time they are shown (a decision or an edit changed them)."""
        ids = [int(i) for i in item_ids]
        for item_id in ids:
            self._cards.pop(item_id, None)
        self.cellsChanged.emit(ids)

    def forget_all(self) -> None:
        self._cards.clear()
        self.cellsChanged.emit([])

    # -- Qt model ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        item_id = int(self._ids[index.row()])
        if role == ItemIdRole:
            return item_id
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbs.image(item_id)
        if role in (CardRole, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            card = self.card(index.row())
            if card is None or role == CardRole:
                return card
            caption = card.title or card.file_name
            if role == Qt.ItemDataRole.ToolTipRole and card.label is not None:
                return f"{caption}\n{self.name_of(card.label)} · {card.score or 0:.0%}"
            return caption
        return None

    def thumbnail(self, row: int) -> QImage | None:
        return self.thumbs.image(int(self._ids[row]))

    def card(self, row: int) -> Card | None:
        item_id = int(self._ids[row])
        card = self._cards.get(item_id)
        if card is None:
            self._fetch_around(row)
            card = self._cards.get(item_id)
        return card

    def _fetch_around(self, row: int) -> None:
        catalog = self._catalog()
        if catalog is None:
            return
        block = [int(i) for i in self._ids[max(0, row - FETCH_BEHIND) : row + FETCH_AHEAD]]
        wanted = [i for i in block if i not in self._cards]
        kwargs = {} if self.model_id is None else {"model": self.model_id}
        self._cards.update(cards(catalog, wanted, language=self.language, **kwargs))
        while len(self._cards) > CARD_CACHE:
            self._cards.popitem(last=False)
