"""Colour handling at the loading edge: any Pillow mode and ICC profile → sRGB RGB uint8.

The project's image contract is RGB ``uint8`` H×W×3 in sRGB, so every conversion happens here,
once, with the choices written down:

* 16-bit and 32-bit grey are *scaled* to 8 bits. Pillow's own ``convert("L")`` clips every value
  above 255 to white, which turns a 16-bit scan into a white sheet.
* ICC profiles are honoured with LittleCMS (relative colorimetric + black-point compensation,
  the usual choice for showing photographs). A profile that behaves like sRGB is detected by
  running a colour probe through it and skipped, which saves a full pass over 100 MP scans.
* Alpha is composited over white: a cut-out museum object on a transparent background is shown
  and catalogued on white, models need three channels, and black would swallow dark bronze or
  lacquer edges. The loader reports that transparency was flattened so the UI can say so.
"""

from __future__ import annotations

import functools
import io
import logging

import numpy as np
from PIL import Image, ImageCms

_log = logging.getLogger(__name__)

WHITE = (255, 255, 255)

# Modes whose colour part Pillow holds in 8 bits; everything else is mapped onto one of these.
_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_ICC_SPACE_FOR_MODE = {"L": "GRAY", "RGB": "RGB", "CMYK": "CMYK", "LAB": "LAB"}
# Largest per-channel difference (8-bit levels) at which a profile still counts as "sRGB":
# vendors' sRGB profiles use slightly different curve tables than LittleCMS's built-in one.
_IDENTITY_TOLERANCE = 2


@functools.cache
def srgb_profile_bytes() -> bytes:
    """The ICC profile embedded in outputs: LittleCMS's built-in sRGB (about 600 bytes)."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _srgb_profile() -> ImageCms.ImageCmsProfile:
    # Built per call from cached bytes: profile objects wrap C state we do not share between threads.
    return ImageCms.ImageCmsProfile(io.BytesIO(srgb_profile_bytes()))


def scale_to_uint8(values: np.ndarray, *, sixteen_bit: bool) -> np.ndarray:
    """Map grey values of any depth to 0–255 by scaling (rounding), never by clipping.

    ``sixteen_bit`` says the data are 0–65535 samples. Other integer data (32-bit TIFF) and
    floats are stretched over their own range, except floats already in 0–1.
    """
    if sixteen_bit or (values.dtype.kind in "iu" and values.min() >= 0 and values.max() <= 65535):
        # round(v / 257): 65535 → 255 and 32896 → 128 exactly.
        return ((values.astype(np.uint32) + 128) // 257).astype(np.uint8)
    data = values.astype(np.float64)
    low, high = float(np.nanmin(data)), float(np.nanmax(data))
    if values.dtype.kind == "f" and low >= 0.0 and high <= 1.0:
        low, high = 0.0, 1.0
    span = high - low if high > low else 1.0
    return np.clip(np.rint((np.nan_to_num(data, nan=low) - low) * (255.0 / span)), 0, 255).astype(np.uint8)


def normalise_mode(im: Image.Image) -> Image.Image:
    """Return ``im`` in one of L, LA, RGB, RGBA, CMYK or LAB with 8-bit samples."""
    mode = im.mode
    if mode in ("L", "LA", "RGB", "RGBA", "CMYK", "LAB"):
        return im
    if mode in _SIXTEEN_BIT_MODES or mode in ("I", "F"):
        return Image.fromarray(scale_to_uint8(np.asarray(im), sixteen_bit=mode in _SIXTEEN_BIT_MODES))
    if mode in ("P", "PA"):
        # Palette transparency (tRNS / GIF transparency index) becomes a real alpha channel.
        has_transparency = mode == "PA" or "transparency" in im.info
        return im.convert("RGBA" if has_transparency else "RGB")
    if mode in ("La", "RGBa"):
        return im.convert("LA" if mode == "La" else "RGBA")  # un-premultiply
    if mode == "1":
        return im.convert("L")
    # YCbCr, HSV, RGBX and anything exotic: Pillow knows how to get to RGB.
    return im.convert("RGB")


def _profile_from_bytes(icc: bytes) -> ImageCms.ImageCmsProfile | None:
    try:
        return ImageCms.ImageCmsProfile(io.BytesIO(icc))
    except (OSError, ImageCms.PyCMSError, ValueError, TypeError) as exc:
        _log.warning("Ignoring an unreadable embedded ICC profile: %s", exc)
        return None


def _profile_space(profile: ImageCms.ImageCmsProfile) -> str:
    return str(profile.profile.xcolor_space).strip().upper()


def _build_transform(source: ImageCms.ImageCmsProfile, in_mode: str) -> ImageCms.ImageCmsTransform:
    return ImageCms.buildTransform(
        source,
        _srgb_profile(),
        in_mode,
        "RGB",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
        flags=ImageCms.Flags.BLACKPOINTCOMPENSATION,
    )


def _behaves_like_srgb(transform: ImageCms.ImageCmsTransform) -> bool:
    """Run a 16×16×16 colour cube through ``transform`` and see whether anything moved."""
    steps = np.linspace(0, 255, 16).round().astype(np.uint8)
    cube = np.stack(np.meshgrid(steps, steps, steps, indexing="ij"), axis=-1).reshape(64, 64, 3)
    probe = Image.fromarray(np.ascontiguousarray(cube))
    moved = np.asarray(ImageCms.applyTransform(probe, transform)).astype(np.int16) - cube
    return int(np.abs(moved).max()) <= _IDENTITY_TOLERANCE


def _naive_rgb(im: Image.Image) -> Image.Image:
    """Profile-less conversion to RGB (CMYK via Pillow's formula, LAB via the D50 Lab profile)."""
    if im.mode == "RGB":
        return im
    if im.mode == "LAB":
        lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB"))
        return ImageCms.applyTransform(im, _build_transform(lab, "LAB"))
    return im.convert("RGB")


def colour_to_srgb(im: Image.Image, icc: bytes | None) -> tuple[Image.Image, bool]:
    """Convert an alpha-free L/RGB/CMYK/LAB image to sRGB RGB.

    Returns the image and whether an embedded ICC profile was actually applied. A profile that
    is unreadable, does not match the pixel layout, or cannot be used by LittleCMS is ignored
    with a log warning: a curator would rather see the picture with approximate colours than
    get no picture at all.
    """
    profile = _profile_from_bytes(icc) if icc else None
    if profile is not None and _profile_space(profile) != _ICC_SPACE_FOR_MODE.get(im.mode):
        space = _profile_space(profile)
        _log.warning("Ignoring an ICC profile for %s data attached to a %s image.", space, im.mode)
        profile = None
    if profile is None:
        return _naive_rgb(im), False
    try:
        transform = _build_transform(profile, im.mode)
        if im.mode == "RGB" and _behaves_like_srgb(transform):
            return im, False
        # In place for RGB → RGB: we own the decoded buffer and a 100 MP copy costs 400 MB.
        if im.mode == "RGB":
            ImageCms.applyTransform(im, transform, inPlace=True)
            return im, True
        return ImageCms.applyTransform(im, transform), True
    except (ImageCms.PyCMSError, OSError, ValueError) as exc:
        _log.warning("Could not apply the embedded ICC profile (%s); using plain conversion.", exc)
        return _naive_rgb(im), False


# Rows per band in ``rgb_to_array``: about 1 MB of Pillow's 4-byte pixels stays in the CPU cache.
_BAND_BYTES = 1 << 20


def rgb_to_array(im: Image.Image) -> np.ndarray:
    """Copy an RGB image into a new H×W×3 ``uint8`` array, band by band.

    ``np.asarray(im)`` serialises the whole picture into one bytes object first; for a 12 MP
    photo that costs about three times as much CPU as copying cache-sized bands (measured:
    63 ms vs 22 ms), and it briefly needs a second full-size buffer.
    """
    width, height = im.size
    out = np.empty((height, width, 3), np.uint8)
    rows = max(1, _BAND_BYTES // (4 * width))
    for top in range(0, height, rows):
        bottom = min(height, top + rows)
        out[top:bottom] = np.asarray(im.crop((0, top, width, bottom)))
    return out


def split_alpha(im: Image.Image) -> tuple[Image.Image, Image.Image | None]:
    """Separate an LA/RGBA image into its colour part and its alpha channel (None if opaque mode)."""
    if im.mode not in ("LA", "RGBA"):
        return im, None
    return im.convert(im.mode[:-1]), im.getchannel("A")


def flatten_on_white(rgb: Image.Image, alpha: Image.Image | None) -> tuple[Image.Image, bool]:
    """Composite ``rgb`` over white using ``alpha``; returns the image and whether any pixel changed.

    ``True`` means the picture really had transparent or translucent pixels; an alpha channel that
    is fully opaque everywhere changes nothing and is not worth a notice in the UI.
    """
    if alpha is None or alpha.getextrema()[0] == 255:
        return rgb, False
    canvas = Image.new("RGB", rgb.size, WHITE)
    canvas.paste(rgb, mask=alpha)
    return canvas, True


def to_srgb_rgb(im: Image.Image, icc: bytes | None) -> tuple[Image.Image, bool, bool]:
    """Full 8-bit colour pipeline after decoding: (RGB sRGB image, ICC applied, had transparency)."""
    im = normalise_mode(im)
    colour, alpha = split_alpha(im)
    colour, converted = colour_to_srgb(colour, icc)
    flattened, had_alpha = flatten_on_white(colour, alpha)
    return flattened, converted, had_alpha
