"""Old Korean paintings and documents, as scanned for an archive or photographed in a gallery.

Render-only subject for the ``painting_document`` heritage type (it has no
fact card). The seed picks the object (cycling through the four kinds):

* an ink-wash landscape hanging scroll on aged silk or paper, with its
  mounting, inscription and red seals (:mod:`._ink_painting`);
* a leaf of a Joseon woodblock-printed book: ruled frame, columns of dense
  characters, the centre column with its fish-tail marks (:mod:`._documents`);
* a brush-written manuscript document with a large official seal and fold
  creases (:mod:`._documents`);
* a painted folding screen, peonies or the Sun, Moon and Five Peaks
  (:mod:`._screen`).

The characters are abstract brush-stroke glyphs, never real text. Half the
pictures are flat archive scans (even light, the sheet square to the camera on
a plain ground, sometimes with a grey-scale target), half are gallery photos:
a scroll hung on the wall, a book or document in a slanted case under glass, a
screen standing folded in zigzag, all seen in perspective under gallery light.
``view`` turns the camera (or, for scans, shifts and rotates the sheet).
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, blur, new_canvas
from app.content.render.spec import RenderSpec
from app.content.render.studio import Frame, finish, gallery, glass, mood, spot_pool, vignette
from app.content.render.subjects._documents import book_leaf, manuscript
from app.content.render.subjects._ink_painting import ink_landscape, mount_scroll
from app.content.render.subjects._paper import hanji
from app.content.render.subjects._screen import five_peaks, mount_panel, peony_panel

KINDS = ("scroll", "book_leaf", "manuscript", "screen")
# colour casts of the copy-stand lamps: daylight-balanced, warm tungsten, or dim and cool
SCAN_LIGHT: dict[str, Color] = {"day": (1.0, 1.0, 1.0), "dusk": (1.06, 0.98, 0.86), "night": (0.82, 0.86, 0.95)}


def _pieces(kind: str, long_side: int, rng: np.random.Generator, panels: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The object as flat pieces ``(rgb, alpha)``: one for most, one per panel for a screen."""
    if kind == "scroll":
        ph = max(int(long_side / 1.5), 40)
        return [mount_scroll(ink_landscape(ph, max(int(ph / 2.3), 16), rng), rng)]
    if kind in ("book_leaf", "manuscript"):
        # text is drawn at no less than ~640 px and shrunk, or small renders turn brush strokes into blots
        w = max(long_side, 640)
        h = max(int(w / 1.4) if kind == "book_leaf" else int(w * rng.uniform(0.62, 0.8)), 32)
        art = book_leaf(h, w, rng) if kind == "book_leaf" else manuscript(h, w, rng)
        return [(art, np.ones((h, w), np.float32))]
    ph = max(int(long_side * 0.86), 48)
    pw = max(int(ph / 3.0), 16)
    if rng.random() < 0.5:
        arts = [peony_panel(ph, pw, rng) for _ in range(panels)]
    else:
        panels = max(panels, 4)  # one picture across the screen: never shown a panel at a time
        ph, pw = max(int(long_side * 0.5), 48), max(int(long_side * 0.5 / 2.2), 16)
        whole = five_peaks(ph, pw * panels, rng)
        arts = [whole[:, i * pw:(i + 1) * pw] for i in range(panels)]
    r, g, b = (float(v) for v in rng.uniform(0.12, 0.4, 3))  # every panel of one screen shares its border silk
    out = []
    for art in arts:
        panel = mount_panel(np.ascontiguousarray(art), rng, (r, g, b))
        out.append((panel, np.ones(panel.shape[:2], np.float32)))
    return out


def _paste(canvas: np.ndarray, rgb: np.ndarray, alpha: np.ndarray, quad: np.ndarray,
           light: np.ndarray | float = 1.0) -> np.ndarray:
    """Warp a flat piece onto the image quad (TL, TR, BR, BL) and composite it; returns its coverage."""
    h, w = canvas.shape[:2]
    ph, pw = alpha.shape
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, np.float32(quad))
    # pre-shrink big pieces so the warp does not alias fine print into moiré
    scale = max(pw, ph) / max(float(np.ptp(quad[:, 0])), float(np.ptp(quad[:, 1])), 1.0)
    if scale > 1.5:
        k = 1.0 / scale * 1.2
        rgb = cv2.resize(rgb, (max(int(pw * k), 1), max(int(ph * k), 1)), interpolation=cv2.INTER_AREA)
        alpha = cv2.resize(alpha, (rgb.shape[1], rgb.shape[0]), interpolation=cv2.INTER_AREA)
        m = m @ np.diag([pw / rgb.shape[1], ph / rgb.shape[0], 1.0])
    warped = cv2.warpPerspective(rgb, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    cover = cv2.warpPerspective(alpha, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    canvas *= 1.0 - cover[..., None]
    lamp = light[..., None] if np.ndim(light) == 2 else light  # a light map may be grey (H×W) or coloured
    canvas += warped * cover[..., None] * lamp
    return cover


def _fit(points: list[np.ndarray], width: int, height: int, fill: float, shift: float) -> list[np.ndarray]:
    """Scale and centre projected quads so together they fill ``fill`` of the frame."""
    allp = np.vstack(points)
    lo, hi = allp.min(axis=0), allp.max(axis=0)
    s = fill * min(width / max(hi[0] - lo[0], 1e-6), height / max(hi[1] - lo[1], 1e-6))
    centre = (lo + hi) / 2
    target = np.array([width * (0.5 + shift), height * 0.5])
    return [(p - centre) * s + target for p in points]


def _project(corners: np.ndarray, yaw: float, pitch: float, dist: float) -> np.ndarray:
    """Perspective image points of 3-D corners (x right, y down, z away) seen from a turned camera."""
    c, s = np.cos(yaw), np.sin(yaw)
    x = corners[:, 0] * c + corners[:, 2] * s
    z = -corners[:, 0] * s + corners[:, 2] * c
    cp, sp = np.cos(pitch), np.sin(pitch)
    y = corners[:, 1] * cp - z * sp
    z = corners[:, 1] * sp + z * cp + dist
    return np.stack([x / z, y / z], 1)


def _scan(spec: RenderSpec, rng: np.random.Generator, kind: str) -> np.ndarray:
    """A flat archive scan: the sheet square to the camera on a plain ground, even light."""
    h, w = spec.height, spec.width
    ground = [(0.08, 0.08, 0.085), (0.90, 0.90, 0.88), (0.42, 0.42, 0.42)][int(rng.integers(0, 3))]
    canvas = new_canvas(h, w, ground)
    pieces = _pieces(kind, int(max(h, w) * 0.9), rng, int(rng.integers(1, 3)))
    gap = 0.02 * pieces[0][1].shape[1]
    quads, x = [], 0.0
    for _, a in pieces:
        ph, pw = a.shape
        quads.append(np.array([[x, 0], [x + pw, 0], [x + pw, ph], [x, ph]], np.float64))
        x += pw + gap
    angle = np.radians(1.2 * spec.view + rng.normal(0.0, 0.4))
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    quads = _fit([q @ rot.T for q in quads], w, h, float(rng.uniform(0.8, 0.92)), 0.04 * spec.view)
    covers = np.zeros((h, w), np.float32)
    for (rgb, a), q in zip(pieces, quads, strict=True):
        covers = np.maximum(covers, _paste(canvas, rgb, a, q))
    # a faint contact shadow round the sheet where it lies on the copy-stand
    canvas *= (1.0 - 0.25 * np.clip(blur(covers, max(h * 0.004, 0.5)) - covers, 0.0, 1.0))[..., None]
    if rng.random() < 0.5:  # a grey-scale target laid along the bottom edge for colour calibration
        n = 10
        pw, ph, y0 = w * 0.05, h * 0.035, h * 0.955
        for i in range(n):
            x0 = w * 0.5 - n * pw / 2 + i * pw
            canvas[int(y0):int(y0 + ph), int(x0):int(x0 + pw)] = 0.95 * (1.0 - i / (n - 1)) ** 1.6 + 0.03
    yy = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None]
    canvas *= (1.0 - 0.06 * yy)[..., None] * np.asarray(SCAN_LIGHT[spec.light], np.float32)
    return finish(canvas, rng, 1.0 if spec.light != "night" else 0.85, grain=0.006)


def _gallery(spec: RenderSpec, rng: np.random.Generator, kind: str) -> np.ndarray:
    """A gallery photograph at an angle: on the wall, in a slanted case, or standing as a screen."""
    h, w = spec.height, spec.width
    fr = Frame(w, h)
    m = mood(spec)
    yaw = np.radians(32.0 * spec.view + rng.normal(0.0, 4.0))
    key = np.asarray(m.lights[0].color, np.float32) * np.float32(m.lights[0].intensity)
    pool = spot_pool(fr, 800.0, 560.0, 620.0, 560.0)
    light = (np.asarray(m.ambient, np.float32) * 2.0 + key * (0.35 + 0.65 * pool)[..., None]) * np.float32(0.72)
    if kind in ("book_leaf", "manuscript"):
        # in a case: the sheet lies on a slanted board covered with linen, seen from above
        lining = np.asarray([(0.30, 0.27, 0.22), (0.16, 0.18, 0.22), (0.55, 0.50, 0.42)][int(rng.integers(0, 3))])
        canvas = (hanji(h, w, rng, age=0.0, base=tuple(lining)) * light).astype(np.float32)
        pitch = np.radians(rng.uniform(35.0, 55.0))
        yaw *= 0.6  # a case is looked into from the front more than from the side
        pieces = _pieces(kind, int(max(h, w) * 1.1), rng, 1)
    elif kind == "scroll":
        canvas = gallery(spec, rng, fr, floor_y=1150.0, spot=(800.0, 560.0, 560.0, 640.0))
        pitch = np.radians(rng.uniform(-6.0, 4.0))
        pieces = _pieces(kind, int(h * 1.1), rng, 1)
    else:
        canvas = gallery(spec, rng, fr, floor_y=float(rng.uniform(900.0, 1000.0)))
        pitch = np.radians(rng.uniform(-8.0, 2.0))
        pieces = _pieces(kind, int(h * 0.9), rng, int(rng.integers(4, 7)))
    # panels stand in a zigzag, each folded back alternately; flat objects are a single plane
    quads3d, normals = [], []
    x = 0.0
    for i, (_, a) in enumerate(pieces):
        ph, pw = a.shape
        sgn = 1.0 if i % 2 == 0 else -1.0
        fold = 0.5 if len(pieces) > 1 else 0.0
        dz = pw * np.sin(fold) * sgn
        dx = pw * np.cos(fold)
        z0 = 0.0 if sgn > 0 else pw * np.sin(fold)
        quads3d.append(np.array([[x, 0, z0], [x + dx, 0, z0 + dz], [x + dx, ph, z0 + dz], [x, ph, z0]], np.float64))
        normals.append(np.array([-dz, 0.0, -dx]) / pw)
        x += dx
    size = max(max(a.shape) for _, a in pieces) * max(len(pieces) * 0.6, 1.0)
    centre = np.vstack(quads3d).mean(axis=0)
    projected = [_project((q - centre) / size, yaw, pitch, 2.2) for q in quads3d]
    fill = {"scroll": 0.94, "screen": 0.85}.get(kind, 0.9)
    quads = _fit(projected, w, h, fill * float(rng.uniform(0.92, 1.0)), 0.0)
    covers = np.zeros((h, w), np.float32)
    for (rgb, a), q, n in zip(pieces, quads, normals, strict=True):
        facing = float(np.clip(0.75 + 0.35 * (n[0] * -m.lights[0].direction[0]), 0.45, 1.1))
        covers = np.maximum(covers, _paste(canvas, rgb, a, q, light * np.float32(facing)))
    # the object's shadow on the wall or the case lining, down and to the right of it
    dy, dx = max(int(h * 0.02), 1), max(int(w * 0.015), 1)
    shifted = np.zeros_like(covers)
    shifted[dy:, dx:] = covers[:-dy, :-dx]
    shadow = blur(shifted, max(h * 0.012, 0.5))
    canvas *= (1.0 - 0.35 * np.clip(shadow - covers, 0.0, 1.0))[..., None]
    if kind in ("book_leaf", "manuscript") or rng.random() < 0.4:
        glass(canvas, fr, rng, strength=0.9 if spec.light == "day" else 0.5)
    vignette(canvas, fr, 0.3 if spec.light == "day" else 0.55)
    return finish(canvas, rng, m.exposure)


def render(spec: RenderSpec) -> np.ndarray:
    """Render an old painting or document (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    kind = KINDS[spec.seed % len(KINDS)]  # cycles with the seed, so any run of seeds shows every kind
    scan = rng.random() < 0.45
    return _scan(spec, rng, kind) if scan else _gallery(spec, rng, kind)

