"""Folk houses of a Joseon village: thatched roofs (choga), plain hanok, tile-capped stone walls.

Yangban houses reuse :class:`app.content.render.timber.Hall` unpainted (oiled
timber, white plaster, paper-lattice doors); commoners' houses get the soft,
rounded rice-straw roof drawn here, held down by a net of straw ropes.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, Layer, mix, paint_polygon, smoothstep
from app.content.render.scene import SNOW, Lighting
from app.content.render.timber import Hall, draw_walls
from app.content.render.timber_geom import Camera, light_face
from app.content.render.timber_paint import WOOD
from app.content.render.timber_roof import Roof, draw_roof
from app.content.render.timber_stone import terrace

STRAW: Color = (0.70, 0.58, 0.36)
Target = np.ndarray | Layer


def hanok(cx: float, cz: float, base_y: float, bays: int = 4, snow: float = 0.0, wing: bool = False) -> Hall:
    """An unpainted tiled-roof yangban house on a low stone base."""
    return Hall(
        cx,
        cz,
        bays=bays,
        bay=2.5,
        dbays=1,
        dbay=3.0,
        base_y=base_y,
        platform=0.6,
        margin=0.7,
        col_h=2.5,
        bracket_h=0.35,
        overhang=1.2,
        roof_h=2.4,
        roof_kind="gable" if wing else "paljak",
        lift=0.4,
        infill="hanok",
        column_color=WOOD,
        painted=False,
        steps=False,
        snow=snow,
    )


def thatched_house(
    target: Target,
    cam: Camera,
    lit: Lighting,
    rng: np.random.Generator,
    cx: float,
    cz: float,
    base_y: float,
    width: float = 8.0,
    depth: float = 5.0,
    snow: float = 0.0,
    lamp: float = 0.0,
) -> None:
    """A commoner's house: mud-plastered walls on a stone footing under a rounded straw roof."""
    wall_h = 2.1
    body = Hall(
        cx,
        cz,
        bays=3,
        bay=(width - 1.6) / 3,
        dbays=1,
        dbay=depth - 1.6,
        base_y=base_y,
        platform=0.35,
        margin=0.4,
        col_h=wall_h,
        bracket_h=0.15,
        overhang=0.2,
        roof_h=0.1,
        roof_kind="gable",
        infill="hanok",
        column_color=(0.42, 0.33, 0.24),
        painted=False,
        steps=False,
    )
    draw_walls(target, cam, lit, body, rng, lamp)
    eave = body.top_y + 0.1
    _thatch(target, cam, lit, cx, cz, width + 1.2, depth + 1.2, eave, eave + 2.0, snow)


def _thatch(
    target: Target,
    cam: Camera,
    lit: Lighting,
    cx: float,
    cz: float,
    width: float,
    depth: float,
    eave_y: float,
    top_y: float,
    snow: float,
) -> None:
    """A rounded straw roof: the silhouette of a squashed half-ellipsoid, shaded and roped."""
    ang = np.linspace(0.0, 2.0 * np.pi, 40, endpoint=False)
    rings = []
    for t in np.linspace(0.0, 1.0, 7):
        r = np.sqrt(max(1.0 - t * t, 0.0)) * 0.92 + 0.08
        rings.append(
            np.stack(
                [
                    cx + np.cos(ang) * width / 2 * r,
                    np.full_like(ang, eave_y + (top_y - eave_y) * t),
                    cz + np.sin(ang) * depth / 2 * r,
                ],
                1,
            )
        )
    pts = cam.project(np.vstack(rings)).astype(np.float32)
    hull = cv2.convexHull(pts).reshape(-1, 2)
    centre = cam.project([(cx, eave_y, cz)])[0]
    top = cam.project([(cx, top_y, cz)])[0]
    rx = max(float(pts[:, 0].max() - pts[:, 0].min()) / 2, 1.0)
    ry = max(float(centre[1] - top[1]), 1.0)
    ppm = cam.scale_at(cz)
    straw = np.asarray(STRAW, np.float32)
    rope_vis = float(smoothstep(1.5, 4.0, ppm * 0.5))

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        nx = np.clip((xx - centre[0]) / rx, -1.0, 1.0)
        ny = np.clip((centre[1] - yy) / ry, 0.0, 1.0) * 0.8 + 0.2
        nz = np.sqrt(np.clip(1.0 - nx * nx - ny * ny * 0.5, 0.05, 1.0))
        light = lit.shade(nx, ny, nz)
        # straw runs down the roof; ropes cross it in a diamond net
        fibre = 0.9 + 0.1 * np.sin(xx * 2.3 + np.sin(yy * 0.31) * 3.0)
        d1 = np.abs(((xx + yy) / max(ppm * 0.6, 1.0)) % 1.0 - 0.5)
        d2 = np.abs(((xx - yy) / max(ppm * 0.6, 1.0)) % 1.0 - 0.5)
        rope = np.maximum(smoothstep(0.44, 0.5, d1), smoothstep(0.44, 0.5, d2)) * rope_vis
        tone = fibre * (1.0 - 0.25 * rope)
        colour = straw * tone[..., None]
        edge = smoothstep(0.0, 0.15, np.clip((yy - centre[1]) / ry + 0.15, 0.0, 1.0))
        colour = colour * (1.0 - 0.35 * edge)[..., None]  # the thick, shadowed eave edge
        if snow > 0:
            colour = mix(colour, np.asarray(SNOW, np.float32), (snow * smoothstep(0.3, 0.6, ny))[..., None])
        return colour * light

    paint_polygon(target, hull, fill)


def stone_wall(
    target: Target,
    cam: Camera,
    lit: Lighting,
    x0: float,
    x1: float,
    z: float,
    base_y: float,
    rng: np.random.Generator,
    snow: float = 0.0,
    height: float = 1.5,
) -> None:
    """A dry-stone garden wall (dam) with a small tiled cap."""
    terrace(
        target,
        cam,
        lit,
        x0,
        x1,
        base_y,
        base_y + height,
        z,
        z + 0.7,
        seed=int(rng.integers(0, 1 << 20)),
        boulder_frac=1.0,
        snow=snow,
    )
    cap = Roof(
        (x0 + x1) / 2,
        z + 0.35,
        x1 - x0 + 0.3,
        1.1,
        base_y + height,
        base_y + height + 0.45,
        x1 - x0,
        lift=0.05,
        kind="gable",
        ridge_ends=False,
        snow=snow,
    )
    draw_roof(target, cam, lit, cap, rng)


def earth_ground(colour: Color, lit: Lighting) -> Color:
    """A flat ground colour lit from above."""
    rgb = np.asarray(colour, np.float32) * light_face(lit, (0.0, 1.0, -0.2))
    return (float(rgb[0]), float(rgb[1]), float(rgb[2]))
