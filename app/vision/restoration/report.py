"""The condition report: what is wrong with a photo, measured, and which steps it needs.

Every number is cheap to compute (well under a second for a 12 MP scan on two cores) and is
kept in the provenance record, so a curator can see *why* a step ran or did not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.vision.restoration.colour import ColourStats, measure_colour
from app.vision.restoration.detect import DamageDetection, detect_damage
from app.vision.restoration.noise import NoiseLevels, estimate_noise_levels
from app.vision.restoration.thresholds import CALIBRATED, ConditionThresholds

__all__ = ["BLURRY_BELOW", "FINDINGS", "REPAIR_ABOVE", "ConditionReport", "assess"]

BLURRY_BELOW = CALIBRATED.blurry_below
"""Normalised sharpness under which a photo is reported as blurred (no step fixes this yet)."""
REPAIR_ABOVE = 0.0005
"""Detected damage (area fraction) from which the repair step is worth running."""
_SHARPNESS_SIDE = 1024

NOISY, BLURRY, FADED, COLOUR_CAST, MONOCHROME, DAMAGED = (
    "noisy", "blurry", "faded", "colour_cast", "monochrome", "damaged"
)
FINDINGS = (NOISY, BLURRY, FADED, COLOUR_CAST, MONOCHROME, DAMAGED)
"""Every code :meth:`ConditionReport.findings` can return (the UI has a sentence for each)."""


@dataclass(frozen=True, eq=False)
class ConditionReport:
    """Measurements of one photo and the steps they call for."""

    width: int
    height: int
    noise_sigma: float
    sharpness: float
    colour: ColourStats
    damage: DamageDetection
    thresholds: ConditionThresholds = CALIBRATED
    noise_sigma_whole: float = 0.0
    """σ̂ from every patch (``noise_sigma`` is from the flattest); 0 when not measured."""

    @property
    def noisy(self) -> bool:
        return self.noise_sigma >= self.thresholds.noise_sigma

    @property
    def textured_noise(self) -> bool:
        """The noise reading is mostly texture: the flat patches hold far less of it than the rest."""
        share = NoiseLevels(flat=self.noise_sigma, whole=self.noise_sigma_whole).flat_share
        return share < self.thresholds.texture_share

    @property
    def borderline_noisy(self) -> bool:
        """Noisy, but light (past the threshold by less than ``thresholds.noise_ramp``: below what
        σ 8 noise reads) or mostly in textured patches: a camera's own grain and fine texture read as
        this much noise too, so the denoised result is blended back (pipeline)."""
        near = self.noise_sigma < self.thresholds.noise_sigma + self.thresholds.noise_ramp
        return self.noisy and (near or self.textured_noise)

    @property
    def blurry(self) -> bool:
        return self.sharpness < self.thresholds.blurry_below

    @property
    def damaged(self) -> bool:
        return self.damage.fraction >= REPAIR_ABOVE

    def findings(self) -> tuple[str, ...]:
        """What is wrong with (or notable about) the photo, as codes from :data:`FINDINGS`, in that order."""
        c = self.colour
        flags = (self.noisy, self.blurry, c.faded, c.has_cast, c.monochrome, self.damaged)
        return tuple(code for code, flag in zip(FINDINGS, flags, strict=True) if flag)

    def steps(self, *, repair: bool) -> list[str]:
        """Steps to run, in order: repair (only if asked for), denoise, colour."""
        chosen = []
        if repair and self.damaged:
            chosen.append("repair")
        if self.noisy:
            chosen.append("denoise")
        if self.colour.faded or self.colour.has_cast:
            chosen.append("colour")
        return chosen

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary (rounded; the mask itself is summarised, not embedded)."""
        c = self.colour
        return {
            "size": [self.width, self.height],
            "noise": {"sigma": round(self.noise_sigma, 2), "sigma_every_patch": round(self.noise_sigma_whole, 2),
                      "noisy": self.noisy, "textured": self.textured_noise,
                      "borderline": self.borderline_noisy, "threshold": self.thresholds.noise_sigma},
            "blur": {"sharpness": round(self.sharpness, 4), "blurry": self.blurry,
                     "threshold": self.thresholds.blurry_below},
            "fading": {
                "black_p1": round(c.black, 1),
                "deepest_p0_1": round(c.deepest, 1),
                "white_p99": round(c.white, 1),
                "median": round(c.median, 1),
                "contrast_range": round(c.contrast_range, 1),
                "faded": c.faded,
            },
            "colour_cast": {
                "neutral_ab": [round(c.cast_a, 2), round(c.cast_b, 2)],
                "highlight_ab": [round(c.highlight_a, 2), round(c.highlight_b, 2)],
                "magnitude": round(c.cast, 2),
                "has_cast": c.has_cast,
            },
            "saturation": {
                "mean_chroma": round(c.saturation, 2),
                "untoned_chroma_p95": round(c.residual_chroma, 2),
                "monochrome": c.monochrome,
            },
            "damage": {**self.damage.summary(), "area_pct": round(100.0 * self.damage.fraction, 3)},
            "findings": list(self.findings()),
            "thresholds": self.thresholds.as_dict(),
        }


def _sharpness(image: np.ndarray) -> float:
    """Variance of the Laplacian over the variance of the image, on a copy ≤ 1024 px.

    Dividing by the image variance makes a low-contrast (faded) photo not read as blurred,
    and the fixed working size makes the value comparable across resolutions.
    """
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    scale = _SHARPNESS_SIDE / max(grey.shape)
    if scale < 1.0:
        size = (max(1, round(grey.shape[1] * scale)), max(1, round(grey.shape[0] * scale)))
        grey = cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    grey = grey.astype(np.float32)
    laplacian = cv2.Laplacian(grey, cv2.CV_32F)
    return float(laplacian.var() / (grey.var() + 1.0))


def assess(
    image: np.ndarray, *, progress: ProgressCallback = ignore_progress, cancel: CancelToken | None = None,
    thresholds: ConditionThresholds = CALIBRATED,
) -> ConditionReport:
    """Measure noise, blur, fading, colour cast, saturation and scratch/dust damage of an RGB photo.

    ``thresholds`` decide which findings the numbers make (default: calibrated on real photos).
    """
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise InvalidInput("The condition report needs an 8-bit RGB image (H×W×3).")
    cancel = cancel or CancelToken()
    progress(Progress(0.0, "measuring noise"))
    levels = estimate_noise_levels(image)
    sigma = levels.flat
    cancel.raise_if_cancelled()
    progress(Progress(0.3, "measuring sharpness and colour"))
    sharpness = _sharpness(image)
    colour = measure_colour(image, thresholds)
    cancel.raise_if_cancelled()
    progress(Progress(0.6, "looking for scratches and dust"))
    damage = detect_damage(image, sigma)
    progress(Progress(1.0, "condition measured"))
    return ConditionReport(
        image.shape[1], image.shape[0], sigma, sharpness, colour, damage, thresholds, noise_sigma_whole=levels.whole
    )
