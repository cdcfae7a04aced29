"""Old Korean written documents: a woodblock-printed book leaf and a handwritten manuscript.

*Book leaf.* A Joseon woodblock book is printed one leaf at a time, then the
leaf is folded down its middle and sewn into the book (Korean books with five
stitching holes). A leaf shows a printed frame (single or double ruled
border), ten ruled columns of about twenty characters on each half, and the
centre column (panshim) where the fold falls, marked with two black
"fish-tail" marks (eomi) that face each other with the short title and the
leaf number between them. Ink is uneven where the block was worn, and cracks
along the wood grain print as white breaks. Owners stamped red seals at the top
of the first column.

*Manuscript.* Official and private documents (gomunseo) were written with the
brush in semi-cursive columns on a single large sheet, folded for storage, and
authenticated with a large square red seal stamped over the text.
"""

from __future__ import annotations

import numpy as np

from app.content.render.materials import value_noise
from app.content.render.subjects._brush import fill, glyph_atlas, print_wear, text_columns
from app.content.render.subjects._paper import VERMILION, apply_ink, hanji, seal


def _box(mask: np.ndarray, x0: float, y0: float, x1: float, y1: float, t: float) -> None:
    """A rectangular ruled frame of line thickness ``t`` pixels."""
    polys = [np.array([[x0, y0], [x1, y0], [x1, y0 + t], [x0, y0 + t]]),
             np.array([[x0, y1 - t], [x1, y1 - t], [x1, y1], [x0, y1]]),
             np.array([[x0, y0], [x0 + t, y0], [x0 + t, y1], [x0, y1]]),
             np.array([[x1 - t, y0], [x1, y0], [x1, y1], [x1 - t, y1]])]
    fill(mask, polys)


def _fish_tail(mask: np.ndarray, x0: float, x1: float, y: float, depth: float, down: bool) -> None:
    """A black fish-tail mark across the centre column: a bar with a notched wedge pointing ``down`` or up."""
    s = 1.0 if down else -1.0
    xc = (x0 + x1) / 2
    bar = np.array([[x0, y], [x1, y], [x1, y + s * depth * 0.45], [x0, y + s * depth * 0.45]])
    wedge = np.array([[x0, y + s * depth * 0.45], [x1, y + s * depth * 0.45], [x1, y + s * depth],
                      [xc, y + s * depth * 0.6], [x0, y + s * depth]])
    fill(mask, [bar, wedge])


def book_leaf(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A full printed leaf (two half-pages and the centre column) on yellowed hanji."""
    paper = hanji(h, w, rng, age=float(rng.uniform(0.4, 1.1)))
    mask = np.zeros((h, w), np.float32)
    x0, x1 = w * 0.07, w * 0.93
    y0, y1 = h * 0.11, h * 0.9
    line = max(h * 0.007, 1.0)
    double = rng.random() < 0.6
    _box(mask, x0, y0, x1, y1, line)
    if double:  # sajudanbyeon: a heavy outer rule with a thin one just inside
        g = line * 1.8
        _box(mask, x0 + g, y0 + g, x1 - g, y1 - g, max(line * 0.35, 0.7))
        inner = (x0 + g, y0 + g, x1 - g, y1 - g)
    else:
        inner = (x0 + line, y0 + line, x1 - line, y1 - line)
    ix0, iy0, ix1, iy1 = inner
    cols = 10
    pitch = (ix1 - ix0) / (2 * cols + 1.3)
    centre0 = ix0 + cols * pitch
    centre1 = centre0 + 1.3 * pitch
    rule = max(h * 0.0018, 0.6)
    rules = []
    for k in range(2 * cols + 1):
        x = ix0 + k * pitch if k <= cols else centre1 + (k - cols - 1) * pitch
        if ix0 + 1 < x < ix1 - 1:
            rules.append(np.array([[x - rule / 2, iy0], [x + rule / 2, iy0], [x + rule / 2, iy1], [x - rule / 2, iy1]]))
    fill(mask, rules, 0.85)
    for x in (centre0, centre1):
        fill(mask, [np.array([[x - rule / 2, iy0], [x + rule / 2, iy0], [x + rule / 2, iy1], [x - rule / 2, iy1]])])
    ih = iy1 - iy0
    _fish_tail(mask, centre0, centre1, iy0 + ih * 0.2, ih * 0.04, down=True)
    _fish_tail(mask, centre0, centre1, iy0 + ih * 0.8, ih * 0.04, down=rng.random() < 0.3)
    chars = int(rng.integers(17, 22))
    cpitch = ih / chars
    atlas = glyph_atlas(rng, max(int(min(cpitch, pitch) * 0.82), 3), 60)
    small = glyph_atlas(rng, max(int(pitch * 0.5), 3), 12, weight=0.09)
    text_columns(mask, small, rng, centre1, iy0 + ih * 0.25, centre1 - centre0, pitch * 0.6, 1, 4, ragged=0.0)
    text_columns(mask, small, rng, centre1, iy0 + ih * 0.66, centre1 - centre0, pitch * 0.6, 1, 2, ragged=0.0)
    for right in (ix1, centre0):
        text_columns(mask, atlas, rng, right, iy0, pitch, cpitch, cols, chars, ragged=0.25, commentary=0.2)
    # cracks in the block along the wood grain print as thin white breaks through text and rules
    for _ in range(int(rng.integers(0, 3))):
        xc = float(rng.uniform(x0, x1))
        ys = np.linspace(0, h - 1, 40)
        xs = xc + np.cumsum(rng.normal(0.0, w * 0.001, 40))
        crack = np.zeros_like(mask)
        fill(crack, [np.vstack([np.stack([xs, ys], 1), np.stack([xs + max(w * 0.002, 0.8), ys], 1)[::-1]])])
        mask *= 1.0 - crack
    mask = print_wear(mask, rng, float(rng.uniform(0.1, 0.6)))
    apply_ink(paper, mask * 0.92, bleed=max(h * 0.0015, 0.0))
    stamp_seals(paper, rng, ix1 - pitch * 1.1, iy0 + pitch * 0.2, pitch * 1.9, int(rng.integers(0, 3)))
    return paper


def manuscript(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A brush-written document: semi-cursive columns, a big official seal, fold creases."""
    paper = hanji(h, w, rng, age=float(rng.uniform(0.6, 1.2)), base=(0.84, 0.77, 0.62))
    mask = np.zeros((h, w), np.float32)
    cols = int(rng.integers(12, 21))
    pitch = w * 0.86 / cols
    chars = int(rng.integers(15, 24))
    cpitch = h * 0.78 / chars
    atlas = glyph_atlas(rng, max(int(min(cpitch * 1.2, pitch) * 0.95), 3), 50, weight=0.07, cursive=True)
    text_columns(mask, atlas, rng, w * 0.93, h * 0.1, pitch, cpitch, cols, chars, ragged=0.45, jitter=1.0)
    # the brush runs dry along a column and is dipped again: ink density drifts in long waves
    drift = 0.55 + 0.45 * value_noise(h, w, max(h * 0.25, 2.0), rng)
    apply_ink(paper, np.clip(mask * drift, 0.0, 1.0), bleed=max(h * 0.0015, 0.0))
    size = int(min(h, w) * rng.uniform(0.16, 0.24))
    sx, sy = float(rng.uniform(w * 0.1, w * 0.6)), float(rng.uniform(h * 0.15, h * 0.6))
    stamp_seals(paper, rng, sx + size, sy, size, 1)
    # folded for storage: a grid of soft creases, dark in the valleys and light on the ridges
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    crease = np.zeros((h, w), np.float32)
    width = max(min(h, w) * 0.004, 0.7)
    for k in range(1, int(rng.integers(3, 6))):
        crease += np.exp(-((xx - w * k / 5.0) / width) ** 2)
    for k in (1, 2):
        crease += np.exp(-((yy - h * k / 3.0) / width) ** 2) * 0.7
    paper *= (1.0 - 0.1 * np.clip(crease, 0.0, 1.0))[..., None]
    paper += 0.04 * np.clip(np.roll(crease, 2, axis=1), 0.0, 1.0)[..., None]
    return paper


def stamp_seals(paper: np.ndarray, rng: np.random.Generator, x_right: float, y_top: float, size: float,
                count: int) -> None:
    """Stamp ``count`` red seals in a column starting at the top right (x_right, y_top)."""
    if count <= 0 or size < 4:
        return
    atlas = glyph_atlas(rng, max(int(size * 0.45), 3), 8, weight=0.12)
    h, w = paper.shape[:2]
    y = y_top
    for _ in range(count):
        s = int(size * rng.uniform(0.7, 1.0))
        dens = seal(s, rng, atlas, round_seal=rng.random() < 0.2)
        x0, y0 = int(x_right - s), int(y)
        a0, b0, a1, b1 = max(x0, 0), max(y0, 0), min(x0 + s, w), min(y0 + s, h)
        if a1 > a0 and b1 > b0:
            region = paper[b0:b1, a0:a1]
            apply_ink(region, dens[b0 - y0:b1 - y0, a0 - x0:a1 - x0] * 0.85, VERMILION)
        y += s * 1.15

