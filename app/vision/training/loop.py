"""The one training loop every restoration recipe uses: seeded, resumable, cancellable.

A recipe supplies the model, an endless batch stream, the loss and a validation function; the
loop owns the optimiser (Adam), the learning-rate schedule (linear warm-up, cosine decay),
gradient clipping, logging, periodic validation and checkpoints. A checkpoint holds only
tensors and plain numbers, so it is re-read with ``torch.load(weights_only=True)`` — never pickle.

Resuming restarts the batch stream from a seed derived from the step reached, so an interrupted
run continues with fresh (still deterministic) batches instead of replaying the ones it saw.
"""

from __future__ import annotations

import copy
import logging
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress

log = logging.getLogger(__name__)

Batch = tuple[Tensor, ...]


@dataclass
class TrainConfig:
    """Hyper-parameters of one run."""

    steps: int
    lr: float = 2e-3
    min_lr_fraction: float = 0.05
    warmup: int = 100
    weight_decay: float = 0.0
    clip_norm: float = 1.0
    seed: int = 0
    log_every: int = 50
    validate_every: int = 500
    checkpoint_seconds: float = 180.0
    threads: int = 2
    # Accelerator runs: where the model trains, how many processes synthesise batches, how many
    # recipe batches are concatenated into one optimiser step, and an optional wall-clock budget.
    device: str = "cpu"
    workers: int = 0
    batch_multiplier: int = 1
    minutes: float | None = None


@dataclass
class TrainResult:
    """What a run produced: the best model's validation score and the loss history."""

    steps: int
    best_score: float
    best_step: int
    best_metrics: dict[str, float]
    losses: list[tuple[int, float]] = field(default_factory=list)


@dataclass
class TrainTask:
    """The parts a recipe provides to :func:`train`.

    ``batches(seed)`` yields training batches forever; ``loss(model, batch)`` returns a scalar;
    ``validate(model)`` returns metrics including ``score`` (higher is better) and runs in eval mode.
    """

    model: nn.Module
    batches: Callable[[int], Iterator[Batch]]
    loss: Callable[[nn.Module, Batch], Tensor]
    validate: Callable[[nn.Module], dict[str, float]]


def lr_at(step: int, config: TrainConfig) -> float:
    """Linear warm-up to ``lr`` then cosine decay to ``lr × min_lr_fraction`` at ``steps``."""
    if step < config.warmup:
        return config.lr * (step + 1) / config.warmup
    span = max(1, config.steps - config.warmup)
    t = min(1.0, (step - config.warmup) / span)
    floor = config.lr * config.min_lr_fraction
    return floor + (config.lr - floor) * 0.5 * (1.0 + math.cos(math.pi * t))


def _save(path: Path, payload: dict[str, Any]) -> None:
    """Write atomically so a kill mid-save never leaves a truncated checkpoint."""
    tmp = path.with_suffix(".tmp")
    torch.save(payload, tmp)
    tmp.replace(path)


def train(
    task: TrainTask,
    config: TrainConfig,
    workdir: Path,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> TrainResult:
    """Train ``task.model`` in place, keeping ``workdir/last.pt`` and ``workdir/best.pt``.

    An existing ``last.pt`` is resumed. On return the model holds the best validated weights.
    """
    torch.set_num_threads(config.threads)
    workdir.mkdir(parents=True, exist_ok=True)
    device = torch.device(config.device)
    model = task.model.to(device)
    optimiser = torch.optim.Adam(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    step, best = 0, {"score": -math.inf, "step": -1.0}
    losses: list[tuple[int, float]] = []
    last_path, best_path = workdir / "last.pt", workdir / "best.pt"
    if last_path.is_file():
        state = torch.load(last_path, map_location="cpu", weights_only=True)
        model.load_state_dict(state["model"])
        optimiser.load_state_dict(state["optimiser"])
        step, best = int(state["step"]), dict(state["best"])
        losses = [(int(s), float(v)) for s, v in state["losses"].tolist()]
        log.info("resumed %s at step %d (best %.4f at %d)", workdir, step, best["score"], int(best["step"]))
    torch.manual_seed(config.seed + step)
    stream = batch_stream(task, config, config.seed * 1_000_003 + step, device)
    last_save, started, running, first_step = time.monotonic(), time.monotonic(), None, step

    def checkpoint() -> None:
        history = torch.tensor(losses, dtype=torch.float64).reshape(-1, 2)
        _save(last_path, {"model": model.state_dict(), "optimiser": optimiser.state_dict(),
                          "step": step, "best": best, "losses": history})

    model.train()
    while step < config.steps:
        if cancel is not None:
            cancel.raise_if_cancelled()
        for group in optimiser.param_groups:
            group["lr"] = lr_at(step, config)
        loss = task.loss(model, next(stream))
        optimiser.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), config.clip_norm)
        optimiser.step()
        step += 1
        if config.minutes is not None and step == first_step + _RATE_PROBE_STEPS:
            _fit_steps_to_budget(config, step, first_step, time.monotonic() - started)
        value = float(loss.detach())
        running = value if running is None else 0.98 * running + 0.02 * value
        if step % config.log_every == 0 or step == config.steps:
            losses.append((step, running))
            rate = (step - first_step) / max(1e-9, time.monotonic() - started)
            log.info("step %d/%d loss %.5f lr %.2e (%.2f steps/s)", step, config.steps, running,
                     lr_at(step, config), rate)
            progress(Progress(step / config.steps, f"step {step} of {config.steps}, loss {running:.4f}"))
        if step % config.validate_every == 0 or step == config.steps:
            metrics = _validate(task, model)
            log.info("validate step %d: %s", step, " ".join(f"{k}={v:.4f}" for k, v in metrics.items()))
            if metrics["score"] > best["score"]:
                best = {**{k: float(v) for k, v in metrics.items()}, "step": float(step)}
                _save(best_path, {"model": model.state_dict(), "step": step, "metrics": best})
            checkpoint()
            last_save = time.monotonic()
        elif time.monotonic() - last_save > config.checkpoint_seconds:
            checkpoint()
            last_save = time.monotonic()
    model.eval()
    if best_path.is_file():
        model.load_state_dict(torch.load(best_path, map_location="cpu", weights_only=True)["model"])
    model.cpu()
    metrics = {k: v for k, v in best.items() if k not in ("score", "step")}
    return TrainResult(step, float(best["score"]), int(best["step"]), metrics, losses)


_RATE_PROBE_STEPS = 60


def _fit_steps_to_budget(config: TrainConfig, step: int, first_step: int, elapsed: float) -> None:
    """Shorten ``config.steps`` so the run ends inside ``config.minutes`` (validation counted in).

    The step count is fixed once, early, from the measured rate, so the cosine schedule still
    decays to its floor; the chosen count is logged and saved with the model, which makes the run
    reproducible later with ``--steps``.
    """
    rate = (step - first_step) / max(elapsed, 1e-6)
    budget = float(config.minutes or 0.0) * 60.0 * 0.85 - elapsed
    fitted = step + max(1, int(rate * budget))
    if fitted < config.steps:
        log.info("time budget %.1f min at %.2f steps/s: training %d steps instead of %d",
                 config.minutes, rate, fitted, config.steps)
        config.steps = fitted
        config.validate_every = max(1, (fitted - step) // 6)


def _validate(task: TrainTask, model: nn.Module) -> dict[str, float]:
    """Validate on a CPU copy: the recipes' validation runs the CPU inference code the app uses."""
    net = model if next(model.parameters()).device.type == "cpu" else copy.deepcopy(model).cpu()
    net.eval()
    with torch.inference_mode():
        metrics = task.validate(net)
    model.train()
    return metrics


class _WorkerBatches(torch.utils.data.IterableDataset):
    """Runs a recipe's batch generator in each loader process, seeded per process."""

    def __init__(self, batches: Callable[[int], Iterator[Batch]], seed: int) -> None:
        super().__init__()
        self.batches, self.seed = batches, seed

    def __iter__(self) -> Iterator[Batch]:
        info = torch.utils.data.get_worker_info()
        worker = 0 if info is None else info.id
        return self.batches(self.seed * 7919 + worker)


def batch_stream(task: TrainTask, config: TrainConfig, seed: int, device: torch.device) -> Iterator[Batch]:
    """The recipe's batches, optionally made in ``config.workers`` processes and concatenated.

    With no workers and a multiplier of 1 this is exactly ``task.batches(seed)`` (the CPU recipe).
    """
    if config.workers > 0:
        loader = torch.utils.data.DataLoader(
            _WorkerBatches(task.batches, seed), batch_size=None, num_workers=config.workers,
            prefetch_factor=8, persistent_workers=True, pin_memory=device.type == "cuda",
        )
        # No worker_init_fn that calls cv2.setNumThreads: in a forked loader process that hung
        # (OpenCV's thread pool from the parent); set OPENCV_FOR_THREADS_NUM=1 instead.
        source: Iterator[Batch] = iter(loader)
    else:
        source = task.batches(seed)
    while True:
        parts = [next(source) for _ in range(max(1, config.batch_multiplier))]
        batch = tuple(torch.cat(ts) if len(ts) > 1 else ts[0] for ts in zip(*parts, strict=True))
        yield tuple(t.to(device, non_blocking=True) for t in batch)
