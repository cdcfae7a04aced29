"""The review queue as a grid model: least confident first, paged in with the queue's keyset cursor.

It holds (score, id) of the entries loaded so far and asks ``review_queue`` for the next page
when the view scrolls to the end (``fetchMore``), so the first screen costs one page however long
the queue is. A decision takes its items out; an undo puts an item back at its place when that
place is inside what is loaded (otherwise it arrives with a later page).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from app.catalog.operations import review_queue
from app.ui.collection.grid_model import ItemGridModel

#: Entries per page of the queue.
PAGE = 200

Index = QModelIndex | QPersistentModelIndex


class ReviewModel(ItemGridModel):
    """Rows = the loaded part of the review queue, in queue order."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._keys: list[tuple[float, int]] = []
        self._after: tuple[float, int] | None = None
        self._rows: dict[int, int] = {}
        #: Items in the whole queue (not only the loaded part).
        self.remaining = 0

    def reload(self) -> None:
        """Load the first page again (a new catalogue, a bulk action, a tagging run)."""
        catalog = self._catalog()
        self._after = None
        keys: list[tuple[float, int]] = []
        self.remaining = 0
        if catalog is not None:
            page = review_queue(catalog, limit=PAGE)
            keys = [(e.score, e.item_id) for e in page.entries]
            self._after, self.remaining = page.after, page.remaining
        self._keys = keys
        self.set_ids(array("q", (i for _, i in keys)))
        self._index_rows()

    def _index_rows(self) -> None:
        self._rows = {item_id: row for row, (_, item_id) in enumerate(self._keys)}

    def row_of(self, item_id: int) -> int:
        return self._rows.get(item_id, -1)

    def score(self, row: int) -> float:
        return self._keys[row][0]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt override
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt override
        catalog = self._catalog()
        if catalog is None or self._after is None:
            return
        page = review_queue(catalog, limit=PAGE, after=self._after)
        new = [(e.score, e.item_id) for e in page.entries if e.item_id not in self._rows]
        self._after, self.remaining = page.after, page.remaining
        if not new:
            return
        start = len(self._keys)
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        self._keys.extend(new)
        self._ids.extend(i for _, i in new)
        self.endInsertRows()
        self._index_rows()

    def remove_items(self, item_ids: Iterable[int]) -> int:
        """Take decided items out; returns how many were in the grid."""
        rows = sorted((r for r in (self.row_of(int(i)) for i in item_ids) if r >= 0), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._keys[row]
            del self._ids[row]
            self.endRemoveRows()
        if rows:
            self._index_rows()
        return len(rows)

    def put_back(self, item_id: int, score: float) -> int:
        """An undone item returns to its place; its row, or -1 when that place is not loaded yet."""
        if item_id in self._rows:
            return self._rows[item_id]
        key = (score, item_id)
        row = bisect_left(self._keys, key)
        if row == len(self._keys) and self._after is not None:
            return -1
        self.beginInsertRows(QModelIndex(), row, row)
        self._keys.insert(row, key)
        self._ids.insert(row, item_id)
        self.endInsertRows()
        self._index_rows()
        return row
