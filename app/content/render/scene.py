"""Landscape toolkit: light, sky, hills, ground, water, shadows and the final grade.

Typical subject renderer::

    rng = np.random.default_rng(spec.seed)
    lit = lighting_for(spec.light, spec.season)
    canvas = sky(spec.height, spec.width, horizon, lit, rng)
    hills(canvas, horizon, lit, rng)
    ground(canvas, horizon, lit, rng, kind="grass")
    ...                                  # monument into a Layer, shaded with lit.shade()
    ground_shadow(canvas, layer.alpha, base_y, lit)
    composite(canvas, layer)
    return finish(canvas, lit, rng)

Drawing primitives (polygons, layers, glows) are in
:mod:`app.content.render.canvas`, textures in :mod:`app.content.render.materials`
and trees in :mod:`app.content.render.foliage`. Coordinates are image pixels
with y pointing down; light directions use x right, y up, z towards the viewer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np

from app.content.render.canvas import Color, blur, mix, new_canvas, smoothstep
from app.content.render.materials import fbm, value_noise
from app.content.render.spec import Light, Season


@dataclass(frozen=True)
class Lighting:
    """Colours and light directions of one light/season combination."""

    light: Light
    season: Season
    sky_top: Color
    sky_horizon: Color
    haze: Color  # colour distant things fade into
    sun: Color  # key light colour × intensity
    ambient: Color  # fill light from the sky
    sun_dir: tuple[float, float, float]  # unit vector towards the key light
    sun_xy: tuple[float, float]  # sun/moon position as image fractions
    shadow: float  # opacity of cast shadows on the ground
    cloud: float  # cloud cover 0..1

    @property
    def is_night(self) -> bool:
        """True for the night variant (moon, stars, flood-lighting)."""
        return self.light == "night"

    def shade(self, nx: np.ndarray | float, ny: np.ndarray | float, nz: np.ndarray | float) -> np.ndarray:
        """Light arriving at surfaces with normal (nx, ny, nz): ambient + Lambert key light.

        Returns an RGB multiplier (shape of the broadcast normals + (3,)).
        """
        lx, ly, lz = self.sun_dir
        ndl = np.maximum(
            np.asarray(nx, np.float32) * lx
            + np.asarray(ny, np.float32) * ly
            + np.asarray(nz, np.float32) * lz,
            0.0,
        )
        # sky fill is stronger on upward faces; light bounced off the ground keeps undersides readable
        sky = 0.8 + 0.2 * np.asarray(ny, np.float32)
        return (
            np.asarray(self.ambient, np.float32) * np.asarray(sky)[..., None]
            + np.asarray(self.sun, np.float32) * ndl[..., None]
        ).astype(np.float32)


def _norm(v: tuple[float, float, float]) -> tuple[float, float, float]:
    n = float(np.sqrt(sum(c * c for c in v)))
    return (v[0] / n, v[1] / n, v[2] / n)


def lighting_for(light: Light, season: Season) -> Lighting:
    """The palette and key light for ``light`` in ``season``."""
    if light == "day":
        lit = Lighting(
            light,
            season,
            sky_top=(0.26, 0.48, 0.80),
            sky_horizon=(0.74, 0.84, 0.94),
            haze=(0.72, 0.80, 0.88),
            sun=(1.00, 0.95, 0.86),
            ambient=(0.42, 0.47, 0.55),
            sun_dir=_norm((-0.55, 0.62, 0.56)),
            sun_xy=(0.12, 0.10),
            shadow=0.45,
            cloud=0.35,
        )
    elif light == "dusk":
        lit = Lighting(
            light,
            season,
            sky_top=(0.20, 0.22, 0.45),
            sky_horizon=(1.00, 0.62, 0.36),
            haze=(0.86, 0.58, 0.46),
            sun=(1.05, 0.62, 0.34),
            ambient=(0.36, 0.32, 0.45),
            sun_dir=_norm((0.80, 0.16, 0.25)),
            sun_xy=(0.84, 0.50),
            shadow=0.40,
            cloud=0.45,
        )
    else:
        lit = Lighting(
            light,
            season,
            sky_top=(0.015, 0.025, 0.07),
            sky_horizon=(0.07, 0.10, 0.20),
            haze=(0.08, 0.10, 0.18),
            sun=(0.16, 0.20, 0.30),
            ambient=(0.07, 0.08, 0.13),
            sun_dir=_norm((0.45, 0.55, 0.65)),
            sun_xy=(0.80, 0.14),
            shadow=0.20,
            cloud=0.20,
        )
    if season == "winter":
        # paler, flatter winter light with more cloud
        lit = replace(
            lit,
            sky_top=tuple(mix(lit.sky_top, (0.62, 0.68, 0.76), 0.3 if light != "night" else 0.05)),
            haze=tuple(mix(lit.haze, (0.85, 0.87, 0.90), 0.3 if light != "night" else 0.0)),
            cloud=min(lit.cloud + 0.2, 1.0),
        )
    elif season == "autumn" and light == "day":
        lit = replace(lit, haze=tuple(mix(lit.haze, (0.86, 0.80, 0.70), 0.35)), sun=(1.02, 0.92, 0.78))
    return lit


def floodlight(lit: Lighting, color: Color = (1.25, 0.86, 0.42)) -> Lighting:
    """Lighting for a flood-lit monument at night: warm lamps low in front.

    Use its :meth:`Lighting.shade` for the monument only; the landscape keeps ``lit``.
    """
    return replace(
        lit, sun=color, sun_dir=_norm((0.25, -0.25, 0.93)), ambient=tuple(np.asarray(lit.ambient) * 1.2)
    )


GRASS = {
    "spring": (0.44, 0.56, 0.28),
    "summer": (0.33, 0.46, 0.22),
    "autumn": (0.58, 0.52, 0.30),
    "winter": (0.55, 0.50, 0.38),
}
HILL = {
    "spring": (0.36, 0.50, 0.32),
    "summer": (0.20, 0.36, 0.20),
    "autumn": (0.52, 0.36, 0.20),
    "winter": (0.40, 0.40, 0.42),
}
SNOW: Color = (0.92, 0.94, 0.98)
GRAVEL: Color = (0.78, 0.74, 0.66)


def sky(height: int, width: int, horizon_y: float, lit: Lighting, rng: np.random.Generator) -> np.ndarray:
    """A new canvas with the sky: gradient, sun or moon and stars, clouds."""
    yy = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    t = np.clip(yy * height / max(horizon_y, 1.0), 0.0, 1.0) ** 1.6
    canvas = new_canvas(height, width)
    canvas[:] = mix(lit.sky_top, lit.sky_horizon, t[..., None])
    sx, sy = lit.sun_xy[0] * width, lit.sun_xy[1] * height
    xx = np.arange(width, dtype=np.float32)[None, :]
    dist = np.sqrt((xx - sx) ** 2 + (yy * height - sy) ** 2) / max(height, width)
    if lit.is_night:
        _stars(canvas, horizon_y, rng)
        canvas += (np.exp(-dist * 9.0)[..., None] * np.float32(0.10)) * np.asarray(
            (0.6, 0.7, 1.0), np.float32
        )
        _moon(canvas, sx, sy, 0.025 * height, rng)
    else:
        glow = np.exp(-dist * (5.0 if lit.light == "dusk" else 7.0))[..., None]
        canvas += glow * np.asarray(lit.sun, np.float32) * np.float32(0.35)
    _clouds(canvas, horizon_y, lit, rng)
    if not lit.is_night:
        disc = smoothstep(0.019, 0.015, dist * max(height, width) / height)[..., None]
        colour = (1.6, 1.5, 1.3) if lit.light == "day" else (1.5, 1.0, 0.6)
        canvas += disc * np.asarray(colour, np.float32)
    return canvas


def _stars(canvas: np.ndarray, horizon_y: float, rng: np.random.Generator) -> None:
    h, w = canvas.shape[:2]
    n = int(w * h * 0.0004)
    xs = rng.integers(0, w, n)
    ys = (rng.random(n) ** 1.5 * max(horizon_y, 1.0)).astype(np.int64).clip(0, h - 1)
    mag = rng.random(n).astype(np.float32) ** 3
    star = np.zeros((h, w), np.float32)
    star[ys, xs] = 0.3 + 0.9 * mag
    star = np.maximum(star, blur(star, max(h / 1200.0, 0.5)) * 3.0)
    canvas += star[..., None] * np.asarray((0.9, 0.92, 1.0), np.float32)


def _moon(canvas: np.ndarray, cx: float, cy: float, r: float, rng: np.random.Generator) -> None:
    h, w = canvas.shape[:2]
    x0, x1 = int(max(cx - 2 * r, 0)), int(min(cx + 2 * r + 1, w))
    y0, y1 = int(max(cy - 2 * r, 0)), int(min(cy + 2 * r + 1, h))
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(r, 0.5)
    disc = smoothstep(1.0, 0.9, d)
    maria = value_noise(y1 - y0, x1 - x0, max(r / 2.5, 1.0), rng)
    tone = 0.88 - 0.18 * np.clip(maria - 0.45, 0.0, 1.0) * 2.0
    canvas[y0:y1, x0:x1] = mix(
        canvas[y0:y1, x0:x1], (0.95 * tone[..., None]) * np.asarray((1.0, 0.98, 0.90)), disc
    )


def _clouds(canvas: np.ndarray, horizon_y: float, lit: Lighting, rng: np.random.Generator) -> None:
    h, w = canvas.shape[:2]
    top = int(min(max(horizon_y, 1), h))
    n = fbm(top, w, rng, cell=h * 0.22, octaves=5, aspect=3.0)
    cover = np.float32(lit.cloud)
    density = smoothstep(1.0 - cover * 0.75, 1.15 - cover * 0.6, n)
    # clouds thin out towards the zenith and the horizon haze
    yy = np.linspace(0.0, 1.0, top, dtype=np.float32)[:, None]
    density *= smoothstep(0.0, 0.25, yy) * (1.0 - 0.4 * smoothstep(0.7, 1.0, yy))
    shade = np.clip(n - 0.55, 0.0, 1.0) * 1.5  # thicker centres are darker underneath
    if lit.light == "day":
        lite, dark = (1.0, 1.0, 1.0), (0.70, 0.74, 0.82)
    elif lit.light == "dusk":
        lite, dark = (1.0, 0.70, 0.55), (0.45, 0.33, 0.45)
    else:
        lite, dark = (0.16, 0.18, 0.26), (0.05, 0.06, 0.10)
    colour = mix(lite, dark, shade)
    canvas[:top] = mix(canvas[:top], colour, density * 0.9)


def ridge_line(width: int, rng: np.random.Generator, roughness: float = 0.5) -> np.ndarray:
    """A 1-D mountain profile in [0, 1] (1 = highest) of length ``width``."""
    xs = np.arange(width, dtype=np.float32)
    profile = np.zeros(width, np.float32)
    amp, knots = 1.0, 3
    for _ in range(6):
        pts = rng.random(knots + 1).astype(np.float32)
        profile += amp * np.interp(xs, np.linspace(0, width - 1, knots + 1), pts).astype(np.float32)
        amp *= roughness
        knots *= 2
    profile = cv2.GaussianBlur(profile[None, :], (0, 0), sigmaX=max(width / 400.0, 0.5))[0]
    lo, hi = float(profile.min()), float(profile.max())
    return (profile - lo) / max(hi - lo, 1e-6)


def hills(
    canvas: np.ndarray,
    horizon_y: float,
    lit: Lighting,
    rng: np.random.Generator,
    layers: int = 3,
    height_frac: float = 0.16,
) -> None:
    """Layered low mountains above the horizon, fading into the haze with distance.

    ``height_frac`` is the tallest ridge height as a fraction of the image height.
    """
    h, w = canvas.shape[:2]
    hill_col = np.asarray(HILL[lit.season], np.float32)
    lightness = np.asarray(lit.ambient, np.float32) + np.asarray(lit.sun, np.float32) * 0.55
    yy = np.arange(h, dtype=np.float32)[:, None]
    for i in range(layers):
        far = 1.0 - i / max(layers, 1)  # 1 = farthest layer
        amp = height_frac * h * (0.55 + 0.45 * far)
        top = horizon_y - amp * (0.35 + 0.65 * ridge_line(w, rng, 0.45 + 0.1 * far))[None, :]
        y0 = int(max(top.min() - 2, 0))
        y1 = int(min(horizon_y + 2, h))
        if y1 <= y0:
            continue
        cov = np.clip(yy[y0:y1] - top + 0.5, 0.0, 1.0)
        body = hill_col * lightness
        tex = fbm(y1 - y0, w, rng, cell=h * 0.012 * (1.5 - far), octaves=3)
        tone = (0.85 + 0.3 * tex)[..., None]
        col = body * tone
        if lit.season == "winter":
            snow = smoothstep(0.45, 0.7, tex + 0.4 * smoothstep(horizon_y, top, yy[y0:y1]))
            col = mix(col, np.asarray(SNOW, np.float32) * lightness, snow * 0.8)
        # aerial perspective: far layers and the misty foot of each ridge go to haze
        foot = smoothstep(top + amp * 0.3, horizon_y, yy[y0:y1])
        fade = np.clip(0.35 + 0.5 * far + 0.25 * foot, 0.0, 0.95)
        col = mix(col, lit.haze if not lit.is_night else lit.sky_horizon, fade)
        region = canvas[y0:y1]
        region[:] = mix(region, col, cov)


def ground(
    canvas: np.ndarray,
    top_y: float,
    lit: Lighting,
    rng: np.random.Generator,
    kind: str = "grass",
) -> None:
    """Paint the ground from ``top_y`` to the bottom edge.

    ``kind`` is ``"grass"`` (seasonal colour), ``"gravel"`` (pale temple
    courtyard) or ``"dirt"``. Winter covers any kind with snow. The texture gets
    finer towards the horizon and fades into the haze there.
    """
    h, w = canvas.shape[:2]
    y0 = int(max(top_y, 0))
    if y0 >= h:
        return
    gh = h - y0
    depth = np.linspace(0.0, 1.0, gh, dtype=np.float32)[:, None]  # 0 far → 1 near
    # perspective: squash the noise more towards the horizon
    n_far = fbm(gh, w, rng, cell=h * 0.02, octaves=3, aspect=6.0)
    n_near = fbm(gh, w, rng, cell=h * 0.05, octaves=5, aspect=2.0)
    tex = mix(n_far, n_near, depth)
    grain = value_noise(gh, w, max(h / 800.0, 1.0), rng)
    if kind == "gravel":
        base = np.asarray(GRAVEL, np.float32)
        tone = 0.9 + 0.14 * tex + 0.16 * (grain - 0.5) * depth
    elif kind == "dirt":
        base = np.asarray((0.52, 0.44, 0.34), np.float32)
        tone = 0.85 + 0.25 * tex + 0.1 * (grain - 0.5)
    else:
        base = np.asarray(GRASS[lit.season], np.float32)
        blades = cv2.resize(value_noise(max(gh // 4, 1), w, max(h / 700.0, 1.0), rng), (w, gh))
        clumps = value_noise(gh, w, max(h * 0.006, 1.0), rng)
        tone = 0.78 + 0.30 * tex + (0.20 * (blades - 0.5) + 0.16 * (clumps - 0.5)) * depth
    col = base * tone[..., None]
    if kind == "grass":
        # sun-dried patches make the lawn less uniformly green
        dry = smoothstep(0.6, 0.9, n_near) * 0.25
        col = mix(col, np.asarray((0.62, 0.58, 0.38), np.float32) * tone[..., None], dry)
    if lit.season == "spring" and kind == "grass":
        flowers = np.clip((grain - 0.985) * 60.0, 0.0, 1.0) * smoothstep(0.2, 0.6, tex) * depth
        col = mix(col, (0.98, 0.90, 0.55), flowers)
    if lit.season == "winter":
        cover = smoothstep(0.25, 0.45, tex + 0.2 * (grain - 0.5))
        snow = np.asarray(SNOW, np.float32) * (0.93 + 0.07 * tex[..., None])
        col = mix(col, snow, cover * 0.95)
    light = lit.shade(0.0, 1.0, 0.15)
    col = col * light * 1.1
    fade = (1.0 - depth) ** 6 * 0.75
    col = mix(col, lit.haze if not lit.is_night else lit.sky_horizon, fade)
    canvas[y0:] = col


def ground_shadow(
    canvas: np.ndarray,
    alpha: np.ndarray,
    base_y: float,
    lit: Lighting,
    length: float = 0.55,
    softness: float = 0.01,
) -> None:
    """Darken the ground with the shadow an object of coverage ``alpha`` casts.

    The silhouette above ``base_y`` is flipped onto the ground plane, sheared
    away from the light and squashed by ``length``; it is blurred more with
    distance (penumbra). Call before compositing the object itself.
    """
    h, w = canvas.shape[:2]
    lx, ly, lz = lit.sun_dir
    elev = max(ly, 0.12)
    shear = -lx / elev * length
    squash = length * (0.35 if lz > 0 else -0.6) / max(elev, 0.3)
    # (x, y) above the base → (x + shear·(base − y), base − squash·(base − y))
    m = np.float32([[1.0, -shear, shear * base_y], [0.0, squash, base_y * (1.0 - squash)]])
    shadow = cv2.warpAffine(alpha.astype(np.float32), m, (w, h), flags=cv2.INTER_LINEAR)
    shadow = blur(shadow, softness * h)
    strength = np.float32(lit.shadow)
    tint = 1.0 - strength * shadow[..., None] * (1.0 - np.asarray(lit.ambient, np.float32) * 0.6)
    canvas *= tint


def contact_shadow(
    canvas: np.ndarray, x0: float, x1: float, y: float, depth: float, strength: float = 0.5
) -> None:
    """Soft dark band where an object stands on the ground (ambient occlusion)."""
    h, w = canvas.shape[:2]
    r0, r1 = int(max(y - depth, 0)), int(min(y + depth * 2, h))
    c0, c1 = int(max(x0 - depth, 0)), int(min(x1 + depth, w))
    if r1 <= r0 or c1 <= c0:
        return
    yy = np.arange(r0, r1, dtype=np.float32)[:, None]
    xx = np.arange(c0, c1, dtype=np.float32)[None, :]
    vert = np.exp(-np.abs(yy - y) / max(depth * 0.5, 0.5))
    horiz = smoothstep(x0 - depth, x0 + depth * 0.3, xx) * smoothstep(x1 + depth, x1 - depth * 0.3, xx)
    canvas[r0:r1, c0:c1] *= (1.0 - strength * vert * horiz)[..., None]


def light_pool(
    canvas: np.ndarray, cx: float, cy: float, rx: float, ry: float, color: Color, strength: float = 1.0
) -> None:
    """Additive elliptical pool of lamp light on the ground centred on (cx, cy)."""
    h, w = canvas.shape[:2]
    x0, x1 = int(max(cx - 2 * rx, 0)), int(min(cx + 2 * rx + 1, w))
    y0, y1 = int(max(cy - 2 * ry, 0)), int(min(cy + 2 * ry + 1, h))
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    d2 = ((xx - cx) / max(rx, 1e-3)) ** 2 + ((yy - cy) / max(ry, 1e-3)) ** 2
    canvas[y0:y1, x0:x1] += (np.exp(-d2 * 1.5) * strength)[..., None] * np.asarray(color, np.float32)


def reflect(
    canvas: np.ndarray,
    y_top: float,
    y_bottom: float,
    lit: Lighting,
    rng: np.random.Generator,
    color: Color = (0.16, 0.24, 0.28),
) -> None:
    """Turn rows ``y_top``..``y_bottom`` into still water mirroring what is above.

    Rows are mirrored about ``y_top`` with small horizontal ripples growing
    towards the viewer, tinted with ``color`` and brightened by sky (Fresnel)
    far away.
    """
    h, w = canvas.shape[:2]
    y0, y1 = int(max(y_top, 0)), int(min(y_bottom, h))
    if y1 <= y0:
        return
    rows = np.arange(y0, y1, dtype=np.float32)
    near = (rows - y0) / max(y1 - y0, 1)
    wobble = value_noise(y1 - y0, w, max(h * 0.004, 1.0), rng)
    src_y = np.clip(2.0 * y0 - rows[:, None] - 1 + (wobble - 0.5) * near[:, None] * h * 0.01, 0, h - 1)
    src_x = np.arange(w, dtype=np.float32)[None, :] + (wobble - 0.5) * h * 0.012 * (0.3 + near[:, None])
    mirrored = cv2.remap(
        canvas,
        src_x.astype(np.float32),
        src_y.astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REFLECT,
    )
    mirrored = blur(mirrored, h * 0.0015)
    fresnel = (0.55 - 0.35 * near)[:, None, None]
    water = mix(mirrored * 0.85, color, 0.25)
    water = mix(water, lit.sky_horizon, fresnel * 0.35)
    canvas[y0:y1] = water


def finish(canvas: np.ndarray, lit: Lighting, rng: np.random.Generator, grain: float = 0.012) -> np.ndarray:
    """Colour-grade, vignette, add film grain and convert to RGB ``uint8``."""
    h, w = canvas.shape[:2]
    img = canvas
    if lit.light == "dusk":
        img = img * np.asarray((1.04, 0.98, 0.94), np.float32)
    elif lit.is_night:
        img = img * np.asarray((0.95, 1.0, 1.08), np.float32)
    # soft shoulder instead of hard clipping so highlights (sun, lamps) roll off
    img = np.where(img > 0.8, 0.8 + 0.2 * np.tanh((img - 0.8) / 0.2), img)
    yy = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None]
    xx = np.linspace(-1.0, 1.0, w, dtype=np.float32)[None, :]
    vignette = 1.0 - 0.22 * smoothstep(0.5, 1.6, np.sqrt(xx * xx + yy * yy))
    img = img * vignette[..., None]
    img = img + (rng.random((h, w), dtype=np.float32)[..., None] - 0.5) * np.float32(grain * 2)
    # gamma-free contrast curve, stronger in daylight
    k = 0.10 if lit.light == "day" else 0.05
    img = np.clip(img, 0.0, 1.0)
    img = img + k * (img - img * img) * (2.0 * img - 1.0) * 2.0
    return (np.clip(img, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
