"""Shared fixtures for the image I/O tests: generated inputs whose sha256 is checked afterwards."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

from app.domain.hashing import sha256_file
from app.imaging.colour import srgb_profile_bytes


class Originals:
    """Creates input files and remembers their sha256 so the test can prove they stayed intact."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hashes: dict[Path, str] = {}

    def register(self, path: Path) -> Path:
        self.hashes[path] = sha256_file(path)
        return path

    def bytes(self, name: str, data: bytes) -> Path:
        path = self.root / name
        path.write_bytes(data)
        return self.register(path)

    def image(self, name: str, im: Image.Image, fmt: str | None = None, **params: object) -> Path:
        buffer = io.BytesIO()
        im.save(buffer, format=fmt or Image.registered_extensions()[Path(name).suffix.lower()], **params)
        return self.bytes(name, buffer.getvalue())

    def check(self) -> None:
        for path, digest in self.hashes.items():
            assert sha256_file(path) == digest, f"{path.name} was modified"


def gradient(width: int = 48, height: int = 32) -> np.ndarray:
    """An asymmetric RGB test picture: red grows left→right, green top→bottom, blue constant."""
    x = np.linspace(0, 255, width)[None, :].repeat(height, 0)
    y = np.linspace(0, 255, height)[:, None].repeat(width, 1)
    return np.dstack([x, y, np.full_like(x, 90)]).round().astype(np.uint8)


def blocks(rows: int, cols: int, size: int = 16) -> np.ndarray:
    """A rows×cols grid of very different flat colours, each ``size`` px (survives JPEG)."""
    rng = np.random.default_rng(7)
    colours = rng.choice([0, 255], size=(rows, cols, 3)).astype(np.uint8)
    colours[..., 1] = np.arange(rows * cols).reshape(rows, cols) * (255 // (rows * cols))
    return colours.repeat(size, 0).repeat(size, 1)


def assert_sentence(error: BaseException, name: str) -> None:
    text = str(error)
    assert f"\u201c{name}\u201d" in text
    assert "\n" not in text and text.endswith(".")


def exif_bytes(orientation: int | None = None) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Silla Optics"  # Make
    exif[0x0110] = "Cheomseong 1"  # Model
    exif.get_ifd(0x8769)[0x9003] = "2025:11:01 10:00:00"  # DateTimeOriginal
    if orientation is not None:
        exif[0x0112] = orientation
    return exif.tobytes()


def swapped_srgb_profile() -> bytes:
    """sRGB with its red and green primaries exchanged: a clearly non-sRGB RGB profile."""
    data = bytearray(srgb_profile_bytes())
    count = struct.unpack(">I", data[128:132])[0]
    entries = {bytes(data[132 + 12 * i : 136 + 12 * i]): 132 + 12 * i for i in range(count)}
    red, green = entries[b"rXYZ"], entries[b"gXYZ"]
    data[red + 4 : red + 12], data[green + 4 : green + 12] = (
        data[green + 4 : green + 12],
        data[red + 4 : red + 12],
    )
    data[84:100] = bytes(16)  # the profile ID (MD5) no longer matches; zero means "not computed"
    return bytes(data)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny valid PNG whose IHDR claims ``width``×``height`` (CRC fixed): a bomb header."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)
