"""Image quality scores against a known original (used for aged samples and benchmarks)."""

from __future__ import annotations

import numpy as np


def psnr(reference: np.ndarray, image: np.ndarray, mask: np.ndarray | None = None) -> float:
    """Peak signal-to-noise ratio in dB (inside ``mask`` when given); inf for identical images."""
    if reference.shape != image.shape:
        raise ValueError("images must have the same shape to be compared")
    diff = reference.astype(np.float64) - image.astype(np.float64)
    if mask is not None:
        diff = diff[mask > 0]
    mse = float(np.mean(diff**2)) if diff.size else 0.0
    return float("inf") if mse == 0 else 10.0 * np.log10(255.0**2 / mse)


def ssim(reference: np.ndarray, image: np.ndarray) -> float:
    """Structural similarity on RGB uint8 images (scikit-image, per channel, averaged)."""
    from skimage.metrics import structural_similarity

    if reference.shape != image.shape:
        raise ValueError("images must have the same shape to be compared")
    return float(structural_similarity(reference, image, channel_axis=2, data_range=255))
