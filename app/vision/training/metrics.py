"""Image-quality and segmentation metrics used by the recipes and their evaluations."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


def psnr(reference: np.ndarray, test: np.ndarray, region: np.ndarray | None = None) -> float:
    """PSNR in dB of uint8 (or [0, 255] float) images, over ``region`` (H×W bool/uint8) if given.

    Inside a region the mean squared error is taken over the region's pixels and all channels,
    which is how in-hole inpainting quality is reported.
    """
    diff = reference.astype(np.float64) - test.astype(np.float64)
    squared = diff * diff
    if region is not None:
        selected = np.asarray(region).astype(bool)
        if not selected.any():
            raise ValueError("the PSNR region is empty")
        squared = squared[selected]
    mse = float(squared.mean())
    return math.inf if mse == 0.0 else 10.0 * math.log10(255.0 * 255.0 / mse)


@dataclass
class Counts:
    """Pixel counts for precision / recall / F1, accumulated over many images."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: np.ndarray, truth: np.ndarray) -> None:
        p, t = np.asarray(predicted, bool), np.asarray(truth, bool)
        self.tp += int(np.count_nonzero(p & t))
        self.fp += int(np.count_nonzero(p & ~t))
        self.fn += int(np.count_nonzero(~p & t))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def best_threshold(probabilities: np.ndarray, truth: np.ndarray, candidates: np.ndarray | None = None) -> float:
    """The probability threshold with the highest pixel F1 (pooled over everything passed in)."""
    if candidates is None:
        candidates = np.linspace(0.1, 0.9, 17)
    probs, labels = probabilities.reshape(-1), np.asarray(truth, bool).reshape(-1)
    best, best_f1 = 0.5, -1.0
    for threshold in candidates:
        counts = Counts()
        counts.add(probs >= threshold, labels)
        if counts.f1 > best_f1:
            best, best_f1 = float(threshold), counts.f1
    return best
