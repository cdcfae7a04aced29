"""Korean timber halls: stone platform, red columns, lattice doors, dancheong beams, brackets, eaves, roof.

A :class:`Hall` is described by its column grid and proportions in metres
(bays across the front and the depth, column height, bracket zone, eave
overhang, roof height); :func:`draw_hall` draws it in perspective with the
camera of :mod:`app.content.render.timber_geom`, back to front:

platform → side walls → front wall → eave shadow → bracket zones → soffits → roof.

Only the faces the camera can see are drawn. ``lamp`` (0..1) switches the hall
to night flood-lighting: warm light from lamps at the foot of the platform
catches the columns, brackets and the underside of the eaves, the way the
pavilions of Donggung & Wolji and the Woljeonggyo bridge are lit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from app.content.render.canvas import Color, Layer, mix, paint_polygon
from app.content.render.scene import Lighting, floodlight
from app.content.render.timber_geom import Camera, box_faces, light_face, quad_uv
from app.content.render.timber_paint import (
    COLUMN_RED,
    WOOD,
    beam,
    bracket_band,
    column,
    dressed_stone,
    lattice_door,
    plaster_wall,
    soffit,
)
from app.content.render.timber_roof import Roof, RoofKind, draw_roof

Infill = Literal["doors", "open", "hanok"]
Target = np.ndarray | Layer


@dataclass(frozen=True)
class Hall:
    """A timber hall on a stone platform. All lengths in metres.

    ``(cx, cz)`` is the centre of the column grid; ``bays`` × ``bay`` across the
    front and ``dbays`` × ``dbay`` in depth; ``base_y`` the ground level.
    """

    cx: float
    cz: float
    bays: int = 3
    bay: float = 3.6
    dbays: int = 2
    dbay: float = 3.4
    base_y: float = 0.0
    platform: float = 0.9
    margin: float = 1.3
    col_h: float = 4.2
    bracket_h: float = 1.1
    overhang: float = 2.3
    roof_h: float = 4.4
    roof_kind: RoofKind = "paljak"
    lift: float = 0.75
    infill: Infill = "doors"
    column_color: Color = COLUMN_RED
    painted: bool = True
    railing: bool = False
    steps: bool = True
    snow: float = 0.0

    @property
    def x0(self) -> float:
        """Left column line."""
        return self.cx - self.bays * self.bay / 2

    @property
    def x1(self) -> float:
        """Right column line."""
        return self.cx + self.bays * self.bay / 2

    @property
    def z0(self) -> float:
        """Front column line."""
        return self.cz - self.dbays * self.dbay / 2

    @property
    def z1(self) -> float:
        """Back column line."""
        return self.cz + self.dbays * self.dbay / 2

    @property
    def floor_y(self) -> float:
        """Top of the stone platform."""
        return self.base_y + self.platform

    @property
    def top_y(self) -> float:
        """Top of the columns."""
        return self.floor_y + self.col_h

    def roof(self, glow: float = 0.0) -> Roof:
        """The hall's roof, sized from its column grid and proportions."""
        w = self.x1 - self.x0 + 2 * self.overhang
        d = self.z1 - self.z0 + 2 * self.overhang
        eave = self.top_y + self.bracket_h * 0.5
        ridge_len = (self.x1 - self.x0) * (0.78 if self.roof_kind == "paljak" else 0.45)
        return Roof(
            self.cx,
            self.cz,
            w,
            d,
            eave,
            eave + self.roof_h,
            ridge_len,
            lift=self.lift,
            kind=self.roof_kind,
            snow=self.snow,
            glow=glow,
            ridge_ends=self.painted,
        )


def _run_points(hall: Hall, side: str) -> tuple[np.ndarray, np.ndarray, int, tuple[float, float, float]]:
    """Start/end (x, z) of a wall run, its bay count and outward normal."""
    if side == "front":
        return np.array([hall.x0, hall.z0]), np.array([hall.x1, hall.z0]), hall.bays, (0.0, 0.0, -1.0)
    if side == "left":
        return np.array([hall.x0, hall.z1]), np.array([hall.x0, hall.z0]), hall.dbays, (-1.0, 0.0, 0.0)
    return np.array([hall.x1, hall.z0]), np.array([hall.x1, hall.z1]), hall.dbays, (1.0, 0.0, 0.0)


def _wall_quad(p: np.ndarray, q: np.ndarray, y0: float, y1: float) -> np.ndarray:
    """World corners (top-left, top-right, bottom-right, bottom-left) of a vertical wall patch."""
    return np.array([(p[0], y1, p[1]), (q[0], y1, q[1]), (q[0], y0, q[1]), (p[0], y0, p[1])])


def _platform(target: Target, cam: Camera, lit: Lighting, hall: Hall, rng: np.random.Generator) -> None:
    m = hall.margin
    faces = box_faces(hall.x0 - m, hall.x1 + m, hall.base_y, hall.floor_y, hall.z0 - m, hall.z1 + m, cam)
    for corners, normal in faces:
        px = cam.project(corners)
        light = light_face(lit, normal)
        if normal[1] > 0:
            top = np.asarray((0.66, 0.63, 0.58), np.float32) * light
            if hall.snow > 0:
                top = mix(top, np.asarray((0.92, 0.94, 0.98), np.float32) * light, hall.snow)
            paint_polygon(target, px, tuple(top))
            continue
        width = float(np.linalg.norm(corners[1] - corners[0]))
        fill = dressed_stone(
            quad_uv(px),
            width,
            hall.platform,
            cam.scale_at(hall.cz),
            light,
            seed=int(rng.integers(0, 1 << 30)),
        )
        paint_polygon(target, px, fill)
    if hall.steps and cam.eye[2] < hall.z0:
        _front_steps(target, cam, lit, hall)


def _front_steps(target: Target, cam: Camera, lit: Lighting, hall: Hall) -> None:
    """A short flight of granite steps up the middle of the platform front."""
    n = max(int(round(hall.platform / 0.22)), 2)
    rise = hall.platform / n
    half = hall.bay * 0.45
    zf = hall.z0 - hall.margin
    for i in range(n):
        y0, y1 = hall.base_y + i * rise, hall.base_y + (i + 1) * rise
        z = zf - (n - i) * 0.32
        for corners, normal in box_faces(hall.cx - half, hall.cx + half, y0, y1, z, zf, cam):
            tone = (0.72, 0.69, 0.63) if normal[1] > 0 else (0.62, 0.59, 0.54)
            paint_polygon(target, cam.project(corners), tuple(np.asarray(tone) * light_face(lit, normal)))


def _infill(
    target: Target,
    cam: Camera,
    lit: Lighting,
    hall: Hall,
    p: np.ndarray,
    q: np.ndarray,
    normal: tuple[float, float, float],
    lamp: float,
    centre: bool,
) -> None:
    """One bay between two columns: doors, an open view into the hall, or a hanok wall."""
    y0, y1 = hall.floor_y, hall.top_y - 0.45
    corners = _wall_quad(p, q, y0, y1)
    px = cam.project(corners)
    light = light_face(lit, normal)
    width = float(np.linalg.norm(q - p))
    ppm = cam.scale_at(float((p[1] + q[1]) / 2))
    if hall.infill == "open":
        dark = np.asarray((0.10, 0.08, 0.07), np.float32) * light * 1.4
        if lamp > 0:
            dark = np.asarray((0.62, 0.36, 0.16), np.float32) * np.float32(lamp)
        uv = quad_uv(px)
        falloff = 3.0 if lamp > 0 else 1.0

        def interior(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
            _, v = uv(yy, xx)
            # light falls off from the ceiling (lamps) or from the opening (daylight)
            return dark * (0.2 + 1.0 * np.clip(1.0 - v, 0.0, 1.0) ** falloff)[..., None]

        paint_polygon(target, px, interior)
        if hall.railing:
            _railing(target, cam, lit, hall, p, q, normal, lamp)
        return
    if hall.infill == "hanok" and not centre:
        fill = plaster_wall(quad_uv(px), width, y1 - y0, ppm, light)
    else:
        fill = lattice_door(
            quad_uv(px),
            width,
            y1 - y0,
            ppm,
            light,
            frame=(0.30, 0.45, 0.36) if hall.painted else WOOD,
            interior=lamp * (1.0 if centre or hall.infill == "hanok" else 0.6),
        )
    paint_polygon(target, px, fill)


def _railing(
    target: Target,
    cam: Camera,
    lit: Lighting,
    hall: Hall,
    p: np.ndarray,
    q: np.ndarray,
    normal: tuple[float, float, float],
    lamp: float,
) -> None:
    """A low balustrade (gyeran) along the open side of a pavilion."""
    rail = np.asarray((0.50, 0.20, 0.13), np.float32) * light_face(lit, normal)
    if lamp > 0:
        rail = rail + np.float32(lamp) * np.asarray((0.55, 0.30, 0.12), np.float32)
    y = hall.floor_y
    for y_a, y_b in ((y + 0.68, y + 0.78), (y + 0.05, y + 0.15)):
        paint_polygon(target, cam.project(_wall_quad(p, q, y_a, y_b)), tuple(rail))
    n = max(int(np.linalg.norm(q - p) / 0.35), 2)
    for t in np.linspace(0.0, 1.0, n + 1)[1:-1]:
        c = p + (q - p) * t
        d = (q - p) / np.linalg.norm(q - p) * 0.04
        paint_polygon(target, cam.project(_wall_quad(c - d, c + d, y + 0.15, y + 0.68)), tuple(rail * 0.8))


def _wall_run(target: Target, cam: Camera, lit: Lighting, hall: Hall, side: str, lamp: float) -> None:
    """Columns, infill and the lintel beam along one side of the hall."""
    p, q, n, normal = _run_points(hall, side)
    light = light_face(lit, normal)
    for i in range(n):
        a, b = p + (q - p) * i / n, p + (q - p) * (i + 1) / n
        _infill(target, cam, lit, hall, a, b, normal, lamp, centre=(side == "front" and i == n // 2))
        beam_px = cam.project(_wall_quad(a, b, hall.top_y - 0.45, hall.top_y))
        ppm = cam.scale_at(float((a[1] + b[1]) / 2))
        if hall.painted:
            fill = beam(quad_uv(beam_px), float(np.linalg.norm(b - a)), 0.45, ppm, light)
        else:
            fill = tuple(np.asarray(WOOD, np.float32) * light)
        paint_polygon(target, beam_px, fill)
    if side == "front" and hall.infill == "open":
        _back_columns(target, cam, lit, hall, lamp)
    radius = 0.24
    d = (q - p) / max(float(np.linalg.norm(q - p)), 1e-9)
    for i in range(n + 1):
        c = p + (q - p) * i / n
        foot = cam.project([(c[0], hall.floor_y, c[1])])[0]
        ppm = cam.scale_at(float(c[1]))
        half_px = radius * ppm
        # round base stone (chochuseok) then the column with a slight entasis
        base = np.asarray((0.62, 0.60, 0.55), np.float32) * light
        paint_polygon(
            target,
            cam.project(
                _wall_quad(c - d * radius * 1.5, c + d * radius * 1.5, hall.floor_y, hall.floor_y + 0.22)
            ),
            tuple(base),
        )
        top = cam.project([(c[0], hall.top_y, c[1])])[0]
        pts = np.array(
            [
                (top[0] - half_px * 0.9, top[1]),
                (top[0] + half_px * 0.9, top[1]),
                (foot[0] + half_px, foot[1] - 0.2 * ppm),
                (foot[0] - half_px, foot[1] - 0.2 * ppm),
            ]
        )
        colour = hall.column_color if lamp <= 0 else tuple(mix(hall.column_color, (0.75, 0.42, 0.2), 0.4))
        paint_polygon(
            target,
            pts,
            column(
                float(foot[0]),
                half_px,
                colour,
                lit.shade,
                glow=lamp * 0.3,
                y_glow=(float(top[1]), float(foot[1])),
            ),
        )


def _back_columns(target: Target, cam: Camera, lit: Lighting, hall: Hall, lamp: float) -> None:
    """Columns of the back row, seen through the open bays of a pavilion."""
    col = np.asarray(hall.column_color, np.float32) * light_face(lit, (0.0, 0.0, -1.0)) * 0.55
    for i in range(hall.bays + 1):
        x = hall.x0 + (hall.x1 - hall.x0) * i / hall.bays
        for z in np.linspace(hall.z0, hall.z1, hall.dbays + 1)[1:]:
            r = 0.22
            pts = cam.project(
                [
                    (x - r, hall.top_y, z),
                    (x + r, hall.top_y, z),
                    (x + r, hall.floor_y, z),
                    (x - r, hall.floor_y, z),
                ]
            )
            paint_polygon(target, pts, tuple(col))


def _eave_shadow(target: Target, cam: Camera, lit: Lighting, hall: Hall, side: str) -> None:
    """The band of shadow the overhanging eave casts on the wall below it."""
    if lit.is_night:
        return
    _, _, _, normal = _run_points(hall, side)
    lx, ly, lz = lit.sun_dir
    facing = lz if side == "front" else (lx if side == "right" else -lx)
    top = hall.top_y + hall.bracket_h
    if facing <= 0.05:
        drop = top - hall.floor_y  # wall turned away from the sun: all in shade
    else:
        drop = min(hall.overhang * max(ly, 0.05) / facing, top - hall.floor_y)
    p, q, _, _ = _run_points(hall, side)
    paint_polygon(
        target, cam.project(_wall_quad(p, q, top - drop, top)), (0.05, 0.05, 0.08), lit.shadow * 0.9
    )


def _upper(
    target: Target, cam: Camera, lit: Lighting, hall: Hall, side: str, roof: Roof, lamp: float
) -> None:
    """Bracket zone and eave soffit on one side."""
    p, q, n, normal = _run_points(hall, side)
    light = light_face(lit, normal)
    length = float(np.linalg.norm(q - p))
    band = cam.project(_wall_quad(p, q, hall.top_y, hall.top_y + hall.bracket_h))
    ppm = cam.scale_at(float((p[1] + q[1]) / 2))
    per_bay = 2 if hall.painted else 0
    sets = np.concatenate(
        [
            np.linspace(0.0, length, n + 1),
            (np.arange(n * (per_bay + 1)) + 0.5) / (n * (per_bay + 1)) * length if per_bay else [],
        ]
    )
    if hall.painted:
        paint_polygon(
            target, band, bracket_band(quad_uv(band), length, hall.bracket_h, sets, ppm, light, glow=lamp)
        )
    else:
        paint_polygon(target, band, tuple(np.asarray(WOOD, np.float32) * light * 0.7))
    if cam.eye[1] >= roof.eave_y:
        return
    t = np.linspace(-1.0, 1.0, 24)
    eave = roof.eave_point(t, side if side != "left" else "left")
    if side == "left":
        eave = eave[::-1]
    inner = (
        np.array([p[0], hall.top_y + hall.bracket_h, p[1]]),
        np.array([q[0], hall.top_y + hall.bracket_h, q[1]]),
    )
    poly = np.vstack([cam.project(eave), cam.project(np.array([inner[1], inner[0]]))])
    plane = cam.project(np.array([eave[0], eave[-1], inner[1], inner[0]]))
    under = light_face(lit, (0.0, -1.0, 0.0)) * 1.3
    paint_polygon(
        target,
        poly,
        soffit(
            quad_uv(plane), float(np.linalg.norm(eave[-1] - eave[0])), hall.overhang, ppm, under, glow=lamp
        ),
    )


def _visible_sides(cam: Camera, hall: Hall) -> list[str]:
    ex = cam.eye[0]
    sides = [s for s, ok in (("left", ex < hall.x0), ("right", ex > hall.x1)) if ok]
    if cam.eye[2] < hall.z0:
        sides.append("front")
    return sides


def draw_walls(
    target: Target, cam: Camera, lit: Lighting, hall: Hall, rng: np.random.Generator, lamp: float = 0.0
) -> None:
    """Draw the platform and the walls of ``hall`` up to the column tops (no brackets, no roof)."""
    body = floodlight(lit) if lamp > 0 else lit  # lamps at the foot light the walls, not the sky
    _platform(target, cam, body, hall, rng)
    for side in _visible_sides(cam, hall):
        _wall_run(target, cam, body, hall, side, lamp)
        _eave_shadow(target, cam, lit, hall, side)


def draw_hall(
    target: Target, cam: Camera, lit: Lighting, hall: Hall, rng: np.random.Generator, lamp: float = 0.0
) -> None:
    """Draw ``hall`` (platform, walls, brackets, eaves, roof) as seen by ``cam``.

    ``lamp`` in 0..1 adds night flood-lighting from the foot of the building.
    """
    draw_walls(target, cam, lit, hall, rng, lamp)
    body = floodlight(lit) if lamp > 0 else lit
    roof = hall.roof(glow=lamp * 0.4)
    for side in _visible_sides(cam, hall):
        _upper(target, cam, body, hall, side, roof, lamp)
    draw_roof(target, cam, lit, roof, rng)
