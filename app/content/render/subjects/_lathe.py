"""Thrown (lathe-like) vessels: a profile curve turned about a vertical axis, seen slightly from above.

A pot is described by its profile: radius against height, both as fractions of
the pot's height, from the mouth (``t = 0``) to the foot (``t = 1``). For every
pixel of the pot's bounding box :func:`turn` finds the point of the surface it
sees (a few fixed-point steps undo the ellipse each horizontal circle becomes
when the camera looks a little down), its angle around the axis, and the
surface normal, so materials can be painted in surface coordinates and lit
per pixel. :func:`glaze_light` adds what makes a glaze look glazed: the
reflection of the gallery's soft-box and a Fresnel sheen at grazing angles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.content.render.metal import Light
from app.content.render.studio import Frame


def smooth_profile(points: Sequence[tuple[float, float]], n: int = 256) -> np.ndarray:
    """Catmull-Rom spline through ``(t, r)`` control points, resampled to ``n`` rows evenly in ``t``."""
    p = np.asarray(points, np.float64)
    ext = np.vstack([2 * p[0] - p[1], p, 2 * p[-1] - p[-2]])
    dense = []
    s = np.linspace(0.0, 1.0, 24, endpoint=False)[:, None]
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        dense.append(0.5 * ((2 * p1) + (-p0 + p2) * s + (2 * p0 - 5 * p1 + 4 * p2 - p3) * s ** 2
                            + (-p0 + 3 * p1 - 3 * p2 + p3) * s ** 3))
    dense.append(p[-1:])
    curve = np.vstack(dense)
    order = np.argsort(curve[:, 0], kind="stable")
    t = np.linspace(0.0, 1.0, n)
    r = np.interp(t, curve[order, 0], np.maximum(curve[order, 1], 0.0))
    return np.stack([t, r], 1)


@dataclass(frozen=True)
class Pot:
    """One vessel in design units: axis ``cx``, mouth at ``top``, foot at ``base`` (y down)."""

    cx: float
    top: float
    base: float
    profile: np.ndarray  # (n, 2): t from mouth to foot, radius / height
    tilt: float = 0.12  # how far the camera looks down: ellipse ratio of a horizontal circle
    lean: float = 0.0  # sideways sag of the upper half (hand-built moon jars are never quite true)

    @property
    def height(self) -> float:
        """Height in design units."""
        return self.base - self.top

    def radius(self, y: np.ndarray) -> np.ndarray:
        """Radius (design units) at design height ``y``; zero above the mouth and below the foot."""
        t = (y - self.top) / self.height
        r = np.interp(t, self.profile[:, 0], self.profile[:, 1], left=0.0, right=0.0) * self.height
        return r.astype(np.float32)

    def axis(self, y: np.ndarray) -> np.ndarray:
        """Axis x at height ``y`` (bent by ``lean`` in the upper half)."""
        t = np.clip((y - self.top) / self.height, 0.0, 1.0)
        return (self.cx + self.lean * self.height * np.sin(np.pi * np.clip(1.0 - t * 1.6, 0.0, 1.0))).astype(
            np.float32)

    def box(self, fr: Frame) -> tuple[int, int, int, int]:
        """Pixel bounding box (x0, y0, x1, y1) of the pot, clipped to the image."""
        rmax = float(self.profile[:, 1].max() * self.height) * (1.0 + abs(self.lean) * 4) + 4
        x0, x1 = fr.x(self.cx - rmax), fr.x(self.cx + rmax)
        y0, y1 = fr.y(self.top - self.tilt * rmax - 4), fr.y(self.base + self.tilt * rmax + 4)
        return (max(int(x0), 0), max(int(y0), 0), min(int(np.ceil(x1)) + 1, fr.width),
                min(int(np.ceil(y1)) + 1, fr.height))


@dataclass
class Turned:
    """Per-pixel geometry of a pot inside its pixel box."""

    box: tuple[int, int, int, int]
    cover: np.ndarray  # anti-aliased coverage 0..1
    phi: np.ndarray  # angle around the axis, 0 facing the camera, + to the right
    t: np.ndarray  # 0 at the mouth … 1 at the foot
    radius: np.ndarray  # surface radius (design units)
    normal: np.ndarray  # h×w×3 camera-space unit normals (x right, y down, z to the viewer)


def turn(pot: Pot, fr: Frame) -> Turned | None:
    """Ray-cast ``pot`` into its bounding box; ``None`` when it lies outside the image."""
    x0, y0, x1, y1 = pot.box(fr)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    ys = (np.arange(y0, y1, dtype=np.float32) - np.float32(fr.oy)) / np.float32(fr.s)
    xs = (np.arange(x0, x1, dtype=np.float32) - np.float32(fr.ox)) / np.float32(fr.s)
    Y, X = np.meshgrid(ys, xs, indexing="ij")
    ysurf = Y.copy()
    for _ in range(4):  # undo the ellipse: a circle at height y shows at Y = y + tilt·r·cos(φ)
        r = pot.radius(ysurf)
        u = np.clip((X - pot.axis(ysurf)) / np.maximum(r, 1e-3), -1.0, 1.0)
        ysurf = Y - pot.tilt * r * np.sqrt(1.0 - u * u)
    r = pot.radius(ysurf)
    dx = X - pot.axis(ysurf)
    px = np.float32(fr.s)
    inside_x = np.clip((r - np.abs(dx)) * px + 0.5, 0.0, 1.0)
    inside_y = np.clip((ysurf - pot.top) * px + 0.5, 0.0, 1.0) * np.clip((pot.base - ysurf) * px + 0.5, 0.0, 1.0)
    cover = (inside_x * inside_y * (r > 0)).astype(np.float32)
    u = np.clip(dx / np.maximum(r, 1e-3), -0.999, 0.999)
    phi = np.arcsin(u)
    c = np.sqrt(1.0 - u * u)
    # slope of the profile: the normal of x² + z² = r(y)² is (sin φ, −dr/dy, cos φ)
    dr = np.clip(pot.radius(ysurf + 0.5) - pot.radius(ysurf - 0.5), -3.0, 3.0)
    n = np.stack([u, -dr, c], axis=-1).astype(np.float32)
    # the camera looks down by asin(tilt): turn the normals towards it
    sa = np.float32(pot.tilt)
    ca = np.float32(np.sqrt(1.0 - pot.tilt ** 2))
    ny = n[..., 1] * ca + n[..., 2] * sa
    nz = n[..., 2] * ca - n[..., 1] * sa
    n[..., 1], n[..., 2] = ny, nz
    n /= np.linalg.norm(n, axis=-1, keepdims=True)
    t = np.clip((ysurf - pot.top) / pot.height, 0.0, 1.0).astype(np.float32)
    return Turned((x0, y0, x1, y1), cover, phi.astype(np.float32), t, r, n)


def perturb(normal: np.ndarray, phi: np.ndarray, slope: np.ndarray) -> np.ndarray:
    """Tilt normals sideways around the axis by ``slope`` (d radius / d arc), for lobes and flutes."""
    tangent = np.stack([np.cos(phi), np.zeros_like(phi), -np.sin(phi)], axis=-1)
    n = normal - tangent * slope[..., None]
    return (n / np.linalg.norm(n, axis=-1, keepdims=True)).astype(np.float32)


def glaze_light(normal: np.ndarray, key: Light, room: np.ndarray, gloss: np.ndarray | float, box_w: float = 0.16,
                box_h: float = 0.42) -> np.ndarray:
    """Reflections on a glaze: the key soft-box as a crisp window, the room as a Fresnel sheen.

    Glossy glazes read as glass because they mirror the light source as a sharp,
    window-shaped highlight and brighten towards the silhouette; ``gloss`` 0..1
    scales both (0 for matte unglazed stoneware); it may vary per pixel.
    """
    v = np.array([0.0, 0.0, 1.0], np.float32)
    ndv = np.clip(normal[..., 2], 0.0, 1.0)
    refl = 2.0 * ndv[..., None] * normal - v
    d = key.unit()
    # angular offset between the reflected ray and the soft-box centre, in the box's own frame
    ox, oy = refl[..., 0] - d[0], refl[..., 1] - d[1]
    box = (np.clip((box_w - np.abs(ox)) / (box_w * 0.35), 0.0, 1.0)
           * np.clip((box_h - np.abs(oy)) / (box_h * 0.35), 0.0, 1.0) * (refl[..., 2] > 0))
    fresnel = 0.04 + 0.96 * (1.0 - ndv) ** 5
    col = np.asarray(key.color, np.float32) * np.float32(key.intensity)
    g = np.asarray(gloss, np.float32)
    out = (box * g * np.float32(1.4))[..., None] * col
    out += (fresnel * g)[..., None] * np.asarray(room, np.float32)
    return out.astype(np.float32)
