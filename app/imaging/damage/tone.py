"""Whole-print tone changes: grayscale, sepia toning, fading, colour casts, vignetting.

Each function maps an RGB uint8 image to a new one; their ground-truth mask is
the whole frame (see :mod:`.apply`). Colour-only changes are 256-entry lookup
tables and spatial ones are float gain maps applied with OpenCV arithmetic, so
each costs a few milliseconds per megapixel.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from ._raster import channel_lut, fractal_noise, per_pixel_gain, smoothstep, unit

_LEVELS = np.linspace(0.0, 1.0, 256, dtype=np.float32)


def grayscale(image: np.ndarray, severity: float, rng: np.random.Generator) -> np.ndarray:
    """Black-and-white print: 75 % (severity 0) to 100 % (severity 1) desaturated."""
    gray = cv2.cvtColor(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    amount = 0.75 + 0.25 * severity
    return cv2.addWeighted(image, 1.0 - amount, gray, amount, 0.0)


# Knots of a sepia toning curve (luminance → RGB): cold-brown shadows, cream highlights.
_SEPIA_KNOTS = np.array([0.0, 0.2, 0.5, 0.8, 1.0])
_SEPIA_RGB = np.array(
    [[0.13, 0.08, 0.05], [0.30, 0.20, 0.12], [0.62, 0.48, 0.33], [0.86, 0.77, 0.61], [0.98, 0.94, 0.84]]
)


def sepia(image: np.ndarray, severity: float, rng: np.random.Generator) -> np.ndarray:
    """Monochrome sepia-toned print; severity deepens the brown toning."""
    gray = cv2.cvtColor(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    toned = np.stack([np.interp(_LEVELS, _SEPIA_KNOTS, _SEPIA_RGB[:, c]) for c in range(3)], axis=1)
    strength = (0.5 + 0.5 * severity) * rng.uniform(0.9, 1.0)
    return cv2.LUT(gray, channel_lut(_LEVELS[:, None] * (1.0 - strength) + toned * strength))


_FADE_BASE = np.array([1.0, 0.96, 0.88], np.float32)  # raised blacks go warm grey, not neutral
_STRIP_ROWS = 256


def fading(image: np.ndarray, severity: float, rng: np.random.Generator) -> np.ndarray:
    """Lower contrast, raised (warm) blacks, dulled whites and desaturation, slightly uneven."""
    height, width = image.shape[:2]
    amount = 0.2 + 0.6 * severity
    # Light and air never reach a print evenly: let the fade wander by ±35 %.
    noise = fractal_noise(rng, height, width, 250 * unit(height, width), 2)
    out = np.empty_like(image)
    # Strips of rows keep the float temporaries small (and in cache) on 24-MP frames.
    for top in range(0, height, _STRIP_ROWS):
        rows = slice(top, min(height, top + _STRIP_ROWS))
        k = amount * np.clip(1.0 + 0.35 * noise[rows], 0.4, 1.6)
        lum = cv2.cvtColor(image[rows], cv2.COLOR_RGB2GRAY).astype(np.float32)
        # Desaturate towards luma by 0.75k, then squeeze levels into [0.28k, 1 - 0.10k]:
        # out = rgb·(1 - 0.75k)(1 - 0.38k) + luma·0.75k(1 - 0.38k) + 0.28k·base (per channel).
        keep = 1.0 - 0.38 * k
        common = lum * (0.75 * k * keep)
        lift = 0.28 * 255.0 * k
        offsets = [common + lift * float(c) for c in _FADE_BASE]
        out[rows] = per_pixel_gain(image[rows], (1.0 - 0.75 * k) * keep, offsets)
    return out


# (multiply on highlights, add in shadows) per cast: dye fading shifts both ends.
_CASTS = {
    "yellow": ((1.02, 0.95, 0.72), (0.08, 0.05, 0.0)),
    "magenta": ((1.05, 0.84, 0.87), (0.12, 0.03, 0.05)),
    "cyan": ((0.78, 0.97, 1.02), (0.0, 0.06, 0.08)),
}


def color_cast(image: np.ndarray, severity: float, rng: np.random.Generator) -> np.ndarray:
    """A yellow, magenta (faded cyan dye) or cyan cast, chosen by the seed."""
    name = ("yellow", "magenta", "cyan")[int(rng.choice(3, p=[0.5, 0.35, 0.15]))]
    mul, add = (np.array(v, np.float32) for v in _CASTS[name])
    amount = (0.25 + 0.75 * severity) * rng.uniform(0.85, 1.15)
    levels = _LEVELS[:, None]
    return cv2.LUT(image, channel_lut(levels * (1.0 + amount * (mul - 1.0)) + (1.0 - levels) * amount * add))


def vignette(image: np.ndarray, severity: float, rng: np.random.Generator) -> np.ndarray:
    """Darkened, slightly off-centre elliptical corners (lens fall-off, uneven printing light)."""
    height, width = image.shape[:2]
    cx = 0.5 + rng.normal(0.0, 0.04)
    cy = 0.5 + rng.normal(0.0, 0.04)
    rx = 0.5 * rng.uniform(0.9, 1.2)
    ry = 0.5 * rng.uniform(0.9, 1.2)
    # The fall-off is smooth, so compute it on a small grid and upsample.
    small_w, small_h = max(8, width // 8), max(8, height // 8)
    xs = ((np.linspace(0.0, 1.0, small_w, dtype=np.float32) - cx) / rx) ** 2
    ys = ((np.linspace(0.0, 1.0, small_h, dtype=np.float32) - cy) / ry) ** 2
    radius = np.sqrt(ys[:, None] + xs[None, :])
    strength = 0.15 + 0.55 * severity
    gain = 1.0 - strength * smoothstep(0.45, math.sqrt(2) + 0.05, radius) ** 1.3
    gain = cv2.resize(gain.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
    return per_pixel_gain(image, gain)
