"""Painted folding screens (byeongpung): peony panels and the Sun, Moon and Five Peaks.

Two of the best-known Joseon screen subjects, painted with opaque mineral
colours on silk:

* *Peonies* (moranbyeong): on every panel a bush of large red, pink, white and
  yellow peonies rises from a blue-green garden rock, leaves in two greens; a
  wish for wealth and honour, used at court weddings and rites;
* *Sun, Moon and Five Peaks* (irworobongdo), which stood behind the king's
  throne: five blue-green peaks in a symmetric row, the red sun on the right
  and the white moon on the left, red-trunked pines at both ends, waterfalls,
  and stylised white-crested waves along the bottom, painted across all the
  panels as one picture.

Each panel is mounted with a border of patterned silk inside a thin wooden
frame.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Color, ellipse_points, mix, paint_polygon, smoothstep, stroke
from app.content.render.materials import fbm
from app.content.render.subjects._paper import brocade, silk

PEONY_COLOURS: tuple[Color, ...] = ((0.72, 0.12, 0.12), (0.90, 0.52, 0.58), (0.93, 0.90, 0.84), (0.93, 0.78, 0.36))
LEAF: tuple[Color, Color] = ((0.17, 0.32, 0.20), (0.36, 0.50, 0.28))
PEAK_GREEN: Color = (0.18, 0.45, 0.36)  # malachite
AZURITE: Color = (0.14, 0.27, 0.52)
BORDER_COLOURS: tuple[Color, ...] = ((0.17, 0.20, 0.34), (0.42, 0.16, 0.12), (0.22, 0.30, 0.26))


def _blob(cx: float, cy: float, rx: float, ry: float, rng: np.random.Generator, n: int = 24,
          rough: float = 0.15) -> np.ndarray:
    """An irregular closed shape round (cx, cy)."""
    t = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    wobble = 1.0 + rough * np.convolve(np.tile(rng.normal(0.0, 1.0, n), 3), np.ones(3) / 3, "same")[n:2 * n]
    return np.stack([cx + rx * wobble * np.cos(t), cy + ry * wobble * np.sin(t)], 1)


def _blossom(img: np.ndarray, cx: float, cy: float, r: float, colour: Color, rng: np.random.Generator) -> None:
    """A peony seen from the side and a little above: rings of ruffled petals round a golden heart."""
    base = np.asarray(colour, np.float32)
    deep = base * np.float32(0.62)
    for ring, (scale, count, lift) in enumerate(((1.0, 9, 0.0), (0.72, 7, -0.12), (0.45, 5, -0.22))):
        for k in range(count):
            a = np.pi * (1.05 + 0.9 * k / max(count - 1, 1)) + rng.normal(0.0, 0.08)  # upper half: an open cup
            px, py = cx + np.cos(a) * r * 0.55 * scale, cy + (np.sin(a) * 0.55 + lift) * r * scale
            petal = _blob(px, py, r * 0.42 * scale, r * 0.3 * scale, rng, 16, 0.12)
            tone = mix(deep, base, 0.55 + 0.15 * ring + rng.uniform(-0.1, 0.1))
            paint_polygon(img, petal, tuple(tone))
            stroke(img, np.vstack([petal, petal[:1]]), tuple(deep * 0.8), max(r * 0.02, 0.5), 0.6)
    front = _blob(cx, cy + r * 0.18, r * 0.7, r * 0.38, rng, 20, 0.1)  # the near petals closing the cup
    paint_polygon(img, front, tuple(mix(deep, base, 0.85)))
    stroke(img, np.vstack([front, front[:1]]), tuple(deep * 0.8), max(r * 0.02, 0.5), 0.6)
    for _ in range(10):
        sx, sy = cx + rng.normal(0.0, r * 0.12), cy - r * 0.12 + rng.normal(0.0, r * 0.05)
        paint_polygon(img, ellipse_points(sx, sy, r * 0.035, r * 0.035, 8), (0.95, 0.78, 0.25))


def _leaf_cluster(img: np.ndarray, x: float, y: float, size: float, rng: np.random.Generator) -> None:
    """Three-lobed peony leaves fanned round a point, dark and light greens with dark veins."""
    for _ in range(int(rng.integers(2, 4))):
        a0 = rng.uniform(0.0, 2 * np.pi)
        colour = np.asarray(LEAF[int(rng.integers(0, 2))], np.float32) * rng.uniform(0.85, 1.1)
        for da in (-0.45, 0.0, 0.45):  # the three lobes of one leaf
            a = a0 + da
            lx, ly = x + np.cos(a) * size * 0.5, y + np.sin(a) * size * 0.5
            t = np.linspace(0.0, np.pi, 8)
            along = np.stack([np.cos(a), np.sin(a)])
            side = np.stack([-np.sin(a), np.cos(a)])
            pts = np.array([(x, y)]) + np.outer(t / np.pi, along) * size + np.outer(np.sin(t) * 0.2, side) * size
            back = np.array([(x, y)]) + np.outer(t / np.pi, along) * size - np.outer(np.sin(t) * 0.2, side) * size
            paint_polygon(img, np.vstack([pts, back[::-1]]), tuple(colour))
            stroke(img, [(x, y), (lx * 2 - x, ly * 2 - y)], tuple(colour * 0.5), max(size * 0.03, 0.4), 0.7)


def peony_panel(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """One panel of a peony screen."""
    img = silk(h, w, rng, age=float(rng.uniform(0.3, 0.9)), base=(0.80, 0.73, 0.58))
    # the garden rock: blue-green mineral colour, pierced with holes, outlined in dark blue
    rock = _blob(w * 0.5, h * 0.88, w * 0.4, h * 0.09, rng, 28, 0.18)
    rock_col = mix(PEAK_GREEN, AZURITE, rng.uniform(0.2, 0.7)) * np.float32(0.8)
    paint_polygon(img, rock, lambda yy, xx: rock_col * (0.8 + 0.5 * smoothstep(h * 0.97, h * 0.8, yy))[..., None])
    for _ in range(int(rng.integers(2, 5))):
        hole = _blob(w * rng.uniform(0.25, 0.75), h * rng.uniform(0.84, 0.93), w * 0.05, h * 0.012, rng, 12, 0.2)
        paint_polygon(img, hole, tuple(np.asarray(rock_col) * 0.45))
    stroke(img, np.vstack([rock, rock[:1]]), tuple(np.asarray(AZURITE) * 0.6), max(w * 0.006, 0.6))
    count = int(rng.integers(4, 8))
    tips = [(w * rng.uniform(0.2, 0.8), h * (0.1 + 0.62 * k / max(count - 1, 1)) + rng.normal(0.0, h * 0.02))
            for k in range(count)]
    stem_col = (0.36, 0.34, 0.20)
    for tx, ty in tips:  # stems, then the leaves along them, then the flowers on top
        root = (w * 0.5 + rng.normal(0.0, w * 0.08), h * 0.8)
        t = np.linspace(0.0, 1.0, 10)[:, None]
        bend = np.sin(t * np.pi) * rng.normal(0.0, w * 0.08)
        pts = np.hstack([root[0] + (tx - root[0]) * t + bend, root[1] + (ty - root[1]) * t])
        stroke(img, pts, stem_col, max(w * 0.012, 0.6))
    for tx, ty in tips:  # peony screens are crowded: big leaves all along the stems, big flowers
        for k in range(3):
            _leaf_cluster(img, tx + rng.normal(0.0, w * 0.14), ty + h * (0.04 + 0.045 * k), w * rng.uniform(0.15, 0.22),
                          rng)
    for tx, ty in sorted(tips, key=lambda p: p[1]):
        _blossom(img, tx, ty, w * rng.uniform(0.14, 0.19), PEONY_COLOURS[int(rng.integers(0, 4))], rng)
    return img


def _peak(img: np.ndarray, cx: float, base: float, height: float, half: float, rng: np.random.Generator) -> None:
    """A round-topped blue-green peak: green above shading to azurite, with strata lines following its outline."""
    t = np.linspace(-1.0, 1.0, 48)
    xs = cx + t * half
    ys = base - height * np.clip(1.0 - np.abs(t) ** 2.2, 0.0, 1.0) ** 0.55
    outline = np.vstack([np.stack([xs, ys], 1), [(cx + half, base + 2), (cx - half, base + 2)]])
    top, foot = base - height, base
    paint_polygon(img, outline, lambda yy, xx: mix((0.24, 0.52, 0.40), AZURITE,
                                                   smoothstep(top, foot, yy) * 0.7))
    stroke(img, np.stack([xs, ys], 1), (0.08, 0.16, 0.30), max(half * 0.012, 0.6))
    # strata: nested copies of the skyline, each a little lower and narrower, drawn as dark lines
    for k in range(1, 5):
        shrink = 1.0 - 0.16 * k
        sx = cx + t * half * shrink
        sy = base - height * shrink * np.clip(1.0 - np.abs(t) ** 2.2, 0.0, 1.0) ** 0.55 + height * 0.04 * k
        keep = sy < base - height * 0.05
        if keep.sum() > 3:
            stroke(img, np.stack([sx[keep], sy[keep]], 1), (0.10, 0.24, 0.30), max(half * 0.008, 0.5), 0.7)
    for _ in range(int(height / max(half, 1.0) * 6)):  # short vertical texture strokes down the slopes
        x = cx + rng.uniform(-0.7, 0.7) * half
        y0 = base - height * np.clip(1.0 - np.abs((x - cx) / half) ** 2.2, 0.0, 1.0) ** 0.55 + height * 0.05
        stroke(img, [(x, y0), (x, y0 + height * rng.uniform(0.06, 0.15))], (0.12, 0.28, 0.30),
               max(half * 0.006, 0.4), 0.6)


def _red_pine(img: np.ndarray, x: float, base: float, height: float, rng: np.random.Generator) -> None:
    """A pine of the royal screens: a red-brown trunk, branches, and flat umbrella tiers of green needles."""
    trunk = np.stack([x + np.sin(np.linspace(0, 2.5, 10)) * height * 0.04, np.linspace(base, base - height, 10)], 1)
    stroke(img, trunk, (0.55, 0.22, 0.12), max(height * 0.035, 0.8))
    for k in range(5):
        y = base - height * (0.45 + 0.13 * k)
        r = height * (0.2 - 0.03 * k) * rng.uniform(0.8, 1.1)
        tx = x + rng.normal(0.0, height * 0.05)
        stroke(img, [(x, y + r * 0.2), (tx, y)], (0.50, 0.22, 0.12), max(height * 0.012, 0.5))
        t = np.linspace(0.0, np.pi, 14)
        tier = np.stack([tx + r * np.cos(t), y - r * 0.3 * np.sin(t)], 1)
        tier = np.vstack([tier, [(tx - r, y + r * 0.06), (tx + r, y + r * 0.06)]])
        paint_polygon(img, tier, (0.14, 0.34, 0.20))
        for u in np.linspace(-0.8, 0.8, 9):  # needle strokes fanning down from the tier's crown
            stroke(img, [(tx + u * r * 0.5, y - r * 0.22), (tx + u * r, y + r * 0.04)], (0.30, 0.50, 0.30),
                   max(height * 0.003, 0.4), 0.8)


def five_peaks(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """The whole Sun, Moon and Five Peaks picture (to be cut into panels)."""
    img = silk(h, w, rng, age=float(rng.uniform(0.2, 0.7)), base=(0.78, 0.70, 0.52))
    sea = h * 0.8
    # outer peaks first, the tall central one last and in front, as on the screens behind the throne
    for cx, height, half in ((0.12, 0.36, 0.1), (0.88, 0.36, 0.1), (0.3, 0.45, 0.12), (0.7, 0.45, 0.12),
                             (0.5, 0.62, 0.13)):
        _peak(img, w * cx, sea, h * height, w * half, rng)
    paint_polygon(img, ellipse_points(w * 0.82, h * 0.2, h * 0.055, h * 0.055), (0.80, 0.14, 0.10))  # the sun
    paint_polygon(img, ellipse_points(w * 0.18, h * 0.2, h * 0.055, h * 0.055), (0.94, 0.93, 0.88))  # the moon
    for fx in (0.4, 0.6):  # waterfalls between the peaks
        paint_polygon(img, [(w * fx - w * 0.006, sea - h * 0.28), (w * fx + w * 0.006, sea - h * 0.28),
                            (w * fx + w * 0.01, sea), (w * fx - w * 0.01, sea)], (0.90, 0.92, 0.90))
    # the sea: rows of scale-like waves, each capped with a white crest line
    paint_polygon(img, [(0, sea), (w, sea), (w, h), (0, h)], (0.18, 0.35, 0.55))
    row_h = h * 0.035
    y = sea + row_h
    row = 0
    while y < h + row_h:
        for x in np.arange(-w * 0.05 + (row % 2) * w * 0.025, w + w * 0.05, w * 0.05):
            t = np.linspace(np.pi, 2 * np.pi, 12)
            arc = np.stack([x + np.cos(t) * w * 0.025, y + np.sin(t) * row_h], 1)
            paint_polygon(img, np.vstack([arc, [(x + w * 0.025, y + row_h), (x - w * 0.025, y + row_h)]]),
                          (0.16, 0.32, 0.52))
            stroke(img, arc, (0.92, 0.94, 0.95), max(h * 0.004, 0.6))
        y += row_h * 0.8
        row += 1
    for px in (0.04, 0.96):
        _red_pine(img, w * px + rng.normal(0.0, w * 0.005), sea + h * 0.02, h * 0.75, rng)
    return img


def mount_panel(art: np.ndarray, rng: np.random.Generator, colour: Color | None = None) -> np.ndarray:
    """Add the silk border and the thin dark wooden frame of one screen panel."""
    h, w = art.shape[:2]
    side, top, bottom, frame = int(w * 0.07), int(h * 0.05), int(h * 0.08), max(int(w * 0.015), 1)
    base = colour or BORDER_COLOURS[int(rng.integers(0, len(BORDER_COLOURS)))]
    H, W = h + top + bottom, w + 2 * side
    out = brocade(H, W, rng, base, tuple(np.asarray(base) * 1.5))
    out[top:top + h, side:side + w] = art
    wood = np.asarray((0.16, 0.10, 0.07), np.float32)
    out[:frame] = wood
    out[-frame:] = wood
    out[:, :frame] = wood
    out[:, -frame:] = wood
    grain = fbm(H, W, rng, cell=max(H * 0.2, 2.0), octaves=2)
    return (out * (0.95 + 0.1 * grain)[..., None]).astype(np.float32)
