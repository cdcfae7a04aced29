"""The one image loader used everywhere: any supported file → upright sRGB RGB ``uint8`` pixels.

Supported and tested: JPEG, PNG, TIFF (8/16-bit, first page of multi-page files), WebP, BMP.
Anything else Pillow can read (GIF, ICO, ...) loads too, first frame only. Every failure is a
typed error from ``app.domain.errors`` whose text is one sentence naming the file.

Pipeline (full and preview): open read-only and identify by content → refuse above the pixel
limit from the header → decode (JPEG previews use DCT scaling) → 8-bit samples → ICC → sRGB →
alpha over white → EXIF orientation → numpy. The source file is only ever opened for reading.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from PIL import Image

from app.domain.errors import ImageLoadError, InvalidInput
from app.imaging.colour import normalise_mode, rgb_to_array, to_srgb_rgb
from app.imaging.io16 import load_image_16
from app.imaging.metadata import apply_orientation, source_exif, source_orientation
from app.imaging.reader import (
    DECODE_ERRORS,
    DEFAULT_MAX_PIXELS,
    bit_depth,
    decode,
    decode_failure,
    open_image,
    quoted,
    upright_size,
)

__all__ = [
    "DEFAULT_MAX_PIXELS",
    "IMAGE_EXTENSIONS",
    "LoadedImage",
    "iter_image_files",
    "load_image",
    "load_image_16",
    "load_preview",
]

_log = logging.getLogger(__name__)

IMAGE_EXTENSIONS: frozenset[str] = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".bmp"})
"""Lower-case suffixes that batch commands pick up (the formats this module promises to read)."""

# A JPEG can be decoded at 1/2, 1/4 or 1/8 scale for a fraction of the cost of a full decode.
# We accept a preview up to this much smaller than ``max_side`` rather than decode (and then
# shrink) twice as many pixels: 4000×3000 → 1000×750 for a 1024 box, without any resize.
_PREVIEW_MIN_FILL = 0.85
_JPEG_SCALES = (8, 4, 2)


@dataclass(frozen=True, eq=False)
class LoadedImage:
    """A decoded picture in the project's contract plus what we learnt from its file.

    ``pixels`` is a read-only RGB ``uint8`` array (H×W×3) in sRGB, upright; copy it before
    editing in place. ``exif`` has its orientation reset to 1 because the pixels are already
    upright; ``icc_profile`` is the file's *original* profile (the pixels are no longer in it).
    ``has_alpha`` is True when transparent or translucent pixels were composited over white.
    """

    pixels: np.ndarray
    path: Path
    format: str
    mode: str
    """The file's Pillow mode before conversion (e.g. "CMYK", "I;16", "P")."""
    bit_depth: int
    """Bits per sample in the file: 8, 16 (or 32 for integer/float TIFF)."""
    size: tuple[int, int]
    """(width, height) of ``pixels``."""
    exif: bytes | None
    icc_profile: bytes | None
    converted_from_icc: bool
    has_alpha: bool
    n_frames: int
    original_size: tuple[int, int]
    """Upright (width, height) of the full image; differs from ``size`` only for previews."""
    is_preview: bool = False
    dpi: tuple[float, float] | None = None


@dataclass(frozen=True)
class _Header:
    """Facts read before decoding (the JPEG draft changes ``im.size`` afterwards)."""

    format: str
    mode: str
    bit_depth: int
    size: tuple[int, int]
    n_frames: int
    icc_profile: bytes | None
    dpi: tuple[float, float] | None


def _read_header(im: Image.Image) -> _Header:
    icc = im.info.get("icc_profile")
    dpi = im.info.get("dpi")
    return _Header(
        format=im.format or "unknown",
        mode=im.mode,
        bit_depth=bit_depth(im),
        size=im.size,
        n_frames=int(getattr(im, "n_frames", 1)),
        icc_profile=icc if isinstance(icc, bytes) and icc else None,
        dpi=(float(dpi[0]), float(dpi[1])) if isinstance(dpi, tuple) and len(dpi) == 2 else None,
    )


class _Converted(NamedTuple):
    pixels: np.ndarray
    converted_from_icc: bool
    has_alpha: bool
    exif: bytes | None
    orientation: int


def _to_pixels(im: Image.Image, path: Path, header: _Header, max_side: int | None) -> _Converted:
    """Run the colour pipeline on a decoded image, shrinking it first when ``max_side`` is given."""
    # Read after decoding: a PNG may store its eXIf chunk after the pixel data.
    orientation = source_orientation(im)
    exif = source_exif(im)
    try:
        small = normalise_mode(im)
        if max_side is not None and max(small.size) > max_side:
            # reducing_gap=1: an integer box reduction does the bulk cheaply, Lanczos only the last
            # < 2× step. A full Lanczos pass from 12 MP (gap 2 or None) costs ~0.5 s of CPU.
            small.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=1.0)
        rgb, converted, had_alpha = to_srgb_rgb(small, header.icc_profile)
        rgb = apply_orientation(rgb, orientation)
        pixels = rgb_to_array(rgb)
    except MemoryError:
        raise ImageLoadError(f"{quoted(path)} could not be converted: there is not enough memory.") from None
    except (ValueError, OSError) as exc:
        _log.debug("Conversion of %s failed", path, exc_info=True)
        raise ImageLoadError(
            f"{quoted(path)} uses a colour layout ({header.mode}) that this app cannot convert."
        ) from exc
    pixels.flags.writeable = False
    return _Converted(pixels, converted, had_alpha, exif, orientation)


def _loaded(path: Path, header: _Header, result: _Converted, *, is_preview: bool) -> LoadedImage:
    return LoadedImage(
        pixels=result.pixels,
        path=path,
        format=header.format,
        mode=header.mode,
        bit_depth=header.bit_depth,
        size=(int(result.pixels.shape[1]), int(result.pixels.shape[0])),
        exif=result.exif,
        icc_profile=header.icc_profile,
        converted_from_icc=result.converted_from_icc,
        has_alpha=result.has_alpha,
        n_frames=header.n_frames,
        original_size=upright_size(header.size, result.orientation),
        is_preview=is_preview,
        dpi=header.dpi,
    )


def load_image(path: str | os.PathLike[str], *, max_pixels: int = DEFAULT_MAX_PIXELS) -> LoadedImage:
    """Load an image file as upright sRGB RGB ``uint8`` pixels (see ``LoadedImage``).

    Multi-page and animated files give their first page. Raises ``ImageTooLarge`` when the
    header announces more than ``max_pixels`` pixels (checked before decoding) and
    ``ImageLoadError`` for anything else that prevents reading the picture.
    """
    path = Path(path)
    with open_image(path, max_pixels=max_pixels) as im:
        header = _read_header(im)
        decode(im, path)
        return _loaded(path, header, _to_pixels(im, path, header, None), is_preview=False)


def _jpeg_draft_request(size: tuple[int, int], max_side: int) -> tuple[int, int] | None:
    """The size to ask ``Image.draft`` for: the cheapest DCT scale that still fills the box."""
    width, height = size
    for denominator in _JPEG_SCALES:
        side = math.ceil(max(width, height) / denominator)
        if side >= _PREVIEW_MIN_FILL * max_side:
            # Pillow picks the scale from floor divisions, so ask with floors to get this one.
            return max(1, width // denominator), max(1, height // denominator)
    return None


def load_preview(
    path: str | os.PathLike[str], max_side: int = 1024, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> LoadedImage:
    """Load a quick, upright, sRGB version whose long side is at most ``max_side`` pixels.

    JPEGs are decoded directly at 1/2, 1/4 or 1/8 scale (DCT scaling), which skips most of the
    work; other formats are decoded fully and reduced. The long side is between 85% and 100% of
    ``max_side`` (or the image's own size when smaller). ``is_preview`` is True and
    ``original_size`` gives the full image's size. Same errors as ``load_image``.
    """
    if max_side < 1:
        raise InvalidInput(f"The preview size must be at least 1 pixel, not {max_side}.")
    path = Path(path)
    with open_image(path, max_pixels=max_pixels) as im:
        header = _read_header(im)
        # MPO: camera JPEGs with extra (MPF) pictures; the first one is a plain JPEG.
        if header.format in ("JPEG", "MPO") and (request := _jpeg_draft_request(im.size, max_side)):
            try:
                im.draft("RGB", request)
            except (*DECODE_ERRORS,) as exc:
                raise decode_failure(path, exc) from None
        decode(im, path)
        return _loaded(path, header, _to_pixels(im, path, header, max_side), is_preview=True)


def _is_hidden(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith("."):
        return True
    # Windows marks hidden files with an attribute rather than a leading dot.
    attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & 0x2)


def iter_image_files(folder: str | os.PathLike[str], recursive: bool = True) -> Iterator[Path]:
    """Yield the image files (by ``IMAGE_EXTENSIONS``) in ``folder``, sorted, skipping hidden ones.

    Sorting is by relative path, case-insensitively, so batch results come out in the same
    order on every platform. Hidden folders are not entered; symbolic links to folders are not
    followed (they can form cycles). Unreadable sub-folders are skipped with a log warning.
    """
    root = Path(folder)
    if not root.is_dir():
        what = "is not a folder" if root.exists() else "does not exist"
        raise InvalidInput(f"{quoted(root)} {what}, so there are no images to read in it.")
    found: list[Path] = []
    pending = [root]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if _is_hidden(entry):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        if recursive:
                            pending.append(Path(entry.path))
                    elif Path(entry.name).suffix.lower() in IMAGE_EXTENSIONS and entry.is_file():
                        found.append(Path(entry.path))
        except OSError as exc:
            if current == root:
                raise InvalidInput(f"{quoted(root)} cannot be read: {exc.strerror or exc}.") from None
            _log.warning("Skipping unreadable folder %s: %s", current, exc)

    def order(path: Path) -> tuple[tuple[str, ...], str]:
        relative = path.relative_to(root)
        return tuple(part.casefold() for part in relative.parts), str(relative)

    yield from sorted(found, key=order)
