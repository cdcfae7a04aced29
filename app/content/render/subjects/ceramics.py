"""Korean ceramics on museum display: Goryeo celadon, a Joseon moon jar, Silla grey stoneware.

Render-only subject for the ``ceramics`` heritage type (it has no fact card).
The seed picks one of five well-known kinds of object (the family cycles with the seed):

* Goryeo celadon maebyeong (12th–13th c.): small mouth, full high shoulder,
  body narrowing to the foot; jade-green glaze over sanggam inlay, white and
  black slip laid into carved lines: cranes and clouds in double-ringed
  medallions, a cloud-collar band on the shoulder and lotus petals at the foot;
* a Goryeo celadon melon-shaped vase (12th c.): lobed body, long neck, flared
  mouth and a pleated foot, plain glaze that pools darker in the grooves;
* a Joseon white porcelain moon jar (dalhangari, 17th–18th c.): about as wide
  as it is tall, thrown as two bowls joined at the middle, so slightly
  lopsided, with a soft milky glaze and the odd brown stain;
* Silla grey stoneware (5th–6th c.), fired hard in tunnel kilns: a lidded
  stem cup on a tall foot with staggered rectangular cut-outs, or a
  long-necked jar on a perforated stand, both with ridges, comb-drawn waves and
  glossy drips of natural ash glaze.

The object stands on a plinth under gallery light (see
:mod:`app.content.render.studio`); ``view`` moves the camera sideways and a
little up or down and turns the decoration, ``light`` is the gallery mood.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, ellipse_points, mix, paint_polygon, smoothstep
from app.content.render.materials import fbm, speckle, value_noise
from app.content.render.metal import Light, shade
from app.content.render.spec import RenderSpec
from app.content.render.studio import Frame, finish, gallery, glass, mood, plinth, soft_shadow, vignette
from app.content.render.subjects._lathe import Pot, Turned, glaze_light, perturb, smooth_profile, turn

PLINTH_TOP = 900.0  # design y of the plinth's front edge (varied a little per seed)
PLINTH_DEPTH = 80.0

FAMILIES = (("maebyeong", "melon_vase"), ("moon_jar",), ("stem_cup", "long_neck_jar"))
CELADON: Color = (0.37, 0.47, 0.40)  # greyish jade green ("bisaek", the colour of kingfisher feathers)
CELADON_POOL: Color = (0.24, 0.36, 0.33)
PORCELAIN: Color = (0.80, 0.79, 0.75)
STONEWARE: Color = (0.19, 0.19, 0.20)  # reduction-fired grey-black clay
ASH_GLAZE: Color = (0.26, 0.29, 0.18)

# (t, radius) control points: t from the mouth (0) to the foot (1), radius as a fraction of the height
PROFILES: dict[str, list[tuple[float, float]]] = {
    "maebyeong": [(0.0, 0.075), (0.025, 0.08), (0.045, 0.06), (0.075, 0.07), (0.13, 0.2), (0.21, 0.275),
                  (0.31, 0.29), (0.46, 0.27), (0.63, 0.225), (0.8, 0.19), (0.93, 0.195), (0.975, 0.205),
                  (1.0, 0.2)],
    "melon_vase": [(0.0, 0.17), (0.04, 0.14), (0.1, 0.075), (0.18, 0.052), (0.32, 0.055), (0.38, 0.09),
                   (0.45, 0.23), (0.58, 0.3), (0.71, 0.275), (0.8, 0.18), (0.85, 0.13), (0.9, 0.15),
                   (0.97, 0.22), (1.0, 0.225)],
    "moon_jar": [(0.0, 0.205), (0.03, 0.21), (0.055, 0.2), (0.09, 0.27), (0.2, 0.42), (0.35, 0.49), (0.5, 0.5),
                 (0.65, 0.48), (0.8, 0.41), (0.91, 0.3), (0.96, 0.22), (0.985, 0.205), (1.0, 0.2)],
    "stem_cup": [(0.0, 0.11), (0.025, 0.11), (0.06, 0.08), (0.1, 0.07), (0.13, 0.12), (0.18, 0.31), (0.24, 0.42),
                 (0.29, 0.46), (0.3, 0.47), (0.34, 0.455), (0.44, 0.42), (0.52, 0.32), (0.57, 0.16), (0.61, 0.1),
                 (0.72, 0.11), (0.84, 0.17), (0.94, 0.27), (0.99, 0.31), (1.0, 0.31)],
    "jar": [(0.0, 0.15), (0.03, 0.14), (0.2, 0.115), (0.33, 0.12), (0.42, 0.2), (0.52, 0.33), (0.66, 0.38),
            (0.8, 0.33), (0.92, 0.2), (1.0, 0.0)],
    "stand": [(0.0, 0.47), (0.06, 0.42), (0.14, 0.27), (0.2, 0.16), (0.3, 0.15), (0.6, 0.2), (0.85, 0.3),
              (0.96, 0.36), (1.0, 0.37)],
}


def _bands(t: np.ndarray, edges: tuple[float, ...], width: float) -> np.ndarray:
    """1 on thin horizontal lines at the ``edges`` (in t), 0 elsewhere."""
    out = np.zeros_like(t)
    for e in edges:
        out = np.maximum(out, smoothstep(width, width * 0.4, np.abs(t - e)))
    return out


def _inlay(g: Turned, h_px: float, turn0: float) -> tuple[np.ndarray, np.ndarray]:
    """Sanggam inlay of a maebyeong: (white, black) masks of cranes, clouds, medallions, collar, petals."""
    t, r = g.t, g.radius
    height = h_px
    phi = g.phi + turn0
    line = max(1.1 / height, 0.004)  # inlaid lines stay at least about a pixel wide
    white = np.zeros_like(t)
    black = np.zeros_like(t)
    # cloud-collar (yeouidu) band round the shoulder: scalloped outline hanging down from the neck
    scallop = 0.17 + 0.05 * np.abs(np.sin(phi * 3.0)) ** 0.6
    white = np.maximum(white, smoothstep(line, line * 0.3, np.abs(t - scallop)) * (t > 0.08))
    black = np.maximum(black, _bands(t, (0.09, 0.235), line * 0.8))
    # medallions in two staggered rows, a rising crane inside each, clouds and diving cranes between
    rel_r = r / np.maximum(r.max(), 1e-6) * 0.29  # arc length per radian, in heights
    for row, (tc, off) in enumerate(((0.38, 0.0), (0.6, np.pi / 6))):
        dphi = np.pi / 3
        a = (phi + off) % dphi - dphi / 2
        x, y = a * rel_r, t - tc
        d = np.sqrt(x * x + y * y)
        rad = 0.085
        white = np.maximum(white, smoothstep(line, line * 0.3, np.abs(d - rad)))
        black = np.maximum(black, smoothstep(line * 0.7, line * 0.2, np.abs(d - rad + 0.014)))
        for sgn, yc, scale in ((-1.0, 0.0, 1.0), (1.0, 0.11 if row == 0 else -0.11, 0.7)):
            cx = 0.0 if sgn < 0 else (dphi / 2) * rel_r
            xc = x - cx if sgn < 0 else np.abs(x) - cx
            _crane(white, black, xc / scale, (y - yc) / scale * -sgn)
        cloud = np.sqrt((np.abs(x) - dphi / 2 * rel_r) ** 2 + (y + 0.06) ** 2)
        white = np.maximum(white, smoothstep(0.016, 0.01, cloud) * smoothstep(0.004, 0.009, cloud))
    # lotus petals round the foot
    a = (phi % (np.pi / 7)) - np.pi / 14
    px, py = a * rel_r / 0.045, (0.95 - t) / 0.1
    petal = np.sqrt(px * px + np.clip(py, 0.0, None) ** 2)
    white = np.maximum(white, smoothstep(0.12, 0.04, np.abs(petal - 0.9)) * (t > 0.84) * (t < 0.955))
    black = np.maximum(black, _bands(t, (0.84, 0.955), line * 0.8))
    return white, black


def _crane(white: np.ndarray, black: np.ndarray, x: np.ndarray, y: np.ndarray) -> None:
    """A flying crane, head up: white body and swept wings, black head and wing tips (in place)."""
    body = (x / 0.012) ** 2 + ((y + 0.005) / 0.03) ** 2
    wing = ((np.abs(x) - 0.026) / 0.026) ** 2 + ((y - 0.012 + 0.35 * np.abs(x)) / 0.009) ** 2
    head = (x / 0.006) ** 2 + ((y + 0.04) / 0.006) ** 2
    np.maximum(white, smoothstep(1.2, 0.8, np.minimum(body, wing)), out=white)
    np.maximum(black, smoothstep(1.2, 0.8, head), out=black)
    tips = ((np.abs(x) - 0.048) / 0.008) ** 2 + ((y + 0.004) / 0.008) ** 2
    np.maximum(black, smoothstep(1.2, 0.8, tips), out=black)


def _crackle(h: int, w: int, rng: np.random.Generator, cell: float) -> np.ndarray:
    """A fine network of crazing lines (the glaze shrank more than the body as it cooled)."""
    a = value_noise(h, w, cell, rng)
    b = value_noise(h, w, cell * 1.7, rng)
    return np.maximum(smoothstep(0.03, 0.0, np.abs(a - 0.5)), 0.7 * smoothstep(0.025, 0.0, np.abs(b - 0.5)))


def _material(kind: str, g: Turned, rng: np.random.Generator, h_px: float, turn0: float,
              part: str) -> tuple[np.ndarray, np.ndarray, np.ndarray | float, float]:
    """Albedo, normals, gloss (scalar or per pixel) and specular strength of one pot."""
    h, w = g.t.shape
    t, n = g.t, g.normal
    phi = g.phi + turn0
    mottle = fbm(h, w, rng, cell=max(h * 0.2, 2.0), octaves=4)
    if kind in ("maebyeong", "melon_vase"):
        if kind == "melon_vase":
            lobes = np.where((t > 0.37) & (t < 0.84), 0.1 * np.sin(phi * 8.0), 0.0)
            pleats = np.where(t > 0.87, 0.18 * np.sin(phi * 28.0), 0.0)
            n = perturb(n, g.phi, (lobes + pleats).astype(np.float32))
            groove = (np.where((t > 0.37) & (t < 0.84), np.cos(phi * 8.0), 0.0) > 0.9) * 1.0
        else:
            groove = np.zeros_like(t)
        # the glaze runs down and pools: thicker, bluer low on the body and in every groove
        pool = np.clip(0.25 * smoothstep(0.6, 1.0, t) + 0.45 * groove + 0.3 * (mottle - 0.5), 0.0, 1.0)
        albedo = mix(CELADON, CELADON_POOL, pool)
        albedo = albedo * (0.94 + 0.12 * mottle)[..., None]
        if kind == "maebyeong":
            white, black = _inlay(g, h_px, turn0)
            albedo = mix(albedo, (0.78, 0.80, 0.72), white * 0.85)
            albedo = mix(albedo, (0.16, 0.19, 0.17), black * 0.9)
        albedo = albedo * (1.0 - 0.15 * _crackle(h, w, rng, max(h_px * 0.012, 1.5)))[..., None]
        return albedo, n, 0.9, 0.5
    if kind == "moon_jar":
        albedo = mix(PORCELAIN, (0.80, 0.83, 0.84), smoothstep(0.8, 1.0, t) * 0.6 + 0.2 * mottle)
        stain = smoothstep(0.72, 0.9, fbm(h, w, rng, cell=max(h * 0.1, 2.0), octaves=4)) * smoothstep(0.4, 0.7, t)
        albedo = mix(albedo, (0.72, 0.62, 0.48), stain * rng.uniform(0.2, 0.7))
        seam = smoothstep(0.012, 0.0, np.abs(t - 0.5 - 0.01 * np.sin(phi * 2.0)))
        albedo = albedo * (1.0 - 0.05 * seam)[..., None]
        pits = speckle(h, w, rng, 0.0015, size=1.0)
        albedo = albedo * (1.0 - 0.25 * pits)[..., None]
        albedo = mix(albedo, (0.70, 0.63, 0.52), smoothstep(0.975, 0.99, t))  # unglazed sandy foot ring
        return albedo, n, 0.55, 0.25
    # Silla stoneware: ridges and comb-drawn waves, grey body, ash glaze on the upward faces
    ridges = (0.06, 0.12, 0.2, 0.28) if part == "jar" else (0.13, 0.2, 0.33, 0.46, 0.62)
    if part == "stand":
        ridges = (0.06, 0.16, 0.3, 0.5, 0.72, 0.94)
    bump = np.zeros_like(t)
    for e in ridges:
        bump += np.exp(-((t - e) / 0.008) ** 2) - np.exp(-((t - e - 0.014) / 0.008) ** 2)
    n = n.copy()
    n[..., 1] -= 0.6 * bump
    n /= np.linalg.norm(n, axis=-1, keepdims=True)
    albedo = np.asarray(STONEWARE, np.float32) * (0.8 + 0.4 * mottle)[..., None]
    grit = speckle(h, w, rng, 0.01, size=1.0)
    albedo = albedo * (1.0 + 0.5 * grit - 0.2 * speckle(h, w, rng, 0.01, size=1.0))[..., None]
    waves = np.zeros_like(t)
    for e0, e1 in zip(ridges[:-1], ridges[1:], strict=True):
        mid = (e0 + e1) / 2 + 0.004
        for k in (-1, 0, 1):
            wv = mid + k * 0.012 + 0.012 * np.sin(phi * 18.0)
            waves = np.maximum(waves, smoothstep(0.004, 0.0015, np.abs(t - wv)) * ((t > e0 + 0.02) & (t < e1 - 0.01)))
    albedo = albedo * (1.0 - 0.45 * waves)[..., None]
    drips = cv2.resize(value_noise(max(h // 8, 1), w, max(w * 0.03, 1.0), rng), (w, h))
    # ash fell on the shoulder in the kiln and melted into runs of glossy olive glaze
    ash = smoothstep(0.25, 0.6, -n[..., 1] + 0.6 * (drips - 0.5)) * smoothstep(0.6, 0.85, mottle + 0.3 * drips)
    ash = ash * rng.uniform(0.3, 1.0)
    albedo = mix(albedo, ASH_GLAZE, ash * 0.8)
    return albedo, n, (0.06 + 0.6 * ash).astype(np.float32), 0.06


def _windows(g: Turned, part: str, turn0: float) -> np.ndarray:
    """1 where the foot or stand is cut through (staggered rectangular or triangular openings)."""
    t, phi = g.t, g.phi + turn0
    holes = np.zeros_like(t)
    if part == "stem_cup":
        tiers = ((0.66, 0.78, 0.0), (0.81, 0.93, np.pi / 4))
        count, half = 4, 0.2
    elif part == "stand":
        tiers = ((0.34, 0.5, 0.0), (0.55, 0.72, np.pi / 5), (0.77, 0.9, 0.0))
        count, half = 5, 0.22
    else:
        return holes
    for t0, t1, off in tiers:
        a = (phi + off) % (2 * np.pi / count) - np.pi / count
        tri = np.abs(a) < half * (t - t0) / (t1 - t0) * 1.3 if part == "stand" else np.abs(a) < half
        holes = np.maximum(holes, ((t > t0) & (t < t1) & tri).astype(np.float32))
    return holes


def _draw(canvas: np.ndarray, fr: Frame, pot: Pot, g: Turned, kind: str, part: str, rng: np.random.Generator,
          spec: RenderSpec, turn0: float, mouth: bool) -> None:
    """Shade one turned pot into ``canvas``, in place."""
    m = mood(spec)
    h_px = pot.height * fr.s
    albedo, n, gloss, spec_k = _material(kind, g, rng, h_px, turn0, part)
    # bounce light from the plinth below fills the underside, as on a real display
    lights = m.lights + (Light((0.0, 1.0, 0.4), (0.9, 0.85, 0.8), 0.18),)
    # the room darkens towards the silhouette: less of the bright wall is seen at grazing angles
    occl = 0.55 + 0.45 * smoothstep(0.0, 0.6, g.normal[..., 2])
    glossy = float(np.mean(gloss)) > 0.3
    rgb = shade(n, albedo, lights, tuple(np.asarray(m.ambient) * 0.7), specular=spec_k,
                shininess=60.0 if glossy else 10.0, occlusion=occl)
    room = np.asarray(m.wall, np.float32) * 0.9
    rgb = rgb + glaze_light(n, m.lights[0], room, gloss)
    holes = _windows(g, part, turn0)
    rgb = mix(rgb, np.asarray(albedo.mean(axis=(0, 1)), np.float32) * 0.12, holes)
    x0, y0, x1, y1 = g.box
    region = canvas[y0:y1, x0:x1]
    region += (rgb - region) * g.cover[..., None]
    if mouth:
        _mouth(canvas, fr, pot, albedo, m.lights[0])


def _mouth(canvas: np.ndarray, fr: Frame, pot: Pot, albedo: np.ndarray, key: Light) -> None:
    """The open mouth seen from slightly above: the inside of the neck in shadow and a lit lip."""
    r = float(pot.profile[0, 1] * pot.height)
    cx = float(pot.axis(np.float32(pot.top)))
    rim = ellipse_points(fr.x(cx), fr.y(pot.top), r * fr.s, max(r * pot.tilt * fr.s, 0.6), 40)
    glaze = np.asarray(albedo[albedo.shape[0] // 3, albedo.shape[1] // 2], np.float32)
    paint_polygon(canvas, rim, tuple(glaze * 0.9 * key.intensity))
    inner = ellipse_points(fr.x(cx), fr.y(pot.top) + r * pot.tilt * fr.s * 0.12, r * fr.s * 0.84,
                           max(r * pot.tilt * fr.s * 0.8, 0.5), 40)
    paint_polygon(canvas, inner, tuple(glaze * 0.18))


def _label(canvas: np.ndarray, fr: Frame, spec: RenderSpec, rng: np.random.Generator, x: float,
           top: float) -> None:
    """A small caption card on the plinth with grey lines standing in for the text."""
    m = mood(spec)
    card = np.asarray((0.92, 0.90, 0.84), np.float32) * (np.asarray(m.ambient) * 1.2 + 0.55 * m.lights[0].intensity)
    y0, y1 = top + 40, top + 130
    paint_polygon(canvas, fr.pts([[x, y0], [x + 170, y0], [x + 170, y1], [x, y1]]), tuple(card))
    for i in range(4):
        length = 150 if i == 0 else rng.uniform(70, 150)
        yl = y0 + 18 + i * 18
        paint_polygon(canvas, fr.pts([[x + 10, yl], [x + 10 + length, yl], [x + 10 + length, yl + 7 - 2 * (i > 0)],
                                      [x + 10, yl + 7 - 2 * (i > 0)]]), tuple(card * 0.35))


def render(spec: RenderSpec) -> np.ndarray:
    """Render one Korean ceramic on a gallery plinth (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    fr = Frame(spec.width, spec.height)
    m = mood(spec)
    # the family (celadon, porcelain, stoneware) cycles with the seed, so any run of seeds is balanced;
    # the shape within the family is drawn at random
    shapes = FAMILIES[spec.seed % len(FAMILIES)]
    kind = shapes[int(rng.integers(0, len(shapes)))]
    cx = 800.0 + 90.0 * spec.view + rng.normal(0.0, 25.0)
    # framing differs from photo to photo: how high the plinth stands and how close the camera is
    top = PLINTH_TOP + float(rng.uniform(-50.0, 60.0))
    zoom = float(rng.uniform(0.8, 1.1))
    base = top - PLINTH_DEPTH * 0.45
    tilt = float(np.clip(0.1 + 0.05 * spec.view + rng.normal(0.0, 0.02), 0.04, 0.2))
    turn0 = float(rng.uniform(0.0, 2 * np.pi) + 0.6 * spec.view)
    canvas = gallery(spec, rng, fr, floor_y=1060.0, spot=(cx, 520.0, 520.0, 480.0))
    plinth(canvas, fr, spec, cx, top, 980.0 * zoom + 120.0, 1260.0, depth=PLINTH_DEPTH,
           color=tuple(rng.choice([(0.86, 0.85, 0.82), (0.30, 0.28, 0.27), (0.55, 0.45, 0.36)])))
    parts: list[tuple[Pot, str, bool]]
    if kind == "long_neck_jar":
        stand = Pot(cx, base - 300.0 * zoom, base, smooth_profile(PROFILES["stand"]), tilt)
        parts = [(Pot(cx, base - 640.0 * zoom, base - 250.0 * zoom, smooth_profile(PROFILES["jar"]), tilt), "jar",
                  True),
                 (stand, "stand", False)]
    else:
        height = {"maebyeong": 640.0, "melon_vase": 600.0, "moon_jar": 560.0, "stem_cup": 470.0}[kind]
        height *= zoom
        lean = float(rng.normal(0.0, 0.012)) if kind == "moon_jar" else 0.0
        profile = smooth_profile(PROFILES[kind])
        parts = [(Pot(cx, base - height, base, profile, tilt, lean), kind, kind != "stem_cup")]
    # shadows first, all parts together, so they fall on the plinth and the wall behind
    key = m.lights[0].unit()
    silhouettes = [turn(p, fr) for p, _, _ in parts]
    mask = np.zeros(canvas.shape[:2], np.float32)
    for g in silhouettes:
        if g is not None:
            x0, y0, x1, y1 = g.box
            np.maximum(mask[y0:y1, x0:x1], g.cover, out=mask[y0:y1, x0:x1])
    base_px = float(fr.y(base))
    # the key light comes from the front above: the shadow lies back across the plinth and climbs the wall
    soft_shadow(canvas, mask, -key[0] * 80 * fr.s, -25 * fr.s, 12 * fr.s, 0.5, squash=0.15, anchor_y=base_px)
    soft_shadow(canvas, mask, -key[0] * 160 * fr.s, -key[1] * 60 * fr.s, 30 * fr.s, 0.3)
    contact = np.zeros_like(mask)
    r_foot = float(parts[-1][0].profile[-1, 1] * parts[-1][0].height)
    cv2.ellipse(contact, (int(fr.x(cx)), int(base_px)), (max(int(r_foot * fr.s), 1), max(int(r_foot * tilt * fr.s), 1)),
                0, 0, 360, 1.0, -1)
    soft_shadow(canvas, contact, 0, 0, 6 * fr.s, 0.5)
    for (pot, part, mouth), g in zip(parts, silhouettes, strict=True):
        if g is not None:
            _draw(canvas, fr, pot, g, kind, part, rng, spec, turn0, mouth)
    if rng.random() < 0.6:
        _label(canvas, fr, spec, rng, cx + rng.choice([-1.0, 1.0]) * 330.0 * zoom - 85.0, top)
    if rng.random() < 0.5:
        glass(canvas, fr, rng, strength=0.7 if spec.light == "day" else 0.35)
    vignette(canvas, fr, 0.3 if spec.light == "day" else 0.55)
    return finish(canvas, rng, m.exposure)
