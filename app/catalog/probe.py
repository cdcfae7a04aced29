"""What the importer learns from one file: identity, pixel size, EXIF facts and a thumbnail.

Runs inside a worker process (see :mod:`app.catalog.pool`), so a decoder that hangs or crashes
on a hostile file costs one worker, never the import. Everything returned is plain data that
pickles cheaply. The file is only ever opened for reading.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image

from app.domain.errors import GyeongjuError
from app.imaging.io import DEFAULT_MAX_PIXELS, load_preview
from app.imaging.reader import quoted

#: Long side of stored thumbnails, in pixels.
THUMBNAIL_SIDE = 256
_THUMBNAIL_QUALITY = 82
_CHUNK = 1 << 20

_TAG_MAKE = 0x010F
_TAG_MODEL = 0x0110
_TAG_EXIF_IFD = 0x8769
_TAG_DATE_ORIGINAL = 0x9003


@dataclass(frozen=True)
class Probe:
    """The outcome for one file. ``reason`` is None for a readable picture, a sentence otherwise."""

    path: str
    sha256: str | None
    size: int
    mtime_ns: int
    reason: str | None = None
    format: str | None = None
    width: int | None = None
    height: int | None = None
    exif_date: str | None = None
    camera: str | None = None
    thumbnail: bytes | None = None
    thumbnail_size: tuple[int, int] | None = None


def hash_and_stat(path: Path) -> tuple[str | None, int, int, str | None]:
    """(sha256, size, mtime_ns, reason) read through one read-only handle; reason when unreadable."""
    import hashlib
    import stat

    digest = hashlib.sha256()
    try:
        # Checked before opening: opening a FIFO or a device for reading could block for ever.
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None, 0, 0, f"{quoted(path)} is not a regular file, so it cannot be an image."
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except PermissionError:
        return None, 0, 0, f"{quoted(path)} cannot be read: permission denied."
    except OSError as exc:
        return None, 0, 0, f"{quoted(path)} cannot be read: {exc.strerror or exc}."
    return digest.hexdigest(), info.st_size, info.st_mtime_ns, None


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def exif_facts(exif: bytes | None) -> tuple[str | None, str | None]:
    """(DateTimeOriginal as ISO 8601, camera "Make Model") from raw EXIF; None where absent or broken."""
    if not exif:
        return None, None
    try:
        parsed = Image.Exif()
        parsed.load(exif)
        make, model = _text(parsed.get(_TAG_MAKE)), _text(parsed.get(_TAG_MODEL))
        original = _text(parsed.get_ifd(_TAG_EXIF_IFD).get(_TAG_DATE_ORIGINAL))
    except Exception:  # noqa: BLE001 - camera EXIF is often malformed; it must not cost the picture
        return None, None
    date = None
    if original:
        try:
            date = datetime.strptime(original[:19], "%Y:%m:%d %H:%M:%S").isoformat()
        except ValueError:
            date = None  # "0000:00:00 00:00:00" and other placeholders cameras write
    if make and model and not model.lower().startswith(make.lower()):
        camera: str | None = f"{make} {model}"
    else:
        camera = model or make
    return date, camera


def _thumbnail(pixels) -> tuple[bytes, tuple[int, int]]:  # noqa: ANN001 - numpy array
    image = Image.fromarray(pixels)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=_THUMBNAIL_QUALITY, optimize=True)
    return buffer.getvalue(), image.size


def probe_file(path: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> Probe:
    """Hash ``path`` and read what the catalogue stores about it; never raises for a bad file."""
    file = Path(path)
    sha256, size, mtime_ns, reason = hash_and_stat(file)
    if reason is not None:
        return Probe(path, sha256, size, mtime_ns, reason=reason)
    try:
        preview = load_preview(file, THUMBNAIL_SIDE, max_pixels=max_pixels)
        date, camera = exif_facts(preview.exif)
        jpeg, thumb_size = _thumbnail(preview.pixels)
    except GyeongjuError as exc:
        return Probe(path, sha256, size, mtime_ns, reason=str(exc))
    except MemoryError:
        return Probe(path, sha256, size, mtime_ns, reason=f"{quoted(file)} needs more memory than is available.")
    except Exception as exc:  # noqa: BLE001 - one hostile file must never end an import
        return Probe(
            path, sha256, size, mtime_ns,
            reason=f"{quoted(file)} could not be read as an image ({type(exc).__name__}).",
        )
    width, height = preview.original_size
    return Probe(
        path, sha256, size, mtime_ns, format=preview.format, width=width, height=height,
        exif_date=date, camera=camera, thumbnail=jpeg, thumbnail_size=thumb_size,
    )
