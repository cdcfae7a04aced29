"""JPEG blocking: measure it, and choose how hard to clean it before an enlargement.

Low-quality photos (web copies, old phone pictures, scans saved at low JPEG quality) carry the
8×8 block grid of the codec. A super-resolution network trained on clean reductions takes those
block edges for detail and sharpens them into a visible grid, worse at ×4 than at ×2. So before
enlarging, the grid is measured and, when it shows, FFDNet at a small σ removes it first.

The measure: mean absolute luminance step between neighbouring columns (and rows), per phase of
the 8-pixel grid. A JPEG's blocks start at the top-left pixel, so its grid shows as stronger
steps between pixels 7 and 8 (mod 8) than at the other seven phases. The ratio of that phase to
the median of the others is ≈ 0.95–1.05 on clean photos (Kodak, scikit-image photos, also
after reduction) and 1.2–1.8 on JPEG at quality 30–60. Taking the strongest phase instead would
also catch cropped JPEGs, but it reads 1.1–1.2 on small clean images, a false alarm.
"""

from __future__ import annotations

import numpy as np

__all__ = ["BLOCK", "DEBLOCK_ABOVE", "MAX_DEBLOCK_SIGMA", "deblock_sigma", "jpeg_blockiness"]

BLOCK = 8
DEBLOCK_ABOVE = 1.18
"""Blockiness up to this is within what clean photos show (reduced photos measured up to 1.17)."""
MAX_DEBLOCK_SIGMA = 10.0
"""Stronger cleaning starts to erase the fine detail the enlargement is meant to keep."""
_SIGMA_PER_UNIT = 25.0


def _phase_ratio(steps: np.ndarray) -> float:
    usable = steps.size // BLOCK * BLOCK
    if usable < 4 * BLOCK:
        return 1.0  # too few blocks to tell a grid from content
    by_phase = steps[:usable].reshape(-1, BLOCK).mean(axis=0)
    # steps[i] is the step between pixels i and i + 1: index 7 crosses the block boundary.
    return float(by_phase[BLOCK - 1] / (np.median(by_phase[: BLOCK - 1]) + 1e-3))


def jpeg_blockiness(image: np.ndarray) -> float:
    """Strength of an 8×8 block grid in an RGB or grey uint8 image (1.0 = none)."""
    array = np.asarray(image)
    if array.ndim == 3:
        luma = array[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    else:
        luma = array.astype(np.float32)
    across = np.abs(np.diff(luma, axis=1)).mean(axis=0)
    down = np.abs(np.diff(luma, axis=0)).mean(axis=1)
    return 0.5 * (_phase_ratio(across) + _phase_ratio(down))


def deblock_sigma(blockiness: float) -> float:
    """FFDNet σ (0–255 scale) that removes a grid of this strength; 0 means leave the photo alone."""
    if blockiness <= DEBLOCK_ABOVE:
        return 0.0
    return float(min(MAX_DEBLOCK_SIGMA, _SIGMA_PER_UNIT * (blockiness - 1.1)))
