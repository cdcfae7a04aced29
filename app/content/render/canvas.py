"""Drawing primitives shared by every procedural renderer.

Working space: a *canvas* is a ``float32`` array ``H×W×3`` holding RGB in
[0, 1] (values may briefly exceed 1 before :func:`app.content.render.scene.finish`
tone-maps them). A :class:`Layer` is a premultiplied RGB canvas plus an alpha
plane, used when a subject needs its own silhouette (for cast shadows, glows or
texture masks) before it is composited over the background.

Polygons are drawn with OpenCV's anti-aliased fill at 1/16 pixel precision, and
only inside their bounding box, so hundreds of small shapes stay cheap even on a
3200×2400 image. A fill colour may be

* an RGB tuple,
* a full-size ``H×W×3`` array (sliced to the bounding box), or
* a callable ``fill(yy, xx) -> colours`` that receives the absolute pixel
  coordinates of the bounding box (``float32`` grids) and returns ``h×w×3`` or
  ``(3,)`` colours — the cheap way to shade a shape per pixel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Union

import cv2
import numpy as np

Color = tuple[float, float, float]
Fill = Union[Color, np.ndarray, Callable[[np.ndarray, np.ndarray], np.ndarray]]  # noqa: UP007

_SHIFT = 4  # fixed-point bits for cv2 polygon coordinates (1/16 px)


@dataclass
class Layer:
    """A premultiplied RGB image with coverage ``alpha`` (both float32)."""

    rgb: np.ndarray
    alpha: np.ndarray

    @classmethod
    def empty(cls, height: int, width: int) -> Layer:
        """A fully transparent layer of the given size."""
        return cls(np.zeros((height, width, 3), np.float32), np.zeros((height, width), np.float32))


def new_canvas(height: int, width: int, color: Color = (0.0, 0.0, 0.0)) -> np.ndarray:
    """A float32 canvas filled with ``color``."""
    canvas = np.empty((height, width, 3), np.float32)
    canvas[:] = color
    return canvas


def mix(a: np.ndarray | Color, b: np.ndarray | Color, t: np.ndarray | float) -> np.ndarray:
    """Linear interpolation ``a + (b - a) * t``.

    When ``a``/``b`` are colours (last axis 3) a 2-D ``t`` is a per-pixel
    weight map and is broadcast over the channels; otherwise ``t`` is used as given.
    """
    a_arr = np.asarray(a, np.float32)
    b_arr = np.asarray(b, np.float32)
    t_arr = np.asarray(t, np.float32)
    ab_shape = np.broadcast_shapes(a_arr.shape, b_arr.shape)
    if t_arr.ndim == 2 and ab_shape[-1:] == (3,):
        t_arr = t_arr[..., None]
    return a_arr + (b_arr - a_arr) * t_arr


def smoothstep(edge0: float, edge1: float, x: np.ndarray | float) -> np.ndarray:
    """Hermite ramp from 0 (at ``edge0``) to 1 (at ``edge1``)."""
    t = np.clip((np.asarray(x, np.float32) - edge0) / (edge1 - edge0), 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


def blur(image: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian blur with standard deviation ``sigma`` pixels (no-op below 0.3).

    Wide blurs run on a downscaled copy: a blurred image has no fine detail to
    lose, and it keeps glows of hundreds of pixels fast.
    """
    if sigma < 0.3:
        return image
    h, w = image.shape[:2]
    k = int(sigma // 6)
    if k >= 2 and min(h, w) // k >= 8:
        small = cv2.resize(image, (max(w // k, 1), max(h // k, 1)), interpolation=cv2.INTER_AREA)
        small = cv2.GaussianBlur(small, (0, 0), sigmaX=float(sigma) / k, borderType=cv2.BORDER_REFLECT)
        return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.GaussianBlur(image, (0, 0), sigmaX=float(sigma), borderType=cv2.BORDER_REFLECT)


def _bbox(pts: np.ndarray, height: int, width: int, pad: int = 1) -> tuple[int, int, int, int] | None:
    x0 = max(int(np.floor(pts[:, 0].min())) - pad, 0)
    y0 = max(int(np.floor(pts[:, 1].min())) - pad, 0)
    x1 = min(int(np.ceil(pts[:, 0].max())) + pad + 1, width)
    y1 = min(int(np.ceil(pts[:, 1].max())) + pad + 1, height)
    if x1 <= x0 or y1 <= y0:
        return None
    return x0, y0, x1, y1


def polygon_coverage(
    pts: np.ndarray | Sequence[Sequence[float]], height: int, width: int
) -> tuple[np.ndarray, tuple[int, int, int, int]] | None:
    """Anti-aliased coverage (float32 0..1) of a polygon inside its clipped bounding box.

    Returns ``(coverage, (x0, y0, x1, y1))`` or ``None`` when the polygon is off-image.
    """
    arr = np.asarray(pts, np.float64).reshape(-1, 2)
    box = _bbox(arr, height, width)
    if box is None:
        return None
    x0, y0, x1, y1 = box
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    fixed = np.round((arr - (x0, y0)) * (1 << _SHIFT)).astype(np.int32)
    cv2.fillPoly(mask, [fixed], 255, lineType=cv2.LINE_AA, shift=_SHIFT)
    return mask.astype(np.float32) * (1.0 / 255.0), box


def _resolve_fill(fill: Fill, box: tuple[int, int, int, int]) -> np.ndarray:
    x0, y0, x1, y1 = box
    if callable(fill):
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        return np.asarray(fill(yy, xx), np.float32)
    arr = np.asarray(fill, np.float32)
    if arr.ndim == 3:
        return arr[y0:y1, x0:x1]
    return arr


def paint_coverage(
    target: np.ndarray | Layer,
    coverage: np.ndarray,
    box: tuple[int, int, int, int],
    fill: Fill,
    opacity: float = 1.0,
    tint: Color | np.ndarray | None = None,
) -> None:
    """Blend ``fill`` (times ``tint``) into ``target`` (canvas or :class:`Layer`) where ``coverage`` > 0."""
    x0, y0, x1, y1 = box
    m = coverage * np.float32(opacity)
    colour = _resolve_fill(fill, box)
    if tint is not None:
        colour = colour * np.asarray(tint, np.float32)
    m3 = m[..., None]
    if isinstance(target, Layer):
        rgb = target.rgb[y0:y1, x0:x1]
        rgb *= 1.0 - m3
        rgb += colour * m3
        a = target.alpha[y0:y1, x0:x1]
        a *= 1.0 - m
        a += m
    else:
        region = target[y0:y1, x0:x1]
        region *= 1.0 - m3
        region += colour * m3


def paint_polygon(
    target: np.ndarray | Layer,
    pts: np.ndarray | Sequence[Sequence[float]],
    fill: Fill,
    opacity: float = 1.0,
    tint: Color | np.ndarray | None = None,
) -> None:
    """Fill a polygon (``N×2`` pixel coordinates, x then y) with anti-aliased edges.

    ``tint`` multiplies the fill colour, e.g. a face's lighting over a full-size texture.
    """
    height, width = (target.alpha if isinstance(target, Layer) else target).shape[:2]
    cov = polygon_coverage(pts, height, width)
    if cov is not None:
        paint_coverage(target, cov[0], cov[1], fill, opacity, tint)


def ellipse_points(
    cx: float, cy: float, rx: float, ry: float, n: int = 48, start: float = 0.0, end: float = 2.0 * np.pi
) -> np.ndarray:
    """Points along an ellipse (or an arc of it, angles in radians, y down)."""
    t = np.linspace(start, end, n, endpoint=False if end - start >= 2 * np.pi - 1e-9 else True)
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def quad(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """Axis-aligned rectangle as a 4-point polygon."""
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)


def trapezoid(cx: float, y_top: float, w_top: float, y_bot: float, w_bot: float) -> np.ndarray:
    """Symmetric trapezoid centred on ``cx`` (widths are full widths)."""
    return np.array(
        [[cx - w_top / 2, y_top], [cx + w_top / 2, y_top], [cx + w_bot / 2, y_bot], [cx - w_bot / 2, y_bot]],
        np.float64,
    )


def stroke(
    target: np.ndarray | Layer,
    pts: np.ndarray | Sequence[Sequence[float]],
    color: Color,
    thickness: float,
    opacity: float = 1.0,
) -> None:
    """Anti-aliased open polyline of constant ``thickness`` pixels."""
    arr = np.asarray(pts, np.float64).reshape(-1, 2)
    height, width = (target.alpha if isinstance(target, Layer) else target).shape[:2]
    box = _bbox(arr, height, width, pad=int(thickness) + 2)
    if box is None:
        return
    x0, y0, x1, y1 = box
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    fixed = np.round((arr - (x0, y0)) * (1 << _SHIFT)).astype(np.int32)
    cv2.polylines(
        mask, [fixed], False, 255, thickness=max(1, int(round(thickness))), lineType=cv2.LINE_AA, shift=_SHIFT
    )
    cov = mask.astype(np.float32) * (1.0 / 255.0)
    if thickness < 1.0:
        cov *= thickness  # sub-pixel lines fade instead of snapping to 1 px
    paint_coverage(target, cov, box, color, opacity)


def composite(canvas: np.ndarray, layer: Layer, opacity: float = 1.0) -> None:
    """Draw a premultiplied ``layer`` over ``canvas`` in place."""
    a = layer.alpha[..., None] * np.float32(opacity)
    canvas *= 1.0 - a
    canvas += layer.rgb * np.float32(opacity)


def add_glow(
    canvas: np.ndarray, mask: np.ndarray, color: Color, radius: float, strength: float = 1.0
) -> None:
    """Additive light bloom: blur ``mask`` (float H×W) by ``radius`` and add ``color`` times it."""
    halo = blur(mask.astype(np.float32), radius)
    canvas += halo[..., None] * (np.asarray(color, np.float32) * np.float32(strength))
