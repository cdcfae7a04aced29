"""Batch tagging of a catalogue: every readable item, once per model version, crash-safe.

An item needs a model when it has no ``tag_runs`` row for that model's id *and version*: a new
version of a model tags everything again (its answers sit beside the old ones), the same version
never twice. A run's marker, its ``ai_tags`` and the item's embedding are written in one
transaction, committed once per batch, so a crash or a kill loses at most the batch in flight and
the next run picks up exactly where this one stopped. Curators' ``decisions`` are never touched.

Where the work runs is pluggable: an :data:`Executor` maps batches of file paths through the unit
of work (:func:`app.catalog.tag_work.tag_batch`) and yields their results, in any order (each
result names its paths); only this process writes SQLite. The default runs in-process; the Dask
executor (:mod:`app.catalog.dask_executor`) yields batches as a cluster finishes them.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from app.catalog import vectors
from app.catalog.database import Catalog, now_iso
from app.domain.errors import InvalidInput, ModelUnavailable
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.vision.recognition import DEFAULT_MODEL_ID

#: Photos per inference batch, and so per committed transaction.
DEFAULT_BATCH_SIZE = 16
#: Most batches the default executor runs at once (one per core up to this).
IN_PROCESS_STREAMS = 4

if TYPE_CHECKING:  # the unit of work imports torch; this module stays light until a run starts
    from app.catalog.tag_work import BatchResult

#: The unit of work: a batch of file paths → its :class:`~app.catalog.tag_work.BatchResult`.
Work = Callable[[list[str]], "BatchResult"]
#: Runs ``work`` over batches and yields their results, in any order (lazily, so cancelling between
#: batches stops the work; a batch yielded twice is written once).
Executor = Callable[[Work, Iterable[list[str]]], Iterator["BatchResult"]]


def in_process(work: Work, batches: Iterable[list[str]]) -> Iterator[BatchResult]:
    """The default executor: a few batches at once in this process, each on one core, yielded in order.

    One stream of batches per core (at most :data:`IN_PROCESS_STREAMS`), torch on one thread per
    stream: a stream's decoding overlaps another's inference, and no OpenMP team waits on a core
    that the machine gave to someone else. Measured in one process on 2 shared cores (load ~5), 60
    photos of 12 MP: one batch at a time with two torch threads 3–8 photos/s, with one thread 5–19,
    two streams 7–24 (each figure beside the others in the same run; benchmarks/catalogue.py).
    """
    from app.catalog.tag_work import one_thread_per_stream

    streams = max(1, min(IN_PROCESS_STREAMS, os.cpu_count() or 1))
    source = iter(batches)
    with one_thread_per_stream(), ThreadPoolExecutor(streams, thread_name_prefix="tag") as pool:
        pending: deque[Future[BatchResult]] = deque()
        try:
            while True:
                while len(pending) < streams:
                    batch = next(source, None)  # may raise Cancelled: the caller checks its token here
                    if batch is None:
                        break
                    pending.append(pool.submit(work, batch))
                if not pending:
                    return
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()  # not started yet: dropped; the running ones end within a batch


@dataclass
class TagSummary:
    """What one tagging run did."""

    models: list[str] = field(default_factory=list)  # "id version" of each model run
    todo: int = 0
    tagged: int = 0
    skipped: list[str] = field(default_factory=list)  # why each unreadable photo was skipped
    elapsed_s: float = 0.0

    @property
    def rate(self) -> float:
        return self.tagged / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def line(self) -> str:
        return (
            f"{self.tagged} of {self.todo} items needing tags tagged with {', '.join(self.models)}; "
            f"{len(self.skipped)} unreadable — {self.elapsed_s:.1f} s ({self.rate:.1f} photos/s)"
        )


@dataclass(frozen=True)
class _Model:
    id: str
    version: str
    sha256: str


def _models(requested: Sequence[str] | None) -> list[_Model]:
    """The default tagger first, then each named model once; refuse what cannot tag."""
    from app.vision.recognition.store import HEAD_ARCHITECTURE
    from app.vision.registry import default_registry

    registry = default_registry()
    ids = list(dict.fromkeys([DEFAULT_MODEL_ID, *(requested or [])]))
    found = []
    for model_id in ids:
        spec = registry.get(model_id)  # ModelUnavailable names the known models
        if spec.architecture != HEAD_ARCHITECTURE:
            raise InvalidInput(f"The model “{model_id}” is not a recognition model, so it cannot tag photos.")
        found.append(_Model(spec.id, spec.version, spec.weights.sha256))
    return found


def _needing(conn: sqlite3.Connection, models: list[_Model]) -> list[tuple[int, str, tuple[bool, ...]]]:
    """(item id, path, which models it still needs) of readable items missing any model's run."""
    rows = conn.execute("SELECT id, path FROM items WHERE state = 'ok' ORDER BY id").fetchall()
    done: list[set[int]] = []
    for model in models:
        done.append({
            r[0] for r in conn.execute(
                "SELECT item_id FROM tag_runs WHERE model_id = ? AND model_version = ?", (model.id, model.version)
            )
        })
    todo = []
    for row in rows:
        needs = tuple(row["id"] not in ids for ids in done)
        if any(needs):
            todo.append((int(row["id"]), str(row["path"]), needs))
    return todo


def _write_photo(
    conn: sqlite3.Connection, item_id: int, needs: tuple[bool, ...], models: list[_Model], result: BatchResult,
    index: int, now: str,
) -> None:
    photo = result.photos[index]
    for model, needed, answer in zip(models, needs, photo.answers, strict=True):
        key = (item_id, model.id, model.version)
        if not needed or conn.execute(
            "SELECT 1 FROM tag_runs WHERE item_id = ? AND model_id = ? AND model_version = ?", key
        ).fetchone():
            continue  # another tagging process on the same file finished it meanwhile
        # Tags without their run marker cannot come from here (same transaction); clearing them
        # anyway keeps a hand-edited file from blocking the run.
        conn.execute(
            "DELETE FROM ai_tags WHERE item_id = ? AND model_id = ? AND model_version = ?",
            (item_id, model.id, model.version),
        )
        conn.executemany(
            "INSERT INTO ai_tags (item_id, model_id, model_version, model_sha256, label, score, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(item_id, model.id, model.version, model.sha256, label, score, now) for label, score in answer.labels],
        )
        top_label, top_score = answer.labels[0]
        conn.execute(
            "INSERT INTO tag_runs (item_id, model_id, model_version, model_sha256, top_label, top_score, unknown, "
            "done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item_id, model.id, model.version, model.sha256, top_label, top_score, int(answer.unknown), now),
        )
    if photo.vector is not None:
        # SQLite integers are signed 64-bit: the hash's top bit becomes the sign.
        signed = None if photo.phash is None else int(np.array([photo.phash], np.uint64).view(np.int64)[0])
        conn.execute(
            "INSERT OR REPLACE INTO embeddings (item_id, model_sha256, dim, vector, phash) VALUES (?, ?, ?, ?, ?)",
            (item_id, result.embedding_sha256, int(photo.vector.shape[0]), vectors.encode(photo.vector), signed),
        )


def _check_identity(result: BatchResult, models: list[_Model]) -> None:
    got = [(m.id, m.version, m.sha256) for m in result.models]
    if got != [(m.id, m.version, m.sha256) for m in models]:
        raise ModelUnavailable(
            "The tagging worker runs different model versions than this computer "
            f"({', '.join(f'{i} {v}' for i, v, _ in got)}); install the same version of the app on both."
        )


def _record_models(conn: sqlite3.Connection, models: list[_Model], now: str) -> None:
    for model in models:
        conn.execute(
            "INSERT INTO tag_models (model_id, model_version, model_sha256, first_run_at, last_run_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (model_id, model_version) DO UPDATE SET "
            "last_run_at = excluded.last_run_at, model_sha256 = excluded.model_sha256",
            (model.id, model.version, model.sha256, now, now),
        )


def tag_items(
    catalog: Catalog,
    models: Sequence[str] | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    executor: Executor | None = None,
) -> TagSummary:
    """Tag every readable item that lacks a run of the default tagger or of a named taught model.

    ``models`` names taught models to run besides the default tagger. Raises
    :class:`ModelUnavailable` for an unknown model, :class:`InvalidInput` for a bad batch size and
    :class:`Cancelled` when ``cancel`` is set (every finished batch is kept; the next run resumes).
    """
    if not 1 <= batch_size <= 256:
        raise InvalidInput("The batch size must be between 1 and 256 photos.")
    cancel = cancel or CancelToken()
    started = time.monotonic()
    chosen = _models(models)
    summary = TagSummary(models=[f"{m.id} {m.version}" for m in chosen])
    conn = catalog.conn
    todo = _needing(conn, chosen)
    summary.todo = len(todo)
    progress(Progress(0.0, f"0/{len(todo)} photos"))
    if not todo:
        return summary
    from app.catalog.tag_work import tag_batch

    work = functools.partial(tag_batch, model_ids=tuple(m.id for m in chosen))
    groups = [todo[start : start + batch_size] for start in range(0, len(todo), batch_size)]

    def batches() -> Iterator[list[str]]:
        for group in groups:
            cancel.raise_if_cancelled()
            yield [path for _, path, _ in group]

    # Which batch a result answers, by its paths: a scale-out executor yields them as they finish.
    waiting: dict[tuple[str, ...], list[int]] = {}
    for index, group in enumerate(groups):
        waiting.setdefault(tuple(path for _, path, _ in group), []).append(index)
    done = 0
    results = (executor or in_process)(work, batches())
    try:
        for result in results:
            _check_identity(result, chosen)
            key = tuple(p.path for p in result.photos)
            if key not in waiting:
                raise RuntimeError("the tagging executor returned a batch it was not given")
            if not waiting[key]:
                continue  # the same batch again (a retried task): written once already
            group = groups[waiting[key].pop(0)]
            now = now_iso()
            with catalog.transaction():
                for index, (item_id, _, needs) in enumerate(group):
                    photo = result.photos[index]
                    if photo.error:
                        summary.skipped.append(photo.error)
                        continue
                    _write_photo(conn, item_id, needs, chosen, result, index, now)
                    summary.tagged += 1
                _record_models(conn, chosen, now)
            done += len(group)
            elapsed = time.monotonic() - started
            rate = done / elapsed if elapsed > 0 else 0.0
            left = f"about {(len(todo) - done) / rate:.0f} s left" if rate > 0 and done < len(todo) else "finishing"
            progress(Progress(done / len(todo), f"{done}/{len(todo)} photos · {rate:.1f} photos/s · {left}"))
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()
    if done < len(todo):
        raise RuntimeError("the tagging executor stopped before every batch was tagged")
    summary.elapsed_s = time.monotonic() - started
    return summary
