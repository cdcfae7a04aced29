"""16-bit loading for restoration work: any supported file → upright RGB ``uint16`` H×W×3.

Pillow has no 16-bit RGB mode: it hands 16-bit colour PNG/TIFF over as 8-bit RGB, discarding
the low byte a restoration step may want. Those files are therefore decoded with OpenCV
(``IMREAD_UNCHANGED`` keeps 16 bits); 16-bit grey comes straight from Pillow; 8-bit files go
through the normal 8-bit pipeline and are widened exactly (v × 257, so 255 → 65535).

Limitation: an embedded ICC profile cannot be applied to 16-bit colour data with Pillow's
LittleCMS binding. When such a file carries a profile that is not sRGB-like, colour accuracy
wins over precision: the 8-bit, colour-managed pixels are widened instead (with a log warning),
so ``load_image`` and ``load_image_16`` never disagree about colours.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np
from PIL import Image

from app.imaging.colour import colour_to_srgb, rgb_to_array, to_srgb_rgb
from app.imaging.metadata import source_orientation
from app.imaging.reader import DEFAULT_MAX_PIXELS, bit_depth, decode, open_image

_log = logging.getLogger(__name__)

_MAX16 = 65535


def orient_array(pixels: np.ndarray, orientation: int) -> np.ndarray:
    """Apply an EXIF orientation (1–8) to an H×W(×C) array, like ``metadata.apply_orientation``."""
    if orientation == 2:
        return pixels[:, ::-1]
    if orientation == 3:
        return pixels[::-1, ::-1]
    if orientation == 4:
        return pixels[::-1]
    if orientation == 5:
        return pixels.swapaxes(0, 1)
    if orientation == 6:
        return np.rot90(pixels, k=-1)
    if orientation == 7:
        return np.rot90(pixels, k=2).swapaxes(0, 1)
    if orientation == 8:
        return np.rot90(pixels, k=1)
    return pixels


def _flatten16(colour: np.ndarray, alpha: np.ndarray | None) -> np.ndarray:
    """Composite 16-bit colour over white, as the 8-bit loader does (see ``colour.py``)."""
    if alpha is None or int(alpha.min()) == _MAX16:
        return colour
    weight = alpha.astype(np.float32)[..., None] / _MAX16
    blended = colour.astype(np.float32) * weight + _MAX16 * (1.0 - weight)
    return np.rint(blended).astype(np.uint16)


def _decode_colour16(path: Path) -> np.ndarray | None:
    """16-bit colour samples as RGB uint16 H×W×3 via OpenCV; None when OpenCV cannot read them."""
    import cv2  # imported lazily: OpenCV costs a noticeable start-up time and most callers skip this

    # np.fromfile + imdecode instead of cv2.imread: imread cannot open non-ASCII (e.g. Korean)
    # paths on Windows.
    decoded = cv2.imdecode(np.fromfile(path, dtype=np.uint8), cv2.IMREAD_UNCHANGED)
    if decoded is None or decoded.dtype != np.uint16:
        return None
    if decoded.ndim == 2:
        return np.repeat(decoded[..., None], 3, axis=2)
    channels = decoded.shape[2]
    if channels == 2:  # grey + alpha
        grey = np.repeat(decoded[..., :1], 3, axis=2)
        return _flatten16(grey, decoded[..., 1])
    rgb = np.ascontiguousarray(decoded[..., 2::-1])  # OpenCV's BGR → RGB
    return _flatten16(rgb, decoded[..., 3] if channels == 4 else None)


def _icc_needs_conversion(icc: bytes | None) -> bool:
    """Whether an RGB profile would change the colours (it is not sRGB or sRGB-like)."""
    if not icc:
        return False
    probe = Image.new("RGB", (1, 1))
    return colour_to_srgb(probe, icc)[1]


def load_image_16(path: str | os.PathLike[str], *, max_pixels: int = DEFAULT_MAX_PIXELS) -> np.ndarray:
    """Load an image as upright RGB ``uint16`` H×W×3 (0–65535), keeping 16-bit precision.

    A new, writable array is returned. Alpha is composited over white and the first page of a
    multi-page file is used, exactly as in ``load_image``; the same errors are raised.
    """
    path = Path(path)
    with open_image(path, max_pixels=max_pixels) as im:
        depth = bit_depth(im)
        icc = im.info.get("icc_profile") or None
        decode(im, path)
        orientation = source_orientation(im)
        if im.mode.startswith("I;16") or (im.mode == "I" and depth == 16):
            grey = np.clip(np.asarray(im), 0, _MAX16).astype(np.uint16)
            pixels = np.repeat(grey[..., None], 3, axis=2)
        else:
            pixels = None
            if depth == 16 and im.mode in ("RGB", "RGBA", "LA"):
                if _icc_needs_conversion(icc if isinstance(icc, bytes) else None):
                    _log.warning("%s: 16-bit colour with a non-sRGB profile; using 8-bit precision.", path)
                else:
                    pixels = _decode_colour16(path)
                    if pixels is not None and pixels.shape[:2] != (im.size[1], im.size[0]):
                        pixels = None  # OpenCV read another page or size: do not trust it
            if pixels is None:
                rgb = to_srgb_rgb(im, icc if isinstance(icc, bytes) else None)[0]
                pixels = np.multiply(rgb_to_array(rgb), 257, dtype=np.uint16)
    return np.ascontiguousarray(orient_array(pixels, orientation))
