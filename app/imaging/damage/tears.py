"""Tears: missing corners, bites and slits torn from the edges, and small holes.

A tear removes the print, so its pixels show the *backing* (album page, card,
scanner lid) in an untinted colour; between picture and backing runs a thin,
fibrous band of white paper core, as on a real torn photograph.
"""

from __future__ import annotations

import math

import numpy as np

from ._raster import PAPER_WHITE, commit, fractal_noise, unit

# Backings seen behind damaged prints: black album page, grey board, kraft card,
# cream paper, white scanner lid.
_BACKINGS = np.array(
    [[0.09, 0.08, 0.07], [0.35, 0.34, 0.32], [0.55, 0.44, 0.31], [0.88, 0.84, 0.74], [0.97, 0.97, 0.96]],
    np.float32,
)


def tears(
    image: np.ndarray, severity: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the torn image, its mask, and the mask of pixels fully replaced (no picture left)."""
    height, width = image.shape[:2]
    u = unit(height, width)
    # Coverage of picture-gone (hole + paper rim), of backing alone, and depth into the hole.
    gone = np.zeros((height, width), np.float32)
    backing = np.zeros((height, width), np.float32)
    depth = np.zeros((height, width), np.float32)
    corners = int(rng.binomial(2, 0.15 + 0.45 * severity))
    edges = int(rng.binomial(2, 0.1 + 0.35 * severity))
    holes = int(rng.poisson(0.3 + 3.0 * severity))
    if corners + edges == 0:
        # Holes alone can be tiny on a small image: always tear something from the border.
        corners, edges = (1, 0) if rng.random() < 0.6 else (0, 1)
    for _ in range(corners):
        _stamp(gone, backing, depth, rng, u, *_corner(rng, width, height, u, severity))
    for _ in range(edges):
        _stamp(gone, backing, depth, rng, u, *_edge(rng, width, height, u, severity))
    for _ in range(holes):
        _stamp(gone, backing, depth, rng, u, *_hole(rng, width, height, u))
    colour = _BACKINGS[rng.integers(len(_BACKINGS))]
    grain = fractal_noise(rng, height, width, max(6 * u, 1.5), 2) if backing.any() else backing
    shadow_w = 1.5 * u + 0.5

    def render(src: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
        a_gone = gone[ys, xs][:, None]
        a_back = backing[ys, xs][:, None]
        # The print's torn edge casts a short shadow onto the backing.
        shade = 1.0 - 0.3 * np.exp(-depth[ys, xs] / shadow_w)[:, None]
        back = colour * shade * (1.0 + 0.015 * grain[ys, xs][:, None])
        paper = src + (PAPER_WHITE - src) * a_gone
        return paper + (back - paper) * a_back

    out, mask = commit(image, gone, render)
    opaque = ((gone >= 0.999) & (mask > 0)).astype(np.uint8) * 255
    return out, mask, opaque


# Bounding box x0, y0, x1, y1; normalised reach (< 1 inside the shape); pixels per unit of reach.
Shape = tuple[int, int, int, int, np.ndarray, float]


def _stamp(
    gone: np.ndarray,
    backing: np.ndarray,
    depth: np.ndarray,
    rng: np.random.Generator,
    u: float,
    x0: int,
    y0: int,
    x1: int,
    y1: int,
    reach: np.ndarray,
    scale: float,
) -> None:
    """Rasterise one torn shape from its normalised ``reach`` (< 1 inside).

    The field is scaled to pixels (``scale``) and roughened at two scales: a
    coarse wander of the outline and a fine fibrous fringe.
    """
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    h, w = y1 - y0, x1 - x0
    field = scale * (1.0 - reach)
    field = field + 0.12 * scale * fractal_noise(rng, h, w, max(scale * 0.6, 2.0), 4)
    field = field + 0.5 * u * fractal_noise(rng, h, w, max(1.5 * u, 1.5), 1)
    rim_width = u * (1.5 + 2.5 * np.clip(fractal_noise(rng, h, w, max(4 * u, 2.0), 2), -0.6, 1.0))
    hole = np.clip(field + 0.5, 0.0, 1.0)
    torn = np.clip(field + rim_width + 0.5, 0.0, 1.0)
    np.maximum(gone[y0:y1, x0:x1], torn, out=gone[y0:y1, x0:x1])
    np.maximum(backing[y0:y1, x0:x1], hole, out=backing[y0:y1, x0:x1])
    np.maximum(depth[y0:y1, x0:x1], np.maximum(field, 0.0), out=depth[y0:y1, x0:x1])


def _box(cx: float, cy: float, rx: float, ry: float, width: int, height: int) -> tuple[int, int, int, int]:
    x0, y0 = int(max(0, cx - rx)), int(max(0, cy - ry))
    return x0, y0, int(min(width, cx + rx + 1)), int(min(height, cy + ry + 1))


def _corner(rng: np.random.Generator, width: int, height: int, u: float, severity: float) -> Shape:
    """A missing corner: a rounded triangle cut off one corner."""
    cx, cy = float(rng.choice([0, width])), float(rng.choice([0, height]))
    a = 1000 * u * rng.uniform(0.04, 0.14) * (0.6 + 0.7 * severity)
    b = a * rng.uniform(0.5, 1.6)
    x0, y0, x1, y1 = _box(cx, cy, 1.6 * a, 1.6 * b, width, height)
    dx = np.abs(np.arange(x0, x1, dtype=np.float32)[None, :] - cx) / a
    dy = np.abs(np.arange(y0, y1, dtype=np.float32)[:, None] - cy) / b
    p = rng.uniform(0.8, 1.6)
    reach = (dx**p + dy**p) ** (1 / p)
    return x0, y0, x1, y1, reach, math.sqrt(a * b) * 0.7


def _edge(rng: np.random.Generator, width: int, height: int, u: float, severity: float) -> Shape:
    """A bite or a tapering slit torn in from one edge."""
    side = int(rng.integers(4))
    pos = rng.uniform(0.1, 0.9)
    w, h = float(width), float(height)
    cx, cy = [(pos * w, 0.0), (pos * w, h), (0.0, pos * h), (w, pos * h)][side]
    inward = [(0.0, 1.0), (0.0, -1.0), (1.0, 0.0), (-1.0, 0.0)][side]
    slit = rng.random() < 0.5
    depth = 1000 * u * (rng.uniform(0.06, 0.2) if slit else rng.uniform(0.03, 0.09)) * (0.6 + 0.7 * severity)
    half = depth * (rng.uniform(0.03, 0.08) if slit else rng.uniform(0.6, 1.4))
    tilt = rng.normal(0.0, 0.3)
    dirx = inward[0] * math.cos(tilt) - inward[1] * math.sin(tilt)
    diry = inward[0] * math.sin(tilt) + inward[1] * math.cos(tilt)
    reach = max(depth, half)
    x0, y0, x1, y1 = _box(cx, cy, reach * 1.3, reach * 1.3, width, height)
    px = np.arange(x0, x1, dtype=np.float32)[None, :] - cx
    py = np.arange(y0, y1, dtype=np.float32)[:, None] - cy
    along = (px * dirx + py * diry) / depth
    across = (py * dirx - px * diry) / half
    if slit:
        # Wedge: its half-width shrinks linearly to a point at the tip.
        taper = np.maximum(1.0 - np.maximum(along, 0.0), 1e-3)
        field = np.maximum(np.abs(across) / taper, np.where(along < 0, 0.0, along))
        return x0, y0, x1, y1, field, half * 1.5
    return x0, y0, x1, y1, np.sqrt(along**2 + across**2), math.sqrt(depth * half) * 0.7


def _hole(rng: np.random.Generator, width: int, height: int, u: float) -> Shape:
    """A small ragged hole (pin, insect or punch damage)."""
    radius = u * rng.uniform(2.0, 10.0)
    cx, cy = rng.uniform(0, width), rng.uniform(0, height)
    x0, y0, x1, y1 = _box(cx, cy, radius * 1.6, radius * 1.6, width, height)
    dx = (np.arange(x0, x1, dtype=np.float32)[None, :] - cx) / radius
    dy = (np.arange(y0, y1, dtype=np.float32)[:, None] - cy) / radius
    return x0, y0, x1, y1, np.sqrt(dx**2 + dy**2), radius
