"""Stonework of Korean fortress walls: coursed granite faces, parapets with loopholes, arched gates.

Joseon town and mountain fortresses (eupseong, sanseong) face their walls with
large roughly dressed granite blocks laid dry in courses that shrink towards the
top and never run perfectly level; small wedge stones fill the gaps. A projecting
slab course (miseok) caps the face, and on it stands the parapet (yeojang): short
merlons of stone or grey brick, each pierced by loopholes for shooting far and
near, separated by narrow crenels. Gates pass through the wall in a round stone
arch (hongyemun) whose ring is built of wedge-shaped voussoirs, closed by heavy
plank doors studded with iron.

Geometry is in world metres (see :mod:`app.content.render.timber_geom`); the
shaders work in surface metres from :func:`quad_uv`, so blocks and joints stay in
perspective and fade out below about two pixels.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, mix, paint_polygon, smoothstep
from app.content.render.materials import value_noise
from app.content.render.scene import SNOW, Lighting
from app.content.render.timber_geom import Camera, box_faces, light_face, quad_uv
from app.content.render.timber_paint import UV, Shader, detail, dressed_stone
from app.content.render.timber_stone import rubble

GRANITE: Color = (0.66, 0.63, 0.57)
BRICK: Color = (0.47, 0.46, 0.44)  # grey fired brick, as on the parapets of Suwon Hwaseong
DOOR_WOOD: Color = (0.36, 0.18, 0.11)


def masonry(
    uv: UV,
    width: float,
    height: float,
    px_per_m: float,
    lit: Lighting,
    normal: tuple[float, float, float],
    seed: int,
    base: Color = GRANITE,
    big: float = 0.85,
    small: float = 0.42,
    moss: float = 0.0,
) -> Shader:
    """Big rough-dressed granite blocks in irregular courses on a vertical face.

    ``normal`` is the face's world normal; each block is shaded as a slightly
    pillowed surface around it, so blocks catch light on their upper edges the
    way a real wall does in raking sun. Courses are ``big`` metres high at the
    foot and ``small`` at the top.
    """
    rng = np.random.default_rng(seed)
    edges = [0.0]
    while edges[-1] < height + 0.5:
        t = min(edges[-1] / max(height, 1e-6), 1.0)
        edges.append(edges[-1] + (big + (small - big) * t) * rng.uniform(0.75, 1.25))
    course_edges = np.asarray(edges, np.float64)
    n = len(course_edges) - 1
    # block breaks of every course in one sorted array: course c lives at offset c * period
    period = width + 20.0
    breaks = []
    for c in range(n):
        ch = course_edges[c + 1] - course_edges[c]
        lengths = ch * rng.uniform(0.9, 2.4, int((width + 8.0) / (ch * 0.9)) + 3)
        breaks.append(c * period - 4.0 - rng.uniform(0.0, lengths[0]) + np.cumsum(lengths))
    all_breaks = np.concatenate(breaks)
    tone_table = rng.normal(0.0, 0.07, 1009).astype(np.float32)
    warm_table = rng.random(1009).astype(np.float32)
    streak_table = rng.random(int(width * 3) + 8).astype(np.float32)
    skew_table = rng.uniform(-0.3, 0.3, n).astype(np.float64)
    vis = detail(px_per_m, 0.05)
    joint_w = max(0.03, 0.55 / max(px_per_m, 1e-3))  # never much thinner than a pixel, or the coursing vanishes
    grain_rng = np.random.default_rng(seed + 1)
    wn = np.asarray(normal, np.float64)
    tangent = np.cross((0.0, 1.0, 0.0), wn)  # along the face, to the right as seen from outside
    stone = np.asarray(base, np.float32)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        u, v = np.clip(u, -0.5, 1.5), np.clip(v, -0.5, 1.5)  # bounding-box pixels off an edge-on face
        x = (u * width).astype(np.float64)
        # courses wander a little, as hand-laid courses do
        y = (1.0 - v) * height + 0.05 * np.sin(x * 0.9 + 1.7) + 0.03 * np.sin(x * 2.3)
        course = np.clip(np.searchsorted(course_edges, y, side="right") - 1, 0, n - 1)
        # vertical joints lean a little, differently in every course: the blocks are not cut square
        key = course * period + x + skew_table[course] * (y - course_edges[course])
        idx = np.clip(np.searchsorted(all_breaks, key, side="right"), 1, len(all_breaks) - 1)
        left, right = all_breaks[idx - 1], all_breaks[idx]
        p = np.clip((key - left) / (right - left), 0.0, 1.0) * 2.0 - 1.0
        e0, e1 = course_edges[course], course_edges[course + 1]
        q = np.clip((y - e0) / (e1 - e0), 0.0, 1.0) * 2.0 - 1.0
        # pillowed block faces: flat in the middle, rounding off towards the arrises
        bx = (np.sign(p) * np.abs(p) ** 4 * 0.7 * vis).astype(np.float32)
        by = (np.sign(q) * np.abs(q) ** 4 * 0.7 * vis).astype(np.float32)
        nrm = wn[:, None, None] + tangent[:, None, None] * bx + np.array([0.0, 1.0, 0.0])[:, None, None] * by
        nrm = nrm / np.sqrt((nrm * nrm).sum(axis=0))
        light = lit.shade(nrm[0], nrm[1], -nrm[2])
        dj = np.minimum(np.minimum(key - left, right - key), np.minimum(y - e0, e1 - y))
        gap = smoothstep(joint_w, joint_w * 0.3, dj)
        occl = 1.0 - 0.25 * smoothstep(0.18, 0.0, dj) * vis
        grain = value_noise(yy.shape[0], yy.shape[1], 1.3, grain_rng) - 0.5
        tone = (1.0 + tone_table[idx % 1009] + 0.12 * grain * vis) * occl * (1.0 - 0.62 * gap)
        warm = warm_table[idx % 1009][..., None]
        colour = stone * mix((0.97, 0.99, 1.03), (1.07, 1.0, 0.9), warm)
        # rain streaks from the parapet and damp, darker stone near the foot
        si = np.clip(x * 3.0, 0, len(streak_table) - 2)
        streak = np.interp(si, np.arange(len(streak_table)), streak_table).astype(np.float32)
        frac_top = np.clip(y / max(height, 1e-6), 0.0, 1.0).astype(np.float32)
        tone = tone * (1.0 - 0.16 * np.clip(streak - 0.45, 0.0, 1.0) * frac_top ** 2)
        tone = tone * (1.0 - 0.12 * smoothstep(1.2, 0.0, y))
        colour = colour * tone[..., None]
        if moss > 0.0:
            damp = smoothstep(1.6, 0.0, y) * (0.4 + 0.6 * streak) * moss
            colour = mix(colour, np.asarray((0.30, 0.36, 0.22), np.float32) * tone[..., None], damp[..., None])
        return colour * light

    return fill


def ledge(
    target: np.ndarray, cam: Camera, lit: Lighting, x0: float, x1: float, y: float, z: float, snow: float
) -> None:
    """The projecting slab course (miseok) along the top of a wall face at depth ``z``."""
    for corners, normal in box_faces(x0 - 0.15, x1 + 0.15, y - 0.22, y, z - 0.15, z + 0.4, cam):
        if normal[1] < 0:
            colour = np.asarray(GRANITE, np.float32) * light_face(lit, normal) * 0.6
        else:
            colour = np.asarray(GRANITE, np.float32) * 1.05 * light_face(lit, normal)
        if snow > 0 and normal[1] > 0:
            colour = mix(colour, np.asarray(SNOW, np.float32) * light_face(lit, normal), snow)
        paint_polygon(target, cam.project(corners), tuple(colour))


def parapet(
    target: np.ndarray,
    cam: Camera,
    lit: Lighting,
    x0: float,
    x1: float,
    z: float,
    y0: float,
    brick: bool,
    seed: int,
    snow: float = 0.0,
    merlon: float = 3.4,
) -> None:
    """A row of merlons (yeojang) along x0..x1 standing on ``y0`` at depth ``z``.

    Each merlon has two loopholes for shooting far (high, horizontal) and one for
    shooting near (low, in the middle), and a slab coping on top.
    """
    height, thick, gap = 1.35, 0.7, 0.32
    count = max(int(round((x1 - x0) / (merlon + gap))), 1)
    step = (x1 - x0) / count
    spans = [(x0 + i * step + gap / 2, x0 + (i + 1) * step - gap / 2) for i in range(count)]
    spans.sort(key=lambda s: -abs((s[0] + s[1]) / 2 - cam.eye[0]))  # far ones first: sides overlap correctly
    rng = np.random.default_rng(seed)
    for a, b in spans:
        mid = np.array([((a + b) / 2, y0 + 0.7, z)])
        if cam.depth(mid)[0] < 2.0:
            continue
        centre = cam.project(mid)[0]
        if not -0.3 * cam.width < centre[0] < 1.3 * cam.width:
            continue
        ppm = cam.focal / max(float(cam.depth(mid)[0]), 0.5)
        s = int(rng.integers(0, 1 << 30))
        for corners, normal in box_faces(a, b, y0, y0 + height, z, z + thick, cam):
            if normal[1] != 0:
                continue
            px = cam.project(corners)
            light = light_face(lit, normal)
            w = float(np.linalg.norm(corners[1] - corners[0]))
            if brick:
                fill = dressed_stone(quad_uv(px), w, height, ppm, light, base=BRICK, course=0.11, block=0.33, seed=s)
            else:
                fill = _rubble_face(quad_uv(px), w, height, ppm, light, s)
            paint_polygon(target, px, fill)
            if normal == (0.0, 0.0, -1.0):
                _loopholes(target, cam, lit, a, b, y0, z)
        _coping(target, cam, lit, a, b, y0 + height, z, thick, snow)


def _rubble_face(uv: UV, width: float, height: float, ppm: float, light: np.ndarray, seed: int) -> Shader:
    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        # pixels of the bounding box off a face seen edge-on map far outside it: keep them near
        u, v = uv(yy, xx)
        u, v = np.clip(u, -0.5, 1.5), np.clip(v, -0.5, 1.5)
        return rubble(u * width, v * height, 0.32, ppm * 0.5, seed, base=GRANITE) * light

    return fill


def _loopholes(target: np.ndarray, cam: Camera, lit: Lighting, a: float, b: float, y0: float, z: float) -> None:
    dark = np.asarray((0.05, 0.05, 0.05), np.float32) * np.asarray(lit.ambient, np.float32) * 2.0
    mid = (a + b) / 2
    holes = [(mid - (b - a) * 0.28, 0.82, 0.22, 0.16), (mid + (b - a) * 0.28, 0.82, 0.22, 0.16), (mid, 0.3, 0.16, 0.3)]
    for hx, hy, hw, hh in holes:
        pts = [(hx - hw / 2, y0 + hy + hh, z - 0.01), (hx + hw / 2, y0 + hy + hh, z - 0.01),
               (hx + hw / 2, y0 + hy, z - 0.01), (hx - hw / 2, y0 + hy, z - 0.01)]
        paint_polygon(target, cam.project(pts), tuple(dark))


def _coping(
    target: np.ndarray, cam: Camera, lit: Lighting, a: float, b: float, y: float, z: float, thick: float, snow: float
) -> None:
    for corners, normal in box_faces(a - 0.06, b + 0.06, y, y + 0.12, z - 0.08, z + thick + 0.08, cam):
        colour = np.asarray(GRANITE, np.float32) * 0.92 * light_face(lit, normal)
        paint_polygon(target, cam.project(corners), tuple(colour))
    if snow > 0:
        for corners, _normal in box_faces(a - 0.04, b + 0.04, y + 0.12, y + 0.12 + 0.14 * snow, z - 0.06,
                                         z + thick + 0.06, cam):
            colour = np.asarray(SNOW, np.float32) * light_face(lit, (0.0, 1.0, 0.0))
            paint_polygon(target, cam.project(corners), tuple(colour))


def _arch_outline(cx: float, half: float, spring: float, z: float, n: int = 28) -> np.ndarray:
    """World outline of a round-headed opening (jambs from the ground, semicircular head)."""
    t = np.linspace(np.pi, 0.0, n)
    head = np.stack([cx + half * np.cos(t), spring + half * np.sin(t), np.full(n, z)], 1)
    return np.vstack([[(cx - half, 0.0, z)], head, [(cx + half, 0.0, z)]])


def arch_gate(
    target: np.ndarray,
    cam: Camera,
    lit: Lighting,
    cx: float,
    z_front: float,
    z_back: float,
    half: float,
    spring: float,
    doors_open: bool,
    beyond: Color,
    seed: int,
    lamp: float = 0.0,
) -> None:
    """The hongyemun: a voussoir ring round an arched tunnel through the wall.

    Open doors show the daylight at the far end of the tunnel; closed ones fill
    the opening just inside the face with studded plank doors.
    """
    h, w = target.shape[:2]
    near = cam.project(_arch_outline(cx, half, spring, z_front))
    near_mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(near_mask, [np.round(near * 16).astype(np.int32)], 255, cv2.LINE_AA, 4)
    inside = near_mask.astype(np.float32) / 255.0
    if doors_open:
        # the tunnel: dark stone, lit a little from both ends
        far = cam.project(_arch_outline(cx, half, spring, z_back))
        far_mask = np.zeros((h, w), np.uint8)
        cv2.fillPoly(far_mask, [np.round(far * 16).astype(np.int32)], 255, cv2.LINE_AA, 4)
        ys = np.arange(h, dtype=np.float32)[:, None]
        y_top, y_bot = float(near[:, 1].min()), float(near[:, 1].max())
        glow = np.asarray(lit.ambient, np.float32) * 0.35 + np.float32(lamp) * np.asarray((0.5, 0.3, 0.12), np.float32)
        tunnel = np.asarray((0.42, 0.40, 0.37), np.float32) * glow
        ramp = (0.5 + 0.8 * smoothstep(y_top, y_bot, ys))[..., None]
        target[:] = mix(target, tunnel * ramp, inside)
        opening = (far_mask.astype(np.float32) / 255.0) * inside
        target[:] = mix(target, np.asarray(beyond, np.float32) * (0.8 + 0.4 * smoothstep(y_top, y_bot, ys)[..., None]),
                        opening * 0.95)
    else:
        inset = cam.project(_arch_outline(cx, half, spring, z_front + 0.5))
        box = [(cx - half, spring + half, z_front + 0.5), (cx + half, spring + half, z_front + 0.5),
               (cx + half, 0.0, z_front + 0.5), (cx - half, 0.0, z_front + 0.5)]
        target[:] = mix(target, np.asarray((0.03, 0.03, 0.03), np.float32), inside)  # reveal in deep shade
        paint_polygon(target, inset, _doors(quad_uv(cam.project(box)), 2 * half, spring + half,
                                            light_face(lit, (0.0, 0.0, -1.0)) * 0.55 + lamp * 0.3))
    _ring(target, cam, lit, cx, half, spring, z_front, seed)


def _doors(uv: UV, width: float, height: float, light: np.ndarray) -> Shader:
    """Two leaves of vertical planks with iron straps and rows of round-headed studs."""
    wood = np.asarray(DOOR_WOOD, np.float32)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        x, y = u * width, v * height
        plank = 1.0 + 0.08 * np.sin(np.floor(x / 0.28) * 12.9898) - 0.35 * smoothstep(0.02, 0.0, np.abs(
            (x % 0.28) - 0.14) - 0.12)
        meet = smoothstep(0.05, 0.0, np.abs(x - width / 2))
        strap = (np.abs(((y - 0.6) % 1.1) - 0.55) > 0.47).astype(np.float32)
        stud = ((np.abs((x % 0.3) - 0.15) < 0.04) & (np.abs((y % 0.36) - 0.18) < 0.04)).astype(np.float32)
        colour = wood * (plank * (1.0 - 0.7 * meet))[..., None]
        iron = np.asarray((0.12, 0.11, 0.11), np.float32)
        colour = mix(colour, iron, np.maximum(strap, stud * 0.8))
        return colour * light

    return fill


def _ring(
    target: np.ndarray, cam: Camera, lit: Lighting, cx: float, half: float, spring: float, z: float, seed: int
) -> None:
    """Voussoirs of the arch head and the tall dressed jamb stones below the springing line."""
    ring = 0.75
    light = light_face(lit, (0.0, 0.0, -1.0))
    rng = np.random.default_rng(seed)
    count = 15
    tones = 1.0 + rng.normal(0.0, 0.06, count)
    edges = np.linspace(np.pi, 0.0, count + 1)
    stone = np.asarray(GRANITE, np.float32) * 1.06
    for i in range(count):
        t = np.linspace(edges[i], edges[i + 1], 5)
        inner = np.stack([cx + half * np.cos(t), spring + half * np.sin(t), np.full(5, z - 0.02)], 1)
        outer = np.stack([cx + (half + ring) * np.cos(t), spring + (half + ring) * np.sin(t), np.full(5, z - 0.02)], 1)
        poly = cam.project(np.vstack([inner, outer[::-1]]))
        paint_polygon(target, poly, tuple(stone * tones[i] * light))
        # a dark joint line on the radial edge between voussoirs
        a = edges[i + 1]
        joint = [(cx + half * np.cos(a), spring + half * np.sin(a), z - 0.03),
                 (cx + (half + ring) * np.cos(a), spring + (half + ring) * np.sin(a), z - 0.03)]
        j = cam.project(joint)
        width_px = max(0.04 * cam.focal / max(float(cam.depth(np.array(joint))[0]), 0.5), 0.6)
        nrm = np.array([-(j[1, 1] - j[0, 1]), j[1, 0] - j[0, 0]]) / max(np.linalg.norm(j[1] - j[0]), 1e-6)
        quad_px = np.array([j[0] - nrm * width_px / 2, j[1] - nrm * width_px / 2, j[1] + nrm * width_px / 2,
                            j[0] + nrm * width_px / 2])
        paint_polygon(target, quad_px, tuple(stone * 0.25 * light))
    # jambs: three tall stones a side, reaching up to the springing line
    for side in (-1.0, 1.0):
        x_in, x_out = cx + side * half, cx + side * (half + ring)
        lo, hi = sorted((x_in, x_out))
        levels = np.linspace(0.0, spring, 4)
        for k in range(3):
            pts = [(lo, levels[k + 1], z - 0.02), (hi, levels[k + 1], z - 0.02), (hi, levels[k], z - 0.02),
                   (lo, levels[k], z - 0.02)]
            paint_polygon(target, cam.project(pts), tuple(stone * (1.0 + rng.normal(0, 0.05)) * light * 0.97))
            seam = [(lo, levels[k] + 0.03, z - 0.03), (hi, levels[k] + 0.03, z - 0.03), (hi, levels[k], z - 0.03),
                    (lo, levels[k], z - 0.03)]
            if k:
                paint_polygon(target, cam.project(seam), tuple(stone * 0.3 * light))
