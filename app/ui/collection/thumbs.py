"""Thumbnails for the grids, loaded off the UI thread and kept in a small memory cache.

A view asks :meth:`ThumbnailCache.image` while painting; a miss queues the id and returns None (the
cell shows a placeholder). Queued ids are read in batches — most recently asked first, so the
rows on screen after a fast scroll come before the ones scrolled past — by a job that opens its
own catalogue handle, reads the stored JPEGs and decodes and scales them to ``QImage`` (safe off
the UI thread, unlike ``QPixmap``). Items without a stored thumbnail go to a second, separate
job that makes one from the original and stores it, so slow decoding never holds up the cells
whose thumbnails exist. ``ready`` names the ids that arrived.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from app.catalog.browse import make_thumbnail, thumbnail_jpegs
from app.catalog.operations import open_catalog
from app.domain.progress import CancelToken, ProgressCallback
from app.jobs import Job
from app.ui.runner import JobRunner

#: Ids read per batch: about a screenful of cells.
BATCH = 48
#: Ids made from originals per job (each may decode a large file).
MAKE_BATCH = 4
#: Queued ids kept at most; older wishes are dropped (their cells ask again when painted).
MAX_WANTED = 400
#: Reading starts once no new cell has asked for this long: while the curator flings through the
#: grid the cells rush past and the UI thread keeps both cores; when the grid settles, what is on
#: screen is read at once.
SETTLE_MS = 50


def _decoded(jpeg: bytes, side: int) -> QImage | None:
    image = QImage.fromData(jpeg, "JPEG")
    if image.isNull():
        return None
    if max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image.convertToFormat(QImage.Format.Format_RGB32)


def read_job(db_path: Path, ids: list[int], side: int, stamp: int) -> Job[tuple[int, dict[int, QImage], list[int]]]:
    """Stored thumbnails of ``ids`` decoded at ``side`` px; also returns the ids without one."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[int, dict[int, QImage], list[int]]:
        with open_catalog(db_path) as catalog:
            blobs = thumbnail_jpegs(catalog, ids)
        images: dict[int, QImage] = {}
        for item_id, jpeg in blobs.items():
            cancel.raise_if_cancelled()
            if (image := _decoded(jpeg, side)) is not None:
                images[item_id] = image
        return stamp, images, [i for i in ids if i not in images]

    return Job("read thumbnails", work)


def make_job(db_path: Path, ids: list[int], side: int, stamp: int) -> Job[tuple[int, dict[int, QImage], list[int]]]:
    """Make (and store) the missing thumbnails of ``ids`` from their originals."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[int, dict[int, QImage], list[int]]:
        images: dict[int, QImage] = {}
        with open_catalog(db_path) as catalog:
            for item_id in ids:
                cancel.raise_if_cancelled()
                jpeg = make_thumbnail(catalog, item_id)
                if jpeg is not None and (image := _decoded(jpeg, side)) is not None:
                    images[item_id] = image
        return stamp, images, [i for i in ids if i not in images]

    return Job("make thumbnails", work)


class ThumbnailCache(QObject):
    """item id → thumbnail ``QImage`` (at most ``capacity`` kept), filled in the background."""

    ready = Signal(list)

    def __init__(self, side: int = 160, capacity: int = 600, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.side, self.capacity = side, capacity
        self.db_path: Path | None = None
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._to_make: OrderedDict[int, None] = OrderedDict()
        self._pending: set[int] = set()
        self._failed: set[int] = set()
        self._stamp = 0
        self._reading = self._making = False
        # Two lanes of their own: reading stored thumbnails never waits behind decoding originals,
        # and neither waits behind an import or a tagging run on the main runner.
        self.read_runner = JobRunner(max_threads=1, parent=self)
        self.make_runner = JobRunner(max_threads=1, parent=self)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self._start_read)

    def set_catalog(self, db_path: Path | None) -> None:
        """Forget everything (a new catalogue, or none)."""
        self.db_path = db_path
        self._stamp += 1
        self._images.clear()
        self._wanted.clear()
        self._to_make.clear()
        self._pending.clear()
        self._failed.clear()

    def __len__(self) -> int:
        return len(self._images)

    def has_failed(self, item_id: int) -> bool:
        return item_id in self._failed

    def image(self, item_id: int) -> QImage | None:
        """The thumbnail when loaded; otherwise None, and it is fetched in the background."""
        image = self._images.get(item_id)
        if image is not None:
            self._images.move_to_end(item_id)
            return image
        if self.db_path is not None and item_id not in self._pending and item_id not in self._failed:
            self._wanted[item_id] = None
            self._wanted.move_to_end(item_id)
            while len(self._wanted) > MAX_WANTED:
                self._wanted.popitem(last=False)
            if not self._reading:
                self._timer.start()  # (re)started: reading waits until the asking stops
        return None

    def forget(self, item_ids: list[int]) -> None:
        """Drop cached images (their pictures' thumbnails changed)."""
        for item_id in item_ids:
            self._images.pop(item_id, None)
            self._failed.discard(item_id)

    def _take(self, queue: OrderedDict[int, None], count: int) -> list[int]:
        ids = []
        while queue and len(ids) < count:
            item_id, _ = queue.popitem(last=True)  # the newest wish first: what is on screen now
            ids.append(item_id)
        self._pending.update(ids)
        return ids

    def _start_read(self) -> None:
        if self._reading or not self._wanted or self.db_path is None:
            return
        ids = self._take(self._wanted, BATCH)
        self._reading = True
        handle = self.read_runner.start(read_job(self.db_path, ids, self.side, self._stamp))
        handle.succeeded.connect(self._read_done)
        handle.failed.connect(lambda _msg, ids=ids: self._give_up(ids))
        handle.finished.connect(self._read_finished)

    def _read_finished(self) -> None:
        self._reading = False
        if self._wanted:
            self._timer.start()

    def _read_done(self, outcome: tuple[int, dict[int, QImage], list[int]]) -> None:
        stamp, images, missing = outcome
        if stamp != self._stamp:
            return
        self._store(images)
        for item_id in missing:
            self._to_make[item_id] = None
        self._start_make()

    def _start_make(self) -> None:
        if self._making or not self._to_make or self.db_path is None:
            return
        ids = self._take(self._to_make, MAKE_BATCH)
        self._making = True
        handle = self.make_runner.start(make_job(self.db_path, ids, self.side, self._stamp))
        handle.succeeded.connect(self._made)
        handle.failed.connect(lambda _msg, ids=ids: self._give_up(ids))
        handle.finished.connect(self._make_finished)

    def _make_finished(self) -> None:
        self._making = False
        self._start_make()

    def _made(self, outcome: tuple[int, dict[int, QImage], list[int]]) -> None:
        stamp, images, failed = outcome
        if stamp != self._stamp:
            return
        self._store(images)
        self._give_up(failed)

    def _give_up(self, ids: list[int]) -> None:
        self._pending.difference_update(ids)
        self._failed.update(ids)
        if ids:
            self.ready.emit(list(ids))

    def _store(self, images: dict[int, QImage]) -> None:
        for item_id, image in images.items():
            self._pending.discard(item_id)
            self._images[item_id] = image
            self._images.move_to_end(item_id)
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)
        if images:
            self.ready.emit(list(images))

    def busy(self) -> bool:
        return self._reading or self._making or bool(self._wanted) or bool(self._to_make)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        self._wanted.clear()
        self._to_make.clear()
        return self.read_runner.shutdown(timeout_ms) and self.make_runner.shutdown(timeout_ms)
