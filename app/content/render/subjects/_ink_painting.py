"""Ink-wash landscape (sansuhwa) and its hanging-scroll mounting.

Korean literati and court painters (An Gyeon in the 15th c., Jeong Seon's
"true-view" landscapes in the 18th) painted tall landscapes in ink, sometimes
with pale colour, on silk or paper: towering peaks outlined with a darker
contour, modelled with short texture strokes and spotted with moss dots
(*jeom*) along the ridges, their feet dissolving in bands of mist; water left
as bare silk; pines with dark needle clusters on the rocks in front; a hut
half hidden in the middle ground; an inscription and the painter's red seals
in an empty corner.

A hanging scroll (*jokja*) frames the painting with silk mounting, larger
above ("heaven") than below ("earth"), a stave and cord at the top and a
wooden roller with knobs at the bottom.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Color, blur, smoothstep
from app.content.render.materials import fbm
from app.content.render.scene import ridge_line
from app.content.render.subjects._brush import curve, fill, glyph_atlas, ribbon, text_columns
from app.content.render.subjects._documents import stamp_seals
from app.content.render.subjects._paper import apply_ink, brocade, hanji, silk

MOUNT_COLOURS: tuple[tuple[Color, Color], ...] = (
    ((0.62, 0.63, 0.60), (0.70, 0.71, 0.66)),  # pale grey-blue silk
    ((0.66, 0.58, 0.44), (0.74, 0.66, 0.50)),  # beige
    ((0.36, 0.42, 0.44), (0.44, 0.50, 0.50)),  # slate blue
)


def _profile(w: int, rng: np.random.Generator, xp: float, top: float, base: float, half: float) -> np.ndarray:
    """Skyline (image row per column) of a massif: a cluster of steep, round-topped peaks round ``xp``."""
    xs = np.arange(w, dtype=np.float32)
    prof = np.full(w, np.inf, np.float32)
    height = base - top
    peaks = [(xp, height, half * 0.6)] + [
        (xp + rng.normal(0.0, 0.55) * half, height * rng.uniform(0.35, 0.8), half * rng.uniform(0.3, 0.6))
        for _ in range(int(rng.integers(2, 6)))]
    for xi, hi, wi in peaks:
        u = np.abs(xs - xi) / wi
        bump = np.clip(1.0 - u ** 1.7, 0.0, None) ** 0.8
        prof = np.minimum(prof, np.where(u < 1.0, base - hi * bump, np.inf))
    jag = (ridge_line(w, rng, 0.6) - 0.5) * height * 0.03
    return np.where(np.isfinite(prof), prof + jag, base + 10.0 * height).astype(np.float32)


def _mountain(dens: np.ndarray, rng: np.random.Generator, xp: float, top: float, base: float, half: float,
              strength: float, detail: float, polys: list[np.ndarray], soft: list[np.ndarray]) -> None:
    """Wash one massif into ``dens`` (in place).

    Queues its contour and moss dots in ``polys`` (full ink) and its texture strokes in ``soft`` (pale ink).
    """
    h, w = dens.shape
    xs = np.arange(w, dtype=np.float32)
    profile = _profile(w, rng, xp, top, base, half)
    yy = np.arange(h, dtype=np.float32)[:, None]
    inside = np.clip(yy - profile[None, :] + 0.5, 0.0, 1.0)
    depth = np.clip((yy - profile[None, :]) / (0.1 * h), 0.0, None)
    tex = fbm(h, w, rng, cell=max(h * 0.02, 2.0), octaves=4, aspect=0.5)
    # the faces turned from the light (descending to the right) are washed darker: modelling in ink
    slope = np.gradient(np.where(profile < base, profile, base))
    shadow = smoothstep(0.0, 0.6, blur(slope[None, :].astype(np.float32), max(w * 0.01, 0.5)))
    mist = smoothstep(base, base - 0.35 * (base - top), yy)  # the foot of the mountain vanishes in mist
    wash = strength * inside * (0.2 + 0.8 * np.exp(-depth)) * (0.55 + 0.7 * tex) * mist * (0.7 + 0.6 * shadow)
    dens *= 1.0 - 0.85 * inside * mist  # nearer peaks cover the farther ones
    dens += wash
    if detail <= 0.0:
        return
    idx = np.flatnonzero(profile < base - 0.08 * (base - top))
    if len(idx) < 4:
        return
    # a contour along the skyline that thickens and thins with the brush and breaks off here and there
    pressure = np.interp(xs, np.linspace(0, w, 12), rng.uniform(0.3, 1.4, 12))
    for run in np.split(idx, np.flatnonzero(np.diff(idx) > 1) + 1):
        for seg in np.array_split(run, max(len(run) // max(int(w * 0.06), 4), 1)):
            if len(seg) >= 3 and rng.random() < 0.8:
                pts = np.stack([xs[seg], profile[seg] + 0.5], 1)[:: max(len(seg) // 12, 1)]
                polys.append(ribbon(pts, h * 0.0022 * detail * pressure[seg[:: max(len(seg) // 12, 1)]]))
    # texture strokes (hemp-fibre cun) running down the slopes from the ridges
    for _ in range(int(160 * detail * half / (0.3 * w))):
        x = int(rng.choice(idx))
        y = float(profile[x]) + rng.exponential(0.12) * (base - top)
        if y > base - 0.15 * (base - top):
            continue
        length = h * rng.uniform(0.015, 0.05)
        lean = float(np.clip(slope[x], -1.5, 1.5)) * -0.5
        pts = curve((x, y), (x + lean * length, y + length), rng.normal(0.0, 0.1), 5)
        soft.append(ribbon(pts, h * 0.0014 * detail * np.array([0.6, 1.0, 1.0, 0.8, 0.3])))
    # moss dots gather on the ridges and the summits
    for _ in range(int(70 * detail)):
        x = int(rng.choice(idx))
        if profile[x] < base - 0.3 * (base - top) or rng.random() < 0.3:
            y = float(profile[x]) + rng.uniform(0.0, 0.012) * h
            r = h * rng.uniform(0.0015, 0.003)
            polys.append(ribbon(curve((x - r * 0.4, y), (x + r * 0.4, y + r * 0.3), 0.0, 4),
                               np.array([0.7, 1.0, 1.0, 0.7]) * r * 2))


def _pine(rng: np.random.Generator, x: float, y: float, height: float, polys: list[np.ndarray],
          wash: np.ndarray) -> None:
    """An old pine: a crooked trunk with bark marks and wheel-like needle clusters over a dark wash."""
    lean = rng.normal(0.0, 0.2) * height
    trunk = curve((x, y), (x + lean, y - height), rng.normal(0.0, 0.15), 12)
    polys.append(ribbon(trunk, height * 0.05 * np.linspace(1.0, 0.3, 12)))
    for k in range(2, 10, 2):  # bark: short crescents across the trunk
        bx, by = trunk[k]
        polys.append(ribbon(curve((bx - height * 0.02, by), (bx + height * 0.02, by + height * 0.01), 0.3, 4),
                            np.full(4, height * 0.006)))
    clusters = [trunk[-1]]
    for _ in range(int(rng.integers(2, 5))):
        bx, by = trunk[int(rng.integers(5, 11))]
        side = rng.choice([-1.0, 1.0])
        reach = height * rng.uniform(0.2, 0.4)
        end = (bx + side * reach, by + reach * rng.uniform(-0.25, 0.1))
        polys.append(ribbon(curve((bx, by), end, side * 0.2, 6), height * 0.022 * np.linspace(1, 0.4, 6)))
        clusters.append(np.asarray(end))
    for cx, cy in clusters:
        rx, ry = height * rng.uniform(0.1, 0.15), height * rng.uniform(0.04, 0.06)
        ell = ribbon(curve((cx - rx, cy), (cx + rx, cy), 0.0, 9), ry * 2 * np.sin(np.linspace(0.2, np.pi - 0.2, 9)))
        fill(wash, [ell], 0.55)
        for a in np.linspace(0.0, 2 * np.pi, 26, endpoint=False):  # needles radiate from the cluster's heart
            r = rng.uniform(0.75, 1.05)
            tip = (cx + rx * r * np.cos(a), cy + ry * 1.2 * r * np.sin(a) - ry * 0.3)
            polys.append(ribbon(np.array([(cx + (tip[0] - cx) * 0.4, cy + (tip[1] - cy) * 0.4), tip]),
                                np.array([height * 0.005, height * 0.002])))


def ink_landscape(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A tall ink landscape on silk or paper, with inscription and seals."""
    on_silk = rng.random() < 0.7
    support = silk(h, w, rng, age=float(rng.uniform(0.5, 1.2))) if on_silk else hanji(h, w, rng, age=0.6)
    dens = np.zeros((h, w), np.float32)
    polys: list[np.ndarray] = []
    dots: list[np.ndarray] = []
    water = h * rng.uniform(0.62, 0.74)
    # far to near: pale distant peaks high up, the main massif, then the near hills
    for _ in range(int(rng.integers(2, 4))):
        _mountain(dens, rng, rng.uniform(0.1, 0.9) * w, h * rng.uniform(0.12, 0.3), h * rng.uniform(0.4, 0.5),
                  w * rng.uniform(0.15, 0.3), 0.22, 0.0, polys, dots)
    xp = w * rng.uniform(0.35, 0.65)
    _mountain(dens, rng, xp, h * rng.uniform(0.05, 0.12), water - h * 0.04, w * rng.uniform(0.25, 0.4), 0.45, 1.0,
              polys, dots)
    for side in (-1.0, 1.0):
        if rng.random() < 0.7:
            _mountain(dens, rng, xp + side * w * rng.uniform(0.3, 0.45), h * rng.uniform(0.3, 0.45), water,
                      w * rng.uniform(0.15, 0.25), 0.5, 0.7, polys, dots)
    # the near bank and rocks, then pines on them
    bank_y = h * rng.uniform(0.8, 0.88)
    bank_x = w * rng.choice([0.25, 0.75])
    _mountain(dens, rng, bank_x, bank_y, h * 1.02, w * rng.uniform(0.35, 0.5), 0.6, 0.8, polys, dots)
    pine_wash = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(1, 4))):
        px = bank_x + rng.normal(0.0, w * 0.08)
        _pine(rng, float(px), float(bank_y + h * 0.05), h * rng.uniform(0.18, 0.3), polys, pine_wash)
    dens = np.maximum(dens, blur(pine_wash, h * 0.003))
    # a thatched hut among trees in the middle ground, and ripples on the open water
    hx, hy, hs = xp + w * rng.uniform(-0.25, 0.25), water - h * 0.03, h * 0.012
    polys.append(ribbon(curve((hx - hs * 1.6, hy - hs * 0.9), (hx + hs * 1.6, hy - hs * 0.9), -0.12, 9),
                        hs * 0.9 * np.sin(np.linspace(0.4, np.pi - 0.4, 9))))
    for dx in (-1.1, 1.1):
        polys.append(ribbon(np.array([(hx + dx * hs, hy - hs * 0.6), (hx + dx * hs, hy + hs * 0.5)]),
                            np.full(2, h * 0.0015)))
    for _ in range(int(rng.integers(4, 9))):  # bushy trees round the hut, a few blots of wet ink
        tx, ty = hx + rng.normal(0.0, hs * 4), hy + rng.uniform(-hs, hs * 0.5)
        r = hs * rng.uniform(0.8, 1.6)
        blob = r * 1.4 * np.sin(np.linspace(0.3, np.pi - 0.3, 7))
        dots.append(ribbon(curve((tx - r, ty), (tx + r, ty), 0.0, 7), blob))
    for _ in range(int(rng.integers(4, 10))):
        y = rng.uniform(water, bank_y)
        x = rng.uniform(0.1, 0.8) * w
        polys.append(ribbon(curve((x, y), (x + w * rng.uniform(0.05, 0.15), y), 0.02, 5), np.full(5, h * 0.0012)))
    lines = np.zeros((h, w), np.float32)
    fill(lines, polys)
    washes = np.zeros((h, w), np.float32)
    fill(washes, dots)
    dens = np.maximum(np.maximum(dens, lines * 0.85), washes * 0.45)
    # mist bands drift across the middle of the picture
    yy = np.arange(h, dtype=np.float32)[:, None]
    veil = fbm(h, w, rng, cell=max(w * 0.3, 4.0), octaves=3, aspect=3.0)
    for y in rng.uniform(0.3, 0.65, 2) * h:
        dens *= 1.0 - 0.8 * np.exp(-((yy - y) / (0.035 * h)) ** 2) * smoothstep(0.3, 0.7, veil)
    if rng.random() < 0.5:  # pale colour (damchae): ochre earth and blue-green distance
        warm = blur(dens, h * 0.01) * smoothstep(0.5 * h, 0.9 * h, yy)
        apply_ink(support, warm * 0.5, (0.78, 0.55, 0.30))
        apply_ink(support, blur(dens, h * 0.01) * smoothstep(0.5 * h, 0.2 * h, yy) * 0.35, (0.45, 0.62, 0.60))
    apply_ink(support, dens, bleed=max(h * 0.0012, 0.0))
    # the inscription and seals in the empty sky on the side away from the main peak
    right = xp < w / 2
    cp = w * 0.045
    atlas = glyph_atlas(rng, max(int(cp * 0.8), 3), 24, weight=0.1)
    ink = np.zeros((h, w), np.float32)
    x_right = w * 0.94 if right else w * 0.06 + 3 * cp
    cols = int(rng.integers(1, 4))
    text_columns(ink, atlas, rng, x_right, h * 0.05, cp, cp, cols, int(rng.integers(5, 12)), ragged=0.5, jitter=0.6)
    apply_ink(support, ink * 0.85)
    stamp_seals(support, rng, x_right - (cols - 1) * cp * 0.5, h * 0.05 + cp * 12, cp * 1.3, int(rng.integers(1, 3)))
    return support


def mount_scroll(painting: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Frame ``painting`` as a hanging scroll; returns ``(rgb, alpha)`` including roller knobs and cord."""
    ph, pw = painting.shape[:2]
    side, top, bottom, strip = int(pw * 0.08), int(ph * 0.26), int(ph * 0.12), max(int(ph * 0.012), 1)
    cord = int(ph * 0.08)
    knob = int(pw * 0.07)
    mw, mh = pw + 2 * side, ph + top + bottom
    roller = max(int(ph * 0.03), 2)
    kh = int(roller * 1.3) + 1  # the knobs are a little thicker than the roller
    h, w = cord + mh + roller + kh, mw + 2 * knob
    rgb = np.zeros((h, w, 3), np.float32)
    alpha = np.zeros((h, w), np.float32)
    base, motif = MOUNT_COLOURS[int(rng.integers(0, len(MOUNT_COLOURS)))]
    x0, y0 = knob, cord
    rgb[y0:y0 + mh, x0:x0 + mw] = brocade(mh, mw, rng, base, motif)
    alpha[y0:y0 + mh, x0:x0 + mw] = 1.0
    # a narrow strip of darker silk right round the painting
    band = brocade(ph + 2 * strip, pw + 2 * strip, rng, tuple(np.asarray(base) * 0.6), tuple(np.asarray(motif) * 0.7))
    py, px = y0 + top, x0 + side
    rgb[py - strip:py + ph + strip, px - strip:px + pw + strip] = band
    rgb[py:py + ph, px:px + pw] = painting
    # the top stave, the cord hung from it and the bottom roller with its knobs
    wood = np.asarray((0.22, 0.14, 0.09), np.float32)
    st = max(int(ph * 0.008), 1)
    rgb[y0:y0 + st, x0:x0 + mw] = wood * 1.3
    cord_mask = np.zeros((h, w), np.float32)
    apex = (w / 2, 1.0)
    for cx in (x0 + mw * 0.25, x0 + mw * 0.75):
        fill(cord_mask, [ribbon(np.array([(cx, y0 + st * 0.5), apex]), np.full(2, max(ph * 0.003, 0.8)))])
    rgb[:] = rgb * (1.0 - cord_mask[..., None]) + cord_mask[..., None] * np.asarray((0.55, 0.42, 0.25), np.float32)
    alpha[:] = np.maximum(alpha, cord_mask)
    ry = y0 + mh
    t = np.linspace(-1.0, 1.0, roller, dtype=np.float32)
    shade = (0.55 + 0.6 * np.sqrt(np.clip(1.0 - t * t, 0.0, 1.0)) - 0.25 * t)[:, None, None]
    knob_col = np.asarray((0.85, 0.80, 0.68), np.float32) if rng.random() < 0.4 else wood * 1.2
    rgb[ry:ry + roller, x0:x0 + mw] = wood * shade
    ky = ry + roller // 2 - kh // 2
    kt = np.linspace(-1.0, 1.0, kh, dtype=np.float32)
    kshade = (0.55 + 0.6 * np.sqrt(np.clip(1.0 - kt * kt, 0.0, 1.0)) - 0.25 * kt)[:, None, None]
    for kx in (0, x0 + mw):
        rgb[ky:ky + kh, kx:kx + knob] = knob_col * kshade
        alpha[ky:ky + kh, kx:kx + knob] = 1.0
    alpha[ry:ry + roller, x0:x0 + mw] = 1.0
    return rgb, alpha
