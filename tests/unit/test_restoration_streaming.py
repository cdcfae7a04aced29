"""Large scans in bounded memory: streamed tile blending, banded damage detection, learned paths.

Every streamed step must give the same result as its whole-frame form (bit for bit where the
arithmetic allows it) and keep its peak well below a whole-frame float copy.
"""

from __future__ import annotations

import tracemalloc

import cv2
import numpy as np
import pytest
import torch
from skimage import data
from skimage.filters import apply_hysteresis_threshold

from app.imaging.damage import apply_damage
from app.imaging.tiling import _ramp, cast_to, process_tiled, tile_starts
from app.vision.restoration import detect
from app.vision.training import infer


def _whole_frame_blend(image: np.ndarray, fn, tile: int, overlap: int, scale: int = 1) -> np.ndarray:
    """The straightforward form: one float32 accumulator and weight map for the whole output."""
    height, width = image.shape[:2]
    acc = weights = None
    for y in tile_starts(height, tile, overlap):
        for x in tile_starts(width, tile, overlap):
            th, tw = min(tile, height - y), min(tile, width - x)
            result = np.asarray(fn(image[y : y + th, x : x + tw]))
            if acc is None:
                acc = np.zeros((height * scale, width * scale, *result.shape[2:]), np.float32)
                weights = np.zeros((height * scale, width * scale), np.float32)
            o = overlap * scale
            w2 = np.outer(_ramp(th * scale, o if y > 0 else 0, o if y + th < height else 0),
                          _ramp(tw * scale, o if x > 0 else 0, o if x + tw < width else 0))
            sy, sx = slice(y * scale, (y + th) * scale), slice(x * scale, (x + tw) * scale)
            acc[sy, sx] += result.astype(np.float32) * (w2[..., None] if result.ndim == 3 else w2)
            weights[sy, sx] += w2
    return acc / (weights[..., None] if acc.ndim == 3 else weights)


def _photo(h: int, w: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    base = cv2.resize(rng.integers(0, 256, (h // 8 + 1, w // 8 + 1, 3), dtype=np.uint8), (w, h))
    return np.clip(base + rng.normal(0, 6, base.shape), 0, 255).astype(np.uint8)


def _context_filter(tile: np.ndarray) -> np.ndarray:
    """Float result that depends on the whole tile (as a network's does), so tiles disagree at borders."""
    return cv2.GaussianBlur(tile.astype(np.float32), (0, 0), 2.0) * (0.9 + tile.std() / 500.0)


@pytest.mark.parametrize(
    ("tile", "overlap", "scale"), [(64, 8, 1), (96, 32, 1), (50, 24, 1), (64, 16, 2), (512, 32, 1)]
)
def test_streamed_blend_is_bit_identical_to_a_whole_frame_accumulator(tile, overlap, scale):
    image = _photo(230, 310)

    def fn(t: np.ndarray) -> np.ndarray:
        out = _context_filter(t)
        return np.repeat(np.repeat(out, scale, 0), scale, 1) if scale > 1 else out

    reference = _whole_frame_blend(image, fn, tile, overlap, scale)
    assert np.array_equal(process_tiled(image, fn, tile=tile, overlap=overlap, scale=scale), reference)
    as_bytes = process_tiled(image, fn, tile=tile, overlap=overlap, scale=scale, finish=cast_to(np.uint8))
    assert as_bytes.dtype == np.uint8
    assert np.array_equal(as_bytes, np.clip(np.rint(reference), 0, 255).astype(np.uint8))


def test_finish_may_change_shape_and_dtype():
    image = _photo(200, 260)
    probabilities = _whole_frame_blend(image, lambda t: _context_filter(t) / 255.0, 64, 16)
    mask = process_tiled(image, lambda t: _context_filter(t) / 255.0, tile=64, overlap=16,
                         finish=lambda band: ((band >= 0.5).any(axis=2) * 255).astype(np.uint8))
    assert mask.shape == image.shape[:2] and mask.dtype == np.uint8
    assert np.array_equal(mask, ((probabilities >= 0.5).any(axis=2) * 255).astype(np.uint8))


def test_streamed_blend_never_holds_a_float_frame():
    """3000×2000 float tiles → uint8: the peak is the output plus a row of tiles, not 12 bytes/pixel."""
    image = np.zeros((2000, 3000, 3), np.uint8)
    tracemalloc.start()
    try:
        process_tiled(image, lambda t: t.astype(np.float32), tile=256, overlap=32, finish=cast_to(np.uint8))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    frame = image.size  # bytes of the uint8 output
    band = 256 * 3000 * 3 * 4  # one row of tiles in float32
    # A whole-frame float accumulator and weight map alone would be 5.3 output frames (96 MB).
    assert peak < frame + 4 * band, f"{peak / 1e6:.0f} MB"


def _whole_frame_candidates(luma: np.ndarray, size: int, threshold: float) -> np.ndarray:
    """The detector's filter stage in one piece, with scikit-image's hysteresis (the reference)."""
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    bright = cv2.morphologyEx(luma, cv2.MORPH_TOPHAT, kernel).astype(np.float32)
    dark = cv2.morphologyEx(luma, cv2.MORPH_BLACKHAT, kernel).astype(np.float32)
    local = np.maximum(threshold, detect.TEXTURE_FACTOR * detect._background_spread(luma, size))
    return apply_hysteresis_threshold(np.maximum(bright, dark) / local, 0.5, 1.0)


@pytest.mark.parametrize("sigma", [0.0, 12.0])
def test_banded_damage_detection_equals_the_whole_frame(sigma):
    image = apply_damage(data.coffee(), ["scratches:0.7", "dust:0.7"], seed=3).image
    luma = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    size = detect._element_size(*luma.shape)
    threshold = max(detect.MIN_CONTRAST, detect.NOISE_FACTOR * sigma)
    reference = _whole_frame_candidates(luma, size, threshold)
    for band in (10_000, 97, 40):
        assert np.array_equal(detect._candidates(luma, size, threshold, band), reference), band
    whole = detect.detect_damage(image, sigma, band=10_000)
    assert whole.fraction > 0.001
    for band in (97, 40):
        banded = detect.detect_damage(image, sigma, band=band)
        assert np.array_equal(banded.mask, whole.mask)
        assert (banded.lines, banded.specks) == (whole.lines, whole.specks)


def test_damage_detection_memory_is_a_few_bytes_per_pixel():
    image = np.ascontiguousarray(np.tile(data.astronaut(), (4, 6, 1)))  # 2048×3072, 6.3 MP
    tracemalloc.start()
    try:
        detect.detect_damage(image, 2.0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    pixels = image.shape[0] * image.shape[1]
    # The whole-frame version held about 40 bytes per pixel (several float32 maps + int labels).
    assert peak < 16 * pixels, f"{peak / pixels:.1f} bytes per pixel"


class _FakeDamageNet(torch.nn.Module):
    """Six logits per pixel from a fixed random 5×5 convolution: context-dependent like the U-Net."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(3, 6, 5, padding=2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv(x * 4.0 - 2.0)


def test_learned_damage_mask_streams_and_equals_thresholded_probabilities():
    image = _photo(300, 420, seed=5)
    model = _FakeDamageNet().eval()
    probs = infer.damage_probabilities(image, model=model, tile=128, overlap=32)
    assert probs.shape == (300, 420, 6) and probs.dtype == np.float32
    # Thresholds that each kind passes on a few per cent of pixels, so the mask is not trivial.
    thresholds = [float(np.quantile(probs[..., k], 0.98)) for k in range(6)]
    for sensitivity in (0.0, 0.5):
        limits = np.clip(np.asarray(thresholds, np.float32) * (1.0 - 0.8 * sensitivity), 0.02, 0.98)
        expected = ((probs >= limits).any(axis=2) * 255).astype(np.uint8)
        mask = infer.detect_damage(image, model=model, thresholds=thresholds, sensitivity=sensitivity,
                                   tile=128, overlap=32)
        assert np.array_equal(mask, expected)
        if sensitivity == 0.0:
            assert 0.01 < np.mean(mask > 0) < 0.5


class _FakeInpainter(torch.nn.Module):
    """Blurs the guide: tiles see different context, so blending is exercised inside the holes."""

    def forward(self, guide: torch.Tensor, hole: torch.Tensor) -> torch.Tensor:
        blurred = torch.nn.functional.avg_pool2d(guide, 7, stride=1, padding=3, count_include_pad=False)
        return guide * (1 - hole) + blurred * hole


def test_learned_inpainting_keeps_other_pixels_and_tiles_without_seams():
    image = _photo(260, 380, seed=7)
    mask = np.zeros(image.shape[:2], np.uint8)
    mask[40:220, 100:112] = 255  # a long scratch across the tile borders
    mask[120:128, 20:360] = 255
    model = _FakeInpainter()
    whole = infer.inpaint_learned(image, mask, model=model, tile=1024, overlap=96)
    tiled = infer.inpaint_learned(image, mask, model=model, tile=96, overlap=32)
    outside = mask == 0
    assert np.array_equal(whole[outside], image[outside]) and np.array_equal(tiled[outside], image[outside])
    difference = np.abs(tiled.astype(int) - whole.astype(int))[mask > 0]
    assert difference.mean() < 1.0 and difference.max() <= 8
