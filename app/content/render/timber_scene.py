"""Scene scaffolding shared by the architectural subjects (Bulguksa, Woljeonggyo, Donggung, Daereungwon,
Yangdong).

Places the perspective camera from ``spec.view``, paints the landscape backdrop
with :mod:`app.content.render.scene`, and puts trees at world positions so
that they shrink with distance like the buildings do.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Layer, blur, mix
from app.content.render.foliage import broadleaf_tree, pine_tree
from app.content.render.scene import Lighting, ground, hills, sky
from app.content.render.spec import RenderSpec
from app.content.render.timber_geom import Camera


def aimed_camera(
    spec: RenderSpec,
    eye: tuple[float, float, float],
    target: tuple[float, float],
    fov_deg: float = 50.0,
    horizon: float = 0.6,
) -> Camera:
    """A camera at ``eye`` turned so the world point ``target`` = (x, z) is centred."""
    yaw = float(np.arctan2(target[0] - eye[0], target[1] - eye[2]))
    return Camera(spec.width, spec.height, eye, fov_deg=fov_deg, yaw=yaw, horizon=horizon)


def snow_amount(spec: RenderSpec) -> float:
    """How much snow lies on roofs and ledges (winter only)."""
    return 0.85 if spec.season == "winter" else 0.0


def lamp_amount(spec: RenderSpec) -> float:
    """Strength of the warm night flood-lighting of the buildings."""
    return 1.0 if spec.light == "night" else 0.0


def backdrop(
    spec: RenderSpec,
    cam: Camera,
    lit: Lighting,
    rng: np.random.Generator,
    kind: str = "grass",
    hill_height: float = 0.14,
) -> np.ndarray:
    """A new canvas with sky, distant hills and the ground below the horizon."""
    canvas = sky(spec.height, spec.width, cam.horizon_y, lit, rng)
    hills(canvas, cam.horizon_y, lit, rng, height_frac=hill_height)
    ground(canvas, cam.horizon_y, lit, rng, kind=kind)
    return canvas


def tree_at(
    canvas: np.ndarray,
    cam: Camera,
    lit: Lighting,
    rng: np.random.Generator,
    x: float,
    y: float,
    z: float,
    height: float,
    kind: str = "broadleaf",
    season: str | None = None,
) -> Layer | None:
    """Draw a tree standing at world (x, y, z) that is ``height`` metres tall; None when behind the camera."""
    if cam.depth(np.array([(x, y, z)]))[0] < 1.0:
        return None
    foot = cam.project([(x, y, z)])[0]
    top = cam.project([(x, y + height, z)])[0]
    px = float(foot[1] - top[1])
    if px < 2.0 or foot[0] < -px or foot[0] > cam.width + px:
        return None
    if kind == "pine":
        return pine_tree(canvas, float(foot[0]), float(foot[1]), px, lit, rng)
    return broadleaf_tree(canvas, float(foot[0]), float(foot[1]), px, lit, rng, season=season)


def changes_as_layer(before: np.ndarray, after: np.ndarray) -> Layer:
    """The pixels drawing changed between two canvases, as a layer (for mirroring what was drawn)."""
    alpha = np.clip(np.abs(after - before).max(axis=2) * 40.0, 0.0, 1.0).astype(np.float32)
    return Layer(after * alpha[..., None], alpha)


def mirror_layer(
    canvas: np.ndarray,
    layer: Layer,
    water_y: float,
    lit: Lighting,
    tint: tuple[float, float, float],
    strength: float = 0.75,
) -> None:
    """Composite the reflection of ``layer`` in still water whose surface is image row ``water_y``.

    The layer is flipped about ``water_y``, softened and darkened towards the
    water colour; only rows below ``water_y`` receive it.
    """
    h = canvas.shape[0]
    y0 = int(np.clip(np.ceil(water_y), 0, h))
    n = min(h - y0, y0)
    if n <= 0:
        return
    src = np.arange(y0 - 1, y0 - 1 - n, -1)
    alpha = blur(layer.alpha[src], h * 0.002) * np.float32(strength)
    rgb = blur(layer.rgb[src], h * 0.002)
    colour = mix(rgb, np.asarray(tint, np.float32) * alpha[..., None], 0.3)
    region = canvas[y0 : y0 + n]
    region *= 1.0 - alpha[..., None]
    region += colour * np.float32(strength)


def bloom(canvas: np.ndarray, threshold: float, radius: float, strength: float = 1.0) -> None:
    """Soft halo around bright lamp-lit areas (night scenes)."""
    lum = canvas.max(axis=2)
    bright = np.clip(lum - threshold, 0.0, None)
    halo = blur(bright, radius)
    canvas += halo[..., None] * np.asarray((1.0, 0.72, 0.38), np.float32) * np.float32(strength)
