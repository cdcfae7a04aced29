"""Yangdong Village 양동마을: a Joseon clan village on wooded hillsides (UNESCO 2010).

Seen from the valley floor: the hillside climbs in terraces held by dry-stone
walls; tiled-roof houses of the yangban families stand on the upper terraces,
thatched-roof houses of the commoners below them, with tile-capped garden
walls, trees between the houses and the forest above.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import mix, paint_polygon
from app.content.render.foliage import tree_line
from app.content.render.scene import GRASS, SNOW, Lighting, finish, lighting_for
from app.content.render.spec import RenderSpec
from app.content.render.timber import draw_hall
from app.content.render.timber_geom import Camera
from app.content.render.timber_scene import aimed_camera, backdrop, lamp_amount, snow_amount, tree_at
from app.content.render.timber_stone import terrace
from app.content.render.timber_village import earth_ground, hanok, stone_wall, thatched_house

STEP = 3.4  # height of each terrace (metres)
DEPTH = 10.0  # depth of each terrace
LEVELS = 5

# (level, x, kind) — yangban houses higher up, commoners' houses lower down
HOUSES = (
    (4, -16.0, "hanok"),
    (4, 10.0, "hanok"),
    (3, -4.0, "hanok"),
    (3, 22.0, "thatch"),
    (2, -22.0, "thatch"),
    (2, 8.0, "hanok"),
    (1, -8.0, "thatch"),
    (1, 18.0, "thatch"),
    (0, -26.0, "thatch"),
    (0, 4.0, "thatch"),
)


def _level(
    canvas: np.ndarray, cam: Camera, lit: Lighting, rng: np.random.Generator, i: int, snow: float
) -> None:
    """One terrace: its flat top and the dry-stone retaining wall in front of it."""
    y, z0 = i * STEP, i * DEPTH
    grass = np.asarray(GRASS[lit.season], np.float32) * 0.9
    top = mix(grass, np.asarray(SNOW, np.float32), snow * 0.9)
    pts = cam.project([(-90.0, y, z0 + DEPTH), (90.0, y, z0 + DEPTH), (90.0, y, z0), (-90.0, y, z0)])
    paint_polygon(canvas, pts, earth_ground(tuple(top), lit))
    if i > 0:
        terrace(
            canvas,
            cam,
            lit,
            -90.0,
            90.0,
            y - STEP,
            y,
            z0,
            z0 + DEPTH,
            seed=int(rng.integers(0, 1 << 20)),
            boulder_frac=1.0,
            snow=snow,
        )


def render(spec: RenderSpec) -> np.ndarray:
    """Render Yangdong village on its hillside (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    lit = lighting_for(spec.light, spec.season)
    snow, lamp = snow_amount(spec), lamp_amount(spec)
    eye = (14.0 * spec.view, 2.5, -24.0)
    cam = aimed_camera(spec, eye, (3.0 * spec.view, 30.0), fov_deg=62.0, horizon=0.68)
    canvas = backdrop(spec, cam, lit, rng, kind="dirt", hill_height=0.22)
    ridge = cam.project([(0.0, LEVELS * STEP, LEVELS * DEPTH + 5.0)])[0, 1]
    tree_line(canvas, ridge, 0, spec.width, spec.height * 0.12, lit, rng, haze=0.15)
    for i in range(LEVELS - 1, -1, -1):
        _level(canvas, cam, lit, rng, i, snow)
        z_mid = i * DEPTH + DEPTH * 0.55
        for level, x, kind in HOUSES:
            if level != i:
                continue
            base = i * STEP
            if kind == "hanok":
                draw_hall(canvas, cam, lit, hanok(x, z_mid, base, snow=snow), rng, lamp * 0.5)
            else:
                thatched_house(canvas, cam, lit, rng, x, z_mid, base, snow=snow, lamp=lamp * 0.5)
        stone_wall(
            canvas,
            cam,
            lit,
            -30.0 + 8.0 * (i % 2),
            -14.0 + 8.0 * (i % 2),
            i * DEPTH + 2.0,
            i * STEP,
            rng,
            snow=snow,
        )
        if i % 2 == 0:
            tree_at(
                canvas,
                cam,
                lit,
                rng,
                30.0 - 12.0 * i + rng.normal(0, 2),
                i * STEP,
                i * DEPTH + 3.0,
                9.0 + rng.normal(0, 1),
                kind="broadleaf" if i else "pine",
            )
    return finish(canvas, lit, rng)
