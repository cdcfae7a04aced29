"""The built sample set: every subject in several lights/seasons, clean and aged.

``build_samples`` renders each variant, ages a copy with the damage synthesiser
(ground truth known), and writes JPEGs plus a bit-field PNG of where each local
damage kind is. Everything is seeded, so a rebuild reproduces the files
bit-for-bit on the same library versions. ``index.json`` lists what was built.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.config.paths import ASSETS_DIR
from app.content.render.catalog import render
from app.content.render.spec import SUBJECT_IDS, RenderSpec
from app.domain.errors import InvalidInput
from app.domain.hashing import sha256_file
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.imaging.atomic import atomic_write_bytes

if TYPE_CHECKING:
    from app.jobs import Job

log = logging.getLogger(__name__)

GENERATOR_VERSION = 1
SAMPLES_DIR = ASSETS_DIR / "samples"
INDEX_NAME = "index.json"
JPEG_QUALITY = 90
AGE_SEVERITY = 0.55

# (light, season, view) per variant; the first variant is the subject's "primary" image.
_LANDSCAPE = (("day", "summer", 0.0), ("dusk", "autumn", -0.55), ("day", "winter", 0.55))
_OBJECT = (("day", "summer", 0.0), ("dusk", "autumn", -0.5), ("night", "winter", 0.5))
_EXTRA_NIGHT = {"cheomseongdae", "woljeonggyo", "donggung_wolji", "bulguksa"}
_OBJECTS = {"seongdeok_bell", "gold_crown", "face_tile", "seokguram"}


@dataclass(frozen=True)
class SampleEntry:
    id: str
    subject_id: str
    light: str
    season: str
    view: float
    seed: int
    width: int
    height: int
    clean_file: str
    aged_file: str
    damage_file: str
    damage_kinds: tuple[str, ...]
    clean_sha256: str = ""
    aged_sha256: str = ""


@dataclass(frozen=True)
class SampleIndex:
    root: Path
    generator_version: int
    entries: tuple[SampleEntry, ...]

    def primary_entries(self) -> list[SampleEntry]:
        """One entry per subject: its first variant."""
        seen: set[str] = set()
        out = []
        for entry in self.entries:
            if entry.subject_id not in seen:
                seen.add(entry.subject_id)
                out.append(entry)
        return out

    def by_id(self, sample_id: str) -> SampleEntry:
        for entry in self.entries:
            if entry.id == sample_id:
                return entry
        raise KeyError(sample_id)


def planned_entries(width: int = 1600, height: int = 1200) -> list[SampleEntry]:
    """Every variant the sample set contains, in a fixed order (seeds derive from the order)."""
    entries: list[SampleEntry] = []
    for subject_index, subject_id in enumerate(SUBJECT_IDS):
        variants = list(_OBJECT if subject_id in _OBJECTS else _LANDSCAPE)
        if subject_id in _EXTRA_NIGHT:
            variants.append(("night", "summer", 0.25))
        for variant_index, (light, season, view) in enumerate(variants):
            sample_id = f"{subject_id}-{light}-{season}"
            seed = 1000 + subject_index * 10 + variant_index
            entries.append(
                SampleEntry(
                    id=sample_id,
                    subject_id=subject_id,
                    light=light,
                    season=season,
                    view=view,
                    seed=seed,
                    width=width,
                    height=height,
                    clean_file=f"{subject_id}/{sample_id}.jpg",
                    aged_file=f"{subject_id}/{sample_id}-aged.jpg",
                    damage_file=f"{subject_id}/{sample_id}-damage.png",
                    damage_kinds=(),
                )
            )
    return entries


def _encode(pixels: np.ndarray, suffix: str) -> bytes:
    import cv2

    bgr = cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR) if pixels.ndim == 3 else pixels
    params = [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY] if suffix == ".jpg" else [cv2.IMWRITE_PNG_COMPRESSION, 9]
    ok, buffer = cv2.imencode(suffix, bgr, params)
    if not ok:
        raise RuntimeError(f"could not encode {suffix}")
    return buffer.tobytes()


def damage_bitfield(masks: dict[str, np.ndarray], kinds: tuple[str, ...]) -> np.ndarray:
    """Pack per-kind masks into one uint8 image: bit i set where ``kinds[i]`` damaged the pixel."""
    shape = next(iter(masks.values())).shape if masks else (1, 1)
    field = np.zeros(shape, dtype=np.uint8)
    for bit, kind in enumerate(kinds):
        if kind in masks:
            field |= ((masks[kind] > 127).astype(np.uint8) << bit).astype(np.uint8)
    return field


def build_entry(entry: SampleEntry, out_dir: Path) -> SampleEntry:
    """Render, age and write one variant; returns the entry with hashes and damage kinds filled in."""
    from app.imaging.damage import LOCAL_KINDS, age_photo

    spec = RenderSpec(entry.width, entry.height, entry.seed, entry.view, entry.light, entry.season)  # type: ignore[arg-type]
    clean = render(entry.subject_id, spec)
    aged = age_photo(clean, seed=entry.seed, severity=AGE_SEVERITY)
    kinds = tuple(k for k in LOCAL_KINDS if k in aged.masks)
    (out_dir / entry.subject_id).mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out_dir / entry.clean_file, _encode(clean, ".jpg"))
    atomic_write_bytes(out_dir / entry.aged_file, _encode(aged.image, ".jpg"))
    atomic_write_bytes(out_dir / entry.damage_file, _encode(damage_bitfield(aged.masks, kinds), ".png"))
    return SampleEntry(
        **{
            **asdict(entry),
            "damage_kinds": kinds,
            "clean_sha256": sha256_file(out_dir / entry.clean_file),
            "aged_sha256": sha256_file(out_dir / entry.aged_file),
        }
    )


def _build_one(args: tuple[SampleEntry, str]) -> SampleEntry:
    entry, out_dir = args
    return build_entry(entry, Path(out_dir))


def build_samples(
    out_dir: Path = SAMPLES_DIR,
    *,
    width: int = 1600,
    height: int = 1200,
    subjects: tuple[str, ...] | None = None,
    workers: int | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    spawn: bool = False,
) -> SampleIndex:
    """Build the sample set into ``out_dir`` (in parallel processes) and write its index."""
    entries = [e for e in planned_entries(width, height) if subjects is None or e.subject_id in subjects]
    if not entries:
        raise InvalidInput("No samples match the requested subjects.")
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = workers or max(1, min(os.cpu_count() or 1, 4))
    built: list[SampleEntry] = []
    # From inside the running app (threads, a Qt event loop) the workers are spawned, not forked:
    # a forked child inherits locks other threads held and can hang.
    context = multiprocessing.get_context("spawn") if spawn else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for done, result in enumerate(pool.map(_build_one, [(e, str(out_dir)) for e in entries]), start=1):
            built.append(result)
            progress(Progress(done / len(entries), result.id))
            if cancel is not None and cancel.cancelled:
                pool.shutdown(cancel_futures=True)
                cancel.raise_if_cancelled()
    index = SampleIndex(out_dir, GENERATOR_VERSION, tuple(built))
    payload = {
        "generator_version": GENERATOR_VERSION,
        "note": "Illustrative computer renderings generated by gyeongju-ai samples build; not photographs.",
        "entries": [asdict(e) for e in built],
    }
    atomic_write_bytes(out_dir / INDEX_NAME, json.dumps(payload, indent=1, ensure_ascii=False).encode("utf-8"))
    return index


def load_index(root: Path = SAMPLES_DIR) -> SampleIndex | None:
    """The built sample set, or None when it is missing, outdated or incomplete."""
    path = root / INDEX_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        entries = tuple(
            SampleEntry(**{**e, "damage_kinds": tuple(e.get("damage_kinds", ()))}) for e in raw["entries"]
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if raw.get("generator_version") != GENERATOR_VERSION:
        return None
    if not all((root / e.clean_file).is_file() and (root / e.aged_file).is_file() for e in entries):
        return None
    return SampleIndex(root, GENERATOR_VERSION, entries)


def iter_missing(root: Path = SAMPLES_DIR) -> Iterator[str]:
    """Ids of planned samples that are not built (used by ``samples ensure``)."""
    index = load_index(root)
    built = {e.id for e in index.entries} if index else set()
    for entry in planned_entries():
        if entry.id not in built:
            yield entry.id


def build_missing_job(out_dir: Path = SAMPLES_DIR) -> Job[int]:
    """Build the sample set in the background when it is missing or outdated; the result is how many were built.

    The app starts at once on a fresh machine (the gallery shows small renders meanwhile) and this
    job's progress is shown in the window; when it is done the gallery is reloaded from the set.
    """
    from app.jobs import Job

    def work(progress: ProgressCallback, cancel: CancelToken) -> int:
        if not any(True for _ in iter_missing(out_dir)):
            return 0
        # One worker leaves a core to the window and whatever the visitor starts.
        index = build_samples(out_dir, workers=1, progress=progress, cancel=cancel, spawn=True)
        return len(index.entries)

    return Job("preparing sample images", work)
