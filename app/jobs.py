"""The Qt-free job protocol.

A job is a plain callable ``work(progress, cancel) -> result``. It reports
:class:`~app.domain.progress.Progress` through the callback and checks the
:class:`~app.domain.progress.CancelToken` between steps. The CLI runs jobs
directly; the UI hands them to ``app/ui/runner.py``, the only place that knows
about threads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress

T = TypeVar("T")
Work = Callable[[ProgressCallback, CancelToken], T]


@dataclass(frozen=True)
class Job(Generic[T]):
    """A named unit of slow work (inference, decoding, training, export)."""

    title: str
    work: Work[T]

    def run(self, progress: ProgressCallback = ignore_progress, cancel: CancelToken | None = None) -> T:
        """Run synchronously in the calling thread (CLI, tests)."""
        return self.work(progress, cancel or CancelToken())


def steps_job(title: str, steps: list[tuple[str, Callable[[], Any]]]) -> Job[list[Any]]:
    """A job made of named steps; cancel is honoured between steps and progress advances per step."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> list[Any]:
        results: list[Any] = []
        for index, (message, step) in enumerate(steps):
            cancel.raise_if_cancelled()
            progress(Progress(index / len(steps), message))
            results.append(step())
        progress(Progress(1.0, "done"))
        return results

    return Job(title, work)
