"""Donggung Palace and Wolji Pond 동궁과 월지 (674; formerly Anapji).

Three reconstructed pavilions stand on granite embankments at the water's
edge of the crown prince's pond and double in its still surface. The night
view is the famous one: warm flood-lit columns and eaves under a deep blue
sky, glowing in the water. A wooded island sits in the pond and the near
bank curves along the foot of the picture.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Color, composite, ellipse_points, paint_polygon
from app.content.render.foliage import tree_line
from app.content.render.scene import GRASS, SNOW, Lighting, finish, floodlight, lighting_for, reflect
from app.content.render.spec import RenderSpec
from app.content.render.timber import Hall, draw_hall
from app.content.render.timber_geom import Camera
from app.content.render.timber_scene import (
    backdrop,
    bloom,
    changes_as_layer,
    lamp_amount,
    mirror_layer,
    snow_amount,
    tree_at,
)
from app.content.render.timber_stone import rubble, terrace

BANK = 2.2  # height of the embankment top above the water (metres)
WATER: Color = (0.12, 0.20, 0.22)


def _pavilions(
    canvas: np.ndarray, cam: Camera, lit: Lighting, rng: np.random.Generator, snow: float, lamp: float
) -> None:
    """The three pavilions, farthest from the camera's line of sight first."""
    common = dict(base_y=BANK, platform=0.45, margin=0.5, infill="open", railing=True, steps=False, snow=snow)
    halls = [
        Hall(
            -17.0,
            4.0,
            bays=3,
            bay=3.0,
            dbays=2,
            dbay=2.8,
            col_h=3.3,
            bracket_h=0.9,
            overhang=1.9,
            roof_h=3.4,
            **common,
        ),
        Hall(
            0.0,
            5.0,
            bays=5,
            bay=3.2,
            dbays=2,
            dbay=3.0,
            col_h=3.7,
            bracket_h=1.0,
            overhang=2.2,
            roof_h=4.0,
            **common,
        ),
        Hall(
            16.0,
            3.6,
            bays=3,
            bay=2.8,
            dbays=3,
            dbay=2.4,
            col_h=3.2,
            bracket_h=0.9,
            overhang=1.9,
            roof_h=3.6,
            **common,
        ),
    ]
    for hall in sorted(halls, key=lambda h: -abs(h.cx - cam.eye[0])):
        draw_hall(canvas, cam, lit, hall, rng, lamp)


def _island(
    canvas: np.ndarray, cam: Camera, lit: Lighting, rng: np.random.Generator, spec: RenderSpec
) -> None:
    """A low wooded island with rocks, and its reflection."""
    before = canvas.copy()
    cx, cz, rx = -13.0 + 4.0 * spec.view, -16.0, 6.0
    water_y = float(cam.project([(cx, 0.0, cz)])[0, 1])
    outline = np.array(
        [
            (cx + rx * np.cos(a), 1.2 * np.sin(a) ** 1.5 if np.sin(a) > 0 else 0.0, cz + 3.0 * np.sin(a))
            for a in np.linspace(0.0, np.pi, 24)
        ]
    )
    pts = np.vstack([cam.project(outline), cam.project([(cx - rx, 0.0, cz), (cx + rx, 0.0, cz)])])
    grass = np.asarray(SNOW if spec.season == "winter" else GRASS[spec.season], np.float32) * lit.shade(
        0, 1, 0.3
    )
    paint_polygon(canvas, pts, tuple(grass))
    # rocks along the water line
    stone = np.asarray((0.55, 0.53, 0.48), np.float32) * lit.shade(0, 0.3, 1)
    for i in range(7):
        x = cx - rx * 0.9 + i * rx * 0.3
        p = cam.project([(x, 0.2, cz - 0.4)])[0]
        r = cam.scale_at(cz) * (0.25 + 0.15 * rng.random())
        paint_polygon(
            canvas,
            ellipse_points(p[0], p[1], r * 1.4, r * 0.7, 16),
            tuple(stone * (0.8 + 0.3 * rng.random())),
        )
    for x, ht in ((cx - 2.5, 4.5), (cx + 1.5, 5.5)):
        tree_at(canvas, cam, lit, rng, x, 1.0, cz + 1.0, ht, kind="pine")
    drawn = changes_as_layer(before, canvas)
    canvas[:] = before
    mirror_layer(canvas, drawn, water_y, lit, WATER)
    composite(canvas, drawn)


def _near_bank(
    canvas: np.ndarray, cam: Camera, lit: Lighting, rng: np.random.Generator, spec: RenderSpec
) -> None:
    """The curved near shore with its stone edging along the foot of the picture."""
    h, w = canvas.shape[:2]
    xs = np.linspace(-0.05, 1.05, 40) * w
    edge = h * (0.90 - 0.06 * np.sin(np.linspace(0.0, np.pi, 40) + spec.view) ** 2)
    pts = np.vstack([np.stack([xs, edge], 1), [(w * 1.05, h + 2.0), (-w * 0.05, h + 2.0)]])
    ground_col = np.asarray(SNOW if spec.season == "winter" else GRASS[spec.season], np.float32)
    shade = lit.shade(0.0, 1.0, 0.3) * 0.8
    unit = h * 0.02  # stones of the edging, in pixels

    def fill(y: np.ndarray, x: np.ndarray) -> np.ndarray:
        edge_at = np.interp(x[0], xs, edge)[None, :]
        lip = ((y - edge_at) < h * 0.03)[..., None]  # stone edging along the water
        stones = rubble(x / unit, (y - edge_at) / unit, 1.0, 20.0, spec.seed)
        colour = np.where(lip, stones * 0.9, ground_col * (0.85 + 0.15 * stones[..., :1] / 0.6))
        return colour * shade

    paint_polygon(canvas, pts, fill)


def render(spec: RenderSpec) -> np.ndarray:
    """Render Donggung & Wolji across the pond (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    lit = lighting_for(spec.light, spec.season)
    snow, lamp = snow_amount(spec), lamp_amount(spec)
    # the camera slides along the near shore; it never turns, so the far shore stays level for the mirror
    cam = Camera(
        spec.width,
        spec.height,
        (10.0 * spec.view, 3.0, -42.0 + 6.0 * abs(spec.view)),
        fov_deg=52.0,
        horizon=0.47,
    )
    canvas = backdrop(spec, cam, lit, rng, kind="grass", hill_height=0.12)
    far = cam.project([(0.0, 0.0, 30.0)])[0, 1]
    tree_line(canvas, far, 0, spec.width, spec.height * 0.07, lit, rng, haze=0.35)
    for x, z, ht, kind in (
        (-26.0, 14.0, 11.0, "pine"),
        (-8.0, 16.0, 12.0, "broadleaf"),
        (9.0, 15.0, 10.0, "pine"),
        (27.0, 12.0, 12.0, "broadleaf"),
    ):
        tree_at(canvas, cam, lit, rng, x + rng.normal(0, 1.5), BANK, z, ht, kind=kind)
    stone = floodlight(lit, (0.85, 0.6, 0.32)) if lamp > 0 else lit
    terrace(
        canvas,
        cam,
        stone,
        -60.0,
        60.0,
        0.0,
        BANK,
        0.0,
        30.0,
        seed=spec.seed + 4,
        boulder_frac=0.85,
        snow=snow,
    )
    _pavilions(canvas, cam, lit, rng, snow, lamp)
    if lamp > 0:
        bloom(canvas, threshold=0.55, radius=spec.width * 0.012, strength=0.9)
    shore = float(cam.project([(0.0, 0.0, 0.0)])[0, 1])
    reflect(canvas, shore, spec.height, lit, rng, color=WATER)
    _island(canvas, cam, lit, rng, spec)
    _near_bank(canvas, cam, lit, rng, spec)
    return finish(canvas, lit, rng)
