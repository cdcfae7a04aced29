"""Qt-free progress reporting and cancellation for long-running jobs.

A job is plain Python that receives a :class:`ProgressCallback` and a
:class:`CancelToken`; it reports ``Progress`` between steps and calls
``token.raise_if_cancelled()`` often enough (well under 0.5 s apart) that a
cancel request takes effect quickly. Only ``app/ui/runner.py`` maps this to Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.errors import Cancelled


@dataclass(frozen=True)
class Progress:
    """A snapshot of a job's progress: ``fraction`` in [0, 1] and a short message."""

    fraction: float
    message: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "fraction", min(1.0, max(0.0, float(self.fraction))))


ProgressCallback = Callable[[Progress], None]


def ignore_progress(_: Progress) -> None:
    """A progress callback for callers that do not display progress."""


class CancelToken:
    """Thread-safe cancellation flag shared between a job and whoever started it."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`Cancelled` when cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()


def scaled(callback: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """Map a sub-step's 0..1 progress into the ``[start, end]`` part of a parent job."""

    def report(p: Progress) -> None:
        callback(Progress(start + (end - start) * p.fraction, p.message))

    return report
