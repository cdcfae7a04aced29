"""Opening image files safely: one place that turns every failure into a human sentence.

``open_image`` identifies a file by its *content* (a PNG named ``.jpg`` opens as the PNG it is),
reads only the header, and refuses pictures above a pixel limit before a single pixel is
decoded — ``Image.open`` is lazy, so ``im.size`` costs nothing even for a decompression bomb.

About Pillow's own bomb guard: ``PIL.Image.MAX_IMAGE_PIXELS`` is process-wide (89 MP by
default: it *warns* on every 100 MP museum scan and *refuses* anything above 179 MP, below our
250 MP default). Changing it around each call would race between worker threads, so instead it
is raised once, at import, to at least ``DEFAULT_MAX_PIXELS`` and never lowered or restored. The
per-call ``max_pixels`` check here is the real policy and does not depend on that global;
should other code lower the global again, Pillow's ``DecompressionBombError`` (and the warning,
when warnings are turned into errors) is still caught and reported as ``ImageTooLarge``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image

from app.domain.errors import ImageLoadError, ImageTooLarge
from app.imaging.metadata import source_orientation, swaps_axes

DEFAULT_MAX_PIXELS = 250_000_000
"""Default decompression-bomb limit: 2.5× a 100 MP museum scan (750 MB once decoded as RGB)."""

if Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS < DEFAULT_MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = DEFAULT_MAX_PIXELS

# Leading bytes of the formats we promise to read: used to tell a damaged image from a file
# that is not an image at all when Pillow cannot identify it.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"II+\x00", "TIFF"),
    (b"MM\x00+", "TIFF"),
    (b"BM", "BMP"),
    (b"GIF8", "GIF"),
)

# Exceptions Pillow and its C decoders raise for bad data (EOFError and struct.error come from
# plugins reading past the end; SyntaxError is Pillow's historical "bad file" signal).
DECODE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError, struct.error, zlib.error)


@dataclass(frozen=True)
class ImageInfo:
    """What the header of an image file says, without decoding its pixels."""

    path: Path
    format: str
    mode: str
    bit_depth: int
    size: tuple[int, int]
    """(width, height) as displayed, i.e. after EXIF orientation."""
    orientation: int
    n_frames: int
    has_icc_profile: bool


def quoted(path: Path) -> str:
    """The file's name as it appears in messages: “scan.tif”."""
    return f"\u201c{path.name or path}\u201d"


def sniff_format(prefix: bytes) -> str | None:
    """The image format a file *claims* to be by its first bytes, or None."""
    if prefix[:4] == b"RIFF" and prefix[8:12] == b"WEBP":
        return "WEBP"
    for signature, name in _SIGNATURES:
        if prefix.startswith(signature):
            return name
    return None


def too_large(path: Path, size: tuple[int, int], limit: int, *, library: bool = False) -> ImageTooLarge:
    """The typed error for a picture above a pixel limit, with the numbers a curator needs."""
    width, height = size
    whose = "the image library's safety limit" if library else "the limit"
    return ImageTooLarge(
        f"{quoted(path)} is too large to open safely: {width:,}\u00d7{height:,} = {width * height:,} pixels "
        f"exceeds {whose} of {limit:,} pixels."
    )


def check_pixel_limit(path: Path, size: tuple[int, int], max_pixels: int) -> None:
    """Raise ``ImageTooLarge`` when ``size`` holds more than ``max_pixels`` pixels."""
    if max_pixels <= 0:
        raise ValueError("max_pixels must be positive")
    if size[0] * size[1] > max_pixels:
        raise too_large(path, size, max_pixels)


def decode_failure(path: Path, exc: BaseException) -> ImageLoadError:
    """Translate a decoder exception into a sentence; truncation gets its own wording."""
    if isinstance(exc, Image.DecompressionBombError | Image.DecompressionBombWarning):
        # Only reached when someone lowered Pillow's global below our own check.
        limit = Image.MAX_IMAGE_PIXELS or 0
        return ImageTooLarge(
            f"{quoted(path)} is too large to open safely: it exceeds the image library's safety limit "
            f"of {limit:,} pixels."
        )
    text = str(exc).lower()
    hints = ("truncat", "premature end", "end of file")
    if isinstance(exc, EOFError) or any(hint in text for hint in hints) or _ends_early(path):
        return ImageLoadError(f"{quoted(path)} is not a complete image file: it seems to be truncated.")
    return ImageLoadError(f"{quoted(path)} is damaged or incomplete: its image data could not be decoded.")


def _ends_early(path: Path) -> bool:
    """Whether the file stops before the end its own structure announces (checked after a failure)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
            length = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, length - 16))
            tail = handle.read()
    except OSError:
        return False
    claimed = sniff_format(head)
    if claimed == "WEBP":
        return int.from_bytes(head[4:8], "little") + 8 > length
    if claimed == "PNG":
        return not tail.endswith(b"IEND\xaeB`\x82")
    if claimed == "JPEG":
        return b"\xff\xd9" not in tail
    return False


def decode(im: Image.Image, path: Path) -> None:
    """Decode the pixels of an opened image, translating every decoder failure into a typed error."""
    try:
        im.load()
    except MemoryError:
        raise ImageLoadError(
            f"{quoted(path)} could not be opened: there is not enough memory for "
            f"{im.size[0]:,}\u00d7{im.size[1]:,} pixels."
        ) from None
    except (*DECODE_ERRORS, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise decode_failure(path, exc) from None


def _open_handle(path: Path) -> BinaryIO:
    """Open ``path`` read-only, refusing folders, missing files and special files in plain words."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImageLoadError(
            f"{quoted(path)} does not exist (looked in \u201c{path.parent}\u201d)."
        ) from None
    except PermissionError:
        raise ImageLoadError(f"{quoted(path)} cannot be read: permission denied.") from None
    except OSError as exc:
        raise ImageLoadError(f"{quoted(path)} cannot be read: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImageLoadError(f"{quoted(path)} is a folder, not an image file.")
    if not stat.S_ISREG(info.st_mode):
        # Opening a FIFO or device would block or stream forever.
        raise ImageLoadError(f"{quoted(path)} is not a regular file, so it cannot be an image.")
    if info.st_size == 0:
        raise ImageLoadError(f"{quoted(path)} is empty (0 bytes), so there is no image to open.")
    try:
        return open(path, "rb")  # closed by open_image's ExitStack
    except PermissionError:
        raise ImageLoadError(f"{quoted(path)} cannot be read: permission denied.") from None
    except OSError as exc:
        raise ImageLoadError(f"{quoted(path)} cannot be read: {exc.strerror or exc}.") from None


def _pillow_open(handle: BinaryIO, path: Path) -> Image.Image | None:
    """``Image.open`` without its global-limit check: try each registered plugin on the content.

    ``Image.open`` checks the header size against the process-wide limit itself, warning on
    every 100 MP scan and warning again for every bomb we are about to refuse anyway; our own
    ``check_pixel_limit`` follows immediately. This walks the same plugin registry (``Image.ID``
    / ``Image.OPEN``, what ``Image.register_open`` fills) in the same order.
    """
    Image.preinit()  # the common formats first, as Image.open does
    Image.init()
    handle.seek(0)
    prefix = handle.read(16)
    for name in list(Image.ID):
        factory, accept = Image.OPEN[name]
        verdict = accept(prefix) if accept else True
        if not verdict or isinstance(verdict, str):  # a str is "recognised but unsupported"
            continue
        handle.seek(0)
        try:
            return factory(handle, str(path))
        except (SyntaxError, IndexError, TypeError, struct.error):
            continue  # not this format after all, exactly as Image.open treats it
    return None


def _identify(path: Path, handle: BinaryIO) -> Image.Image:
    """Let Pillow identify the file from its content; explain the failure otherwise."""
    try:
        im = _pillow_open(handle, path)
    except (*DECODE_ERRORS, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        if sniff_format(_prefix(handle)) == "WEBP" or isinstance(exc, Image.DecompressionBombError):
            # Pillow's WebP plugin decodes the whole file while opening: this is a data error.
            raise decode_failure(path, exc) from None
        im = None
    if im is not None:
        return im
    claimed = sniff_format(_prefix(handle))
    if claimed is None:
        raise ImageLoadError(f"{quoted(path)} is not an image (or is in a format this app cannot read).")
    raise ImageLoadError(
        f"{quoted(path)} looks like a {claimed} image but is damaged or incomplete: "
        "its header cannot be read."
    )


def _prefix(handle: BinaryIO) -> bytes:
    handle.seek(0)
    return handle.read(16)


@contextlib.contextmanager
def open_image(
    path: str | os.PathLike[str], *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> Iterator[Image.Image]:
    """Open an image read-only, header only, at its first frame; refuse it above ``max_pixels``.

    The file is closed when the ``with`` block ends. Raises ``ImageLoadError`` (missing, folder,
    empty, unreadable, not an image, damaged header) or ``ImageTooLarge``.
    """
    path = Path(path)
    with contextlib.ExitStack() as stack:
        handle = stack.enter_context(_open_handle(path))
        im = _identify(path, handle)
        stack.callback(im.close)
        check_pixel_limit(path, im.size, max_pixels)
        yield im


def bit_depth(im: Image.Image) -> int:
    """Bits per sample of the *file* (Pillow hands 16-bit colour over as 8-bit RGB)."""
    if im.mode.startswith("I;16"):
        return 16
    if im.format == "TIFF":
        bits = getattr(im, "tag_v2", {}).get(258)
        if isinstance(bits, tuple | list) and bits:
            return int(max(bits))
        if isinstance(bits, int):
            return bits
    if im.tile:
        args = im.tile[0].args
        rawmode = args if isinstance(args, str) else (args[0] if isinstance(args, tuple) and args else "")
        if isinstance(rawmode, str) and ";16" in rawmode:
            return 16
    return 32 if im.mode in ("I", "F") else 8


def upright_size(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    """(width, height) after applying an EXIF orientation."""
    return (size[1], size[0]) if swaps_axes(orientation) else size


def probe_image(path: str | os.PathLike[str]) -> ImageInfo:
    """Read an image's header (format, size, mode, depth, pages) without decoding it.

    No pixel limit applies: nothing is decoded, so a huge file is harmless here and the UI can
    tell the curator how big it is. (Orientation stored after the pixel data of a PNG is not seen.)
    """
    path = Path(path)
    with open_image(path, max_pixels=2**62) as im:
        orientation = source_orientation(im)
        return ImageInfo(
            path=path,
            format=im.format or "unknown",
            mode=im.mode,
            bit_depth=bit_depth(im),
            size=upright_size(im.size, orientation),
            orientation=orientation,
            n_frames=int(getattr(im, "n_frames", 1)),
            has_icc_profile=bool(im.info.get("icc_profile")),
        )
