"""Bunhwangsa 분황사 모전석탑 — the brick-imitating stone pagoda (634).

Dark andesite cut into brick-sized pieces and laid like brickwork: a squat
square tower of which three storeys remain (about 9.3 m), each roof corbelled
out in brick courses below and stepped back in above. The first storey has a
doorway niche on each face, flanked by two granite Inwang guardians carved in
relief; a wide low platform of rough stones carries a stone lion at each
corner.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Layer, add_glow, composite, paint_polygon, smoothstep
from app.content.render.foliage import broadleaf_tree, tree_line
from app.content.render.materials import brick_stone, granite, stone_courses, weathering
from app.content.render.scene import (
    Lighting,
    contact_shadow,
    finish,
    floodlight,
    ground,
    ground_shadow,
    hills,
    light_pool,
    lighting_for,
    sky,
)
from app.content.render.spec import RenderSpec
from app.content.render.subjects._monument import Camera, box, stone_lion

PLATFORM_HALF, PLATFORM_H = 6.4, 1.0
COURSE = 0.075  # thickness of one stone "brick" course (m)
# (body half-width, body height, courses corbelled out, courses stepped in)
STOREYS = ((3.35, 2.75, 10, 6), (2.85, 1.15, 8, 5), (2.45, 0.80, 6, 7))
ANDESITE = (0.42, 0.41, 0.40)


def _bricks(h: int, w: int, rng: np.random.Generator, scale: float) -> np.ndarray:
    """Full-size texture of dark andesite bricks with thin light mortar-less joints."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    course_px = COURSE * scale
    edges = np.arange(-course_px, h + course_px, course_px)
    tone, relief = stone_courses(
        xx, yy, edges, course_px * 4.5, rng, joint=max(course_px * 0.12, 0.5), tone_jitter=0.12
    )
    rgb = brick_stone(h, w, rng, ANDESITE, scale=scale / 80.0) * tone[..., None]
    rgb *= (1.0 + 0.18 * relief)[..., None]
    return rgb * weathering(h, w, rng, 1.2, cell=scale * 0.6)[..., None]


def _stepped_roof(
    layer: Layer,
    cam: Camera,
    lit: Lighting,
    tex: np.ndarray,
    half: float,
    h: float,
    out: int,
    back: int,
    next_half: float,
) -> float:
    """Corbel ``out`` courses outwards, then step ``back`` courses in to ``next_half``; returns the top."""
    step_out = 0.085
    for k in range(out):
        box(layer, cam, lit, half + step_out * (k + 1), h, h + COURSE, tex, edge=0.3)
        h += COURSE
    widest = half + step_out * out
    step_in = (widest - next_half) / max(back, 1)
    for k in range(back):
        box(layer, cam, lit, widest - step_in * (k + 0.5), h, h + COURSE * 1.3, tex, edge=0.35)
        h += COURSE * 1.3
    return h


def _guardian(
    layer: Layer, cam: Camera, lit: Lighting, stone: np.ndarray, x: float, half: float, h0: float, side: int
) -> None:
    """An Inwang (vajra guardian) relief on the front face, one fist raised towards the door."""
    height = 1.45

    def at(px: float, ph: float) -> np.ndarray:
        return cam.project(x + px, half + 0.02, h0 + ph)

    shade = lit.shade(0.0, 0.0, 1.0)
    slab = np.array([at(-0.42, 0.0), at(0.42, 0.0), at(0.42, height + 0.12), at(-0.42, height + 0.12)])
    paint_polygon(layer, slab, stone, tint=shade * 0.78)
    figure = [
        (-0.24, 0.05),
        (-0.12, 0.05),
        (-0.08, 0.55),
        (0.08, 0.55),
        (0.14, 0.05),
        (0.26, 0.05),
        (0.2, 0.6),
        (0.24, 1.05),
        (0.16 + 0.12 * side, 1.28),
        (0.1, 1.1),
        (0.06, 1.2),
        (-0.06, 1.2),
        (-0.1, 1.1),
        (-0.22, 1.0),
        (-0.3 - 0.1 * side, 0.7),
        (-0.2, 0.62),
    ]
    pts = np.array([at(px * side, ph) for px, ph in figure])
    paint_polygon(layer, pts, stone, tint=shade * 1.05)
    hx, hy = at(0.0, 1.3)
    r = 0.11 * cam.scale
    head = np.stack(
        [
            hx + r * np.cos(np.linspace(0, 2 * np.pi, 24)),
            hy + r * 1.1 * np.sin(np.linspace(0, 2 * np.pi, 24)),
        ],
        1,
    )
    paint_polygon(layer, head, stone, tint=shade * 1.1)


def _door(layer: Layer, cam: Camera, lit: Lighting, stone: np.ndarray, half: float, h0: float) -> None:
    """The front doorway niche: granite frame, dark recess and the pair of guardians."""
    shade = lit.shade(0.0, 0.0, 1.0)

    def at(px: float, ph: float, depth: float = 0.0) -> np.ndarray:
        return cam.project(px, half + 0.03 - depth, h0 + ph)

    frame = np.array([at(-0.68, 0.0), at(0.68, 0.0), at(0.68, 1.75), at(-0.68, 1.75)])
    paint_polygon(layer, frame, stone, tint=shade)
    recess = np.array([at(-0.48, 0.05), at(0.48, 0.05), at(0.48, 1.5), at(-0.48, 1.5)])
    paint_polygon(layer, recess, (0.05, 0.045, 0.04), tint=np.asarray(lit.ambient) * 1.5 + 0.02)
    lintel = np.array([at(-0.72, 1.5), at(0.72, 1.5), at(0.72, 1.75), at(-0.72, 1.75)])
    paint_polygon(layer, lintel, stone, tint=shade * 1.05)
    for side in (-1, 1):
        _guardian(layer, cam, lit, stone, side * 1.35, half, h0 + 0.05, -side)


def render(spec: RenderSpec) -> np.ndarray:
    """Render the Bunhwangsa stone-brick pagoda for the given light, season and view."""
    rng = np.random.default_rng(spec.seed)
    w, h = spec.width, spec.height
    lit = lighting_for(spec.light, spec.season)
    night = lit.is_night
    scale = h * 0.52 / 9.3 * (1.0 - 0.06 * abs(spec.view))
    ground_y = h * 0.86
    eye = 2.0
    cam = Camera(
        cx=w * (0.5 - 0.06 * spec.view),
        horizon_y=ground_y - eye * scale,
        scale=scale,
        eye=eye,
        dist=48.0,
        yaw=0.3 + spec.view * 0.4,
    )
    canvas = sky(h, w, cam.horizon_y, lit, rng)
    hills(canvas, cam.horizon_y, lit, rng, layers=2, height_frac=0.10)
    tree_line(canvas, cam.horizon_y + h * 0.004, 0, w, h * 0.06, lit, rng, haze=0.3)
    ground(canvas, cam.horizon_y, lit, rng, kind="dirt" if lit.season != "winter" else "grass")
    for fx, size in ((0.06, 0.24), (0.93, 0.2)):
        broadleaf_tree(canvas, w * fx, cam.horizon_y + h * 0.05, h * size, lit, rng)
    stone_lit = floodlight(lit) if night else lit
    bricks = _bricks(h, w, rng, scale)
    rough = (
        granite(h, w, rng, (0.60, 0.57, 0.52), scale=scale / 40.0)
        * weathering(h, w, rng, 1.5, scale)[..., None]
    )
    light_granite = granite(h, w, rng, (0.70, 0.67, 0.61), scale=scale / 70.0)
    layer = Layer.empty(h, w)
    box(layer, cam, stone_lit, PLATFORM_HALF, 0.0, PLATFORM_H, rough, top_half=PLATFORM_HALF - 0.15)
    lions = [(sx * (PLATFORM_HALF - 0.7), sd * (PLATFORM_HALF - 0.7)) for sx in (-1, 1) for sd in (-1, 1)]
    depth = [float(cam.rotate(np.float64(x), np.float64(d))[1]) for x, d in lions]
    order = np.argsort(depth)
    for i in order[:2]:  # the two rear lions stand behind the tower
        stone_lion(layer, cam, stone_lit, *lions[i], PLATFORM_H, size=1.1, facing=float(np.sign(lions[i][0])))
    hgt = PLATFORM_H
    for i, (half, body_h, out, back) in enumerate(STOREYS):
        box(layer, cam, stone_lit, half, hgt, hgt + body_h, bricks, edge=0.4)
        if i == 0:
            _door(layer, cam, stone_lit, light_granite, half, hgt)
        hgt += body_h
        next_half = STOREYS[i + 1][0] if i + 1 < len(STOREYS) else 0.9
        hgt = _stepped_roof(layer, cam, stone_lit, bricks, half, hgt, out, back, next_half)
    for i in order[2:]:
        stone_lion(layer, cam, stone_lit, *lions[i], PLATFORM_H, size=1.1, facing=float(np.sign(lions[i][0])))
    if night:
        yy = np.arange(h, dtype=np.float32)[:, None, None]
        layer.rgb *= 0.45 + 0.7 * smoothstep(cam.project(0, 0, hgt)[1], cam.ground_y, yy)
        light_pool(
            canvas, cam.cx, cam.ground_y + scale * 0.8, scale * 8.0, scale * 1.6, (0.5, 0.36, 0.18), 0.7
        )
    else:
        ground_shadow(canvas, layer.alpha, cam.ground_y + scale * 0.1, lit, length=0.4)
    contact_shadow(
        canvas, cam.cx - 7.5 * scale, cam.cx + 7.5 * scale, cam.ground_y + scale * 0.2, scale * 0.3, 0.3
    )
    composite(canvas, layer)
    if night:
        add_glow(canvas, layer.alpha, (1.0, 0.72, 0.35), scale * 0.8, 0.15)
    return finish(canvas, lit, rng)
