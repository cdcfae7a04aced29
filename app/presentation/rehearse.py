"""Rehearse a show: run every live step headless, store its result in the pack's cache, time it.

The models are warmed first (loaded and run once on a tiny image), so the timings are what the
audience will wait during the show. Each live step's result goes to
``<pack>/cache/<index>-<kind>/`` (PNG images + ``result.json`` with the timings and the models'
provenance); :func:`app.presentation.live.run_step` falls back to it when a step is too slow or fails.
"""

from __future__ import annotations

import datetime as _dt
import time
from dataclasses import dataclass
from pathlib import Path

from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress, scaled
from app.presentation.cache import cache_root, save_result
from app.presentation.operations import REAL, Operations, warm_up
from app.presentation.script import Script
from app.version import __version__


@dataclass(frozen=True)
class Timing:
    """One row of the rehearsal table."""

    step: int
    kind: str
    seconds: float
    budget_s: float
    cache: Path

    @property
    def within_budget(self) -> bool:
        return self.seconds <= self.budget_s


def rehearse(
    script: Script,
    pack_dir: str | Path,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    *,
    operations: Operations = REAL,
    warm: bool = True,
) -> list[Timing]:
    """Warm the models, run every live step, cache each result; return the timings in step order.

    ``operations`` replaces the app's real operations (tests, other engines); ``warm=False`` skips
    the warm-up (only sensible with such replacements). A step that raises stops the rehearsal
    with its error: the show must not go on with a step that cannot run.
    """
    cancel = cancel or CancelToken()
    pack_dir = Path(pack_dir)
    live = script.live_steps
    timings: list[Timing] = []
    if not live:
        progress(Progress(1.0, "nothing to rehearse"))
        return timings
    if warm:
        warm_up(live, scaled(progress, 0.0, 0.2), cancel)
    start = 0.2 if warm else 0.0
    share = (1.0 - start) / len(live)
    for number, step in enumerate(live):
        cancel.raise_if_cancelled()
        part = scaled(progress, start + number * share, start + (number + 1) * share)
        part(Progress(0.0, f"step {step.index}: {step.kind}"))
        began = time.perf_counter()
        result = operations.for_step(step)(step, pack_dir, part, cancel)
        seconds = time.perf_counter() - began
        folder = cache_root(pack_dir) / step.cache_name
        record = {
            "step": step.index, "kind": step.kind, "seconds": round(seconds, 3), "budget_s": step.time_budget_s,
            "within_budget": seconds <= step.time_budget_s,
            "rehearsed_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"), "app_version": __version__,
            "script": script.path.name if script.path else None,
        }
        save_result(folder, result, record)
        timings.append(Timing(step.index, step.kind, seconds, step.time_budget_s, folder))
    progress(Progress(1.0, "rehearsal finished"))
    return timings


def timings_table(timings: list[Timing]) -> str:
    """The rehearsal table as aligned text (step, kind, seconds, budget, within budget?)."""
    rows = [("step", "kind", "seconds", "budget_s", "within budget")]
    rows += [(str(t.step), t.kind, f"{t.seconds:.2f}", f"{t.budget_s:g}", "yes" if t.within_budget else "NO")
             for t in timings]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
                     for row in rows)
