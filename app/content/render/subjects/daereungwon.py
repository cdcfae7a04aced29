"""Daereungwon 대릉원: the royal tomb park of Silla in the heart of Gyeongju.

Large, smooth, grass-covered tumuli rise out of the lawn: the double mound of
Hwangnamdaechong (about 120 m long and 23 m high) at the back, Cheonmachong
and smaller mounds nearer, pines between them and a paved path leading in.
The grass is green in summer, golden in autumn and snow-covered in winter.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Color, mix, paint_polygon, smoothstep
from app.content.render.foliage import tree_line
from app.content.render.materials import value_noise
from app.content.render.scene import SNOW, Lighting, finish, lighting_for
from app.content.render.spec import RenderSpec
from app.content.render.timber_geom import Camera
from app.content.render.timber_scene import aimed_camera, backdrop, lamp_amount, tree_at
from app.content.render.timber_stone import paving

MOUND_GRASS: dict[str, Color] = {
    "spring": (0.44, 0.60, 0.28),
    "summer": (0.32, 0.52, 0.22),
    "autumn": (0.72, 0.60, 0.30),
    "winter": (0.55, 0.52, 0.40),
}


def _mound(
    canvas: np.ndarray,
    cam: Camera,
    lit: Lighting,
    rng: np.random.Generator,
    x: float,
    z: float,
    radius: float,
    height: float,
    season: str,
    lamp: float,
) -> None:
    """A smooth grass dome of base ``radius`` and ``height`` metres centred on (x, z)."""
    s = np.linspace(-1.0, 1.0, 48)
    profile = height * np.clip(1.0 - s * s, 0.0, 1.0) ** 0.75
    top = cam.project(np.stack([x + radius * s, profile, np.full_like(s, z)], 1))
    a = np.linspace(0.0, np.pi, 32)
    base = cam.project(np.stack([x + radius * np.cos(a), np.zeros_like(a), z - radius * np.sin(a) * 0.9], 1))
    poly = np.vstack([top, base])
    centre = cam.project([(x, 0.0, z)])[0]
    rx = max(float(top[-1, 0] - top[0, 0]) / 2, 1.0)
    peak = float(cam.project([(x, height, z)])[0, 1])
    foot = float(base[:, 1].max())
    grass = np.asarray(MOUND_GRASS[season], np.float32)
    h, w = canvas.shape[:2]
    noise = value_noise(h, w, max(h * 0.03, 1.0), rng)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        nx = np.clip((xx - centre[0]) / rx, -1.0, 1.0)
        rise = np.clip((foot - yy) / max(foot - peak, 1.0), 0.0, 1.0)
        # a dome: the top faces the sky, the flanks turn sideways, the foot faces the viewer
        ny = np.clip(0.25 + 0.75 * rise, 0.0, 1.0) * np.sqrt(np.clip(1.0 - nx * nx, 0.0, 1.0))
        nz = np.sqrt(np.clip(1.0 - nx * nx - ny * ny, 0.02, 1.0))
        light = lit.shade(nx * 0.9, ny, nz)
        tex = noise[yy.astype(np.int64).clip(0, h - 1), xx.astype(np.int64).clip(0, w - 1)]
        colour = grass * (0.92 + 0.14 * tex)[..., None]
        if season == "winter":
            # snow lies thick on top and thins out where the flanks are steep and sunny
            cover = smoothstep(0.05, 0.3, ny + 0.3 * (tex - 0.5))
            colour = mix(colour, np.asarray(SNOW, np.float32), cover * 0.95)
        colour = colour * light
        if lamp > 0:
            # the mounds are lit at night by lamps hidden in the lawn at their foot
            warm = grass * 0.6 + np.asarray((0.30, 0.24, 0.14), np.float32)
            colour = colour + (lamp * np.exp(-rise * 2.5) * (0.25 + 0.5 * nz))[..., None] * warm
        return colour

    paint_polygon(canvas, poly, fill)


def render(spec: RenderSpec) -> np.ndarray:
    """Render the Daereungwon tumuli (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    lit = lighting_for(spec.light, spec.season)
    eye = (-25.0 * spec.view, 1.7, -40.0)
    cam = aimed_camera(spec, eye, (-10.0 * spec.view, 80.0), fov_deg=42.0, horizon=0.66)
    lamp = lamp_amount(spec)
    canvas = backdrop(spec, cam, lit, rng, kind="grass", hill_height=0.10)
    far = cam.project([(0.0, 0.0, 160.0)])[0, 1]
    tree_line(canvas, far, 0, spec.width, spec.height * 0.05, lit, rng, haze=0.45)
    season = spec.season
    # Hwangnamdaechong: two overlapping mounds, the north one slightly higher
    _mound(canvas, cam, lit, rng, 8.0, 115.0, 38.0, 23.0, season, lamp)
    _mound(canvas, cam, lit, rng, -38.0, 112.0, 36.0, 21.5, season, lamp)
    for x, z in ((-70.0, 90.0), (40.0, 85.0), (-10.0, 80.0), (62.0, 70.0)):
        tree_at(canvas, cam, lit, rng, x + rng.normal(0, 3), 0.0, z, 12.0 + rng.normal(0, 2), kind="pine")
    _mound(canvas, cam, lit, rng, 48.0, 55.0, 24.0, 12.7, season, lamp)  # Cheonmachong
    _mound(canvas, cam, lit, rng, -52.0, 40.0, 16.0, 8.0, season, lamp)
    paving(
        canvas,
        cam,
        lit,
        -1.4,
        1.4,
        -30.0,
        70.0,
        seed=spec.seed + 1,
        base=(0.70, 0.64, 0.54),
        snow=0.8 if season == "winter" else 0.0,
    )
    for x, z, kind in (
        (-20.0, 10.0, "pine"),
        (22.0, 2.0, "broadleaf"),
        (-34.0, 4.0, "broadleaf"),
        (34.0, 0.0, "pine"),
    ):
        tree_at(canvas, cam, lit, rng, x, 0.0, z, 10.0 + rng.normal(0, 1.5), kind=kind)
    return finish(canvas, lit, rng)
