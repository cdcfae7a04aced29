"""Builders for good and hostile ``.gjpack`` files used by the pack tests."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import warnings
import zipfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image
from safetensors.numpy import save as save_safetensors


def png_bytes(size: tuple[int, int] = (8, 6), colour: tuple[int, int, int] = (200, 120, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def weights_bytes() -> bytes:
    return save_safetensors({"head.weight": np.arange(12, dtype=np.float32).reshape(3, 4)})


PACK_TOML = """\
id = "{pack_id}"
version = "{version}"
institution = "Gyeongju National Museum"
institution_url = "https://gyeongju.museum.go.kr"
licence = "CC-BY-4.0"
credit = "Gyeongju National Museum"
created_at = "2026-05-01T09:00:00Z"
app_version_needed = "0.1.0"

[title]
ko = "불국사 데모"
en = "Bulguksa demo"

[description]
en = "Photos, facts and a taught model."

[[files]]
path = "images/bell.png"
credit = "Photo: museum archive"
"""


# A valid presentation script: pack create checks scripts with the presenter's validator.
SCRIPT = """\
[show]
languages = ["ko", "en"]
title = { ko = "경주", en = "Gyeongju" }

[[step]]
kind = "image"
image = "images/bell.png"
subject = "seongdeok_bell"
captions = { ko = "성덕대왕신종", en = "The Divine Bell" }
"""


def make_source(root: Path, pack_id: str = "bulguksa-demo", version: str = "1.0.0") -> Path:
    """A pack folder with one file of every role."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pack.toml").write_text(PACK_TOML.format(pack_id=pack_id, version=version), encoding="utf-8")
    files = {
        "images/bell.png": png_bytes(),
        "images/pagoda.png": png_bytes((5, 9), (20, 90, 160)),
        "facts/bell.json": json.dumps({"title": {"en": "Divine Bell", "ko": "성덕대왕신종"}}).encode(),
        "models/bell-tagger/model.toml": b'id = "bell-tagger"\nlabels = ["bell", "pagoda"]\n',
        "models/bell-tagger/head.safetensors": weights_bytes(),
        "scripts/show.toml": SCRIPT.encode(),
        "kiosk/content.json": b'{"images": ["images/bell.png"]}',
        "settings/kiosk.toml": b"idle_seconds = 60\n",
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def entry_json(path: str, data: bytes, role: str) -> dict[str, object]:
    return {
        "path": path, "role": role, "licence": "CC-BY-4.0", "credit": "Test",
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
    }


def role_of(path: str) -> str:
    from app.packs.paths import role_for_path

    return role_for_path(path) or "image"


def manifest_json(files: dict[str, bytes], **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "format": "gjpack", "format_version": 1, "id": "hostile", "version": "1.0.0",
        "title": {"en": "Hostile"}, "description": {}, "institution": {"name": "Nobody", "url": ""},
        "created_at": "2026-05-01T09:00:00Z", "app_version_needed": "0.1.0",
        "files": [entry_json(p, d, role_of(p)) for p, d in files.items()],
    }
    data.update(changes)
    return data


def write_zip(
    path: Path,
    entries: list[tuple[str | zipfile.ZipInfo, bytes]],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write ``entries`` exactly as given (duplicates, odd names and modes included)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w", compression) as zf:
            for name, data in entries:
                if isinstance(name, zipfile.ZipInfo):
                    name.compress_type = compression
                zf.writestr(name, data)
    return path


def special(name: str, kind: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.external_attr = (kind | 0o644) << 16
    return info


def snapshot(root: Path) -> dict[str, tuple[str, int, str]]:
    """Every path under ``root`` with its type, size and content hash."""
    out: dict[str, tuple[str, int, str]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            out[os.path.relpath(os.path.join(dirpath, name), root)] = ("dir", 0, "")
        for name in filenames:
            full = os.path.join(dirpath, name)
            st = os.lstat(full)
            digest = hashlib.sha256(Path(full).read_bytes()).hexdigest() if stat.S_ISREG(st.st_mode) else ""
            out[os.path.relpath(full, root)] = ("file", st.st_size, digest)
    return out
