"""Recipe ``damage_verifier``: learn which of the detector's candidate defects are real, and the operating point.

Data: 1 300 photos of the **train split** of ``benchmarks/data/real_photos.csv`` (BSDS500 200,
all it has there; ImageNet samples 500, Caltech-101 600; listed with their role, fit or choose, in
``benchmarks/data/restoration_training_photos.csv``; the shipped ``damage_unet`` was trained on renders and
package photos, so it never saw any of them), at the detector's working size. Each photo is seen
clean, aged by ``age_photo`` and with scratches + dust alone (fixed seeds); the shipped
``damage_unet`` proposes candidate regions (:mod:`app.vision.restoration.damage_components`); a
region is *real* when at least half of its pixels are damage of any kind. Regions of clean photos
are all false alarms, which is what the verifier is for.

The photos are split in two by position: the even ones train the verifier (weighted BCE, a
region weighs √area, since pixels are what get repaired); the odd ones choose the **operating
point** (:class:`app.vision.restoration.sure_damage.OperatingPoint`): the one with the highest
recall of thin damage whose pixel precision is ≥ 0.9 and which marks ≤ 0.2 % of the clean
photos' pixels and nothing on ≥ 99 % of them (far stricter than the issue's 90 % for the
detector: one-click as a whole must leave ≥ 95 % of clean photos untouched, see
:data:`CLEAN_NOTHING_TARGET`). The numbers on the ``eval`` split come from
``benchmarks/damage_real.py`` (row ``sure``)::

    gyeongju-ai train damage_verifier --out .devdata/train --threads 1
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Iterator
from typing import Any

import cv2
import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from app.imaging.damage import age_photo, apply_damage
from app.vision.archs.damage_unet import DAMAGE_OUTPUTS
from app.vision.restoration.damage_components import CANDIDATE_KINDS, FEATURE_NAMES, Candidates, find_candidates
from app.vision.restoration.sure_damage import OperatingPoint
from app.vision.training.damage import _labels
from app.vision.training.infer import WORKING_SIDE, damage_probabilities, reduce_to_side
from app.vision.training.loop import Batch, TrainConfig, TrainTask
from app.vision.training.realphotos import choose, load_rows, manifest_rows
from app.vision.training.recipe import Recipe

log = logging.getLogger(__name__)

LOW = 0.5
BATCH = 1024
PRECISION_TARGET = 0.9
CLEAN_MEAN_LIMIT = 0.002
# One-click must leave ≥ 95 % of clean photos untouched overall (issue 16, item 3), and its colour
# and noise steps already change ~4 % of them, so the repair step may touch at most about 1 %.
CLEAN_NOTHING_TARGET = 0.99
SCORES = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)
PIXELS = (0.5, 0.6, 0.7, 0.8, 0.9)  # all ≥ LOW
GATES = (0.0, 5e-4, 1e-3, 2e-3)
REGIONS = (0, 10, 20, 40, 60)
_THIN = [DAMAGE_OUTPUTS.index(kind) for kind in CANDIDATE_KINDS]


class Sample:
    """One image the detector looked at, reduced to what fitting and choosing need (no pixel arrays kept).

    Per candidate region: its features, whether it is real damage (≥ half its pixels), its area,
    and for each threshold of :data:`PIXELS` how many of its pixels pass it (``px``), and how many
    of those are damage of any kind (``hit``), lie within a pixel of damage (``near``), are thin
    damage (``thin``). A mask of kept regions is then scored by sums, exactly as
    :func:`~app.vision.restoration.sure_damage.sure_regions` would draw it.
    """

    def __init__(self, photo: int, candidates: Candidates, truth: np.ndarray | None) -> None:
        self.photo = photo
        self.features = candidates.features
        self.size = candidates.labels.size
        labels = candidates.labels.ravel()
        bins = candidates.count + 1
        self.area = np.bincount(labels, minlength=bins)[1:]
        self.clean = truth is None
        any_damage = truth.any(axis=2) if truth is not None else np.zeros(candidates.labels.shape, bool)
        thin = truth[..., _THIN].any(axis=2) if truth is not None else any_damage
        near = cv2.dilate(any_damage.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        self.thin_total = int(np.count_nonzero(thin))
        self.real = np.bincount(labels, weights=any_damage.ravel(), minlength=bins)[1:] >= 0.5 * self.area
        counts: dict[str, list[np.ndarray]] = {"px": [], "hit": [], "near": [], "thin": []}
        for pixel in PIXELS:
            passing = (candidates.probability >= pixel).ravel()
            for name, inside in (("px", passing), ("hit", passing & any_damage.ravel()),
                                 ("near", passing & near.ravel()), ("thin", passing & thin.ravel())):
                counts[name].append(np.bincount(labels, weights=inside, minlength=bins)[1:])
        self.counts = {name: np.stack(values) for name, values in counts.items()}  # P × regions


# The detector (damage_unet 2.1.1) was trained on renders and package photos only, so every photo
# of the manifest's train split is unseen by it; these are taken per group in the manifest's fixed
# order and alternate between fitting and choosing.
PHOTOS_PER_GROUP = {"bsds500": 210, "imagenet_sample": 500, "caltech101": 600}


@functools.cache
def prepared_samples(seed: int = 0) -> tuple[list[Sample], str]:
    """Candidates of every chosen train photo (clean, aged, scratches + dust) and the detector's sha256."""
    from app.vision.engine import default_engine

    engine = default_engine()
    detector = engine.model("damage_unet")
    detector_sha = engine.registry.get("damage_unet").weights.sha256
    rows = choose([r for r in manifest_rows() if r.split == "train"], PHOTOS_PER_GROUP)
    samples = []
    for i, row in enumerate(rows):
        photo = load_rows([row]).images[0]
        if max(photo.shape[:2]) > WORKING_SIDE:
            photo = reduce_to_side(photo)
        versions: list[tuple[np.ndarray, np.ndarray | None]] = [(photo, None)]
        for result in (age_photo(photo, 70_000 + seed + i, 0.3 + 0.6 * (i % 4) / 3),
                       apply_damage(photo, ["scratches:0.6", "dust:0.6"], 71_000 + seed + i)):
            versions.append((result.image, _labels(result.masks, photo.shape[:2]) > 0))
        for image, truth in versions:
            probs = damage_probabilities(image, model=detector)
            samples.append(Sample(i, find_candidates(image, probs, DAMAGE_OUTPUTS, LOW), truth))
        if i % 100 == 0:
            log.info("verifier data: %d of %d photos", i, len(rows))
    return samples, detector_sha


def _rows(samples: list[Sample]) -> tuple[Tensor, Tensor, Tensor]:
    features = np.concatenate([s.features for s in samples])
    real = np.concatenate([s.real for s in samples]).astype(np.float32)
    area = np.concatenate([s.area for s in samples]).astype(np.float32)
    return torch.from_numpy(features), torch.from_numpy(real), torch.from_numpy(np.sqrt(area))


def _halves(samples: list[Sample]) -> tuple[list[Sample], list[Sample]]:
    return [s for s in samples if s.photo % 2 == 0], [s for s in samples if s.photo % 2 == 1]


def _weighted_bce(model: nn.Module, batch: Batch) -> Tensor:
    features, real, weight = batch
    return (F.binary_cross_entropy_with_logits(model(features), real, reduction="none") * weight).mean()


def make_task(model: nn.Module, seed: int) -> tuple[TrainTask, dict[str, Any]]:
    samples, detector_sha = prepared_samples()
    fit, choose = _halves(samples)
    features, real, weight = _rows(fit)
    model.set_standardisation(features)
    held = _rows(choose)

    def batches(s: int) -> Iterator[Batch]:
        rng = np.random.default_rng(s)
        while True:
            index = torch.from_numpy(rng.integers(0, len(real), BATCH))
            yield features[index], real[index], weight[index]

    def validate(net: nn.Module) -> dict[str, float]:
        with torch.no_grad():
            loss = float(_weighted_bce(net, held))
        return {"score": -loss, "held_back_bce": loss}

    data = {
        "detector_sha256": detector_sha,
        "photos": f"train split of benchmarks/data/real_photos.csv, {PHOTOS_PER_GROUP} in its fixed order "
                  f"({len({s.photo for s in samples})} photos; even ones fit, odd ones choose the operating point)",
        "versions": "clean; age_photo seed 70000+i severity 0.3-0.9; scratches+dust 0.6 seed 71000+i",
        "candidates": f"thin kinds {', '.join(CANDIDATE_KINDS)} at probability >= {LOW}",
        "regions_fit": int(len(real)),
        "features": list(FEATURE_NAMES),
    }
    return TrainTask(model, batches, _weighted_bce, validate), data


def score_point(samples: list[Sample], scores: list[np.ndarray], point: OperatingPoint) -> dict[str, float]:
    """Pixel precision (strict and within 1 px of damage), recall of thin damage, clean-photo marks."""
    level = PIXELS.index(point.pixel)
    totals = {"px": 0.0, "hit": 0.0, "near": 0.0, "thin": 0.0}
    thin_total = 0
    clean: list[float] = []
    for sample, score in zip(samples, scores, strict=True):
        kept = (np.asarray(score) >= point.score) & (sample.counts["px"][level] > 0)
        area = float(sample.counts["px"][level][kept].sum())
        if np.count_nonzero(kept) < point.regions or area < point.gate * sample.size:
            kept[:] = False
            area = 0.0
        if sample.clean:
            clean.append(area / sample.size)
            continue
        thin_total += sample.thin_total
        for name in totals:
            totals[name] += float(sample.counts[name][level][kept].sum())
    marks = np.asarray(clean)
    repaired = max(1.0, totals["px"])
    return {"precision": totals["hit"] / repaired, "precision_1px": totals["near"] / repaired,
            "recall_thin": totals["thin"] / max(1, thin_total), "clean_mean_marked": float(marks.mean()),
            "clean_nothing_marked": float((marks == 0).mean())}


def evaluate(model: nn.Module) -> dict[str, Any]:
    """Choose the operating point on the odd half; report it (the eval split: benchmarks/damage_real.py)."""
    samples, _ = prepared_samples()
    _, choose = _halves(samples)
    with torch.no_grad():
        scores = [torch.sigmoid(model(torch.from_numpy(s.features))).numpy() for s in choose]
    best: tuple[float, OperatingPoint, dict[str, float]] | None = None
    fallback: tuple[float, OperatingPoint, dict[str, float]] | None = None
    for score, pixel, gate, regions in itertools.product(SCORES, PIXELS, GATES, REGIONS):
        point = OperatingPoint(LOW, score, pixel, gate, regions)
        result = score_point(choose, scores, point)
        safe = (result["clean_mean_marked"] <= CLEAN_MEAN_LIMIT
                and result["clean_nothing_marked"] >= CLEAN_NOTHING_TARGET)
        if safe and result["precision"] >= PRECISION_TARGET and (best is None or result["recall_thin"] > best[0]):
            best = (result["recall_thin"], point, result)
        if fallback is None or result["precision"] > fallback[0]:
            fallback = (result["precision"], point, result)
    assert fallback is not None
    _, point, result = best or fallback
    return {**{f"choose_{k}": v for k, v in result.items()}, "operating_met_targets": best is not None,
            "operating": point.as_dict()}


def _operating_table(model: nn.Module, metrics: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {"operating": dict(metrics["operating"])}


RECIPE = Recipe(
    name="damage_verifier",
    model_id="damage_verifier",
    architecture="damage_verifier",
    arch_params={"features": len(FEATURE_NAMES), "hidden": 32},
    task="damage-verification",
    description_en="Keeps only the damage regions one-click repair may fill on its own "
    "(checks damage_unet's proposals).",
    description_ko="원클릭 복원이 스스로 메울 수 있는 손상 영역만 남깁니다(damage_unet 제안 검증).",
    config=TrainConfig(steps=1000, lr=3e-3, warmup=100, validate_every=500, log_every=250, threads=1,
                       weight_decay=1e-4),
    make_task=make_task,
    evaluate=evaluate,
    extra_tables=_operating_table,
)
