"""The seated main Buddha of Seokguram as a height field of rounded volumes.

The figure is the union (pixel-wise maximum) of ellipsoids and tapered tubes
in 1600×1200 design units: head with cranial protuberance (ushnisha) and snail
curls, long ear lobes, the three neck folds, broad shoulders with the robe over
the left shoulder (the right shoulder bare), the legs crossed in the lotus
position, the right hand over the right knee pointing to the earth and the
left hand resting in the lap, on a tall lotus pedestal. Grooves add the robe's
folds and the quiet face (half-closed eyes, urna between the brows).
"""

from __future__ import annotations

import cv2
import numpy as np

from app.content.render.canvas import Color, blur
from app.content.render.materials import granite
from app.content.render.metal import Light, bezier, cavity, normals_from_height, shade, tube
from app.content.render.studio import Frame

BOX = (380.0, 175.0, 1220.0, 1200.0)  # design-space bounding box of statue and pedestal


class _Field:
    """Height field in a pixel box, with primitives placed in design coordinates."""

    def __init__(self, fr: Frame, cx: float) -> None:
        self.fr, self.dx = fr, cx - 800.0
        self.x0 = max(int(fr.x(BOX[0] + self.dx)), 0)
        self.y0 = max(int(fr.y(BOX[1])), 0)
        self.x1 = min(int(fr.x(BOX[2] + self.dx)) + 1, fr.width)
        self.y1 = min(int(fr.y(BOX[3])) + 1, fr.height)
        self.h = np.zeros((max(self.y1 - self.y0, 1), max(self.x1 - self.x0, 1)), np.float32)
        bh, bw = self.h.shape
        yy, xx = np.mgrid[self.y0:self.y0 + bh, self.x0:self.x0 + bw].astype(np.float32)
        self.yy = (yy - np.float32(fr.oy)) / np.float32(fr.s)
        self.xx = (xx - np.float32(fr.ox)) / np.float32(fr.s) - np.float32(self.dx)

    def _win(self, x: float, y: float, rx: float, ry: float) -> tuple[slice, slice]:
        """Pixel window of the box covering design rectangle (x±rx, y±ry)."""
        fr = self.fr
        c0 = max(int(fr.x(x - rx + self.dx)) - self.x0 - 1, 0)
        c1 = min(int(fr.x(x + rx + self.dx)) - self.x0 + 2, self.h.shape[1])
        r0 = max(int(fr.y(y - ry)) - self.y0 - 1, 0)
        r1 = min(int(fr.y(y + ry)) - self.y0 + 2, self.h.shape[0])
        return slice(r0, max(r1, r0)), slice(c0, max(c1, c0))

    def ell(self, x: float, y: float, rx: float, ry: float, rz: float, base: float = 0.0) -> None:
        """Union with an ellipsoid (radii in design px; ``base`` lifts it towards the viewer)."""
        win = self._win(x, y, rx, ry)
        d2 = ((self.xx[win] - x) / rx) ** 2 + ((self.yy[win] - y) / ry) ** 2
        z = np.where(d2 < 1.0, base + rz * np.sqrt(np.clip(1.0 - d2, 0.0, 1.0)), 0.0)
        np.maximum(self.h[win], z * np.float32(self.fr.s), out=self.h[win])

    def add(self, x: float, y: float, rx: float, ry: float, amp: float) -> None:
        """Add a soft bump (or a hollow for negative ``amp``) on top of what is there."""
        win = self._win(x, y, rx, ry)
        d2 = ((self.xx[win] - x) / rx) ** 2 + ((self.yy[win] - y) / ry) ** 2
        self.h[win] += np.float32(amp * self.fr.s) * np.clip(1.0 - d2, 0.0, 1.0) ** 2 * (self.h[win] > 0)

    def _px(self, pts: np.ndarray) -> np.ndarray:
        return np.stack([pts[:, 0] + self.dx, pts[:, 1]], 1) * self.fr.s + (self.fr.ox - self.x0,
                                                                            self.fr.oy - self.y0)

    def limb(self, ctrl: list, r0: float, r1: float, base: float, n: int = 60) -> None:
        """Union with a tapered tube along a Bézier curve."""
        tube(self.h, self._px(bezier(ctrl, n)), np.linspace(r0, r1, n) * self.fr.s, base=base * self.fr.s)

    def groove(self, ctrl: list, depth: float, width: float) -> None:
        """Carve a soft line (robe fold, eyelid) along a Bézier curve."""
        pts = np.asarray(ctrl, np.float64)
        pad = width * 2 + 2
        cx, cy = (pts[:, 0].min() + pts[:, 0].max()) / 2, (pts[:, 1].min() + pts[:, 1].max()) / 2
        win = self._win(cx, cy, (pts[:, 0].max() - pts[:, 0].min()) / 2 + pad,
                        (pts[:, 1].max() - pts[:, 1].min()) / 2 + pad)
        sub = self.h[win]
        if sub.size == 0:
            return
        line = np.zeros(sub.shape, np.float32)
        px = self._px(bezier(ctrl, 40)) - (win[1].start, win[0].start)
        cv2.polylines(line, [np.round(px * 16).astype(np.int32)], False, 1.0,
                      max(int(round(width * self.fr.s)), 1), cv2.LINE_AA, 4)
        sub -= blur(line, max(width * self.fr.s * 0.4, 0.4)) * np.float32(depth * self.fr.s) * (sub > 0)


def _pedestal(f: _Field) -> None:
    """Lotus pedestal: upturned petals under the seat, an octagonal drum, down-turned petals."""
    f.ell(800, 890, 340, 34, 60, base=10)  # seat slab
    for k in range(-5, 6):  # upper lotus petals, rising
        f.ell(800 + k * 60, 930, 34, 48, 30, base=40 - abs(k) * 3)
    f.ell(800, 1010, 230, 50, 40, base=10)
    for k in range(-3, 4):  # octagonal drum with pillar-like facets
        f.ell(800 + k * 62, 1060, 30, 70, 12, base=30 - abs(k) * 4)
    for k in range(-5, 6):  # lower lotus, petals turned down
        f.ell(800 + k * 64, 1150, 36, 50, 26, base=30 - abs(k) * 3)


def _body(f: _Field) -> None:
    """Torso, crossed legs, arms and hands."""
    f.ell(800, 780, 330, 110, 90, base=60)  # crossed legs
    f.ell(560, 790, 90, 70, 60, base=90)  # right knee (viewer's left)
    f.ell(1040, 790, 90, 70, 60, base=90)  # left knee
    f.ell(800, 560, 190, 210, 110, base=20)  # torso
    f.ell(800, 470, 230, 70, 70, base=40)  # shoulders
    f.ell(735, 520, 62, 48, 22, base=105)  # bare right breast
    f.limb([[615, 470], [580, 560], [585, 650]], 52, 42, 70)  # right upper arm
    f.limb([[585, 650], [565, 720], [570, 790]], 40, 32, 110)  # right forearm over the knee
    f.limb([[570, 790], [572, 830], [566, 868]], 30, 20, 150)  # hand, fingers pointing down
    for k in range(4):
        f.groove([[552 + k * 9, 835], [553 + k * 9, 866]], 4, 2.5)
    f.limb([[985, 470], [1020, 560], [1000, 650]], 52, 44, 70)  # left upper arm
    f.limb([[1000, 650], [930, 700], [845, 720]], 42, 32, 120)  # left forearm to the lap
    f.ell(825, 725, 58, 28, 22, base=135)  # left hand, palm up in the lap
    f.ell(800, 415, 58, 40, 40, base=60)  # neck


def _robe(f: _Field) -> None:
    """Fold lines of the robe: across the chest from the left shoulder, arcs over the legs."""
    f.groove([[980, 440], [900, 520], [820, 600], [700, 650]], 6, 4)
    for k in range(5):
        off = k * 26
        f.groove([[1010, 470 + off], [930, 560 + off], [830, 640 + off], [700, 680 + off * 0.5]], 5, 3.5)
    for k in range(5):  # draped over the crossed legs
        f.groove([[520 + k * 20, 760 + k * 14], [800, 860 + k * 6], [1080 - k * 20, 760 + k * 14]], 5, 3.5)
    f.groove([[790, 420], [800, 432], [810, 420]], 3, 3)
    for k in range(3):  # the three beauty lines of the neck
        f.groove([[760, 405 + k * 12], [800, 414 + k * 12], [840, 405 + k * 12]], 3, 2.5)


def _head(f: _Field, rng: np.random.Generator) -> None:
    """Head: face, ears, ushnisha, snail-shell curls, the serene features and the urna."""
    f.ell(800, 330, 66, 80, 70, base=70)  # head
    f.ell(800, 245, 44, 36, 50, base=80)  # ushnisha
    f.ell(731, 345, 14, 50, 18, base=90)  # long ear lobes
    f.ell(869, 345, 14, 50, 18, base=90)
    # snail-shell curls on the skull: a lattice of small bumps above the hairline
    for row in range(7):
        y = 220 + row * 14
        for col in range(-6, 7):
            x = 800 + col * 13 + (row % 2) * 6.5
            d = ((x - 800) / 66.0) ** 2 + ((y - 330) / 80.0) ** 2
            dd = ((x - 800) / 44.0) ** 2 + ((y - 245) / 36.0) ** 2
            if (d < 0.97 and y < 290) or dd < 0.95:
                f.add(x, y, 6.5, 6.5, 4.0)
    f.groove([[735, 293], [800, 280], [865, 293]], 4, 3)  # hairline
    for side in (-1, 1):
        f.groove([[800 + side * 12, 310], [800 + side * 30, 302], [800 + side * 52, 310]], 3, 2.5)  # brows
        f.groove([[800 + side * 14, 330], [800 + side * 30, 334], [800 + side * 48, 330]], 5, 2.2)  # eyelids
        f.add(800 + side * 31, 326, 16, 8, 3.0)  # full upper lids
        f.add(800 + side * 36, 370, 22, 18, 4.0)  # cheeks
    f.add(800, 345, 10, 30, 14.0)  # nose
    f.groove([[788, 372], [800, 376], [812, 372]], 3, 2)  # nostrils
    f.groove([[781, 390], [800, 394], [819, 390]], 5, 2.5)  # lips
    f.add(800, 402, 10, 5, 3.0)
    f.add(800, 305, 5, 5, 7.0)  # urna between the brows


def statue(fr: Frame, cx: float, rng: np.random.Generator, lights: list[Light], ambient: Color,
           stone: Color) -> tuple[np.ndarray, np.ndarray]:
    """Render the Buddha and pedestal; returns full-frame ``(coverage, rgb)`` float32 arrays."""
    f = _Field(fr, cx)
    _pedestal(f)
    _body(f)
    # blend the volumes into one another the way carved stone flows, keeping the silhouette;
    # the carved details come after so that they stay crisp
    f.h = np.where(f.h > 0, blur(f.h, 4.0 * fr.s), 0.0).astype(np.float32)
    _robe(f)
    _head(f, rng)
    hm = f.h
    cover_box = np.clip(hm / max(1.5 * fr.s, 0.5), 0.0, 1.0)
    hb, wb = hm.shape
    albedo = granite(hb, wb, rng, base=stone, scale=max(fr.s * 1.2, 0.35), contrast=0.7)
    n = normals_from_height(hm, 1.0)
    occ = 1.0 - np.clip(cavity(hm, 6.0 * fr.s + 0.5) / (6.0 * fr.s + 0.1), 0.0, 0.55)
    rgb_box = shade(n, albedo, lights, ambient, specular=0.07, shininess=12.0, occlusion=occ)
    cover = np.zeros((fr.height, fr.width), np.float32)
    rgb = np.zeros((fr.height, fr.width, 3), np.float32)
    cover[f.y0:f.y0 + hb, f.x0:f.x0 + wb] = cover_box[: fr.height - f.y0, : fr.width - f.x0]
    rgb[f.y0:f.y0 + hb, f.x0:f.x0 + wb] = rgb_box[: fr.height - f.y0, : fr.width - f.x0]
    return cover, rgb
