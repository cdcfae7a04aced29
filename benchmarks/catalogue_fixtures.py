"""Shared parts of the catalogue benchmarks: 12 MP test photos, timing helpers and the plain-loop baseline.

The photos are real ones (``.devdata/real`` or ``../shared/data/kodak24``) blown up to the wanted
size with sensor-like noise, so that a file carries a camera photo's entropy; synthetic photo-like
fields stand in when neither folder exists.
"""

from __future__ import annotations

import os
import resource
import shutil
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.image_io import photo_like

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / ".devdata/real/bsds500", REPO.parent / "shared/data/kodak24")
#: Sensor-like noise (σ, 8-bit levels) on the blown-up photos: gives a 12 MP file at quality 90 the
#: 3–4 MB of entropy-coded detail a camera's has (σ = 3 gave 1.5 MB and flattered the decoder).
NOISE = 8.0


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count() or 1} cores"


def cpu_seconds() -> float:
    """CPU seconds of this process (all threads) and of its finished children."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def print_table(title: str, header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    print(f"\n### {title}  ({load_average()})\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(f"{c:.1f}" if isinstance(c, float) else str(c) for c in row) + " |")
    sys.stdout.flush()


# --- photos -----------------------------------------------------------------------------------------


def _bases(count: int, size: tuple[int, int], noise: float = NOISE) -> list[np.ndarray]:
    """Source pictures at ``size`` with sensor noise: real photos blown up where there are any."""
    found = [
        p
        for folder in SOURCES
        if folder.is_dir()
        for p in sorted(folder.rglob("*"))
        if p.suffix.lower() in (".jpg", ".png")
    ][:count]
    rng = np.random.default_rng(0)
    bases = []
    for index in range(count):
        if index < len(found):
            picture = Image.open(found[index]).convert("RGB").resize(size, Image.Resampling.LANCZOS)
            pixels = np.asarray(picture, np.float32) + rng.normal(0.0, noise, (size[1], size[0], 3))
            bases.append(np.clip(pixels, 0, 255).astype(np.uint8))
        else:
            bases.append(photo_like(*size, seed=index))
    return bases


def make_photos(folder: Path, count: int, size: tuple[int, int], quality: int = 90, noise: float = NOISE) -> list[Path]:
    """``count`` distinct JPEGs (each base picture with its own stamp, so every file is a new item)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"photo_{i:04d}.jpg" for i in range(count)]
    if all(p.exists() for p in paths):
        return paths
    bases = _bases(min(count, 8), size, noise)
    for index, path in enumerate(paths):
        pixels = bases[index % len(bases)].copy()
        pixels[:16, :64] = np.random.default_rng(index).integers(0, 256, (16, 64, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(path, quality=quality)
    return paths


def imported(db: Path, folder: Path) -> None:
    from app.catalog.operations import create_catalog, import_paths

    if not db.exists():
        with create_catalog(db) as catalog:
            import_paths(catalog, [folder])


def fresh_copy(db: Path | None, target: Path) -> Path:
    """``target`` (and its WAL files) removed, then a copy of ``db`` there (none when ``db`` is None)."""
    for stale in target.parent.glob(target.name + "*"):
        stale.unlink()
    if db is not None:
        shutil.copy(db, target)
    return target


def plain_loop(photos: list[Path]) -> tuple[float, float, int]:
    """The baseline: full Pillow decode, centre crop + resize, one float32 pass per photo.

    Returns photos/s, CPU seconds per photo and how many photos it ran on (a third is enough for a
    rate that slow).
    """
    from app.vision.recognition.backbone import Backbone, standard_view

    backbone = Backbone(precision="float32")

    def plain(path: Path) -> None:
        with Image.open(path) as image:
            pixels = np.asarray(image.convert("RGB"))
        backbone.embed_views([standard_view(pixels)])

    plain(photos[0])
    sample = photos[: max(1, len(photos) // 3)]
    started, cpu = time.monotonic(), cpu_seconds()
    for path in sample:
        plain(path)
    return len(sample) / (time.monotonic() - started), (cpu_seconds() - cpu) / len(sample), len(sample)
