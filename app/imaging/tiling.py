"""Process huge images in overlapping tiles and blend them without seams.

A 24 MP scan cannot go through a convolutional network in one piece on a
laptop; tiles of a few hundred pixels can. Neighbouring tiles overlap and are
cross-faded with linear ramps, so per-tile differences at the borders (the
network sees different context on each side) never show as a visible seam.

Blending streams row by row of tiles: once a row of tiles is done, every output
row above the next row of tiles is final, is converted to the output type and
leaves the float accumulator. Memory is one row of tiles in float32 plus the
output in its own type (uint8 for images): 12 bytes per pixel of float
accumulator for the whole frame would be 290 MB at 24 MP, a row of 512 px tiles
is 37 MB. The sums are formed in the same order as a whole-frame accumulator
would, so the result is bit-identical to it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress

TileFn = Callable[[np.ndarray], np.ndarray]
FinishFn = Callable[[np.ndarray], np.ndarray]


def tile_starts(length: int, tile: int, overlap: int) -> list[int]:
    """Start offsets covering ``[0, length)`` with tiles of ``tile`` px overlapping by ≥ ``overlap``."""
    if length <= tile:
        return [0]
    step = tile - overlap
    starts = list(range(0, length - tile, step))
    starts.append(length - tile)  # last tile flush with the border, overlap grows instead
    return starts


def balanced_tile(length: int, max_tile: int, overlap: int) -> int:
    """The smallest even tile ≤ ``max_tile`` that covers ``length`` with as few tiles as ``max_tile`` needs.

    :func:`tile_starts` puts the last tile flush with the border, so a fixed tile size wastes
    up to a whole tile of work on the last row and column (6000 px in 512-px tiles with 64 px
    overlap runs 7168 px of tiles). Shrinking the tile to share the length evenly removes
    that waste without adding tiles. A length that fits one tile keeps ``max_tile``: the single
    tile is clipped to the image anyway, and a tile shorter than twice the overlap is refused.
    """
    if length <= max_tile:
        return max_tile
    count = -(-(length - overlap) // (max_tile - overlap))
    size = -(-(length + (count - 1) * overlap) // count)
    return min(max_tile, size + size % 2)


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


def cast_to(dtype: np.dtype | type) -> FinishFn:
    """Finisher converting a blended float32 band to ``dtype`` (rounded and clipped for integers)."""
    target = np.dtype(dtype)
    if np.issubdtype(target, np.integer):
        info = np.iinfo(target)

        def to_integer(band: np.ndarray) -> np.ndarray:
            np.rint(band, out=band)
            np.clip(band, info.min, info.max, out=band)
            return band.astype(target)

        return to_integer
    return lambda band: band.astype(target, copy=False)


def process_tiled(
    image: np.ndarray,
    fn: TileFn,
    *,
    tile: int | tuple[int, int] = 512,
    overlap: int = 32,
    scale: int = 1,
    finish: FinishFn | None = None,
    out: np.ndarray | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Apply ``fn`` to overlapping tiles of ``image`` and blend the results.

    ``tile`` is a square size or a ``(height, width)`` pair.

    ``fn`` maps an ``h×w[×c]`` tile to an ``(h·scale)×(w·scale)[×c']`` result of any
    dtype. Blended rows (float32, ``rows×W'[×c']``) pass through ``finish`` once they are
    final; by default they become the tiles' dtype again (rounded and clipped for integers).
    A ``finish`` may change the dtype or the trailing shape (e.g. threshold probabilities to
    a mask), so a large float intermediate never exists for the whole frame.

    ``out`` receives the finished rows instead of a new array (its shape and dtype must be
    those of the result). With ``scale`` 1 it may be ``image`` itself: rows are written only
    once the next row of tiles starts below them, and no tile reads above its own start, so
    each input row is read before it is overwritten. That saves a whole frame on large scans.
    """
    if image.ndim not in (2, 3) or image.shape[0] == 0 or image.shape[1] == 0:
        raise InvalidInput("Tiled processing needs a non-empty 2-D or 3-D image array.")
    tile_h, tile_w = (tile, tile) if isinstance(tile, int) else tile
    if min(tile_h, tile_w) < 16 or not 0 <= overlap < min(tile_h, tile_w) // 2 or scale < 1:
        raise InvalidInput("Tile size must be at least 16 px, overlap under half a tile, scale at least 1.")
    height, width = image.shape[:2]
    ys, xs = tile_starts(height, tile_h, overlap), tile_starts(width, tile_w, overlap)
    total = len(ys) * len(xs)
    # Partial sums of rows already touched by the previous row of tiles but not yet final.
    carry: tuple[np.ndarray, np.ndarray] | None = None
    done = 0
    for row, y in enumerate(ys):
        th = min(tile_h, height - y)
        band: np.ndarray | None = None
        band_weight = np.zeros((th * scale, width * scale), dtype=np.float32)
        for x in xs:
            if cancel is not None:
                cancel.raise_if_cancelled()
            tw = min(tile_w, width - x)
            result = np.asarray(fn(image[y : y + th, x : x + tw]))
            if result.shape[:2] != (th * scale, tw * scale):
                raise ValueError(f"tile function returned {result.shape[:2]}, expected {(th * scale, tw * scale)}")
            if finish is None:
                finish = cast_to(result.dtype)
            if band is None:
                band = np.zeros((th * scale, width * scale, *result.shape[2:]), dtype=np.float32)
                if carry is not None:
                    band[: len(carry[0])] = carry[0]
                    band_weight[: len(carry[1])] = carry[1]
            # Fade only on sides that touch another tile; image borders keep full weight.
            oy, ox = overlap * scale, overlap * scale
            wy = _ramp(th * scale, oy if y > 0 else 0, oy if y + th < height else 0)
            wx = _ramp(tw * scale, ox if x > 0 else 0, ox if x + tw < width else 0)
            w2 = np.outer(wy, wx)
            sx = slice(x * scale, (x + tw) * scale)
            band[:, sx] += result.astype(np.float32) * (w2[..., None] if result.ndim == 3 else w2)
            band_weight[:, sx] += w2
            done += 1
            progress(Progress(done / total, f"tile {done} of {total}"))
        assert band is not None and finish is not None
        # Rows above the next row of tiles receive nothing more: normalise, finish, store.
        final = (ys[row + 1] - y) * scale if row + 1 < len(ys) else th * scale
        carry = (band[final:].copy(), band_weight[final:].copy()) if final < th * scale else None
        ready = band[:final]
        ready /= band_weight[:final, :, None] if ready.ndim == 3 else band_weight[:final]
        finished = np.asarray(finish(ready))
        if out is None:
            out = np.empty((height * scale, *finished.shape[1:]), dtype=finished.dtype)
        elif out.shape != (height * scale, *finished.shape[1:]) or out.dtype != finished.dtype:
            raise InvalidInput(f"The output array must be {(height * scale, *finished.shape[1:])} {finished.dtype}.")
        out[y * scale : y * scale + final] = finished
        del band, band_weight, ready, finished
    assert out is not None
    return out
