"""Run one live step during the show without ever stalling.

The step runs on a worker thread; the caller waits at most its time budget. When the step is too
slow or raises, the rehearsed result from the pack's cache is shown instead and ``source`` says
so: ``"live"``, ``"cache (too slow)"`` or ``"cache (failed: …)"``. A too-slow step is asked to
cancel and left to finish in the background (a daemon thread, so it never blocks quitting).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import GyeongjuError, InvalidInput
from app.domain.progress import CancelToken, ignore_progress
from app.presentation.cache import StepResult, load_result
from app.presentation.operations import REAL, Operation
from app.presentation.script import Step

LIVE = "live"
TOO_SLOW = "cache (too slow)"


@dataclass(frozen=True, eq=False)
class LiveOutcome:
    """What to show for a step, where it came from and how long the live attempt took."""

    result: StepResult
    source: str
    seconds: float
    record: dict[str, Any] | None = None  # the cache's result.json when the cache was used

    @property
    def from_cache(self) -> bool:
        return self.source != LIVE


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".") if isinstance(exc, GyeongjuError) else f"{type(exc).__name__}: {exc}".strip()
    return text.rstrip(":").strip() or type(exc).__name__


def run_step(
    step: Step,
    cache_dir: str | Path,
    budget_s: float | None = None,
    *,
    pack_dir: str | Path | None = None,
    operation: Operation | None = None,
) -> LiveOutcome:
    """Run ``step`` live within ``budget_s`` (default: the step's), else show its cached result.

    ``cache_dir`` is the step's folder ``<pack>/cache/<index>-<kind>``; ``pack_dir`` (default: two
    folders above it) holds the images; ``operation`` replaces the app's real operation for the
    step's kind. Without a cached result a failure is one :class:`InvalidInput` sentence, and a
    step that is only slow is waited for.
    """
    cache_dir = Path(cache_dir)
    pack_dir = Path(pack_dir) if pack_dir is not None else cache_dir.parent.parent
    budget = step.time_budget_s if budget_s is None else float(budget_s)
    run = operation or REAL.for_step(step)
    cancel = CancelToken()
    box: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        try:
            box["result"] = run(step, pack_dir, ignore_progress, cancel)
        except BaseException as exc:  # reported to the caller, never lost on the thread
            box["error"] = exc
        finally:
            done.set()

    began = time.perf_counter()
    worker = threading.Thread(target=work, name=f"live-step-{step.index}", daemon=True)
    worker.start()
    finished = done.wait(budget)
    if finished and "result" in box:
        return LiveOutcome(box["result"], LIVE, time.perf_counter() - began)
    cached = load_result(cache_dir)
    if not finished:
        if cached is not None:
            cancel.cancel()
            return LiveOutcome(cached[0], TOO_SLOW, time.perf_counter() - began, cached[1])
        done.wait()  # nothing rehearsed to show instead: the live result is all there is
        if "result" in box:
            return LiveOutcome(box["result"], LIVE, time.perf_counter() - began)
    reason = _reason(box["error"])
    if cached is not None:
        return LiveOutcome(cached[0], f"cache (failed: {reason})", time.perf_counter() - began, cached[1])
    raise InvalidInput(
        f"Step {step.index} ({step.kind}) failed ({reason}) and has no rehearsed result to show instead; "
        "rehearse the show first (present --rehearse)."
    )
