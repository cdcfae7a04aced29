"""Classical detector of thin scratches, hairs and dust specks (until a learned detector exists).

Scratches and dust are small, high-contrast and either much brighter or much darker than their
surroundings. A morphological *top-hat* (image minus its opening) keeps exactly the bright
details narrower than the structuring element and a *black-hat* (closing minus image) the dark
ones. Thresholds adapt to the measured noise, candidates grow by hysteresis along faint tails,
and each connected piece is kept only if it is a speck (small) or a line (long and thin);
blobs that are neither are scene texture. Regions dense with candidates (foliage, hair, gravel)
are textured and dropped as a whole, which keeps clean photos from being "repaired".
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from app.domain.errors import InvalidInput

__all__ = ["DamageDetection", "detect_damage"]

# Contrast (8-bit levels) a defect must have over its surroundings, at the least and per unit noise σ.
MIN_CONTRAST = 40.0
NOISE_FACTOR = 5.0
# A defect must exceed this many local standard deviations of the (defect-free) background.
TEXTURE_FACTOR = 2.5
# Share of candidate pixels in a neighbourhood above which the area is texture, not damage.
TEXTURE_DENSITY = 0.12
# A line is at least this many times longer than wide; a speck covers at most this many element areas.
LINE_ELONGATION = 5.0
SPECK_AREAS = 1.0
# Rows per band of the filter stage: float maps of one band instead of the whole frame.
BAND_ROWS = 512


@dataclass(frozen=True, eq=False)
class DamageDetection:
    """``mask`` uint8 H×W (255 = likely scratch/speck), its area fraction and piece counts.

    ``unsure`` counts the pieces that stood out but were neither a speck nor a thin line (a stain,
    a tear or part of the picture: left unmarked), ``textured`` the share of the image dropped as
    texture, where damage cannot be told from detail. Both say what the mask leaves alone.
    """

    mask: np.ndarray
    fraction: float
    lines: int
    specks: int
    element: int
    unsure: int = 0
    textured: float = 0.0

    def summary(self) -> dict[str, float | int | str]:
        return {
            "detector": "classical top-hat",
            "fraction": round(self.fraction, 6),
            "lines": self.lines,
            "specks": self.specks,
            "unsure": self.unsure,
            "textured_fraction": round(self.textured, 6),
            "element_px": self.element,
        }


def _element_size(height: int, width: int) -> int:
    """Structuring-element side: defects narrower than ~1.2 % of the short side (odd, ≥ 7 px)."""
    size = max(7, round(min(height, width) * 0.012))
    return size | 1


def _background_spread(luma: np.ndarray, size: int) -> np.ndarray:
    """Local standard deviation of the scene with small defects removed (median filter first).

    Texture (foliage, fabric, gravel) has a large spread, flat sky or paper a small one; a speck
    must stand out from *this* spread, not just from a global threshold.
    """
    background = cv2.medianBlur(luma, min(size, 255) | 1).astype(np.float32)
    window = (3 * size) | 1
    mean = cv2.blur(background, (window, window))
    square = cv2.blur(background * background, (window, window))
    return np.sqrt(np.maximum(square - mean * mean, 0.0))


def _halo(size: int) -> int:
    """Rows of context a band needs so that its core rows come out as on the whole frame.

    Top-hat / black-hat: an erosion then a dilation by the element (two radii); the texture
    spread: the median filter's radius plus the box filter's.
    """
    return max(2 * (size // 2), (min(size, 255) | 1) // 2 + ((3 * size) | 1) // 2)


def _response_masks(luma: np.ndarray, size: int, threshold: float, band: int) -> tuple[np.ndarray, np.ndarray]:
    """Where the texture-normalised top-/black-hat response exceeds 0.5 and 1.0 (hysteresis inputs).

    Computed in bands of ``band`` rows overlapping by :func:`_halo`, so every filter sees what it
    would see on the whole frame while the float maps exist for one band at a time (each would be
    96 MB for a 24 MP scan). The filters work on integers, or sum integers in double precision,
    so the masks are bit-identical to whole-frame processing.
    """
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    height, halo = luma.shape[0], _halo(size)
    low = np.empty(luma.shape, bool)
    high = np.empty(luma.shape, bool)
    for top in range(0, height, band):
        bottom = min(top + band, height)
        start, stop = max(0, top - halo), min(height, bottom + halo)
        part = luma[start:stop]
        bright = cv2.morphologyEx(part, cv2.MORPH_TOPHAT, kernel)
        dark = cv2.morphologyEx(part, cv2.MORPH_BLACKHAT, kernel)
        response = np.maximum(bright, dark).astype(np.float32)
        # Normalise by the local texture so that one threshold serves flat and busy areas alike.
        local = np.maximum(threshold, TEXTURE_FACTOR * _background_spread(part, size))
        ratio = (response / local)[top - start : bottom - start]
        np.greater(ratio, 0.5, out=low[top:bottom])
        np.greater(ratio, 1.0, out=high[top:bottom])
    return low, high


def _candidates(luma: np.ndarray, size: int, threshold: float, band: int) -> np.ndarray:
    """Hysteresis: 4-connected pieces above 0.5 that pass 1.0 somewhere (as scikit-image's, less memory)."""
    low, high = _response_masks(luma, size, threshold, band)
    count, labels = cv2.connectedComponents(low.view(np.uint8), connectivity=4, ltype=cv2.CV_32S)
    del low
    reaches_high = np.zeros(count, bool)
    reaches_high[labels[high]] = True
    reaches_high[0] = False
    return reaches_high[labels]


def _textured(candidates: np.ndarray, size: int) -> np.ndarray:
    """Where candidates are so dense that they must be texture (box filter of the candidate map)."""
    window = 6 * size + 1
    # uint8 in, float32 out: the same sums as on a float32 copy of the map, without the copy.
    density = cv2.boxFilter(candidates.view(np.uint8), cv2.CV_32F, (window, window))
    return density > TEXTURE_DENSITY


def _keep_shaped(candidates: np.ndarray, size: int) -> tuple[np.ndarray, int, int, int]:
    """Keep connected pieces that are specks or long thin lines; count each kind and the rest."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(candidates.astype(np.uint8), connectivity=8)
    keep = np.zeros(count, bool)
    lines = specks = 0
    speck_limit = SPECK_AREAS * size * size
    for index in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[index])
        length = float(np.hypot(w, h))
        # Width of a thin piece ≈ area / length; a line must be thin next to the element.
        width = area / max(length, 1.0)
        if area <= speck_limit and max(w, h) <= 2 * size:
            keep[index] = True
            specks += 1
        elif length >= LINE_ELONGATION * max(width, 1.0) and width <= size / 2 and length >= 3 * size:
            keep[index] = True
            lines += 1
    return keep[labels], lines, specks, count - 1 - lines - specks


def detect_damage(image: np.ndarray, noise_sigma: float = 0.0, *, band: int = BAND_ROWS) -> DamageDetection:
    """Find thin scratches and dust specks in an RGB ``uint8`` image.

    ``noise_sigma`` (0–255 scale, from :func:`estimate_noise_sigma`) raises the threshold on
    noisy photos so grain is not taken for dust. The mask is dilated by 1 px to cover the soft
    halo of each defect, which inpainting would otherwise smear back in. The filters run in bands
    of ``band`` rows (the result does not depend on it); peak memory is about 10 bytes per pixel.
    """
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise InvalidInput("Damage detection needs an 8-bit RGB image (H×W×3).")
    height, width = image.shape[:2]
    size = _element_size(height, width)
    luma = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    threshold = max(MIN_CONTRAST, NOISE_FACTOR * noise_sigma)
    candidates = _candidates(luma, size, threshold, max(band, 1))
    textured = _textured(candidates, size)
    textured_share = float(np.count_nonzero(textured)) / textured.size
    candidates &= ~textured
    del textured
    shaped, lines, specks, unsure = _keep_shaped(candidates, size)
    mask = np.where(shaped, np.uint8(255), np.uint8(0))
    mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    fraction = float(np.count_nonzero(mask)) / mask.size
    return DamageDetection(mask, fraction, lines, specks, size, unsure, textured_share)
