"""Automatic correction of faded prints and colour casts, conservative on healthy photos.

Measurement works on a reduced copy (long side ≤ 768 px) in CIELAB:

* fading – luminance percentiles: a faded print has lifted, milky blacks and a narrow range;
* colour cast – the mean (a*, b*) of the most neutral mid-tone pixels: on a healthy photo the
  greyest things in the scene (stone, paper, clouds, shadows) average to grey, under a cast they
  all share its hue. Using only near-neutral pixels, unlike plain grey-world, does not mistake a
  green forest for a cast; requiring the highlights (white patch) to carry the same tint keeps a
  brown coffee or a red door from counting either;
* saturation – mean chroma, and the chroma left after removing the mean tint; a black-and-white
  or toned (sepia) print has almost none left and is treated as monochrome.

Correction is a per-channel gain (white balance on the neutral pixels) followed by one levels
stretch and a gentle gamma shared by all channels, so hues are not twisted. A monochrome print
keeps its tone (sepia toning is part of the object's history); only its levels are restored.

Do no harm when unsure: a photo only just past its thresholds (every finding below full
confidence) is as likely a low-contrast studio shot or a misty scene as a faded print, so its
correction is scaled down until the result keeps SSIM ≥ ``thresholds.borderline_ssim`` with the
input. A photo clearly past a threshold gets its full correction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import cv2
import numpy as np

from app.domain.errors import InvalidInput
from app.vision.restoration.thresholds import CALIBRATED, ConditionThresholds

__all__ = ["ColourCorrection", "ColourStats", "apply_correction", "measure_colour", "plan_correction", "window_ssim"]

_WORK_SIDE = 768
# The fading and cast thresholds are data (``thresholds.py``), fitted on real clean photographs.
MONO_RESIDUAL = 6.0
"""95th percentile of the chroma not explained by the tone curve, below which a photo is monochrome."""
STRENGTH = 0.75
"""Fraction of the measured fading and cast that is removed: the scene's true range is unknown."""
_MAX_GAIN = 1.6
# A photo just past a threshold is as likely a healthy scene as a damaged print (on real photos
# the two overlap), so its correction starts this small and grows over the threshold's ramp.
_MIN_CONFIDENCE = 0.1
_BISECTIONS = 6


@dataclass(frozen=True)
class ColourStats:
    """What :func:`measure_colour` found (luminance on 0–255, chroma in CIELAB units)."""

    deepest: float
    black: float
    white: float
    median: float
    cast_a: float
    cast_b: float
    highlight_a: float
    highlight_b: float
    saturation: float
    residual_chroma: float
    thresholds: ConditionThresholds = CALIBRATED

    @property
    def contrast_range(self) -> float:
        return self.white - self.black

    @property
    def cast(self) -> float:
        """Tint shared by the neutral mid-tones and the highlights (0 when they disagree).

        A warm scene (a brown coffee, a red door) tints its greyest pixels but usually not its
        highlights, and a scene lit by a warm lamp the reverse; a cast from dye fading does both.
        """
        neutral = np.array([self.cast_a, self.cast_b])
        highlight = np.array([self.highlight_a, self.highlight_b])
        if float(neutral @ highlight) <= 0.0:
            return 0.0
        return float(min(np.linalg.norm(neutral), np.linalg.norm(highlight)))

    @property
    def monochrome(self) -> bool:
        return self.residual_chroma < MONO_RESIDUAL

    @property
    def faded(self) -> bool:
        """Past all four fading thresholds at once."""
        return self.fading_margin > 0.0

    @property
    def fading_margin(self) -> float:
        """Luminance levels past the *nearest* fading threshold (positive only when faded)."""
        t = self.thresholds
        return min(
            self.deepest - t.faded_deepest,
            self.black - t.faded_black,
            t.faded_white - self.white,
            t.faded_range - self.contrast_range,
        )

    @property
    def fading_confidence(self) -> float:
        """0–1: how far past every fading threshold the photo is (in units of ``thresholds.ramp``)."""
        return float(np.clip(self.fading_margin / self.thresholds.fading_ramp, _MIN_CONFIDENCE, 1.0))

    @property
    def cast_margin(self) -> float:
        """Cast units past the cast limit (positive when the cast is past it)."""
        return self.cast - self.thresholds.cast_limit

    @property
    def cast_confidence(self) -> float:
        """0–1: how far past the cast limit the photo is (in units of ``thresholds.cast_ramp``)."""
        return float(np.clip(self.cast_margin / self.thresholds.cast_ramp, _MIN_CONFIDENCE, 1.0))

    @property
    def has_cast(self) -> bool:
        return not self.monochrome and self.cast > self.thresholds.cast_limit


@dataclass(frozen=True)
class ColourCorrection:
    """Per-channel ``gains`` (white balance), then levels ``black``→0, ``white``→255, then ``gamma``."""

    gains: tuple[float, float, float] = (1.0, 1.0, 1.0)
    black: float = 0.0
    white: float = 255.0
    gamma: float = 1.0

    def as_dict(self) -> dict[str, Any]:
        return {key: (list(value) if isinstance(value, tuple) else value) for key, value in asdict(self).items()}


def _working_copy(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise InvalidInput("Colour correction needs an 8-bit RGB image (H×W×3).")
    scale = _WORK_SIDE / max(image.shape[:2])
    if scale >= 1.0:
        return image
    size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


def _neutral_pixels(lab: np.ndarray) -> np.ndarray:
    """Boolean selector of the 15 % least chromatic mid-tone pixels (neither black nor blown out)."""
    lightness, chroma = lab[..., 0], np.hypot(lab[..., 1], lab[..., 2])
    midtone = (lightness > 15.0) & (lightness < 95.0)
    if midtone.sum() < 100:
        midtone = np.ones_like(midtone)
    limit = np.percentile(chroma[midtone], 15)
    return midtone & (chroma <= limit)


def _highlight_tint(lab: np.ndarray) -> tuple[float, float]:
    """Mean (a*, b*) of the brightest 2 % that are not blown out (white-patch evidence)."""
    lightness = lab[..., 0]
    brightest = lightness >= np.percentile(lightness, 98)
    usable = brightest & (lightness < 99.5)
    chosen = usable if usable.sum() >= 50 else brightest
    return float(lab[..., 1][chosen].mean()), float(lab[..., 2][chosen].mean())


def _untoned_chroma(lab: np.ndarray) -> np.ndarray:
    """Chroma left after subtracting the mean (a*, b*) of each lightness band.

    A toned print (sepia, selenium, cyanotype) has a tint that depends on lightness only, so
    nothing is left; a colour photo has different hues at the same lightness.
    """
    bands = np.clip((lab[..., 0] / 100.0 * 16).astype(np.int32), 0, 15).ravel()
    counts = np.maximum(np.bincount(bands, minlength=16), 1)
    residual = np.zeros(bands.shape, np.float64)
    for channel in (1, 2):
        values = lab[..., channel].ravel().astype(np.float64)
        means = np.bincount(bands, weights=values, minlength=16) / counts
        residual += (values - means[bands]) ** 2
    return np.sqrt(residual)


def measure_colour(image: np.ndarray, thresholds: ConditionThresholds = CALIBRATED) -> ColourStats:
    """Measure fading, cast and saturation of an RGB ``uint8`` image (see the module notes).

    ``thresholds`` decide what the stats' ``faded`` and ``has_cast`` say.
    """
    small = _working_copy(image)
    lab = cv2.cvtColor(small.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)
    luma = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).astype(np.float32)
    deepest, black, median, white = (float(v) for v in np.percentile(luma, (0.1, 1, 50, 99)))
    neutral = _neutral_pixels(lab)
    cast_a, cast_b = (float(lab[..., c][neutral].mean()) for c in (1, 2))
    highlight_a, highlight_b = _highlight_tint(lab)
    a, b = lab[..., 1], lab[..., 2]
    residual = _untoned_chroma(lab)
    return ColourStats(
        deepest=deepest,
        black=black,
        white=white,
        median=median,
        cast_a=cast_a,
        cast_b=cast_b,
        highlight_a=highlight_a,
        highlight_b=highlight_b,
        saturation=float(np.hypot(a, b).mean()),
        residual_chroma=float(np.percentile(residual, 95)),
        thresholds=thresholds,
    )


def _white_balance_gains(image: np.ndarray, strength: float = STRENGTH) -> tuple[float, float, float]:
    """Gains that make the neutral pixels' mean RGB grey at unchanged brightness."""
    small = _working_copy(image)
    lab = cv2.cvtColor(small.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)
    mean_rgb = small[_neutral_pixels(lab)].astype(np.float64).mean(axis=0) + 1.0
    # Keep the Rec.601 luma of the neutral mean where it was, so brightness does not jump.
    luma = float(np.dot(mean_rgb, (0.299, 0.587, 0.114)))
    gains = np.clip((luma / mean_rgb) ** strength, 1.0 / _MAX_GAIN, _MAX_GAIN)
    return (float(gains[0]), float(gains[1]), float(gains[2]))


def _plan(image: np.ndarray, stats: ColourStats, scale: float) -> ColourCorrection:
    """The correction at ``scale`` × the confidence of each finding (1 = as measured)."""
    gains = (
        _white_balance_gains(image, STRENGTH * stats.cast_confidence * scale) if stats.has_cast else (1.0, 1.0, 1.0)
    )
    black, white, gamma = 0.0, 255.0, 1.0
    if stats.faded:
        # Move the 1/99 percentiles most of the way to the ends, not all: a misty or low-key scene
        # never had full range, and the stretched result must not look harsher than a real print.
        # Borderline photos (confidence near 0) are moved only a little.
        confidence = stats.fading_confidence * scale
        strength = STRENGTH * confidence
        low_to = (1.0 - strength) * stats.black
        high_to = stats.white + strength * (255.0 - stats.white)
        slope = (high_to - low_to) / max(stats.contrast_range, 1.0)
        black = stats.black - low_to / slope
        white = black + 255.0 / slope
        middle = (stats.median - black) / max(white - black, 1.0)
        # Pull the median part-way towards mid-grey; a limited gamma keeps low-key photos low-key.
        gamma = float(np.clip(np.log(0.5) / np.log(np.clip(middle, 0.05, 0.95)), 0.8, 1.25)) ** (0.5 * confidence)
    return ColourCorrection(gains, black, white, gamma)


def window_ssim(a: np.ndarray, b: np.ndarray) -> float:
    """Mean SSIM over the RGB channels, 7×7 uniform window (the usual constants, 8-bit range)."""
    c1, c2 = (0.01 * 255.0) ** 2, (0.03 * 255.0) ** 2
    x, y = a.astype(np.float32), b.astype(np.float32)
    window = (7, 7)
    # Unbiased (sample) variances over the 49 pixels of the window, as in the common implementations.
    unbias = 49.0 / 48.0
    mx, my = cv2.blur(x, window), cv2.blur(y, window)
    vx = (cv2.blur(x * x, window) - mx * mx) * unbias
    vy = (cv2.blur(y * y, window) - my * my) * unbias
    cxy = (cv2.blur(x * y, window) - mx * my) * unbias
    ssim = ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2))
    # Leave out the border, where the window runs off the image.
    return float(ssim[3:-3, 3:-3].mean())


def plan_correction(image: np.ndarray, stats: ColourStats | None = None) -> ColourCorrection | None:
    """The correction this photo needs, or None when it is healthy and must be left alone.

    A borderline photo (no finding at full confidence) gets the largest fraction of its correction
    that keeps SSIM ≥ ``thresholds.borderline_ssim`` with the input (see the module notes).
    """
    stats = stats or measure_colour(image)
    if not (stats.faded or stats.has_cast):
        return None
    correction = _plan(image, stats, 1.0)
    confidences = [c for c, flag in ((stats.fading_confidence, stats.faded), (stats.cast_confidence, stats.has_cast))
                   if flag]
    bound = stats.thresholds.borderline_ssim
    if bound <= 0.0 or max(confidences) >= 1.0:
        return correction
    small = _working_copy(image)
    if window_ssim(small, apply_correction(small, correction)) >= bound:
        return correction
    low, high = 0.0, 1.0
    for _ in range(_BISECTIONS):
        middle = 0.5 * (low + high)
        if window_ssim(small, apply_correction(small, _plan(image, stats, middle))) >= bound:
            low = middle
        else:
            high = middle
    return _plan(image, stats, low)


def apply_correction(
    image: np.ndarray, correction: ColourCorrection, out: np.ndarray | None = None
) -> np.ndarray:
    """Apply a correction through one lookup table per channel (cheap on any image size).

    ``out`` (same shape, uint8) receives the result and may be ``image`` itself: a table lookup
    reads each pixel before writing it, so the caller that owns the array saves a frame.
    """
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise InvalidInput("Colour correction needs an 8-bit RGB image (H×W×3).")
    levels = np.arange(256, dtype=np.float64)
    span = max(correction.white - correction.black, 1.0)
    tables = np.empty((256, 1, 3), dtype=np.uint8)
    for channel, gain in enumerate(correction.gains):
        x = np.clip((levels * gain - correction.black) / span, 0.0, 1.0) ** correction.gamma
        tables[:, 0, channel] = np.clip(np.rint(x * 255.0), 0, 255).astype(np.uint8)
    if out is None:
        out = np.empty_like(image)
    elif out.shape != image.shape or out.dtype != np.uint8:
        raise InvalidInput("The output of a colour correction must be an 8-bit array of the image's shape.")
    # One 3-channel lookup: no per-channel copies of a strided plane (two frames' worth on a scan).
    cv2.LUT(np.ascontiguousarray(image), tables, dst=out)
    return out
