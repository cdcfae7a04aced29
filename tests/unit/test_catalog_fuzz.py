"""Fuzz: over a thousand malformed files; each becomes an unreadable item with a reason, none is altered."""

from __future__ import annotations

import io
import os
import random
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.catalog.operations import catalog_status, create_catalog, import_paths
from app.domain.hashing import sha256_file

_EXTENSIONS = (".jpg", ".jpeg", ".png", ".tif", ".webp", ".bmp")


def _seed_jpeg(rng: np.random.Generator) -> bytes:
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0110] = "Fuzz Cam"
    Image.fromarray(rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)).save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def _seed_png(rng: np.random.Generator) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(rng.integers(0, 256, (40, 56, 3), dtype=np.uint8)).save(buffer, "PNG")
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png_bomb(width: int, height: int) -> bytes:
    """A valid PNG header claiming width×height pixels, followed by a tiny compressed stream."""
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + _chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + _chunk(b"IEND", b"")


def _jpeg_with_size(jpeg: bytes, width: int, height: int) -> bytes:
    """The seed JPEG with its frame header (SOF0) rewritten to claim another size."""
    sof = jpeg.index(b"\xff\xc0")
    return jpeg[: sof + 5] + struct.pack(">HH", height, width) + jpeg[sof + 9 :]


def _idat_end(png: bytes) -> int:
    """Offset just past the last IDAT chunk: cutting before it always loses pixel data."""
    position, end = 8, 8
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        if png[position + 4 : position + 8] == b"IDAT":
            end = position + 12 + length
        position += 12 + length
    return end


def malformed_files(count: int, seed: int = 20251101) -> list[tuple[str, bytes]]:
    """``count`` (name, bytes) pairs, each a damaged or non-image file with an image extension."""
    rng = np.random.default_rng(seed)
    rnd = random.Random(seed)
    jpegs = [_seed_jpeg(rng) for _ in range(3)]
    pngs = [_seed_png(rng) for _ in range(3)]
    makers = [
        # Truncated inside the pixel data, at a random offset.
        lambda: ("trunc", (j := rnd.choice(jpegs))[: rnd.randrange(2, len(j) - 64)], ".jpg"),
        lambda: ("trunc", (p := rnd.choice(pngs))[: rnd.randrange(1, _idat_end(p) - 1)], ".png"),
        # Random bytes, and random bytes behind a real signature.
        lambda: ("random", rnd.randbytes(rnd.randrange(1, 4096)), rnd.choice(_EXTENSIONS)),
        lambda: ("magic-jpeg", b"\xff\xd8\xff\xe0" + rnd.randbytes(rnd.randrange(0, 2048)), ".jpg"),
        lambda: ("magic-png", b"\x89PNG\r\n\x1a\n" + rnd.randbytes(rnd.randrange(0, 2048)), ".png"),
        # Headers only: the JPEG up to its scan, the PNG up to IHDR (with random trailing junk).
        lambda: ("header", (j := rnd.choice(jpegs))[: j.index(b"\xff\xda") + rnd.randrange(0, 12)], ".jpeg"),
        lambda: ("header", rnd.choice(pngs)[: 33 + rnd.randrange(0, 8)], ".png"),
        # Decompression bombs: headers claiming billions of pixels.
        lambda: ("bomb", _png_bomb(rnd.randrange(60_000, 1 << 20), rnd.randrange(60_000, 1 << 20)), ".png"),
        lambda: ("bomb", _jpeg_with_size(rnd.choice(jpegs), rnd.randrange(40_000, 65_535),
                                         rnd.randrange(40_000, 65_535)), ".jpg"),
        # Text and other formats dressed up as images.
        lambda: ("text", f"Gyeongju note {rnd.random()}\n".encode() * rnd.randrange(1, 50), ".jpg"),
        lambda: ("odd", b"PK\x03\x04" + rnd.randbytes(rnd.randrange(10, 500)), ".png"),
        lambda: ("odd", b"%PDF-1.7\n" + rnd.randbytes(rnd.randrange(10, 500)), ".tif"),
        lambda: ("odd", b"GIF89a" + rnd.randbytes(rnd.randrange(0, 64)), ".bmp"),
    ]
    files = [("empty.jpg", b""), ("empty.png", b"")]
    while len(files) < count:
        kind, data, extension = rnd.choice(makers)()
        files.append((f"{len(files):05d}-{kind}{extension}", data))
    return files


@pytest.mark.slow
def test_a_thousand_malformed_files_become_unreadable_items(tmp_path):
    root = tmp_path / "fuzz"
    for sub in ("a", "b/c"):
        (root / sub).mkdir(parents=True)
    originals: dict[Path, str] = {}
    for index, (name, data) in enumerate(malformed_files(1100)):
        path = root / ("a" if index % 2 else "b/c") / name
        path.write_bytes(data)
        originals[path] = sha256_file(path)
    with create_catalog(tmp_path / "fuzz.gjcat") as catalog:
        started = time.monotonic()
        summary = import_paths(catalog, [root], per_file_timeout_s=20, workers=2)
        elapsed = time.monotonic() - started
        assert summary.found == len(originals) == 1100
        assert summary.unreadable == len(originals), summary.line()
        assert elapsed < 90, f"import took {elapsed:.1f} s"
        rows = catalog.conn.execute(
            "SELECT f.path, i.state, i.reason, i.sha256 FROM files f JOIN items i ON i.id = f.item_id"
        ).fetchall()
        assert {Path(r["path"]) for r in rows} == set(originals)
        bad = [(r["path"], r["state"], r["reason"]) for r in rows if r["state"] != "unreadable" or not r["reason"]]
        assert not bad, bad[:5]
        assert all(r["sha256"] == originals[Path(r["path"])] for r in rows)
        # Identical bytes are one item (the two empty files), so items = distinct contents.
        status = catalog_status(catalog)
        assert status["items"] == status["unreadable"] == len(set(originals.values()))
        assert status["integrity"] == "ok" and status["thumbnails"] == 0
        reasons = [r["reason"] for r in rows]
        assert any("truncated" in r for r in reasons) and any("too large" in r for r in reasons)
        assert any("not an image" in r for r in reasons) and any("empty" in r for r in reasons)
        assert all("Traceback" not in r and "\n" not in r for r in reasons)
        # Re-running reads nothing again: every file is known and unchanged.
        assert import_paths(catalog, [root], workers=2).unchanged == len(originals)
    changed = [p for p, digest in originals.items() if sha256_file(p) != digest]
    assert not changed, f"originals modified: {changed[:3]}"
    assert not [p for p in root.rglob(".*")], "something was written next to the originals"
    assert os.listdir(root / "a")
