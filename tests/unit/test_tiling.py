from __future__ import annotations

import numpy as np
import pytest

from app.domain.errors import Cancelled, InvalidInput
from app.domain.progress import CancelToken
from app.imaging.tiling import process_tiled, tile_starts


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


def test_cancel_and_bad_arguments():
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        process_tiled(_photo(), lambda t: t, tile=64, overlap=8, cancel=token)
    with pytest.raises(InvalidInput):
        process_tiled(_photo(), lambda t: t, tile=8)
    with pytest.raises(InvalidInput):
        process_tiled(np.zeros((0, 5, 3), np.uint8), lambda t: t)
