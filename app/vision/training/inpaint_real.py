"""Recipe ``inpaint_real``: fine-tune ``inpaint_net`` on real photographs (the manifest's train split).

Same network, masks and loss as :mod:`app.vision.training.inpaint`; only the photos differ:
real photos of BSDS500 (train/test), the ImageNet samples and Caltech-101 (≥ 256 px a side, so
a 256-px crop needs no padding), from the ``train`` split of ``benchmarks/data/real_photos.csv``.
Checkpoints are chosen on a validation part of train (:func:`realphotos.split_train`); the model
card's numbers come from the ``eval`` split, which is never trained on. Start it from the shipped
weights::

    gyeongju-ai train inpaint_real --init-from models/inpaint_net/weights.safetensors \\
        --out .devdata/train --threads 1
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from typing import Any

import numpy as np
from torch import nn

from app.imaging.damage import random_hole_mask
from app.vision.training import inpaint as base
from app.vision.training.infer import inpaint_learned
from app.vision.training.loop import Batch, TrainConfig, TrainTask
from app.vision.training.metrics import psnr
from app.vision.training.realphotos import eval_rows, load_rows, train_and_validation

TRAIN_PER_GROUP = {"bsds500": 400, "imagenet_sample": 500, "caltech101": 400}
VAL_PER_GROUP = {"bsds500": 4, "imagenet_sample": 4, "caltech101": 4}
EVAL_PER_GROUP = {"bsds500": 20, "imagenet_sample": 20, "caltech101": 20}
MIN_SIDE = base.CROP


def make_task(model: nn.Module, seed: int) -> tuple[TrainTask, dict[str, Any]]:
    return _make_task(model, seed, TRAIN_PER_GROUP)


def _make_task(
    model: nn.Module, seed: int, per_group: dict[str, int],
    crop: int = base.CROP, batch: int = base.BATCH, upright: bool = False,
) -> tuple[TrainTask, dict[str, Any]]:
    train_rows, val_rows = train_and_validation(per_group, VAL_PER_GROUP, MIN_SIDE)
    photos = load_rows(train_rows)
    masks = base.mask_pool(seed + 7)
    val_images = load_rows(val_rows).images
    val = [
        (im, random_hole_mask(im.shape[0], im.shape[1], 20_000 + i, area=base.EVAL_AREA))
        for i, im in enumerate(val_images)
    ]

    def validate(net: nn.Module) -> dict[str, float]:
        scores = [psnr(im, inpaint_learned(im, m, model=net), m) for im, m in val]
        return {"score": float(np.mean(scores)), "val_hole_psnr": float(np.mean(scores))}

    data = {
        "train_photos": [r.name for r in train_rows],
        "train_sha256": [r.sha256 for r in train_rows],
        "crop": crop,
        "batch": batch,
        "augment": "mirror only (upright)" if upright else "mirror and quarter turns",
        "masks": "random_hole_mask 5-40 % on 512² frames + dilated scratches/cracks/creases",
        "validation": f"{len(val_rows)} real photos held back from the train split, holes 10-30 %",
    }

    def stream(s: int) -> Iterator[Batch]:
        return base.batches(photos, masks, s, crop=crop, batch=batch, upright=upright)

    return TrainTask(model, stream, base.loss_fn, validate), data


def evaluate(model: nn.Module) -> dict[str, Any]:
    """The inpainting benchmark of :func:`base.evaluate` on real photos of the eval split."""
    return base.evaluate(model, load_rows(eval_rows(EVAL_PER_GROUP, MIN_SIDE)))


RECIPE = replace(
    base.RECIPE,
    name="inpaint_real",
    config=TrainConfig(steps=6000, lr=1e-4, warmup=100, validate_every=250, log_every=25, threads=1),
    make_task=make_task,
    evaluate=evaluate,
)

# Every train photo of at least 256 px a side (1 883: Caltech-101 1 258, ImageNet samples 433,
# BSDS500 192) and a schedule several times longer: the 6 000-step run was still gaining
# ~0.05 dB per 1 000 steps on validation when its learning rate decayed, with each photo seen ~18 times.
LONG_TRAIN_PER_GROUP = {"bsds500": 400, "imagenet_sample": 500, "caltech101": 1400}

LONG_RECIPE = replace(
    RECIPE,
    name="inpaint_real_long",
    config=TrainConfig(steps=30000, lr=2e-4, warmup=200, validate_every=1000, log_every=100, threads=1),
    make_task=partial(_make_task, per_group=LONG_TRAIN_PER_GROUP),
)

# More context per step and photos kept upright: the eval photos are whole (up to 512 px) and
# upright, while 256² crops turned by quarter turns show the network less of the scene than it
# has to fill from and skies below as often as above. 320² crops of the same 1 883 photos (those
# under 320 px a side are mirror-padded by the crop), 2 per step (about the pixels of 3 × 256²).
CONTEXT_RECIPE = replace(
    LONG_RECIPE,
    name="inpaint_real_context",
    config=TrainConfig(steps=24000, lr=1e-4, warmup=200, validate_every=1000, log_every=100, threads=1),
    make_task=partial(_make_task, per_group=LONG_TRAIN_PER_GROUP, crop=320, batch=2, upright=True),
)
