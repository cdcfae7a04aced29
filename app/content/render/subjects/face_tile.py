"""Face roof-end tile (얼굴무늬 수막새, "Smile of Silla", 7th c.) on a linen display board.

A round convex roof-end tile about 11.5 cm across, of grey-brown fired clay, with
a raised rim and a gentle smiling face: arched brows flowing into the nose,
crescent eyes, full cheeks and a smiling mouth. The lower right part is broken
away. The face is built as a height field of soft bumps and incisions and lit
like a gallery object (see :mod:`app.content.render.studio`); ``view`` moves the
camera so the tile's thickness shows on one side.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import blur, mix
from app.content.render.materials import fbm, speckle, value_noise
from app.content.render.metal import cavity, normals_from_height, shade
from app.content.render.spec import RenderSpec
from app.content.render.studio import Frame, finish, mood, soft_shadow, spot_pool, vignette

CX, CY, RD = 800.0, 590.0, 390.0  # disc centre and radius in design px
CLAY = (0.46, 0.40, 0.35)


def _bump(hm: np.ndarray, xx: np.ndarray, yy: np.ndarray, x: float, y: float, rx: float, ry: float,
          amp: float) -> None:
    """Add a smooth ellipsoidal swelling (negative ``amp`` carves a hollow), in place."""
    d2 = ((xx - x) / rx) ** 2 + ((yy - y) / ry) ** 2
    hm += np.float32(amp) * np.clip(1.0 - d2, 0.0, 1.0) ** 2


def _ridge(hm: np.ndarray, pts: np.ndarray, width: float, amp: float, scale: float) -> None:
    """Add a soft ridge (``amp`` > 0) or groove along a polyline given in unit-disc coordinates."""
    h, w = hm.shape
    line = np.zeros((h, w), np.float32)
    p = np.round((np.asarray(pts) * scale + (w / 2, h / 2)) * 16).astype(np.int32)
    cv2.polylines(line, [p], False, 1.0, max(int(width * scale), 1), cv2.LINE_AA, 4)
    hm += blur(line, max(width * scale * 0.45, 0.5)) * np.float32(amp)


def _break_mask(size: int, rng: np.random.Generator) -> np.ndarray:
    """1 where the tile survives: the lower right is broken away along a jagged line."""
    scale = size / 2.0
    base = np.array([[1.2, -0.02], [0.93, 0.02], [0.72, 0.22], [0.6, 0.42], [0.45, 0.55], [0.3, 0.74],
                     [0.14, 0.9], [0.06, 1.2], [1.2, 1.2]])
    pts = []
    for a, b in zip(base[:-2], base[1:-1], strict=True):
        for t in np.linspace(0, 1, 8, endpoint=False):
            q = a + (b - a) * t
            pts.append(q + rng.normal(0, 0.012, 2))
    poly = np.concatenate([pts, base[-2:]])
    keep = np.ones((size, size), np.uint8) * 255
    cv2.fillPoly(keep, [np.round((poly * scale + scale) * 16).astype(np.int32)], 0, cv2.LINE_AA, 4)
    return keep.astype(np.float32) / 255.0


def _face_height(size: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Height field (pixels) of the tile front on a ``size×size`` grid, and the disc coverage."""
    sc = size / 2.0
    yy, xx = (np.mgrid[0:size, 0:size].astype(np.float32) - np.float32(sc)) / np.float32(sc)
    r = np.sqrt(xx * xx + yy * yy)
    disc = np.clip((1.0 - r) * sc, 0.0, 1.0)
    hm = 0.06 * sc * np.sqrt(np.clip(1.0 - r * r, 0.0, 1.0))  # slightly convex face of the mould
    rim = np.clip((r - 0.86) / 0.04, 0.0, 1.0) * np.clip((1.0 - r) / 0.04, 0.0, 1.0)
    hm += 0.05 * sc * blur(rim, 0.01 * sc)
    u = np.float32(sc)
    _bump(hm, xx, yy, 0.0, -0.42, 0.6, 0.4, 0.05 * u)  # forehead
    for side in (-1, 1):
        _bump(hm, xx, yy, side * 0.4, 0.14, 0.34, 0.32, 0.13 * u)  # cheeks
        brow = np.array([[side * 0.62, -0.14], [side * 0.5, -0.33], [side * 0.3, -0.42],
                         [side * 0.12, -0.36], [side * 0.05, -0.22]])
        _ridge(hm, brow, 0.08, 0.06 * u, sc)
        # crescent eyes: a downward-bowed slit with a swollen upper lid, the "smiling" eyes
        t = np.linspace(-1, 1, 14)
        eye = np.stack([side * 0.31 + 0.17 * t, -0.16 - 0.05 * (1 - t * t)], 1)
        _bump(hm, xx, yy, side * 0.31, -0.2, 0.19, 0.08, 0.03 * u)
        _ridge(hm, eye, 0.035, -0.05 * u, sc)
        _bump(hm, xx, yy, side * 0.09, 0.2, 0.07, 0.05, 0.04 * u)  # nostril wings
    _bump(hm, xx, yy, 0.0, -0.02, 0.11, 0.32, 0.17 * u)  # nose
    _bump(hm, xx, yy, 0.0, 0.17, 0.14, 0.09, 0.08 * u)  # nose tip
    mouth_t = np.linspace(-1, 1, 24)
    mouth = np.stack([0.33 * mouth_t, 0.42 + 0.08 * (1 - mouth_t ** 2) - 0.05 * mouth_t ** 4], 1)
    _ridge(hm, mouth, 0.1, 0.03 * u, sc)  # full lips
    _ridge(hm, mouth, 0.03, -0.06 * u, sc)  # the smiling line between them
    _bump(hm, xx, yy, 0.0, 0.72, 0.25, 0.14, 0.04 * u)  # chin
    for side in (-1, 1):  # dimples at the mouth corners deepen the smile
        _bump(hm, xx, yy, side * 0.36, 0.36, 0.05, 0.05, -0.025 * u)
    # moulded clay is never smooth: a little lumpiness and pitting
    lumps = fbm(size, size, rng, cell=0.08 * sc + 2, octaves=4)
    pits = speckle(size, size, rng, 0.0012, size=max(0.005 * sc, 0.6))
    hm += (lumps - 0.5) * np.float32(0.02 * sc) - pits * np.float32(0.006 * sc)
    keep = _break_mask(size, rng)
    # the fracture surface: rough and stepped down towards the broken edge
    edge = cv2.distanceTransform((keep > 0.5).astype(np.uint8), cv2.DIST_L2, 3)
    near = np.clip(1.0 - edge / (0.05 * sc), 0.0, 1.0)
    rough = value_noise(size, size, max(0.03 * sc, 1.0), rng)
    hm -= near * (0.05 * sc * (0.6 + 0.8 * rough))
    return hm.astype(np.float32), disc * keep


def _linen(h: int, w: int, fr: Frame, rng: np.random.Generator, base: np.ndarray) -> np.ndarray:
    """Woven linen: fine warp and weft threads with irregular slubs."""
    pitch = max(3.2 * fr.s, 1.2)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    slub_x = value_noise(h, w, pitch * 6, rng)
    slub_y = value_noise(h, w, pitch * 6, rng)
    warp = 0.5 + 0.5 * np.sin(xx * (2 * np.pi / pitch) + slub_x * 3.0)
    weft = 0.5 + 0.5 * np.sin(yy * (2 * np.pi / pitch) + slub_y * 3.0)
    weave = 0.9 + 0.06 * warp + 0.06 * weft
    blot = fbm(h, w, rng, cell=120 * fr.s + 2, octaves=3)
    return base * (weave * (0.95 + 0.1 * blot))[..., None]


def render(spec: RenderSpec) -> np.ndarray:
    """Render the face tile on a linen-covered display board (RGB uint8)."""
    rng = np.random.default_rng(spec.seed)
    fr = Frame(spec.width, spec.height)
    m = mood(spec)
    h, w = spec.height, spec.width
    wall = np.asarray(m.wall, np.float32) * np.float32(1.05)
    canvas = _linen(h, w, fr, rng, wall * np.asarray((1.05, 1.0, 0.9), np.float32))
    pool = spot_pool(fr, CX - 60, CY - 40, 620, 520)
    canvas *= (0.55 + np.float32(0.45 + m.spot_gain * 0.5) * pool)[..., None]
    canvas *= np.asarray(m.spot, np.float32) * 0.3 + 0.7

    size = max(int(2 * RD * fr.s), 16)
    hm, cover = _face_height(size, rng)
    x0, y0 = int(round(fr.x(CX) - size / 2)), int(round(fr.y(CY) - size / 2))
    full = np.zeros((h, w), np.float32)
    sx0, sy0 = max(x0, 0), max(y0, 0)
    sx1, sy1 = min(x0 + size, w), min(y0 + size, h)
    if sx1 <= sx0 or sy1 <= sy0:
        return finish(canvas, rng, m.exposure)
    full[sy0:sy1, sx0:sx1] = cover[sy0 - y0:sy1 - y0, sx0 - x0:sx1 - x0]
    key_dir = m.lights[0].unit()
    soft_shadow(canvas, full, -key_dir[0] * 40 * fr.s, -key_dir[1] * 40 * fr.s, 22 * fr.s, 0.55)
    # the tile's thickness: its edge shows on the side away from the camera shift
    dx, dy = -spec.view * 26 * fr.s, 20 * fr.s
    side = np.zeros_like(full)
    for k in np.linspace(0.1, 1.0, 10):
        shifted = np.roll(np.roll(full, int(round(dy * k)), axis=0), int(round(dx * k)), axis=1)
        np.maximum(side, shifted, out=side)
    clay_side = np.asarray(CLAY, np.float32) * np.asarray(m.ambient, np.float32) * 2.2
    canvas += (clay_side - canvas) * side[..., None]

    tone = fbm(size, size, rng, cell=0.2 * size + 2, octaves=4)
    albedo = np.asarray(CLAY, np.float32) * (0.82 + 0.3 * tone)[..., None]
    albedo = mix(albedo, (0.38, 0.36, 0.35), np.clip((tone - 0.6) * 2.0, 0.0, 1.0) * 0.6)  # soot-grey firing
    crev = cavity(hm, max(0.01 * size, 1.0))
    dust = np.clip(crev / (0.004 * size + 1e-3), 0.0, 1.0)
    albedo = mix(albedo, (0.66, 0.62, 0.55), dust * 0.45)  # pale earth left in the hollows
    broken = np.clip(1.0 - cv2.distanceTransform((cover > 0.5).astype(np.uint8), cv2.DIST_L2, 3)
                     / (0.035 * size), 0.0, 1.0) * (hm < np.percentile(hm, 40))
    albedo = mix(albedo, (0.62, 0.50, 0.40), broken * 0.5)  # fresher, warmer clay in the fracture
    n = normals_from_height(hm, 1.0)
    occ = 1.0 - np.clip(crev / (0.01 * size + 1e-3), 0.0, 0.5)
    rgb = shade(n, albedo, m.lights, m.ambient, specular=0.08, shininess=10.0, occlusion=occ)
    region = canvas[sy0:sy1, sx0:sx1]
    c = cover[sy0 - y0:sy1 - y0, sx0 - x0:sx1 - x0, None]
    region += (rgb[sy0 - y0:sy1 - y0, sx0 - x0:sx1 - x0] - region) * c
    vignette(canvas, fr, 0.35 if spec.light == "day" else 0.6)
    return finish(canvas, rng, m.exposure)
