"""Photos for the kiosk's experiences: the built samples when present, otherwise fresh renders.

The experiences must work on a machine where ``gyeongju-ai samples build`` has not run yet, so every
photo can also be rendered on the spot (0.2–2 s, always on a worker thread). Renders are cached for
the life of the process: they are heritage content, identical for every visitor, not visitor traces.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from app.content.render.spec import SUBJECT_IDS, RenderSpec
from app.content.samples import load_index
from app.domain.errors import GyeongjuError

#: The subjects offered in the photo strips, in the order a visitor sees them (a mix of places and objects).
SHOWCASE_SUBJECTS: tuple[str, ...] = (
    "dabotap",
    "cheomseongdae",
    "seongdeok_bell",
    "bulguksa",
    "gold_crown",
    "yangdong",
    "face_tile",
    "woljeonggyo",
)
#: Damage a visitor can see and wipe away: local defects only, on a sepia print.
HEAL_DAMAGE: tuple[str, ...] = ("scratches:0.85", "cracks:0.6", "dust:0.9", "stains:0.6", "sepia:0.55")

_CACHE_SIZE = 64
_cache: OrderedDict[tuple[object, ...], np.ndarray] = OrderedDict()
_lock = threading.Lock()


def _cached(key: tuple[object, ...], make) -> np.ndarray:  # noqa: ANN001 - a zero-argument factory
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    pixels = make()
    pixels.setflags(write=False)  # shared between visitors: nobody may paint on the cached copy
    with _lock:
        _cache[key] = pixels
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return pixels


def fit_within(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """``image`` shrunk (never enlarged) to fit ``width`` × ``height``, keeping its aspect ratio."""
    import cv2

    h, w = image.shape[:2]
    factor = min(width / w, height / h, 1.0)
    if factor >= 1.0:
        return image
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


def rendered(
    subject_id: str,
    width: int,
    height: int,
    *,
    seed: int = 0,
    view: float = 0.0,
    light: str = "day",
    season: str = "summer",
) -> np.ndarray:
    """A render of ``subject_id`` (cached); the one content source that needs no built samples."""
    from app.content.render.catalog import render

    spec = RenderSpec(width, height, seed, view, light, season)  # type: ignore[arg-type]
    return _cached(("render", subject_id, width, height, seed, view, light, season), lambda: render(subject_id, spec))


def _sample_file(content_dir: Path, subject_id: str) -> Path | None:
    index = load_index(content_dir)
    if index is None:
        return None
    for entry in index.primary_entries():
        if entry.subject_id == subject_id:
            return content_dir / entry.clean_file
    return None


def clean_photo(content_dir: Path, subject_id: str, width: int, height: int) -> np.ndarray:
    """The clean photo of ``subject_id`` at most ``width`` × ``height``: the built sample, else a render."""
    path = _sample_file(content_dir, subject_id)
    if path is not None:
        from app.imaging.io import load_preview

        try:
            pixels = load_preview(path, max(width, height)).pixels
            return _cached(("file", str(path), width, height), lambda: fit_within(pixels, width, height).copy())
        except GyeongjuError:
            pass  # an unreadable sample: a render says the same thing
    return rendered(subject_id, width, height)


def aged_photo(clean: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``clean`` with scratches, cracks, dust and stains a visitor can see (and wipe away), on sepia,
    and where that damage is (uint8 H×W, 255 = damaged)."""
    from app.imaging.damage import apply_damage

    result = apply_damage(clean, list(HEAL_DAMAGE), seed)
    return result.image, result.damage_mask


def thumbnails(content_dir: Path, subjects: Sequence[str], width: int, height: int) -> list[np.ndarray]:
    """Small clean photos for a strip of choices (same order as ``subjects``)."""
    return [fit_within(clean_photo(content_dir, s, width * 2, height * 2), width, height) for s in subjects]


def everyday_photo(width: int, height: int) -> np.ndarray | None:
    """A photo that is *not* heritage (scikit-image's cat), to show the AI saying "I don't know"."""
    try:
        from skimage import data
    except ImportError:
        return None
    try:
        return _cached(
            ("everyday", width, height), lambda: fit_within(np.ascontiguousarray(data.chelsea()), width, height).copy()
        )
    except (OSError, ValueError):  # the data file is missing from this installation
        return None


def known_subject(subject_id: str) -> bool:
    return subject_id in SUBJECT_IDS
