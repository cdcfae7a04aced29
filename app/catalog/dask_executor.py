"""Batch tagging on an existing Dask cluster: the workers tag, this process alone writes the catalogue.

:class:`DaskExecutor` is an :data:`~app.catalog.tagging.Executor`: it connects a
``distributed.Client`` to a running scheduler, submits the unit of work
(:func:`app.catalog.tag_work.tag_batch`, shipped by reference, so the scheduler and every worker
need the same app installed) one batch per task, keeps a bounded number of batches in flight, and
yields each result as soon as it arrives. The caller (:func:`~app.catalog.tagging.tag_items`) writes it to SQLite, in
whatever order batches finish, and skips what is already there, so a batch that comes back twice
(a task retried after a worker died) is harmless.

Each worker process loads the models once (``tag_work`` keeps them per process) and runs torch
with one thread per Dask thread: Dask's own thread count is the parallelism, as its nannies already
set ``OMP_NUM_THREADS=1``. Workers read the photos themselves, by the paths the catalogue holds, so
the collection must be mounted at the same path on every worker.

Connecting is bounded in time: the address is checked, then a plain TCP connection, then the
scheduler's identity, each under ``connect_timeout_s``; whatever fails becomes one sentence
(:class:`~app.domain.errors.InvalidInput`).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app.domain.errors import GyeongjuError, InvalidInput, ModelUnavailable
from app.domain.progress import CancelToken

if TYPE_CHECKING:
    from app.catalog.tag_work import BatchResult
    from app.catalog.tagging import Work

log = logging.getLogger(__name__)

#: Seconds to reach the scheduler before giving up with a clear sentence.
DEFAULT_CONNECT_TIMEOUT_S = 5.0
#: Seconds to wait for a first worker when the scheduler has none yet.
DEFAULT_WORKER_TIMEOUT_S = 30.0
#: Batches in flight per worker thread: one running, one waiting, so no thread idles between tasks.
IN_FLIGHT_PER_THREAD = 2
#: Seconds between looks at the cancel token (and at the cluster's size) while waiting for results.
_POLL_S = 0.05
_RESIZE_EVERY_S = 5.0
DEFAULT_PORT = 8786


def parse_address(address: str) -> tuple[str, str, int]:
    """``tcp://HOST:PORT`` (or ``HOST:PORT``, or ``tcp://HOST`` for port 8786) → (URL, host, port).

    Raises :class:`InvalidInput` with one sentence for anything else.
    """
    text = address.strip()
    example = "tcp://HOST:PORT, for example tcp://192.168.0.10:8786"
    if not text:
        raise InvalidInput(f"The Dask scheduler address is empty; give it as {example}.")
    try:
        parts = urlsplit(text if "://" in text else f"tcp://{text}")
        port = parts.port if parts.port is not None else DEFAULT_PORT
    except ValueError:
        raise InvalidInput(f"“{address}” is not a Dask scheduler address; give it as {example}.") from None
    host = parts.hostname or ""
    if parts.scheme != "tcp" or not host or parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InvalidInput(f"“{address}” is not a Dask scheduler address; give it as {example}.")
    if not 1 <= port <= 65535:
        raise InvalidInput(f"“{address}” has no valid port; give the address as {example}.")
    shown = f"[{host}]" if ":" in host else host
    return f"tcp://{shown}:{port}", host, port


def _check_reachable(url: str, host: str, port: int, timeout_s: float) -> None:
    """A plain TCP connection first: refusals and unknown names fail at once, with their own sentence."""
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            pass
    except socket.gaierror:
        raise InvalidInput(f"The Dask scheduler's computer “{host}” is not known on this network.") from None
    except TimeoutError:
        raise InvalidInput(
            f"The Dask scheduler at {url} did not answer within {timeout_s:g} s; check the address and the network."
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InvalidInput(
            f"The Dask scheduler at {url} could not be reached ({reason.lower()}); "
            "check that “dask scheduler” runs there."
        ) from None


async def _identity(url: str, timeout_s: float) -> dict[str, Any]:
    from distributed.core import rpc

    remote = rpc(url, timeout=timeout_s)
    try:
        return await remote.identity()
    finally:
        await remote.close_rpc()


def _check_scheduler(url: str, timeout_s: float) -> None:
    """Ask the endpoint who it is, within the time limit (distributed alone would wait forever on a
    server that accepts connections but does not speak its protocol)."""
    try:
        identity = asyncio.run(asyncio.wait_for(_identity(url, timeout_s), timeout_s))
    except (TimeoutError, OSError, ValueError, EOFError):
        identity = None
    except Exception as exc:  # noqa: BLE001 - any protocol failure means "not a scheduler"
        log.debug("identity of %s failed: %r", url, exc)
        identity = None
    kind = identity.get("type") if isinstance(identity, dict) else None
    if kind == "Scheduler":
        return
    if kind in ("Worker", "Nanny"):
        raise InvalidInput(f"{url} is a Dask worker, not the scheduler; give the address “dask scheduler” prints.")
    raise InvalidInput(f"Something answers at {url}, but it is not a Dask scheduler; check the port.")


_worker_lock = threading.Lock()
_worker_ready = False
# glibc's mallopt parameters, and the largest mmap threshold it accepts on 64-bit systems.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024


def _keep_freed_memory() -> None:
    """Undo the nanny's ``MALLOC_TRIM_THRESHOLD_`` for this process (glibc only).

    Dask's nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536`` so that they hand memory
    back to the system. Setting it also freezes glibc's mmap threshold at 128 KB, so every batch
    tensor is a fresh mmap, page-faulted and unmapped again: tagging ran 2–3× slower in a worker
    than in-process (measured: 16 photos in 2.0–4.4 s against 0.5–1.3 s). A worker that tags
    holds the same few tens of MB from batch to batch; keeping them is what it should do.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_MAX)
        libc.mallopt(_M_TRIM_THRESHOLD, 4 * _MMAP_THRESHOLD_MAX)
    except (OSError, AttributeError):  # another C library (musl): nothing to undo
        log.debug("mallopt unavailable; worker memory settings left as they are")


def _prepare_worker() -> None:
    """Once per worker process: settle torch's threads at one per Dask thread, keep freed memory."""
    global _worker_ready
    with _worker_lock:
        if _worker_ready:
            return
        _keep_freed_memory()
        import torch

        from app.vision.engine import default_engine

        default_engine().device  # noqa: B018 - the engine sets torch's threads on first use; settle that first
        torch.set_num_threads(1)
        _worker_ready = True


def run_on_worker(work: Work, batch: list[str]) -> BatchResult:
    """What each Dask task runs: the unit of work on one batch (models stay loaded in the worker)."""
    _prepare_worker()
    return work(batch)


def _missing_everywhere_but_here(result: BatchResult) -> bool:
    """Every photo of the batch "does not exist" on the worker, yet every one exists here."""
    photos = result.photos
    return bool(photos) and all("does not exist" in p.error and os.path.exists(p.path) for p in photos)


class DaskExecutor:
    """Tag on the Dask cluster whose scheduler listens at ``address``; use it as a context manager.

    Connecting happens here, so a wrong or unreachable address fails at once with
    :class:`InvalidInput`. ``max_in_flight`` bounds the batches submitted but not yet written
    (default: two per worker thread, following the cluster as workers come and go); ``cancel`` is
    looked at while waiting for results, so cancelling stops the wait at once and withdraws the
    batches still queued on the cluster.
    """

    def __init__(
        self,
        address: str,
        *,
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        worker_timeout_s: float = DEFAULT_WORKER_TIMEOUT_S,
        max_in_flight: int | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        if max_in_flight is not None and max_in_flight < 1:
            raise InvalidInput("At least one batch must be allowed in flight.")
        self.address, host, port = parse_address(address)
        self.max_in_flight = max_in_flight
        self.cancel = cancel or CancelToken()
        _check_reachable(self.address, host, port, connect_timeout_s)
        _check_scheduler(self.address, connect_timeout_s)
        from distributed import Client

        try:
            self.client = Client(self.address, timeout=connect_timeout_s, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise InvalidInput(f"The Dask scheduler at {self.address} could not be joined ({exc}).") from None
        try:
            self._wait_for_workers(worker_timeout_s)
        except BaseException:
            self.close()
            raise

    def _wait_for_workers(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not self.client.nthreads():
            self.cancel.raise_if_cancelled()
            if time.monotonic() > deadline:
                raise InvalidInput(
                    f"The Dask scheduler at {self.address} has no workers; start “dask worker {self.address}” "
                    "on the computers that should do the work."
                )
            time.sleep(0.2)

    @property
    def threads(self) -> int:
        """Worker threads in the cluster now."""
        return sum(self.client.nthreads().values())

    @property
    def workers(self) -> int:
        """Worker processes in the cluster now."""
        return len(self.client.nthreads())

    def describe(self) -> str:
        return f"the Dask cluster at {self.address} ({self.workers} workers, {self.threads} threads)"

    def _limit(self) -> int:
        if self.max_in_flight is not None:
            return self.max_in_flight
        return max(2, IN_FLIGHT_PER_THREAD * self.threads)

    def __call__(self, work: Work, batches: Iterable[list[str]]) -> Iterator[BatchResult]:
        """Submit batches (bounded), yield each result as it completes; withdraw the rest on exit."""
        from distributed import as_completed

        source = iter(batches)
        finished = as_completed(loop=self.client.loop, with_results=False)
        in_flight: set[Any] = set()
        limit, sized_at = self._limit(), time.monotonic()
        exhausted = False

        def top_up() -> None:
            nonlocal exhausted
            while not exhausted and len(in_flight) < limit:
                batch = next(source, None)  # may raise Cancelled: the caller checks its token here
                if batch is None:
                    exhausted = True
                    return
                future = self.client.submit(run_on_worker, work, batch, pure=False)
                in_flight.add(future)
                finished.add(future)

        try:
            top_up()
            while in_flight:
                if not finished.has_ready():
                    self.cancel.raise_if_cancelled()
                    if time.monotonic() - sized_at > _RESIZE_EVERY_S:
                        limit, sized_at = self._limit(), time.monotonic()
                        top_up()
                    time.sleep(_POLL_S)
                    continue
                future = finished.next()
                in_flight.discard(future)
                result = self._result(future)
                top_up()  # keep the cluster busy while the caller writes this batch
                if _missing_everywhere_but_here(result):
                    raise InvalidInput(
                        "The Dask workers cannot see the photos at the paths this computer uses "
                        f"(“{result.photos[0].path}”); mount the collection at the same path on every worker."
                    )
                yield result
        finally:
            if in_flight:
                with contextlib.suppress(Exception):
                    self.client.cancel(list(in_flight))
            finished.clear()

    def _result(self, future: Any) -> BatchResult:
        try:
            result = future.result()
        except GyeongjuError:
            raise  # a worker's own sentence (a missing model file, say) travels as it is
        except Exception as exc:  # noqa: BLE001 - a lost worker, a lost scheduler, a crash inside the task
            reason = " ".join(str(exc).split()) or type(exc).__name__
            if isinstance(exc, ModuleNotFoundError) or "deserializ" in reason.lower():
                # The scheduler and the workers unpickle the task, which names this app's functions.
                raise ModelUnavailable(
                    f"The Dask cluster at {self.address} cannot run the tagging ({reason.split('. ')[0]}); "
                    "install the same version of the app on the scheduler and on every worker."
                ) from None
            raise GyeongjuError(
                f"Tagging on {self.address} stopped ({type(exc).__name__}: {reason}); every finished batch is "
                "saved, so running the same command again continues."
            ) from exc
        finally:
            future.release()
        return result

    def close(self) -> None:
        """Disconnect from the cluster (the cluster itself keeps running)."""
        client = getattr(self, "client", None)
        if client is not None:
            with contextlib.suppress(Exception):
                client.close(timeout=5)
            self.client = None  # type: ignore[assignment]

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
