"""Procedural material textures: noise, granite, dressed stone courses, weathering.

All functions are deterministic given the ``numpy.random.Generator`` passed in
(create it with ``np.random.default_rng(seed)``) and fully vectorised: noise is
made by upsampling small random grids with OpenCV, never by per-pixel Python
loops. Tones are ``float32`` in [0, 1]; colour textures are ``H×W×3`` float32
in the canvas space of :mod:`app.content.render.canvas`.

Texture sizes are in pixels of the target image, so call them with the size of
the region you paint (its bounding box), not necessarily the whole picture.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, blur, mix


def value_noise(height: int, width: int, cell: float, rng: np.random.Generator) -> np.ndarray:
    """Smooth noise in [0, 1] whose features are about ``cell`` pixels wide.

    A random lattice one cell coarser than the image is bicubically upsampled
    and cropped at a random sub-cell offset, so neighbouring calls do not share
    lattice lines.
    """
    cell = max(float(cell), 1.0)
    gh = int(np.ceil(height / cell)) + 3
    gw = int(np.ceil(width / cell)) + 3
    grid = rng.random((gh, gw), dtype=np.float32)
    big = cv2.resize(grid, (int(gw * cell), int(gh * cell)), interpolation=cv2.INTER_CUBIC)
    oy = int(rng.integers(0, max(int(cell), 1)))
    ox = int(rng.integers(0, max(int(cell), 1)))
    out = big[oy : oy + height, ox : ox + width]
    return np.clip(out, 0.0, 1.0)


def fbm(
    height: int,
    width: int,
    rng: np.random.Generator,
    cell: float = 64.0,
    octaves: int = 5,
    gain: float = 0.5,
    aspect: float = 1.0,
) -> np.ndarray:
    """Fractal (multi-octave) value noise normalised to [0, 1].

    ``aspect`` > 1 stretches features horizontally (clouds, ground strata).
    Octaves finer than one pixel are skipped, so the cost stays bounded.
    """
    total = np.zeros((height, width), np.float32)
    amp, norm, c = 1.0, 0.0, float(cell)
    for _ in range(octaves):
        if c < 1.0:
            break
        if aspect == 1.0:
            layer = value_noise(height, width, c, rng)
        else:
            # make the noise on a squashed grid, then stretch it back horizontally
            small_w = max(int(np.ceil(width / aspect)), 1)
            layer = cv2.resize(
                value_noise(height, small_w, c, rng), (width, height), interpolation=cv2.INTER_LINEAR
            )
        total += np.float32(amp) * layer
        norm += amp
        amp *= gain
        c /= 2.0
    total /= np.float32(max(norm, 1e-6))
    # stretch contrast: averaged octaves cluster around 0.5
    lo, hi = np.percentile(total[:: max(height // 64, 1), :: max(width // 64, 1)], (1, 99))
    return np.clip((total - lo) / max(hi - lo, 1e-6), 0.0, 1.0)


def speckle(
    height: int, width: int, rng: np.random.Generator, density: float, size: float = 1.0
) -> np.ndarray:
    """Sparse soft dots in [0, 1]: roughly ``density`` of the pixels are dot centres."""
    dots = (rng.random((height, width), dtype=np.float32) < density).astype(np.float32)
    if size > 0.6:
        dots = blur(dots, size * 0.6)
        dots /= max(float(dots.max()), 1e-6)
    return dots


def granite(
    height: int,
    width: int,
    rng: np.random.Generator,
    base: Color = (0.66, 0.63, 0.58),
    scale: float = 1.0,
    contrast: float = 1.0,
) -> np.ndarray:
    """Grey-beige granite: mottled tone, dark mica and pale feldspar grains.

    ``scale`` is pixels per centimetre-ish: grains grow with it so close-ups look
    coarser than distant monuments. Returns ``H×W×3`` float32.
    """
    grain = max(scale, 0.35)
    mottle = fbm(height, width, rng, cell=40.0 * grain, octaves=4)
    fine = value_noise(height, width, 1.5 * grain, rng)
    dark = speckle(height, width, rng, 0.020, size=grain)
    light = speckle(height, width, rng, 0.015, size=grain)
    tone = 1.0 + contrast * (0.10 * (mottle - 0.5) + 0.07 * (fine - 0.5) - 0.22 * dark + 0.14 * light)
    rgb = np.asarray(base, np.float32) * tone[..., None]
    # faint warm/cool drift so large surfaces are not uniformly grey
    drift = fbm(height, width, rng, cell=120.0 * grain, octaves=2)[..., None]
    rgb *= mix((1.02, 1.0, 0.96), (0.97, 0.99, 1.03), drift)
    return rgb.astype(np.float32)


def stone_courses(
    u: np.ndarray,
    v: np.ndarray,
    course_edges: np.ndarray,
    block_length: float | np.ndarray,
    rng: np.random.Generator,
    joint: float = 1.0,
    tone_jitter: float = 0.08,
) -> tuple[np.ndarray, np.ndarray]:
    """Dressed-stone coursing on an arbitrary surface parametrisation.

    ``u`` (along the course) and ``v`` (across courses, increasing downwards)
    are per-pixel surface coordinates in pixels, e.g. ``xx``/``yy`` for a flat
    wall, or arc length around a curved tower. ``course_edges`` are the sorted
    ``v`` values of the bed joints; each course is split into blocks of about
    ``block_length`` (scalar, or one value per course) with a staggered offset.

    Returns ``(tone, relief)``: ``tone`` is a per-block brightness multiplier
    (about 1 ± ``tone_jitter``, darkened in the joints), ``relief`` is in
    [-1, 1] (+ on the upper arris of each block, - just above a joint), for
    the caller to turn into light/shadow along the joints.
    """
    edges = np.asarray(course_edges, np.float32)
    n = len(edges) - 1
    course = np.clip(np.searchsorted(edges, v, side="right") - 1, 0, n - 1)
    lengths = np.broadcast_to(np.asarray(block_length, np.float32), (n,)).astype(np.float32)
    offsets = rng.random(n, dtype=np.float32) * lengths
    bl = lengths[course]
    pos = (u + offsets[course]) / bl
    block = np.floor(pos).astype(np.int64)
    table = rng.normal(0.0, tone_jitter, 4096).astype(np.float32)
    tone = 1.0 + table[(block * 7919 + course * 104729) % 4096]
    # distances (pixels) to the nearest vertical and horizontal joints
    du = np.abs(pos - np.round(pos)) * bl
    top = v - edges[course]
    bottom = edges[course + 1] - v
    dv = np.minimum(top, bottom)
    j = max(joint, 0.5)
    in_joint = np.clip(1.0 - np.minimum(du, dv) / j, 0.0, 1.0)
    tone = tone * (1.0 - 0.55 * in_joint)
    relief = np.clip(1.0 - top / (2.0 * j), 0.0, 1.0) - np.clip(1.0 - bottom / (2.5 * j), 0.0, 1.0)
    return tone.astype(np.float32), relief.astype(np.float32)


def weathering(
    height: int,
    width: int,
    rng: np.random.Generator,
    amount: float = 1.0,
    cell: float = 30.0,
) -> np.ndarray:
    """Multiplicative darkening map (≤ 1) from rain streaks and grime patches.

    Streaks are noise stretched vertically, as water runs down stone faces.
    """
    patches = fbm(height, width, rng, cell=cell * 2.0, octaves=4)
    narrow_w = max(width, 1)
    streak_src = value_noise(max(height // 8, 1), narrow_w, max(cell / 6.0, 1.0), rng)
    streaks = cv2.resize(streak_src, (width, height), interpolation=cv2.INTER_LINEAR)
    dark = 0.16 * np.clip(patches - 0.45, 0.0, 1.0) + 0.10 * np.clip(streaks - 0.5, 0.0, 1.0)
    return (1.0 - amount * dark).astype(np.float32)


def lichen(
    rgb: np.ndarray,
    rng: np.random.Generator,
    amount: float = 0.5,
    cell: float = 14.0,
    color: Color = (0.62, 0.64, 0.45),
) -> np.ndarray:
    """Blend pale grey-green lichen blotches into ``rgb`` (returns a new array)."""
    h, w = rgb.shape[:2]
    blotch = np.clip((fbm(h, w, rng, cell=cell, octaves=3) - 0.68) * 5.0, 0.0, 1.0) * amount
    return mix(rgb, color, blotch).astype(np.float32)


def brick_stone(
    height: int,
    width: int,
    rng: np.random.Generator,
    base: Color = (0.36, 0.34, 0.33),
    scale: float = 1.0,
) -> np.ndarray:
    """Fine-grained dark andesite (the "brick" stone of Bunhwangsa)."""
    grain = max(scale, 0.35)
    mottle = fbm(height, width, rng, cell=25.0 * grain, octaves=4)
    fine = value_noise(height, width, 1.2 * grain, rng)
    tone = 1.0 + 0.16 * (mottle - 0.5) + 0.10 * (fine - 0.5)
    rgb = np.asarray(base, np.float32) * tone[..., None]
    warm = fbm(height, width, rng, cell=60.0 * grain, octaves=2)[..., None]
    rgb *= mix((0.96, 0.98, 1.03), (1.06, 1.0, 0.94), warm)
    return rgb.astype(np.float32)
