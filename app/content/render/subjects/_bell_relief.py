"""Relief decoration of the Sacred Bell of King Seongdeok, drawn on its unrolled surface.

The bell is a surface of revolution, so its decoration is drawn once into a
*UV height map*: ``u`` runs around the bell (azimuth, one turn = ``2π·ppm``
pixels, i.e. true size at a radius of 1 m) and ``v`` runs down the body
(``ppm`` pixels per metre of height). The renderer wraps this map onto the body
for any camera turn, so panels foreshorten correctly near the silhouette.

Layout follows the real bell: a floral band at the shoulder and at the lip, four
square nipple panels (yugwak) of nine lotus bosses below the shoulder band, two
kneeling apsaras (bicheon) offering censers on opposite sides, two lotus
striking seats between them, and inscription fields.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.metal import bezier, inflate

BODY_M = 2.95  # height of the body without the dragon hook, metres
SEAM = np.pi / 8  # texture u = 0 sits at azimuth -SEAM so no motif straddles the wrap-around

# (azimuth, kind) of the motifs; azimuth 0 faces the viewer when the bell is not turned.
APSARAS = (0.0, np.pi)
STRIKING_SEATS = (np.pi / 2, -np.pi / 2)
PANELS = (np.pi / 4, 3 * np.pi / 4, -np.pi / 4, -3 * np.pi / 4)

# Bands as fractions of the body height.
SHOULDER_BAND = (0.05, 0.12)
LIP_BAND = (0.865, 0.965)


def profile(t: np.ndarray) -> np.ndarray:
    """Radius in metres of the body at height fraction ``t`` (0 = crown plate, 1 = mouth).

    Korean bells swell gently from a narrow, rounded shoulder to their widest just
    above the lip and turn slightly inwards at the mouth (2.27 m across).
    """
    tc = np.clip(t, 0.0, 1.0)
    swell = 0.74 + 0.44 * np.sin(np.clip(tc / 0.9, 0.0, 1.0) * np.pi / 2) ** 0.85
    shoulder = 0.14 * (1.0 - np.clip(tc / 0.06, 0.0, 1.0)) ** 2  # rounded corner of the crown
    lip = 0.045 * np.clip((tc - 0.9) / 0.1, 0.0, 1.0) ** 2  # tucks in at the mouth
    return (swell - shoulder - lip).astype(np.float32)


def profile_slope(t: np.ndarray) -> np.ndarray:
    """d(radius)/d(t) in metres, by central differences (cheap and smooth enough)."""
    e = 1e-3
    return ((profile(t + e) - profile(t - e)) / (2 * e)).astype(np.float32)


def mouth_lobes(phi: np.ndarray) -> np.ndarray:
    """Height fraction of the rim at azimuth ``phi``: the mouth is an eight-lobed wave."""
    return (1.0 - 0.012 * np.abs(np.sin(4.0 * (phi + SEAM)))).astype(np.float32)


class _Sheet:
    """Helpers to draw on the UV map in metres around a motif centre."""

    def __init__(self, ppm: float) -> None:
        self.ppm = ppm
        self.wu = max(int(round(2 * np.pi * ppm)), 16)
        self.hv = max(int(round(BODY_M * ppm)), 8)
        self.height = np.zeros((self.hv, self.wu), np.float32)

    def uv(self, phi: float, t: float, pts_m: np.ndarray | list) -> np.ndarray:
        """Motif-local points (metres, x along the surface, y down) to UV pixels."""
        p = np.asarray(pts_m, np.float64).reshape(-1, 2)
        r = float(profile(np.float32(t)))
        u0 = ((phi + SEAM) % (2 * np.pi)) / (2 * np.pi) * self.wu
        return np.stack([u0 + p[:, 0] / r * self.ppm, t * self.hv + p[:, 1] * self.ppm], axis=1)

    def mask(self) -> np.ndarray:
        return np.zeros((self.hv, self.wu), np.uint8)

    def raise_mask(self, mask: np.ndarray, height_m: float, round_m: float, base: float = 0.0) -> None:
        """Add a cushion of ``height_m`` (rounded over ``round_m``) where ``mask`` is set."""
        bulge = inflate(mask, max(round_m * self.ppm, 0.6))
        peak = max(round_m * self.ppm, 0.6)
        layer = bulge / peak * np.float32(height_m * self.ppm) + np.float32(base * self.ppm) * (mask > 127)
        np.maximum(self.height, layer, out=self.height)


def _i(p: np.ndarray) -> np.ndarray:
    """Float pixel points to cv2's fixed-point int32 (4 fractional bits)."""
    return np.round(np.asarray(p) * 16).astype(np.int32)


def _poly(m: np.ndarray, p: np.ndarray) -> None:
    cv2.fillPoly(m, [_i(p)], 255, cv2.LINE_AA, 4)


def _line(m: np.ndarray, p: np.ndarray, width: float) -> None:
    cv2.polylines(m, [_i(p)], False, 255, max(int(round(width)), 1), cv2.LINE_AA, 4)


def _disc(m: np.ndarray, c: np.ndarray, r: float) -> None:
    cv2.circle(m, tuple(_i(c)[0]), max(int(round(r * 16)), 16), 255, -1, cv2.LINE_AA, 4)


def _bands(sheet: _Sheet) -> None:
    """Shoulder and lip bands: beaded borders framing a continuous flower-vine scroll."""
    wu, hv, ppm = sheet.wu, sheet.hv, sheet.ppm
    u = np.linspace(0, wu, 720)
    for (t0, t1), periods in ((SHOULDER_BAND, 22), (LIP_BAND, 16)):
        border = sheet.mask()
        for t in (t0, t1):
            cv2.rectangle(border, (0, int(t * hv - 0.012 * ppm)), (wu, int(t * hv + 0.012 * ppm)), 255, -1)
        sheet.raise_mask(border, 0.025, 0.01)
        vine = sheet.mask()
        mid, amp = (t0 + t1) / 2 * hv, (t1 - t0) * hv * 0.28
        wave = np.stack([u, mid + amp * np.sin(u / wu * 2 * np.pi * periods)], axis=1)
        _line(vine, wave, 0.012 * ppm)
        for k in range(periods * 2):
            cu = (k + 0.5) / (periods * 2) * wu
            side = 1 if k % 2 else -1
            centre = np.array([[cu, mid + side * amp * 1.1]])
            _disc(vine, centre, 0.03 * ppm)  # blossom
            leaf = bezier([[cu - 0.05 * ppm, mid], [cu, mid - side * amp * 1.6], [cu + 0.05 * ppm, mid]], 12)
            _line(vine, leaf, 0.008 * ppm)
        sheet.raise_mask(vine, 0.02, 0.012)
        petals = sheet.mask()
        for k in range(periods * 2):  # hollow centres make the blossoms read as flowers
            cu = (k + 0.5) / (periods * 2) * wu
            cv2.circle(petals, (int(cu), int(mid + (1 if k % 2 else -1) * amp * 1.1)),
                       max(int(0.011 * ppm), 1), 255, -1, cv2.LINE_AA)
        sheet.height -= (petals > 127) * np.float32(0.012 * ppm)


def _lotus(sheet: _Sheet, phi: float, t: float, radius: float, petals: int, height: float) -> None:
    """A lotus medallion: ring of pointed petals around a seed pod studded with seeds."""
    ring = sheet.mask()
    for k in range(petals):
        a = 2 * np.pi * k / petals
        ca, sa = np.cos(a), np.sin(a)
        tip, side = radius, radius * 0.28
        local = np.array([[0.35 * radius * ca, 0.35 * radius * sa],
                          [0.7 * radius * ca - side * sa, 0.7 * radius * sa + side * ca],
                          [tip * ca, tip * sa],
                          [0.7 * radius * ca + side * sa, 0.7 * radius * sa - side * ca]])
        _poly(ring, sheet.uv(phi, t, local))
    sheet.raise_mask(ring, height * 0.7, radius * 0.12)
    pod = sheet.mask()
    circ = np.stack([np.cos(np.linspace(0, 2 * np.pi, 40)), np.sin(np.linspace(0, 2 * np.pi, 40))], 1)
    _poly(pod, sheet.uv(phi, t, circ * radius * 0.4))
    sheet.raise_mask(pod, height, radius * 0.1)
    seeds = sheet.mask()
    for k in range(7):
        a = 2 * np.pi * k / 7
        pos = [[0.0, 0.0]] if k == 0 else [[0.22 * radius * np.cos(a), 0.22 * radius * np.sin(a)]]
        _disc(seeds, sheet.uv(phi, t, pos), 0.05 * radius * sheet.ppm)
    sheet.raise_mask(seeds, height * 1.25, radius * 0.04)


def _panel(sheet: _Sheet, phi: float) -> None:
    """A yugwak: square frame with floral border enclosing 3×3 lotus bosses."""
    t0, half = 0.135, 0.27  # top of the panel (fraction) and half-width in metres
    tc = t0 + half / BODY_M
    frame = sheet.mask()
    outer = np.array([[-half, -half], [half, -half], [half, half], [-half, half]])
    inner = outer * 0.78
    _poly(frame, sheet.uv(phi, tc, outer))
    cv2.fillPoly(frame, [_i(sheet.uv(phi, tc, inner))], 0, cv2.LINE_AA, 4)
    sheet.raise_mask(frame, 0.022, 0.01)
    scroll = sheet.mask()
    n = 14  # a small scroll along the frame, read as the floral border
    for k in range(n):
        f = k / n * 4
        side, pos = int(f), (f % 1) * 2 - 1
        p = {0: (pos, -1), 1: (1, pos), 2: (-pos, 1), 3: (-1, -pos)}[side]
        _disc(scroll, sheet.uv(phi, tc, [[p[0] * half * 0.89, p[1] * half * 0.89]]), 0.018 * sheet.ppm)
    sheet.height -= (scroll > 127) * np.float32(0.01 * sheet.ppm)
    for i in range(3):
        for j in range(3):
            cx, cy = (i - 1) * half * 0.5, (j - 1) * half * 0.5
            _lotus(sheet, phi + cx / float(profile(np.float32(tc))), tc + cy / BODY_M, 0.075, 8, 0.04)


def _apsara(sheet: _Sheet, phi: float, facing: int) -> None:
    """A kneeling apsara on a lotus cushion, offering a long-handled censer, scarves streaming."""
    t, size = 0.60, 1.55  # the figures are about 0.9 m tall on the real bell
    f = float(facing)  # +1 faces to the right (increasing azimuth)
    px = sheet.ppm * size

    def uv(pts: list | np.ndarray) -> np.ndarray:
        p = np.asarray(pts, np.float64).reshape(-1, 2) * size
        p[:, 0] *= f
        return sheet.uv(phi, t, p)

    back = sheet.mask()  # clouds and scarves sit lowest, behind the body
    for k, (sx, sy) in enumerate([(-0.08, -0.17), (-0.02, -0.14), (0.03, -0.1)]):
        path = bezier([[sx, sy], [sx - 0.12, sy - 0.10 - 0.02 * k], [sx - 0.02, sy - 0.26],
                       [sx - 0.20, sy - 0.34 + 0.03 * k]], 40)
        _line(back, uv(path), (0.022 - 0.004 * k) * px)
    for cx, cy, r in [(-0.12, 0.20, 0.07), (-0.24, 0.12, 0.05), (0.12, 0.24, 0.05), (-0.30, -0.38, 0.05)]:
        swirl = np.array([[cx + r * np.cos(a) * (1 - a / 9), cy + r * np.sin(a) * (1 - a / 9)]
                          for a in np.linspace(0, 7, 30)])
        _line(back, uv(swirl), 0.014 * px)
    sheet.raise_mask(back, 0.03, 0.015)
    seat = sheet.mask()  # lotus cushion: a fan of petals
    for a in np.linspace(-0.9, 0.9, 7):
        petal = [[0.0, 0.21], [0.16 * np.sin(a) - 0.035, 0.21 - 0.07 * np.cos(a)],
                 [0.19 * np.sin(a), 0.19 - 0.09 * np.cos(a)],
                 [0.16 * np.sin(a) + 0.035, 0.21 - 0.07 * np.cos(a)]]
        _poly(seat, uv(petal))
    sheet.raise_mask(seat, 0.045, 0.02)
    body = sheet.mask()
    _poly(body, uv([[-0.06, 0.10], [-0.07, -0.02], [-0.04, -0.13], [0.04, -0.13], [0.05, -0.02],
                    [0.05, 0.10]]))
    _poly(body, uv([[-0.08, 0.08], [0.14, 0.06], [0.16, 0.11], [0.12, 0.15], [-0.08, 0.16]]))  # thigh
    _poly(body, uv([[-0.09, 0.12], [-0.02, 0.12], [0.0, 0.18], [-0.12, 0.19]]))  # folded leg, heel
    _poly(body, uv([[0.1, 0.1], [0.15, 0.1], [0.12, 0.19], [0.08, 0.19]]))  # raised knee's shin
    _disc(body, uv([[0.005, -0.19]]), 0.052 * px)  # head
    _disc(body, uv([[-0.01, -0.255]]), 0.026 * px)  # topknot
    sheet.raise_mask(body, 0.07, 0.045, base=0.01)
    arms = sheet.mask()
    _line(arms, uv(bezier([[0.02, -0.11], [0.08, -0.05], [0.15, -0.08]], 16)), 0.03 * px)
    _line(arms, uv(bezier([[-0.03, -0.11], [0.02, -0.02], [0.15, -0.06]], 16)), 0.026 * px)
    _line(arms, uv([[0.14, -0.07], [0.27, -0.12]]), 0.012 * px)  # censer handle
    _poly(arms, uv([[0.25, -0.16], [0.33, -0.16], [0.31, -0.11], [0.27, -0.11]]))  # censer bowl
    sheet.raise_mask(arms, 0.085, 0.02, base=0.01)
    smoke = sheet.mask()
    _line(smoke, uv(bezier([[0.29, -0.17], [0.35, -0.24], [0.25, -0.3], [0.32, -0.4]], 30)), 0.01 * px)
    sheet.raise_mask(smoke, 0.015, 0.006)
    face = sheet.mask()  # a few incisions give the face and garment a sculpted look
    _line(face, uv([[0.02, -0.2], [0.045, -0.2]]), 0.005 * px)
    _line(face, uv(bezier([[-0.05, -0.06], [0.0, 0.0], [0.04, -0.06]], 10)), 0.006 * px)
    _line(face, uv(bezier([[-0.06, 0.12], [0.04, 0.09], [0.12, 0.12]], 10)), 0.006 * px)
    sheet.height -= (face > 127) * np.float32(0.012 * px)


def _inscription(sheet: _Sheet, phi: float, rng: np.random.Generator) -> None:
    """A field of tiny raised glyphs in vertical columns: the bell's long cast inscription."""
    t0, t1, half = 0.36, 0.58, 0.26
    glyphs = sheet.mask()
    cols = 14
    for c in range(cols):
        x = -half + (c + 0.5) * 2 * half / cols
        rows = int((t1 - t0) * BODY_M / 0.034)
        for r in range(rows):
            if rng.random() < 0.08:
                continue
            y = (r + 0.5) * 0.034
            jitter = rng.uniform(-0.005, 0.005, (3, 2))
            strokes = np.array([[x - 0.01, y - 0.01], [x + 0.01, y], [x - 0.005, y + 0.01]]) + jitter
            _line(glyphs, sheet.uv(phi, t0, strokes), 0.006 * sheet.ppm)
    sheet.raise_mask(glyphs, 0.006, 0.003)


def relief_map(ppm: float, rng: np.random.Generator) -> np.ndarray:
    """The bell's UV height map (pixels of height, ``hv×wu`` float32) at ``ppm`` pixels per metre."""
    sheet = _Sheet(ppm)
    _bands(sheet)
    for phi in PANELS:
        _panel(sheet, phi)
    for phi, facing in zip(APSARAS, (1, -1), strict=True):
        _apsara(sheet, phi, facing)
    for phi in STRIKING_SEATS:
        _lotus(sheet, phi, 0.74, 0.16, 12, 0.05)
    for phi in STRIKING_SEATS:
        _inscription(sheet, phi, rng)
    return sheet.height
