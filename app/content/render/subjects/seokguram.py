"""Seokguram Grotto (석굴암, 751–774): the seated granite Buddha seen through the glass front.

The view looks from the antechamber, past the two octagonal pillars of the
entrance, into the round chamber: the main Buddha (about 3.5 m) sits on a lotus
pedestal in the earth-touching gesture, the lotus halo stone on the back wall
appears behind his head, relief figures line the chamber wall, and the dome
closes above with its courses of stones and lotus capstone. Soft light comes
from the entrance. The statue is modelled as a height field of rounded volumes
(see :mod:`._buddha`) and shaded as pale granite.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import Color, blur, mix, paint_polygon, polygon_coverage, quad
from app.content.render.materials import fbm, granite
from app.content.render.metal import Light, cavity, normals_from_height, shade
from app.content.render.spec import RenderSpec
from app.content.render.studio import Frame, finish, glass, soft_shadow, vignette
from app.content.render.subjects import _buddha

GRANITE: Color = (0.74, 0.71, 0.66)
# what the glass reflects of the outdoors behind the visitor, by season
_OUTSIDE: dict[str, Color] = {"spring": (0.95, 0.85, 0.9), "summer": (0.6, 0.85, 0.6),
                              "autumn": (1.0, 0.7, 0.4), "winter": (0.9, 0.95, 1.0)}


def _lights(spec: RenderSpec) -> tuple[list[Light], Color, Color]:
    """Key lights, ambient and the cave's shadow colour for the light variant."""
    swing = 0.3 * spec.view
    if spec.light == "day":
        return ([Light((-0.35 + swing, -0.35, 0.85), (1.0, 0.98, 0.94), 0.95),
                 Light((0.5, 0.1, 0.8), (0.7, 0.75, 0.85), 0.25)], (0.2, 0.21, 0.23), (0.16, 0.16, 0.17))
    if spec.light == "dusk":
        return ([Light((0.45 + swing, -0.2, 0.85), (1.0, 0.76, 0.5), 1.0),
                 Light((-0.6, 0.0, 0.8), (0.45, 0.45, 0.6), 0.2)], (0.16, 0.13, 0.12), (0.12, 0.09, 0.08))
    return ([Light((0.1 + swing, 0.45, 0.88), (1.0, 0.85, 0.62), 1.0),
             Light((-0.5, -0.5, 0.7), (0.4, 0.45, 0.6), 0.12)], (0.05, 0.05, 0.07), (0.04, 0.04, 0.05))


def _chamber(fr: Frame, spec: RenderSpec, stone: np.ndarray, lights: list[Light],
             ambient: Color, rng: np.random.Generator) -> np.ndarray:
    """Granite of the round chamber: wall panels with relief figures, the dome and its courses.

    ``stone`` is the granite texture of the whole frame; returns the lit canvas.
    """
    h, w = fr.height, fr.width
    yy, xx = fr.grid()
    s = fr.s
    hm = np.zeros((h, w), np.float32)
    # the wall curves away from us: panels get narrower towards the sides
    ang = np.clip((xx - 800.0) / 760.0, -1.0, 1.0)
    theta = np.arcsin(ang) * 1.7  # azimuth along the wall
    panel = np.mod(theta / 0.36 + 0.5, 1.0)
    joints = np.exp(-((panel - 0.5) / 0.012) ** 2) + np.exp(-((yy - 330.0) / 4.0) ** 2)
    hm -= joints * np.float32(4.0 * s)
    # relief figures in the panels: haloed head and a long robed body
    fig_x = (panel - 0.5) * 2.0
    head = np.clip(1.0 - (fig_x / 0.22) ** 2 - ((yy - 430.0) / 36.0) ** 2, 0.0, 1.0)
    ring_r = np.sqrt((fig_x / 0.42) ** 2 + ((yy - 430.0) / 62.0) ** 2)
    halo = np.clip(1.0 - np.abs(ring_r - 1.0) / 0.08, 0.0, 1.0)
    body_w = 0.32 + 0.18 * np.clip((yy - 470.0) / 380.0, 0.0, 1.0)
    body = np.clip(1.0 - np.abs(fig_x) / body_w, 0.0, 1.0) * (yy > 468) * (yy < 900)
    folds = 0.5 + 0.5 * np.cos(fig_x * 18.0 + yy * 0.02)
    hm += (head ** 0.5 * 14.0 + halo * 5.0 + (body ** 0.4) * (8.0 + 3.0 * folds)) * np.float32(s) * (yy > 340)
    # dome (rows above the wall): courses converge on the lotus capstone; tenon stones jut out
    top = max(min(int(np.ceil(fr.y(330.0))), h), 0)
    if top > 0:
        dy, dx = yy[:top], xx[:top]
        rr = np.sqrt(((dx - 800.0) / 1.25) ** 2 + ((dy - 40.0) * 1.7) ** 2)
        course = np.mod(rr / 62.0, 1.0)
        around = np.arctan2(dy - 40.0, dx - 800.0)
        block = np.mod(around * (rr / 60.0 + 3.0) / 1.3, 1.0)
        dome_h = -(np.exp(-((course - 0.02) / 0.04) ** 2) + np.exp(-((block - 0.5) / 0.03) ** 2) * 0.6) * 4.0
        tenon = ((np.abs(course - 0.5) < 0.16) & (np.abs(block - 0.5) < 0.11) & (rr > 150) & (rr < 520)
                 & (np.mod(np.floor(rr / 62.0), 2) == 1))
        dome_h = dome_h + blur(tenon.astype(np.float32), 2.0 * s) * 18.0
        cap = np.clip(1.0 - rr / 110.0, 0.0, 1.0)
        petals = 0.5 + 0.5 * np.cos(around * 12.0)
        dome_h = dome_h + (cap ** 0.5) * (10.0 + 8.0 * petals * (rr > 40))
        hm[:top] = dome_h * np.float32(s)
    # the lotus halo on the back wall, high behind the Buddha's head
    hx, hy = 800.0 + 40.0 * spec.view, 330.0
    rh = np.sqrt(((xx - hx) / 1.05) ** 2 + (yy - hy) ** 2)
    ring = np.clip(1.0 - np.abs(rh - 150.0) / 14.0, 0.0, 1.0)
    lotus = (rh < 150) * (rh > 60) * (0.5 + 0.5 * np.cos(np.arctan2(yy - hy, xx - hx) * 20.0)) * 0.6
    hm += (ring * 10.0 + lotus * 6.0 * np.clip((150 - rh) / 30.0, 0.0, 1.0)) * np.float32(s)
    albedo = stone * (0.9 + 0.2 * fbm(h, w, rng, cell=160 * s + 2, octaves=3))[..., None]
    n = normals_from_height(hm, 1.0)
    occ = 1.0 - np.clip(cavity(hm, 4.0 * s + 0.5) / (3.0 * s + 0.1), 0.0, 0.6)
    rgb = shade(n, albedo, lights, ambient, specular=0.05, shininess=8.0, occlusion=occ)
    # light from the entrance fades into the depth of the dome and round the wall
    fall = np.clip(1.15 - 0.5 * np.abs(ang) ** 2 - 0.7 * np.clip((330.0 - yy) / 330.0, 0.0, 1.0), 0.25, 1.0)
    rgb *= (fall * 0.8)[..., None]
    return rgb.astype(np.float32)


def _entrance(canvas: np.ndarray, fr: Frame, spec: RenderSpec, stone: np.ndarray,
              lights: list[Light], dark: Color) -> None:
    """Octagonal pillars and the arched lintel of the chamber entrance, and the corridor walls."""
    shift = -90.0 * spec.view
    h, w = canvas.shape[:2]
    # corridor: everything outside the arch is the antechamber, nearer and darker
    arch = np.array([[330 + shift, 1300], [330 + shift, 300]]
                    + [[800 + shift + 470 * np.cos(a), 300 - 190 * np.sin(a)]
                       for a in np.linspace(np.pi, 0, 40)]
                    + [[1270 + shift, 300], [1270 + shift, 1300]])
    outside = np.ones((h, w), np.float32)
    cov = polygon_coverage(fr.pts(arch), h, w)
    if cov is not None:
        x0, y0, x1, y1 = cov[1]
        outside[y0:y1, x0:x1] -= cov[0]
    _, xx = fr.grid()
    wall_tone = np.asarray(dark, np.float32) * 1.6 + np.asarray(lights[0].color, np.float32) * 0.12
    side = np.clip(np.abs(xx - 800 - shift) / 800.0, 0.0, 1.0)
    corridor = stone * wall_tone * (0.7 + 0.3 * side)[..., None]
    canvas += (corridor - canvas) * outside[..., None]
    for xc in (330.0 + shift, 1270.0 + shift):  # the two octagonal pillars
        for k, (a, b) in enumerate(((-40, -14), (-14, 14), (14, 40))):
            face = (0.55, 0.8, 0.62)[k] if xc < 800 else (0.62, 0.8, 0.55)[k]
            col = np.asarray(GRANITE, np.float32) * face * np.asarray(lights[0].color, np.float32) * 0.7
            paint_polygon(canvas, fr.pts(quad(xc + a, 280, xc + b, 1200)), tuple(float(c) for c in col))
    lintel = [[800 + shift + r * np.cos(a), 300 - r * 190 / 470 * np.sin(a)]
              for r, angles in ((500, np.linspace(0, np.pi, 40)), (470, np.linspace(np.pi, 0, 40)))
              for a in angles]
    paint_polygon(canvas, fr.pts(np.asarray(lintel)),
                  tuple(float(c) for c in np.asarray(GRANITE) * np.asarray(lights[0].color) * 0.5))


def render(spec: RenderSpec) -> np.ndarray:
    """Render the Seokguram Buddha through the grotto's glass front (RGB uint8)."""
    rng = np.random.default_rng(spec.seed)
    fr = Frame(spec.width, spec.height)
    lights, ambient, dark = _lights(spec)
    stone = granite(spec.height, spec.width, rng, base=GRANITE, scale=max(fr.s, 0.35))
    canvas = _chamber(fr, spec, stone, lights, ambient, rng)
    cx = 800.0 + 40.0 * spec.view
    cover, rgb = _buddha.statue(fr, cx, rng, lights, ambient, GRANITE)
    soft_shadow(canvas, cover, 30 * fr.s, -10 * fr.s, 30 * fr.s, 0.45)
    canvas += (rgb - canvas) * cover[..., None]
    _entrance(canvas, fr, spec, stone, lights, dark)
    if spec.light == "night":
        canvas *= np.float32(0.85)
    outside = np.asarray(_OUTSIDE[spec.season], np.float32)
    glass(canvas, fr, rng, strength=1.6 if spec.light != "night" else 0.7,
          tint=tuple(float(c) for c in outside))
    canvas = mix(canvas, canvas * outside, 0.06)
    vignette(canvas, fr, 0.45)
    return finish(canvas, rng, 1.0)
