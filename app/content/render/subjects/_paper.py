"""Supports and pigments of old Korean paintings and books: hanji, silk, mounting brocade, ink, seals.

Everything returns or edits float32 ``H×W×3`` images in [0, 1] (the canvas space
of :mod:`app.content.render.canvas`). Ink is applied *subtractively*: it darkens
the support by its density, so thin washes let the silk or paper show through,
as real ink and water-colour do.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, blur, mix, smoothstep
from app.content.render.materials import fbm, speckle, value_noise

HANJI: Color = (0.86, 0.79, 0.63)  # mulberry paper, yellowed with age
SILK: Color = (0.70, 0.60, 0.44)  # painting silk darkens to tea-brown over centuries
INK: Color = (0.09, 0.08, 0.08)
VERMILION: Color = (0.72, 0.17, 0.11)  # seal paste (inju) of cinnabar


def hanji(h: int, w: int, rng: np.random.Generator, age: float = 1.0, base: Color = HANJI) -> np.ndarray:
    """Mulberry-bark paper: long fibres, bark flecks, uneven tone, foxing and a darker rim."""
    tone = fbm(h, w, rng, cell=max(min(h, w) * 0.25, 4.0), octaves=4)
    # fibres: noise stretched hard in two directions, since the fibres lie every which way in the sheet
    fib_h = cv2.resize(value_noise(max(h, 1), max(w // 12, 1), 1.0, rng), (w, h), interpolation=cv2.INTER_LINEAR)
    fib_v = cv2.resize(value_noise(max(h // 12, 1), max(w, 1), 1.0, rng), (w, h), interpolation=cv2.INTER_LINEAR)
    fibres = np.maximum(fib_h, fib_v)
    flecks = speckle(h, w, rng, 0.0008, size=1.0)
    rgb = np.asarray(base, np.float32) * (0.93 + 0.1 * tone + 0.05 * (fibres - 0.5))[..., None]
    rgb = rgb * (1.0 - 0.35 * flecks)[..., None]
    return age_paper(rgb, rng, age)


def silk(h: int, w: int, rng: np.random.Generator, age: float = 1.0, base: Color = SILK) -> np.ndarray:
    """Plain-weave painting silk: fine warp and weft, uneven darkening, and horizontal roll creases."""
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    pitch = max(min(h, w) / 260.0, 1.6)
    vis = float(smoothstep(1.6, 3.0, pitch))
    weave = 1.0 + vis * 0.04 * (np.sin(xx * (2 * np.pi / pitch)) + np.sin(yy * (2 * np.pi / pitch)))
    tone = fbm(h, w, rng, cell=max(min(h, w) * 0.3, 4.0), octaves=4)
    rgb = np.asarray(base, np.float32) * (weave * (0.9 + 0.18 * tone))[..., None]
    # a hanging scroll is rolled for storage: faint horizontal creases, some cracked through
    for y in np.sort(rng.uniform(0.05, 0.95, int(rng.integers(3, 8)))) * h:
        width = max(h * 0.0015, 0.6)
        crease = np.exp(-((yy - y) / width) ** 2) * (0.4 + 0.6 * value_noise(1, w, max(w * 0.05, 1.0), rng))
        rgb = rgb * (1.0 - 0.12 * crease)[..., None] + 0.06 * np.roll(crease, 1, axis=0)[..., None]
    return age_paper(rgb, rng, age * 0.7)


def age_paper(rgb: np.ndarray, rng: np.random.Generator, age: float) -> np.ndarray:
    """Foxing spots, tide-marked water stains and darkened edges, scaled by ``age`` (0..1+)."""
    h, w = rgb.shape[:2]
    if age <= 0.0:
        return rgb
    fox = speckle(h, w, rng, 0.00015 * age, size=max(min(h, w) * 0.004, 1.0))
    stain_n = fbm(h, w, rng, cell=max(min(h, w) * 0.2, 4.0), octaves=3)
    stain = smoothstep(0.8, 0.9, stain_n) * age * float(rng.uniform(0.2, 1.0))
    tide = smoothstep(0.008, 0.0, np.abs(stain_n - 0.8)) * stain.max()  # the brown line a drying stain leaves
    yy = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None]
    xx = np.linspace(-1.0, 1.0, w, dtype=np.float32)[None, :]
    edge = smoothstep(0.85, 1.0, np.maximum(np.abs(xx), np.abs(yy))) * age
    brown = np.asarray((0.55, 0.40, 0.25), np.float32)
    rgb = mix(rgb, rgb * brown * 1.3, np.clip(0.5 * fox + 0.2 * stain + 0.2 * tide + 0.45 * edge, 0.0, 1.0))
    return rgb.astype(np.float32)


def brocade(h: int, w: int, rng: np.random.Generator, base: Color, motif: Color) -> np.ndarray:
    """Mounting silk with a small woven repeat (cloud or flower roundels), gently faded."""
    cell = max(min(h, w) * 0.5, 6.0) if min(h, w) < 40 else max(min(h, w) * 0.09, 6.0)
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    gx = (xx / cell + 0.5 * (np.floor(yy / cell) % 2)) % 1.0 - 0.5
    gy = (yy / cell) % 1.0 - 0.5
    d = np.sqrt(gx * gx + gy * gy)
    roundel = smoothstep(0.3, 0.24, d) * (1.0 - smoothstep(0.16, 0.1, d) * 0.6)
    vis = float(smoothstep(5.0, 10.0, cell))
    rgb = mix(base, motif, (roundel * vis * 0.35)[..., None])
    fade = fbm(h, w, rng, cell=max(min(h, w) * 0.5, 4.0), octaves=3)
    return (rgb * (0.9 + 0.15 * fade)[..., None]).astype(np.float32)


def apply_ink(support: np.ndarray, density: np.ndarray, color: Color = INK, bleed: float = 0.0) -> None:
    """Darken ``support`` in place where ``density`` (0..1) says ink lies; ``bleed`` feathers it into the fibres."""
    d = np.clip(density, 0.0, 1.0).astype(np.float32)
    if bleed > 0.3:
        d = np.maximum(d, blur(d, bleed) * 0.6)
    ink = np.asarray(color, np.float32)
    support *= 1.0 - d[..., None] * (1.0 - ink)


def seal(size: int, rng: np.random.Generator, glyphs: list[np.ndarray], round_seal: bool = False) -> np.ndarray:
    """Density map (``size×size``) of a red seal impression: border, 2×2 carved characters, patchy paste.

    Half the seals are relief (red characters), half intaglio (white characters on red),
    the two classic ways a seal is carved.
    """
    s = max(size, 4)
    img = np.zeros((s, s), np.float32)
    yy, xx = np.mgrid[0:s, 0:s].astype(np.float32)
    c = (s - 1) / 2.0
    if round_seal:
        r = np.sqrt((xx - c) ** 2 + (yy - c) ** 2)
        shape = smoothstep(c + 0.5, c - 0.5, r)
    else:
        shape = np.ones((s, s), np.float32)
    half = s // 2
    chars = np.zeros((s, s), np.float32)
    for oy, ox in ((0, half), (half, half), (0, 0), (half, 0)):  # the right column is read first
        g = glyphs[int(rng.integers(0, len(glyphs)))] if glyphs else np.zeros((1, 1), np.float32)
        cell = cv2.resize(g, (max(half - 2, 1), max(half - 2, 1)), interpolation=cv2.INTER_AREA)
        chars[oy + 1:oy + 1 + cell.shape[0], ox + 1:ox + 1 + cell.shape[1]] = np.maximum(
            chars[oy + 1:oy + 1 + cell.shape[0], ox + 1:ox + 1 + cell.shape[1]], cell)
    border = max(s * 0.07, 1.0)
    frame = smoothstep(border, border * 0.5, np.minimum(np.minimum(xx, yy), np.minimum(s - 1 - xx, s - 1 - yy)))
    if rng.random() < 0.5:
        img = np.maximum(frame, np.clip(chars * 1.3, 0.0, 1.0))
    else:
        img = 1.0 - np.clip(chars * 1.3, 0.0, 1.0)
    patchy = 0.75 + 0.35 * value_noise(s, s, max(s * 0.15, 1.0), rng)
    return np.clip(img * shape * patchy, 0.0, 1.0).astype(np.float32)
