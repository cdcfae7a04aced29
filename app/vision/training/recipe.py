"""Recipes: everything needed to reproduce one shipped model, and the code that exports it.

A :class:`Recipe` names the model and its architecture, builds the training task for a seed,
and evaluates the trained model on held-out data. :func:`run_recipe` trains it (resumable, in a
work folder), evaluates it, and writes ``<out>/<model_id>/`` with ``weights.safetensors`` and a
``model.toml`` whose sha256, metrics and data description are filled in from the run.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from app.domain.hashing import sha256_file
from app.domain.progress import CancelToken, ProgressCallback, ignore_progress
from app.vision.training.loop import TrainConfig, TrainResult, TrainTask, train

log = logging.getLogger(__name__)

MAX_WEIGHTS_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Recipe:
    """How to build, train and evaluate one model the project ships."""

    name: str
    model_id: str
    architecture: str
    arch_params: dict[str, Any]
    task: str
    description_en: str
    description_ko: str
    config: TrainConfig
    make_task: Callable[[nn.Module, int], tuple[TrainTask, dict[str, Any]]]
    evaluate: Callable[[nn.Module], dict[str, Any]]
    extra_tables: Callable[[nn.Module, dict[str, Any]], dict[str, dict[str, Any]]] = field(
        default=lambda model, metrics: {}
    )

    def build(self) -> nn.Module:
        from app.vision.archs import ARCHITECTURES

        return ARCHITECTURES[self.architecture](**self.arch_params)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(round(value, 4) if isinstance(value, float) else value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_model_toml(path: Path, top: dict[str, Any], tables: dict[str, dict[str, Any]]) -> None:
    """Write a flat ``model.toml``: top-level keys, then one ``[table]`` per entry of ``tables``."""
    lines = [f"{key} = {_toml_value(value)}" for key, value in top.items()]
    for name, table in tables.items():
        lines += ["", f"[{name}]"] + [f"{key} = {_toml_value(value)}" for key, value in table.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def export_model(recipe: Recipe, model: nn.Module, out_dir: Path, metrics: dict[str, Any],
                 data: dict[str, Any], version: str = "1.0.0") -> Path:
    """Save ``model`` as ``out_dir/<id>/weights.safetensors`` with its ``model.toml``; return the folder."""
    from safetensors.torch import save_file

    folder = out_dir / recipe.model_id
    folder.mkdir(parents=True, exist_ok=True)
    weights = folder / "weights.safetensors"
    state = {k: v.detach().contiguous().cpu() for k, v in model.state_dict().items()}
    save_file(state, str(weights), metadata={"recipe": recipe.name, "version": version})
    size = weights.stat().st_size
    if size > MAX_WEIGHTS_BYTES:
        raise ValueError(f"{weights} is {size / 1e6:.1f} MB, over the 20 MB limit for shipped weights")
    top = {
        "id": recipe.model_id,
        "version": version,
        "task": recipe.task,
        "architecture": recipe.architecture,
        "licence": "Apache-2.0",
        "origin": f"trained by this project: gyeongju-ai train {recipe.name} (see MODEL_CARD.md)",
        "description_en": recipe.description_en,
        "description_ko": recipe.description_ko,
    }
    tables: dict[str, dict[str, Any]] = {
        "arch_params": dict(recipe.arch_params),
        "weights": {"file": weights.name, "format": "safetensors", "sha256": sha256_file(weights)},
        "input": {"mean": [0.0, 0.0, 0.0], "std": [1.0, 1.0, 1.0], "channel_order": "RGB"},
        "metrics": {k: v for k, v in metrics.items() if isinstance(v, int | float)},
        "training": data,
    }
    tables.update(recipe.extra_tables(model, metrics))
    write_model_toml(folder / "model.toml", top, tables)
    return folder


def run_recipe(
    recipe: Recipe,
    out_dir: Path,
    *,
    steps: int | None = None,
    seed: int = 0,
    workdir: Path | None = None,
    threads: int | None = None,
    accelerator: dict[str, Any] | None = None,
    lr: float | None = None,
    init_from: Path | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> tuple[Path, TrainResult, dict[str, Any]]:
    """Train (resuming from ``workdir`` if it holds a checkpoint), evaluate, export.

    ``accelerator`` may set ``device``, ``workers``, ``batch_multiplier`` and ``minutes`` of the
    :class:`TrainConfig` (a GPU run); they are recorded with the model.
    """
    torch.manual_seed(seed)
    config = TrainConfig(**{**recipe.config.__dict__, "seed": seed, **(accelerator or {})})
    if steps is not None:
        config.steps = steps
        config.warmup = min(config.warmup, max(1, steps // 10))
        config.validate_every = min(config.validate_every, steps)
    if threads is not None:
        config.threads = threads
    if lr is not None:
        config.lr = lr
    model = recipe.build().to(memory_format=torch.channels_last)
    if init_from is not None:
        _load_initial_weights(model, init_from)
    task, data = recipe.make_task(model, seed)
    workdir = workdir or out_dir / f".work-{recipe.name}"
    result = train(task, config, workdir, progress=progress, cancel=cancel)
    log.info("training done: best score %.4f at step %d; evaluating on held-out data", result.best_score,
             result.best_step)
    metrics = recipe.evaluate(model)
    if init_from is not None:
        data["init_from_sha256"] = sha256_file(init_from)
        data["lr"] = config.lr
    data = {**data, "steps": result.steps, "best_step": result.best_step, "seed": seed,
            "batch_multiplier": config.batch_multiplier, "trained_on": config.device}
    folder = export_model(recipe, model, out_dir, metrics, data)
    (folder / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    return folder, result, metrics


def _load_initial_weights(model: nn.Module, path: Path) -> None:
    """Fine-tuning start: safetensors weights of the same architecture (shapes must match).

    The weights may lack only the parts a network declares growable (``GROWABLE_PREFIXES``:
    blocks that start as the identity), so a trained model can be extended and fine-tuned.
    """
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    from app.domain.errors import InvalidInput

    growable = tuple(getattr(model, "GROWABLE_PREFIXES", ()))
    try:
        state = load_file(str(path))
        missing, unexpected = model.load_state_dict(state, strict=False)
    except (SafetensorError, RuntimeError, OSError) as exc:
        raise InvalidInput(f"“{path}” does not hold weights for this recipe's network: {exc}") from None
    lacking = [key for key in missing if not key.startswith(growable)]
    if lacking or unexpected:
        names = ", ".join([*lacking, *unexpected][:4])
        raise InvalidInput(f"“{path}” does not hold weights for this recipe's network (mismatched: {names}).")
