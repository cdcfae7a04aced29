"""Backbone outputs for the few-shot teaching benchmark that the shared cache does not hold.

``benchmarks.real_features`` caches one pooled embedding per photo at 224 px. Comparing teaching
recipes also needs other forward passes: higher input resolutions, GeM pooling, intermediate
blocks, the whole photo instead of the centre crop, and augmented teaching views. They are
computed here only for the photos the benchmark uses (a fixed pool per Caltech class, see
:func:`photo_pool`, or the ``multiview`` group) and cached in ``.devdata/cache`` keyed by the
photos' sha256, the variant and the backbone precision (int8; ``inter`` runs the float network,
which alone exposes the blocks).

Variants: ``res<S>`` (centre crop at S px: GAP and GeM), ``whole<S>`` (whole photo squeezed to
S px), ``inter`` (float, 224 px: GAP, GeM and the GAP of blocks 10, 14, 15), ``aug`` (teaching
photos only: centre crop, mirror and 6 random views, each as full map + five 5×5 windows),
``augwhole`` (the whole photo and its mirror, the same way).

    python -m benchmarks.fewshot_features [--set caltech|multiview] [--variants res224 aug ...]
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Callable

import numpy as np
import torch

from benchmarks import realdata

CACHE_DIR = realdata.REPO_ROOT / ".devdata" / "cache"
#: Teaching photos per class taken from the manifest's ``train`` split (the smallest class has 16).
TRAIN_POOL = 15
#: Test photos per class from the ``eval`` split (a cap, so the large classes do not dominate).
EVAL_POOL = 20
#: Random augmented views per teaching photo (besides the standard view and its mirror image).
AUG_RANDOM_VIEWS = 6
#: ``Faces_easy`` holds crops of the ``Faces`` photos: the two would share test photos.
EXCLUDED = ("Faces_easy",)
RESOLUTIONS = (256, 288, 320)
GEM_P = 3.0


def photo_pool() -> tuple[list[realdata.Row], list[realdata.Row]]:
    """The fixed teaching pool and test pool: per Caltech class, the first photos of each split."""
    train: list[realdata.Row] = []
    test: list[realdata.Row] = []
    for split, cap, out in ((realdata.TRAIN, TRAIN_POOL, train), (realdata.EVAL, EVAL_POOL, test)):
        taken: dict[str, int] = {}
        for row in realdata.rows(group="caltech101", split=split):
            if row.label in EXCLUDED or taken.get(row.label, 0) >= cap:
                continue
            taken[row.label] = taken.get(row.label, 0) + 1
            out.append(row)
    return train, test


def multiview_pool() -> list[realdata.Row]:
    """Every photo of the manifest's ``multiview`` group (real buildings seen from several sides)."""
    return [row for row in realdata.load_manifest() if row.group == "multiview"]


def _key(rows: list[realdata.Row], variant: str, precision: str) -> str:
    digest = hashlib.sha256(f"{variant}\0{precision}".encode())
    for row in rows:
        digest.update(row.sha256.encode())
    return digest.hexdigest()[:16]


def _load_pixels(row: realdata.Row) -> np.ndarray:
    """Decoded as teaching and tagging decode (≤ 512 px previews; Caltech photos are smaller)."""
    from app.imaging.io import load_preview
    from app.vision.recognition.loading import PREVIEW_SIDE

    return load_preview(realdata.photo_path(row), PREVIEW_SIDE).pixels


def _gem(maps: torch.Tensor, p: float = GEM_P) -> torch.Tensor:
    return maps.float().clamp(min=1e-6).pow(p).mean(dim=(2, 3)).pow(1.0 / p)


def _resolution(size: int, whole: bool = False) -> Callable[[list[np.ndarray]], dict[str, np.ndarray]]:
    def run(images: list[np.ndarray]) -> dict[str, np.ndarray]:
        from app.vision.recognition.backbone import resize_square, shared_backbone, standard_view, to_batch

        make = resize_square if whole else standard_view
        maps = shared_backbone().feature_maps(to_batch([make(image, size) for image in images])).float()
        return {"gap": maps.mean(dim=(2, 3)).numpy(), "gem": _gem(maps).numpy()}

    return run


def _intermediate(images: list[np.ndarray]) -> dict[str, np.ndarray]:
    """Float network at 224 px: GAP of the final map, GeM, and GAP of the last blocks' outputs."""
    import torch.nn.functional as F

    from app.vision.recognition.backbone import shared_backbone, standard_view, to_batch

    net = shared_backbone().net
    x = to_batch([standard_view(image) for image in images]) * 2.0 - 1.0
    out: dict[str, np.ndarray] = {}
    with torch.inference_mode():
        x = F.relu6(net._bn0(net._conv_stem(x)))
        for index, block in enumerate(net._blocks):
            x = block(x)
            if index in (10, 14, 15):  # end of the 112-channel stage, of the 192 stage, the 320 block
                out[f"block{index}"] = x.mean(dim=(2, 3)).numpy()
        maps = F.relu6(net._bn1(net._conv_head(x)))
    out["gap"] = maps.mean(dim=(2, 3)).numpy()
    out["gem"] = _gem(maps).numpy()
    return out


def _augmented(images: list[np.ndarray], seeds: list[int]) -> dict[str, np.ndarray]:
    """Window pools (full map + five 5×5 windows) of the standard view, its mirror and random views."""
    from app.vision.recognition.backbone import shared_backbone, standard_view, to_batch
    from app.vision.recognition.features import flipped, random_view, window_pools

    backbone = shared_backbone()
    views = []
    for image, seed in zip(images, seeds, strict=True):
        rng = np.random.default_rng(seed)
        standard = standard_view(image)
        views += [standard, flipped(standard)] + [random_view(image, rng) for _ in range(AUG_RANDOM_VIEWS)]
    pools = []
    for start in range(0, len(views), 16):
        maps = backbone.feature_maps(to_batch(views[start : start + 16]))
        pools.append(window_pools(maps.float()).numpy())
    stacked = np.concatenate(pools).reshape(len(images), 2 + AUG_RANDOM_VIEWS, -1, 1280)
    return {"views": stacked.astype(np.float16)}


def _whole_views(images: list[np.ndarray]) -> dict[str, np.ndarray]:
    """Window pools of the whole photo squeezed to a square and of its mirror image.

    With the random views of ``aug`` (same seeds) they make the augmented set of a teach run
    whose standard view is the whole photo.
    """
    from app.vision.recognition.backbone import resize_square, shared_backbone, to_batch
    from app.vision.recognition.features import flipped, window_pools

    views = []
    for image in images:
        whole = resize_square(image)
        views += [whole, flipped(whole)]
    maps = shared_backbone().feature_maps(to_batch(views))
    pools = window_pools(maps.float()).numpy().reshape(len(images), 2, -1, 1280)
    return {"views": pools.astype(np.float16)}


def compute(rows: list[realdata.Row], variant: str, batch: int = 16) -> dict[str, np.ndarray]:
    """Arrays of ``variant`` for ``rows`` (row order), from the cache or computed and cached."""
    from app.vision.recognition.backbone import shared_backbone

    precision = "float32" if variant == "inter" else shared_backbone().precision
    cache = CACHE_DIR / f"fewshot-{variant}-{_key(rows, variant, precision)}.npz"
    if cache.is_file():
        with np.load(cache) as data:
            return {name: data[name] for name in data.files}
    if variant.startswith("res"):
        run = _resolution(int(variant[3:]))
    elif variant.startswith("whole"):
        run = _resolution(int(variant[5:]), whole=True)
    elif variant == "augwhole":
        run = _whole_views
    elif variant == "inter":
        run = _intermediate
    elif variant == "aug":
        def run(images: list[np.ndarray], start: int = 0) -> dict[str, np.ndarray]:
            return _augmented(images, [int(rows[start + i].sha256[:8], 16) for i in range(len(images))])
    else:
        raise ValueError(f"unknown variant {variant!r}")
    parts: dict[str, list[np.ndarray]] = {}
    started = time.perf_counter()
    for start in range(0, len(rows), batch):
        images = [_load_pixels(row) for row in rows[start : start + batch]]
        result = run(images, start) if variant == "aug" else run(images)
        for name, array in result.items():
            parts.setdefault(name, []).append(array)
        if start % (batch * 20) == 0:
            print(f"  {variant}: {start + len(images)}/{len(rows)}, {time.perf_counter() - started:.0f} s", flush=True)
    arrays = {name: np.concatenate(chunks) for name, chunks in parts.items()}
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **arrays)
    return arrays


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", nargs="+", default=None, help="default: all the benchmark reads")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--set", choices=("caltech", "multiview"), default="caltech")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.set == "multiview":
        train, test = multiview_pool(), []
        default = ["res224", "res288", "res320", "whole224", "whole288", "aug", "augwhole"]
    else:
        train, test = photo_pool()
        default = ["res224", "whole224", "aug", "augwhole", "res256", "res288", "res320", "whole288", "inter"]
    print(f"pool: {len(train)} teaching photos, {len(test)} test photos")
    for variant in args.variants or default:
        rows = train if variant in ("aug", "augwhole") else train + test
        started = time.perf_counter()
        compute(rows, variant)
        print(f"{variant}: {len(rows)} photos in {time.perf_counter() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
