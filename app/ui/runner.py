"""The one adapter from Qt-free jobs to Qt threads.

Jobs run on a private QThreadPool; their progress, result and error are emitted
as Qt signals from a QObject that lives in the UI thread, so receivers always
run on the UI thread (queued connections). Cancel sets the job's token; the job
stops at its next check, which jobs keep well under 0.5 s apart.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from app.domain.errors import Cancelled, GyeongjuError
from app.domain.progress import CancelToken, Progress
from app.jobs import Job

log = logging.getLogger(__name__)


class _WorkerSignals(QObject):
    """Emitted from the worker thread; relayed to the handle through queued connections."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class JobHandle(QObject):
    """Signals of one running job, plus ``cancel()``. Lives in the thread that started the job."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Job[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: Job[Any] | None = job  # None once the job has ended (see _JobRunnable.run)
        self.token = CancelToken()
        self.done = False
        self.finished.connect(self._mark_done)
        # Queued relays: the public signals fire from the UI thread's event loop, never before the code that
        # started the job has returned, so connecting right after ``start()`` can never miss a fast result.
        self._worker = _WorkerSignals()
        queued = Qt.ConnectionType.QueuedConnection
        self._worker.progressed.connect(self.progressed, queued)
        self._worker.succeeded.connect(self.succeeded, queued)
        self._worker.failed.connect(self.failed, queued)
        self._worker.cancelled.connect(self.cancelled, queued)
        self._worker.finished.connect(self.finished, queued)

    def cancel(self) -> None:
        self.token.cancel()

    def _mark_done(self) -> None:
        self.done = True


class _JobRunnable(QRunnable):
    def __init__(self, handle: JobHandle) -> None:
        super().__init__()
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a worker thread
        handle = self.handle
        signals = handle._worker

        def report(p: Progress) -> None:
            _emit(signals.progressed, p.fraction, p.message)

        job = handle.job
        try:
            result = job.work(report, handle.token)
        except Cancelled:
            _emit(signals.cancelled)
        except GyeongjuError as exc:
            _emit(signals.failed, str(exc))
        except Exception as exc:  # noqa: BLE001 - anything else is a bug: log it, tell people kindly
            log.error("job %r crashed:\n%s", job.title, traceback.format_exc())
            _emit(signals.failed, f"“{job.title}” stopped because of an unexpected problem ({exc}).")
        else:
            if handle.token.cancelled:
                _emit(signals.cancelled)
            else:
                _emit(signals.succeeded, result)
        finally:
            # The handle is a child of the runner and lives as long as it; the job's closure holds
            # its inputs (a 24 MP picture is 72 MB), so the handle lets go of the job once it ends.
            handle.job = None
            _emit(signals.finished)


def _emit(signal: Any, *args: object) -> None:
    """Emit, unless whoever was listening is gone (a window closed while its job still ran)."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted": nobody is left to tell
        log.debug("job result dropped: its window is gone")


class JobRunner(QObject):
    """Starts jobs on a bounded thread pool and keeps their handles alive until they finish."""

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._handles: set[JobHandle] = set()

    def start(self, job: Job[Any]) -> JobHandle:
        handle = JobHandle(job, self)
        self._handles.add(handle)
        handle.finished.connect(lambda: self._handles.discard(handle))
        self.pool.start(_JobRunnable(handle))
        return handle

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the workers; True when all stopped in time."""
        self.cancel_all()
        return self.pool.waitForDone(timeout_ms)
