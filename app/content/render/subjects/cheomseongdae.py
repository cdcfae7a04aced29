"""Cheomseongdae 첨성대 — the Silla observatory (632–647), Gyeongju.

Recorded dimensions used here: 9.17 m in all; a two-step square base 0.78 m
high; a bottle-shaped body of 27 courses of dressed granite whose diameter
falls from 4.93 m to 2.85 m, concave low down and nearly cylindrical at the
neck; a square window facing south over courses 13–15; and on top a double
井-shaped frame of long stones. The tower stands alone on a lawn with the grass
tomb mounds of Daereungwon and low hills behind; at night it is flood-lit gold.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Layer, add_glow, composite, mix, smoothstep
from app.content.render.foliage import broadleaf_tree, tree_line
from app.content.render.materials import fbm, granite, lichen, stone_courses, weathering
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
from app.content.render.subjects._monument import Camera, loft, square_plan
from app.content.render.subjects._scenery import tumulus

BASE_H = 0.78  # two steps of 0.39 m
BODY_H = 7.77  # 27 courses
FRAME_H = 0.62  # two layers of the 井 frame
R_BOTTOM, R_TOP = 2.465, 1.425
COURSES = 27
GRANITE = (0.72, 0.67, 0.58)


def _radius(h: np.ndarray) -> np.ndarray:
    """Body radius (m) at height ``h`` above the top of the base."""
    t = np.clip(h / BODY_H, 0.0, 1.0)
    # a flared foot blending into an almost cylindrical neck, as in survey drawings
    return R_TOP + (R_BOTTOM - R_TOP) * (0.62 * (1.0 - t) ** 1.5 + 0.38 * (1.0 - t) ** 3.2)


def _radius_slope(h: np.ndarray) -> np.ndarray:
    t = np.clip(h / BODY_H, 0.0, 1.0)
    return -(R_BOTTOM - R_TOP) * (0.93 * (1.0 - t) ** 0.5 + 1.216 * (1.0 - t) ** 2.2) / BODY_H


def _body(layer: Layer, cam: Camera, lit: Lighting, rng: np.random.Generator, night: bool) -> None:
    """Rasterise the curved body per pixel: silhouette, coursing, window and shading."""
    h_img, w_img = layer.alpha.shape
    s = cam.scale
    top_y = cam.project(0.0, 0.0, BASE_H + BODY_H)[1] - 2
    bot_y = cam.project(0.0, R_BOTTOM, BASE_H)[1] + 2
    x0 = int(max(cam.cx - R_BOTTOM * s * 1.15, 0))
    x1 = int(min(cam.cx + R_BOTTOM * s * 1.15 + 1, w_img))
    y0, y1 = int(max(top_y, 0)), int(min(bot_y + 1, h_img))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    # invert the perspective: height and depth depend on each other, so iterate
    h = cam.eye + (cam.horizon_y - yy) / s - BASE_H
    f = np.ones_like(h)
    for _ in range(3):
        r = _radius(h)
        xn = (xx - cam.cx) / (r * s * f)
        nz = np.sqrt(np.clip(1.0 - xn * xn, 0.0, 1.0))
        f = cam.dist / (cam.dist - r * nz)
        h = cam.eye + (cam.horizon_y - yy) / (s * f) - BASE_H
    r = _radius(h)
    edge_px = (1.0 - np.abs(xn)) * r * s * f
    alpha = (
        np.clip(edge_px * 1.2, 0.0, 1.0)
        * np.clip(h * s + 0.5, 0.0, 1.0)
        * np.clip((BODY_H - h) * s + 0.5, 0, 1)
    )
    phi = np.arcsin(np.clip(xn, -1.0, 1.0))
    azimuth = phi + cam.yaw
    u = r * azimuth * s
    v = (BODY_H - h) * s
    edges = np.linspace(0.0, BODY_H * s, COURSES + 1)
    blocks = 2 * np.pi * _radius(BODY_H - (np.arange(COURSES) + 0.5) * BODY_H / COURSES) / 13.4 * s
    tone, relief = stone_courses(u, v, edges, blocks, rng, joint=max(s * 0.018, 0.6), tone_jitter=0.09)
    bh, bw = yy.shape
    albedo = granite(bh, bw, rng, GRANITE, scale=s / 70.0) * tone[..., None]
    albedo *= weathering(bh, bw, rng, 1.8, cell=s * 0.35)[..., None]
    # centuries of weather left the stones unevenly yellowed and greyed
    albedo = mix(
        albedo, albedo * np.asarray((1.06, 0.98, 0.84), np.float32), fbm(bh, bw, rng, cell=s * 0.6, octaves=3)
    )
    albedo = lichen(albedo, rng, 0.35, cell=s * 0.12, color=(0.50, 0.52, 0.40))
    slope = _radius_slope(h)
    nr = 1.0 / np.sqrt(1.0 + slope * slope)
    ny = -slope * nr + 0.25 * relief  # upper arris of each course catches the light
    light = (floodlight(lit) if night else lit).shade(xn * nr, ny, nz * nr)
    if night:
        light *= (0.35 + 0.75 * smoothstep(BODY_H * 1.1, 0.0, h))[..., None]  # lamps stand at the foot
    colour = albedo * light * (1.0 - 0.25 * np.clip(-relief, 0, 1))[..., None]
    # the south window: courses 13–15, about 0.95 m wide, with a dark deep reveal
    course = BODY_H / COURSES
    win_u = np.abs(r * azimuth)
    wx = smoothstep(0.49, 0.46, win_u)
    wy = smoothstep(12 * course - 0.02, 12 * course + 0.02, h) * smoothstep(
        15 * course + 0.02, 15 * course - 0.02, h
    )
    window = wx * wy * smoothstep(0.0, 0.15, nz)
    depth_shade = 0.04 + 0.10 * smoothstep(15 * course, 12 * course, h)
    inside = (
        np.asarray((1.0, 0.7, 0.4), np.float32) * 0.5 if night else np.asarray(lit.ambient)
    ) * depth_shade[..., None]
    colour = mix(colour, inside, window)
    sub_rgb = layer.rgb[y0:y1, x0:x1]
    sub_a = layer.alpha[y0:y1, x0:x1]
    sub_rgb *= 1.0 - alpha[..., None]
    sub_rgb += colour * alpha[..., None]
    sub_a *= 1.0 - alpha
    sub_a += alpha


def _beam(half_len: float, half_w: float, along_x: bool, offset: float) -> np.ndarray:
    """Plan rectangle of one long stone of the top frame."""
    if along_x:
        return np.array(
            [
                [-half_len, offset - half_w],
                [half_len, offset - half_w],
                [half_len, offset + half_w],
                [-half_len, offset + half_w],
            ]
        )
    return np.array(
        [
            [offset - half_w, -half_len],
            [offset + half_w, -half_len],
            [offset + half_w, half_len],
            [offset - half_w, half_len],
        ]
    )


def _top_frame(layer: Layer, cam: Camera, lit: Lighting, texture: np.ndarray) -> None:
    """The two crossed layers of the 井 frame, each two parallel long stones."""
    h0 = BASE_H + BODY_H
    for level, along_x in ((0, True), (1, False)):
        lo, hi = h0 + level * FRAME_H / 2, h0 + (level + 1) * FRAME_H / 2
        beams = [_beam(1.53, 0.16, along_x, off) for off in (-1.22, 1.22)]
        beams.sort(key=lambda b: float(cam.rotate(b[:, 0].mean(), b[:, 1].mean())[1]))
        for plan in beams:
            loft(
                layer,
                cam,
                lit,
                plan[::-1] if not along_x else plan,
                lo,
                plan[::-1] if not along_x else plan,
                hi,
                texture,
                edge=0.5,
            )


def render(spec: RenderSpec) -> np.ndarray:
    """Render Cheomseongdae on its lawn for the given light, season and view."""
    rng = np.random.default_rng(spec.seed)
    w, h = spec.width, spec.height
    lit = lighting_for(spec.light, spec.season)
    night = lit.is_night
    scale = h * 0.60 / 9.17 * (1.0 - 0.08 * abs(spec.view))
    ground_y = h * 0.88
    eye = 3.5  # a slightly raised, long-lens view keeps the top frame from looming
    cam = Camera(
        cx=w * (0.5 - 0.10 * spec.view),
        horizon_y=ground_y - eye * scale,
        scale=scale,
        eye=eye,
        dist=70.0,
        yaw=spec.view * 0.55,
    )
    canvas = sky(h, w, cam.horizon_y, lit, rng)
    hills(canvas, cam.horizon_y, lit, rng, layers=3, height_frac=0.13)
    tree_line(canvas, cam.horizon_y + h * 0.004, 0, w, h * 0.035, lit, rng, haze=0.45)
    ground(canvas, cam.horizon_y, lit, rng, kind="grass")
    # Daereungwon's grass tumuli behind the tower, off to the sides
    for fx, fw in ((0.12 + 0.05 * spec.view, 0.30), (0.86 + 0.05 * spec.view, 0.22), (0.97, 0.12)):
        tumulus(canvas, w * fx, cam.horizon_y + h * 0.012, w * fw, h * 0.07 * fw / 0.3, lit, rng)
    for fx, size in ((0.04, 0.16), (0.30, 0.09), (0.70, 0.10), (0.95, 0.17)):
        broadleaf_tree(
            canvas, w * (fx - 0.04 * spec.view), cam.horizon_y + h * 0.02 * size / 0.1, h * size, lit, rng
        )
    tex = (
        granite(h, w, rng, GRANITE, scale=scale / 70.0)
        * weathering(h, w, rng, 1.0, cell=scale * 0.5)[..., None]
    )
    tower = Layer.empty(h, w)
    # two-step square base
    loft(tower, cam, floodlight(lit) if night else lit, square_plan(2.85), 0.0, square_plan(2.85), 0.39, tex)
    loft(
        tower, cam, floodlight(lit) if night else lit, square_plan(2.68), 0.39, square_plan(2.68), BASE_H, tex
    )
    _body(tower, cam, lit, rng, night)
    _top_frame(tower, cam, floodlight(lit) if night else lit, tex)
    if night:
        # flood lamps sit on the lawn: the tower is bright at the foot, dimmer at the top
        yy = np.arange(h, dtype=np.float32)[:, None, None]
        top = cam.project(0, 0, 9.17)[1]
        tower.rgb *= 0.45 + 0.7 * smoothstep(top, cam.ground_y, yy)
    else:
        ground_shadow(canvas, tower.alpha, cam.ground_y + scale * 0.5, lit, length=0.5)
    contact_shadow(
        canvas, cam.cx - 2.9 * scale, cam.cx + 2.9 * scale, cam.ground_y + scale * 0.4, scale * 0.3, 0.35
    )
    if night:
        light_pool(
            canvas, cam.cx, cam.ground_y + scale * 0.3, scale * 5.0, scale * 1.1, (0.55, 0.38, 0.18), 0.8
        )
    composite(canvas, tower)
    if night:
        add_glow(canvas, tower.alpha, (1.0, 0.72, 0.35), scale * 1.0, 0.22)
    return finish(canvas, lit, rng)
