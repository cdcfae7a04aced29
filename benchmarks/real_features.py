"""Backbone outputs of the manifest's real photos, computed once and cached in ``.devdata``.

Every recognition experiment and benchmark on real photos starts from the same numbers: for each
photo, the pooled embedding of two views (the evaluation centre crop and the whole photo squeezed
to a square) and the ImageNet probabilities averaged over the full map and its five 5×5 windows
(``app.vision.recognition.views``). Caching them turns a 10 000-photo experiment from minutes
into a second. The cache is keyed by the manifest's sha256 column and the backbone precision, so
a changed photo or backbone is recomputed, never reused.

    python -m benchmarks.real_features [--groups caltech101 bsds500 imagenet_sample]
"""

from __future__ import annotations

import argparse
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks import realdata

CACHE_DIR = realdata.REPO_ROOT / ".devdata" / "cache"
VIEWS = ("centre", "whole")


@dataclass(frozen=True)
class RealFeatures:
    """Cached backbone outputs of manifest rows, in manifest order."""

    rows: list[realdata.Row]
    pooled: dict[str, np.ndarray]  # view → (N, 1280) float32
    probs: dict[str, np.ndarray]  # view → (N, 1000) float32, window-averaged ImageNet probabilities

    def select(self, mask: np.ndarray) -> RealFeatures:
        index = np.flatnonzero(mask)
        return RealFeatures(
            [self.rows[i] for i in index],
            {k: v[index] for k, v in self.pooled.items()},
            {k: v[index] for k, v in self.probs.items()},
        )


def _cache_key(rows: list[realdata.Row], precision: str) -> str:
    digest = hashlib.sha256(precision.encode())
    for row in rows:
        digest.update(row.sha256.encode())
    return digest.hexdigest()[:16]


def compute(rows: list[realdata.Row], root: Path | None = None, batch: int = 32) -> RealFeatures:
    """Embed ``rows`` (photos must be materialised) or read them from the cache."""
    from app.imaging.io import load_image
    from app.vision.recognition.backbone import resize_square, shared_backbone, standard_view
    from app.vision.recognition.views import embed_with_window_probs

    backbone = shared_backbone()
    key = _cache_key(rows, backbone.precision)
    cache = CACHE_DIR / f"real-{key}.npz"
    if cache.is_file():
        data = np.load(cache)
        return RealFeatures(rows, {v: data[f"pooled_{v}"] for v in VIEWS}, {v: data[f"probs_{v}"] for v in VIEWS})
    pooled = {v: [] for v in VIEWS}
    probs = {v: [] for v in VIEWS}
    started = time.perf_counter()
    for start in range(0, len(rows), batch):
        images = [load_image(realdata.photo_path(row, root) if root else realdata.photo_path(row)).pixels
                  for row in rows[start : start + batch]]
        for view, make in (("centre", standard_view), ("whole", resize_square)):
            p, q = embed_with_window_probs(backbone, [make(image) for image in images])
            pooled[view].append(p)
            probs[view].append(q)
        if start % 640 == 0:
            print(f"  {start + len(images)}/{len(rows)} photos, {time.perf_counter() - started:.0f} s", flush=True)
    result = RealFeatures(
        rows,
        {v: np.concatenate(pooled[v]).astype(np.float32) for v in VIEWS},
        {v: np.concatenate(probs[v]).astype(np.float32) for v in VIEWS},
    )
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    arrays = {f"pooled_{v}": result.pooled[v] for v in VIEWS} | {f"probs_{v}": result.probs[v] for v in VIEWS}
    np.savez(cache, **arrays)
    return result


def load(groups: tuple[str, ...] = ("caltech101", "bsds500", "imagenet_sample")) -> RealFeatures:
    """All manifest rows of ``groups`` with their cached features."""
    rows = [row for row in realdata.load_manifest() if row.group in groups]
    return compute(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--groups", nargs="+", default=["caltech101", "bsds500", "imagenet_sample"])
    args = parser.parse_args()
    features = load(tuple(args.groups))
    print(f"{len(features.rows)} photos cached")


if __name__ == "__main__":
    main()
