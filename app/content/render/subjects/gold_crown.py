"""Silla gold crown (신라 금관, 5th–6th c., as from Hwangnamdaechong or Cheonmachong) in a museum case.

A gold headband carries three tree-shaped uprights, branching in 出-shaped
tiers, and two antler-shaped uprights at the back. Hundreds of round spangles
hang on twisted wire, comma-shaped green jades (gogok) hang from the branches,
and long pendants with leaf-shaped ornaments hang at the temples.

Every gold part is a thin sheet bent around the crown's cylinder: it is drawn
flat in its own (along-band, up) coordinates, wrapped onto the cylinder, and
shaded with the cylinder's normal plus its embossed dot borders. ``view``
turns the crown on its stand.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import blur, ellipse_points, paint_polygon, stroke
from app.content.render.materials import fbm
from app.content.render.metal import Light, add_glints, gold_shade, inflate
from app.content.render.spec import RenderSpec
from app.content.render.studio import Frame, finish, gallery, glass, mood, plinth, soft_shadow, vignette

CX = 800.0
R = 225.0  # band radius (design px); the real band is about 17 cm across
E = 0.2  # ellipse ratio of the band seen from slightly above
BAND_Y = 640.0  # centre line of the band at the front
BAND_H = 50.0
JADE = (0.18, 0.62, 0.40)


def _ring_y(phi: np.ndarray | float) -> np.ndarray:
    return BAND_Y + E * R * np.cos(phi)


def _wrap(phi0: float, pts: np.ndarray) -> np.ndarray:
    """Sheet-local points (u along the band, v up from its top edge) to design coordinates."""
    p = np.asarray(pts, np.float64).reshape(-1, 2)
    phi = phi0 + p[:, 0] / R
    # the uprights flare outwards a little as they rise, as on the real crowns
    rad = R + 0.12 * p[:, 1]
    return np.stack([CX + rad * np.sin(phi), _ring_y(phi) - BAND_H / 2 - p[:, 1]], axis=1)


def _densify(poly: np.ndarray, step: float = 6.0) -> np.ndarray:
    """Insert points along each edge so the polygon bends smoothly when wrapped."""
    out = []
    for a, b in zip(poly, np.roll(poly, -1, axis=0), strict=True):
        n = max(int(np.hypot(*(b - a)) / step), 1)
        out.append(a + (b - a) * np.linspace(0, 1, n, endpoint=False)[:, None])
    return np.concatenate(out)


def _rect(u0: float, v0: float, u1: float, v1: float) -> np.ndarray:
    return np.array([[u0, v0], [u1, v0], [u1, v1], [u0, v1]], np.float64)


def _bud(u: float, v: float, size: float) -> np.ndarray:
    """Heart-shaped bud (jewel) that ends every branch of the uprights."""
    t = np.linspace(0, 2 * np.pi, 28, endpoint=False)
    x = size * 0.9 * np.sin(t) * (1 - 0.25 * np.cos(t))
    y = size * (0.55 * np.cos(t) + 0.45 * np.cos(t) ** 3 * 0.4) + size * 0.6
    return np.stack([u + x, v + y], 1)


def _tree_parts() -> tuple[list[np.ndarray], list[tuple[float, float]]]:
    """Polygons of a 出-shaped upright and the attachment points of its spangles and jades."""
    parts = [_rect(-16, -2, 16, 330)]
    hooks: list[tuple[float, float]] = []
    for v, reach, rise in ((75, 66, 84), (175, 60, 80), (268, 50, 64)):
        for side in (-1, 1):
            parts.append(_rect(min(0, side * reach), v - 13, max(0, side * reach), v + 13))
            parts.append(_rect(side * reach - 13, v - 13, side * reach + 13, v + rise))
            parts.append(_bud(side * reach, v + rise - 6, 19))
            hooks += [(side * reach, v + rise * 0.55)]
    parts.append(_bud(0, 326, 24))
    hooks += [(0, 40 + 75 * k) for k in range(4)]
    return parts, hooks


def _antler_parts(side: int) -> tuple[list[np.ndarray], list[tuple[float, float]]]:
    """Polygons of an antler-shaped upright: a stem sending curved tines outwards."""
    parts, hooks = [], []
    stem = np.array([[side * 0.0 * v - 9 + side * 0.02 * v * v / 10, v] for v in np.linspace(0, 250, 20)])
    parts.append(np.concatenate([stem, (stem + (18, 0))[::-1]]))
    for v0, length in ((60, 70), (130, 62), (195, 50)):
        t = np.linspace(0, 1, 14)
        cx = side * (length * t) + side * 0.02 * v0 * v0 / 10
        cy = v0 + length * 0.9 * t ** 1.6
        w = 9 * (1 - 0.5 * t)
        tine = np.concatenate([np.stack([cx, cy - w], 1), np.stack([cx, cy + w], 1)[::-1]])
        parts.append(tine)
        parts.append(_bud(cx[-1], cy[-1] - 4, 12))
        hooks.append((float(cx[7]), float(cy[7])))
    parts.append(_bud(side * 0.02 * 250 * 25, 246, 14))
    return parts, hooks


def _sheet(canvas: np.ndarray, fr: Frame, parts: list[np.ndarray], phi0: float, key: Light,
           fill_level: float, rng: np.random.Generator, inner: bool) -> None:
    """Rasterise, emboss and shade one gold sheet wrapped at azimuth ``phi0``."""
    h, w = canvas.shape[:2]
    polys = [fr.pts(_wrap(phi0, _densify(p))) for p in parts]
    allp = np.concatenate(polys)
    x0, y0 = max(int(allp[:, 0].min()) - 3, 0), max(int(allp[:, 1].min()) - 3, 0)
    x1, y1 = min(int(allp[:, 0].max()) + 4, w), min(int(allp[:, 1].max()) + 4, h)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.fillPoly(mask, [np.round((p - (x0, y0)) * 16).astype(np.int32) for p in polys], 255, cv2.LINE_AA, 4)
    s = fr.s
    height = inflate(mask, max(2.5 * s, 0.7))
    # repoussé: a row of punched dots just inside every edge
    inner_mask = cv2.erode(mask, np.ones((3, 3), np.uint8), iterations=max(int(5 * s), 1))
    contours, _ = cv2.findContours((inner_mask > 127).astype(np.uint8), cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
    dots = np.zeros_like(height)
    step = max(int(5 * s), 2)
    for c in contours:
        for px, py in c[::step, 0]:
            cv2.circle(dots, (int(px), int(py)), max(int(1.6 * s), 1), 1.0, -1, cv2.LINE_AA)
    height += blur(dots, max(0.6 * s, 0.3)) * np.float32(2.0 * s)
    # hammered sheet: gentle dents make reflections ripple across the plate
    height += fbm(y1 - y0, x1 - x0, rng, cell=25 * s + 2, octaves=3) * np.float32(4.0 * s)
    gx = cv2.Sobel(height, cv2.CV_32F, 1, 0, ksize=3) * np.float32(0.125)
    gy = cv2.Sobel(height, cv2.CV_32F, 0, 1, ksize=3) * np.float32(0.125)
    xs = (np.arange(x0, x1, dtype=np.float32) - np.float32(fr.x(CX))) / np.float32(R * s)
    u = np.clip(xs, -0.98, 0.98)[None, :]
    sign = -1.0 if inner else 1.0
    n = np.empty(height.shape + (3,), np.float32)
    n[..., 0] = sign * u - gx
    n[..., 1] = -0.12 - gy  # flaring sheets tip slightly towards the ceiling light
    n[..., 2] = np.sqrt(1.0 - u * u)
    n /= np.linalg.norm(n, axis=-1, keepdims=True)
    rgb = gold_shade(n, key, fill_level)
    if inner:
        rgb *= np.float32(0.55)  # the inside of the crown sits in its own shadow
    cov = mask.astype(np.float32)[..., None] / 255.0
    region = canvas[y0:y1, x0:x1]
    region += (rgb - region) * cov


def _spangle_colours(rng: np.random.Generator, count: int, key: Light, fill: float) -> np.ndarray:
    """Colours of freely swinging spangles: each tilts at random, so each flashes differently."""
    n = np.stack([rng.uniform(-0.7, 0.7, count), rng.uniform(-0.8, 0.5, count), np.ones(count)], 1)
    n = (n / np.linalg.norm(n, axis=1, keepdims=True)).astype(np.float32)[:, None, :]
    return gold_shade(n, key, fill)[:, 0, :]


def _danglers(canvas: np.ndarray, fr: Frame, hooks: list[tuple[float, float]], phi0: float, key: Light,
              fill: float, rng: np.random.Generator, glints: list, jade_every: int = 3) -> None:
    """Spangles on short twisted wires, with a comma jade every few hooks."""
    s = fr.s
    cols = _spangle_colours(rng, len(hooks) * 2, key, fill)
    shade_dim = 0.6 if np.cos(phi0) < 0 else 1.0
    for i, (u, v) in enumerate(hooks):
        for j, du in enumerate((-9.0, 9.0)):
            top = fr.pts(_wrap(phi0, [[u + du * 0.6, v]]))[0]
            cx, cy = top[0] + du * 0.3 * s, top[1] + 11 * s
            stroke(canvas, [top, [cx, cy]], tuple(float(c) for c in cols[2 * i + j] * 0.8), max(1.0 * s, 0.4))
            col = cols[2 * i + j] * shade_dim
            paint_polygon(canvas, ellipse_points(cx, cy, 6.5 * s * rng.uniform(0.55, 1.0), 7 * s, 14),
                          tuple(float(c) for c in col))
            if col.mean() > 0.75 and rng.random() < 0.5:
                glints.append((cx + rng.uniform(-2, 2) * s, cy - 2 * s, 2.5 * s))
        if jade_every and i % jade_every == 1:
            top = fr.pts(_wrap(phi0, [[u, v - 8]]))[0]
            _gogok(canvas, fr, top[0], top[1] + 4 * s, 1.0 if (i // jade_every) % 2 else -1.0, key, shade_dim)


def _gogok(canvas: np.ndarray, fr: Frame, x: float, y: float, side: float, key: Light,
           dim: float = 1.0) -> None:
    """A comma-shaped jade hanging from a gold cap: round head on top, tail curling sideways."""
    s = fr.s
    t = np.linspace(0, np.pi * 1.25, 26)
    head_r, tail = 13.0 * s, 30.0 * s
    outer = np.stack([x + side * head_r * np.sin(t) * (1 + t / 4),
                      y + head_r - head_r * np.cos(t) * (1 + t / 5)], 1)
    inner = np.stack([x + side * (head_r * 0.1 + tail * 0.12 * np.sin(t[::-1] * 0.8)),
                      y + head_r * 0.4 + tail * t[::-1] / 4.5], 1)
    poly = np.concatenate([outer, inner])
    base = np.asarray(JADE, np.float32) * dim
    lx, ly = key.unit()[:2]

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        # a polished convex stone: light side, dark side, translucent glow at the lower edge
        d = ((xx - x) * lx + (yy - y - head_r) * ly) / (head_r * 2)
        k = np.clip(0.9 + 0.8 * d, 0.35, 1.6)
        return base[None, None, :] * k[..., None] * np.float32(max(key.intensity, 0.6))

    paint_polygon(canvas, poly, fill)
    hx, hy = x - side * head_r * 0.3, y + head_r * 0.7
    paint_polygon(canvas, ellipse_points(hx, hy, 3.0 * s, 2.2 * s, 10), (0.9, 0.98, 0.92))
    paint_polygon(canvas, [[x - 6 * s, y - 2 * s], [x + 6 * s, y - 2 * s], [x + 5 * s, y + 5 * s],
                           [x - 5 * s, y + 5 * s]], (0.85, 0.62, 0.25))


def _pendant(canvas: np.ndarray, fr: Frame, x: float, y: float, length: float, key: Light, fill: float,
             rng: np.random.Generator, glints: list) -> None:
    """A long pendant (suhasik): linked gold chain, spangle clusters and a leaf-shaped end plate."""
    s = fr.s
    cols = _spangle_colours(rng, 40, key, fill)
    chain = np.array([[x + 2 * s * np.sin(v / 9), y + v * s] for v in np.linspace(0, length, 40)])
    stroke(canvas, chain, tuple(float(c) for c in cols[0] * 0.9), max(2.2 * s, 0.5))
    for k in range(1, 5):  # knots of spangles along the chain
        cx, cy = chain[k * 9 - 6]
        for j, (dx, dy) in enumerate(((-7, 2), (7, 2), (0, 10))):
            paint_polygon(canvas, ellipse_points(cx + dx * s, cy + dy * s, 6.5 * s, 7 * s, 12),
                          tuple(float(c) for c in cols[k * 3 + j]))
            if cols[k * 3 + j].mean() > 0.8:
                glints.append((cx + dx * s, cy + dy * s - 2 * s, 2.2 * s))
    ex, ey = chain[-1]
    leaf = np.array([[ex + 16 * s * np.sin(t) * np.sin(t / 2), ey + 30 * s * (1 - np.cos(t / 2))]
                     for t in np.linspace(0, 2 * np.pi, 30)])
    base = cols[-1]

    def leaf_fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        k = 0.75 + 0.5 * np.clip((xx - ex) / (18 * s), -1, 1) * -np.sign(key.direction[0] + 1e-6)
        return base[None, None, :] * k[..., None] + np.float32(0.08)

    paint_polygon(canvas, leaf, leaf_fill)
    vein = tuple(float(c) for c in base * 0.6)
    stroke(canvas, [[ex, ey + 6 * s], [ex, ey + 52 * s]], vein, max(1.2 * s, 0.4))
    glints.append((ex - 4 * s, ey + 26 * s, 3.0 * s))


def _band(canvas: np.ndarray, fr: Frame, rot: float, key: Light, fill: float, rng: np.random.Generator,
          back: bool) -> None:
    """One half of the headband (back half seen from inside, or the front half)."""
    lo, hi = (np.pi / 2, 3 * np.pi / 2) if back else (-np.pi / 2, np.pi / 2)
    u0, u1 = lo * R, hi * R
    phi_c = (lo + hi) / 2
    part = _rect(u0 - phi_c * R, -BAND_H, u1 - phi_c * R, 0)
    _sheet(canvas, fr, [part], phi_c, key, fill, rng, inner=back)


def render(spec: RenderSpec) -> np.ndarray:
    """Render the gold crown on its stand in a display case (RGB uint8)."""
    rng = np.random.default_rng(spec.seed)
    fr = Frame(spec.width, spec.height)
    m = mood(spec)
    canvas = gallery(spec, rng, fr, floor_y=1000.0, spot=(800.0, 520.0, 430.0, 420.0))
    plinth(canvas, fr, spec, CX, 960.0, 760.0, 1130.0, depth=50.0, color=(0.28, 0.26, 0.25))
    key = m.lights[0]
    fill = {"day": 0.75, "dusk": 0.5, "night": 0.35}[spec.light]
    rot = 0.5 * spec.view
    s = fr.s
    # acrylic stand: a pale cylinder that carries the crown above the plinth
    stand = np.array([[CX - 70, BAND_Y], [CX + 70, BAND_Y], [CX + 70, 930], [CX - 70, 930]])
    paint_polygon(canvas, fr.pts(stand), (1.0, 1.0, 1.0), opacity=0.06)
    stroke(canvas, fr.pts([[CX - 66, BAND_Y + 10], [CX - 66, 928]]), (1.0, 1.0, 1.0), 2 * s, opacity=0.25)
    shadow = np.zeros(canvas.shape[:2], np.float32)
    cv2.ellipse(shadow, (int(fr.x(CX)), int(fr.y(945))), (max(int(260 * s), 1), max(int(26 * s), 1)),
                0, 0, 360, 1.0, -1)
    soft_shadow(canvas, shadow, 0, 0, 18 * s, 0.6)
    glints: list[tuple[float, float, float]] = []
    uprights = [(0.0, _tree_parts()), (1.68, _tree_parts()), (-1.68, _tree_parts()),
                (2.55, _antler_parts(1)), (-2.55, _antler_parts(-1))]
    placed = sorted(((phi + rot, parts) for phi, parts in uprights), key=lambda item: np.cos(item[0]))
    _band(canvas, fr, rot, key, fill, rng, back=True)
    for phi, (parts, hooks) in placed:
        if np.cos(phi) < 0:
            _sheet(canvas, fr, parts, phi, key, fill, rng, inner=True)
            _danglers(canvas, fr, hooks, phi, key, fill, rng, glints)
    # pendants at the temples hang in front of the back half
    for side in (-1, 1):
        for k, (du, length) in enumerate(((-14.0, 105.0), (14.0, 135.0))):
            base = fr.pts(_wrap(side * 1.25 + rot, [[du, -BAND_H]]))[0]
            _pendant(canvas, fr, base[0], base[1], length + 10 * k, key, fill, rng, glints)
    _band(canvas, fr, rot, key, fill, rng, back=False)
    band_hooks = [(u, -BAND_H * 0.55) for u in np.linspace(-R * 1.3, R * 1.3, 15)]
    _danglers(canvas, fr, band_hooks, 0.0, key, fill, rng, glints, jade_every=0)
    for phi, (parts, hooks) in placed:
        if np.cos(phi) >= 0:
            _sheet(canvas, fr, parts, phi, key, fill, rng, inner=False)
            _danglers(canvas, fr, hooks, phi, key, fill, rng, glints)
    if glints:
        g = np.asarray(glints, np.float64)
        add_glints(canvas, g[:, :2], g[:, 2], (1.0, 0.92, 0.75), strength=0.9 if spec.light != "day" else 0.6)
    glass(canvas, fr, rng, strength=0.8 if spec.light == "day" else 0.4)
    vignette(canvas, fr, 0.3 if spec.light == "day" else 0.55)
    return finish(canvas, rng, m.exposure)
