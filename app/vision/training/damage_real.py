"""Recipe ``damage_real``: fine-tune ``damage_unet`` on real photographs, thresholds chosen for precision.

Same network, synthesised damage (``age_photo``, 1 in 7 frames tone-only) and loss as
:mod:`app.vision.training.damage`, but the clean photos are real: BSDS500 (train/test), the
ImageNet samples and Caltech-101 from the ``train`` split of ``benchmarks/data/real_photos.csv``.
Real photos carry the fine detail the renders lack (text, lattices, foliage, fur, stone), which
is where the shipped detector's false alarms are.

**Precision first.** One-click repair may only inpaint what the detector is sure of, so each
kind's threshold is the *lowest* one whose pooled precision on the validation part of train
(aged with fixed seeds) is at least :data:`PRECISION_TARGET` and which marks at most
:data:`app.vision.training.damage.CLEAN_MARK_LIMIT` of the validation photos left clean; a kind
that reaches neither gets a threshold of 1.0 (never marked). Start from the shipped weights::

    gyeongju-ai train damage_real --init-from models/damage_unet/weights.safetensors \\
        --out .devdata/train --threads 1
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
from torch import nn

from app.vision.archs.damage_unet import DAMAGE_OUTPUTS
from app.vision.training import damage as base
from app.vision.training.infer import damage_probabilities, reduce_to_side
from app.vision.training.loop import TrainConfig, TrainTask
from app.vision.training.realphotos import eval_rows, load_rows, train_and_validation

TRAIN_PER_GROUP = {"bsds500": 400, "imagenet_sample": 500, "caltech101": 1200}
VAL_PER_GROUP = {"bsds500": 8, "imagenet_sample": 12, "caltech101": 12}
EVAL_PER_GROUP = {"bsds500": 20, "imagenet_sample": 20, "caltech101": 20}
PRECISION_TARGET = 0.9
NEVER = 1.0


def _as_working(images: tuple[np.ndarray, ...]) -> tuple[np.ndarray, ...]:
    return tuple(reduce_to_side(im) for im in images)


def precision_thresholds(
    model: nn.Module, samples: list[tuple[np.ndarray, np.ndarray]], clean: tuple[np.ndarray, ...]
) -> list[float]:
    """Per kind: the lowest threshold with precision ≥ target and the clean-mark limit met (else 1.0)."""
    probs = [damage_probabilities(image, model=model) for image, _ in samples]
    clean_probs = [damage_probabilities(image, model=model) for image in clean]
    candidates = np.linspace(0.3, 0.98, 35)
    chosen = []
    for k in range(len(DAMAGE_OUTPUTS)):
        truth = np.concatenate([labels[..., k].reshape(-1) for _, labels in samples])
        pk = np.concatenate([p[..., k].reshape(-1) for p in probs])
        on_clean = np.concatenate([p[..., k].reshape(-1) for p in clean_probs])
        value = NEVER
        for t in candidates:
            marked = pk >= t
            if not marked.any() or np.count_nonzero(on_clean >= t) > base.CLEAN_MARK_LIMIT * on_clean.size:
                continue
            if np.count_nonzero(marked & truth) / np.count_nonzero(marked) >= PRECISION_TARGET:
                value = float(t)
                break
        chosen.append(value)
    return chosen


def make_task(model: nn.Module, seed: int) -> tuple[TrainTask, dict[str, Any]]:
    train_rows, val_rows = train_and_validation(TRAIN_PER_GROUP, VAL_PER_GROUP)
    photos = load_rows(train_rows)
    val = base.damaged_set(load_rows(val_rows[: len(val_rows) // 2]), seed=40_000)

    def validate(net: nn.Module) -> dict[str, float]:
        metrics = base.score(net, val, [0.5] * len(DAMAGE_OUTPUTS))
        f1s = [metrics[f"{k}_f1"] for k in DAMAGE_OUTPUTS]
        return {
            "score": float(np.mean(f1s)),
            "union_f1": metrics["union_f1"],
            "union_precision": metrics["union_precision"],
            "scratches_f1": metrics["scratches_f1"],
            "dust_f1": metrics["dust_f1"],
        }

    data = {
        "train_photos": [r.name for r in train_rows],
        "train_sha256": [r.sha256 for r in train_rows],
        "crop": base.CROP,
        "batch": base.BATCH,
        "damage": "age_photo severity 0.3-0.9 on real frames rescaled to 320-640 px; "
        f"1/{base.TONE_ONLY_EVERY} tone-only frames",
        "validation": f"{len(val_rows)} real photos held back from the train split",
    }
    return TrainTask(model, lambda s: base.batches(photos, s), base.loss_fn, validate), data


def evaluate(model: nn.Module) -> dict[str, Any]:
    """Precision-first thresholds on the validation part of train, then score real eval photos."""
    _, val_rows = train_and_validation(TRAIN_PER_GROUP, VAL_PER_GROUP)
    val_images = load_rows(val_rows).images
    half = len(val_images) // 2
    samples = base.damaged_set(base.PhotoSet(("v",) * half, _as_working(val_images[:half])), seed=41_000, repeats=2)
    thresholds = precision_thresholds(model, samples, _as_working(val_images[half:]))
    photos = load_rows(eval_rows(EVAL_PER_GROUP))
    photos = base.PhotoSet(photos.names, _as_working(photos.images))
    metrics = base.score(model, base.damaged_set(photos, seed=50_000), thresholds)
    metrics["thresholds"] = thresholds
    metrics["photos"] = list(photos.names)
    return metrics


RECIPE = replace(
    base.RECIPE,
    name="damage_real",
    config=TrainConfig(steps=4000, lr=3e-4, warmup=100, validate_every=250, log_every=25, threads=1),
    make_task=make_task,
    evaluate=evaluate,
)

WIDE_RECIPE = replace(
    RECIPE,
    name="damage_real_wide",
    # Same full-resolution level (thin defects are one or two pixels wide, and that level is
    # what costs), two to three times the channels below it: the fine-tunes of the 16-32-48-64
    # network plateaued (loss ~0.44 from step 1 750 to 4 000), so capacity, not steps, limits it.
    arch_params={"widths": [16, 48, 96, 128], "context": [2, 4, 8]},
    config=TrainConfig(steps=8000, lr=2e-3, warmup=200, validate_every=500, log_every=50, threads=1),
)
