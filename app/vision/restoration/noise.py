"""Blind estimate of the Gaussian noise level of a photo from the eigenvalues of its patches.

Method (after Chen, Zhu & Heng, "An Efficient Statistical Method for Image Noise Level
Estimation", ICCV 2015): collect small colour patches, take the eigenvalues of their covariance.
Image structure concentrates in a few large eigenvalues, while white noise spreads σ² evenly over
all of them, so the smallest eigenvalues form a cluster around σ². We drop the largest ones one at
a time until the remaining set is no longer skewed upward (its mean is no longer above its median):
that mean is σ². Unlike the wavelet-MAD rule it does not mistake fine texture for noise.

8-bit files clip the noise at 0 and 255, which hides part of it; a second pass ignores patches
whose mean lies within 2σ̂ of either end, which removes most of that bias.

On real photographs (JPEG texture, foliage, fabric) the low-eigenvalue cluster still holds some
texture, so clean photos read up to σ̂ ≈ 6 and overlap mildly noisy ones. The second pass
therefore keeps only the flattest quarter of the patches (least mean squared first difference
inside the patch), where texture is rare and noise is not: on real train photos this cuts the
clean 99th percentile while noisy photos keep their σ̂ (docs/restoration.md; a half kept more
texture on photos with a little sky and much foliage). Choosing the flattest
patches also picks the ones whose noise happened to be weakest, which biases σ̂ low by a fixed
factor on pure noise; :data:`FLAT_BIAS` undoes it.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from app.domain.errors import InvalidInput

__all__ = ["NoiseLevels", "estimate_noise_levels", "estimate_noise_sigma"]

PATCH = 6
# Enough patches for a stable 108×108 covariance; more costs time and gains nothing.
MAX_PATCHES = 20_000
# The second pass needs enough unclipped patches to be better than the first.
_MIN_KEPT = 2_000
FLAT_FRACTION = 0.25
"""Share of the (unclipped) patches, the flattest ones, that the final σ̂ is taken from."""
FLAT_BIAS = ((0.25, 0.5, 1.0), (0.889, 0.939, 1.0))
"""σ̂ / σ on pure Gaussian noise when only the flattest share is kept (share, ratio; mean over
σ 3–30, ±2.5 % at a quarter): choosing the flattest also chooses the weakest noise."""
_MIN_FLAT = 2_000


def _sigma_from_eigenvalues(patches: np.ndarray) -> float:
    """σ from the patch covariance: mean of the largest low-eigenvalue set that is not skewed up."""
    # OpenCV's product rather than ``centred.T @ centred``: multi-threaded OpenBLAS spin-waits badly
    # on a busy two-core machine (1.3 s instead of 0.02 s measured); OpenCV's is steady at ~0.05 s.
    covariance = cv2.mulTransposed(patches, True, delta=patches.mean(axis=0, keepdims=True)) / len(patches)
    eigenvalues = np.sort(np.linalg.eigvalsh(covariance))
    for count in range(len(eigenvalues), 0, -1):
        tail = eigenvalues[:count]
        mean = float(tail.mean())
        if mean <= float(np.median(tail)):
            return float(np.sqrt(max(mean, 0.0)))
    return float(np.sqrt(max(float(eigenvalues[0]), 0.0)))


def _flat_sigma(patches: np.ndarray, fraction: float) -> float:
    """σ from the ``fraction`` of ``patches`` with the least mean squared first difference inside.

    At least :data:`_MIN_FLAT` patches are kept (a 108×108 covariance needs them), and the bias of
    the choice is undone for the share actually kept (:data:`FLAT_BIAS`, 1 when all are kept).
    """
    count = max(int(len(patches) * fraction), _MIN_FLAT)
    if count >= len(patches):
        return _sigma_from_eigenvalues(patches)
    cube = patches.reshape(len(patches), PATCH, PATCH, -1)
    roughness = np.square(np.diff(cube, axis=1)).mean(axis=(1, 2, 3)) + np.square(np.diff(cube, axis=2)).mean(
        axis=(1, 2, 3)
    )
    bias = float(np.interp(count / len(patches), *FLAT_BIAS))
    return _sigma_from_eigenvalues(patches[np.argpartition(roughness, count - 1)[:count]]) / bias


@dataclass(frozen=True)
class NoiseLevels:
    """Both blind estimates of one photo (0–255 scale).

    ``flat`` is σ̂ from the flattest share of the patches (what the app denoises with); ``whole``
    from every unclipped patch. White noise is everywhere, so the two agree on a noisy photo
    (flat / whole ≥ 0.91 on 99 % of real train photos with added noise σ 5–25); when ``whole`` reads far
    more, the extra comes from texture (fur, grass, a shelf of toy boxes) that the flat patches
    leave out, and ``flat`` may still hold some of it: :attr:`flat_share` says how much.
    """

    flat: float
    whole: float

    @property
    def flat_share(self) -> float:
        """``flat / whole`` (1.0 for a photo without measurable noise)."""
        return self.flat / self.whole if self.whole > 0.0 else 1.0


def _check(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim not in (2, 3):
        raise InvalidInput("Noise can only be measured on an 8-bit RGB or grey image.")
    pixels = image if image.ndim == 3 else image[..., None]
    if min(pixels.shape[:2]) < 2 * PATCH:
        raise InvalidInput(f"The image is too small to measure its noise (at least {2 * PATCH} pixels a side).")
    return pixels


def _sample_patches(pixels: np.ndarray, max_patches: int) -> np.ndarray:
    """Patches on a regular grid, about ``max_patches`` of them, as rows of float64."""
    channels = pixels.shape[2]
    windows = sliding_window_view(pixels, (PATCH, PATCH, channels))[:, :, 0]
    rows, cols = windows.shape[:2]
    stride = max(1, int(np.ceil(np.sqrt(rows * cols / max_patches))))
    # Only the sampled patches are copied; the window view itself costs no memory.
    return windows[::stride, ::stride].reshape(-1, PATCH * PATCH * channels).astype(np.float64)


def _first_pass(image: np.ndarray, max_patches: int) -> tuple[np.ndarray, float, np.ndarray]:
    """The sampled patches, σ̂ from all of them, and each patch's mean.

    The first pass uses every patch: blown-out or black patches are the flattest of all, so a
    flat-only first pass would read their clipped noise as none and fail to exclude them.
    """
    patches = _sample_patches(_check(image), max_patches)
    return patches, _sigma_from_eigenvalues(patches), patches.mean(axis=1)


def _whole_sigma(patches: np.ndarray, first: float, means: np.ndarray) -> float:
    """σ̂ from every patch whose mean keeps 2σ̂ from 0 and 255 (clipping hides noise there)."""
    unclipped = (means > 2.0 * first) & (means < 255.0 - 2.0 * first)
    if unclipped.sum() >= _MIN_KEPT and not unclipped.all():
        return _sigma_from_eigenvalues(patches[unclipped])
    return first


def _flat_from(patches: np.ndarray, first: float, means: np.ndarray, flat_fraction: float) -> float:
    # The flattest share is drawn towards patches whose noise was cut by clipping (they look
    # flatter than they are), so it keeps a wider distance from 0 and 255: 3σ̂ rather than 2σ̂
    # (at 2σ̂ the estimate read σ 25 as 23.5 on scikit-image's coffee), 2σ̂ when too few are left.
    kept = patches
    for margin in (3.0, 2.0):
        unclipped = (means > margin * first) & (means < 255.0 - margin * first)
        if unclipped.sum() >= _MIN_KEPT:
            kept = patches[unclipped]
            break
    return _flat_sigma(kept, flat_fraction)


def estimate_noise_sigma(
    image: np.ndarray, *, max_patches: int = MAX_PATCHES, flat_fraction: float = FLAT_FRACTION
) -> float:
    """Standard deviation of additive white noise in ``image`` on the 0–255 scale.

    ``image`` is RGB ``uint8`` H×W×3 (a grey H×W array works too). Patches are taken on a regular
    grid, so the cost is bounded whatever the image size (about 20 000 patches). Accuracy on
    scikit-image photos with added Gaussian noise is in ``docs/restoration.md``: within about
    ±1 at σ ≤ 25; noise at σ = 50 in 8-bit files is underestimated by up to ~10 % (clipping).
    ``flat_fraction`` 1.0 uses every patch (the estimate before calibration on real photos, kept
    so the calibration benchmark can compare both in one run).
    """
    if not 0.0 < flat_fraction <= 1.0:
        raise InvalidInput("The share of flat patches must lie in (0, 1].")
    patches, first, means = _first_pass(image, max_patches)
    if flat_fraction == 1.0:
        return _whole_sigma(patches, first, means)
    return _flat_from(patches, first, means, flat_fraction)


def estimate_noise_levels(image: np.ndarray, *, max_patches: int = MAX_PATCHES) -> NoiseLevels:
    """Both estimates of :class:`NoiseLevels` from one set of patches (one extra eigen-decomposition)."""
    patches, first, means = _first_pass(image, max_patches)
    return NoiseLevels(
        flat=_flat_from(patches, first, means, FLAT_FRACTION), whole=_whole_sigma(patches, first, means)
    )
