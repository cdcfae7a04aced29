"""Shared machinery of the stone-monument subjects: a pinhole camera and lofted solids.

Monuments are modelled in metres: plan coordinates ``X`` (right) and ``D``
(towards the viewer) and height ``h`` above the ground. The camera turns the
monument by ``yaw`` and projects it with two-point perspective (verticals stay
vertical, as in architectural illustration), so parts above eye level show
their undersides and parts below show their tops.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.content.render.canvas import Color, Layer, ellipse_points, paint_polygon, stroke
from app.content.render.scene import Lighting


@dataclass(frozen=True)
class Camera:
    """Pinhole camera looking horizontally at a monument centred on plan origin."""

    cx: float  # image x of the monument axis
    horizon_y: float  # image y of the eye level (the horizon)
    scale: float  # pixels per metre at the monument's axis
    eye: float  # eye height in metres
    dist: float  # distance from eye to the monument axis in metres
    yaw: float = 0.0  # turn of the monument in radians (+ shows its right side)

    @property
    def ground_y(self) -> float:
        """Image y of the ground at the monument axis."""
        return self.horizon_y + self.eye * self.scale

    def placed(self, x: float, d: float) -> Camera:
        """The same camera seen from an object whose axis is at plan (``x``, ``d``).

        ``x``/``d`` are in the turned frame (use :meth:`rotate` on site
        coordinates first). The pinhole focal length is kept, so the object
        shrinks with distance and shares this camera's horizon.
        """
        f = self.dist / max(self.dist - d, 1e-3)
        return Camera(
            cx=self.cx + x * self.scale * f,
            horizon_y=self.horizon_y,
            scale=self.scale * f,
            eye=self.eye,
            dist=self.dist - d,
            yaw=self.yaw,
        )

    def rotate(self, x: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Plan coordinates after the yaw turn: (across, towards viewer)."""
        c, s = np.cos(self.yaw), np.sin(self.yaw)
        return x * c - d * s, x * s + d * c

    def project(self, x: np.ndarray | float, d: np.ndarray | float, h: np.ndarray | float) -> np.ndarray:
        """Image points (N×2) of plan/height coordinates (broadcast together)."""
        x, d, h = np.broadcast_arrays(
            np.asarray(x, np.float64), np.asarray(d, np.float64), np.asarray(h, np.float64)
        )
        xr, dr = self.rotate(x, d)
        f = self.dist / np.maximum(self.dist - dr, 1e-3)
        return np.stack(
            [self.cx + xr * self.scale * f, self.horizon_y - (h - self.eye) * self.scale * f], axis=-1
        )


def regular_plan(n: int, radius: float, phase: float | None = None) -> np.ndarray:
    """Plan polygon (N×2, columns X, D) of a regular ``n``-gon of circumradius ``radius``.

    By default a square has its sides facing the cardinal directions and an
    octagon has a side facing the viewer.
    """
    if phase is None:
        phase = np.pi / n
    t = phase + np.arange(n) * 2 * np.pi / n
    return np.stack([radius * np.cos(t), radius * np.sin(t)], axis=1)


def square_plan(half: float) -> np.ndarray:
    """Square of half-width ``half`` aligned with the plan axes."""
    return regular_plan(4, half * np.sqrt(2.0), np.pi / 4)


def loft(
    layer: Layer,
    cam: Camera,
    lit: Lighting,
    bottom: np.ndarray,
    h0: float | np.ndarray,
    top: np.ndarray,
    h1: float | np.ndarray,
    material: np.ndarray | Color,
    edge: float = 0.35,
) -> None:
    """Draw a convex solid between plan polygons ``bottom`` (at ``h0``) and ``top`` (at ``h1``).

    Both polygons must have the same number of vertices in the same order.
    Heights may be per-vertex arrays (e.g. eaves that lift at the corners).
    Each visible face is flat-shaded by ``lit`` over ``material`` (a colour or
    a full-size albedo texture); ``edge`` darkens the outline a little so
    stacked stones read as separate pieces.
    """
    n = len(bottom)
    hb = np.broadcast_to(np.asarray(h0, np.float64), (n,))
    ht = np.broadcast_to(np.asarray(h1, np.float64), (n,))
    pb = cam.project(bottom[:, 0], bottom[:, 1], hb)
    pt = cam.project(top[:, 0], top[:, 1], ht)
    outline = max(cam.scale * 0.025, 0.6)
    faces: list[tuple[float, np.ndarray, np.ndarray]] = []
    eye_pos = np.array([0.0, cam.eye, cam.dist])  # in rotated frame (x, up, towards viewer)
    mx, md = cam.rotate(
        np.float64(np.mean(bottom[:, 0]) + np.mean(top[:, 0])) / 2,
        np.float64(np.mean(bottom[:, 1]) + np.mean(top[:, 1])) / 2,
    )
    solid_centre = np.array([mx, (hb.mean() + ht.mean()) / 2, md])
    for i in range(n):
        j = (i + 1) % n
        corners = [(bottom[i], hb[i]), (bottom[j], hb[j]), (top[j], ht[j]), (top[i], ht[i])]
        p3 = []
        for (px, pd), ph in corners:
            xr, dr = cam.rotate(np.float64(px), np.float64(pd))
            p3.append(np.array([xr, ph, dr]))
        normal = np.cross(p3[1] - p3[0], p3[3] - p3[0])
        if np.linalg.norm(normal) < 1e-9:
            normal = np.cross(p3[2] - p3[1], p3[0] - p3[1])
        normal = normal / max(np.linalg.norm(normal), 1e-12)
        centre = np.mean(p3, axis=0)
        if np.dot(normal, centre - solid_centre) < 0:
            normal = -normal  # convex solid: outward normals point away from its centre
        if np.dot(normal, eye_pos - centre) <= 0:
            continue
        faces.append((float(centre[2]), np.array([pb[i], pb[j], pt[j], pt[i]]), normal))
    # caps: the top is seen from above eye level, the bottom from below
    if ht.max() <= cam.eye:
        faces.append((-1e9, pt, np.array([0.0, 1.0, 0.0])))
    if hb.min() >= cam.eye:
        faces.append((-1e9, pb, np.array([0.0, -1.0, 0.0])))
    faces.sort(key=lambda f: f[0])
    for _, poly, normal in faces:
        shade = lit.shade(normal[0], normal[1], normal[2])
        paint_polygon(layer, poly, material, tint=shade)
        if edge > 0:
            dark = (
                tuple(float(c) * 0.35 for c in shade) if isinstance(material, tuple) else (0.08, 0.08, 0.08)
            )
            stroke(layer, np.vstack([poly, poly[:1]]), dark, outline, opacity=edge)


def box(
    layer: Layer,
    cam: Camera,
    lit: Lighting,
    half: float,
    h0: float,
    h1: float,
    material: np.ndarray | Color,
    top_half: float | None = None,
    edge: float = 0.35,
) -> None:
    """A square block (or frustum when ``top_half`` is given) of half-width ``half``."""
    loft(
        layer,
        cam,
        lit,
        square_plan(half),
        h0,
        square_plan(half if top_half is None else top_half),
        h1,
        material,
        edge,
    )


def polyline_3d(cam: Camera, pts: Sequence[tuple[float, float, float]]) -> np.ndarray:
    """Project a list of (X, D, h) points to image coordinates."""
    arr = np.asarray(pts, np.float64)
    return cam.project(arr[:, 0], arr[:, 1], arr[:, 2])


def lifted_square(half: float, segments: int = 6) -> tuple[np.ndarray, np.ndarray]:
    """Square plan with subdivided sides and, per vertex, a 0..1 corner weight.

    The weight grows towards the corners; roof stones add ``lift × weight`` to
    their eave height so the eaves curl up at the corners.
    """
    corners = square_plan(half)
    pts, weights = [], []
    for i in range(4):
        a, b = corners[i], corners[(i + 1) % 4]
        for k in range(segments):
            t = k / segments
            pts.append(a + (b - a) * t)
            weights.append(abs(2.0 * t - 1.0) ** 3)
    return np.asarray(pts), np.asarray(weights)


def roof_stone(
    layer: Layer,
    cam: Camera,
    lit: Lighting,
    material: np.ndarray | Color,
    *,
    body_half: float,
    eave_half: float,
    h0: float,
    steps: int,
    step_h: float,
    fascia: float,
    top_h: float,
    top_half: float,
    lift: float = 0.08,
) -> None:
    """A pagoda roof stone: stepped supports underneath, a thin eave, a sloped top.

    ``steps`` supports of height ``step_h`` start at ``h0`` just wider than the
    body; the eave slab of thickness ``fascia`` follows, and its upper surface
    slopes up to a square of ``top_half`` at ``top_h``. Corners lift by ``lift``.
    """
    support_out = (eave_half * 0.78 - body_half) / max(steps, 1)
    h = h0
    for k in range(steps):
        half = body_half + support_out * (k + 1)
        box(layer, cam, lit, half, h, h + step_h, material, edge=0.45)
        h += step_h
    eave, weight = lifted_square(eave_half)
    inner, _ = lifted_square(top_half)
    rise = lift * weight
    loft(layer, cam, lit, eave, h + rise, eave, h + fascia + rise, material, edge=0.45)
    loft(layer, cam, lit, eave, h + fascia + rise, inner, top_h, material, edge=0.3)


def pillared_block(
    layer: Layer,
    cam: Camera,
    lit: Lighting,
    material: np.ndarray | Color,
    half: float,
    h0: float,
    h1: float,
    middles: int = 0,
    pillar: float = 0.12,
    relief: float = 0.03,
) -> None:
    """A square body stone with corner pillars (and ``middles`` pillars per face) carved in relief."""
    box(layer, cam, lit, half, h0, h1, material, edge=0.4)
    pieces: list[np.ndarray] = []
    w = pillar / 2
    for sx in (-1, 1):
        for sd in (-1, 1):
            cx, cd = sx * (half - w + relief), sd * (half - w + relief)
            pieces.append(np.array([[cx - w, cd - w], [cx + w, cd - w], [cx + w, cd + w], [cx - w, cd + w]]))
    for k in range(middles):
        t = -half + 2 * half * (k + 1) / (middles + 1)
        for sx, sd in ((0, 1), (0, -1), (1, 0), (-1, 0)):
            if sx == 0:
                cx, cd = t, sd * (half + relief / 2)
                pieces.append(
                    np.array(
                        [
                            [cx - w, cd - relief],
                            [cx + w, cd - relief],
                            [cx + w, cd + relief / 2],
                            [cx - w, cd + relief / 2],
                        ]
                    )
                )
            else:
                cx, cd = sx * (half + relief / 2), t
                pieces.append(
                    np.array(
                        [
                            [cx - relief, cd - w],
                            [cx + relief / 2, cd - w],
                            [cx + relief / 2, cd + w],
                            [cx - relief, cd + w],
                        ]
                    )
                )
    pieces.sort(key=lambda p: float(cam.rotate(p[:, 0].mean(), p[:, 1].mean())[1]))
    for plan in pieces:
        loft(layer, cam, lit, plan, h0, plan, h1, material, edge=0.25)


def stone_lion(
    layer: Layer,
    cam: Camera,
    lit: Lighting,
    x: float,
    d: float,
    h: float,
    size: float = 1.0,
    facing: float = 0.0,
) -> None:
    """A seated stone lion on a plinth at plan (``x``, ``d``), standing on height ``h``.

    Built from shaded ovals: haunch, chest, forelegs and a large curly mane
    round a blunt muzzle. ``facing`` (-1..1) turns the head left/right.
    """
    xr, dr = cam.rotate(np.float64(x), np.float64(d))
    c = cam.placed(float(xr), float(dr))
    s = c.scale * size
    bx, by = c.project(0.0, 0.0, h)
    base = np.asarray((0.60, 0.58, 0.54), np.float32)

    def blob(ox: float, oy: float, rx: float, ry: float, tone: float = 1.0, bumpy: bool = False) -> None:
        cx, cy = bx + ox * s, by - oy * s

        def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
            nx = np.clip((xx - cx) / (rx * s), -1, 1)
            ny = np.clip((cy - yy) / (ry * s), -1, 1)
            nz = np.sqrt(np.clip(1 - nx * nx - ny * ny, 0.02, 1))
            col = base * tone * lit.shade(nx, ny, nz)
            if bumpy:  # the mane's tight curls
                curls = 0.88 + 0.12 * np.sin(xx * (9.0 / max(rx * s * 0.25, 0.5))) * np.sin(
                    yy * (9.0 / max(ry * s * 0.25, 0.5))
                )
                col = col * curls[..., None]
            return col

        paint_polygon(layer, ellipse_points(cx, cy, rx * s, ry * s, 40), fill)

    loft(
        layer,
        c,
        lit,
        square_plan(0.42 * size),
        h,
        square_plan(0.42 * size),
        h + 0.2 * size,
        (0.66, 0.64, 0.60),
        edge=0.4,
    )
    h0 = 0.2
    blob(0.12, h0 + 0.22, 0.34, 0.24, 0.92)  # haunch, seen a little from the side
    blob(-0.05, h0 + 0.42, 0.24, 0.34, 0.98)  # upright chest
    blob(-0.16, h0 + 0.14, 0.07, 0.16)  # forelegs
    blob(0.02, h0 + 0.14, 0.07, 0.16)
    hx = -0.05 + 0.08 * facing
    blob(hx, h0 + 0.82, 0.28, 0.27, 0.82, bumpy=True)  # curly mane
    blob(hx + 0.02 * facing, h0 + 0.76, 0.15, 0.13, 1.05)  # muzzle
    brow_y = by - (h0 + 0.84) * s
    stroke(
        layer,
        [(bx + (hx - 0.11) * s, brow_y), (bx + (hx + 0.11) * s, brow_y)],
        (0.25, 0.24, 0.22),
        max(s * 0.03, 0.5),
        0.7,
    )
