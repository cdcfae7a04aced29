"""Curved Korean *giwa* tile roofs: hipped-and-gabled (paljak), hipped and gabled forms.

A roof is modelled in world metres (see :mod:`app.content.render.timber_geom`):
the eaves sag in the middle and sweep up at the corners (*chunyeo*), each slope
has a concave profile (steep near the ridge, flat at the eaves), and tile rows
run down the slope as ribs of convex cover tiles with concave channels
between them. Slopes facing away from the camera are culled; the roof is close
enough to convex that this alone gives the right overlaps.

Per-pixel shading comes from the slope's surface coordinates (a homography of
the slope's bounding plane), so the ribs converge in perspective and fade out
when they would be thinner than a couple of pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from app.content.render.canvas import Color, Layer, mix, paint_polygon, smoothstep, stroke
from app.content.render.scene import SNOW, Lighting
from app.content.render.timber_geom import Camera, light_face, quad_uv

RoofKind = Literal["paljak", "hip", "gable"]

TILE: Color = (0.27, 0.28, 0.30)  # fired grey clay
RIDGE_MORTAR: Color = (0.86, 0.84, 0.78)  # lime mortar lines on the ridges
TILE_PITCH = 0.30  # metres between rows of cover tiles


@dataclass(frozen=True)
class Roof:
    """One tiled roof. Lengths in metres; ``(cx, cz)`` is the footprint centre.

    ``width``/``depth`` span eave to eave, ``eave_y`` is the height of the eave
    at its lowest (middle) point, ``lift`` how far the corners sweep up.
    ``ridge_len`` is the length of the main ridge (ignored for ``"gable"``,
    whose ridge runs the full width). For ``"paljak"`` the small gable
    triangles start ``gable_frac`` of the way from the eaves to the ridge.
    """

    cx: float
    cz: float
    width: float
    depth: float
    eave_y: float
    ridge_y: float
    ridge_len: float
    lift: float = 0.6
    kind: RoofKind = "paljak"
    gable_frac: float = 0.55
    tile: Color = TILE
    ridge_ends: bool = True  # raised ornaments (chimi / chwidu) at the ridge ends
    snow: float = 0.0  # 0..1 snow cover
    glow: float = 0.0  # 0..1 warm flood-light on the eaves from below
    ridge_h: float = field(default=0.0)  # ridge height; 0 = proportional to the roof

    def eave_point(self, t: np.ndarray, side: str) -> np.ndarray:
        """Points on an eave edge, ``t`` in [-1, 1] from one corner to the other.

        ``side`` is ``front``/``back`` (t runs along x) or ``left``/``right`` (t along z).
        """
        t = np.asarray(t, np.float64)
        rise = self.lift * np.abs(t) ** 2.6
        # the corners also swing outwards in plan (anheo-ri), a little
        out = self.lift * 0.35 * np.abs(t) ** 3
        hw, hd = self.width / 2, self.depth / 2
        if side in ("front", "back"):
            sgn = -1.0 if side == "front" else 1.0
            return np.stack(
                [self.cx + t * hw, self.eave_y + rise, np.full_like(t, self.cz + sgn * (hd + out))], axis=-1
            )
        sgn = -1.0 if side == "left" else 1.0
        return np.stack(
            [np.full_like(t, self.cx + sgn * (hw + out)), self.eave_y + rise, self.cz + t * hd], axis=-1
        )

    def ridge_half(self) -> float:
        """Half the main ridge length."""
        return self.width / 2 if self.kind == "gable" else self.ridge_len / 2

    def gable_base(self) -> tuple[float, float]:
        """(height, half depth) of the bottom edge of the paljak gable triangle."""
        if self.kind != "paljak":
            return self.ridge_y, 0.0
        gy = self.eave_y + (self.ridge_y - self.eave_y) * self.gable_frac
        return gy, self.depth / 2 * (1.0 - self.gable_frac) * 0.95


def _hip(a: np.ndarray, b: np.ndarray, n: int = 10) -> np.ndarray:
    """Curve from eave corner ``a`` to upper point ``b``: flat first, then steep (a sagging hip)."""
    s = np.linspace(0.0, 1.0, n)[:, None]
    pts = a + (b - a) * s
    pts[:, 1] = a[1] + (b[1] - a[1]) * s[:, 0] ** 1.45
    return pts


def _slope_outline(roof: Roof, side: str, n: int = 28) -> tuple[np.ndarray, np.ndarray]:
    """World outline of one slope and its bounding plane quad (for surface coordinates)."""
    t = np.linspace(-1.0, 1.0, n)
    eave = roof.eave_point(t, side)
    gy, gz = roof.gable_base()
    rh = roof.ridge_half()
    cx, cz = roof.cx, roof.cz
    if side in ("front", "back"):
        sz = -1.0 if side == "front" else 1.0
        if roof.kind == "gable":
            top = np.array([(cx + rh, roof.ridge_y, cz), (cx - rh, roof.ridge_y, cz)])
            outline = np.vstack([eave, top])
        else:
            gr = np.array([cx + rh, gy, cz + sz * gz])
            gl = np.array([cx - rh, gy, cz + sz * gz])
            right = _hip(eave[-1], gr)
            left = _hip(eave[0], gl)[::-1]
            top = [(cx + rh, roof.ridge_y, cz), (cx - rh, roof.ridge_y, cz)] if roof.kind == "paljak" else []
            outline = np.vstack([eave, right[1:], np.array(top).reshape(-1, 3), left[:-1]])
        hw = roof.width / 2
        zf = cz + sz * roof.depth / 2
        plane = np.array(
            [
                (cx - hw, roof.eave_y, zf),
                (cx + hw, roof.eave_y, zf),
                (cx + hw, roof.ridge_y, cz),
                (cx - hw, roof.ridge_y, cz),
            ]
        )
        return outline, plane
    sx = -1.0 if side == "left" else 1.0
    gx = cx + sx * rh
    back = _hip(eave[-1], np.array([gx, gy, cz + gz]))
    front = _hip(eave[0], np.array([gx, gy, cz - gz]))[::-1]
    outline = np.vstack([eave, back[1:], front[:-1]])
    xe = cx + sx * roof.width / 2
    hd = roof.depth / 2
    plane = np.array(
        [
            (xe, roof.eave_y, cz - hd),
            (xe, roof.eave_y, cz + hd),
            (gx, gy, cz + max(gz, 0.01)),
            (gx, gy, cz - max(gz, 0.01)),
        ]
    )
    return outline, plane


_NORMALS = {
    "front": (0.0, 0.0, -1.0),
    "back": (0.0, 0.0, 1.0),
    "left": (-1.0, 0.0, 0.0),
    "right": (1.0, 0.0, 0.0),
}


def _facing(cam: Camera, pts: np.ndarray, normal: np.ndarray) -> bool:
    centre = pts.mean(axis=0)
    return float(np.dot(np.asarray(cam.eye) - centre, normal)) > 0.0


def _plane_normal(plane: np.ndarray) -> np.ndarray:
    """Upward normal of a slope's bounding plane (eave edge, then the upper edge)."""
    n = np.cross(plane[1] - plane[0], plane[3] - plane[0])
    return -n if n[1] < 0 else n


def slope_visible(cam: Camera, roof: Roof, side: str) -> bool:
    """Whether the camera sees the upper (tiled) face of one slope of ``roof``."""
    if roof.kind == "gable" and side in ("left", "right"):
        return False
    _, plane = _slope_outline(roof, side, 4)
    return _facing(cam, plane[:2], _plane_normal(plane))


def _tile_shader(
    roof: Roof,
    cam: Camera,
    lit: Lighting,
    side: str,
    plane_px: np.ndarray,
    span: float,
    rng: np.random.Generator,
):
    """Per-pixel colour of a tiled slope: ribs, channels, courses, pitch shading, snow."""
    uv = quad_uv(plane_px)
    rows = max(int(span / TILE_PITCH), 2)
    period_px = (
        min(
            float(np.linalg.norm(plane_px[1] - plane_px[0])),
            float(np.linalg.norm(plane_px[2] - plane_px[3])) * 2.0,
        )
        / rows
    )
    rib_vis = float(smoothstep(1.5, 4.0, period_px))
    jitter = rng.normal(0.0, 0.05, rows + 2).astype(np.float32)
    hx, _, hz = _NORMALS[side]
    base = np.asarray(roof.tile, np.float32)
    sun_x = float(lit.sun_dir[0]) if side in ("front", "back") else float(lit.sun_dir[2])

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        v = np.clip(v, -0.3, 1.0)
        # pitch: about 22° at the eaves to 48° near the ridge (concave profile)
        pitch = np.radians(22.0 + 26.0 * np.clip(v, 0.0, 1.0) ** 1.3)
        ny, nh = np.cos(pitch), np.sin(pitch)
        light = lit.shade(hx * nh, ny, -hz * nh)
        f = u * rows
        k = np.clip(np.floor(f).astype(np.int64) + 1, 0, rows + 1)
        g = f - np.floor(f) - 0.5  # −0.5..0.5 across one rib period
        cover = smoothstep(0.24, 0.17, np.abs(g))  # convex cover-tile rib
        side_lit = 1.0 + 0.35 * np.clip(g / 0.2, -1.0, 1.0) * np.sign(sun_x) * cover
        gap_shadow = 1.0 - 0.45 * smoothstep(0.17, 0.24, np.abs(g)) * smoothstep(0.36, 0.24, np.abs(g))
        course = 1.0 - 0.12 * smoothstep(0.86, 1.0, (v * rows * 0.7) % 1.0) * (1.0 - cover)
        tone = 1.0 + rib_vis * ((side_lit - 1.0) + (gap_shadow - 1.0) + (course - 1.0) + 0.1 * cover)
        tone = tone * (1.0 + jitter[k])
        colour = base * tone[..., None] * light
        if roof.snow > 0.0:
            # snow lies in the channels and on the flatter lower slope first
            lie = np.clip(roof.snow * (1.25 - 0.5 * np.clip(v, 0, 1)) - 0.5 * cover * rib_vis, 0.0, 1.0)
            colour = mix(colour, np.asarray(SNOW, np.float32) * light * 1.05, lie)
        if roof.glow > 0.0:
            lamp = np.exp(-np.clip(v, 0.0, 1.0) * 5.0) * roof.glow
            colour = colour + lamp[..., None] * np.asarray((0.55, 0.34, 0.12), np.float32)
        return colour

    return fill


def _draw_slope(
    target: np.ndarray | Layer, cam: Camera, lit: Lighting, roof: Roof, side: str, rng: np.random.Generator
) -> None:
    if not slope_visible(cam, roof, side):
        return
    outline, plane = _slope_outline(roof, side)
    span = roof.width if side in ("front", "back") else roof.depth
    fill = _tile_shader(roof, cam, lit, side, cam.project(plane), span, rng)
    paint_polygon(target, cam.project(outline), fill)
    # dark fascia of end tiles along the eave, with round tile ends when large enough
    t = np.linspace(-1.0, 1.0, 40)
    eave = roof.eave_point(t, side)
    drop = eave - np.array([0.0, 0.26, 0.0])
    band = np.vstack([cam.project(eave), cam.project(drop)[::-1]])
    end_col = np.asarray(roof.tile, np.float32) * 0.75 * light_face(lit, _NORMALS[side])
    if roof.snow > 0:
        end_col = mix(end_col, np.asarray(SNOW) * light_face(lit, (0, 1, 0)), roof.snow * 0.5)
    if roof.glow > 0:
        end_col = end_col + np.float32(roof.glow) * np.asarray((0.45, 0.28, 0.1), np.float32)
    paint_polygon(target, band, tuple(end_col))
    snow_cap = 0.04 * roof.snow
    if snow_cap > 0:
        cap = np.vstack([cam.project(eave + (0, snow_cap * 2.5, 0)), cam.project(eave)[::-1]])
        paint_polygon(target, cap, tuple(np.asarray(SNOW) * light_face(lit, (0, 1, 0))))


def _draw_gable(target: np.ndarray | Layer, cam: Camera, lit: Lighting, roof: Roof, sx: float) -> None:
    """The small vertical gable triangle of a paljak roof (timber boarding with a painted border)."""
    gy, gz = roof.gable_base()
    gx = roof.cx + sx * roof.ridge_half()
    tri = np.array([(gx, gy, roof.cz - gz), (gx, gy, roof.cz + gz), (gx, roof.ridge_y, roof.cz)])
    if not _facing(cam, tri, np.array([sx, 0.0, 0.0])):
        return
    wood = np.asarray((0.42, 0.20, 0.14), np.float32) * light_face(lit, (sx, 0.0, 0.0)) * 0.8
    if roof.glow > 0:
        wood = wood + np.float32(roof.glow * 0.5) * np.asarray((0.5, 0.3, 0.1), np.float32)
    paint_polygon(target, cam.project(tri), tuple(wood))
    # verge boards (bakgong): two thick green strokes along the sloping edges
    verge = tuple(np.asarray((0.22, 0.42, 0.34), np.float32) * light_face(lit, (sx, 0.3, -0.2)))
    w = max(cam.scale_at(roof.cz) * 0.18, 0.6)
    stroke(target, cam.project([tri[0], tri[2], tri[1]]), verge, w)


def _draw_ridges(target: np.ndarray | Layer, cam: Camera, lit: Lighting, roof: Roof) -> None:
    """Main ridge (yongmaru) with mortar lines and raised ends, and the hip ridges."""
    rh = roof.ridge_half()
    height = roof.ridge_h or max((roof.ridge_y - roof.eave_y) * 0.11, 0.2)
    cx, cz, ry = roof.cx, roof.cz, roof.ridge_y
    s = cam.scale_at(cz)
    dark = np.asarray(roof.tile, np.float32) * 0.8
    side_light = light_face(lit, (0.0, 0.2, -1.0))
    body = dark * side_light
    if roof.glow > 0:
        body = body + np.float32(roof.glow * 0.25) * np.asarray((0.5, 0.3, 0.1), np.float32)
    # hip and gable ridges: thick strokes along the hip curves
    gy, gz = roof.gable_base()
    hip_w = max(s * height * 0.55, 0.7)
    for sx in (-1.0, 1.0):
        for sz in (-1.0, 1.0):
            corner = roof.eave_point(np.array([sx]), "front" if sz < 0 else "back")[0]
            upper = np.array([cx + sx * rh, gy, cz + sz * gz])
            front_back = "front" if sz < 0 else "back"
            if roof.kind == "gable" or not (
                slope_visible(cam, roof, front_back)
                or slope_visible(cam, roof, "left" if sx < 0 else "right")
            ):
                continue
            hip = _hip(corner + (0, 0.15, 0), upper + (0, 0.1, 0), 12)
            stroke(target, cam.project(hip), tuple(body * 0.9), hip_w)
            stroke(target, cam.project(hip + (0, height * 0.35, 0)), tuple(body * 1.25), hip_w * 0.35)
            if roof.snow > 0:
                stroke(
                    target,
                    cam.project(hip + (0, height * 0.45, 0)),
                    tuple(np.asarray(SNOW) * side_light),
                    hip_w * 0.4 * roof.snow,
                )
        if roof.kind in ("paljak", "gable"):
            edge = [
                (cx + sx * rh, ry, cz),
                (
                    cx + sx * rh,
                    gy if roof.kind == "paljak" else roof.eave_y,
                    cz - gz if roof.kind == "paljak" else cz - roof.depth / 2,
                ),
            ]
            stroke(target, cam.project(edge), tuple(body), hip_w * 0.9)
    # main ridge: a box from end to end with its ends swept up
    n = 16
    t = np.linspace(-1.0, 1.0, n)
    sweep = height * 0.9 * np.abs(t) ** 6
    xs = cx + t * rh * 1.02
    bottom = np.stack([xs, ry + sweep * 0.3 - height * 0.2, np.full(n, cz - 0.2)], axis=1)
    top = np.stack([xs, ry + height + sweep, np.full(n, cz - 0.2)], axis=1)
    poly = np.vstack([cam.project(bottom), cam.project(top)[::-1]])
    paint_polygon(target, poly, tuple(body))
    mortar = np.asarray(RIDGE_MORTAR, np.float32) * side_light
    for f in (0.35, 0.62):
        line = np.stack([xs[2:-2], ry + height * f + sweep[2:-2] * f, np.full(n - 4, cz - 0.22)], axis=1)
        stroke(target, cam.project(line), tuple(mortar), max(s * height * 0.05, 0.5), 0.55)
    cap = (
        np.asarray(SNOW, np.float32) * light_face(lit, (0, 1, 0))
        if roof.snow > 0
        else dark * 1.2 * side_light
    )
    stroke(target, cam.project(top), tuple(cap), max(s * height * (0.12 + 0.2 * roof.snow), 0.6))
    if roof.ridge_ends:
        for sx in (-1.0, 1.0):
            # a fin-shaped end ornament (chimi), leaning outwards
            bx = cx + sx * rh * 1.0
            fin = np.array(
                [
                    (bx - sx * height * 0.5, ry + height * 0.6, cz - 0.25),
                    (bx + sx * height * 0.15, ry + height * 0.5, cz - 0.25),
                    (bx + sx * height * 0.55, ry + height * 2.3, cz - 0.25),
                    (bx + sx * height * 0.05, ry + height * 2.0, cz - 0.25),
                    (bx - sx * height * 0.45, ry + height * 1.3, cz - 0.25),
                ]
            )
            paint_polygon(target, cam.project(fin), tuple(body * 1.05))


def draw_roof(
    target: np.ndarray | Layer, cam: Camera, lit: Lighting, roof: Roof, rng: np.random.Generator
) -> None:
    """Draw a complete tiled roof: visible slopes, gable triangles, then ridges on top."""
    order = ["back", "left", "right", "front"]
    # the slope nearer the camera along x must come last of the two sides
    if cam.eye[0] < roof.cx:
        order = ["back", "right", "left", "front"]
    for side in order:
        if roof.kind == "gable" and side in ("left", "right"):
            continue
        _draw_slope(target, cam, lit, roof, side, rng)
        if side in ("left", "right") and roof.kind == "paljak":
            _draw_gable(target, cam, lit, roof, -1.0 if side == "left" else 1.0)
    if roof.kind == "gable":
        for sx in (-1.0, 1.0):
            _draw_gable_end(target, cam, lit, roof, sx)
    _draw_ridges(target, cam, lit, roof)


def _draw_gable_end(target: np.ndarray | Layer, cam: Camera, lit: Lighting, roof: Roof, sx: float) -> None:
    """Full-height gable wall triangle of a gabled (matbae) roof, seen from the side."""
    x = roof.cx + sx * roof.width / 2 * 0.96
    hd = roof.depth / 2 * 0.96
    tri = np.array(
        [(x, roof.eave_y, roof.cz - hd), (x, roof.eave_y, roof.cz + hd), (x, roof.ridge_y, roof.cz)]
    )
    if not _facing(cam, tri, np.array([sx, 0.0, 0.0])):
        return
    wood = np.asarray((0.40, 0.30, 0.22), np.float32) * light_face(lit, (sx, 0.0, 0.0)) * 0.7
    paint_polygon(target, cam.project(tri), tuple(wood))
