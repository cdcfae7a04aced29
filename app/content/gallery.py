"""The sample gallery shown on the start screen and in every mode's empty state.

Thumbnails come from the built sample set (``assets/samples``) when it exists;
otherwise each subject is rendered small on the fly, so the gallery never stays
empty on a fresh clone. Runs as a job: decoding and rendering stay off the UI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.content.render.catalog import render
from app.content.render.spec import SUBJECT_IDS, RenderSpec
from app.content.samples import SampleEntry, SampleIndex, load_index
from app.domain.errors import GyeongjuError, InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback
from app.jobs import Job

log = logging.getLogger(__name__)
THUMB_SIZE = (320, 240)


@dataclass(frozen=True)
class GalleryItem:
    """A thumbnail: ``key`` is the sample id (or subject id), ``caption`` in the requested language."""

    key: str
    caption: str
    pixels: np.ndarray
    subject_id: str


def subject_name(subject_id: str, language: str) -> str:
    """The subject's name in ``language`` from the taxonomy, or a readable fallback."""
    try:
        from app.content.taxonomy import load_taxonomy

        return load_taxonomy().subject_by_id(subject_id).name(language)
    except (GyeongjuError, KeyError, ImportError):
        return subject_id.replace("_", " ").title()


def _thumb_from_index(
    index: SampleIndex, language: str, cancel: CancelToken, progress: ProgressCallback
) -> list[GalleryItem]:
    from app.imaging.io import load_preview

    items: list[GalleryItem] = []
    entries = index.primary_entries()
    for i, entry in enumerate(entries):
        cancel.raise_if_cancelled()
        preview = load_preview(index.root / entry.clean_file, max_side=max(THUMB_SIZE))
        items.append(GalleryItem(entry.id, subject_name(entry.subject_id, language), preview.pixels, entry.subject_id))
        progress(Progress((i + 1) / len(entries), entry.id))
    return items


def _rendered_thumbs(language: str, cancel: CancelToken, progress: ProgressCallback) -> list[GalleryItem]:
    items: list[GalleryItem] = []
    for i, subject_id in enumerate(SUBJECT_IDS):
        cancel.raise_if_cancelled()
        try:
            pixels = render(subject_id, RenderSpec(width=THUMB_SIZE[0], height=THUMB_SIZE[1], seed=1))
        except (ImportError, RuntimeError, ValueError) as exc:
            log.warning("cannot render %s: %s", subject_id, exc)
            continue
        items.append(GalleryItem(subject_id, subject_name(subject_id, language), pixels, subject_id))
        progress(Progress((i + 1) / len(SUBJECT_IDS), subject_id))
    return items


def gallery_job(language: str) -> Job[list[GalleryItem]]:
    def work(progress: ProgressCallback, cancel: CancelToken) -> list[GalleryItem]:
        index = load_index()
        if index is not None:
            try:
                return _thumb_from_index(index, language, cancel, progress)
            except GyeongjuError as exc:
                log.warning("sample set unreadable (%s); rendering thumbnails instead", exc)
        return _rendered_thumbs(language, cancel, progress)

    return Job("sample gallery", work)


@dataclass(frozen=True)
class SampleImage:
    """A full-size sample for display: the clean image and its subject."""

    key: str
    subject_id: str
    pixels: np.ndarray


def sample_image_job(key: str) -> Job[SampleImage]:
    """Load sample ``key`` (a built sample id, or a subject id rendered on the fly)."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> SampleImage:
        from app.imaging.io import load_image

        progress(Progress(0.1, key))
        index = load_index()
        entry = _find_entry(index.entries, key) if index is not None else None
        if index is not None and entry is not None:
            return SampleImage(entry.id, entry.subject_id, load_image(index.root / entry.clean_file).pixels)
        if key not in SUBJECT_IDS:
            raise InvalidInput(f"There is no sample called “{key}”.")
        return SampleImage(key, key, render(key, RenderSpec(seed=1)))

    return Job(f"sample {key}", work)


@dataclass(frozen=True, eq=False)
class AgedSample:
    """An aged sample file to restore in Studio, with its clean original for scoring."""

    key: str
    aged_path: Path
    clean: np.ndarray


def aged_sample_job(key: str, cache_dir: Path) -> Job[AgedSample]:
    """Find the aged copy of sample ``key`` (building just that one into ``cache_dir`` if needed)."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> AgedSample:
        from app.content.samples import build_entry, planned_entries
        from app.imaging.io import load_image

        index = load_index()
        root, entry = (index.root, _find_entry(index.entries, key)) if index is not None else (cache_dir, None)
        if entry is None:
            root = cache_dir
            entry = _find_entry(tuple(planned_entries()), key)
            if entry is None:
                raise InvalidInput(f"There is no sample called “{key}”.")
            if not (root / entry.aged_file).is_file() or not (root / entry.clean_file).is_file():
                progress(Progress(0.2, f"preparing {entry.id}"))
                build_entry(entry, root)
        cancel.raise_if_cancelled()
        clean = load_image(root / entry.clean_file).pixels
        return AgedSample(entry.id, root / entry.aged_file, clean)

    return Job(f"aged sample {key}", work)


def _find_entry(entries: tuple[SampleEntry, ...], key: str) -> SampleEntry | None:
    for entry in entries:
        if entry.id == key:
            return entry
    return next((e for e in entries if e.subject_id == key), None)
