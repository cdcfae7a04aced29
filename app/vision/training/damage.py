"""Recipe ``damage``: the damage segmenter (``damage_unet``), its thresholds and per-kind benchmark.

Training frames are clean photos rescaled to 320–640 px (so a scratch is as wide in pixels as on
a scanned print of that size), aged by ``age_photo`` with exact per-kind masks, and cut into
128-px crops. One frame in seven gets only tone, grain, blur and JPEG — no local damage — so the
network learns that a sepia cast or film grain is not something to repair. Frames live in a pool
that is slowly refreshed, because synthesising damage costs more than a training step.

Loss: binary cross-entropy per kind (positives weighted ×3) plus a soft Dice term per kind
(damage is a few % of pixels; Dice keeps the recall of thin, rare kinds from collapsing).
Per-kind thresholds are chosen for the best F1 on held-out renders; the benchmark reports
precision / recall / F1 per kind on held-out photos.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import cv2
import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from app.imaging.damage import age_photo, apply_damage
from app.vision.archs.damage_unet import DAMAGE_OUTPUTS
from app.vision.training.data import PhotoSet, heldout_photos, random_crop, render_set, train_photos, weights_by_area
from app.vision.training.infer import damage_probabilities, reduce_to_side
from app.vision.training.loop import Batch, TrainConfig, TrainTask
from app.vision.training.metrics import Counts, best_threshold
from app.vision.training.recipe import Recipe

# 2.0.0 was trained on 128-px crops; 2.1.0 added the dilated context blocks, whose wide view
# needs bigger crops, and was fine-tuned on 192-px crops.
CROP = 192
BATCH = 8
POOL = 96
# One frame in this many gets tone / grain / blur / JPEG only: the negatives that teach the net
# that roof tiles, stone joints and thatch are not damage. 2.0.0 was trained with 7; a CPU
# fine-tune of it with 4 (see its model card) changed held-out F1 by less than the noise.
TONE_ONLY_EVERY = 7
TONE_ONLY = ("grayscale", "sepia", "fading", "color_cast", "vignette", "grain", "blur", "jpeg")


def _labels(result_masks: dict[str, np.ndarray], shape: tuple[int, int]) -> np.ndarray:
    """H×W×K uint8 label stack in ``DAMAGE_OUTPUTS`` order (kinds not applied are all zero)."""
    empty = np.zeros(shape, np.uint8)
    return np.stack([result_masks.get(kind, empty) for kind in DAMAGE_OUTPUTS], axis=-1)


def make_frame(photo: np.ndarray, rng: np.random.Generator, severity: tuple[float, float] = (0.3, 0.9)) -> np.ndarray:
    """One aged frame: H×W×(3 + K) uint8, image then per-kind masks."""
    side = int(rng.integers(320, 641))
    scale = side / max(photo.shape[:2])
    resized = cv2.resize(photo, None, fx=scale, fy=scale,
                         interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    seed = int(rng.integers(0, 2**31))
    if rng.random() < 1 / TONE_ONLY_EVERY:
        kinds = [k for k in TONE_ONLY if rng.random() < 0.3] or ["grain"]
        result = apply_damage(resized, [f"{k}:{rng.uniform(0.2, 0.8):.2f}" for k in kinds], seed)
    else:
        result = age_photo(resized, seed, float(rng.uniform(*severity)))
    return np.dstack((result.image, _labels(result.masks, resized.shape[:2])))


def batches(photos: PhotoSet, seed: int) -> Iterator[Batch]:
    """Endless (image, labels) batches drawn from a slowly refreshed pool of aged frames."""
    rng = np.random.default_rng(seed)
    weights = weights_by_area(photos)

    def fresh() -> np.ndarray:
        return make_frame(photos.images[int(rng.choice(len(photos), p=weights))], rng)

    pool = [fresh() for _ in range(POOL)]
    while True:
        if rng.random() < 0.5:
            pool[int(rng.integers(POOL))] = fresh()
        crops = np.stack([random_crop(pool[int(rng.integers(POOL))], CROP, rng) for _ in range(BATCH)])
        tensor = torch.from_numpy(crops).permute(0, 3, 1, 2)
        yield tensor[:, :3].float() / 255.0, (tensor[:, 3:] > 0).float()


def loss_fn(model: nn.Module, batch: Batch) -> Tensor:
    image, labels = (t.contiguous(memory_format=torch.channels_last) for t in batch)
    logits = model(image)
    # Positives are rare (a scratch is ~0.5 % of the pixels): up-weight them in the BCE, and add
    # a soft Dice per kind so the thin, rare kinds count as much as large stains.
    bce = F.binary_cross_entropy_with_logits(logits, labels, pos_weight=logits.new_tensor(3.0))
    probs = torch.sigmoid(logits)
    truth = labels.sum(dim=(0, 2, 3))
    overlap = (probs * labels).sum(dim=(0, 2, 3))
    dice = 1.0 - (2.0 * overlap + 1.0) / (probs.sum(dim=(0, 2, 3)) + truth + 1.0)
    # Only kinds present in the batch: for an absent kind Dice is ~1 for any stray probability,
    # and in small batches (a CPU run) most kinds are absent, so that term would push every
    # kind towards "never" and undo recall. BCE alone handles the absent kinds.
    present = truth > 0
    if not bool(present.any()):
        return bce
    return bce + 0.5 * dice[present].mean()


def damaged_set(photos: PhotoSet, seed: int, repeats: int = 1) -> list[tuple[np.ndarray, np.ndarray]]:
    """(damaged image, H×W×K labels) at the photos' own size, aged with fixed seeds."""
    samples = []
    for r in range(repeats):
        for i, photo in enumerate(photos.images):
            result = age_photo(photo, seed + 100 * r + i, severity=0.3 + 0.6 * ((i + r) % 4) / 3)
            samples.append((result.image, _labels(result.masks, photo.shape[:2]) > 0))
    return samples


CLEAN_MARK_LIMIT = 0.002
"""A kind's threshold may mark at most this fraction of the pixels of clean photos."""


def choose_thresholds(model: nn.Module, samples: list[tuple[np.ndarray, np.ndarray]],
                      clean: tuple[np.ndarray, ...] = ()) -> list[float]:
    """Per-kind thresholds with the best pooled F1 on ``samples`` (0.5 for a kind never seen).

    With ``clean`` photos, only thresholds that mark at most :data:`CLEAN_MARK_LIMIT` of their
    pixels are eligible: a detector that paints roof tiles or a cup of coffee as "stain" sends
    good pixels to the inpainter, which is worse than missing a faint defect.
    """
    probs = [damage_probabilities(image, model=model) for image, _ in samples]
    clean_probs = [damage_probabilities(image, model=model) for image in clean]
    candidates = np.linspace(0.1, 0.9, 33)
    thresholds = []
    for k in range(len(DAMAGE_OUTPUTS)):
        truth = np.concatenate([labels[..., k].reshape(-1) for _, labels in samples])
        if not truth.any():
            thresholds.append(0.5)
            continue
        eligible = candidates
        if clean_probs:
            on_clean = np.concatenate([p[..., k].reshape(-1) for p in clean_probs])
            allowed = [t for t in candidates if np.count_nonzero(on_clean >= t) <= CLEAN_MARK_LIMIT * on_clean.size]
            eligible = np.asarray(allowed or [candidates[-1]])
        pk = np.concatenate([p[..., k].reshape(-1) for p in probs])
        thresholds.append(best_threshold(pk, truth, eligible))
    return thresholds


def score(model: nn.Module, samples: list[tuple[np.ndarray, np.ndarray]], thresholds: list[float]) -> dict[str, Any]:
    """Pixel precision / recall / F1 per kind and for the union mask."""
    per_kind = {kind: Counts() for kind in DAMAGE_OUTPUTS}
    union = Counts()
    limits = np.asarray(thresholds, np.float32)
    for image, labels in samples:
        predicted = damage_probabilities(image, model=model) >= limits
        for k, kind in enumerate(DAMAGE_OUTPUTS):
            per_kind[kind].add(predicted[..., k], labels[..., k])
        union.add(predicted.any(axis=2), labels.any(axis=2))
    result: dict[str, Any] = {}
    for name, counts in [*per_kind.items(), ("union", union)]:
        result[f"{name}_precision"] = counts.precision
        result[f"{name}_recall"] = counts.recall
        result[f"{name}_f1"] = counts.f1
    return result


def _validation_samples() -> list[tuple[np.ndarray, np.ndarray]]:
    return damaged_set(render_set(8, 30_000), seed=40_000)


def _clean_validation_photos() -> tuple[np.ndarray, ...]:
    """Clean photos for the thresholds' false-alarm limit (never trained on; test photos unseen).

    The 8 validation renders without damage, plus 28 renders drawn at 1600 × 1200 and reduced to
    the detector's working size, the way a curator's large scan reaches the net. Only the large
    ones show its worst false alarm (Bulguksa's stone terrace read as a water stain: 6–14 % of
    such a render at the 2.1.0 thresholds), so without them the stain threshold ignored it.
    """
    large = render_set(28, 31_000, size=(1600, 1200)).images
    return render_set(8, 30_000).images + tuple(reduce_to_side(image) for image in large)


def make_task(model: nn.Module, seed: int) -> tuple[TrainTask, dict[str, Any]]:
    photos = train_photos(seed=seed)
    val = _validation_samples()

    def validate(net: nn.Module) -> dict[str, float]:
        metrics = score(net, val, [0.5] * len(DAMAGE_OUTPUTS))
        f1s = [metrics[f"{k}_f1"] for k in DAMAGE_OUTPUTS]
        return {"score": float(np.mean(f1s)), "union_f1": metrics["union_f1"],
                "scratches_f1": metrics["scratches_f1"], "dust_f1": metrics["dust_f1"]}

    data = {"train_photos": list(photos.names), "crop": CROP, "batch": BATCH,
            "damage": "age_photo severity 0.3-0.9 on frames rescaled to 320-640 px; "
                      f"1/{TONE_ONLY_EVERY} tone-only frames",
            "validation": "8 held-out renders (seed 30000) aged with seeds 40000+"}
    return TrainTask(model, lambda s: batches(photos, s), loss_fn, validate), data


def evaluate(model: nn.Module) -> dict[str, Any]:
    """Choose thresholds on held-out renders, then score held-out photos (3 damage seeds each)."""
    thresholds = choose_thresholds(model, _validation_samples(), _clean_validation_photos())
    photos = heldout_photos()
    metrics = score(model, damaged_set(photos, seed=50_000, repeats=3), thresholds)
    metrics["thresholds"] = thresholds
    metrics["photos"] = list(photos.names)
    return metrics


def _threshold_table(model: nn.Module, metrics: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {"labels": {"kinds": list(DAMAGE_OUTPUTS)},
            "thresholds": {"values": [round(float(t), 4) for t in metrics["thresholds"]]}}


RECIPE = Recipe(
    name="damage",
    model_id="damage_unet",
    architecture="damage_unet",
    arch_params={"widths": [16, 32, 48, 64], "context": [2, 4, 8]},
    task="damage-segmentation",
    description_en="Finds scratches, cracks, creases, dust, stains and tears on old photographs (editable mask).",
    description_ko="오래된 사진의 긁힘, 균열, 접힘, 먼지, 얼룩, 찢김을 찾아 편집 가능한 마스크로 표시합니다.",
    config=TrainConfig(steps=1100, lr=2e-3, warmup=150, validate_every=500, log_every=50),
    make_task=make_task,
    evaluate=evaluate,
    extra_tables=_threshold_table,
)
