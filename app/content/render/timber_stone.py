"""Stonework that carries Korean timber buildings: rubble and framed terrace walls, stair-bridges, piers.

Bulguksa's terraces are the model: big rounded natural boulders at the foot,
above them a frame of dressed granite posts and beams filled with smaller
stones. Texture shaders work in surface metres (see
:mod:`app.content.render.timber_paint`); the stones are a jittered-grid Voronoi
pattern, so each pixel only looks at its nine neighbouring cells.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Color, Layer, mix, paint_polygon, smoothstep
from app.content.render.scene import SNOW, Lighting
from app.content.render.timber_geom import Camera, box_faces, light_face, quad_uv
from app.content.render.timber_paint import UV, Shader, detail, dressed_stone

GRANITE: Color = (0.68, 0.65, 0.59)
BOULDER: Color = (0.60, 0.57, 0.50)
Target = np.ndarray | Layer


def _cells(x: np.ndarray, y: np.ndarray, cell: float, seed: int) -> tuple[np.ndarray, ...]:
    """Jittered-grid Voronoi: (distance to nearest, to second nearest, cell id, dx, dy) in metres.

    Feature points come from a small random table over the cells the region
    touches, so each pixel costs nine table look-ups, not nine hashes.
    """
    gx = np.floor(x / cell).astype(np.int32)
    gy = np.floor(y / cell).astype(np.int32)
    x0, y0 = int(gx.min()) - 1, int(gy.min()) - 1
    nx, ny = int(gx.max()) - x0 + 2, int(gy.max()) - y0 + 2
    rng = np.random.default_rng([seed, x0 & 0xFFFF, y0 & 0xFFFF])
    jit = (rng.random((2, ny, nx), dtype=np.float32) * 0.8 + 0.1) * cell
    ident = rng.integers(0, 1 << 20, (ny, nx))
    lx, ly = gx - x0, gy - y0
    f1 = np.full(x.shape, 1e9, np.float32)
    f2 = np.full(x.shape, 1e9, np.float32)
    ids = np.zeros(x.shape, np.int64)
    ddx = np.zeros(x.shape, np.float32)
    ddy = np.zeros(x.shape, np.float32)
    for oy in (-1, 0, 1):
        for ox in (-1, 0, 1):
            cy, cx = ly + oy, lx + ox
            dx = x - ((cx + x0) * cell + jit[0, cy, cx])
            dy = (y - ((cy + y0) * cell + jit[1, cy, cx])) * 1.25  # stones are laid wider than tall
            d = np.sqrt(dx * dx + dy * dy)
            closer = d < f1
            np.copyto(f2, np.where(closer, f1, np.minimum(f2, d)))
            np.copyto(f1, d, where=closer)
            np.copyto(ids, ident[cy, cx], where=closer)
            np.copyto(ddx, dx, where=closer)
            np.copyto(ddy, dy, where=closer)
    return f1, f2, ids, ddx, ddy


def rubble(
    x: np.ndarray, y: np.ndarray, cell: float, px_per_m: float, seed: int, base: Color = BOULDER
) -> np.ndarray:
    """Rounded natural stones of about ``cell`` metres, shaded as domes lit from the upper left."""
    f1, f2, ids, dx, dy = _cells(x, y, cell, seed)
    vis = detail(px_per_m, cell * 0.08)
    joint = smoothstep(0.0, cell * 0.12, f2 - f1)  # 0 in the mortar joint
    tone = 0.85 + 0.3 * ((ids % 97) / 97.0)
    dome = 1.0 + 0.3 * np.clip((-dx + dy) / cell, -1.0, 1.0) * joint  # y grows downwards
    shade = (tone * mix(1.0, dome * (0.25 + 0.75 * joint), vis)).astype(np.float32)
    warm = ((ids >> 7) % 5) / 5.0
    colour = np.asarray(base, np.float32) * mix((1.0, 1.0, 1.0), (1.04, 1.0, 0.94), warm * 0.8)
    return colour * shade[..., None]


def terrace_face(
    uv: UV,
    width: float,
    height: float,
    px_per_m: float,
    light: np.ndarray,
    seed: int,
    boulder_frac: float = 0.45,
    post_every: float = 3.2,
    snow: float = 0.0,
) -> Shader:
    """Bulguksa-style terrace wall: boulders below, a dressed granite frame with rubble panels above."""
    granite = np.asarray(GRANITE, np.float32)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        x, y = u * width, v * height  # y: metres down from the top edge
        low = y > height * (1.0 - boulder_frac)
        # one Voronoi pass for both stone sizes: scale the coordinates instead of the cells
        size = np.where(low, 1.1, 0.45).astype(np.float32)
        colour = rubble(x / size, y / size, 1.0, px_per_m * 0.45, seed)
        colour = colour * np.where(low, 1.0, 1.07)[..., None]
        # dressed frame: a cap beam, a sill beam over the boulders and regular posts
        top = y < 0.45
        sill = np.abs(y - height * (1.0 - boulder_frac)) < 0.25
        post = (np.abs((x % post_every) - post_every / 2) > post_every / 2 - 0.3) & ~low
        frame = top | sill | post
        edge = smoothstep(
            0.0, 0.05, np.minimum(np.abs(y - 0.45), np.abs(np.abs(y - height * (1 - boulder_frac)) - 0.25))
        )
        colour = np.where(frame[..., None], granite * (0.92 + 0.08 * edge)[..., None], colour)
        colour = colour * light
        if snow > 0:
            ledge = smoothstep(0.12, 0.0, np.abs(y - (height * (1 - boulder_frac) - 0.25)))
            colour = mix(
                colour, np.asarray(SNOW, np.float32) * light * 1.1, ((ledge + (y < 0.06)) * snow)[..., None]
            )
        return colour

    return fill


def terrace(
    target: Target,
    cam: Camera,
    lit: Lighting,
    x0: float,
    x1: float,
    y0: float,
    y1: float,
    z0: float,
    z1: float,
    seed: int,
    boulder_frac: float = 0.45,
    snow: float = 0.0,
) -> None:
    """A stone terrace block (front, visible side and top faces)."""
    for corners, normal in box_faces(x0, x1, y0, y1, z0, z1, cam):
        px = cam.project(corners)
        light = light_face(lit, normal)
        if normal[1] > 0:
            top = np.asarray((0.62, 0.58, 0.50), np.float32) * light
            paint_polygon(target, px, tuple(mix(top, np.asarray(SNOW, np.float32) * light, snow)))
            continue
        w = float(np.linalg.norm(corners[1] - corners[0]))
        ppm = cam.scale_at(float(corners[:, 2].mean()))
        paint_polygon(
            target, px, terrace_face(quad_uv(px), w, y1 - y0, ppm, light, seed, boulder_frac, snow=snow)
        )


def stair_bridge(
    target: Target,
    cam: Camera,
    lit: Lighting,
    x0: float,
    x1: float,
    z_foot: float,
    z_head: float,
    y_foot: float,
    y_head: float,
    steps: int,
    arch: tuple[float, float, float] | None,
    seed: int,
    snow: float = 0.0,
    y_base: float = 0.0,
) -> None:
    """A straight flight of granite steps on a solid stone body, optionally pierced by an arch.

    The flight climbs in +z from ``(z_foot, y_foot)`` to ``(z_head, y_head)``.
    ``arch`` = (width, height, position 0..1 along the flight) of a round-headed
    opening through the body, as under Bulguksa's Cheongungyo. The stone body
    stands on ``y_base``.
    """
    ex = cam.eye[0]
    side_x = x1 if ex > x1 else (x0 if ex < x0 else None)
    if side_x is not None:
        normal = (1.0 if side_x == x1 else -1.0, 0.0, 0.0)
        body = np.array(
            [
                (side_x, y_foot, z_foot),
                (side_x, y_head, z_head),
                (side_x, y_base, z_head),
                (side_x, y_base, z_foot),
            ]
        )
        light = light_face(lit, normal)
        quad = cam.project(
            [
                (side_x, y_head, z_foot),
                (side_x, y_head, z_head),
                (side_x, y_base, z_head),
                (side_x, y_base, z_foot),
            ]
        )
        length = abs(z_head - z_foot)
        paint_polygon(
            target,
            cam.project(body),
            dressed_stone(quad_uv(quad), length, y_head - y_base, cam.scale_at(z_foot), light, seed=seed),
        )
        if arch is not None:
            aw, ah, at = arch
            zc = z_foot + (z_head - z_foot) * at
            t = np.linspace(0.0, np.pi, 20)
            spring = y_base + ah - aw / 2  # where the round head springs from the jambs
            crown = np.stack([np.full(20, side_x), spring + np.sin(t) * aw / 2, zc + np.cos(t) * aw / 2], 1)
            hole = np.vstack([[(side_x, y_base, zc + aw / 2)], crown, [(side_x, y_base, zc - aw / 2)]])
            inside = np.asarray((0.10, 0.09, 0.08), np.float32) * np.asarray(lit.ambient, np.float32) * 2.0
            paint_polygon(target, cam.project(hole), tuple(inside))
            ring = np.asarray(GRANITE, np.float32) * light * 1.1
            outer = crown.copy()
            outer[:, 1] = spring + np.sin(t) * (aw / 2 + 0.35)
            outer[:, 2] = zc + np.cos(t) * (aw / 2 + 0.35)
            paint_polygon(target, cam.project(np.vstack([outer, crown[::-1]])), tuple(ring))
    rise = (y_head - y_foot) / steps
    run = (z_head - z_foot) / steps
    tread = np.asarray((0.74, 0.71, 0.65), np.float32)
    riser = np.asarray((0.60, 0.57, 0.52), np.float32)
    if snow > 0:
        tread = mix(tread, SNOW, snow)
    tl, rl = light_face(lit, (0.0, 1.0, 0.0)), light_face(lit, (0.0, 0.0, -1.0))
    for i in range(steps):
        ya, yb = y_foot + i * rise, y_foot + (i + 1) * rise
        za, zb = z_foot + i * run, z_foot + (i + 1) * run
        # the riser then the tread of each step; later steps overlap earlier ones correctly from the front
        paint_polygon(
            target,
            cam.project([(x0, yb, za), (x1, yb, za), (x1, ya, za), (x0, ya, za)]),
            tuple(riser * rl * (0.95 + 0.1 * (i % 2))),
        )
        if cam.eye[1] > yb:
            paint_polygon(
                target,
                cam.project([(x0, yb, za), (x1, yb, za), (x1, yb, zb), (x0, yb, zb)]),
                tuple(tread * tl),
            )


def pier(
    target: Target,
    cam: Camera,
    lit: Lighting,
    x: float,
    z: float,
    width: float,
    length: float,
    y0: float,
    y1: float,
    seed: int,
) -> None:
    """A stone bridge pier, long in ``z`` (the stream's direction), with pointed cut-waters at both ends."""
    hw, hl = width / 2, length / 2
    nose = width * 0.9
    ppm = cam.scale_at(z)
    for corners, normal in box_faces(x - hw, x + hw, y0, y1, z - hl, z + hl, cam):
        if normal[2] != 0:
            continue  # the blunt ends are hidden inside the cut-waters
        px = cam.project(corners)
        w = float(np.linalg.norm(corners[1] - corners[0]))
        paint_polygon(
            target,
            px,
            dressed_stone(
                quad_uv(px), w, y1 - y0, ppm, light_face(lit, normal), course=0.5, block=1.1, seed=seed
            ),
        )
    sz = -1.0 if cam.eye[2] < z else 1.0
    tip_z = z + sz * (hl + nose)
    for sx in (-1.0, 1.0):
        base = (x + sx * hw, z + sz * hl)
        if (cam.eye[0] - base[0]) * sx < -abs(cam.eye[2] - tip_z):
            continue  # this facet of the nose turns away from the camera
        pts = [(x, y1, tip_z), (base[0], y1, base[1]), (base[0], y0, base[1]), (x, y0, tip_z)]
        px = cam.project(pts)
        paint_polygon(
            target,
            px,
            dressed_stone(
                quad_uv(px),
                float(np.hypot(hw, nose)),
                y1 - y0,
                ppm,
                light_face(lit, (sx * 0.75, 0.0, sz * 0.66)),
                course=0.5,
                block=0.9,
                seed=seed + 1,
            ),
        )


def paving(
    target: Target,
    cam: Camera,
    lit: Lighting,
    x0: float,
    x1: float,
    z0: float,
    z1: float,
    y: float = 0.0,
    seed: int = 0,
    snow: float = 0.0,
    base: Color = (0.70, 0.67, 0.61),
) -> None:
    """A flat path of granite slabs on the ground between ``x0..x1`` and ``z0..z1``."""
    near = max(z0, cam.eye[2] + 1.0)
    corners = np.array([(x0, y, z1), (x1, y, z1), (x1, y, near), (x0, y, near)])
    px = cam.project(corners)
    light = light_face(lit, (0.0, 1.0, 0.0))
    colour = mix(base, SNOW, snow * 0.9) if snow > 0 else base
    fill = dressed_stone(
        quad_uv(px),
        x1 - x0,
        z1 - near,
        cam.scale_at(z1) * 0.3,
        light,
        base=tuple(colour),
        course=0.9,
        block=1.4,
        seed=seed,
    )
    paint_polygon(target, px, fill)
