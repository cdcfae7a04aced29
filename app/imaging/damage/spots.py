"""Spot-shaped defects: dust and lint, water stains with tide marks, and foxing."""

from __future__ import annotations

import math

import cv2
import numpy as np

from ._raster import (
    PAPER_WHITE,
    blob_polygon,
    commit,
    draw_polyline,
    fill_polygon,
    fractal_noise,
    random_walk,
    unit,
)


def dust(image: np.ndarray, severity: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Soft bright and dark specks (a few large ones) plus curly lint hairs."""
    height, width = image.shape[:2]
    u = unit(height, width)
    bright = np.zeros((height, width), np.uint8)
    dark = np.zeros((height, width), np.uint8)
    count = int(20 + 260 * severity)
    # Pareto-distributed radii: a cloud of tiny specks and the odd big spot.
    radii = np.minimum(u * 0.6 * (1.0 - rng.random(count)) ** (-1 / 1.7), 10 * u)
    for radius in radii:
        is_bright = rng.random() < 0.55
        layer = bright if is_bright else dark
        # Big dark blots read as ink, not dust: dark specks stay small.
        radius = radius if is_bright else min(radius, 3.0 * u)
        cx, cy = rng.uniform(0, width), rng.uniform(0, height)
        opacity = rng.uniform(0.5, 1.0) * min(1.0, radius / 0.7)
        radius = max(radius, 0.7)
        fill_polygon(layer, blob_polygon(rng, cx, cy, radius, 0.45), opacity)
    for _ in range(int(rng.poisson(0.5 + 4.0 * severity))):
        step = max(1.2 * u, 1.0)
        steps = max(4, int(u * rng.uniform(15, 70) / step))
        start = np.array([rng.uniform(0, width), rng.uniform(0, height)])
        points, _ = random_walk(rng, start, rng.uniform(0, 2 * math.pi), steps, step, 0.25)
        # Lint fibres are mostly dark (on the scanner glass), some light.
        layer = dark if rng.random() < 0.7 else bright
        draw_polyline(layer, points, max(1, round(0.5 * u)), rng.uniform(0.6, 0.95))
    sigma = 0.4 * u
    if sigma >= 0.3:
        # Dust sits on the surface, slightly out of the focal plane: soft edges.
        bright = cv2.GaussianBlur(bright, (0, 0), sigma)
        dark = cv2.GaussianBlur(dark, (0, 0), sigma)
    bright_a = bright.astype(np.float32) / 255.0
    dark_a = dark.astype(np.float32) / 255.0

    def render(src: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
        lit = src + (PAPER_WHITE - src) * bright_a[ys, xs][:, None]
        return lit * (1.0 - 0.88 * dark_a[ys, xs][:, None])

    return commit(image, np.maximum(bright_a, dark_a), render)


# Paper stains are multiplicative (they absorb light), darker and redder at the rim.
_STAIN_TINT = np.array([0.90, 0.74, 0.50], np.float32)
_RIM_TINT = np.array([0.62, 0.44, 0.25], np.float32)
# Water also alters the emulsion itself: stained areas drift towards ochre, rims to umber.
_STAIN_COLOUR = np.array([0.74, 0.58, 0.34], np.float32)
_RIM_COLOUR = np.array([0.36, 0.23, 0.11], np.float32)
_FOX_TINT = np.array([0.70, 0.47, 0.28], np.float32)


def stains(image: np.ndarray, severity: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Blotchy water stains with dark tide-mark rims, and rust-brown foxing spots."""
    height, width = image.shape[:2]
    u = unit(height, width)
    inner = np.zeros((height, width), np.float32)
    rim = np.zeros((height, width), np.float32)
    fox = np.zeros((height, width), np.uint8)
    water = int(rng.poisson(0.6 + 1.6 * severity))
    foxing = rng.random() < 0.5 + 0.3 * severity
    if water == 0 and not foxing:
        water = 1
    for _ in range(water):
        _water_stain(inner, rim, rng, u, severity)
    if foxing:
        _foxing(fox, rng, u, severity)
    fox_a = fox.astype(np.float32) / 255.0
    if u * 0.8 >= 0.3:
        fox_a = cv2.GaussianBlur(fox_a, (0, 0), 0.8 * u)

    def render(src: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
        a_in = inner[ys, xs][:, None]
        a_rim = rim[ys, xs][:, None]
        a_fox = fox_a[ys, xs][:, None]
        stained = src * (1.0 - a_in * (1.0 - _STAIN_TINT))
        stained += (_STAIN_COLOUR - stained) * (0.35 * a_in)
        stained *= 1.0 - a_rim * (1.0 - _RIM_TINT)
        stained += (_RIM_COLOUR - stained) * (0.3 * a_rim)
        return stained * (1.0 - a_fox * (1.0 - _FOX_TINT))

    return commit(image, np.maximum(np.maximum(inner, rim), fox_a), render)


def _water_stain(
    inner: np.ndarray, rim: np.ndarray, rng: np.random.Generator, u: float, severity: float
) -> None:
    """Accumulate one ragged stain (interior tint and tide-mark rings) into the two planes."""
    height, width = inner.shape
    radius = 1000 * u * rng.uniform(0.06, 0.2) * (0.6 + 0.8 * severity)
    if rng.random() < 0.5:
        # Water usually enters from an edge, so many stains are cut by the border.
        cx = rng.choice([rng.uniform(0, width), rng.choice([0.0, float(width)])])
        cy = rng.uniform(0, height) if cx in (0.0, float(width)) else rng.choice([0.0, float(height)])
    else:
        cx, cy = rng.uniform(0, width), rng.uniform(0, height)
    x0, x1 = int(max(0, cx - 1.5 * radius)), int(min(width, cx + 1.5 * radius + 1))
    y0, y1 = int(max(0, cy - 1.5 * radius)), int(min(height, cy + 1.5 * radius + 1))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    yy = np.arange(y0, y1, dtype=np.float32)[:, None] - cy
    xx = np.arange(x0, x1, dtype=np.float32)[None, :] - cx
    angle, aspect = rng.uniform(0, math.pi), rng.uniform(0.6, 1.0)
    along = xx * math.cos(angle) + yy * math.sin(angle)
    across = (yy * math.cos(angle) - xx * math.sin(angle)) / aspect
    noise = fractal_noise(rng, y1 - y0, x1 - x0, radius * 0.5, 4)
    # Depth inside the ragged outline, in pixels (negative outside).
    depth = radius * (1.0 - np.sqrt(along**2 + across**2) / radius + 0.2 * noise)
    edge = np.clip(depth + 0.5, 0.0, 1.0)
    rim_width = u * rng.uniform(2.5, 6.0)
    rings = np.exp(-np.maximum(depth, 0.0) / rim_width) * rng.uniform(0.55, 0.85)
    for _ in range(int(rng.integers(0, 3))):
        # Successive drying fronts leave fainter tide lines inside the first.
        offset = radius * rng.uniform(0.08, 0.35)
        rings = np.maximum(rings, 0.45 * np.exp(-(((depth - offset) / (0.7 * rim_width)) ** 2)))
    tone = rng.uniform(0.25, 0.5) * (0.6 + 0.6 * severity)
    texture = 0.7 + 0.3 * fractal_noise(rng, y1 - y0, x1 - x0, max(radius * 0.2, 2.0), 3)
    # Pigment piles up unevenly along the drying front: the tide line is patchy.
    rings *= np.clip(0.4 + 0.6 * texture, 0.2, 1.2)
    np.maximum(inner[y0:y1, x0:x1], edge * np.clip(tone * texture, 0.11, 1.0), out=inner[y0:y1, x0:x1])
    np.maximum(rim[y0:y1, x0:x1], edge * rings, out=rim[y0:y1, x0:x1])


def _foxing(layer: np.ndarray, rng: np.random.Generator, u: float, severity: float) -> None:
    """Clusters of small rust-brown spots (fungal/iron foxing)."""
    height, width = layer.shape
    centres = rng.uniform(0, 1, (1 + int(rng.poisson(1.5)), 2)) * (width, height)
    spread = 1000 * u * rng.uniform(0.05, 0.15)
    for _ in range(int(10 + 110 * severity)):
        if rng.random() < 0.25:
            cx, cy = rng.uniform(0, width), rng.uniform(0, height)
        else:
            cx, cy = centres[rng.integers(len(centres))] + rng.normal(0, spread, 2)
        radius = max(u * (0.8 + 4.0 * rng.random() ** 2), 0.7)
        fill_polygon(layer, blob_polygon(rng, cx, cy, radius, 0.35), rng.uniform(0.35, 0.9))
