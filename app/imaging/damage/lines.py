"""Line-shaped defects: surface scratches, emulsion cracks and fold creases.

All sizes are in units of :func:`unit` (a thousandth of the diagonal) so the
same seed gives the same-looking damage at 64×64 and at 6000×4000.
"""

from __future__ import annotations

import math

import numpy as np

from ._raster import (
    MASK_THRESHOLD,
    PAPER_WHITE,
    commit,
    commit_points,
    draw_polyline,
    fractal_noise,
    sample_bilinear,
    smooth_1d,
    smoothstep,
    unit,
)

# Grey levels a crease must move a pixel by to touch (and label) it at all.
_CREASE_MIN_CHANGE = 4


def scratches(image: np.ndarray, severity: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Long thin bright/dark lines: curved print scratches plus, often, vertical film scratches."""
    height, width = image.shape[:2]
    u = unit(height, width)
    bright = np.zeros((height, width), np.uint8)
    dark = np.zeros((height, width), np.uint8)
    # Emulsion scraped off a print shows the white paper, so most scratches are bright.
    for _ in range(1 + int(rng.poisson(1.0 + 7.0 * severity))):
        _print_scratch(bright if rng.random() < 0.75 else dark, rng, u, severity)
    if rng.random() < 0.35 + 0.4 * severity:
        for _ in range(1 + int(rng.poisson(2.5 * severity))):
            _film_scratch(bright if rng.random() < 0.6 else dark, rng, u)
    # Pressure along a scratch is uneven: it fades and breaks over tens of units.
    along = smoothstep(-1.3, 0.3, fractal_noise(rng, height, width, 60 * u, 2))
    bright_a = bright.astype(np.float32) * (along / 255.0)
    dark_a = dark.astype(np.float32) * (along / 255.0)

    def render(src: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
        a_bright = bright_a[ys, xs][:, None]
        a_dark = dark_a[ys, xs][:, None]
        lit = src + (PAPER_WHITE - src) * a_bright
        return lit * (1.0 - 0.8 * a_dark)

    return commit(image, np.maximum(bright_a, dark_a), render)


def _print_scratch(layer: np.ndarray, rng: np.random.Generator, u: float, severity: float) -> None:
    """One gently curved scratch with tapered ends and a varying width."""
    height, width = layer.shape
    length = 1000 * u * rng.uniform(0.08, 0.45) * (0.6 + 0.6 * severity)
    step = max(2.0 * u, 1.0)
    count = max(8, int(length / step))
    start = np.array([rng.uniform(0, width), rng.uniform(0, height)])
    turn = rng.normal(0.0, 0.5) / count  # a constant turn per step draws an arc
    headings = rng.uniform(0, math.pi * 2) + turn * np.arange(count) + np.cumsum(rng.normal(0, 0.01, count))
    moves = step * np.stack([np.cos(headings), np.sin(headings)], axis=1)
    points = np.vstack([start[None], start[None] + np.cumsum(moves, axis=0)])
    t = np.linspace(0.0, 1.0, len(points))
    base = u * rng.uniform(0.5, 1.8) * (0.7 + 0.6 * severity)
    widths = base * np.sin(np.pi * t) ** 0.4 * (1.0 + 0.3 * smooth_1d(rng, len(points), 20))
    opacity = rng.uniform(0.55, 1.0)
    _draw_tapered(layer, points, widths, opacity)


def _film_scratch(layer: np.ndarray, rng: np.random.Generator, u: float) -> None:
    """A near-vertical line left by grit in a camera or projector gate."""
    height, width = layer.shape
    if rng.random() < 0.6:
        top, bottom = -2.0, height + 2.0
    else:
        span = height * rng.uniform(0.3, 0.9)
        top = rng.uniform(0, height - span)
        bottom = top + span
    count = max(8, int((bottom - top) / max(3 * u, 1.0)))
    ys = np.linspace(top, bottom, count)
    xs = rng.uniform(0.03, 0.97) * width + rng.uniform(-0.02, 0.02) * (ys - top)
    xs += u * rng.uniform(0.5, 3.0) * smooth_1d(rng, count, count / 4)
    thickness = max(1, round(u * rng.uniform(0.5, 1.2)))
    draw_polyline(layer, np.stack([xs, ys], 1), thickness, rng.uniform(0.35, 0.85))


def _draw_tapered(layer: np.ndarray, points: np.ndarray, widths: np.ndarray, opacity: float) -> None:
    """Draw a polyline in short chunks whose integer thickness follows ``widths``.

    Chunks share end points and cv2 draws round caps, so joints have no gaps;
    widths under a pixel are drawn one pixel wide but proportionally fainter.
    """
    for start in range(0, len(points) - 1, 10):
        chunk = points[start : start + 11]
        w = float(widths[start : start + 11].mean())
        draw_polyline(layer, chunk, max(1, round(w)), opacity * min(1.0, max(w, 0.3)))


def cracks(image: np.ndarray, severity: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Hairline, jagged, branching crack networks in the emulsion."""
    height, width = image.shape[:2]
    u = unit(height, width)
    dark = np.zeros((height, width), np.uint8)
    light = np.zeros((height, width), np.uint8)
    for _ in range(1 + int(rng.poisson(0.5 + 3.5 * severity))):
        origin = np.array([rng.uniform(0, width), rng.uniform(0, height)])
        length = 1000 * u * rng.uniform(0.08, 0.3) * (0.6 + 0.6 * severity)
        # Dirt settles in most cracks (dark); some open onto the white paper.
        layer = dark if rng.random() < 0.75 else light
        _crack_network(layer, rng, origin, length, u)
    dark_a = dark.astype(np.float32) / 255.0
    light_a = light.astype(np.float32) / 255.0

    def render(src: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
        a_dark = dark_a[ys, xs][:, None]
        a_light = light_a[ys, xs][:, None]
        shaded = src * (1.0 - a_dark * np.array([0.72, 0.74, 0.76], np.float32))
        return shaded + (PAPER_WHITE - shaded) * a_light

    return commit(image, np.maximum(dark_a, light_a), render)


def _crack_network(
    layer: np.ndarray, rng: np.random.Generator, origin: np.ndarray, length: float, u: float
) -> None:
    """Grow a trunk both ways from ``origin`` and let it branch up to three levels deep."""
    angle = rng.uniform(0, 2 * math.pi)
    opacity = rng.uniform(0.55, 0.9)
    stack = [(origin, angle, length, 0), (origin, angle + math.pi, length * rng.uniform(0.3, 0.9), 0)]
    drawn = 0
    while stack and drawn < 80:
        start, heading, size, level = stack.pop()
        step = max(u * rng.uniform(1.5, 3.0), 1.0)
        steps = max(2, int(size / step))
        # A slow drift plus large per-step jitter gives the zigzag of real cracks.
        drift = heading + np.cumsum(rng.normal(0.0, 0.07, steps))
        headings = drift + rng.normal(0.0, 0.35, steps)
        moves = step * np.stack([np.cos(headings), np.sin(headings)], axis=1)
        points = np.vstack([start[None], start[None] + np.cumsum(moves, axis=0)])
        thickness = max(1, round(u * (0.6 if level == 0 else 0.4)))
        draw_polyline(layer, points, thickness, opacity * (1.0, 0.85, 0.7, 0.55)[level])
        drawn += 1
        if level >= 3:
            continue
        for index in np.nonzero(rng.random(steps) < 0.05)[0]:
            side = 1.0 if rng.random() < 0.5 else -1.0
            remaining = (steps - index) * step
            stack.append(
                (
                    points[index + 1],
                    drift[index] + side * rng.uniform(0.4, 1.1),
                    remaining * rng.uniform(0.25, 0.6),
                    level + 1,
                )
            )


def creases(image: np.ndarray, severity: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Fold lines: a highlight and a shadow either side, a slight kink and cracked emulsion on the ridge."""
    out = image
    for _ in range(1 + int(rng.binomial(3, 0.1 + 0.6 * severity))):
        # A short fold may fall outside a thin frame: redraw it rather than lose it.
        for _attempt in range(5):
            out, changed = _crease(out, severity, rng)
            if changed.any():
                break
    # Several creases may touch the same pixel; the exact mask is the final difference.
    mask = np.any(out != image, axis=2).astype(np.uint8) * 255
    return out, mask


def _crease(image: np.ndarray, severity: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    height, width = image.shape[:2]
    u = unit(height, width)
    diag = 1000 * u
    if rng.random() < 0.35:
        # A dog-eared corner: a short fold roughly across the corner's bisector.
        cx, cy = rng.choice([0, width]), rng.choice([0, height])
        to_centre = math.atan2(height / 2 - cy, width / 2 - cx)
        reach = diag * rng.uniform(0.06, 0.2) * (0.6 + 0.6 * severity)
        x0, y0 = cx + reach * math.cos(to_centre), cy + reach * math.sin(to_centre)
        angle = to_centre + math.pi / 2 + rng.normal(0.0, 0.25)
        ends = (-diag, diag)
    else:
        # Photos are mostly folded in halves or quarters, so axis-aligned folds dominate.
        if rng.random() < 0.6:
            angle = rng.choice([0.0, math.pi / 2]) + rng.normal(0, 0.04)
        else:
            angle = rng.uniform(0, math.pi)
        x0, y0 = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
        # Half the folds run edge to edge; the others stop somewhere, fading out.
        start = -diag if rng.random() < 0.5 else rng.uniform(-0.5, -0.05) * diag
        ends = (start, start + rng.uniform(0.3, 0.7) * diag) if start > -diag else (-diag, diag)
    tx, ty = math.cos(angle), math.sin(angle)
    nx, ny = -ty, tx
    band = u * rng.uniform(3.0, 6.0) * (0.6 + 0.8 * severity)
    wiggle_amp = u * rng.uniform(0.5, 2.0)
    # Candidate pixels: a straight strip wide enough for the band plus its wiggle.
    xs_all = np.arange(width, dtype=np.float32)[None, :] - x0
    ys_all = np.arange(height, dtype=np.float32)[:, None] - y0
    ys, xs = np.nonzero(np.abs(nx * xs_all + ny * ys_all) < band + 3 * wiggle_amp)
    px, py = xs - x0, ys - y0
    t = tx * px + ty * py
    grid = np.linspace(-diag, diag, 512)
    d = nx * px + ny * py + wiggle_amp * np.interp(t, grid, smooth_1d(rng, 512, 24))
    fade = smoothstep(ends[0], ends[0] + 30 * u, t) * (1.0 - smoothstep(ends[1] - 30 * u, ends[1], t))
    window = np.clip(1.0 - (d / band) ** 2, 0.0, 1.0) ** 2 * fade
    keep = window >= MASK_THRESHOLD
    ys, xs, t, d, window, fade = ys[keep], xs[keep], t[keep], d[keep], window[keep], fade[keep]
    side = 1.0 if rng.random() < 0.5 else -1.0
    shift = u * rng.uniform(0.5, 1.5) * (0.5 + severity) * window * side
    colour = sample_bilinear(image, xs - nx * shift, ys - ny * shift)
    strength = rng.uniform(0.08, 0.18) * (0.6 + 0.8 * severity)
    sigma = 0.3 * band
    lit = np.exp(-((((d * side) - 0.3 * band) / sigma) ** 2)) * window
    shade = np.exp(-((((d * side) + 0.3 * band) / sigma) ** 2)) * window
    colour = colour + (1.0 - colour) * (strength * lit)[:, None]
    colour = colour * (1.0 - strength * shade)[:, None]
    # The emulsion cracks along the ridge and flakes off in patches, exposing paper.
    core_w = max(u * rng.uniform(0.8, 2.0) * (0.7 + 0.6 * severity), 0.6)
    core = np.clip(1.0 - np.abs(d) / core_w, 0.0, 1.0) ** 0.7
    flaking = np.interp(t, grid, smooth_1d(rng, 512, 2))
    flakes = smoothstep(0.8 - 1.2 * severity, 1.2 - 1.2 * severity, flaking)
    flakes = np.maximum(flakes, 0.35)
    white = (core * flakes * fade * rng.uniform(0.6, 0.95))[:, None]
    colour = colour + (PAPER_WHITE - colour) * white
    # The shading's faint tails would widen the label far beyond the visible fold.
    return commit_points(image, ys, xs, colour, min_change=_CREASE_MIN_CHANGE)
