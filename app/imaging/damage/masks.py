"""Free-form hole masks (brush strokes and blobs) for inpainting training and benchmarks."""

from __future__ import annotations

import math
import numbers

import cv2
import numpy as np

from app.domain.errors import InvalidInput

from ._raster import blob_polygon
from .spec import MIN_SIDE, check_seed


def random_hole_mask(
    height: int,
    width: int,
    rng_or_seed: np.random.Generator | int,
    area: tuple[float, float] = (0.1, 0.3),
) -> np.ndarray:
    """An irregular uint8 H×W hole mask (255 = hole) covering a fraction of the frame within ``area``.

    Thick random-walk brush strokes with round joints are mixed with ragged
    blobs, sized relative to the diagonal, until a target fraction drawn from
    ``area`` is reached. A shape that would overshoot ``area[1]`` is discarded
    and smaller ones are tried; a shortfall after that is closed by growing the
    holes' outline pixel by pixel, so the fraction is always in range.
    """
    for name, value in (("height", height), ("width", width)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < MIN_SIDE:
            raise InvalidInput(f"The mask {name} must be a whole number of at least {MIN_SIDE} pixels.")
    rng = (
        rng_or_seed
        if isinstance(rng_or_seed, np.random.Generator)
        else np.random.default_rng(check_seed(rng_or_seed))
    )
    total = int(height) * int(width)
    low, high = _check_area(area, total)
    target = int(rng.integers(low, high + 1))
    mask = np.zeros((int(height), int(width)), np.uint8)
    filled, scale = 0, math.hypot(height, width)
    for _ in range(400):
        if filled >= target:
            break
        candidate = mask.copy()
        if rng.random() < 0.7:
            _stroke(candidate, rng, scale)
        else:
            _blob(candidate, rng, scale)
        count = cv2.countNonZero(candidate)
        if count > high:
            scale *= 0.75  # too big for what is left: try a smaller shape
            continue
        mask, filled = candidate, count
    if filled < low:
        _grow(mask, low - filled, rng)
    return mask


def _check_area(area: object, total: int) -> tuple[int, int]:
    """Validate ``area`` and return it as inclusive pixel counts."""
    try:
        low_f, high_f = (float(v) for v in area)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        raise InvalidInput("The hole area must be a pair of fractions such as (0.1, 0.3).") from None
    if not (0.0 < low_f <= high_f < 1.0):
        raise InvalidInput(f"The hole area range must satisfy 0 < low ≤ high < 1, not {area!r}.")
    low, high = math.ceil(low_f * total), math.floor(high_f * total)
    if low > high:
        raise InvalidInput("The hole area range is too narrow for a mask this small.")
    return low, high


def _stroke(mask: np.ndarray, rng: np.random.Generator, scale: float) -> None:
    """A brush stroke: a few long segments with random turns, drawn thick with round joints."""
    height, width = mask.shape
    brush = max(1, round(scale * rng.uniform(0.015, 0.05)))
    point = np.array([rng.uniform(0, width), rng.uniform(0, height)])
    angle = rng.uniform(0, 2 * math.pi)
    for _ in range(int(rng.integers(3, 10))):
        angle += rng.uniform(-2.0, 2.0)
        step = scale * rng.uniform(0.03, 0.12)
        nxt = point + step * np.array([math.cos(angle), math.sin(angle)])
        nxt = np.clip(nxt, 0, (width - 1, height - 1))
        cv2.line(mask, tuple(int(v) for v in point), tuple(int(v) for v in nxt), 255, brush)
        point = nxt


def _blob(mask: np.ndarray, rng: np.random.Generator, scale: float) -> None:
    """A ragged filled blob."""
    height, width = mask.shape
    radius = max(1.0, scale * rng.uniform(0.02, 0.08))
    polygon = blob_polygon(rng, rng.uniform(0, width), rng.uniform(0, height), radius, 0.55)
    cv2.fillPoly(mask, [np.round(polygon).astype(np.int32)], 255)


def _grow(mask: np.ndarray, deficit: int, rng: np.random.Generator) -> None:
    """Add exactly ``deficit`` pixels along the holes' outline (or start a hole if there is none)."""
    flat = mask.reshape(-1)
    cross = cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3))
    while deficit > 0:
        if not flat.any():
            flat[int(rng.integers(flat.size))] = 255
            deficit -= 1
            continue
        ring = np.flatnonzero((cv2.dilate(mask, cross).reshape(-1) > 0) & (flat == 0))[:deficit]
        flat[ring] = 255
        deficit -= ring.size
