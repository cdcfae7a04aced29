"""2.5D shading of relief surfaces: bronze, gold, and (with other constants) clay and stone.

The treasure renderers model each object as a *height field* seen from the
front: a float32 ``H×W`` array whose gradient gives a surface normal per pixel.
Shading that normal with a few directional lights plus a cheap environment term
is what turns flat drawing into something that reads as cast metal or carved
stone. Everything here is vectorised numpy/OpenCV and works on any image size.

Conventions: normals are ``H×W×3`` float32 unit vectors in camera space with x to
the right, y *down* (image rows) and z towards the viewer; light directions point
from the surface towards the light.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from app.content.render.canvas import blur
from app.content.render.materials import fbm

Color = tuple[float, float, float]

# Albedos in linear-ish [0, 1] RGB. Bronze is a dark brown-olive with green
# corrosion; gold is saturated yellow whose colour comes mostly from tinted specular.
BRONZE: Color = (0.30, 0.23, 0.15)
OLIVE_PATINA: Color = (0.21, 0.23, 0.17)
VERDIGRIS: Color = (0.30, 0.46, 0.38)
DARK_PATINA: Color = (0.10, 0.10, 0.08)
GOLD: Color = (1.0, 0.76, 0.33)


@dataclass(frozen=True)
class Light:
    """A directional light: ``direction`` towards the light (x right, y down, z viewer)."""

    direction: tuple[float, float, float]
    color: Color
    intensity: float = 1.0

    def unit(self) -> np.ndarray:
        """The normalised direction as a float32 3-vector."""
        d = np.asarray(self.direction, np.float32)
        return d / np.float32(np.linalg.norm(d))


def inflate(mask: np.ndarray, radius: float) -> np.ndarray:
    """Height field of a cushion-like bulge filling ``mask`` (float or uint8, >0.5 inside).

    The height is ``radius * sqrt(1 - (1 - d/radius)^2)`` where ``d`` is the distance to
    the mask border, i.e. a rounded edge of ``radius`` pixels and a flat top beyond it:
    how cast or moulded relief looks in section.
    """
    m = (np.asarray(mask) > (127 if mask.dtype == np.uint8 else 0.5)).astype(np.uint8)
    if radius <= 0.0 or not m.any():
        return np.zeros(m.shape, np.float32)
    dist = cv2.distanceTransform(m, cv2.DIST_L2, 3)
    t = np.clip(dist / np.float32(radius), 0.0, 1.0)
    return (np.float32(radius) * np.sqrt(1.0 - (1.0 - t) ** 2)).astype(np.float32)


def normals_from_height(height: np.ndarray, strength: float = 1.0) -> np.ndarray:
    """Unit normals (``H×W×3``) of a height field given in pixels (bigger = nearer the viewer)."""
    h = np.asarray(height, np.float32) * np.float32(strength)
    gx = cv2.Sobel(h, cv2.CV_32F, 1, 0, ksize=3, borderType=cv2.BORDER_REPLICATE) * np.float32(0.125)
    gy = cv2.Sobel(h, cv2.CV_32F, 0, 1, ksize=3, borderType=cv2.BORDER_REPLICATE) * np.float32(0.125)
    n = np.empty(h.shape + (3,), np.float32)
    n[..., 0] = -gx
    n[..., 1] = -gy
    n[..., 2] = 1.0
    n /= np.sqrt((n * n).sum(axis=2, keepdims=True))
    return n


def cavity(height: np.ndarray, sigma: float) -> np.ndarray:
    """How far each pixel lies below its neighbourhood (>= 0): crevices collect patina and dirt."""
    return np.maximum(blur(height, sigma) - height, 0.0).astype(np.float32)


def shade(normals: np.ndarray, albedo: np.ndarray | Color, lights: Sequence[Light],
          ambient: Color = (0.15, 0.15, 0.15), specular: float = 0.2, shininess: float = 30.0,
          spec_tint: np.ndarray | Color = (1.0, 1.0, 1.0), occlusion: np.ndarray | None = None) -> np.ndarray:
    """Blinn-Phong shading of a normal map: ``albedo * (ambient + diffuse) + specular``.

    ``spec_tint`` colours the highlight: white for stone and clay, the metal's own
    colour for bronze and gold (metals tint their reflections, dielectrics do not).
    ``occlusion`` (``H×W`` in 0..1, 1 = open) darkens ambient and direct light in crevices.
    """
    alb = np.asarray(albedo, np.float32)
    light_sum = np.empty(normals.shape, np.float32)
    light_sum[:] = np.asarray(ambient, np.float32)
    spec_sum = np.zeros(normals.shape, np.float32)
    view = np.array([0.0, 0.0, 1.0], np.float32)
    for light in lights:
        d = light.unit()
        col = np.asarray(light.color, np.float32) * np.float32(light.intensity)
        ndl = np.clip(normals @ d, 0.0, None)
        light_sum += ndl[..., None] * col
        if specular > 0.0:
            half = d + view
            half /= np.linalg.norm(half)
            ndh = np.clip(normals @ half, 0.0, None)
            spec_sum += (ndh ** np.float32(shininess) * (ndl > 0))[..., None] * col
    if occlusion is not None:
        occ = occlusion[..., None].astype(np.float32)
        light_sum *= occ
        spec_sum *= occ
    return alb * light_sum + spec_sum * np.float32(specular) * np.asarray(spec_tint, np.float32)


def bronze_albedo(rng: np.random.Generator, height_field: np.ndarray, patina: float = 0.6,
                  scale: float = 60.0) -> np.ndarray:
    """Per-pixel albedo of old bronze: olive-brown patina, dark stains, verdigris in hollows.

    Centuries outdoors turn bronze an even olive-brown; bright green corrosion gathers
    where water lingers (crevices, found with :func:`cavity`) and in small spots
    (fractal noise), so both drive the green; ``patina`` in 0..1 sets how much.
    """
    h, w = height_field.shape
    blotch = fbm(h, w, rng, cell=scale, octaves=5)
    spots = fbm(h, w, rng, cell=max(scale / 4.0, 2.0), octaves=3)
    fine = fbm(h, w, rng, cell=max(scale / 12.0, 2.0), octaves=2)
    crev = cavity(height_field, max(scale / 15.0, 1.5))
    crev = np.clip(crev / (np.float32(crev.max()) + 1e-6) * 4.0, 0.0, 1.0)
    olive = np.clip(0.35 + 0.6 * patina * blotch, 0.0, 1.0)
    green = np.clip((spots - (0.88 - 0.25 * patina)) * 4.0, 0.0, 1.0) * 0.7 + crev * patina * 0.8
    dark = np.clip((0.45 - blotch) * 2.5, 0.0, 1.0) * 0.5
    base = np.empty((h, w, 3), np.float32)
    base[:] = BRONZE
    base += (np.asarray(OLIVE_PATINA, np.float32) - base) * olive[..., None]
    base += (np.asarray(DARK_PATINA, np.float32) - base) * dark[..., None]
    base += (np.asarray(VERDIGRIS, np.float32) - base) * np.clip(green, 0.0, 1.0)[..., None]
    base *= (0.85 + 0.3 * fine)[..., None]
    return base


def gold_shade(normals: np.ndarray, key: Light, fill_level: float = 0.25,
               env_top: Color = (1.0, 0.95, 0.85), env_bottom: Color = (0.05, 0.04, 0.03)) -> np.ndarray:
    """Polished gold: a tinted reflection of a simple studio environment plus a hot key highlight.

    Gold has almost no diffuse colour; what the eye reads as gold is the environment
    reflected in a yellow tint. The environment is a vertical gradient (bright ceiling
    softbox, dark floor) sampled along the reflected view ray, which makes tilted
    plates and spangles flash or go dark the way real gold leaf does.
    """
    gold = np.asarray(GOLD, np.float32)
    # Reflected view vector r = 2 (n·v) n - v with v = (0, 0, 1); only its y matters here.
    ry = 2.0 * normals[..., 2] * normals[..., 1]
    up = np.clip(0.5 - 0.5 * ry, 0.0, 1.0) ** 2  # y is down, so negative ry looks at the ceiling
    env = np.asarray(env_bottom, np.float32) + (np.asarray(env_top, np.float32)
                                                 - np.asarray(env_bottom, np.float32)) * up[..., None]
    d = key.unit()
    col = np.asarray(key.color, np.float32) * np.float32(key.intensity)
    ndl = np.clip(normals @ d, 0.0, None)
    half = d + np.array([0.0, 0.0, 1.0], np.float32)
    half /= np.linalg.norm(half)
    ndh = np.clip(normals @ half, 0.0, None)
    diffuse = (0.25 * ndl)[..., None] * col
    broad = (ndh ** 12)[..., None] * col * 0.8
    hot = (ndh ** 120)[..., None] * col * 2.5
    out = gold * (env * np.float32(fill_level) + diffuse + broad)
    out += hot * (0.6 + 0.4 * gold)  # the hottest core washes towards white
    return out


def add_glints(canvas: np.ndarray, points: np.ndarray, sizes: np.ndarray, color: Color,
               strength: float = 1.0) -> None:
    """Add four-pointed star sparkles (additive) at ``points`` (N×2, x/y pixels).

    Each glint is a bright core plus thin horizontal and vertical streaks, like the
    diffraction stars a camera lens makes of tiny hot reflections on gold.
    """
    h, w = canvas.shape[:2]
    if len(points) == 0:
        return
    layer = np.zeros((h, w), np.float32)
    for (x, y), s in zip(np.asarray(points, np.float64), np.asarray(sizes, np.float64), strict=True):
        if not (0 <= x < w and 0 <= y < h) or s < 0.5:
            continue
        ix, iy = int(x), int(y)
        arm = max(int(s * 4), 1)
        xs0, xs1 = max(ix - arm, 0), min(ix + arm + 1, w)
        ys0, ys1 = max(iy - arm, 0), min(iy + arm + 1, h)
        fall_x = 1.0 - np.abs(np.arange(xs0, xs1) - x) / (arm + 1)
        fall_y = 1.0 - np.abs(np.arange(ys0, ys1) - y) / (arm + 1)
        layer[iy, xs0:xs1] += (fall_x ** 3).astype(np.float32)
        layer[ys0:ys1, ix] += (fall_y ** 3).astype(np.float32)
        cv2.circle(layer, (ix, iy), max(int(s * 0.6), 1), 1.5, -1, lineType=cv2.LINE_AA)
    layer = blur(layer, max(float(np.median(sizes)) * 0.25, 0.5))
    canvas += np.clip(layer, 0.0, 2.0)[..., None] * (np.asarray(color, np.float32) * np.float32(strength))


def tube(height_map: np.ndarray, path: np.ndarray, radii: np.ndarray | float, base: float = 0.0) -> None:
    """Raise a rounded tube along ``path`` (N×2 pixel points) into ``height_map``, in place.

    Each sample stamps a hemisphere of its radius (``max`` with what is there), so
    branches, dragons' bodies and wires get a round cross-section. Sample the path
    densely (spacing below half the radius) for a smooth tube.
    """
    pts = np.asarray(path, np.float64).reshape(-1, 2)
    rad = np.broadcast_to(np.asarray(radii, np.float64), (len(pts),))
    hh, ww = height_map.shape
    for (x, y), r in zip(pts, rad, strict=True):
        if r <= 0.05:
            continue
        x0, x1 = max(int(x - r) - 1, 0), min(int(x + r) + 2, ww)
        y0, y1 = max(int(y - r) - 1, 0), min(int(y + r) + 2, hh)
        if x1 <= x0 or y1 <= y0:
            continue
        yy, xx = np.ogrid[y0:y1, x0:x1]
        d2 = (xx - x) ** 2 + (yy - y) ** 2
        dome = np.sqrt(np.clip(r * r - d2, 0.0, None)).astype(np.float32)
        dome = np.where(d2 < r * r, dome + np.float32(base), 0.0)
        np.maximum(height_map[y0:y1, x0:x1], dome, out=height_map[y0:y1, x0:x1])


def bezier(points: np.ndarray | list, n: int) -> np.ndarray:
    """``n`` points along the Bézier curve with control ``points`` (K×2), for smooth paths."""
    t = np.linspace(0.0, 1.0, n)[None, :, None]
    p = np.repeat(np.asarray(points, np.float64)[:, None, :], n, axis=1)  # K×n×2
    while len(p) > 1:  # de Casteljau: repeated linear interpolation of neighbours
        p = p[:-1] * (1.0 - t) + p[1:] * t
    return p[0]
