"""What a step shows, made ready off the UI thread: images decoded, live steps run within their budget.

Qt-free on purpose: the show hands :func:`prepare_job` to the runner, so the UI thread never decodes
a photo or waits for a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.domain.errors import GyeongjuError
from app.jobs import Job
from app.presentation.cache import cache_root
from app.presentation.live import run_step
from app.presentation.operations import Operations
from app.presentation.script import Step

#: Long side of the photos the audience sees (a projector is at most 4K wide).
SHOW_SIDE = 2048


@dataclass(frozen=True, eq=False)
class Prepared:
    """A step's pictures and data; ``source`` is live.run_step's (None for steps that run nothing)."""

    step: Step
    images: dict[str, np.ndarray] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    seconds: float = 0.0
    error: str | None = None


def _load(pack_dir: Path, relative: str) -> np.ndarray:
    from app.imaging.io import load_preview

    return load_preview(pack_dir / relative, SHOW_SIDE).pixels


def _pictures(step: Step, pack_dir: Path) -> dict[str, np.ndarray]:
    if step.kind == "side_by_side":
        return {"left": _load(pack_dir, step.images[0]), "right": _load(pack_dir, step.images[1])}
    if step.image:
        return {"image": _load(pack_dir, step.image)}
    return {}


def prepare(step: Step, pack_dir: Path, operations: Operations | None = None) -> Prepared:
    """Run a live step (live or from the cache) or load a still step's pictures.

    A live step with nothing to show (it failed and was never rehearsed) still shows its photo, and
    ``error`` carries the one sentence for the presenter.
    """
    pack_dir = Path(pack_dir)
    if not step.live:
        try:
            return Prepared(step, _pictures(step, pack_dir))
        except (GyeongjuError, OSError) as exc:
            return Prepared(step, error=str(exc))
    operation = operations.for_step(step) if operations is not None else None
    try:
        outcome = run_step(step, cache_root(pack_dir) / step.cache_name, pack_dir=pack_dir, operation=operation)
    except (GyeongjuError, OSError) as exc:
        try:
            pictures = _pictures(step, pack_dir)
        except (GyeongjuError, OSError):
            pictures = {}
        return Prepared(step, pictures, error=str(exc))
    return Prepared(step, dict(outcome.result.images), dict(outcome.result.data), outcome.source, outcome.seconds)


def prepare_job(step: Step, pack_dir: Path, operations: Operations | None = None) -> Job[Prepared]:
    return Job(f"step {step.index}", lambda _progress, _cancel: prepare(step, pack_dir, operations))
