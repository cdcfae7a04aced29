"""Brush strokes and abstract hanja-like glyphs for painted and printed documents.

Glyphs are *not* real characters: each is a random arrangement of the basic
brush strokes of the square script (horizontal, vertical, dot, left- and
right-falling sweeps, turning strokes), placed on the usual component layouts
(left–right, top–bottom, enclosed). At reading distance they look like dense
classical Chinese text set in columns, which is what a printed Joseon book
shows; nobody can read them, which is the point.

Strokes are ribbons: a centre line with a width profile, filled with OpenCV's
anti-aliased polygon fill into a density mask.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.materials import value_noise


def ribbon(points: np.ndarray, widths: np.ndarray) -> np.ndarray:
    """Polygon outline of a stroke along ``points`` (N×2) whose width is ``widths`` (N,)."""
    p = np.asarray(points, np.float64)
    d = np.gradient(p, axis=0)
    d /= np.maximum(np.linalg.norm(d, axis=1, keepdims=True), 1e-9)
    nrm = np.stack([-d[:, 1], d[:, 0]], 1) * (np.asarray(widths, np.float64)[:, None] / 2.0)
    return np.vstack([p + nrm, (p - nrm)[::-1]])


def curve(a: tuple[float, float], b: tuple[float, float], bend: float, n: int = 8) -> np.ndarray:
    """``n`` points from ``a`` to ``b`` bowed sideways by ``bend`` (fraction of the length)."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    pa, pb = np.asarray(a, np.float64), np.asarray(b, np.float64)
    d = pb - pa
    side = np.array([-d[1], d[0]])
    return pa + d * t + side * (bend * 4.0 * t * (1.0 - t))


def fill(mask: np.ndarray, polys: list[np.ndarray], value: float = 1.0) -> None:
    """Anti-aliased fill of many polygons (pixel coordinates) into a float mask, in place (max blend)."""
    if not polys:
        return
    tmp = np.zeros(mask.shape, np.uint8)
    # one call per polygon: a single fillPoly call over many would punch holes where they overlap
    for p in polys:
        cv2.fillPoly(tmp, [np.round(p * 16).astype(np.int32)], 255, cv2.LINE_AA, 4)
    np.maximum(mask, tmp.astype(np.float32) * np.float32(value / 255.0), out=mask)


def _strokes(rng: np.random.Generator, x0: float, y0: float, x1: float, y1: float, w: float,
             count: int) -> list[np.ndarray]:
    """Strokes of one glyph component inside the box (unit coordinates, y down)."""
    polys: list[np.ndarray] = []
    cols = np.linspace(x0 + 0.15 * (x1 - x0), x1 - 0.15 * (x1 - x0), 3)
    rows = np.linspace(y0 + 0.1 * (y1 - y0), y1 - 0.1 * (y1 - y0), 4)
    for _ in range(count):
        kind = rng.choice(["heng", "heng", "heng", "shu", "shu", "dian", "dian", "pie", "na", "zhe"])
        if kind == "heng":  # horizontal, rising slightly, pressed at both ends
            y = float(rng.choice(rows))
            a, b = float(rng.uniform(x0, cols[0])), float(rng.uniform(cols[-1], x1))
            pts = curve((a, y), (b, y - 0.03 * (b - a)), 0.02)
            polys.append(ribbon(pts, w * np.array([1.0, 0.8, 0.7, 0.7, 0.7, 0.75, 0.9, 1.2])))
        elif kind == "shu":  # vertical, tapering a little towards the end
            x = float(rng.choice(cols))
            a, b = float(rng.uniform(y0, rows[1])), float(rng.uniform(rows[2], y1))
            polys.append(ribbon(curve((x, a), (x, b), 0.0), w * np.linspace(1.15, 0.7, 8)))
        elif kind == "dian":  # dot: a short teardrop
            x, y = float(rng.uniform(x0, x1)), float(rng.uniform(y0, y1))
            polys.append(ribbon(curve((x, y), (x + 0.05, y + 0.07), 0.1, 5), w * np.array([0.5, 1.2, 1.5, 1.1, 0.4])))
        elif kind == "pie":  # left-falling sweep, thinning to a point
            x, y = float(rng.uniform(cols[1], x1)), float(rng.uniform(y0, rows[1]))
            pts = curve((x, y), (x - 0.35 * (x1 - x0), y + 0.45 * (y1 - y0)), -0.15)
            polys.append(ribbon(pts, w * np.linspace(1.2, 0.15, 8)))
        elif kind == "na":  # right-falling sweep, swelling before its flat end
            x, y = float(rng.uniform(x0, cols[1])), float(rng.uniform(y0, rows[1]))
            pts = curve((x, y), (x + 0.4 * (x1 - x0), y + 0.45 * (y1 - y0)), 0.1)
            polys.append(ribbon(pts, w * np.array([0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 1.6, 0.3])))
        else:  # turning stroke: across, then down (the corner of a box)
            a, b = float(rng.uniform(x0, cols[0])), float(rng.uniform(cols[-1], x1))
            ya, yb = float(rng.uniform(y0, rows[1])), float(rng.uniform(rows[2], y1))
            polys.append(ribbon(curve((a, ya), (b, ya), 0.0, 4), w * np.full(4, 0.8)))
            polys.append(ribbon(curve((b, ya), (b - 0.03, yb), 0.0, 4), w * np.array([1.3, 1.0, 0.9, 0.8])))
    return polys


def glyph(rng: np.random.Generator, size: int, weight: float = 0.075, boxes: bool = True) -> np.ndarray:
    """A ``size×size`` density mask of one abstract character (1 = ink).

    ``boxes`` allows enclosed layouts; a running hand rounds them off, so handwriting leaves them out.
    """
    layout = rng.choice(["single", "single", "lr", "lr", "lr", "tb", "tb"] + (["box"] if boxes else []))
    w = weight * rng.uniform(0.85, 1.15)
    if layout == "lr":
        split = float(rng.uniform(0.32, 0.45))
        polys = _strokes(rng, 0.06, 0.08, split, 0.92, w, int(rng.integers(2, 5)))
        polys += _strokes(rng, split + 0.06, 0.06, 0.94, 0.94, w, int(rng.integers(4, 8)))
    elif layout == "tb":
        split = float(rng.uniform(0.35, 0.5))
        polys = _strokes(rng, 0.1, 0.06, 0.9, split, w, int(rng.integers(2, 5)))
        polys += _strokes(rng, 0.06, split + 0.05, 0.94, 0.94, w, int(rng.integers(4, 7)))
    elif layout == "box":
        polys = [ribbon(curve((0.14, 0.12), (0.14, 0.9), 0.0, 4), np.full(4, w)),
                 ribbon(curve((0.14, 0.12), (0.86, 0.12), 0.0, 4), np.full(4, w * 0.8)),
                 ribbon(curve((0.86, 0.12), (0.84, 0.9), 0.0, 4), np.full(4, w * 1.1)),
                 ribbon(curve((0.14, 0.88), (0.86, 0.88), 0.0, 4), np.full(4, w * 0.8))]
        polys += _strokes(rng, 0.24, 0.22, 0.76, 0.8, w * 0.9, int(rng.integers(2, 5)))
    else:
        polys = _strokes(rng, 0.08, 0.06, 0.92, 0.94, w, int(rng.integers(4, 9)))
    mask = np.zeros((size, size), np.float32)
    fill(mask, [p * size for p in polys])
    return mask


def cursive_glyph(rng: np.random.Generator, size: int, weight: float = 0.07) -> np.ndarray:
    """A semi-cursive character: one or two running brush paths, heavier on the down-strokes, and a dot."""
    polys: list[np.ndarray] = []
    for _ in range(int(rng.integers(1, 3))):
        ctrl = np.cumsum(rng.normal(0.0, 0.22, (int(rng.integers(3, 6)), 2)), axis=0)
        ctrl[:, 1] = np.abs(ctrl[:, 1]) * 0.8 + np.linspace(0.0, 0.6, len(ctrl))  # the brush travels downwards
        lo, hi = ctrl.min(axis=0), ctrl.max(axis=0)
        ctrl = 0.1 + 0.8 * (ctrl - lo) / np.maximum(hi - lo, 0.3)
        t = np.linspace(0.0, 1.0, 6 * len(ctrl))
        path = np.stack([np.interp(t, np.linspace(0, 1, len(ctrl)), ctrl[:, k]) for k in (0, 1)], 1)
        path = np.stack([np.convolve(np.pad(path[:, k], 3, mode="edge"), np.ones(7) / 7, "valid") for k in (0, 1)], 1)
        down = np.clip(np.gradient(path[:, 1]) * 60.0, 0.0, 1.0)
        polys.append(ribbon(path, weight * (0.45 + 0.9 * down) * np.linspace(1.2, 0.5, len(path))))
    if rng.random() < 0.6:
        x, y = rng.uniform(0.2, 0.8, 2)
        polys.append(ribbon(curve((x, y), (x + 0.05, y + 0.07), 0.1, 5), weight * np.array([0.5, 1.3, 1.6, 1.1, 0.4])))
    mask = np.zeros((size, size), np.float32)
    fill(mask, [p * size for p in polys])
    return mask


def glyph_atlas(rng: np.random.Generator, size: int, count: int = 60, weight: float = 0.075,
                cursive: bool = False) -> list[np.ndarray]:
    """``count`` distinct glyphs; text draws from a small set, as real text repeats its characters."""
    if not cursive:
        return [glyph(rng, max(size, 3), weight) for _ in range(count)]
    # running hand: square-script skeletons written lightly, overlaid by a flowing ligature stroke
    out = []
    for _ in range(count):
        g = glyph(rng, max(size, 3), weight * 0.7, boxes=False)
        out.append(np.maximum(g, cursive_glyph(rng, max(size, 3), weight * 0.8) * float(rng.random() < 0.7)))
    return out


def text_columns(mask: np.ndarray, atlas: list[np.ndarray], rng: np.random.Generator, x_right: float,
                 y_top: float, col_pitch: float, char_pitch: float, columns: int, chars: int,
                 ragged: float = 0.3, jitter: float = 0.0, commentary: float = 0.0) -> None:
    """Write vertical columns of glyphs, right to left, into ``mask`` (max blend, in place).

    ``ragged`` is the chance that a column ends early (the end of a paragraph);
    ``commentary`` the chance that a column continues in two half-width
    sub-columns of small characters, the way annotated classics are printed.
    """
    size = atlas[0].shape[0]
    h = mask.shape[0]
    for c in range(columns):
        xc = x_right - (c + 0.5) * col_pitch
        n = chars if rng.random() > ragged else int(rng.integers(1, max(chars, 2)))
        small_from = n if rng.random() > commentary else int(rng.integers(0, max(n, 1)))
        k = 0
        y = y_top
        while k < n and y + size <= h:
            if k < small_from:
                _stamp(mask, atlas[int(rng.integers(0, len(atlas)))], xc, y + char_pitch / 2, 1.0, rng, jitter)
                y += char_pitch
            else:
                for side in (0.25, -0.25):
                    g = atlas[int(rng.integers(0, len(atlas)))]
                    _stamp(mask, g, xc + side * col_pitch, y + char_pitch * 0.28, 0.5, rng, jitter)
                y += char_pitch * 0.55
            k += 1


def _stamp(mask: np.ndarray, g: np.ndarray, xc: float, yc: float, scale: float, rng: np.random.Generator,
           jitter: float) -> None:
    """Place glyph ``g`` centred at (xc, yc), scaled (and, for handwriting, shifted and sheared)."""
    size = g.shape[0]
    s = max(int(round(size * scale * (1.0 + jitter * rng.normal(0.0, 0.12)))), 2)
    if jitter > 0:
        shear = jitter * rng.normal(0.0, 0.12)
        m = np.float32([[1.0, shear, -shear * size / 2], [0.0, 1.0, 0.0]])
        g = cv2.warpAffine(g, m, (size, size), flags=cv2.INTER_LINEAR)
        xc += jitter * rng.normal(0.0, 0.06) * size
    src = g if s == size else cv2.resize(g, (s, s), interpolation=cv2.INTER_AREA)
    x0, y0 = int(round(xc - s / 2)), int(round(yc - s / 2))
    h, w = mask.shape
    a0, b0 = max(x0, 0), max(y0, 0)
    a1, b1 = min(x0 + s, w), min(y0 + s, h)
    if a1 <= a0 or b1 <= b0:
        return
    np.maximum(mask[b0:b1, a0:a1], src[b0 - y0:b1 - y0, a0 - x0:a1 - x0], out=mask[b0:b1, a0:a1])


def print_wear(mask: np.ndarray, rng: np.random.Generator, amount: float = 0.3) -> np.ndarray:
    """Uneven inking of a woodblock: thin and broken where the block was worn or poorly inked."""
    h, w = mask.shape
    ink = 0.75 + 0.35 * value_noise(h, w, max(min(h, w) * 0.08, 2.0), rng)
    breaks = value_noise(h, w, max(min(h, w) * 0.004, 1.0), rng)
    ink = ink * np.where(breaks > 1.0 - 0.25 * amount, 0.2, 1.0)
    return np.clip(mask * ink, 0.0, 1.0).astype(np.float32)
