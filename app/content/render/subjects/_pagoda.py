"""Typical Silla three-storey stone pagoda (Seokgatap, Gameunsa) as stacked granite solids.

Dimensions are in metres and follow the standard scheme of the type: a
two-tier base whose dies carry corner and middle pillars in relief, three
body stones with corner pillars, roof stones with five stepped supports and
slightly upturned corners, and a finial.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.content.render.canvas import Color, Layer, ellipse_points, paint_polygon, stroke
from app.content.render.scene import Lighting
from app.content.render.subjects._monument import Camera, box, loft, pillared_block, regular_plan, roof_stone


@dataclass(frozen=True)
class PagodaDims:
    """Measurements of a three-storey pagoda (metres)."""

    plinth_half: float  # ground stone
    lower_half: float  # lower base die
    lower_h: float
    upper_half: float  # upper base die
    upper_h: float
    lower_middles: int
    upper_middles: int
    body_half: tuple[float, float, float]
    body_h: tuple[float, float, float]
    eave_half: tuple[float, float, float]
    roof_h: float  # total roof stone height
    finial: str  # "jewels" (Seokgatap) or "mast" (Gameunsa iron pole)
    finial_h: float


SNOW_CAP: Color = (0.93, 0.95, 0.99)


def _snow(layer: Layer, cam: Camera, lit: Lighting, half: float, h: float) -> None:
    """A thin snow cushion on an upward face (its top surface is usually out of view)."""
    pts = cam.project(np.array([-half, half]), np.array([half, half]), np.array([h, h]))
    stroke(layer, pts, tuple(np.asarray(SNOW_CAP) * lit.shade(0, 1, 0.4)), max(cam.scale * 0.07, 0.8))


def pagoda(layer: Layer, cam: Camera, lit: Lighting, d: PagodaDims, material: np.ndarray) -> float:
    """Draw the pagoda into ``layer``; returns its total height in metres."""
    winter = lit.season == "winter"
    h = 0.0
    box(layer, cam, lit, d.plinth_half, h, h + 0.25, material)
    h += 0.25
    pillared_block(layer, cam, lit, material, d.lower_half, h, h + d.lower_h, d.lower_middles, pillar=0.2)
    h += d.lower_h
    # lower base cap: a thin slab with a sloped top and a moulded step for the upper die
    box(layer, cam, lit, d.lower_half + 0.12, h, h + 0.14, material)
    box(layer, cam, lit, d.lower_half + 0.12, h + 0.14, h + 0.26, material, top_half=d.upper_half + 0.25)
    box(layer, cam, lit, d.upper_half + 0.12, h + 0.26, h + 0.34, material)
    if winter:
        _snow(layer, cam, lit, d.lower_half + 0.08, h + 0.27)
    h += 0.34
    pillared_block(layer, cam, lit, material, d.upper_half, h, h + d.upper_h, d.upper_middles, pillar=0.16)
    h += d.upper_h
    box(layer, cam, lit, d.upper_half + 0.14, h, h + 0.16, material)
    box(layer, cam, lit, d.upper_half + 0.14, h + 0.16, h + 0.26, material, top_half=d.body_half[0] + 0.2)
    box(layer, cam, lit, d.body_half[0] + 0.08, h + 0.26, h + 0.32, material)
    h += 0.32
    for i in range(3):
        bh = d.body_half[i]
        pillared_block(layer, cam, lit, material, bh, h, h + d.body_h[i], 0, pillar=0.1 + 0.02 * (2 - i))
        h += d.body_h[i]
        steps = 5
        step_h = d.roof_h * 0.07
        fascia = d.roof_h * 0.16
        top_h = h + d.roof_h
        roof_stone(
            layer,
            cam,
            lit,
            material,
            body_half=bh,
            eave_half=d.eave_half[i],
            h0=h,
            steps=steps,
            step_h=step_h,
            fascia=fascia,
            top_h=top_h - 0.06,
            top_half=bh * 0.78,
            lift=d.roof_h * 0.12,
        )
        nxt = d.body_half[i + 1] if i < 2 else bh * 0.6
        box(layer, cam, lit, nxt + 0.06, top_h - 0.06, top_h, material)  # seat for the next body stone
        if winter:
            _snow(layer, cam, lit, d.eave_half[i] * 0.9, h + steps * step_h + fascia + 0.04)
        h = top_h
    return h + _finial(layer, cam, lit, d, material, h)


def _finial(layer: Layer, cam: Camera, lit: Lighting, d: PagodaDims, material: np.ndarray, h: float) -> float:
    """Finial above the third roof; returns its height."""
    if d.finial == "mast":
        # Gameunsa keeps only the dew basin and the tall iron mast (찰주)
        box(layer, cam, lit, 0.42, h, h + 0.35, material)
        box(layer, cam, lit, 0.46, h + 0.35, h + 0.45, material, top_half=0.3)
        iron = (0.16, 0.13, 0.12)
        pts = cam.project(np.array([0.0, 0.0]), np.array([0.0, 0.0]), np.array([h + 0.45, h + d.finial_h]))
        shade = lit.shade(-0.4, 0.0, 0.9)
        stroke(layer, pts, tuple(np.asarray(iron) * (shade * 1.6 + 0.05)), max(cam.scale * 0.09, 1.0))
        return d.finial_h
    # Seokgatap: dew basin, bowl, upturned flower, rings on a mast, jewels
    box(layer, cam, lit, 0.40, h, h + 0.38, material)
    box(layer, cam, lit, 0.44, h + 0.38, h + 0.46, material, top_half=0.34)
    y = h + 0.46
    octa = regular_plan(12, 1.0)
    for radius_b, radius_t, height in ((0.30, 0.36, 0.30), (0.22, 0.40, 0.22)):  # bowl, upturned flower
        loft(layer, cam, lit, octa * radius_b, y, octa * radius_t, y + height, material, edge=0.2)
        y += height
    ring_top = h + d.finial_h - 0.6
    mast = cam.project(np.array([0.0, 0.0]), np.array([0.0, 0.0]), np.array([y, h + d.finial_h]))
    stroke(
        layer,
        mast,
        tuple(np.asarray((0.35, 0.33, 0.30)) * lit.shade(-0.4, 0, 0.9)),
        max(cam.scale * 0.06, 0.8),
    )
    n_rings = 5
    for k in range(n_rings):
        ry = y + 0.12 + (ring_top - y - 0.2) * k / n_rings
        loft(layer, cam, lit, octa * 0.24, ry, octa * 0.24, ry + 0.09, material, edge=0.2)
    for k, r in enumerate((0.17, 0.14)):  # jewels (보주) as small spheres
        cy = ring_top + 0.2 + k * 0.35
        cx, cyy = cam.project(0.0, 0.0, cy)
        rad = r * cam.scale

        def ball(
            yy: np.ndarray, xx: np.ndarray, cx: float = cx, cyy: float = cyy, rad: float = rad
        ) -> np.ndarray:
            nx = np.clip((xx - cx) / rad, -1, 1)
            ny = np.clip((cyy - yy) / rad, -1, 1)
            nz = np.sqrt(np.clip(1 - nx * nx - ny * ny, 0.0, 1.0))
            return np.asarray((0.62, 0.60, 0.55), np.float32) * lit.shade(nx, ny, nz)

        paint_polygon(layer, ellipse_points(cx, cyy, rad, rad, 32), ball)
    return d.finial_h
