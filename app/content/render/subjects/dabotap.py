"""Dabotap 다보탑 — the ornate stone pagoda of Bulguksa (8th century), about 10.29 m.

From the ground up: a square platform with a stair on each side; four square
pillars and a thicker central pillar carrying a square slab; a square storey
with a balustrade round an octagonal core; an octagonal storey whose railing
posts are carved like bamboo with nodes; a pedestal of upturned lotus petals;
eight slender pillars under the octagonal roof stone; and a finial of dew
basin, bowl, rings and jewel. One stone lion sits on the platform.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import (
    Layer,
    add_glow,
    composite,
    ellipse_points,
    paint_polygon,
    smoothstep,
    stroke,
)
from app.content.render.materials import granite, lichen, weathering
from app.content.render.scene import (
    Lighting,
    contact_shadow,
    finish,
    floodlight,
    ground_shadow,
    light_pool,
    lighting_for,
)
from app.content.render.spec import RenderSpec
from app.content.render.subjects._courtyard import courtyard
from app.content.render.subjects._monument import (
    Camera,
    box,
    loft,
    regular_plan,
    roof_stone,
    square_plan,
    stone_lion,
)

HEIGHT = 10.29
PLATFORM_HALF, PLATFORM_H = 2.3, 1.15
GRANITE = (0.73, 0.70, 0.64)


def _rect(x0: float, d0: float, x1: float, d1: float) -> np.ndarray:
    """Plan rectangle with corners ordered anticlockwise."""
    return np.array([[x0, d0], [x1, d0], [x1, d1], [x0, d1]], np.float64)


def _depth(cam: Camera, plan: np.ndarray) -> float:
    return float(cam.rotate(plan[:, 0].mean(), plan[:, 1].mean())[1])


def _stairs(layer: Layer, cam: Camera, lit: Lighting, tex: np.ndarray, side: int) -> None:
    """The stair on one side (0 front, 1 right, 2 back, 3 left) of the platform."""
    n, run = 8, 1.1
    pieces = []
    for k in range(n):
        out = PLATFORM_HALF + run * (1.0 - k / n)
        pieces.append(
            (_rect(-0.55, PLATFORM_HALF - 0.1, 0.55, out), k * PLATFORM_H / n, (k + 1) * PLATFORM_H / n)
        )
    for sx in (-1, 1):  # sloping side walls of the stair
        pieces.append(
            (
                _rect(sx * 0.55 - 0.12, PLATFORM_HALF - 0.1, sx * 0.55 + 0.12, PLATFORM_HALF + run),
                0.0,
                PLATFORM_H * 0.35,
            )
        )
    angle = side * np.pi / 2
    c, s = np.cos(angle), np.sin(angle)
    for plan, h0, h1 in pieces:
        turned = np.stack([plan[:, 0] * c - plan[:, 1] * s, plan[:, 0] * s + plan[:, 1] * c], 1)
        loft(layer, cam, lit, turned, h0, turned, h1, tex, edge=0.35)


def _railing(
    layer: Layer,
    cam: Camera,
    lit: Lighting,
    tex: np.ndarray,
    corners: np.ndarray,
    h0: float,
    h1: float,
    core: tuple[np.ndarray, float, float],
    bamboo: bool,
) -> None:
    """Posts at the polygon corners joined by two rails, drawn around a central core, back to front."""
    items: list[tuple[float, np.ndarray, float, float]] = []
    post = 0.09
    for i, (x, d) in enumerate(corners):
        items.append((0.0, _rect(x - post, d - post, x + post, d + post), h0, h1))
        x2, d2 = corners[(i + 1) % len(corners)]
        length = float(np.hypot(x2 - x, d2 - d))
        ux, ud = (x2 - x) / length, (d2 - d) / length
        nx, nd = -ud * 0.045, ux * 0.045
        for lo, hi in ((h0 + 0.06, h0 + 0.14), (h1 - 0.12, h1 - 0.03)):
            rail = np.array([[x - nx, d - nd], [x2 - nx, d2 - nd], [x2 + nx, d2 + nd], [x + nx, d + nd]])
            items.append((0.0, rail, lo, hi))
    ordered = sorted(((_depth(cam, p), p, a, b) for _, p, a, b in items), key=lambda t: t[0])
    core_drawn = False
    for depth, plan, lo, hi in ordered:
        if not core_drawn and depth > 0:
            loft(layer, cam, lit, core[0], core[1], core[0], core[2], tex, edge=0.3)
            core_drawn = True
        if plan.shape[0] == 4 and np.allclose(np.ptp(plan, axis=0), 2 * post):
            loft(layer, cam, lit, plan, lo, plan, hi, tex, edge=0.4)
            if bamboo:  # bamboo nodes: thin rings along the post
                for t in (0.33, 0.66):
                    ring = plan * 1.25 + plan.mean(0) * -0.25
                    hh = lo + (hi - lo) * t
                    loft(layer, cam, lit, ring, hh - 0.025, ring, hh + 0.025, tex, edge=0.3)
        else:
            loft(layer, cam, lit, plan, lo, plan, hi, tex, edge=0.3)
    if not core_drawn:
        loft(layer, cam, lit, core[0], core[1], core[0], core[2], tex, edge=0.3)


def _pagoda(layer: Layer, cam: Camera, lit: Lighting, tex: np.ndarray, yaw_sides: list[int]) -> None:
    """Everything from the platform to the finial, in painter's order."""
    if 2 in yaw_sides:
        _stairs(layer, cam, lit, tex, 2)
    box(layer, cam, lit, PLATFORM_HALF, 0.0, PLATFORM_H - 0.12, tex)
    box(layer, cam, lit, PLATFORM_HALF + 0.08, PLATFORM_H - 0.12, PLATFORM_H, tex)
    for side in yaw_sides:
        if side != 2:
            _stairs(layer, cam, lit, tex, side)
    h = PLATFORM_H
    # four corner pillars and the central pillar, back ones first
    pillars = [_rect(px - 0.2, pd - 0.2, px + 0.2, pd + 0.2) for px in (-1.55, 1.55) for pd in (-1.55, 1.55)]
    pillars.append(_rect(-0.42, -0.42, 0.42, 0.42))
    for plan in sorted(pillars, key=lambda p: _depth(cam, p)):
        loft(layer, cam, lit, plan, h, plan, h + 1.75, tex, edge=0.4)
        # bracket capital on each pillar
        loft(layer, cam, lit, plan * 1.0, h + 1.6, plan * 1.35 - plan.mean(0) * 0.35, h + 1.75, tex, edge=0.4)
    h += 1.75
    roof_stone(
        layer,
        cam,
        lit,
        tex,
        body_half=1.75,
        eave_half=2.2,
        h0=h,
        steps=1,
        step_h=0.08,
        fascia=0.16,
        top_h=h + 0.34,
        top_half=1.55,
        lift=0.0,
    )
    h += 0.34
    # square storey: balustrade round an octagonal core
    box(layer, cam, lit, 1.5, h, h + 0.1, tex)
    h += 0.1
    _railing(layer, cam, lit, tex, square_plan(1.38), h, h + 0.7, (regular_plan(8, 0.78), h, h + 0.7), False)
    h += 0.7
    loft(layer, cam, lit, regular_plan(8, 1.18), h, regular_plan(8, 1.18), h + 0.12, tex)
    h += 0.12
    # octagonal storey with bamboo-node railing posts
    _railing(
        layer, cam, lit, tex, regular_plan(8, 1.05), h, h + 0.85, (regular_plan(8, 0.6), h, h + 0.85), True
    )
    h += 0.85
    loft(layer, cam, lit, regular_plan(8, 1.0), h, regular_plan(8, 1.0), h + 0.12, tex)
    h += 0.12
    # pedestal of upturned lotus petals: a flaring 16-sided bowl with petal ribs
    loft(layer, cam, lit, regular_plan(16, 0.55), h, regular_plan(16, 0.95), h + 0.42, tex, edge=0.55)
    h += 0.42
    # eight slender pillars under the octagonal roof
    ring = regular_plan(8, 0.72, phase=0.0)
    posts = [_rect(x - 0.06, d - 0.06, x + 0.06, d + 0.06) for x, d in ring]
    core = (regular_plan(8, 0.38), h, h + 0.8)
    back = [p for p in posts if _depth(cam, p) <= 0]
    front = [p for p in posts if _depth(cam, p) > 0]
    for plan in sorted(back, key=lambda p: _depth(cam, p)):
        loft(layer, cam, lit, plan, h, plan, h + 0.8, tex, edge=0.4)
    loft(layer, cam, lit, core[0], core[1], core[0], core[2], tex, edge=0.3)
    for plan in sorted(front, key=lambda p: _depth(cam, p)):
        loft(layer, cam, lit, plan, h, plan, h + 0.8, tex, edge=0.4)
    h += 0.8
    # octagonal roof stone with a gently lifted eave
    loft(layer, cam, lit, regular_plan(8, 0.9), h, regular_plan(8, 1.2), h + 0.12, tex)
    loft(layer, cam, lit, regular_plan(8, 1.62), h + 0.12, regular_plan(8, 1.62), h + 0.3, tex)
    loft(layer, cam, lit, regular_plan(8, 1.62), h + 0.3, regular_plan(8, 0.42), h + 0.68, tex)
    h += 0.68
    # finial: dew basin, bowl, rings on the mast, jewel
    loft(layer, cam, lit, regular_plan(8, 0.38), h, regular_plan(8, 0.38), h + 0.3, tex)
    h += 0.3
    loft(layer, cam, lit, regular_plan(12, 0.3), h, regular_plan(12, 0.36), h + 0.3, tex, edge=0.2)
    h += 0.3
    mast = cam.project(np.array([0.0, 0.0]), np.array([0.0, 0.0]), np.array([h, HEIGHT - 0.1]))
    stroke(
        layer,
        mast,
        tuple(np.asarray((0.38, 0.36, 0.33)) * lit.shade(-0.3, 0, 0.9)),
        max(cam.scale * 0.06, 0.8),
    )
    for k in range(4):
        rh = h + 0.15 + k * 0.42
        loft(
            layer,
            cam,
            lit,
            regular_plan(8, 0.26 - 0.02 * k),
            rh,
            regular_plan(8, 0.26 - 0.02 * k),
            rh + 0.1,
            tex,
            edge=0.25,
        )
    jx, jy = cam.project(0.0, 0.0, HEIGHT - 0.2)
    r = 0.17 * cam.scale

    def jewel(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        nx = np.clip((xx - jx) / r, -1, 1)
        ny = np.clip((jy - yy) / r, -1, 1)
        return np.asarray(GRANITE, np.float32) * lit.shade(
            nx, ny, np.sqrt(np.clip(1 - nx * nx - ny * ny, 0, 1))
        )

    paint_polygon(layer, ellipse_points(jx, jy, r, r * 1.1, 32), jewel)


def render(spec: RenderSpec) -> np.ndarray:
    """Render Dabotap in the Bulguksa courtyard for the given light, season and view."""
    rng = np.random.default_rng(spec.seed)
    w, h = spec.width, spec.height
    lit = lighting_for(spec.light, spec.season)
    night = lit.is_night
    scale = h * 0.70 / HEIGHT * (1.0 - 0.06 * abs(spec.view))
    ground_y = h * 0.90
    eye = 2.4
    cam = Camera(
        cx=w * (0.5 - 0.08 * spec.view),
        horizon_y=ground_y - eye * scale,
        scale=scale,
        eye=eye,
        dist=42.0,
        yaw=-0.25 + spec.view * 0.45,
    )
    canvas = courtyard(w, h, lit, rng, cam.horizon_y, -spec.view - 0.01)
    tex = (
        granite(h, w, rng, GRANITE, scale=scale / 70.0)
        * weathering(h, w, rng, 1.4, cell=scale * 0.4)[..., None]
    )
    tex = lichen(tex, rng, 0.25, cell=scale * 0.15, color=(0.55, 0.56, 0.48))
    stone_lit = floodlight(lit) if night else lit
    layer = Layer.empty(h, w)
    # stairs: the back one first, then the sides facing the camera, then the front one
    sides = [2] + ([1] if cam.yaw > 0 else [3]) + [0]
    _pagoda(layer, cam, stone_lit, tex, sides)
    # the one surviving lion sits at a front corner of the platform, in front of everything else
    stone_lion(layer, cam, stone_lit, -1.75, 1.75, PLATFORM_H)
    if night:
        yy = np.arange(h, dtype=np.float32)[:, None, None]
        layer.rgb *= 0.4 + 0.75 * smoothstep(cam.project(0, 0, HEIGHT)[1], cam.ground_y, yy)
        light_pool(
            canvas, cam.cx, cam.ground_y + scale * 0.6, scale * 5.0, scale * 1.3, (0.5, 0.36, 0.18), 0.8
        )
    else:
        ground_shadow(canvas, layer.alpha, cam.ground_y + scale * 0.1, lit, length=0.45)
    contact_shadow(
        canvas, cam.cx - 3.2 * scale, cam.cx + 3.2 * scale, cam.ground_y + scale * 0.15, scale * 0.3, 0.3
    )
    composite(canvas, layer)
    if night:
        add_glow(canvas, layer.alpha, (1.0, 0.72, 0.35), scale * 0.8, 0.2)
    return finish(canvas, lit, rng)
