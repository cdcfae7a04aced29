"""Backdrop pieces shared by the stone-monument subjects: tomb mounds and lawns."""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import mix, smoothstep
from app.content.render.materials import fbm
from app.content.render.scene import GRASS, SNOW, Lighting


def tumulus(
    canvas: np.ndarray,
    cx: float,
    base_y: float,
    width: float,
    height: float,
    lit: Lighting,
    rng: np.random.Generator,
) -> None:
    """A grassed royal tomb mound (Silla tumulus): a smooth dome, lit like a sphere cap."""
    h, w = canvas.shape[:2]
    x0, x1 = int(max(cx - width / 2 - 2, 0)), int(min(cx + width / 2 + 2, w))
    y0, y1 = int(max(base_y - height - 2, 0)), int(min(base_y + 2, h))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    u = (xx - cx) / (width / 2)
    profile = base_y - height * np.clip(1.0 - u * u, 0.0, 1.0) ** 0.65
    cov = np.clip(yy - profile + 0.5, 0.0, 1.0) * np.clip(base_y - yy + 0.5, 0.0, 1.0)
    # normal of the mound surface at this pixel: mostly from the across position and height
    v = np.clip((base_y - yy) / max(height, 1.0), 0.0, 1.0)
    nx = u * 0.8
    ny = 0.3 + 0.7 * v
    nz = np.sqrt(np.clip(1.0 - nx * nx - ny * ny * 0.5, 0.05, 1.0))
    tex = fbm(y1 - y0, x1 - x0, rng, cell=max(height * 0.15, 2.0), octaves=3)
    col = np.asarray(GRASS[lit.season], np.float32) * (0.85 + 0.3 * tex)[..., None]
    if lit.season == "winter":
        col = mix(col, SNOW, smoothstep(0.25, 0.5, tex + 0.3 * v) * 0.9)
    col = col * lit.shade(nx, ny, nz)
    col = mix(col, lit.haze if not lit.is_night else lit.sky_horizon, 0.22)
    region = canvas[y0:y1, x0:x1]
    region[:] = mix(region, col, cov)
