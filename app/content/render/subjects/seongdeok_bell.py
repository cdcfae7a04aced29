"""Sacred Bell of King Seongdeok (성덕대왕신종, cast 771) in its pavilion at Gyeongju National Museum.

The 3.66 m bronze hangs from a dragon-shaped hook (yongnyu) beside its sound tube
(eumtong) under a tiled bell pavilion; a wooden striking log hangs at its side.
The body is rendered as a true surface of revolution: every pixel is mapped back
to (height, azimuth) on the bell, which gives its normal for shading and looks
up the cast relief (bands, nipple panels, apsaras, striking seats) in the UV
height map of :mod:`._bell_relief`. ``view`` turns the bell and shifts the camera.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, blur
from app.content.render.foliage import tree_line
from app.content.render.metal import Light, bezier, bronze_albedo, cavity, normals_from_height, shade, tube
from app.content.render.scene import Lighting, finish, floodlight, ground, hills, lighting_for, sky
from app.content.render.spec import RenderSpec
from app.content.render.studio import Frame
from app.content.render.subjects import _bell_pavilion as pavilion
from app.content.render.subjects._bell_relief import (
    BODY_M,
    SEAM,
    mouth_lobes,
    profile,
    profile_slope,
    relief_map,
)

PX_PER_M = 190.0  # design pixels per metre
BELL_TOP_Y = 430.0  # design y of the crown plate
EYE_T = 0.8  # the viewer's eye is level with this fraction of the body height


def _lights(lit: Lighting, spec: RenderSpec) -> tuple[list[Light], Color]:
    """Scene lighting converted to metal.py's convention (y down), plus an ambient colour."""
    key = floodlight(lit) if lit.is_night else lit
    lx, ly, lz = key.sun_dir
    sun = tuple(float(c) for c in key.sun)
    # The deep eaves keep the sky off the bell, so the fill is a weak sky bounce plus a warm
    # bounce from the pale stone floor below.
    # flood lamps are strong for stone but would wash bronze out to brass: dim them for the metal
    lights = [Light((lx, -ly, lz), sun, 0.55 if lit.is_night else 1.0),
              Light((0.0, 0.9, 0.45), tuple(float(c) * 0.35 for c in lit.ambient), 1.0)]
    amb = tuple(float(c) * 0.75 for c in lit.ambient)
    return lights, amb


def _body(canvas: np.ndarray, fr: Frame, spec: RenderSpec, lit: Lighting, cx: float,
          rng: np.random.Generator) -> np.ndarray:
    """Render the bell body onto ``canvas``; returns its coverage (H×W float32) for shadows."""
    h, w = canvas.shape[:2]
    k = PX_PER_M * fr.s
    hb = BODY_M * k
    y0 = float(fr.y(BELL_TOP_Y))
    rot = 0.25 + 0.6 * spec.view  # turning the bell brings other motifs to the front
    ppm = k
    relief = relief_map(ppm, rng)
    albedo_uv = bronze_albedo(rng, relief, patina=0.65, scale=max(60.0 * fr.s, 3.0))
    occ_uv = 1.0 - np.clip(cavity(relief, max(3.0 * fr.s, 1.0)) / max(0.01 * ppm, 0.5), 0.0, 0.6)
    gu = cv2.Sobel(relief, cv2.CV_32F, 1, 0, ksize=3, borderType=cv2.BORDER_REFLECT) * np.float32(0.125)
    gv = cv2.Sobel(relief, cv2.CV_32F, 0, 1, ksize=3, borderType=cv2.BORDER_REPLICATE) * np.float32(0.125)

    xa, xb = max(int(cx - 1.25 * k), 0), min(int(cx + 1.25 * k) + 1, w)
    ya, yb = max(int(y0 - 0.25 * k), 0), min(int(y0 + hb + 0.2 * k) + 1, h)
    if xb <= xa or yb <= ya:
        return np.zeros((h, w), np.float32)
    yy, xx = np.mgrid[ya:yb, xa:xb].astype(np.float32)
    # Invert the projection: a horizontal ring at height t appears as an arc bowed by the
    # viewer's height (up above the eye, down below it); a few fixed-point steps suffice.
    t = (yy - y0) / hb
    for _ in range(3):
        r = profile(t) * k
        u = np.clip((xx - cx) / r, -1.0, 1.0)
        bow = 0.10 * (t - EYE_T) * r * np.sqrt(1.0 - u * u)
        t = (yy - y0 - bow) / hb
    r = profile(t) * k
    u = (xx - cx) / r
    a = np.arcsin(np.clip(u, -1.0, 1.0))
    phi = a + rot
    t_rim = mouth_lobes(phi)
    cover = (np.clip((1.0 - np.abs(u)) * r, 0.0, 1.0) * np.clip(t * hb + 0.5, 0.0, 1.0)
             * np.clip((t_rim - t) * hb + 0.5, 0.0, 1.0)).astype(np.float32)

    tex_u = ((phi + SEAM) % (2 * np.pi) / (2 * np.pi) * relief.shape[1]).astype(np.float32)
    tex_v = (np.clip(t, 0.0, 1.0) * (relief.shape[0] - 1)).astype(np.float32)

    def sample(img: np.ndarray) -> np.ndarray:
        return cv2.remap(img, tex_u, tex_v, cv2.INTER_LINEAR, borderMode=cv2.BORDER_WRAP)

    ca, sa = np.cos(a), np.sin(a)
    slope = profile_slope(t) / BODY_M
    n = np.stack([sa, -slope, ca], axis=-1)
    # Perturb by the relief gradient along the surface tangents (around, and down).
    du, dv = sample(gu), sample(gv)
    bump = np.float32(1.4)
    n[..., 0] -= bump * du * ca
    n[..., 2] += bump * du * sa
    n[..., 1] -= bump * dv
    n /= np.linalg.norm(n, axis=-1, keepdims=True)

    lights, amb = _lights(lit, spec)
    albedo = sample(albedo_uv)
    occ = sample(occ_uv)
    # The roof shades the upper body from a high sun; lamps at night light it from below.
    if not lit.is_night:
        lx, ly, _ = lit.sun_dir
        edge = 0.25 + 0.4 * max(ly - 0.3, 0.0)
        roof = np.clip((t - edge) / 0.18, 0.25, 1.0)
    else:
        roof = np.clip(1.15 - 0.6 * (1.0 - t), 0.3, 1.0)
    key = shade(n, albedo, lights[:1], (0.0, 0.0, 0.0), specular=0.55, shininess=18.0,
                spec_tint=(0.95, 0.75, 0.5), occlusion=occ)
    rest = shade(n, albedo, lights[1:], amb, specular=0.2, shininess=8.0, spec_tint=(0.8, 0.7, 0.5),
                 occlusion=occ)
    rgb = key * roof[..., None] + rest
    # Grazing angles of polished metal pick up a little of the bright surroundings (Fresnel).
    rim = (np.abs(sa) ** 6)[..., None] * np.asarray(lit.haze, np.float32) * np.float32(0.18)
    rgb += rim
    region = canvas[ya:yb, xa:xb]
    region += (rgb - region) * cover[..., None]
    full = np.zeros((h, w), np.float32)
    full[ya:yb, xa:xb] = cover
    return full


def _hook(canvas: np.ndarray, fr: Frame, lit: Lighting, spec: RenderSpec, cx: float,
          rng: np.random.Generator) -> None:
    """Dragon hook and sound tube on the crown plate, cast in the same bronze."""
    h, w = canvas.shape[:2]
    s = fr.s
    top = float(fr.y(BELL_TOP_Y))
    turn = float(np.sin(0.25 + 0.6 * spec.view))  # the hook turns with the bell
    x0, x1 = int(cx - 190 * s), int(cx + 190 * s)
    y0, y1 = int(top - 230 * s), int(top + 12 * s)
    xa, xb, ya, yb = max(x0, 0), min(x1, w), max(y0, 0), min(y1, h)
    if xb - xa < 4 or yb - ya < 4:
        return
    hm = np.zeros((yb - ya, xb - xa), np.float32)
    ox, oy = cx - xa, top - ya

    def p(pts: list) -> np.ndarray:
        arr = np.asarray(pts, np.float64) * s
        arr[:, 0] = arr[:, 0] * (1.0 - 0.35 * abs(turn)) + ox
        arr[:, 1] += oy
        return arr

    # crown plate: a low dome over the shoulder
    plate = np.zeros_like(hm, np.uint8)
    cv2.ellipse(plate, (int(ox), int(oy)), (int(128 * s), max(int(16 * s), 1)), 0, 180, 360, 255, -1,
                cv2.LINE_AA)
    hm = np.maximum(hm, blur(plate.astype(np.float32) / 255.0, max(4 * s, 0.5)) * 10 * s)
    # sound tube: a column with swelling lotus bands, standing behind the dragon's neck
    tube_x = 45.0
    ys = np.linspace(-4, -205, 90)
    radii = 15 + 4 * np.cos(np.linspace(0, 2 * np.pi * 4, 90)) ** 8
    radii[-10:] = np.linspace(22, 4, 10)  # jewel-like finial
    tube(hm, p(np.stack([np.full_like(ys, tube_x), ys], 1)), radii * s)
    # dragon: head gripping the plate, the neck arching into the loop the rod passes through
    neck = bezier([[-70, -18], [-110, -150], [40, -215], [38, -60]], 120)
    tube(hm, p(neck), np.linspace(24, 17, 120) * s, base=6 * s)
    for claw in ([[-75, -25], [-100, -5]], [[-55, -30], [-40, -4]], [[30, -40], [60, -6]]):
        tube(hm, p(bezier(claw, 12)), 8 * s, base=4 * s)
    tube(hm, p(bezier([[-60, -22], [-98, -14], [-120, -18]], 20)), np.linspace(21, 12, 20) * s, base=8 * s)
    tube(hm, p([[-122, -28], [-108, -34]]), 6 * s, base=20 * s)  # snout and horn tips
    tube(hm, p(bezier([[-85, -40], [-95, -75], [-120, -70]], 16)), 5 * s, base=18 * s)  # mane
    scales = (rng.random(hm.shape, dtype=np.float32) - 0.5) * np.float32(2.0 * s)
    hm = hm + blur(scales, max(1.2 * s, 0.4)) * (hm > 8 * s)
    cover = np.clip(hm / max(1.0 * s, 0.5), 0.0, 1.0)
    n = normals_from_height(hm, 1.0)
    albedo = bronze_albedo(rng, hm, patina=0.8, scale=max(25 * s, 2.0))
    lights, amb = _lights(lit, spec)
    rgb = shade(n, albedo, lights, amb, specular=0.45, shininess=16.0, spec_tint=(0.95, 0.75, 0.5))
    if not lit.is_night:
        rgb *= np.float32(0.55)  # deep in the roof's shadow
    region = canvas[ya:yb, xa:xb]
    region += (rgb - region) * cover[..., None]


def render(spec: RenderSpec) -> np.ndarray:
    """Render the bell in its pavilion (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    fr = Frame(spec.width, spec.height)
    lit = lighting_for(spec.light, spec.season)
    h, w = spec.height, spec.width
    horizon = float(fr.y(760.0))
    canvas = sky(h, w, horizon, lit, rng)
    hills(canvas, horizon, lit, rng, layers=2, height_frac=0.12)
    tree_line(canvas, horizon + 6 * fr.s, 0, w, 120 * fr.s, lit, rng, haze=0.25)
    ground(canvas, horizon, lit, rng, kind="grass")
    cx = float(fr.x(800.0 - 70.0 * spec.view))
    pavilion.back(canvas, fr, lit, spec, rng)
    pavilion.rod(canvas, fr, lit, cx, BELL_TOP_Y - 200.0)
    bell = _body(canvas, fr, spec, lit, cx, rng)
    _hook(canvas, fr, lit, spec, cx, rng)
    pavilion.striking_log(canvas, fr, lit, cx + 1.2 * PX_PER_M * fr.s, BELL_TOP_Y + 0.74 * BODY_M * PX_PER_M)
    pavilion.front(canvas, fr, lit, spec, rng, bell)
    if lit.is_night:
        glow = blur(bell, 30 * fr.s + 1)
        canvas += glow[..., None] * np.asarray((0.10, 0.07, 0.03), np.float32)
    return finish(canvas, lit, rng)

