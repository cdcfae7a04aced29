"""Gameunsa-ji 감은사지 삼층석탑 — the twin three-storey stone pagodas (682).

Two identical pagodas about 13.4 m tall (iron mast included) stand east and
west on the empty temple site, with foundation stones of the vanished halls in
the grass and the mountains of the East Sea coast behind. They are the largest
of the type: a broad two-tier base with three and two middle pillars per face,
massive body stones, roof stones with five stepped supports and, in place of
the lost finial, only the dew basin and the tall iron mast.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Layer, add_glow, composite, smoothstep
from app.content.render.foliage import pine_tree, tree_line
from app.content.render.materials import granite, lichen, weathering
from app.content.render.scene import (
    Lighting,
    contact_shadow,
    finish,
    floodlight,
    ground,
    ground_shadow,
    hills,
    light_pool,
    lighting_for,
    sky,
)
from app.content.render.spec import RenderSpec
from app.content.render.subjects._monument import Camera, box
from app.content.render.subjects._pagoda import PagodaDims, pagoda

GAMEUNSA = PagodaDims(
    plinth_half=3.35,
    lower_half=3.2,
    lower_h=0.95,
    upper_half=2.35,
    upper_h=1.55,
    lower_middles=3,
    upper_middles=2,
    body_half=(1.35, 1.05, 0.88),
    body_h=(1.60, 0.80, 0.62),
    eave_half=(2.35, 2.0, 1.72),
    roof_h=0.82,
    finial="mast",
    finial_h=3.9,
)
GRANITE = (0.62, 0.60, 0.57)
SPACING = 24.0  # metres between the axes of the east and west pagodas


def _foundation_stones(
    layer: Layer, cam: Camera, lit: Lighting, rng: np.random.Generator, tex: np.ndarray
) -> None:
    """Rows of flat column bases of the lost main hall, lying in the grass between the pagodas."""
    stones = [(x + rng.normal(0.0, 0.2), d) for d in (-6.0, -2.0, 2.0) for x in np.arange(-7.5, 7.6, 3.75)]
    rotated = [cam.rotate(np.float64(x), np.float64(d)) for x, d in stones]
    for xr, dr in sorted(rotated, key=lambda p: float(p[1])):
        box(layer, cam.placed(float(xr), float(dr)), lit, 0.45, -0.05, 0.18, tex, top_half=0.36, edge=0.3)


def render(spec: RenderSpec) -> np.ndarray:
    """Render the twin pagodas of Gameunsa site for the given light, season and view."""
    rng = np.random.default_rng(spec.seed)
    w, h = spec.width, spec.height
    lit = lighting_for(spec.light, spec.season)
    night = lit.is_night
    eye = 4.0
    dist = 62.0 - 8.0 * abs(spec.view)
    scale = h * 0.52 / 13.4 * (62.0 / dist) ** 0.3
    ground_y = h * 0.80
    site = Camera(
        cx=w * 0.5, horizon_y=ground_y - eye * scale, scale=scale, eye=eye, dist=dist, yaw=spec.view * 0.7
    )
    canvas = sky(h, w, site.horizon_y, lit, rng)
    hills(canvas, site.horizon_y, lit, rng, layers=3, height_frac=0.22)
    tree_line(canvas, site.horizon_y + h * 0.003, 0, w, h * 0.04, lit, rng, haze=0.4)
    ground(canvas, site.horizon_y, lit, rng, kind="grass")
    for fx in (0.03, 0.95):
        pine_tree(canvas, w * fx, site.horizon_y + h * 0.03, h * 0.22, lit, rng)
    tex = (
        granite(h, w, rng, GRANITE, scale=scale / 70.0)
        * weathering(h, w, rng, 2.0, cell=scale * 0.4)[..., None]
    )
    tex = lichen(tex, rng, 0.45, cell=scale * 0.15, color=(0.50, 0.52, 0.42))
    stone_lit = floodlight(lit) if night else lit
    base_layer = Layer.empty(h, w)
    _foundation_stones(base_layer, site, lit, rng, tex)
    composite(canvas, base_layer)
    towers = [site.rotate(np.float64(sx * SPACING / 2), np.float64(0.0)) for sx in (-1, 1)]
    for xr, dr in sorted(towers, key=lambda p: float(p[1])):  # farther pagoda first
        cam = site.placed(float(xr), float(dr))
        layer = Layer.empty(h, w)
        total = pagoda(layer, cam, stone_lit, GAMEUNSA, tex)
        if night:
            yy = np.arange(h, dtype=np.float32)[:, None, None]
            layer.rgb *= 0.35 + 0.8 * smoothstep(cam.project(0, 0, total)[1], cam.ground_y, yy)
            light_pool(
                canvas,
                cam.cx,
                cam.ground_y + cam.scale * 0.5,
                cam.scale * 5.5,
                cam.scale * 1.3,
                (0.5, 0.36, 0.18),
                0.7,
            )
        else:
            ground_shadow(canvas, layer.alpha, cam.ground_y + cam.scale * 0.1, lit, length=0.45)
        half = GAMEUNSA.plinth_half * cam.scale
        contact_shadow(
            canvas, cam.cx - half, cam.cx + half, cam.ground_y + cam.scale * 0.1, cam.scale * 0.3, 0.3
        )
        composite(canvas, layer)
        if night:
            add_glow(canvas, layer.alpha, (1.0, 0.72, 0.35), cam.scale * 0.8, 0.18)
    return finish(canvas, lit, rng)
