"""Museum display settings for the treasure renders: gallery walls, plinths, cases, spot light.

Museum objects are shown the way a gallery would show them. ``light`` maps to the
gallery's lighting mood rather than to the sun:

* ``day``   – bright, even gallery light on a pale wall;
* ``dusk``  – warm, spot-lit gallery, the wall falling off into shadow;
* ``night`` – a dark case with one dramatic spot light.

``season`` only tints the backdrop (the colour of the gallery's seasonal banner
wall), so the object itself always keeps its true colours.

Geometry is laid out in a 1600×1200 *design space* and mapped to the output size
by :class:`Frame`, so every renderer scales from thumbnails to posters.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from app.content.render.canvas import Color, blur, mix, paint_polygon, smoothstep
from app.content.render.materials import fbm
from app.content.render.metal import Light
from app.content.render.spec import RenderSpec

DESIGN_W = 1600.0
DESIGN_H = 1200.0

# Seasonal accent of the backdrop: a gentle hue shift, never a saturated colour.
_SEASON_TINT: dict[str, Color] = {
    "spring": (1.03, 0.97, 0.98),
    "summer": (0.96, 1.01, 1.0),
    "autumn": (1.06, 0.98, 0.90),
    "winter": (0.95, 0.98, 1.05),
}


@dataclass(frozen=True)
class Frame:
    """Maps 1600×1200 design coordinates to output pixels (uniform scale, centred)."""

    width: int
    height: int

    @property
    def s(self) -> float:
        """Output pixels per design unit."""
        return min(self.width / DESIGN_W, self.height / DESIGN_H)

    @property
    def ox(self) -> float:
        """Horizontal offset of the design space inside the image."""
        return (self.width - DESIGN_W * self.s) / 2.0

    @property
    def oy(self) -> float:
        """Vertical offset of the design space inside the image."""
        return (self.height - DESIGN_H * self.s) / 2.0

    def pts(self, design: np.ndarray | list) -> np.ndarray:
        """Design-space points (N×2) to pixel coordinates."""
        p = np.asarray(design, np.float64).reshape(-1, 2)
        return p * self.s + (self.ox, self.oy)

    def x(self, v: float | np.ndarray) -> float | np.ndarray:
        """Design x to pixel x."""
        return v * self.s + self.ox

    def y(self, v: float | np.ndarray) -> float | np.ndarray:
        """Design y to pixel y."""
        return v * self.s + self.oy

    def grid(self) -> tuple[np.ndarray, np.ndarray]:
        """Design-space coordinates ``(yy, xx)`` of every output pixel (float32 H×W)."""
        ys = (np.arange(self.height, dtype=np.float32) - np.float32(self.oy)) / np.float32(self.s)
        xs = (np.arange(self.width, dtype=np.float32) - np.float32(self.ox)) / np.float32(self.s)
        return np.broadcast_to(ys[:, None], (self.height, self.width)), np.broadcast_to(
            xs[None, :], (self.height, self.width))


@dataclass(frozen=True)
class Mood:
    """Colours and lights of one gallery lighting mood."""

    wall: Color
    floor: Color
    spot: Color
    spot_gain: float
    ambient: Color
    lights: tuple[Light, ...]
    exposure: float


def mood(spec: RenderSpec) -> Mood:
    """The gallery mood for ``spec.light``, backdrop tinted by ``spec.season``."""
    tint = np.asarray(_SEASON_TINT.get(spec.season, (1.0, 1.0, 1.0)), np.float32)

    def t(c: Color) -> Color:
        return tuple(float(v) for v in np.asarray(c, np.float32) * tint)  # type: ignore[return-value]

    # Key lights come from above and slightly in front, as gallery track lights do; the
    # view offset swings the key a little so views differ in their highlights too.
    swing = 0.35 * spec.view
    if spec.light == "day":
        return Mood(t((0.80, 0.78, 0.74)), t((0.52, 0.49, 0.45)), (1.0, 0.98, 0.94), 0.25,
                    (0.34, 0.34, 0.35),
                    (Light((-0.45 + swing, -0.6, 0.75), (1.0, 0.98, 0.95), 0.85),
                     Light((0.6, -0.2, 0.8), (0.85, 0.9, 1.0), 0.35)), 1.0)
    if spec.light == "dusk":
        return Mood(t((0.42, 0.33, 0.26)), t((0.26, 0.20, 0.16)), (1.0, 0.78, 0.52), 0.9,
                    (0.14, 0.12, 0.11),
                    (Light((0.45 + swing, -0.65, 0.65), (1.0, 0.80, 0.55), 1.15),
                     Light((-0.7, -0.1, 0.7), (0.55, 0.55, 0.7), 0.2)), 1.0)
    return Mood(t((0.10, 0.10, 0.13)), t((0.06, 0.06, 0.07)), (1.0, 0.93, 0.82), 1.6,
                (0.04, 0.045, 0.06),
                (Light((0.1 + swing, -0.85, 0.5), (1.0, 0.94, 0.85), 1.35),
                 Light((-0.8, 0.2, 0.55), (0.35, 0.45, 0.7), 0.12)), 1.0)


def spot_pool(frame: Frame, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
    """Soft elliptical light pool (H×W float32, 1 at the centre) in design coordinates."""
    yy, xx = frame.grid()
    d2 = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    return (1.0 / (1.0 + 1.6 * d2 * d2)).astype(np.float32)


def gallery(spec: RenderSpec, rng: np.random.Generator, frame: Frame, floor_y: float = 980.0,
            spot: tuple[float, float, float, float] = (800.0, 420.0, 520.0, 460.0)) -> np.ndarray:
    """A gallery backdrop canvas: plaster wall, floor from ``floor_y`` down, spot light pool.

    ``spot`` is ``(cx, cy, rx, ry)`` of the light pool on the wall in design units.
    """
    m = mood(spec)
    h, w = frame.height, frame.width
    yy, _ = frame.grid()
    plaster = fbm(h, w, rng, cell=90.0 * frame.s, octaves=4)
    grain = fbm(h, w, rng, cell=3.0 * frame.s + 1.0, octaves=2)
    pool = spot_pool(frame, *spot)
    wall = mix(m.wall, np.asarray(m.wall, np.float32) * 0.55, smoothstep(0.0, DESIGN_H, yy))
    wall = wall * (1.0 + 0.04 * (plaster - 0.5) + 0.03 * (grain - 0.5))[..., None]
    wall = wall * (1.0 + m.spot_gain * pool)[..., None] * mix((1.0, 1.0, 1.0), m.spot, pool * 0.8)
    # The floor: darker, slightly glossy, lit by the same pool spilling down from above.
    fy = frame.y(floor_y)
    ramp = smoothstep(fy, fy + 2.0 * frame.s, frame.y(yy))
    depth = np.clip((yy - floor_y) / max(DESIGN_H - floor_y, 1.0), 0.0, 1.0)
    floor_pool = spot_pool(frame, spot[0], floor_y + 80.0, spot[2] * 1.2, 160.0)
    floor = mix(m.floor, np.asarray(m.floor, np.float32) * 0.7, depth)
    lit_floor = (1.0 + 0.05 * (plaster - 0.5)) * (1.0 + 0.8 * m.spot_gain * floor_pool)
    floor = floor * lit_floor[..., None]
    canvas = mix(wall, floor, ramp)
    # A skirting shadow where wall meets floor grounds the room.
    canvas *= (1.0 - 0.35 * np.exp(-((yy - floor_y) / 14.0) ** 2))[..., None]
    return canvas.astype(np.float32)


def plinth(canvas: np.ndarray, frame: Frame, spec: RenderSpec, cx: float, top_y: float, width: float,
           bottom_y: float, depth: float = 60.0, color: Color = (0.86, 0.85, 0.82)) -> None:
    """Draw a display plinth (design units): a top face seen from above and a lit front face."""
    m = mood(spec)
    key = max(m.lights[0].intensity, 0.3)
    x0, x1 = cx - width / 2.0, cx + width / 2.0
    c = np.asarray(color, np.float32) * np.asarray(m.ambient, np.float32) * 1.6
    front_top = np.asarray(color, np.float32) * np.asarray(m.lights[0].color, np.float32) * 0.55 * key + c
    front_bot = front_top * 0.55
    top_col = np.asarray(color, np.float32) * np.asarray(m.lights[0].color, np.float32) * 0.95 * key + c
    fy0, fy1 = float(frame.y(top_y)), float(frame.y(bottom_y))

    def front(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        t = np.clip((yy - fy0) / max(fy1 - fy0, 1.0), 0.0, 1.0)[..., None]
        return front_top + (front_bot - front_top) * t

    paint_polygon(canvas, frame.pts([[x0, top_y], [x1, top_y], [x1, bottom_y], [x0, bottom_y]]), front)
    shift = depth * 0.35
    paint_polygon(canvas, frame.pts([[x0 + shift, top_y - depth], [x1 - shift, top_y - depth],
                                     [x1, top_y], [x0, top_y]]), tuple(float(v) for v in top_col))


def soft_shadow(canvas: np.ndarray, mask: np.ndarray, dx: float, dy: float, sigma: float,
                strength: float, squash: float = 1.0, anchor_y: float | None = None) -> None:
    """Darken ``canvas`` under a blurred, shifted copy of ``mask`` (H×W float 0..1), in place.

    ``squash`` < 1 flattens the shadow vertically towards ``anchor_y`` (pixel row), the
    way an object's shadow lies on the floor in front of or behind it.
    """
    h, w = mask.shape
    m = mask.astype(np.float32)
    if squash != 1.0:
        ay = h if anchor_y is None else anchor_y
        ys = (np.arange(h, dtype=np.float32) - ay) / np.float32(squash) + ay
        idx = np.clip(np.round(ys).astype(np.int64), 0, h - 1)
        inside = ((ys >= 0) & (ys < h)).astype(np.float32)[:, None]
        m = m[idx] * inside
    shifted = np.zeros_like(m)
    ix, iy = int(round(dx)), int(round(dy))
    src = m[max(-iy, 0):h - max(iy, 0), max(-ix, 0):w - max(ix, 0)]
    shifted[max(iy, 0):max(iy, 0) + src.shape[0], max(ix, 0):max(ix, 0) + src.shape[1]] = src
    sh = blur_fast(shifted, sigma)
    canvas *= (1.0 - np.float32(strength) * np.clip(sh, 0.0, 1.0))[..., None]


def blur_fast(image: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian-like blur that stays cheap for large ``sigma`` (blur at reduced resolution)."""
    if sigma <= 8.0:
        return blur(image, sigma)
    f = int(sigma // 4)
    h, w = image.shape[:2]
    small = cv2.resize(image, (max(w // f, 1), max(h // f, 1)), interpolation=cv2.INTER_AREA)
    small = blur(small, sigma / f)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def glass(canvas: np.ndarray, frame: Frame, rng: np.random.Generator, strength: float = 1.0,
          tint: Color = (0.85, 0.92, 1.0)) -> None:
    """Reflections of a glass front: two soft diagonal sheens and a faint cool veil, in place.

    Real display glass shows the bright room behind the viewer as broad slanted bands;
    their position is random per seed so different renders do not repeat exactly.
    """
    yy, xx = frame.grid()
    veil = np.zeros(yy.shape, np.float32)
    for _ in range(2):
        x0 = float(rng.uniform(200.0, 1400.0))
        slope = float(rng.uniform(0.35, 0.6))
        width = float(rng.uniform(60.0, 160.0))
        d = (xx - x0 - (yy - 600.0) * slope) / width
        veil += np.exp(-d * d) * np.float32(rng.uniform(0.5, 1.0))
    # a thin bright edge on one band, like a reflected window frame
    d = (xx - float(rng.uniform(300.0, 1300.0)) - (yy - 600.0) * 0.45) / 6.0
    veil += 0.6 * np.exp(-d * d)
    canvas += (veil * np.float32(0.05 * strength))[..., None] * np.asarray(tint, np.float32)


def vignette(canvas: np.ndarray, frame: Frame, amount: float = 0.35) -> None:
    """Darken the corners, in place (draws the eye to the exhibit)."""
    yy, xx = frame.grid()
    d2 = ((xx - DESIGN_W / 2) / (DESIGN_W * 0.7)) ** 2 + ((yy - DESIGN_H / 2) / (DESIGN_H * 0.75)) ** 2
    canvas *= (1.0 - np.float32(amount) * np.clip(d2, 0.0, 1.0) ** 1.5)[..., None]


def finish(canvas: np.ndarray, rng: np.random.Generator, exposure: float = 1.0,
           grain: float = 0.012) -> np.ndarray:
    """Tone-map a float canvas to RGB ``uint8``: soft highlight shoulder plus faint film grain."""
    x = np.maximum(canvas * np.float32(exposure), 0.0)
    # Rolls values above 0.8 off smoothly instead of clipping them, so gold glints keep colour.
    knee = np.float32(0.8)
    over = np.maximum(x - knee, 0.0)
    x = np.minimum(x, knee) + over / (1.0 + over / (1.0 - knee))
    h, w = x.shape[:2]
    noise = rng.standard_normal((h, w), dtype=np.float32) * np.float32(grain)
    x = x + noise[..., None]
    # Display encoding: the shading maths is roughly linear, the screen expects gamma.
    x = np.clip(x, 0.0, 1.0) ** np.float32(1.0 / 1.25)
    return (x * 255.0 + 0.5).astype(np.uint8)
