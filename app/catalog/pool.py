"""Probe files in worker processes, each file under a time limit; a stuck or crashed worker is replaced.

Why not ``concurrent.futures.ProcessPoolExecutor``: it cannot stop one task. A decoder stuck in C
code on a hostile file ignores every Python-level timeout, and when a worker dies the executor
breaks as a whole. Here each worker is a process with its own pipe: the parent hands it one path
at a time, waits on all pipes at once, kills a worker that is past its deadline and starts a
fresh one. Workers are started with ``spawn`` (safe next to Qt's threads, and the same on every
platform); the time limit starts when a worker *has* a file, not while it is still starting up.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from app.catalog.probe import Probe, hash_and_stat, probe_file
from app.domain.errors import GyeongjuError
from app.domain.progress import CancelToken
from app.imaging.reader import quoted

_log = logging.getLogger(__name__)

_READY = "ready"
# Workers that die before saying "ready" point at a broken set-up, not at a file: give up after this many.
_MAX_START_FAILURES = 3
# How long the parent waits on the pipes before it looks at deadlines and the cancel token again.
_POLL_S = 0.1


def _worker_main(conn: Connection, max_pixels: int) -> None:
    """Worker loop: announce readiness, then probe each path received until ``None`` arrives."""
    conn.send(_READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        conn.send((index, probe_file(path, max_pixels)))


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    task: tuple[int, str] | None = None
    deadline: float = 0.0


#: ``files.mtime_ns`` of a file whose reading was cut short: it never matches, so the next import
#: tries that file again (the machine may merely have been busy) instead of skipping it.
RETRY_MTIME = -1


def _failed(path: str, reason: str) -> Probe:
    """A probe for a file whose worker gave up; the parent hashes it itself (only regular files)."""
    sha256, size, _, unreadable = hash_and_stat(Path(path))
    return Probe(path, sha256, size, RETRY_MTIME, reason=unreadable or reason)


class ProbePool:
    """Up to ``workers`` probing processes; use as a context manager so they always end."""

    def __init__(self, workers: int, timeout_s: float, max_pixels: int) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self._context = multiprocessing.get_context("spawn")
        self._size = workers
        self._timeout_s = timeout_s
        self._max_pixels = max_pixels
        self._workers: list[_Worker] = []
        self._start_failures = 0

    def __enter__(self) -> ProbePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(child, self._max_pixels), name="catalog-probe", daemon=True
        )
        process.start()
        child.close()  # so that the parent sees EOF when the worker dies
        worker = _Worker(process, parent)
        self._workers.append(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        self._workers.remove(worker)
        worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)

    def close(self) -> None:
        """Ask idle workers to stop, kill busy ones; returns once all have ended."""
        for worker in list(self._workers):
            if worker.task is None and worker.ready:
                try:
                    worker.conn.send(None)
                    worker.process.join(timeout=2)
                except OSError:
                    pass
            self._kill(worker)

    def run(self, paths: Sequence[str], cancel: CancelToken | None = None) -> Iterator[tuple[int, Probe]]:
        """Yield ``(index into paths, Probe)`` in completion order; every path yields exactly once.

        Raises ``Cancelled`` (between files) when ``cancel`` is set; the caller closes the pool.
        """
        pending = deque(enumerate(paths))
        while len(self._workers) < min(self._size, len(pending)):
            self._start()
        while pending or any(w.task is not None for w in self._workers):
            if cancel is not None:
                cancel.raise_if_cancelled()
            for worker in self._workers:
                if worker.ready and worker.task is None and pending:
                    worker.task = pending.popleft()
                    worker.deadline = time.monotonic() + self._timeout_s
                    worker.conn.send(worker.task)
            busy = [w.deadline for w in self._workers if w.task is not None]
            limit = max(0.0, min(busy) - time.monotonic()) if busy else _POLL_S
            readable = wait([w.conn for w in self._workers], timeout=min(_POLL_S, limit))
            for worker in [w for w in self._workers if w.conn in readable]:
                yield from self._receive(worker, pending)
            now = time.monotonic()
            for worker in [w for w in self._workers if w.task is not None and w.deadline <= now]:
                index, path = worker.task
                _log.warning("Reading %s took longer than %.0f s; its worker was stopped", path, self._timeout_s)
                self._kill(worker)
                self._start()
                yield index, _failed(
                    path, f"{quoted(Path(path))} took longer than {self._timeout_s:g} s to read, so it was skipped."
                )

    def _receive(self, worker: _Worker, pending: deque[tuple[int, str]]) -> Iterator[tuple[int, Probe]]:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            task = worker.task
            self._kill(worker)
            if not worker.ready:
                self._start_failures += 1
                if self._start_failures >= _MAX_START_FAILURES:
                    raise GyeongjuError(
                        "The helper processes that read images could not be started, so the import stopped; "
                        "see the log for details."
                    ) from None
            if task is not None or pending:
                self._start()
            if task is not None:
                yield task[0], _failed(
                    task[1], f"{quoted(Path(task[1]))} made the image reader stop unexpectedly, so it was skipped."
                )
            return
        if message == _READY:
            worker.ready = True
            self._start_failures = 0
            return
        worker.task = None
        yield message
