"""Painterly trees with seasonal foliage: broadleaf (cherry, zelkova), Korean red pine, tree lines.

Crowns are built as a union of soft blobs whose edge is broken up by noise,
then shaded as a lumpy sphere lit by :class:`app.content.render.scene.Lighting`.
All work happens inside the tree's bounding box, so a row of thirty trees is
cheap.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, Layer, blur, composite, mix, paint_polygon, smoothstep, stroke
from app.content.render.materials import value_noise
from app.content.render.scene import Lighting

FOLIAGE: dict[str, tuple[Color, Color]] = {  # (main, accent) per season
    "spring": ((0.46, 0.62, 0.30), (0.97, 0.80, 0.86)),  # fresh green, cherry blossom
    "summer": ((0.20, 0.40, 0.16), (0.30, 0.48, 0.20)),
    "autumn": ((0.80, 0.36, 0.12), (0.95, 0.72, 0.18)),  # maple red, ginkgo yellow
    "winter": ((0.36, 0.30, 0.26), (0.36, 0.30, 0.26)),
}
BARK: Color = (0.24, 0.19, 0.15)
PINE_BARK: Color = (0.50, 0.30, 0.22)
PINE_NEEDLES: Color = (0.16, 0.30, 0.18)


def _crown(
    layer: Layer,
    cx: float,
    cy: float,
    rx: float,
    ry: float,
    main: Color,
    accent: Color,
    accent_amount: float,
    lit: Lighting,
    rng: np.random.Generator,
    blobs: int = 14,
) -> None:
    """Paint a lumpy, shaded crown centred on (cx, cy) into ``layer``."""
    h, w = layer.alpha.shape
    pad = 0.35
    x0, x1 = int(max(cx - rx * (1 + pad), 0)), int(min(cx + rx * (1 + pad) + 1, w))
    y0, y1 = int(max(cy - ry * (1 + pad), 0)), int(min(cy + ry * (1 + pad) + 1, h))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    bh, bw = y1 - y0, x1 - x0
    mask = np.zeros((bh, bw), np.float32)
    angles = rng.random(blobs) * 2 * np.pi
    radii = np.sqrt(rng.random(blobs)) * 0.62
    for a, r in zip(angles, radii, strict=True):
        bx = cx + np.cos(a) * r * rx - x0
        by = cy + np.sin(a) * r * ry * 0.9 - y0
        br = (0.32 + 0.22 * rng.random()) * min(rx, ry) * 1.1
        cv2.ellipse(
            mask,
            (int(bx), int(by)),
            (max(int(br * rx / min(rx, ry) * 0.85), 1), max(int(br), 1)),
            0,
            0,
            360,
            1.0,
            -1,
            cv2.LINE_AA,
        )
    soft = blur(mask, min(rx, ry) * 0.12)
    leaf = value_noise(bh, bw, max(min(rx, ry) * 0.09, 1.0), rng)
    alpha = smoothstep(0.35, 0.6, soft + 0.35 * (leaf - 0.5))
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    nx = np.clip((xx - cx) / rx, -1, 1)
    ny = np.clip((cy - yy) / ry, -1, 1)
    nz = np.sqrt(np.clip(1.0 - nx * nx - ny * ny, 0.05, 1.0))
    light = lit.shade(nx, ny, nz)
    inner = 0.70 + 0.45 * soft[..., None]  # self-occlusion: clumps darken inward
    tint = value_noise(bh, bw, max(min(rx, ry) * 0.5, 1.0), rng)
    colour = mix(main, accent, np.clip((tint - 0.5) * 2.2 + accent_amount, 0.0, 1.0)[..., None])
    colour = colour * (0.8 + 0.4 * leaf[..., None]) * light * inner
    sub = Layer(layer.rgb[y0:y1, x0:x1], layer.alpha[y0:y1, x0:x1])
    a3 = alpha[..., None]
    sub.rgb *= 1.0 - a3
    sub.rgb += colour * a3
    sub.alpha *= 1.0 - alpha
    sub.alpha += alpha


def _branches(
    layer: Layer,
    x: float,
    y: float,
    angle: float,
    length: float,
    width: float,
    depth: int,
    rng: np.random.Generator,
    color: Color,
) -> None:
    """Recursive bare branches (winter trees)."""
    ex = x + np.cos(angle) * length
    ey = y - np.sin(angle) * length
    stroke(layer, [(x, y), (ex, ey)], color, max(width, 0.6))
    if depth == 0:
        return
    for spread in (-0.45 - 0.2 * rng.random(), 0.35 + 0.2 * rng.random()):
        _branches(
            layer,
            ex,
            ey,
            angle + spread,
            length * (0.62 + 0.12 * rng.random()),
            width * 0.62,
            depth - 1,
            rng,
            color,
        )


def broadleaf_tree(
    canvas: np.ndarray,
    x: float,
    base_y: float,
    height: float,
    lit: Lighting,
    rng: np.random.Generator,
    season: str | None = None,
) -> Layer:
    """Draw a deciduous tree standing at (x, base_y); returns its layer (for shadows).

    Spring trees blossom pink (cherry), autumn ones turn red-gold, winter ones are bare.
    """
    h, w = canvas.shape[:2]
    season = season or lit.season
    layer = Layer.empty(h, w)
    trunk_w = height * 0.06
    trunk_top = base_y - height * 0.45
    paint_polygon(
        layer,
        [
            (x - trunk_w, base_y),
            (x + trunk_w, base_y),
            (x + trunk_w * 0.5, trunk_top),
            (x - trunk_w * 0.5, trunk_top),
        ],
        tuple(np.asarray(BARK) * lit.shade(0, 0, 1)),
    )
    main, accent = FOLIAGE[season]
    if season == "winter":
        bark = tuple(np.asarray(BARK) * lit.shade(0, 0, 1) * 0.9)
        for ang in (1.2, 1.6, 2.0):
            _branches(
                layer,
                x,
                trunk_top + height * 0.05,
                ang + rng.normal(0, 0.1),
                height * 0.26,
                trunk_w * 0.9,
                4,
                rng,
                bark,
            )
    else:
        amount = {"spring": 0.45, "autumn": 0.3}.get(season, 0.0)
        _crown(layer, x, base_y - height * 0.66, height * 0.42, height * 0.34, main, accent, amount, lit, rng)
    composite(canvas, layer)
    return layer


def pine_tree(
    canvas: np.ndarray, x: float, base_y: float, height: float, lit: Lighting, rng: np.random.Generator
) -> Layer:
    """Draw a Korean red pine (leaning reddish trunk, flat needle clumps); returns its layer."""
    h, w = canvas.shape[:2]
    layer = Layer.empty(h, w)
    lean = rng.normal(0.0, 0.12) * height
    trunk = [(x + lean * (t**1.5), base_y - height * 0.85 * t) for t in np.linspace(0, 1, 8)]
    bark = tuple(np.asarray(PINE_BARK) * lit.shade(-0.3, 0.2, 0.9))
    for (xa, ya), (xb, yb), t in zip(trunk[:-1], trunk[1:], np.linspace(0, 1, 7), strict=True):
        stroke(layer, [(xa, ya), (xb, yb)], bark, max(height * 0.05 * (1 - 0.6 * t), 0.8))
    clumps = 3 + int(rng.integers(0, 3))
    for i in range(clumps):
        t = 0.55 + 0.45 * i / max(clumps - 1, 1)
        cx = x + lean * t**1.5 + rng.normal(0, 0.12) * height
        cy = base_y - height * 0.85 * t
        rx = height * (0.26 - 0.1 * t + 0.05 * rng.random())
        snow = (0.9, 0.92, 0.96)
        accent = snow if lit.season == "winter" else PINE_NEEDLES
        _crown(
            layer,
            cx,
            cy,
            rx,
            rx * 0.38,
            PINE_NEEDLES,
            accent,
            0.15 if lit.season == "winter" else 0.0,
            lit,
            rng,
            blobs=8,
        )
    composite(canvas, layer)
    return layer


def tree_line(
    canvas: np.ndarray,
    y: float,
    x0: float,
    x1: float,
    height: float,
    lit: Lighting,
    rng: np.random.Generator,
    haze: float = 0.3,
) -> None:
    """A band of distant tree crowns along ``y`` between ``x0`` and ``x1``, veiled by ``haze``."""
    h, w = canvas.shape[:2]
    layer = Layer.empty(h, w)
    main, accent = FOLIAGE[lit.season]
    if lit.season == "winter":
        main, accent = (0.32, 0.28, 0.26), (0.40, 0.34, 0.30)
    amount = {"spring": 0.25, "autumn": 0.35}.get(lit.season, 0.0)
    step = max(height * 0.55, 2.0)
    xs = np.arange(x0, x1, step)
    for cx in xs:
        s = height * (0.7 + 0.5 * rng.random())
        _crown(
            layer,
            cx + rng.normal(0, step * 0.2),
            y - s * 0.45,
            s * 0.55,
            s * 0.5,
            main,
            accent,
            amount,
            lit,
            rng,
            blobs=6,
        )
    veil = lit.haze if not lit.is_night else lit.sky_horizon
    layer.rgb[:] = mix(layer.rgb, np.asarray(veil, np.float32) * layer.alpha[..., None], haze)
    composite(canvas, layer)
