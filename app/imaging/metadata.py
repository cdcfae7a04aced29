"""EXIF handling: read the orientation, undo it on pixels, and reset it in the stored metadata.

Why a small hand-written IFD0 reader instead of ``Image.getexif()``: we only need one tag
(Orientation, 0x0112), we must be able to read it *before* decoding (PNG's ``getexif`` decodes
the whole image to find an eXIf chunk placed after the pixel data), and we want to reset it by
patching two bytes in place. Re-serialising EXIF through Pillow can drop maker notes or fail on
slightly malformed camera data; patching keeps every other byte exactly as the camera wrote it.
"""

from __future__ import annotations

import logging
import struct

from PIL import Image

EXIF_HEADER = b"Exif\x00\x00"
ORIENTATION_TAG = 0x0112
_SHORT = 3

_log = logging.getLogger(__name__)

# EXIF orientation → the Pillow transpose that shows the picture upright (None: already upright).
_TRANSPOSE: dict[int, Image.Transpose | None] = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# TIFF files keep their EXIF-like tags in the same directory as the strip/tile layout. When a
# TIFF is the source of an output we copy only descriptive tags; layout tags (strip offsets,
# bits per sample, compression...) describe the *old* file and would corrupt the new one.
_TIFF_DESCRIPTIVE_TAGS = (
    270,  # ImageDescription
    271,  # Make
    272,  # Model
    282,  # XResolution
    283,  # YResolution
    296,  # ResolutionUnit
    305,  # Software
    306,  # DateTime
    315,  # Artist
    33432,  # Copyright
)
_TIFF_SUB_IFDS = (0x8769, 0x8825)  # Exif IFD, GPS IFD
# The interoperability pointer inside the Exif IFD is a file offset into the *old* file.
_INTEROP_IFD = 0xA005


def with_exif_header(exif: bytes) -> bytes:
    """Return ``exif`` with the ``Exif\\0\\0`` prefix that JPEG APP1 segments (and Pillow) expect."""
    return exif if exif.startswith(EXIF_HEADER) else EXIF_HEADER + exif


def _ifd0(exif: bytes) -> tuple[str, int, int, int] | None:
    """(struct byte order, offset of the TIFF header, offset of IFD0, entry count) in ``exif``."""
    body = exif[len(EXIF_HEADER) :] if exif.startswith(EXIF_HEADER) else exif
    base = len(exif) - len(body)
    if len(body) < 8 or body[:2] not in (b"II", b"MM"):
        return None
    order = "<" if body[:2] == b"II" else ">"
    magic, ifd_offset = struct.unpack(order + "HI", body[2:8])
    if magic != 42 or ifd_offset + 2 > len(body):
        return None
    (count,) = struct.unpack(order + "H", body[ifd_offset : ifd_offset + 2])
    return order, base, ifd_offset, count


def _orientation_entry(exif: bytes) -> tuple[str, int] | None:
    """Locate IFD0's Orientation entry: (struct byte order, offset of its value) or None."""
    found = _ifd0(exif)
    if found is None:
        return None
    order, base, ifd_offset, count = found
    body = exif[base:]
    for index in range(count):
        entry = ifd_offset + 2 + 12 * index
        if entry + 12 > len(body):
            break
        tag, kind, n_values = struct.unpack(order + "HHI", body[entry : entry + 8])
        if tag == ORIENTATION_TAG and kind == _SHORT and n_values == 1:
            return order, base + entry + 8
    return None


def exif_orientation(exif: bytes | None) -> int:
    """The EXIF orientation (1–8) stored in ``exif``; 1 when absent, unreadable or out of range."""
    if not exif:
        return 1
    found = _orientation_entry(exif)
    if found is None:
        return 1
    order, offset = found
    (value,) = struct.unpack(order + "H", exif[offset : offset + 2])
    return value if value in _TRANSPOSE else 1


def reset_orientation(exif: bytes) -> bytes:
    """Return ``exif`` (with the ``Exif\\0\\0`` prefix) whose Orientation tag says 1 (upright).

    Our pixels are always delivered upright; leaving the old tag would make viewers rotate a
    saved result a second time. Unparseable EXIF is returned unchanged (its orientation was
    treated as 1 when loading, so it is consistent with the pixels).
    """
    exif = with_exif_header(exif)
    found = _orientation_entry(exif)
    if found is None:
        return exif
    order, offset = found
    patched = bytearray(exif)
    patched[offset : offset + 2] = struct.pack(order + "H", 1)
    return bytes(patched)


def exif_for_output(exif: bytes) -> bytes:
    """EXIF ready for a new file: orientation reset to 1 and the embedded thumbnail unlinked.

    The thumbnail (IFD1) shows the *input* picture; file browsers display it instead of the
    restored result, so the link to it is cut (its bytes stay, unreferenced and harmless).
    """
    exif = reset_orientation(exif)
    found = _ifd0(exif)
    if found is None:
        return exif
    order, base, ifd_offset, count = found
    link = base + ifd_offset + 2 + 12 * count
    if link + 4 > len(exif):
        return exif
    patched = bytearray(exif)
    patched[link : link + 4] = struct.pack(order + "I", 0)
    return bytes(patched)


def source_exif(im: Image.Image) -> bytes | None:
    """EXIF bytes of an opened image, ready to embed in an output (orientation reset to 1).

    Must be called while the image file is still open: TIFF sub-directories are read lazily.
    """
    if im.format == "TIFF":
        return _tiff_exif(im)
    raw = im.info.get("exif")
    if not isinstance(raw, bytes) or not raw:
        return None
    return reset_orientation(raw)


def _tiff_exif(im: Image.Image) -> bytes | None:
    """Build EXIF from a TIFF's descriptive tags (see ``_TIFF_DESCRIPTIVE_TAGS``)."""
    try:
        tags = im.getexif()
        keep = Image.Exif()
        for tag in _TIFF_DESCRIPTIVE_TAGS:
            if tag in tags:
                keep[tag] = tags[tag]
        for tag in _TIFF_SUB_IFDS:
            if tag in tags:
                sub = {key: value for key, value in tags.get_ifd(tag).items() if key != _INTEROP_IFD}
                if sub:
                    keep[tag] = sub
        if not len(keep):
            return None
        return keep.tobytes()
    except (OSError, ValueError, KeyError, TypeError, struct.error) as exc:
        # Metadata is a courtesy; a damaged tag must not make the picture unreadable.
        _log.warning("Ignoring unreadable TIFF metadata in %s: %s", getattr(im, "filename", "?"), exc)
        return None


def source_orientation(im: Image.Image) -> int:
    """Orientation (1–8) of an opened image, read from the header without decoding pixels."""
    if im.format == "TIFF":
        value = getattr(im, "tag_v2", {}).get(274, 1)
        return value if value in _TRANSPOSE else 1
    raw = im.info.get("exif")
    return exif_orientation(raw if isinstance(raw, bytes) else None)


def swaps_axes(orientation: int) -> bool:
    """True when showing the image upright exchanges width and height (orientations 5–8)."""
    return orientation in (5, 6, 7, 8)


def apply_orientation(im: Image.Image, orientation: int) -> Image.Image:
    """Return ``im`` turned upright according to an EXIF orientation value."""
    method = _TRANSPOSE.get(orientation)
    return im if method is None else im.transpose(method)
