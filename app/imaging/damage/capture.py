"""Degradations of the capture chain: film grain, lens/motion blur and JPEG encoding."""

from __future__ import annotations

import math

import cv2
import numpy as np

from ._raster import unit

# Blur kernels wider than this many pixels are applied at a reduced resolution:
# the result is smooth anyway and a 40-pixel kernel on 24 MP would take seconds.
_MAX_KERNEL_RADIUS = 8.0


def grain(image: np.ndarray, severity: float, rng: np.random.Generator) -> np.ndarray:
    """Film grain: clumped luminance noise, strongest in the mid-tones, with a little chroma."""
    height, width = image.shape[:2]
    size = max(0.45 * unit(height, width), 0.5)
    mono = cv2.GaussianBlur(rng.standard_normal((height, width), dtype=np.float32), (0, 0), size)
    mono /= max(float(mono[::4, ::4].std()), 1e-6)
    # Silver grain is most visible in the mid-tones, least in paper-white and deep black.
    levels = np.linspace(0.0, 1.0, 256, dtype=np.float32)
    response = 255.0 * (0.012 + 0.045 * severity) * (0.35 + 2.6 * levels * (1.0 - levels))
    amplitude = response[cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)]
    planes = []
    for plane in cv2.split(image):
        # A little independent colour noise (coarser: dye clouds are bigger than grains).
        small = rng.standard_normal((height // 2 + 1, width // 2 + 1), dtype=np.float32)
        chroma = cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)
        chroma *= 0.3 / max(float(chroma[::4, ::4].std()), 1e-6)
        chroma += mono
        chroma *= amplitude
        planes.append(cv2.add(plane, chroma, dtype=cv2.CV_8U))
    return cv2.merge(planes)


def blur(image: np.ndarray, severity: float, rng: np.random.Generator) -> np.ndarray:
    """Defocus (disk kernel, 70 %) or camera shake (line kernel, 30 %)."""
    height, width = image.shape[:2]
    u = unit(height, width)
    if rng.random() < 0.7:
        radius = u * (0.4 + 2.6 * severity)
        if radius < 1.0:
            return cv2.GaussianBlur(image, (0, 0), max(radius * 0.7, 0.3), borderType=cv2.BORDER_REFLECT)
        return _filtered(image, radius, _disk_kernel)
    angle = rng.uniform(0.0, math.pi)
    return _filtered(image, u * (0.5 + 3.0 * severity), lambda r: _line_kernel(r, angle))


def _filtered(image: np.ndarray, radius: float, make_kernel) -> np.ndarray:
    """Convolve with ``make_kernel(radius)``; big radii run on a downscaled copy."""
    height, width = image.shape[:2]
    if radius <= _MAX_KERNEL_RADIUS:
        return cv2.filter2D(image, -1, make_kernel(radius), borderType=cv2.BORDER_REFLECT)
    scale = _MAX_KERNEL_RADIUS / radius
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    small = cv2.filter2D(small, -1, make_kernel(_MAX_KERNEL_RADIUS), borderType=cv2.BORDER_REFLECT)
    return cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)


def _disk_kernel(radius: float) -> np.ndarray:
    half = math.ceil(radius)
    grid = np.arange(-half, half + 1, dtype=np.float32)
    dist = np.sqrt(grid[:, None] ** 2 + grid[None, :] ** 2)
    kernel = np.clip(radius + 0.5 - dist, 0.0, 1.0)
    return kernel / kernel.sum()


def _line_kernel(radius: float, angle: float) -> np.ndarray:
    half = max(1, math.ceil(radius))
    kernel = np.zeros((2 * half + 1, 2 * half + 1), np.float32)
    dx, dy = radius * math.cos(angle), radius * math.sin(angle)
    start = (round((half - dx) * 16), round((half - dy) * 16))
    end = (round((half + dx) * 16), round((half + dy) * 16))
    cv2.line(kernel, start, end, 1.0, 1, cv2.LINE_AA, 4)
    return kernel / max(float(kernel.sum()), 1e-6)


def jpeg(image: np.ndarray, severity: float, rng: np.random.Generator) -> np.ndarray:
    """Real JPEG round trip at quality 50 (severity 0) down to 8 (severity 1); ``rng`` is unused."""
    quality = round(50 - 42 * severity)
    bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
    ok, encoded = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("OpenCV could not encode a JPEG")  # only if the cv2 build lacks libjpeg
    return cv2.cvtColor(cv2.imdecode(encoded, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
