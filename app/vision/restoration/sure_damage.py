"""What one-click repair may fill on its own: the damage the learned detector *and* the verifier are sure of.

``damage_unet`` proposes candidate regions of thin damage (scratches, cracks, dust; see
:mod:`app.vision.restoration.damage_components`); ``damage_verifier`` scores each region as a
whole; a region is repaired only where its score and its pixels' probabilities pass the
operating point stored in the verifier's ``model.toml`` (chosen on held-back real photos for
precision ≥ 0.9 and next to nothing marked on clean photos). A photo with less sure damage than
the operating point's ``gate`` is left alone entirely: a few stray specks on a healthy photo are
more likely texture than dust. Everything else the detector proposed is *left for the curator*
and counted in the step record.

The detector looks at a copy with its long side at most ``WORKING_SIDE`` px (as in Studio); the
sure mask is brought back to the photo's size and widened by a pixel there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from app.domain.errors import ModelUnavailable
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.vision.restoration.damage_components import CANDIDATE_KINDS, Candidates, find_candidates

__all__ = ["DETECTOR_ID", "VERIFIER_ID", "OperatingPoint", "SureDamage", "find_sure_damage", "sure_regions"]

DETECTOR_ID = "damage_unet"
VERIFIER_ID = "damage_verifier"


@dataclass(frozen=True)
class OperatingPoint:
    """``low``: candidate probability; ``score``: verifier score to keep a region; ``pixel``: probability
    a kept region's pixel needs; ``gate``: least sure area (fraction of the working copy) and
    ``regions``: fewest sure regions worth repairing (a damaged print carries dozens of defects; a
    handful of sure regions on a healthy photo are more likely whiskers, wires or glints)."""

    low: float
    score: float
    pixel: float
    gate: float
    regions: int = 0

    @classmethod
    def from_table(cls, table: dict[str, Any]) -> OperatingPoint:
        return cls(float(table["low"]), float(table["score"]), float(table["pixel"]), float(table["gate"]),
                   int(table.get("regions", 0)))

    def as_dict(self) -> dict[str, float]:
        return {"low": self.low, "score": self.score, "pixel": self.pixel, "gate": self.gate,
                "regions": self.regions}


def sure_regions(candidates: Candidates, scores: np.ndarray, point: OperatingPoint) -> np.ndarray:
    """Bool mask (working size) of the candidates' pixels one-click may repair; empty below the gate."""
    keep = np.zeros(candidates.count + 1, bool)
    keep[1:] = np.asarray(scores) >= point.score
    mask = keep[candidates.labels] & (candidates.probability >= point.pixel)
    too_few = point.regions > 0 and np.unique(candidates.labels[mask]).size < point.regions
    if too_few or np.count_nonzero(mask) < point.gate * mask.size:
        mask[:] = False
    return mask


@dataclass(frozen=True, eq=False)
class SureDamage:
    """The sure mask (uint8 H×W at the photo's size, 255 = repair) and what was left for the curator."""

    mask: np.ndarray
    candidates: int
    sure_regions: int
    left_regions: int
    left_fraction: float
    params: dict[str, Any]
    models: list[dict[str, str]]

    @property
    def fraction(self) -> float:
        return float(np.count_nonzero(self.mask)) / max(1, self.mask.size)

    def summary(self) -> dict[str, Any]:
        return {"candidate_regions": self.candidates, "sure_regions": self.sure_regions,
                "left_for_curator": {"regions": self.left_regions, "area_pct": round(100.0 * self.left_fraction, 4)}}


def find_sure_damage(
    image: np.ndarray, *, engine: Any = None, progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> SureDamage:
    """Run detector and verifier on ``image`` (RGB uint8); raises ModelUnavailable without their files."""
    import torch

    from app.vision.engine import default_engine
    from app.vision.training.infer import WORKING_SIDE, damage_probabilities, reduce_to_side

    engine = engine or default_engine()
    detector, verifier = engine.model(DETECTOR_ID), engine.model(VERIFIER_ID)
    detector_spec, verifier_spec = engine.registry.get(DETECTOR_ID), engine.registry.get(VERIFIER_ID)
    try:
        point = OperatingPoint.from_table(verifier_spec.extra["operating"])
        kinds = tuple(detector_spec.labels["kinds"])
    except (KeyError, TypeError, ValueError):
        raise ModelUnavailable(
            "The damage models' descriptions lack the operating point or the damage kinds; reinstall them."
        ) from None
    height, width = image.shape[:2]
    working = reduce_to_side(image) if max(height, width) > WORKING_SIDE else image
    progress(Progress(0.05, "looking for damage"))
    probs = damage_probabilities(working, model=detector, cancel=cancel)
    found = find_candidates(working, probs, kinds, point.low)
    with torch.inference_mode():
        scores = torch.sigmoid(verifier(torch.from_numpy(found.features))).numpy() if found.count else np.zeros(0)
    sure = sure_regions(found, scores, point)
    kept = np.unique(found.labels[sure])
    sure_count = int(np.count_nonzero(kept))
    left = (found.labels > 0) & ~sure
    mask = sure.astype(np.uint8) * 255
    if working is not image:
        mask = cv2.resize(mask, (width, height), interpolation=cv2.INTER_NEAREST)
        mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))  # the edges of a defect shrunk into a pixel
    progress(Progress(1.0, "damage checked"))
    params = {"operating_point": point.as_dict(), "working_side": WORKING_SIDE, "kinds": list(CANDIDATE_KINDS)}
    return SureDamage(mask, found.count, sure_count, found.count - sure_count, float(left.mean()), params,
                      [detector_spec.provenance(), verifier_spec.provenance()])
