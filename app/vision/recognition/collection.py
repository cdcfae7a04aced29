"""Embedding a folder of photos for search: similar images and near-duplicate groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.imaging.io import load_preview
from app.vision.recognition.backbone import BATCH_SIZE, Backbone, standard_view, torch_threads
from app.vision.recognition.features import transform
from app.vision.recognition.loading import PREVIEW_SIDE, batched, iter_loaded
from app.vision.recognition.similarity import EmbeddingIndex, Match, duplicate_groups, perceptual_hash


@dataclass
class EmbeddedCollection:
    """Vectors and perceptual hashes of the readable photos of a collection."""

    paths: list[Path]
    vectors: np.ndarray  # (N, 1280) transformed, unit length
    hashes: list[int]
    skipped: list[str] = field(default_factory=list)

    def index(self) -> EmbeddingIndex:
        index = EmbeddingIndex(self.vectors.shape[1])
        index.add([str(p) for p in self.paths], self.vectors)
        return index


def embed_collection(
    backbone: Backbone,
    paths: Sequence[Path],
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> EmbeddedCollection:
    """Embed every readable photo (decoded ahead in threads); unreadable ones are listed in ``skipped``."""
    cancel = cancel or CancelToken()
    kept: list[Path] = []
    parts: list[np.ndarray] = []
    hashes: list[int] = []
    skipped: list[str] = []
    done = 0
    workers = 2
    loaded = iter_loaded(paths, PREVIEW_SIDE, workers=workers)
    threads = torch.get_num_threads() - workers  # the decoders' cores are not torch's (see classify_paths)
    try:
        for batch in batched(loaded, BATCH_SIZE):
            cancel.raise_if_cancelled()
            readable = [item for item in batch if item.pixels is not None]
            skipped.extend(item.error for item in batch if item.pixels is None)
            if readable:
                with torch_threads(threads):
                    pooled, _ = backbone.embed_views([standard_view(item.pixels) for item in readable])
                parts.append(transform(pooled))
                hashes.extend(perceptual_hash(item.pixels) for item in readable)
                kept.extend(item.path for item in readable)
            done += len(batch)
            progress(Progress(done / max(1, len(paths)), f"{done} / {len(paths)} photos"))
    finally:
        loaded.close()
    vectors = np.concatenate(parts) if parts else np.zeros((0, 1280), np.float32)
    return EmbeddedCollection(kept, vectors, hashes, skipped)


def embed_one(backbone: Backbone, path: Path) -> np.ndarray:
    """Transformed vector of a single photo (errors propagate: the query must be readable)."""
    pooled, _ = backbone.embed_views([standard_view(load_preview(path, PREVIEW_SIDE).pixels)])
    return transform(pooled)[0]


def find_similar(
    backbone: Backbone,
    query: Path,
    paths: Sequence[Path],
    top: int = 10,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> tuple[list[Match], list[str]]:
    """The ``top`` photos most similar to ``query`` (the query itself excluded) and what was skipped."""
    if top < 1:
        raise InvalidInput(f"--top must be at least 1, not {top}.")
    vector = embed_one(backbone, query)
    collection = embed_collection(backbone, paths, progress, cancel)
    resolved = str(query.resolve())
    same = next((str(p) for p in collection.paths if str(p.resolve()) == resolved), None)
    return collection.index().search(vector, top, exclude=same), collection.skipped


def find_duplicates(collection: EmbeddedCollection) -> list[list[str]]:
    """Near-duplicate groups of an embedded collection (see :func:`similarity.duplicate_groups`)."""
    return duplicate_groups([str(p) for p in collection.paths], collection.hashes, collection.vectors)
