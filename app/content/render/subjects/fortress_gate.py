"""A Korean fortress gate: a granite town wall with a stone arched gate and a timber gate pavilion.

Render-only subject for the ``fortress_gate`` heritage type (it has no fact
card). It follows the Joseon-period walls that survive or were restored in
many Korean towns, Gyeongju's own eupseong among them, and the great gates
such as Seoul's Sungnyemun or the gates of Suwon Hwaseong (1796):

* the wall is faced with large, roughly dressed granite blocks in irregular
  courses that grow smaller towards the top, capped by a projecting slab
  course (miseok);
* on top runs a crenellated parapet (yeojang) of stone or grey brick, each
  merlon pierced with loopholes;
* the gate is a massive stone block (yukchuk) pierced by a round arch
  (hongyemun) with a voussoir ring, closed by iron-studded plank doors;
* on the block stands a timber gate pavilion (mullu) with red columns, open
  sides with a railing, painted brackets and a hipped-and-gabled (paljak)
  tile roof.

``view`` walks from the left, along the wall, through the frontal view to the
right; ``light`` and ``season`` change the sky, the foliage and the snow, and
at night the wall is flood-lit as Korean heritage walls are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.content.render.canvas import Color, mix, paint_polygon
from app.content.render.scene import Lighting, contact_shadow, finish, floodlight, lighting_for
from app.content.render.spec import RenderSpec
from app.content.render.subjects._fortress_wall import arch_gate, ledge, masonry, parapet
from app.content.render.timber import Hall, draw_hall
from app.content.render.timber_geom import Camera, box_faces, quad_uv
from app.content.render.timber_scene import aimed_camera, backdrop, bloom, lamp_amount, snow_amount, tree_at
from app.content.render.timber_stone import paving

WALL_H = 7.0  # wall height to the top of the face (metres)
GATE_HALF = 8.5  # half width of the gate block
GATE_FRONT = -2.5  # the gate block projects this far in front of the wall face
GATE_BACK = 9.0
ARCH_HALF = 2.3
ARCH_SPRING = 3.6
WALL_SPAN = 160.0


def _span(cam: Camera, z: float, x0: float, x1: float, near: float = 3.0) -> tuple[float, float] | None:
    """Clip a run along x at depth ``z`` to where it lies at least ``near`` metres in front of the camera."""
    s, c = np.sin(cam.yaw), np.cos(cam.yaw)
    base = (z - cam.eye[2]) * c  # depth(x) = (x - ex) * s + base
    if abs(s) < 1e-6:
        return (x0, x1) if base >= near else None
    bound = cam.eye[0] + (near - base) / s
    lo, hi = (max(x0, bound), x1) if s > 0 else (x0, min(x1, bound))
    return (lo, hi) if hi - lo > 0.5 else None


@dataclass(frozen=True)
class Style:
    """What varies from one fortress to the next (drawn from the seed)."""

    seed: int
    stone: Color  # granite differs from quarry to quarry: grey, buff, pinkish
    course: float  # height of the big courses at the foot (metres)
    moss: float
    brick: bool  # grey-brick parapet (as at Hwaseong) or stone
    snow: float
    lamp: float
    doors_open: bool
    two_storey: bool


def _face(canvas: np.ndarray, cam: Camera, lit: Lighting, corners: np.ndarray, normal: tuple[float, float, float],
          style: Style, seed: int, height: float) -> None:
    px = cam.project(corners)
    width = float(np.linalg.norm(corners[1] - corners[0]))
    mid = corners.mean(axis=0, keepdims=True)
    ppm = cam.focal / max(float(cam.depth(mid)[0]), 1.0)
    paint_polygon(canvas, px, masonry(quad_uv(px), width, height, ppm, lit, normal, seed, base=style.stone,
                                      big=style.course, moss=style.moss))


def _wall(canvas: np.ndarray, cam: Camera, lit: Lighting, style: Style) -> None:
    """The long wall face either side of the gate, its slab course and its parapet."""
    for x0, x1 in ((-WALL_SPAN, -GATE_HALF), (GATE_HALF, WALL_SPAN)):
        span = _span(cam, 0.0, x0, x1)
        if span is None:
            continue
        a, b = span
        corners = np.array([(a, WALL_H, 0.0), (b, WALL_H, 0.0), (b, 0.0, 0.0), (a, 0.0, 0.0)])
        _face(canvas, cam, lit, corners, (0.0, 0.0, -1.0), style, style.seed + int(x0 > 0), WALL_H)
        ledge(canvas, cam, lit, a, b, WALL_H + 0.2, 0.0, style.snow)
        parapet(canvas, cam, lit, a, b, 0.05, WALL_H + 0.2, style.brick, style.seed + 7 + int(x0 > 0), style.snow)


def _gate_block(canvas: np.ndarray, cam: Camera, lit: Lighting, style: Style, beyond: Color) -> None:
    """The yukchuk: a projecting block of larger masonry pierced by the arch."""
    top = WALL_H + 0.6
    for corners, normal in box_faces(-GATE_HALF, GATE_HALF, 0.0, top, GATE_FRONT, GATE_BACK, cam):
        if normal[1] != 0:
            continue
        _face(canvas, cam, lit, corners, normal, style, style.seed + 3, top)
    arch_gate(canvas, cam, lit, 0.0, GATE_FRONT, GATE_BACK, ARCH_HALF, ARCH_SPRING, style.doors_open, beyond,
              style.seed, style.lamp)
    ledge(canvas, cam, lit, -GATE_HALF, GATE_HALF, top + 0.2, GATE_FRONT, style.snow)


def _pavilion(canvas: np.ndarray, cam: Camera, lit: Lighting, rng: np.random.Generator, style: Style) -> None:
    """The gate pavilion on the block: open bays with a railing under a paljak roof."""
    common = dict(base_y=WALL_H + 0.8, infill="open", railing=True, steps=False, snow=style.snow)
    if style.two_storey:  # the great gates (Sungnyemun, Paldalmun) carry two storeys
        lower = Hall(0.0, 3.2, bays=3, bay=3.4, dbays=2, dbay=2.7, platform=0.35, margin=0.6, col_h=3.4,
                     bracket_h=0.9, overhang=1.8, roof_h=1.8, roof_kind="hip", **common)
        draw_hall(canvas, cam, lit, lower, rng, style.lamp)
        common["base_y"] = lower.top_y + 1.1
    upper = Hall(0.0, 3.2, bays=3, bay=3.0 if style.two_storey else 3.4, dbays=2,
                 dbay=2.5 if style.two_storey else 2.7, platform=0.3, margin=0.5, col_h=3.0, bracket_h=0.9,
                 overhang=2.0, roof_h=3.4, **common)
    draw_hall(canvas, cam, lit, upper, rng, style.lamp)


def _foot_shade(canvas: np.ndarray, cam: Camera, lit: Lighting) -> None:
    """Darken the strip of ground along the foot of the wall where it stands in its own shade."""
    for x0, x1 in ((-WALL_SPAN, -GATE_HALF), (GATE_HALF, WALL_SPAN)):
        span = _span(cam, 0.0, x0, x1)
        if span is None:
            continue
        pts = cam.project([(span[0], 0.0, 0.0), (span[1], 0.0, 0.0), (span[1], 0.0, -1.5), (span[0], 0.0, -1.5)])
        tone = 0.55 if not lit.is_night else 0.8
        paint_polygon(canvas, pts, (0.0, 0.0, 0.0), opacity=(1.0 - tone) * 0.6)
    foot = cam.project([(0.0, 0.0, GATE_FRONT)])[0]
    contact_shadow(canvas, 0, cam.width, float(foot[1]), max(cam.height * 0.01, 1.0), 0.35)


def render(spec: RenderSpec) -> np.ndarray:
    """Render the fortress wall and gate (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    lit = lighting_for(spec.light, spec.season)
    v = spec.view
    # frontal at 0; at the extremes the camera stands close to the wall and looks along it. Distance,
    # eye height and aim vary by seed, as different photographers would frame the gate.
    dist = 38.0 * rng.uniform(0.8, 1.2)
    eye = (34.0 * v, float(rng.choice([1.7, 1.7, 4.5])), -dist + 14.0 * abs(v))
    cam = aimed_camera(spec, eye, (3.0 * v + rng.normal(0.0, 3.0), 2.0), fov_deg=float(rng.uniform(50.0, 60.0)),
                       horizon=float(rng.uniform(0.68, 0.78)))
    # a mountain behind for some seeds, as where the walls climb the hills (sanseong)
    mountain = bool(rng.random() < 0.5)
    canvas = backdrop(spec, cam, lit, rng, kind="grass", hill_height=0.42 if mountain else 0.2)
    stones = ((0.66, 0.63, 0.57), (0.70, 0.64, 0.55), (0.62, 0.62, 0.60), (0.70, 0.62, 0.58))
    style = Style(seed=int(rng.integers(0, 1 << 30)), stone=stones[int(rng.integers(0, len(stones)))],
                  course=float(rng.uniform(0.65, 1.05)),
                  moss={"spring": 0.6, "summer": 1.0, "autumn": 0.5, "winter": 0.2}[spec.season],
                  brick=bool(rng.random() < 0.5), snow=snow_amount(spec), lamp=lamp_amount(spec),
                  doors_open=bool(rng.random() < 0.6), two_storey=bool(rng.random() < 0.3))
    # woods on the slope inside the wall show above the parapet
    for i in range(11):
        x = -75.0 + 15.0 * i + rng.normal(0, 4)
        kind = "pine" if rng.random() < 0.6 else "broadleaf"
        tree_at(canvas, cam, lit, rng, x, 0.0, 16.0 + rng.uniform(0, 16), rng.uniform(14.0, 21.0), kind=kind)
    paving(canvas, cam, lit, -ARCH_HALF - 0.4, ARCH_HALF + 0.4, -70.0, GATE_FRONT, seed=spec.seed + 5,
           snow=style.snow, base=(0.64, 0.60, 0.54))
    stone = floodlight(lit, (0.95, 0.68, 0.40)) if style.lamp > 0 else lit
    _wall(canvas, cam, stone, style)
    # daylight seen through the open tunnel: sky and fields beyond, or lamp-light at night
    far = mix(lit.sky_horizon, (0.55, 0.6, 0.45), 0.4) if not lit.is_night else np.array((0.9, 0.6, 0.3))
    beyond: Color = (float(far[0]), float(far[1]), float(far[2]))
    # the pavilion stands behind the block's front face, which hides its base from a low camera
    _pavilion(canvas, cam, lit, rng, style)
    _gate_block(canvas, cam, stone, style, beyond)
    parapet(canvas, cam, stone, -GATE_HALF, GATE_HALF, GATE_FRONT + 0.05, WALL_H + 0.8, style.brick,
            style.seed + 11, style.snow, merlon=2.6)
    _foot_shade(canvas, cam, lit)
    for x, z, ht in ((-44.0, -14.0, 11.0), (46.0, -12.0, 12.0), (-70.0, -4.0, 13.0), (75.0, -6.0, 12.0)):
        if rng.random() < 0.7:
            tree_at(canvas, cam, lit, rng, x + rng.normal(0, 3), 0.0, z, ht + rng.normal(0, 1))
    if style.lamp > 0:
        bloom(canvas, threshold=0.55, radius=spec.width * 0.01, strength=0.8)
    return finish(canvas, lit, rng)
