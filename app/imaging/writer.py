"""Writing images: atomic, never over an original, metadata kept where the format allows.

Pixels in this project are sRGB (the loader converted them), so outputs carry an sRGB ICC
profile rather than the source's original profile, and the source's EXIF with its orientation
reset to 1 (the pixels are already upright). BMP stores neither, so both are dropped there.
"""

from __future__ import annotations

import errno
import io
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from PIL import Image

from app.domain.errors import GyeongjuError, ImageWriteError, InvalidInput
from app.imaging.atomic import atomic_output
from app.imaging.colour import srgb_profile_bytes
from app.imaging.io import LoadedImage
from app.imaging.metadata import exif_for_output, source_exif
from app.imaging.reader import open_image, quoted

_log = logging.getLogger(__name__)

WRITE_FORMATS: dict[str, str] = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".png": "PNG",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".webp": "WEBP",
    ".bmp": "BMP",
}
"""Output suffix (lower case) → Pillow format name."""

Sealer = Callable[[bytes, str, BinaryIO], None]
"""``seal(encoded, pillow_format, temp_file)``: writes the finished file (e.g. with signed Content
Credentials, see ``app.credentials.sign``) from the encoded bytes into the still-private temp file."""

_METADATA_FORMATS = frozenset({"JPEG", "PNG", "TIFF", "WEBP"})
# Largest side each container can hold; checked first so the message can say so plainly.
_MAX_SIDE = {"JPEG": 65_500, "WEBP": 16_383}
# At high quality keep full colour resolution (4:4:4): chroma subsampling smears the fine
# coloured edges of inscriptions and painted surfaces that curators zoom into.
_FULL_CHROMA_QUALITY = 90


def output_format(path: str | os.PathLike[str]) -> str:
    """Pillow format name for an output path's suffix; ``ImageWriteError`` for unknown suffixes."""
    target = Path(path)
    fmt = WRITE_FORMATS.get(target.suffix.lower())
    if fmt is None:
        choices = ", ".join(sorted(WRITE_FORMATS))
        raise ImageWriteError(f"{quoted(target)} cannot be written: its name must end in one of {choices}.")
    return fmt


def _as_image(pixels: np.ndarray, target: Path) -> Image.Image:
    """Validate the project's contract (uint8 H×W×3, or H×W for masks) and wrap it for Pillow."""
    if not isinstance(pixels, np.ndarray):
        raise InvalidInput(f"The picture to save as {quoted(target)} is not an image array.")
    shape_ok = pixels.ndim == 2 or (pixels.ndim == 3 and pixels.shape[2] == 3)
    if pixels.dtype != np.uint8 or not shape_ok or 0 in pixels.shape:
        raise InvalidInput(
            f"The picture to save as {quoted(target)} must be 8-bit RGB (H\u00d7W\u00d73) or grey "
            f"(H\u00d7W), not {pixels.dtype} with shape {pixels.shape}."
        )
    return Image.fromarray(np.ascontiguousarray(pixels))


def _same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file: same path, other spelling, symlink or hard link."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        pass  # one of them does not exist (yet): compare what they resolve to instead
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False


def _source_details(
    source: LoadedImage | str | os.PathLike[str] | None,
) -> tuple[Path | None, bytes | None, Any]:
    """(input path, EXIF to keep, dpi) from a loaded image, an input path, or nothing."""
    if source is None:
        return None, None, None
    if isinstance(source, LoadedImage):
        return source.path, source.exif, source.dpi
    path = Path(source)
    try:
        with open_image(path, max_pixels=2**62) as im:  # header only, nothing decoded
            return path, source_exif(im), im.info.get("dpi")
    except GyeongjuError as exc:
        # Metadata is a courtesy; the input-protection check below still uses the path.
        _log.warning("Not copying metadata from %s: %s", path, exc)
        return path, None, None


def _check_target(target: Path, source_path: Path | None, overwrite: bool) -> None:
    if source_path is not None and _same_file(target, source_path):
        raise ImageWriteError(
            f"{quoted(target)} is the input image; originals are never overwritten, so choose another name."
        )
    if not target.parent.is_dir():
        raise ImageWriteError(
            f"{quoted(target)} cannot be written: the folder \u201c{target.parent}\u201d does not exist."
        )
    if target.is_dir():
        raise ImageWriteError(f"{quoted(target)} cannot be written: a folder with that name exists.")
    if target.exists() and not overwrite:
        raise ImageWriteError(f"{quoted(target)} already exists; choose another name or allow overwriting.")


def _encoder_options(
    fmt: str, quality: int, exif: bytes | None, icc: bytes | None, dpi: Any
) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if fmt in _METADATA_FORMATS:
        if exif:
            options["exif"] = exif
        if icc:
            options["icc_profile"] = icc
    if isinstance(dpi, tuple) and len(dpi) == 2 and fmt != "WEBP":
        options["dpi"] = (float(dpi[0]), float(dpi[1]))
    if fmt == "JPEG":
        options["quality"] = quality
        options["subsampling"] = 0 if quality >= _FULL_CHROMA_QUALITY else 2
    elif fmt == "WEBP":
        options["quality"] = quality
        options["lossless"] = quality >= 100
    elif fmt == "TIFF":
        # Uncompressed, the archival norm for masters. It is also the only way Pillow keeps the
        # EXIF sub-directory (capture date, exposure): its libtiff path (LZW, Deflate) cannot
        # write that pointer and fails. Choose .png for compact lossless output.
        options["compression"] = "raw"
    elif fmt == "PNG":
        options["compress_level"] = 6
    return options


def _write_failure(target: Path, exc: BaseException) -> ImageWriteError:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the drive is read-only",
    }
    if isinstance(exc, FileExistsError):
        return ImageWriteError(f"{quoted(target)} already exists; choose another name or allow overwriting.")
    if isinstance(exc, OSError) and exc.errno in reasons:
        return ImageWriteError(f"{quoted(target)} cannot be written: {reasons[exc.errno]}.")
    detail = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
    return ImageWriteError(f"{quoted(target)} cannot be written: {detail.rstrip('.')}.")


def save_image(
    pixels: np.ndarray,
    path: str | os.PathLike[str],
    *,
    source: LoadedImage | str | os.PathLike[str] | None = None,
    exif: bytes | None = None,
    icc_profile: bytes | None = None,
    quality: int = 95,
    overwrite: bool = False,
    seal: Sealer | None = None,
) -> Path:
    """Save RGB ``uint8`` pixels to ``path`` (format from the suffix) atomically; return the path.

    ``source`` is the input the pixels came from: its EXIF (orientation reset) and DPI are kept,
    and ``path`` may never be that file, whatever the spelling or link. ``exif`` overrides the
    source's EXIF. ``icc_profile=None`` embeds sRGB (the pixels are sRGB); pass ``b""`` to embed
    none. Grey pictures get no profile unless one is given. Raises ``ImageWriteError`` (unknown
    suffix, existing file without ``overwrite``, the input itself, disk errors) and
    ``InvalidInput`` (not a uint8 image). A failed write leaves any existing file untouched.
    ``seal``, when given, receives the encoded bytes and writes the final file into the temp file
    before the rename, so a signed output appears in one atomic step or not at all.
    """
    target = Path(path)
    fmt = output_format(target)
    if not 1 <= quality <= 100:
        raise InvalidInput(f"The quality for {quoted(target)} must be between 1 and 100, not {quality}.")
    image = _as_image(pixels, target)
    limit = _MAX_SIDE.get(fmt)
    if limit is not None and max(image.size) > limit:
        raise ImageWriteError(
            f"{quoted(target)} cannot be written: {fmt} holds at most {limit:,} pixels a side; "
            "use .tif or .png for larger pictures."
        )
    source_path, source_exif_bytes, dpi = _source_details(source)
    _check_target(target, source_path, overwrite)
    chosen_exif = exif if exif is not None else source_exif_bytes
    chosen_exif = exif_for_output(chosen_exif) if chosen_exif else None
    if icc_profile is None:
        icc = srgb_profile_bytes() if image.mode == "RGB" else None
    else:
        icc = icc_profile or None
    options = _encoder_options(fmt, quality, chosen_exif, icc, dpi)
    try:
        if seal is None:
            with atomic_output(target, suffix=target.suffix, overwrite=overwrite) as temp:
                image.save(temp, format=fmt, **options)
        else:
            buffer = io.BytesIO()
            image.save(buffer, format=fmt, **options)
            # A large buffer: the C2PA library writes in 8 KB pieces, each a Python call otherwise.
            with (
                atomic_output(target, suffix=target.suffix, overwrite=overwrite) as temp,
                open(temp, "r+b", buffering=1 << 20) as out,
            ):
                seal(buffer.getvalue(), fmt, out)
    except (OSError, ValueError, TypeError, KeyError, SyntaxError) as exc:
        raise _write_failure(target, exc) from None
    return target
