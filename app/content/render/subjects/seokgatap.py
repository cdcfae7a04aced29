"""Seokgatap 석가탑 — the austere three-storey stone pagoda of Bulguksa (8th century).

About 10.75 m tall: a two-tier base (its dies carved with corner pillars and
two, then one, middle pillars per face), three body stones with corner
pillars, roof stones with five stepped supports and faintly upturned corners,
and a slender finial of dew basin, bowl, upturned flower, rings and jewels.
It stands in the gravel courtyard in front of Daeungjeon.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Layer, add_glow, composite, smoothstep
from app.content.render.materials import granite, lichen, weathering
from app.content.render.scene import (
    contact_shadow,
    finish,
    floodlight,
    ground_shadow,
    light_pool,
    lighting_for,
)
from app.content.render.spec import RenderSpec
from app.content.render.subjects._courtyard import courtyard
from app.content.render.subjects._monument import Camera
from app.content.render.subjects._pagoda import PagodaDims, pagoda

SEOKGATAP = PagodaDims(
    plinth_half=2.35,
    lower_half=2.2,
    lower_h=0.75,
    upper_half=1.58,
    upper_h=1.40,
    lower_middles=2,
    upper_middles=1,
    body_half=(0.92, 0.78, 0.68),
    body_h=(1.12, 0.50, 0.45),
    eave_half=(1.55, 1.38, 1.22),
    roof_h=0.62,
    finial="jewels",
    finial_h=3.0,
)
GRANITE = (0.70, 0.67, 0.62)


def render(spec: RenderSpec) -> np.ndarray:
    """Render Seokgatap in the Bulguksa courtyard for the given light, season and view."""
    rng = np.random.default_rng(spec.seed)
    w, h = spec.width, spec.height
    lit = lighting_for(spec.light, spec.season)
    scale = h * 0.70 / 10.75 * (1.0 - 0.06 * abs(spec.view))
    ground_y = h * 0.90
    eye = 2.2
    cam = Camera(
        cx=w * (0.52 - 0.08 * spec.view),
        horizon_y=ground_y - eye * scale,
        scale=scale,
        eye=eye,
        dist=45.0,
        yaw=0.2 + spec.view * 0.45,
    )
    canvas = courtyard(w, h, lit, rng, cam.horizon_y, spec.view)
    tex = (
        granite(h, w, rng, GRANITE, scale=scale / 70.0)
        * weathering(h, w, rng, 1.6, cell=scale * 0.4)[..., None]
    )
    tex = lichen(tex, rng, 0.3, cell=scale * 0.15, color=(0.52, 0.54, 0.46))
    stone = Layer.empty(h, w)
    night = lit.is_night
    pagoda(stone, cam, floodlight(lit) if night else lit, SEOKGATAP, tex)
    if night:
        yy = np.arange(h, dtype=np.float32)[:, None, None]
        top = cam.project(0, 0, 10.75)[1]
        stone.rgb *= 0.4 + 0.75 * smoothstep(top, cam.ground_y, yy)
        light_pool(
            canvas, cam.cx, cam.ground_y + scale * 0.6, scale * 4.5, scale * 1.2, (0.5, 0.36, 0.18), 0.8
        )
    else:
        ground_shadow(canvas, stone.alpha, cam.ground_y + scale * 0.1, lit, length=0.45)
    contact_shadow(
        canvas, cam.cx - 2.5 * scale, cam.cx + 2.5 * scale, cam.ground_y + scale * 0.1, scale * 0.3, 0.3
    )
    composite(canvas, stone)
    if night:
        add_glow(canvas, stone.alpha, (1.0, 0.72, 0.35), scale * 0.8, 0.2)
    return finish(canvas, lit, rng)
