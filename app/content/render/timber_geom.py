"""A small perspective camera for the architectural renders (timber halls, terraces, bridges).

Buildings are described in metres in a right-handed *world* frame: ``x`` to the
right, ``y`` up, ``z`` away from the viewer (depth). The camera is a pinhole
with a *shift lens*: it never tilts, so vertical edges stay vertical (the look
of architectural photography) and the horizon is placed anywhere in the frame
instead. Focal length is proportional to the image width, so a scene framed
at 1600×1200 frames identically at 160×120 or 3200×2400.

Surface normals handed to :class:`app.content.render.scene.Lighting` use its
own convention (``z`` towards the viewer); :func:`light_face` converts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from app.content.render.scene import Lighting

_NEAR = 0.5  # metres; points closer than this are clamped so projection never divides by ~0


@dataclass(frozen=True)
class Camera:
    """Pinhole camera with a horizontal field of view, a yaw and a shift lens.

    ``eye`` is the camera position in metres, ``yaw`` turns the view to the
    right (radians), ``horizon`` is the image row of the horizon as a fraction
    of the height (0.5 = centred).
    """

    width: int
    height: int
    eye: tuple[float, float, float]
    fov_deg: float = 50.0
    yaw: float = 0.0
    horizon: float = 0.5

    @property
    def focal(self) -> float:
        """Focal length in pixels."""
        return self.width * 0.5 / float(np.tan(np.radians(self.fov_deg) * 0.5))

    @property
    def horizon_y(self) -> float:
        """Image row of the horizon (eye level) in pixels."""
        return self.height * self.horizon

    def depth(self, pts: np.ndarray) -> np.ndarray:
        """Camera-space depth (metres in front of the camera) of world points ``N×3``."""
        p = np.asarray(pts, np.float64).reshape(-1, 3) - np.asarray(self.eye)
        c, s = np.cos(self.yaw), np.sin(self.yaw)
        return p[:, 0] * s + p[:, 2] * c

    def project(self, pts: np.ndarray | Sequence[Sequence[float]]) -> np.ndarray:
        """World points ``N×3`` (metres) → image points ``N×2`` (pixels, y down)."""
        p = np.asarray(pts, np.float64).reshape(-1, 3) - np.asarray(self.eye)
        c, s = np.cos(self.yaw), np.sin(self.yaw)
        xr = p[:, 0] * c - p[:, 2] * s
        zr = np.maximum(p[:, 0] * s + p[:, 2] * c, _NEAR)
        f = self.focal
        return np.stack([self.width * 0.5 + f * xr / zr, self.horizon_y - f * p[:, 1] / zr], axis=1)

    def scale_at(self, z: float) -> float:
        """Pixels per metre for things at world depth ``z`` straight ahead."""
        return self.focal / max(z - self.eye[2], _NEAR)


def light_face(lit: Lighting, normal: Sequence[float]) -> np.ndarray:
    """RGB light multiplier of a flat face with world ``normal`` (x right, y up, z away)."""
    n = np.asarray(normal, np.float64)
    n = n / max(float(np.linalg.norm(n)), 1e-9)
    return lit.shade(float(n[0]), float(n[1]), float(-n[2]))


def quad_uv(corners: np.ndarray) -> Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Per-pixel surface coordinates of a projected planar quad.

    ``corners`` are the image points of the quad's (u, v) = (0, 0), (1, 0),
    (1, 1), (0, 1) corners. Returns ``uv(yy, xx) -> (u, v)``: a perspective
    correct mapping (homography), so stripes painted in (u, v) converge the
    way real tile rows and beams do.
    """
    src = np.asarray(corners, np.float32).reshape(4, 2)
    dst = np.float32([[0, 0], [1, 0], [1, 1], [0, 1]])
    hmat = cv2.getPerspectiveTransform(src, dst).astype(np.float64)

    def uv(yy: np.ndarray, xx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        w = hmat[2, 0] * xx + hmat[2, 1] * yy + hmat[2, 2]
        w = np.where(np.abs(w) < 1e-9, 1e-9, w)
        u = (hmat[0, 0] * xx + hmat[0, 1] * yy + hmat[0, 2]) / w
        v = (hmat[1, 0] * xx + hmat[1, 1] * yy + hmat[1, 2]) / w
        return u.astype(np.float32), v.astype(np.float32)

    return uv


def box_faces(
    x0: float, x1: float, y0: float, y1: float, z0: float, z1: float, cam: Camera
) -> list[tuple[np.ndarray, tuple[float, float, float]]]:
    """The faces of an axis-aligned box that the camera can see, far ones first.

    Returns ``[(world_corners 4×3, normal), …]``: the front (z0) face last, the
    side facing the camera and the top or bottom (whichever is visible) before it.
    """
    ex, ey, ez = cam.eye
    faces: list[tuple[np.ndarray, tuple[float, float, float]]] = []
    if ey > y1:
        faces.append((np.array([(x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1)]), (0.0, 1.0, 0.0)))
    elif ey < y0:
        faces.append((np.array([(x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)]), (0.0, -1.0, 0.0)))
    if ex > x1:
        faces.append((np.array([(x1, y1, z0), (x1, y1, z1), (x1, y0, z1), (x1, y0, z0)]), (1.0, 0.0, 0.0)))
    elif ex < x0:
        faces.append((np.array([(x0, y1, z1), (x0, y1, z0), (x0, y0, z0), (x0, y0, z1)]), (-1.0, 0.0, 0.0)))
    if ez < z0:
        faces.append((np.array([(x0, y1, z0), (x1, y1, z0), (x1, y0, z0), (x0, y0, z0)]), (0.0, 0.0, -1.0)))
    return faces
