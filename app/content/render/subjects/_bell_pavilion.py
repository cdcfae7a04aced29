"""The bell pavilion (종각) around the Sacred Bell: stone floor, red columns, painted beams, tiled eaves.

Drawn in the 1600×1200 design space of :class:`app.content.render.studio.Frame`.
Nearer parts shift more with ``spec.view`` than farther ones (parallax), which
is what makes the views read as a moving camera.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Color, blur, mix, paint_polygon, quad, stroke
from app.content.render.materials import fbm, granite
from app.content.render.scene import Lighting, floodlight
from app.content.render.spec import RenderSpec
from app.content.render.studio import Frame

COLUMN_RED: Color = (0.50, 0.15, 0.09)
DANCHEONG_GREEN: Color = (0.22, 0.52, 0.44)
DANCHEONG_BLUE: Color = (0.14, 0.25, 0.52)
DANCHEONG_RED: Color = (0.72, 0.16, 0.10)
TILE_GREY: Color = (0.22, 0.23, 0.25)
FLOOR_Y = 1010.0


def _light(lit: Lighting) -> Lighting:
    return floodlight(lit) if lit.is_night else lit


def _cylinder_fill(fr: Frame, lit: Lighting, x0: float, x1: float, base: Color, shadow: float = 1.0):
    """Per-pixel colour of a vertical cylinder spanning design x0..x1 (for paint_polygon)."""
    px0, px1 = float(fr.x(x0)), float(fr.x(x1))
    light = _light(lit)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        nx = np.clip((xx - (px0 + px1) / 2) / max((px1 - px0) / 2, 0.5), -1.0, 1.0)
        nz = np.sqrt(1.0 - nx * nx)
        return np.asarray(base, np.float32) * light.shade(nx, 0.0, nz) * np.float32(shadow)

    return fill


def _floor(canvas: np.ndarray, fr: Frame, lit: Lighting, spec: RenderSpec, rng: np.random.Generator) -> None:
    """Granite paving of the pavilion platform, with the shallow resonance pit under the bell."""
    h, w = canvas.shape[:2]
    y0 = int(max(fr.y(FLOOR_Y), 0))
    if y0 >= h:
        return
    stone = granite(h - y0, w, rng, base=(0.62, 0.60, 0.56), scale=max(fr.s, 0.35))
    yy = np.arange(y0, h, dtype=np.float32)[:, None]
    depth = (yy - y0) / max(h - y0, 1)
    # slab joints: rows get taller towards the viewer, columns converge to the centre
    row = np.sqrt(depth) * 5.0
    xs = (np.arange(w, dtype=np.float32)[None, :] - fr.x(800.0)) / (fr.s * (300 + 900 * depth))
    joint = np.minimum(np.abs(row - np.round(row)) * 6.0, np.abs(xs - np.round(xs)) * 10.0)
    tone = 0.75 + 0.25 * np.clip(joint, 0.0, 1.0)
    light = _light(lit).shade(0.0, 1.0, 0.2) * 0.9
    floor = stone * tone[..., None] * light
    if spec.season == "winter" and not lit.is_night:
        drift = fbm(h - y0, w, rng, cell=60 * fr.s + 2, octaves=3)
        snow = np.clip((drift - 0.55) * 3.0 + depth * 0.8 - 0.3, 0.0, 1.0)
        floor = mix(floor, np.asarray((0.9, 0.92, 0.96), np.float32) * light, snow)
    canvas[y0:] = floor
    # the front edge of the platform
    edge = int(fr.y(1150.0))
    if edge < h:
        canvas[edge:] *= np.float32(0.72)


def back(canvas: np.ndarray, fr: Frame, lit: Lighting, spec: RenderSpec, rng: np.random.Generator) -> None:
    """Floor, rear columns and the great beam the bell hangs from."""
    _floor(canvas, fr, lit, spec, rng)
    shift = -30.0 * spec.view
    for xc in (430.0 + shift, 1170.0 + shift):
        paint_polygon(canvas, fr.pts(quad(xc - 20, 240, xc + 20, FLOOR_Y - 10)),
                      _cylinder_fill(fr, lit, xc - 20, xc + 20, COLUMN_RED, 0.55))
        paint_polygon(canvas, fr.pts(quad(xc - 30, FLOOR_Y - 24, xc + 30, FLOOR_Y - 4)),
                      tuple(np.asarray((0.55, 0.53, 0.5)) * 0.6))
    # pit under the bell: granite-lined hollow that helps the bell resonate
    pit = np.array([[800 - 70 * spec.view + 220 * np.cos(a), 1065 + 34 * np.sin(a)]
                    for a in np.linspace(0, 2 * np.pi, 48, endpoint=False)])
    floor_col = np.asarray((0.55, 0.53, 0.5)) * _light(lit).shade(0.0, 1.0, 0.2)
    paint_polygon(canvas, fr.pts(pit), tuple(float(c) for c in floor_col * 0.55))
    paint_polygon(canvas, fr.pts((pit - (800 - 70 * spec.view, 1065)) * 0.8 + (800 - 70 * spec.view, 1069)),
                  tuple(float(c) for c in floor_col * 0.3))
    beam = np.array([[0, 228], [1600, 228], [1600, 262], [0, 262]], np.float64)
    paint_polygon(canvas, fr.pts(beam), _beam_fill(fr, lit, 228, 262, 0.5))


def _beam_fill(fr: Frame, lit: Lighting, y0: float, y1: float, shadow: float):
    """Dancheong-painted beam: green-blue body, banded edges, periodic flower motifs."""
    light = _light(lit)
    py0, py1 = float(fr.y(y0)), float(fr.y(y1))

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        v = np.clip((yy - py0) / max(py1 - py0, 1.0), 0.0, 1.0)
        col = np.empty(yy.shape + (3,), np.float32)
        col[:] = DANCHEONG_GREEN
        band = (v < 0.12) | (v > 0.88)
        col[band] = DANCHEONG_BLUE
        col[(np.abs(v - 0.14) < 0.03) | (np.abs(v - 0.86) < 0.03)] = (0.92, 0.9, 0.84)
        period = 150.0 * fr.s
        d = np.hypot((np.mod(xx - fr.ox, period) - period / 2) / max((py1 - py0), 1.0) * 1.6, v - 0.5)
        col[d < 0.32] = DANCHEONG_RED
        col[(d >= 0.32) & (d < 0.36)] = (0.92, 0.9, 0.84)
        col[d < 0.12] = (0.95, 0.78, 0.30)
        ny = 0.6 - v  # rounded beam: upper half faces up
        return col * light.shade(0.0, ny, 0.8) * np.float32(shadow)

    return fill


def rod(canvas: np.ndarray, fr: Frame, lit: Lighting, cx: float, y_top: float) -> None:
    """Iron hanging rod and shackle from the beam down to the dragon's loop."""
    s = fr.s
    base = np.asarray(_light(lit).shade(0.3, 0.2, 0.9)) * 0.12
    col = tuple(float(c) for c in base)
    top, bottom = float(fr.y(245.0)), float(fr.y(y_top + 10.0))
    stroke(canvas, [[cx - 6 * s, top], [cx - 6 * s, bottom]], col, 9 * s)
    stroke(canvas, [[cx - 30 * s, top + 8 * s], [cx + 22 * s, top + 8 * s]], col, 14 * s)


def striking_log(canvas: np.ndarray, fr: Frame, lit: Lighting, x_start: float,
                 y_design: float) -> None:
    """The wooden striking log hung by two ropes, its end facing the bell's striking seat."""
    s = fr.s
    y = float(fr.y(y_design))
    x0, x1 = x_start + 20 * s, x_start + 420 * s
    r = 30 * s
    light = _light(lit)
    wood = np.asarray((0.46, 0.33, 0.22), np.float32)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        ny = np.clip((y - yy) / r, -1.0, 1.0)
        grain = 0.92 + 0.08 * np.sin(yy * 1.3 / max(s, 0.2) + np.sin(xx * 0.02 / max(s, 0.2)) * 3)
        return wood * light.shade(0.0, ny, np.sqrt(1 - ny * ny)) * grain[..., None]

    for xr in (x0 + 90 * s, x1 - 90 * s):
        stroke(canvas, [[xr, float(fr.y(262.0))], [xr, y]], (0.30, 0.24, 0.16), 4 * s)
    paint_polygon(canvas, [[x0, y - r], [x1, y - r], [x1, y + r], [x0, y + r]], fill)
    end = np.array([[x0 + 0.3 * r * np.cos(a), y + r * np.sin(a)] for a in np.linspace(0, 2 * np.pi, 32)])
    paint_polygon(canvas, end, tuple(float(c) for c in wood * light.shade(-1.0, 0.0, 0.3) * 0.9))
    for xr in (x0 + 90 * s, x1 - 90 * s):  # rope wraps
        paint_polygon(canvas, quad(xr - 6 * s, y - r, xr + 6 * s, y + r),
                      (0.36, 0.30, 0.20))


def front(canvas: np.ndarray, fr: Frame, lit: Lighting, spec: RenderSpec, rng: np.random.Generator,
          bell_cover: np.ndarray) -> None:
    """Front columns, painted lintel, brackets, rafter ends and the tiled eave across the top."""
    shift = -110.0 * spec.view
    # soft shadow of the bell on the floor beneath it
    h, w = canvas.shape[:2]
    rows = np.arange(h, dtype=np.float32)
    fy = float(fr.y(1062.0))
    shadow = blur(bell_cover.max(axis=0, keepdims=True) * np.ones((1, 1), np.float32), 20 * fr.s + 1)
    band = np.exp(-((rows - fy) / (40 * fr.s + 1)) ** 2)[:, None]
    canvas *= (1.0 - 0.45 * band * shadow)[..., None]
    for xc in (120.0 + shift, 1480.0 + shift):
        paint_polygon(canvas, fr.pts(quad(xc - 62, FLOOR_Y + 40, xc + 62, FLOOR_Y + 90)),
                      tuple(np.asarray((0.6, 0.58, 0.54)) * _light(lit).shade(0.0, 1.0, 0.5)))
        paint_polygon(canvas, fr.pts(quad(xc - 40, 150, xc + 40, FLOOR_Y + 45)),
                      _cylinder_fill(fr, lit, xc - 40, xc + 40, COLUMN_RED))
    lintel = np.array([[0, 150], [1600, 150], [1600, 205], [0, 205]], np.float64)
    paint_polygon(canvas, fr.pts(lintel), _beam_fill(fr, lit, 150, 205, 0.8))
    light = _light(lit)
    dark = np.asarray(light.shade(0.0, -0.6, 0.8), np.float32) * 0.7
    under = np.array([[0, 70], [1600, 70], [1600, 150], [0, 150]], np.float64)
    paint_polygon(canvas, fr.pts(under), tuple(float(c) for c in np.asarray((0.35, 0.30, 0.25)) * dark))
    # bracket blocks between lintel and eave
    for k in range(-2, 20):
        x = k * 90.0 + 40.0 + shift * 0.9
        paint_polygon(canvas, fr.pts(quad(x - 22, 118, x + 22, 150)),
                      tuple(float(c) for c in np.asarray(DANCHEONG_GREEN) * dark))
        paint_polygon(canvas, fr.pts(quad(x - 22, 118, x + 22, 124)),
                      tuple(float(c) for c in np.asarray(DANCHEONG_RED) * dark))
    # round rafter ends painted in concentric rings
    for k in range(-2, 40):
        x = k * 44.0 + shift * 0.95
        rings = ((14, DANCHEONG_GREEN), (10, DANCHEONG_RED), (5, DANCHEONG_BLUE), (2, (0.9, 0.9, 0.85)))
        for rad, col in rings:
            disc = np.array([[x + rad * np.cos(a), 96 + rad * np.sin(a)] for a in np.linspace(0, 6.28, 20)])
            paint_polygon(canvas, fr.pts(disc), tuple(float(c) for c in np.asarray(col) * dark))
    # tiled eave: the edge lifts towards both ends, the classic curve of a Korean roof
    xs = np.linspace(-100, 1700, 60)
    lift = 40.0 * ((xs - 800.0) / 900.0) ** 4
    eave = np.concatenate([np.stack([xs, 74 - lift], 1), [[1700, -10], [-100, -10]]])
    tile_col = np.asarray(TILE_GREY, np.float32) * np.asarray(light.shade(0.0, 0.5, 0.8), np.float32)
    py0 = float(fr.y(0.0))

    def tiles(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        phase = np.mod((xx - fr.ox) / (fr.s * 32.0) + shift * 0.03, 1.0)
        ridge = 0.75 + 0.35 * np.sin(phase * np.pi) ** 0.5
        course = 0.92 + 0.08 * np.sin((yy - py0) / (fr.s * 9.0))
        return tile_col * (ridge * course)[..., None]

    paint_polygon(canvas, fr.pts(eave), tiles)
    for k in range(-3, 52):  # round end tiles (sumaksae) along the eave edge
        x = k * 32.0 + 16 - shift * 0.0 + shift
        yb = 74 - 40.0 * ((x - 800.0) / 900.0) ** 4
        disc = np.array([[x + 12 * np.cos(a), yb + 12 * np.sin(a)] for a in np.linspace(0, 6.28, 16)])
        paint_polygon(canvas, fr.pts(disc), tuple(float(c) for c in tile_col * 1.15))
    if spec.season == "winter" and not lit.is_night:
        snow = np.concatenate([np.stack([xs, 60 - lift], 1), np.stack([xs[::-1], 40 - lift[::-1]], 1)])
        paint_polygon(canvas, fr.pts(snow), (0.9, 0.92, 0.96))
