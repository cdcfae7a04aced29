"""Drawing, noise and compositing helpers shared by the damage kinds.

Every local defect is drawn as a float *weight* map (its coverage or strength in
[0, 1]) plus a function that renders the damaged colour of a set of pixels.
:func:`commit` applies the defect only where ``weight >= MASK_THRESHOLD`` and
reports as the mask exactly the pixels whose uint8 value actually changed, so
everything outside the mask stays bit-identical to the input.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import cv2
import numpy as np

# Coverage below this is dropped rather than blended: an antialiased fringe or
# soft tail fainter than 10 % is not "damage" a restorer should repair, and
# dropping it keeps the mask a crisp, exact label for segmentation training.
MASK_THRESHOLD = 0.1

_SHIFT = 4  # cv2 fixed-point bits (1/16 px) for sub-pixel polyline vertices

PAPER_WHITE = np.array([0.95, 0.94, 0.90], np.float32)

Render = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def unit(height: int, width: int) -> float:
    """Length unit of the damage model: one thousandth of the image diagonal, in pixels."""
    return math.hypot(height, width) / 1000.0


def fractal_noise(
    rng: np.random.Generator, height: int, width: int, cell: float, octaves: int = 3
) -> np.ndarray:
    """Smooth value noise (float32, about zero mean and unit std) with features ``cell`` pixels wide.

    Each octave is a coarse Gaussian grid upsampled with bicubic interpolation.
    The octaves are summed on a work grid just fine enough for the finest one
    (three samples per feature) and upsampled once, so a low-frequency field
    over a 24-megapixel frame costs little more than one resize.
    """
    finest = max(cell / 2 ** (octaves - 1), 1.5)
    step = max(1, int(finest / 3))
    work_h, work_w = -(-height // step) + 1, -(-width // step) + 1
    total = np.zeros((work_h, work_w), np.float32)
    amplitude = 1.0
    for octave in range(octaves):
        size = max(cell / (2**octave), 1.5) / step
        grid_h = int(work_h / size) + 3
        grid_w = int(work_w / size) + 3
        grid = rng.standard_normal((grid_h, grid_w), dtype=np.float32)
        full = cv2.resize(grid, (round(grid_w * size), round(grid_h * size)), interpolation=cv2.INTER_CUBIC)
        # A random sub-cell offset hides the grid alignment shared by all octaves.
        oy = int(rng.integers(0, max(1, full.shape[0] - work_h)))
        ox = int(rng.integers(0, max(1, full.shape[1] - work_w)))
        total += amplitude * full[oy : oy + work_h, ox : ox + work_w]
        amplitude *= 0.5
    total /= max(float(total[:: max(1, work_h // 64), :: max(1, work_w // 64)].std()), 1e-6)
    if step == 1:
        return total[:height, :width]
    full = cv2.resize(total, (work_w * step, work_h * step), interpolation=cv2.INTER_CUBIC)
    return np.ascontiguousarray(full[:height, :width])


def smooth_1d(rng: np.random.Generator, length: int, correlation: float) -> np.ndarray:
    """A smooth random curve of ``length`` samples, unit std, varying over ``correlation`` samples."""
    knots = max(2, int(length / max(correlation, 1.0)) + 2)
    values = rng.standard_normal(knots)
    return np.interp(np.linspace(0, knots - 1, length), np.arange(knots), values).astype(np.float32)


def smoothstep(edge0: float, edge1: float, x: np.ndarray) -> np.ndarray:
    """Hermite step from 0 at ``edge0`` to 1 at ``edge1``."""
    t = np.clip((x - edge0) / (edge1 - edge0), 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


def draw_polyline(layer: np.ndarray, points: np.ndarray, thickness: int, value: float) -> None:
    """Draw an antialiased open polyline (``points`` N×2 as x, y) into a uint8 coverage layer."""
    if len(points) < 2:
        return
    fixed = np.round(points * (1 << _SHIFT)).astype(np.int32).reshape(-1, 1, 2)
    level = int(np.clip(round(value * 255), 1, 255))
    cv2.polylines(layer, [fixed], False, level, max(1, int(thickness)), cv2.LINE_AA, _SHIFT)


def fill_polygon(layer: np.ndarray, points: np.ndarray, value: float) -> None:
    """Fill an antialiased polygon (``points`` N×2 as x, y) into a uint8 coverage layer."""
    fixed = np.round(points * (1 << _SHIFT)).astype(np.int32).reshape(-1, 1, 2)
    level = int(np.clip(round(value * 255), 1, 255))
    cv2.fillPoly(layer, [fixed], level, cv2.LINE_AA, _SHIFT)


def blob_polygon(rng: np.random.Generator, cx: float, cy: float, radius: float, jitter: float) -> np.ndarray:
    """Vertices of an irregular closed blob around (cx, cy); ``jitter`` in [0, 1) roughens it."""
    count = int(np.clip(6 + radius / 2, 6, 40))
    angles = np.linspace(0, 2 * np.pi, count, endpoint=False) + rng.uniform(0, 2 * np.pi)
    radii = radius * (1.0 - jitter * rng.random(count))
    return np.stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)], axis=1)


def random_walk(
    rng: np.random.Generator, start: np.ndarray, angle: float, steps: int, step: float, wobble: float
) -> tuple[np.ndarray, np.ndarray]:
    """Points (steps+1)×2 and headings of a path whose heading drifts by N(0, ``wobble``) per step."""
    headings = angle + np.cumsum(rng.normal(0.0, wobble, steps))
    moves = step * np.stack([np.cos(headings), np.sin(headings)], axis=1)
    points = np.vstack([start[None, :], start[None, :] + np.cumsum(moves, axis=0)])
    return points, headings


def sample_bilinear(image: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Bilinearly sample ``image`` (H×W×3, any dtype) at float coordinates; returns N×3 float32 in [0, 1]."""
    height, width = image.shape[:2]
    xs = np.clip(xs, 0, width - 1.001)
    ys = np.clip(ys, 0, height - 1.001)
    x0 = xs.astype(np.int32)
    y0 = ys.astype(np.int32)
    fx = (xs - x0)[:, None].astype(np.float32)
    fy = (ys - y0)[:, None].astype(np.float32)
    top = image[y0, x0] * (1 - fx) + image[y0, x0 + 1] * fx
    bottom = image[y0 + 1, x0] * (1 - fx) + image[y0 + 1, x0 + 1] * fx
    return (top * (1 - fy) + bottom * fy).astype(np.float32) / 255.0


def commit(image: np.ndarray, weight: np.ndarray, render: Render) -> tuple[np.ndarray, np.ndarray]:
    """Apply a local defect; return the new image and the exact mask of changed pixels.

    ``render(src, ys, xs)`` gets the selected pixels as N×3 float32 in [0, 1]
    with their coordinates and returns their damaged colours (same layout).
    Only pixels with ``weight >= MASK_THRESHOLD`` are rendered.
    """
    ys, xs = np.nonzero(weight >= MASK_THRESHOLD)
    if ys.size == 0:
        return image.copy(), np.zeros(image.shape[:2], np.uint8)
    return commit_points(image, ys, xs, render(image[ys, xs].astype(np.float32) / 255.0, ys, xs))


def commit_points(
    image: np.ndarray, ys: np.ndarray, xs: np.ndarray, rendered: np.ndarray, min_change: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Write ``rendered`` (N×3 float in [0, 1]) at the given pixels; mask the ones that changed.

    Only pixels whose rounded uint8 value moves by at least ``min_change``
    levels in some channel are written and marked, so the mask equals the set
    of changed pixels exactly.
    """
    out = image.copy()
    mask = np.zeros(image.shape[:2], np.uint8)
    before = image[ys, xs]
    after = np.clip(rendered * 255.0 + 0.5, 0, 255).astype(np.uint8)
    if min_change <= 1:
        changed = np.any(after != before, axis=1)
    else:
        changed = np.abs(after.astype(np.int16) - before).max(axis=1) >= min_change
    ys, xs = ys[changed], xs[changed]
    out[ys, xs] = after[changed]
    mask[ys, xs] = 255
    return out, mask


def per_pixel_gain(
    image: np.ndarray, gain: np.ndarray, offsets: Sequence[np.ndarray] | None = None
) -> np.ndarray:
    """``round(image * gain + offset)`` saturated to uint8, for an H×W float32 gain and per-channel offsets.

    OpenCV's mixed-type arithmetic does the multiply, add, rounding and
    clipping in one SIMD pass each, several times faster than numpy; working
    plane by plane keeps a 24-megapixel frame from needing H×W×3 float buffers.
    """
    planes = cv2.split(image)
    if offsets is None:
        return cv2.merge([cv2.multiply(plane, gain, dtype=cv2.CV_8U) for plane in planes])
    return cv2.merge(
        [
            cv2.add(cv2.multiply(plane, gain, dtype=cv2.CV_32F), offset, dtype=cv2.CV_8U)
            for plane, offset in zip(planes, offsets, strict=True)
        ]
    )


def channel_lut(table: np.ndarray) -> np.ndarray:
    """A 256×3 float table of output levels in [0, 1] as a cv2.LUT table (1×256×3 uint8)."""
    return np.clip(table * 255.0 + 0.5, 0, 255).astype(np.uint8).reshape(1, 256, 3)
