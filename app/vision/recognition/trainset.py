"""Turning labelled photos into training rows: augmented views → feature-map windows → vectors.

Every row remembers which photo it came from (``groups``), so cross-validation can keep all
views of one photo on the same side of a split; otherwise augmented copies of a test photo
would leak into training and flatter the reported accuracy.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import torch

from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.vision.recognition.backbone import BATCH_SIZE, Backbone, to_batch, torch_threads
from app.vision.recognition.features import (
    STANDARD_VIEWS,
    TEACH_VIEW,
    flipped,
    random_view,
    transform,
    views_per_image,
    window_pools,
)


@dataclass(frozen=True)
class TrainingSet:
    """Rows for the head plus one evaluation vector per photo (its standard view, ``view``)."""

    rows: np.ndarray  # (R, D) transformed vectors of all views and windows
    row_labels: np.ndarray  # (R,)
    groups: np.ndarray  # (R,) index of the source photo of each row
    eval_vectors: np.ndarray  # (N, D) transformed standard view of each photo
    eval_pooled: np.ndarray  # (N, D) raw pooled embedding of the standard view (baselines)
    labels: np.ndarray  # (N,)
    imagenet_logits: np.ndarray  # (N, 1000) of the standard view
    views_per_image: int
    view: str = TEACH_VIEW

    @property
    def n_images(self) -> int:
        return len(self.labels)


def embed_training_set(
    backbone: Backbone,
    images: Sequence[np.ndarray],
    labels: Sequence[int],
    *,
    seed: int = 0,
    view_budget: int = 1000,
    view: str = TEACH_VIEW,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> TrainingSet:
    """Embed each photo's standard view (``view``: ``whole`` or ``centre``), its mirror and random
    augmented views.

    Each view yields its full pool and five 5×5 window pools of the 7×7 map as training rows.
    """
    cancel = cancel or CancelToken()
    make_view = STANDARD_VIEWS[view]
    n_views = views_per_image(len(images), view_budget)
    # Views are generated lazily per batch so that 1000 views never sit in memory at once.
    plan = [(i, v) for i in range(len(images)) for v in range(n_views)]
    chunks = [plan[start : start + BATCH_SIZE] for start in range(0, len(plan), BATCH_SIZE)]
    # One random stream per batch: the views do not depend on which worker embeds which batch.
    seeds = np.random.SeedSequence(seed).spawn(len(chunks))
    rows, row_labels, groups = [], [], []
    eval_pooled = np.zeros((len(images), 1280), np.float32)
    logits = np.zeros((len(images), 1000), np.float32)
    standard = [make_view(image) for image in images]

    def embed_chunk(index: int) -> tuple[np.ndarray, np.ndarray]:
        rng = np.random.default_rng(seeds[index])
        views = []
        for image_index, view_index in chunks[index]:
            if view_index == 0:
                views.append(standard[image_index])
            elif view_index == 1:
                views.append(flipped(standard[image_index]))
            else:
                views.append(random_view(images[image_index], rng))
        maps = backbone.feature_maps(to_batch(views))
        pools = window_pools(maps).float().cpu().numpy()  # (B, 1 + W, 1280)
        standard_rows = [k for k, (_, v) in enumerate(chunks[index]) if v == 0]
        full = maps[standard_rows].mean(dim=(2, 3))
        return pools, backbone.imagenet_logits(full).float().cpu().numpy()

    # Parallel batches on single-threaded torch: no OpenMP spin-waiting between the cores, and
    # view augmentation overlaps inference (measured ~2× on 2 busy cores, see docs/recognition.md).
    workers = max(1, torch.get_num_threads())
    done = 0
    with torch_threads(1), ThreadPoolExecutor(max_workers=workers, thread_name_prefix="embed") as pool:
        pending = [pool.submit(embed_chunk, index) for index in range(len(chunks))]
        try:
            for chunk, future in zip(chunks, pending, strict=True):
                cancel.raise_if_cancelled()
                pools, batch_logits = future.result()
                for (image_index, view_index), view_pools in zip(chunk, pools, strict=True):
                    rows.append(transform(view_pools))
                    row_labels.extend([labels[image_index]] * len(view_pools))
                    groups.extend([image_index] * len(view_pools))
                    if view_index == 0:
                        eval_pooled[image_index] = view_pools[0]
                standard_images = [image_index for image_index, v in chunk if v == 0]
                logits[standard_images] = batch_logits
                done += len(chunk)
                progress(Progress(min(1.0, done / len(plan)), "embedding photos"))
        finally:
            for future in pending:
                future.cancel()
    return TrainingSet(
        rows=np.concatenate(rows),
        row_labels=np.asarray(row_labels, dtype=np.int64),
        groups=np.asarray(groups, dtype=np.int64),
        eval_vectors=transform(eval_pooled),
        eval_pooled=eval_pooled,
        labels=np.asarray(labels, dtype=np.int64),
        imagenet_logits=logits,
        views_per_image=n_views,
        view=view,
    )
