from __future__ import annotations

import numpy as np
import pytest

from app.domain.errors import Cancelled, InvalidInput
from app.domain.progress import CancelToken
from app.imaging.tiling import balanced_tile, process_tiled, tile_starts


def _photo(h: int = 300, w: int = 410) -> np.ndarray:
    rng = np.random.default_rng(3)
    base = np.cumsum(np.cumsum(rng.normal(size=(h, w, 3)), 0), 1)
    base = (base - base.min()) / (np.ptp(base) + 1e-9)
    return (base * 255).astype(np.uint8)


def test_tiles_cover_the_image():
    for length in (1, 64, 100, 513, 1000):
        starts = tile_starts(length, 64, 8)
        covered = np.zeros(length, bool)
        for s in starts:
            covered[s : s + 64] = True
        assert covered.all() and starts[0] == 0


def test_identity_is_exact_and_progress_reaches_one():
    image = _photo()
    seen = []
    out = process_tiled(image, lambda t: t, tile=96, overlap=16, progress=lambda p: seen.append(p.fraction))
    assert np.array_equal(out, image)
    assert seen[-1] == 1.0 and len(seen) == len(tile_starts(300, 96, 16)) * len(tile_starts(410, 96, 16))


def test_scale_and_mask_outputs():
    image = _photo(130, 170)
    up = process_tiled(image, lambda t: np.repeat(np.repeat(t, 2, 0), 2, 1), tile=64, overlap=8, scale=2)
    assert up.shape == (260, 340, 3)
    assert np.array_equal(up[::2, ::2], image)
    mask = process_tiled(image, lambda t: (t[..., 0] > 128).astype(np.uint8) * 255, tile=64, overlap=8)
    assert mask.shape == (130, 170)


def test_blending_hides_seams_of_a_context_dependent_filter():
    """A per-tile normalisation differs between tiles; blending must not leave a step at tile borders."""
    ramp = np.linspace(40.0, 220.0, 256, dtype=np.float32)
    image = np.repeat(np.repeat(ramp[None, :, None], 200, axis=0), 3, axis=2)

    def per_tile_brightness(t: np.ndarray) -> np.ndarray:
        return t * (128.0 / (t.mean() + 1e-6))

    blended = process_tiled(image, per_tile_brightness, tile=96, overlap=32)
    naive = np.concatenate([per_tile_brightness(image[:, :128]), per_tile_brightness(image[:, 128:])], axis=1)

    def max_column_jump(img: np.ndarray) -> float:
        return float(np.abs(np.diff(img.mean(axis=(0, 2)))).max())

    content_step = max_column_jump(image)  # ~0.7 grey levels per column
    assert max_column_jump(naive) > 20 * content_step  # the naive split shows a hard seam
    assert max_column_jump(blended) < 3 * content_step  # cross-fading leaves no visible step


def test_balanced_tiles_share_the_length_without_adding_tiles():
    for length in (1, 300, 513, 1000, 4000, 6000):
        for max_tile, overlap in ((768, 32), (512, 64), (96, 32)):
            size = balanced_tile(length, max_tile, overlap)
            starts = tile_starts(length, size, overlap)
            assert size <= max(max_tile, length) and starts[-1] + min(size, length) == length
            assert len(starts) == len(tile_starts(length, max_tile, overlap))
            assert all(b - a >= 0 and a + size - b >= overlap for a, b in zip(starts, starts[1:], strict=False))
    # 6000 px in 512-px tiles (64 overlap) runs 7168 px of tiles; balanced, 9 tiles of 696 at most 768.
    assert balanced_tile(6000, 768, 32) * len(tile_starts(6000, balanced_tile(6000, 768, 32), 32)) < 6300


def test_a_small_image_is_one_tile_whatever_the_overlap():
    # A 40×50 picture with 32 px overlap: a tile of the image's own size would be refused.
    image = _photo(40, 50)
    tile = (balanced_tile(40, 768, 32), balanced_tile(50, 768, 32))
    shapes: list[tuple[int, ...]] = []
    same = process_tiled(image, lambda t: shapes.append(t.shape) or t, tile=tile, overlap=32)
    assert np.array_equal(same, image) and shapes == [(40, 50, 3)]


def test_rectangular_tiles():
    image = _photo()

    def fn(t: np.ndarray) -> np.ndarray:  # depends on the tile's context on purpose
        return t.astype(np.float32) * 0.5 + t.mean()

    square = process_tiled(image, fn, tile=64, overlap=8)
    assert np.array_equal(process_tiled(image, fn, tile=(64, 64), overlap=8), square)
    shapes: list[tuple[int, ...]] = []
    same = process_tiled(image, lambda t: shapes.append(t.shape) or t, tile=(48, 160), overlap=8)
    assert np.array_equal(same, image) and max(s[0] for s in shapes) == 48 and max(s[1] for s in shapes) == 160


def test_cancel_and_bad_arguments():
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        process_tiled(_photo(), lambda t: t, tile=64, overlap=8, cancel=token)
    with pytest.raises(InvalidInput):
        process_tiled(_photo(), lambda t: t, tile=8)
    with pytest.raises(InvalidInput):
        process_tiled(np.zeros((0, 5, 3), np.uint8), lambda t: t)
