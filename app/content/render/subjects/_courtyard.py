"""The Bulguksa courtyard behind Dabotap and Seokgatap: gravel, a hall, wooded hills.

The hall is the edge of Daeungjeon seen past the pagoda: a granite platform,
red-ochre columns, a green-and-blue painted (dancheong) bracket band and a dark
tiled roof whose eaves sweep up at the corner.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import mix, paint_polygon, quad, smoothstep, stroke
from app.content.render.foliage import pine_tree, tree_line
from app.content.render.materials import value_noise
from app.content.render.scene import Lighting, ground, hills, sky


def _roof_fill(
    lit: Lighting, rng: np.random.Generator, h: int, w: int, tile_px: float, snow: bool
) -> np.ndarray:
    """Full-size texture of grey roof tiles: vertical ridges of round tiles, darker troughs."""
    xx = np.arange(w, dtype=np.float32)[None, :]
    ridges = 0.5 + 0.5 * np.cos(xx * (2 * np.pi / max(tile_px, 2.0)))
    tone = 0.75 + 0.35 * ridges + 0.1 * (value_noise(h, w, max(tile_px * 3, 2.0), rng) - 0.5)
    base = np.asarray((0.30, 0.31, 0.33), np.float32)
    col = base * tone[..., None] * lit.shade(0.0, 0.7, 0.7)
    if snow:
        col = mix(
            col,
            np.asarray((0.92, 0.94, 0.98)) * lit.shade(0, 1, 0.3),
            np.broadcast_to(0.55 * ridges + 0.3, (h, w)),
        )
    return col.astype(np.float32)


def hall(
    canvas: np.ndarray,
    lit: Lighting,
    rng: np.random.Generator,
    x0: float,
    x1: float,
    base_y: float,
    height: float,
    corner_right: bool,
) -> None:
    """A wooden temple hall spanning ``x0``..``x1`` whose platform stands at ``base_y``.

    ``corner_right`` puts the sweeping roof corner at ``x1`` (otherwise at ``x0``).
    """
    h, w = canvas.shape[:2]
    u = height / 10.0  # hall metres → pixels
    plat_top = base_y - 1.0 * u
    front = lit.shade(0.0, 0.0, 1.0)
    paint_polygon(canvas, quad(x0, plat_top, x1, base_y), tuple(np.asarray((0.70, 0.67, 0.61)) * front))
    stroke(canvas, [(x0, plat_top), (x1, plat_top)], tuple(np.asarray((0.85, 0.82, 0.76)) * front), u * 0.12)
    col_top = plat_top - 4.2 * u
    # the wall between the columns: lattice doors in shadow under the deep eaves
    paint_polygon(
        canvas, quad(x0, col_top, x1, plat_top), tuple(np.asarray((0.42, 0.22, 0.14)) * front * 0.55)
    )
    span = 3.2 * u
    xs = np.arange(x0 + span * 0.3, x1, span)
    for cx in xs:
        for k in range(1, 4):  # door frames
            dx = cx + span * k / 4
            stroke(
                canvas,
                [(dx, col_top + u * 0.8), (dx, plat_top)],
                tuple(np.asarray((0.55, 0.30, 0.18)) * front * 0.6),
                u * 0.06,
            )
    for cx in xs:
        paint_polygon(
            canvas,
            quad(cx - 0.22 * u, col_top, cx + 0.22 * u, plat_top),
            lambda yy, xx, c=cx: (
                np.asarray((0.62, 0.22, 0.14), np.float32)
                * lit.shade(((xx - c) / (0.22 * u)).clip(-1, 1), 0.0, 0.8)
            ),
        )
    # bracket band: green-blue dancheong with red accents
    band = col_top - 1.3 * u
    paint_polygon(canvas, quad(x0, band, x1, col_top), tuple(np.asarray((0.20, 0.45, 0.40)) * front * 0.7))
    for bx in np.arange(x0, x1, span / 3):
        paint_polygon(
            canvas,
            quad(bx, band + 0.3 * u, bx + 0.5 * u, col_top - 0.2 * u),
            tuple(np.asarray((0.75, 0.30, 0.18)) * front * 0.65),
        )
        stroke(
            canvas,
            [(bx - 0.3 * u, band + 0.15 * u), (bx + 0.8 * u, band + 0.15 * u)],
            tuple(np.asarray((0.85, 0.80, 0.55)) * front * 0.7),
            u * 0.08,
        )
    # roof: eave line sagging in the middle and sweeping up at the corner
    t = np.linspace(0.0, 1.0, 40)
    xs_roof = x0 - 1.5 * u + (x1 - x0 + 3.0 * u) * t
    corner_t = t if corner_right else 1.0 - t
    eave = band + 0.4 * u - 1.2 * u * corner_t**4
    ridge = band - 4.6 * u
    poly = np.concatenate([np.stack([xs_roof, eave], 1), [[xs_roof[-1], ridge], [xs_roof[0], ridge]]])
    snow = lit.season == "winter"
    paint_polygon(canvas, poly, _roof_fill(lit, rng, h, w, 0.45 * u, snow))
    stroke(
        canvas, np.stack([xs_roof, eave], 1), tuple(np.asarray((0.86, 0.84, 0.78)) * front * 0.8), u * 0.18
    )
    # eave soffit in deep shadow
    soffit = np.concatenate(
        [np.stack([xs_roof, eave + 0.1 * u], 1), np.stack([xs_roof[::-1], band + 0.0 * xs_roof], 1)]
    )
    paint_polygon(canvas, soffit, tuple(np.asarray((0.20, 0.30, 0.28)) * front * 0.45))


def courtyard(
    spec_w: int, spec_h: int, lit: Lighting, rng: np.random.Generator, horizon_y: float, view: float
) -> np.ndarray:
    """A new canvas with sky, wooded hills, the hall edge and a pale gravel yard."""
    canvas = sky(spec_h, spec_w, horizon_y - spec_h * 0.10, lit, rng)
    hills(canvas, horizon_y - spec_h * 0.10, lit, rng, layers=2, height_frac=0.14)
    tree_line(canvas, horizon_y - spec_h * 0.08, 0, spec_w, spec_h * 0.07, lit, rng, haze=0.35)
    ground(canvas, horizon_y - spec_h * 0.09, lit, rng, kind="gravel")
    side = view >= 0
    hall_w = spec_w * 0.42
    x0 = -spec_w * 0.05 if side else spec_w * 0.63
    hall(canvas, lit, rng, x0, x0 + hall_w, horizon_y + spec_h * 0.005, spec_h * 0.30, corner_right=side)
    for fx in (0.88, 0.97) if side else (0.03, 0.12):
        pine_tree(canvas, spec_w * fx, horizon_y - spec_h * 0.02, spec_h * 0.30, lit, rng)
    # a low granite kerb marks the edge of the pagoda yard
    kerb_y = horizon_y + spec_h * 0.02
    shade = lit.shade(0.0, 0.3, 1.0)
    paint_polygon(
        canvas,
        quad(0, kerb_y - spec_h * 0.012, spec_w, kerb_y),
        tuple(np.asarray((0.66, 0.63, 0.57)) * shade),
    )
    yy = np.arange(spec_h, dtype=np.float32)[:, None, None]
    canvas *= 1.0 - 0.15 * smoothstep(kerb_y, spec_h, yy)  # the yard darkens a touch towards the viewer
    return canvas
