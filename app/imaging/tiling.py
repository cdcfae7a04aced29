"""Process huge images in overlapping tiles and blend them without seams.

A 24 MP scan cannot go through a convolutional network in one piece on a
laptop; tiles of a few hundred pixels can. Neighbouring tiles overlap and are
cross-faded with linear ramps, so per-tile differences at the borders (the
network sees different context on each side) never show as a visible seam.
Memory stays bounded by one tile of work plus the float accumulator of the output.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress

TileFn = Callable[[np.ndarray], np.ndarray]


def tile_starts(length: int, tile: int, overlap: int) -> list[int]:
    """Start offsets covering ``[0, length)`` with tiles of ``tile`` px overlapping by ≥ ``overlap``."""
    if length <= tile:
        return [0]
    step = tile - overlap
    starts = list(range(0, length - tile, step))
    starts.append(length - tile)  # last tile flush with the border, overlap grows instead
    return starts


def _ramp(size: int, fade_start: int, fade_end: int) -> np.ndarray:
    """Weights along one axis: fade in over ``fade_start`` px, fade out over ``fade_end`` px."""
    weights = np.ones(size, dtype=np.float32)
    if fade_start > 0:
        weights[:fade_start] = np.linspace(1.0 / (fade_start + 1), 1.0, fade_start, endpoint=False)
    if fade_end > 0:
        weights[size - fade_end :] = np.minimum(
            weights[size - fade_end :], np.linspace(1.0, 1.0 / (fade_end + 1), fade_end)
        )
    return weights


def process_tiled(
    image: np.ndarray,
    fn: TileFn,
    *,
    tile: int = 512,
    overlap: int = 32,
    scale: int = 1,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Apply ``fn`` to overlapping tiles of ``image`` and blend the results.

    ``fn`` maps an ``h×w[×c]`` tile to an ``(h·scale)×(w·scale)[×c']`` result of any
    dtype; the blended output has the same dtype (rounded and clipped for integers).
    """
    if image.ndim not in (2, 3) or image.shape[0] == 0 or image.shape[1] == 0:
        raise InvalidInput("Tiled processing needs a non-empty 2-D or 3-D image array.")
    if tile < 16 or not 0 <= overlap < tile // 2 or scale < 1:
        raise InvalidInput("Tile size must be at least 16 px, overlap under half a tile, scale at least 1.")
    height, width = image.shape[:2]
    ys, xs = tile_starts(height, tile, overlap), tile_starts(width, tile, overlap)
    total = len(ys) * len(xs)
    acc: np.ndarray | None = None
    weight_sum = np.zeros((height * scale, width * scale), dtype=np.float32)
    out_dtype: np.dtype | None = None
    done = 0
    for y in ys:
        for x in xs:
            if cancel is not None:
                cancel.raise_if_cancelled()
            th, tw = min(tile, height - y), min(tile, width - x)
            result = np.asarray(fn(image[y : y + th, x : x + tw]))
            if result.shape[:2] != (th * scale, tw * scale):
                raise ValueError(f"tile function returned {result.shape[:2]}, expected {(th * scale, tw * scale)}")
            if acc is None:
                out_dtype = result.dtype
                acc = np.zeros((height * scale, width * scale, *result.shape[2:]), dtype=np.float32)
            # Fade only on sides that touch another tile; image borders keep full weight.
            oy, ox = overlap * scale, overlap * scale
            wy = _ramp(th * scale, oy if y > 0 else 0, oy if y + th < height else 0)
            wx = _ramp(tw * scale, ox if x > 0 else 0, ox if x + tw < width else 0)
            w2 = np.outer(wy, wx)
            sy, sx = slice(y * scale, (y + th) * scale), slice(x * scale, (x + tw) * scale)
            acc[sy, sx] += result.astype(np.float32) * (w2[..., None] if result.ndim == 3 else w2)
            weight_sum[sy, sx] += w2
            done += 1
            progress(Progress(done / total, f"tile {done} of {total}"))
    assert acc is not None and out_dtype is not None
    acc /= weight_sum[..., None] if acc.ndim == 3 else weight_sum
    if np.issubdtype(out_dtype, np.integer):
        info = np.iinfo(out_dtype)
        return np.clip(np.rint(acc), info.min, info.max).astype(out_dtype)
    return acc.astype(out_dtype)
