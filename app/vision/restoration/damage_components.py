"""The learned detector's candidate defects as connected regions, each described by a few numbers.

``damage_unet`` gives per-pixel probabilities; on real photographs it is confidently wrong in
places (specular highlights, wires, bright specks of texture: on clean real photos its
union marks 0.3 % of the pixels even at probability 0.98). Many of those mistakes are obvious
once a candidate is seen *whole*: its size and shape, how it stands out from the ring of pixels
around it, how busy that ring is, how much of the photo is marked at all. These numbers are the
input of the damage verifier (``models/damage_verifier``), which keeps the candidates one-click
repair may fill on its own.

Only the thin kinds a hole filler repairs well are candidates (scratches, cracks, dust); creases,
stains and tears enter as context. Pure numpy / OpenCV: no torch here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

__all__ = ["CANDIDATE_KINDS", "FEATURE_NAMES", "Candidates", "find_candidates"]

CANDIDATE_KINDS = ("scratches", "cracks", "dust")
_CONTEXT_KINDS = ("creases", "stains", "tears")
_RING = np.ones((7, 7), np.uint8)  # the ring: 3 px around a candidate
_MARGIN = 4

FEATURE_NAMES: tuple[str, ...] = (
    "log_area", "max_probability", "mean_probability",
    *(f"mean_{kind}" for kind in CANDIDATE_KINDS), *(f"mean_{kind}" for kind in _CONTEXT_KINDS),
    "log_elongation", "bbox_fill", "width", "contrast", "abs_contrast", "ring_std", "contrast_over_ring_std",
    "ring_gradient", "inside_saturation", "ring_saturation", "inside_min_channel", "inside_median_residual",
    "log_photo_marked", "photo_median_residual", "touches_border",
)


@dataclass(frozen=True, eq=False)
class Candidates:
    """Candidate regions of one photo: ``labels`` (int32 H×W, 0 = none, i = region i), one feature row each."""

    labels: np.ndarray
    features: np.ndarray
    """float32 N×len(FEATURE_NAMES), row i-1 describes region i."""
    probability: np.ndarray
    """float32 H×W: the highest probability among :data:`CANDIDATE_KINDS`."""

    @property
    def count(self) -> int:
        return int(self.features.shape[0])


def find_candidates(image: np.ndarray, probs: np.ndarray, kinds: Sequence[str], low: float) -> Candidates:
    """Regions where a thin kind's probability reaches ``low`` on ``image`` (RGB uint8, same size as ``probs``).

    ``kinds`` names the channels of ``probs`` (the detector's ``[labels] kinds``).
    """
    kinds = tuple(kinds)
    if probs.shape[:2] != image.shape[:2] or probs.ndim != 3 or probs.shape[2] != len(kinds):
        raise ValueError("the probabilities must be H×W×K for the same H×W as the image, one channel per kind")
    missing = [kind for kind in (*CANDIDATE_KINDS, *_CONTEXT_KINDS) if kind not in kinds]
    if missing:
        raise ValueError(f"the detector lacks the kinds {', '.join(missing)}")
    candidate = [kinds.index(kind) for kind in CANDIDATE_KINDS]
    context = [kinds.index(kind) for kind in _CONTEXT_KINDS]
    probs = probs.astype(np.float32, copy=False)
    thin = probs[..., candidate].max(axis=2)
    marked = (thin >= low).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(marked, connectivity=8)
    rows = [] if count <= 1 else _describe(image, probs[..., candidate], probs[..., context], thin, labels, stats,
                                           float(marked.mean()))
    features = np.asarray(rows, np.float32).reshape(len(rows), len(FEATURE_NAMES))
    return Candidates(labels, features, thin)


def _describe(image: np.ndarray, candidate: np.ndarray, context: np.ndarray, thin: np.ndarray,
              labels: np.ndarray, stats: np.ndarray, photo_marked: float) -> list[list[float]]:
    luma = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    saturation = cv2.cvtColor(image, cv2.COLOR_RGB2HSV)[..., 1].astype(np.float32)
    gradient = np.hypot(cv2.Sobel(luma, cv2.CV_32F, 1, 0), cv2.Sobel(luma, cv2.CV_32F, 0, 1))
    # How far each pixel stands out of its 5×5 neighbourhood: specks and hairlines do, smooth sky does not.
    residual = np.abs(image.astype(np.float32) - cv2.medianBlur(image, 5).astype(np.float32)).max(axis=2)
    min_channel = image.min(axis=2).astype(np.float32)
    height, width = labels.shape
    photo = [float(np.log(photo_marked + 1e-5)), float(np.median(residual))]
    rows = []
    for region in range(1, stats.shape[0]):
        x, y, w, h, area = (int(v) for v in stats[region])
        window = (slice(max(0, y - _MARGIN), min(height, y + h + _MARGIN)),
                  slice(max(0, x - _MARGIN), min(width, x + w + _MARGIN)))
        inside = labels[window] == region
        ring = (cv2.dilate(inside.astype(np.uint8), _RING) > 0) & ~inside
        if not ring.any():  # a region filling its whole window: compare it with itself
            ring = inside
        major, minor = _axes(inside)
        lum_in, lum_ring = luma[window][inside], luma[window][ring]
        contrast = float(lum_in.mean() - lum_ring.mean())
        ring_std = float(lum_ring.std())
        rows.append([
            float(np.log(area)), float(thin[window][inside].max()), float(thin[window][inside].mean()),
            *(float(v) for v in candidate[window][inside].mean(axis=0)),
            *(float(v) for v in context[window][inside].mean(axis=0)),
            float(np.log(major / max(minor, 1.0))), area / float(w * h), area / max(major, 1.0),
            contrast, abs(contrast), ring_std, abs(contrast) / (ring_std + 2.0),
            float(gradient[window][ring].mean()), float(saturation[window][inside].mean()),
            float(saturation[window][ring].mean()), float(min_channel[window][inside].mean()),
            float(residual[window][inside].mean()), *photo,
            float(x == 0 or y == 0 or x + w == width or y + h == height),
        ])
    return rows


def _axes(inside: np.ndarray) -> tuple[float, float]:
    """Major and minor axis lengths (4 σ of the pixel coordinates along the principal directions)."""
    ys, xs = np.nonzero(inside)
    if ys.size < 3:
        return 1.0, 1.0
    low, high = np.linalg.eigvalsh(np.cov(np.stack([xs, ys]).astype(np.float64)))
    return 4.0 * float(np.sqrt(max(high, 1e-6))), 4.0 * float(np.sqrt(max(low, 1e-6)))
